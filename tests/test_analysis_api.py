"""The notebook API: frames convert to Arrow (pandas optional), windows, plots and balance per window."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pyarrow as pa
import pytest

from triadic.analysis import (
    WindowSpec,
    balance_by_window,
    find_triangles,
    relation_series,
    signed_graph,
    triangle_census,
)
from triadic.analysis._plot import plot_network, plot_series
from triadic.analysis.synthetic import EventStream, random_events
from triadic.errors import AnalysisError, DependencyError
from triadic.store import Store


def _romantic(day: str = "2018-05-10") -> EventStream:
    s = EventStream()
    s.relation("PRK", "CHN", day, coop=3)
    s.relation("PRK", "USA", day, coop=3)
    s.relation("USA", "CHN", day, conf=3)
    return s


def test_frames_convert_to_arrow_and_pandas_is_optional() -> None:
    with _romantic().write(Store(":memory:")) as db:
        tris = find_triangles(db)
        series = relation_series(db)
    tbl = tris.to_arrow()
    assert isinstance(tbl, pa.Table) and tbl.num_rows == 1
    assert tbl.column("pivot").to_pylist() == ["PRK"]
    assert series.to_arrow().column("net_coop").to_pylist() == [1.0, -1.0, 1.0]
    if importlib.util.find_spec("pandas") is None:
        with pytest.raises(DependencyError, match="pip install pandas"):
            tris.to_pandas()
    else:
        assert list(tris.to_pandas()["kind"]) == ["romantic"]


def test_window_spec_ordinals_are_consecutive() -> None:
    for kind in ("day", "week", "month", "quarter", "year"):
        spec = WindowSpec.parse(kind)
        d = date(2018, 12, 31)
        start, end = spec.window_at(spec.index(d)).bounds()
        assert start <= d <= end
        nxt, _ = spec.window_at(spec.index(d) + 1).bounds()
        assert (nxt - end).days == 1
    assert WindowSpec.parse("week").window_at(
        WindowSpec.parse("week").index(date(2018, 6, 13))
    ).start == date(2018, 6, 11)  # a Monday, as DuckDB weeks
    assert WindowSpec.parse("30d:7") == WindowSpec("rolling", 30, 7)


def test_rolling_windows_find_the_triangle_in_every_window_that_holds_it() -> None:
    s = _romantic("2018-05-10")
    s.relation("PRK", "CHN", "2018-05-14", coop=3)
    s.relation("PRK", "USA", "2018-05-14", coop=3)
    s.relation("USA", "CHN", "2018-05-14", conf=3)
    with s.write(Store(":memory:")) as db:
        tris = find_triangles(db, "10d:2")
    assert tris and all(t.kind == "romantic" and t.pivot == "PRK" for t in tris)
    # windows end every 2 days from the first event until the last one is covered, each 10 days long
    spans = [t.window.bounds() for t in tris]
    ends = [e for _, e in spans]
    assert ends == sorted(ends) and all((e - s).days == 9 for s, e in spans)
    assert ends[0] <= date(2018, 5, 11) and date(2018, 5, 14) <= ends[-1] <= date(2018, 5, 15)
    assert len(tris) == 3


def test_directed_graph_keeps_directions_apart() -> None:
    s = EventStream()
    s.add("USA", "CHN", "2018-07-06", 4, n=3)
    s.add("CHN", "USA", "2018-07-06", 1, n=3)
    with s.write(Store(":memory:")) as db:
        d = {(e.a, e.b): e.sign for e in signed_graph(db, directed=True)}
        u = {(e.a, e.b): e.sign for e in signed_graph(db)}
    assert d == {("USA", "CHN"): -1, ("CHN", "USA"): 1}
    assert u == {("CHN", "USA"): 0}


def test_plots_write_png_and_svg(tmp_path: Path) -> None:
    with _romantic().write(Store(":memory:")) as db:
        tris = find_triangles(db)
        plot_network(signed_graph(db), tmp_path / "n.svg", triangles=tris)
        plot_series(relation_series(db, "day"), tmp_path / "s.png", measure="share")
        with pytest.raises(AnalysisError, match="E079"):
            plot_series(relation_series(db), tmp_path / "missing" / "s.png")
    assert "PRK" in (tmp_path / "n.svg").read_text()
    assert (tmp_path / "s.png").read_bytes()[:4] == b"\x89PNG"


def test_balance_per_window_and_census_on_random_events() -> None:
    db = Store(":memory:")
    db.insert_events(random_events(4000, 12, 3, seed=3))
    bal = balance_by_window(db, "month")
    census = triangle_census(db, "month")
    listed = find_triangles(db, "month", evidence=0)
    assert len(bal) == len(census) == 3
    for b, c in zip(bal, census, strict=True):
        assert b.window == c.window
        assert b.report.triangles == c.triangles
        assert b.report.balanced_triangles == c.menage + c.marriage
    assert sum(c.triangles for c in census) == len(listed)
    db.close()


@pytest.mark.parametrize("actors", ["A001", "A002,A005", "A000,A003,A007", "A001,A002,A003,A004,A009", "ZZZ"])
def test_actor_filter_matches_filtering_the_full_listing(actors: str) -> None:
    db = Store(":memory:")
    db.insert_events(random_events(3000, 10, 2, seed=5))
    full = find_triangles(db, "month", min_events=1, evidence=0)
    wanted = set(actors.split(","))
    expected = [t for t in full if set(t.actors) <= wanted or wanted <= set(t.actors)]
    got = find_triangles(db, "month", min_events=1, evidence=0, actors=actors)
    assert [(t.window, t.actors, t.kind) for t in got] == [(t.window, t.actors, t.kind) for t in expected]
    assert expected or actors in ("ZZZ", "A002,A005")
    db.close()
