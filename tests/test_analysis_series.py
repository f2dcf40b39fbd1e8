"""Dyadic relation series: counts, Goldstein, net cooperation, normalisation, modality and actor level."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from triadic.analysis import DyadWindow, relation_series, signed_graph
from triadic.analysis.synthetic import GOLDSTEIN_OF_QUAD, EventStream
from triadic.cli import app
from triadic.store import Store


def _one(rows: list[DyadWindow], a: str, b: str, start: str) -> DyadWindow:
    (r,) = [r for r in rows if (r.a, r.b) == (a, b) and r.window.to_dict()["start"] == start]
    return r


def test_counts_goldstein_and_net_cooperation_per_month() -> None:
    s = EventStream()
    s.add("USA", "CHN", "2018-07-06", 4, n=3)
    s.add("CHN", "USA", "2018-07-07", 3, n=1)
    s.add("CHN", "USA", "2018-07-20", 1, n=2)
    s.add("USA", "CHN", "2018-08-02", 2, n=1)
    with s.write(Store(":memory:")) as db:
        undirected = relation_series(db, "month")
        directed = relation_series(db, "month", directed=True)
    jul = _one(undirected, "CHN", "USA", "2018-07-01")
    assert jul.window.to_dict()["end"] == "2018-07-31"
    assert jul.quad == (2, 0, 1, 3) and jul.n == 6
    assert jul.goldstein_sum == pytest.approx(
        3 * GOLDSTEIN_OF_QUAD[4] + GOLDSTEIN_OF_QUAD[3] + 2 * GOLDSTEIN_OF_QUAD[1]
    )
    assert jul.goldstein_mean == pytest.approx(jul.goldstein_sum / 6)
    assert jul.net_coop == pytest.approx((2 - 4) / 6)
    assert _one(undirected, "CHN", "USA", "2018-08-01").net_coop == 1.0
    usa_chn = _one(directed, "USA", "CHN", "2018-07-01")
    assert usa_chn.n == 3 and usa_chn.net_coop == -1.0
    assert _one(directed, "CHN", "USA", "2018-07-01").net_coop == pytest.approx(1 / 3)
    assert set(jul.evidence) and len(jul.evidence) == 6


def test_normalisation_by_window_volume() -> None:
    """Growing unrelated news volume halves the normalised values and leaves the raw ones alone."""

    def build(extra: int) -> Store:
        s = EventStream()
        s.relation("PRK", "CHN", "2018-03-10", coop=3, conf=1, both_ways=False)
        s.relation("JPN", "KOR", "2018-03-11", coop=4, both_ways=False)
        if extra:
            s.relation("FRA", "DEU", "2018-03-12", coop=extra, both_ways=False)
        return s.write(Store(":memory:"))

    with build(0) as small, build(8) as big:
        a = _one(relation_series(small, "month"), "CHN", "PRK", "2018-03-01")
        b = _one(relation_series(big, "month"), "CHN", "PRK", "2018-03-01")
    assert (a.n, a.net_coop, a.goldstein_sum) == (b.n, b.net_coop, b.goldstein_sum)
    assert (a.volume, b.volume) == (8, 16)
    assert a.share == pytest.approx(0.5) and b.share == pytest.approx(0.25)
    assert a.net_coop_norm is not None and a.goldstein_norm is not None
    assert b.net_coop_norm == pytest.approx(a.net_coop_norm / 2)
    assert b.goldstein_norm == pytest.approx(a.goldstein_norm / 2)


def test_planned_and_hypothetical_are_shown_apart() -> None:
    s = EventStream()
    s.add("USA", "PRK", "2018-05-01", 1, n=2)
    s.add("USA", "PRK", "2018-05-02", 4, n=3, modality="planned")
    s.add("USA", "PRK", "2018-05-03", 4, n=1, modality="hypothetical")
    s.add("USA", "PRK", "2018-05-04", 4, n=5, modality="negated")
    with s.write(Store(":memory:")) as db:
        (r,) = relation_series(db, "month")
        (both,) = relation_series(db, "month", modality="asserted,planned")
    assert r.n == 2 and r.net_coop == 1.0
    assert (r.n_planned, r.n_hypothetical) == (3, 1)
    assert r.net_coop_unasserted == -1.0
    assert both.n == 5 and both.n_planned == 0 and both.n_hypothetical == 1


def test_actor_level_country_skips_missing_countries_and_code_keeps_roles() -> None:
    s = EventStream()
    s.add("PRK", "CHN", "2018-03-26", 1, n=2, source_role="GOV", target_role="GOV")
    s.add("PRK", "CHN", "2018-03-27", 1, n=1, source_role="MIL")
    s.add("UNO", "PRK", "2018-03-28", 4, n=2, source_country=None)  # an IGO: no country
    with s.write(Store(":memory:")) as db:
        country = relation_series(db, "all")
        code = relation_series(db, "all", level="code")
    assert [(r.a, r.b, r.n) for r in country] == [("CHN", "PRK", 3)]
    assert {(r.a, r.b, r.n) for r in code} == {
        ("CHNGOV", "PRKGOV", 2),
        ("CHN", "PRKMIL", 1),
        ("PRK", "UNO", 2),
    }


def test_rolling_window_and_date_bounds() -> None:
    s = EventStream()
    days = [date(2018, 1, 1), date(2018, 1, 5), date(2018, 1, 20)]
    for day in days:
        s.add("AAA", "BBB", day, 1)
    with s.write(Store(":memory:")) as db:
        rows = relation_series(db, "10d:5")
        bounded = relation_series(db, "month", start="2018-01-02", end="2018-01-31")
    # every window spans 10 days and counts the events inside it
    for r in rows:
        lo, hi = r.window.bounds()
        assert (hi - lo).days == 9
        inside = [d for d in days if lo <= d <= hi]
        assert r.n == len(inside)
    assert max(r.n for r in rows) == 2
    assert [r.n for r in bounded] == [2]


def test_actor_filter_on_dyads() -> None:
    s = EventStream()
    for a, b in (("PRK", "CHN"), ("PRK", "USA"), ("USA", "CHN"), ("JPN", "KOR")):
        s.relation(a, b, "2018-02-02", coop=1)
    with s.write(Store(":memory:")) as db:
        assert {(r.a, r.b) for r in relation_series(db, actors="PRK")} == {("CHN", "PRK"), ("PRK", "USA")}
        assert {(r.a, r.b) for r in relation_series(db, actors="PRK,USA")} == {("PRK", "USA")}
        assert len(relation_series(db, actors="PRK,USA,CHN")) == 3


def test_signed_graph_signs_scores_and_minimum() -> None:
    s = EventStream()
    s.relation("AAA", "BBB", "2018-02-02", coop=3)
    s.relation("AAA", "CCC", "2018-02-02", conf=3)
    s.relation("BBB", "CCC", "2018-02-02", coop=1, conf=1)
    s.add("AAA", "DDD", "2018-02-02", 1)
    with s.write(Store(":memory:")) as db:
        edges = {(e.a, e.b): e for e in signed_graph(db)}
        arrow = signed_graph(db).to_arrow()
    assert edges[("AAA", "BBB")].sign == 1 and edges[("AAA", "CCC")].sign == -1
    assert edges[("BBB", "CCC")].sign == 0 and edges[("BBB", "CCC")].score == 0.0
    assert ("AAA", "DDD") not in edges  # one event is under the default minimum of two
    assert arrow.num_rows == 3 and "evidence" in arrow.column_names


def test_cli_relations_formats_and_plot(tmp_path: Path) -> None:
    path = tmp_path / "r.duckdb"
    s = EventStream()
    s.relation("PRK", "CHN", "2018-03-26", coop=2)
    s.relation("PRK", "CHN", "2018-05-07", coop=1, conf=1)
    s.write(Store(path)).close()
    runner = CliRunner()
    r = runner.invoke(app, ["relations", "--store", str(path), "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert [d["window"]["start"] for d in data] == ["2018-03-01", "2018-05-01"]
    assert all(d["evidence"] for d in data)
    r = runner.invoke(
        app,
        [
            "relations",
            "--store",
            str(path),
            "--format",
            "csv",
            "--window",
            "quarter",
            "--plot",
            str(tmp_path / "s.svg"),
        ],
    )
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert [row["n"] for row in rows] == ["4", "4"]
    assert (tmp_path / "s.svg").read_text().lstrip().startswith("<?xml")
    r = runner.invoke(app, ["relations", "--store", str(path), "--graph", "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    edge = json.loads(r.output.splitlines()[0])
    assert edge["sign"] == 1 and edge["n_events"] == 4 and len(edge["evidence"]) == 4  # March only
