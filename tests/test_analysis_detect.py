"""The "ends against the middle" and wedge detectors on synthetic streams with and without the pattern."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from triadic.analysis import ends_against_middle, find_wedges
from triadic.analysis.synthetic import EventStream
from triadic.cli import app
from triadic.errors import AnalysisError
from triadic.store import Store

QUARTERS = ("2018-02-10", "2018-05-10", "2018-08-10", "2018-11-10")


def _trend(
    s: EventStream, a: str, b: str, coop_share: list[float], n: int = 20, both_ways: bool = True
) -> None:
    """Per quarter, n events a → b (and b → a) of which the given share is cooperative."""
    for day, share in zip(QUARTERS, coop_share, strict=True):
        coop = round(n * share)
        s.relation(a, b, day, coop=coop, conf=n - coop, both_ways=both_ways)


def _pivot_stream(usa_trend: list[float]) -> EventStream:
    s = EventStream()
    _trend(s, "PRK", "CHN", [0.2, 0.45, 0.7, 0.95])
    _trend(s, "PRK", "USA", usa_trend)
    _trend(s, "USA", "CHN", [0.9, 0.6, 0.35, 0.1])
    _trend(s, "JPN", "KOR", [0.5, 0.5, 0.5, 0.5])
    return s


def test_ends_against_the_middle_is_found_ranked_and_significant() -> None:
    with _pivot_stream([0.1, 0.35, 0.6, 0.9]).write(Store(":memory:")) as db:
        found = ends_against_middle(db, "quarter", span=3, draws=400)
    assert found, "the PRK pivot was not detected"
    top = found[0]
    assert (top.pivot, set(top.wings), top.rank) == ("PRK", {"CHN", "USA"}, 1)
    assert top.slopes["PRK-CHN"] > 0 and top.slopes["PRK-USA"] > 0 and top.slopes["CHN-USA"] < 0
    assert top.significant and top.ci[0] > 0 and top.p_value < 0.05
    assert top.statistic == pytest.approx(
        min(top.slopes["PRK-CHN"], top.slopes["PRK-USA"], -top.slopes["CHN-USA"])
    )
    assert all(c.pivot != "JPN" for c in found)
    # the evidence covers the three dyads within the flagged span
    assert len(top.evidence) == 60
    assert {r.rank for r in found} == set(range(1, len(found) + 1))


def test_no_pivot_when_one_tie_cools() -> None:
    with _pivot_stream([0.9, 0.6, 0.35, 0.1]).write(Store(":memory:")) as db:
        found = ends_against_middle(db, "quarter", span=3, draws=200)
    assert all(c.pivot != "PRK" for c in found)


def test_noise_gives_no_significant_pivot() -> None:
    with _pivot_stream([0.5, 0.55, 0.5, 0.55]).write(Store(":memory:")) as db:
        found = ends_against_middle(db, "quarter", span=3, draws=400)
    assert not [c for c in found if c.pivot == "PRK" and c.significant]


def _wedge_stream(de_share: float, te_after: float) -> EventStream:
    s = EventStream()
    # D courts T: D → T cooperation rises; T answers neutrally
    _trend(s, "DDD", "TTT", [0.2, 0.5, 0.8, 0.8], both_ways=False)
    _trend(s, "DDD", "EEE", [de_share] * 4)
    _trend(s, "TTT", "EEE", [0.9, 0.9, 0.9, te_after])
    return s


def test_wedge_is_flagged_and_its_outcome_reported() -> None:
    with _wedge_stream(0.1, 0.3).write(Store(":memory:")) as db:
        found = find_wedges(db, "quarter", span=3, horizon=1, draws=300)
    top = found[0]
    assert (top.divider, top.target, top.adversary) == ("DDD", "TTT", "EEE")
    assert top.slope > 0 and top.ci[0] > 0
    assert top.s_de < 0 < top.s_te
    assert top.outcome == "fell" and top.s_te_after is not None and top.s_te_after < top.s_te
    assert len(top.evidence) == 20 and top.evidence_after


def test_wedge_outcome_held_and_no_wedge_between_friends() -> None:
    with _wedge_stream(0.1, 0.95).write(Store(":memory:")) as db:
        held = find_wedges(db, "quarter", span=3, horizon=1, draws=100)
    assert held[0].outcome == "held"
    with _wedge_stream(0.9, 0.3).write(Store(":memory:")) as db:
        friendly = find_wedges(db, "quarter", span=3, horizon=1, draws=100)
    assert not [w for w in friendly if (w.divider, w.target) == ("DDD", "TTT")]


def test_trend_detectors_need_enough_consecutive_windows() -> None:
    with _pivot_stream([0.1, 0.35, 0.6, 0.9]).write(Store(":memory:")) as db:
        with pytest.raises(AnalysisError, match="E075"):
            ends_against_middle(db, "year", span=3)
        with pytest.raises(AnalysisError, match="E071"):
            find_wedges(db, "all")


def test_cli_pivots_and_wedges(tmp_path: Path) -> None:
    path = tmp_path / "p.duckdb"
    _pivot_stream([0.1, 0.35, 0.6, 0.9]).write(Store(path)).close()
    runner = CliRunner()
    r = runner.invoke(app, ["pivots", "--store", str(path), "--format", "json", "--draws", "200"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data[0]["pivot"] == "PRK" and data[0]["evidence"] and data[0]["significant"] is True
    r = runner.invoke(app, ["pivots", "--store", str(path), "--static", "--window", "quarter"])
    assert r.exit_code == 0, r.output
    assert "PRK" in r.output
    wpath = tmp_path / "w.duckdb"
    _wedge_stream(0.1, 0.3).write(Store(wpath)).close()
    r = runner.invoke(app, ["wedges", "--store", str(wpath), "--horizon", "1", "--format", "json"])
    assert r.exit_code == 0, r.output
    w = json.loads(r.output)[0]
    assert (w["divider"], w["target"], w["adversary"], w["outcome"], w["te_fell"]) == (
        "DDD",
        "TTT",
        "EEE",
        "fell",
        True,
    )
