"""Dittmer triangles on synthetic event streams built for each kind, through the library and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from triadic.analysis import classify, find_pivots, find_triangles, triangle_census
from triadic.analysis._triangles import TriangleEdge
from triadic.analysis._window import Window
from triadic.analysis.synthetic import EventStream
from triadic.cli import app
from triadic.store import Store


def _triad(
    signs: dict[tuple[str, str], int], day: str = "2018-05-10", n: int = 3, stream: EventStream | None = None
) -> EventStream:
    """Each pair gets n events both ways: all cooperative for +1, all conflictual for −1."""
    s = stream or EventStream()
    for (a, b), sign in signs.items():
        s.relation(a, b, day, coop=n if sign > 0 else 0, conf=n if sign < 0 else 0)
    return s


def _store(stream: EventStream, path: Path | str = ":memory:") -> Store:
    return stream.write(Store(path))


@pytest.mark.parametrize(
    ("signs", "kind"),
    [
        ({("AAA", "BBB"): 1, ("AAA", "CCC"): 1, ("BBB", "CCC"): 1}, "menage"),
        ({("AAA", "BBB"): 1, ("AAA", "CCC"): 1, ("BBB", "CCC"): -1}, "romantic"),
        ({("AAA", "BBB"): 1, ("AAA", "CCC"): -1, ("BBB", "CCC"): -1}, "marriage"),
        ({("AAA", "BBB"): -1, ("AAA", "CCC"): -1, ("BBB", "CCC"): -1}, "unit_veto"),
    ],
)
def test_each_kind_is_recognised_with_roles(signs: dict[tuple[str, str], int], kind: str) -> None:
    with _store(_triad(signs)) as db:
        tris = find_triangles(db)
    assert [t.kind for t in tris] == [kind]
    t = tris[0]
    assert t.actors == ("AAA", "BBB", "CCC")
    if kind == "romantic":
        assert t.pivot == "AAA" and set(t.wings) == {"BBB", "CCC"}
        assert t.scores == {"AAA": 3, "BBB": -1, "CCC": -1}
        # PA = min(1, 1) − (−1) on pure streams
        assert t.pivot_advantage == pytest.approx(2.0)
    elif kind == "marriage":
        assert set(t.partners) == {"AAA", "BBB"} and t.outcast == "CCC" and t.pivot is None
        assert t.scores == {"AAA": 1, "BBB": 1, "CCC": -3}
    elif kind == "menage":
        assert t.scores == {"AAA": 1, "BBB": 1, "CCC": 1} and not t.wings and not t.partners
    else:
        assert t.scores == {"AAA": -1, "BBB": -1, "CCC": -1}
    # every edge's evidence is real stored event ids of that pair
    assert len(t.evidence) == 18


def test_classify_pivot_advantage_uses_continuous_scores() -> None:
    w = Window(None, None)
    tri = classify(
        w,
        {
            ("A", "B"): TriangleEdge(1, 0.6, 5),
            ("A", "C"): TriangleEdge(1, 0.3, 5),
            ("B", "C"): TriangleEdge(-1, -0.5, 5),
        },
    )
    assert tri.kind == "romantic" and tri.pivot == "A"
    assert tri.pivot_advantages["A"] == pytest.approx(0.3 + 0.5)
    assert tri.pivot_advantages["B"] == pytest.approx(min(0.6, -0.5) - 0.3)


def test_too_little_evidence_means_no_edge_not_a_negative_one() -> None:
    s = _triad({("AAA", "BBB"): 1, ("AAA", "CCC"): 1})
    s.add("BBB", "CCC", "2018-05-10", 3)  # one conflictual event only
    with _store(s) as db:
        assert find_triangles(db, min_events=2) == []
        one = find_triangles(db, min_events=1)
    assert [t.kind for t in one] == ["romantic"]


def test_threshold_leaves_ambivalent_edges_unsigned() -> None:
    s = _triad({("AAA", "BBB"): 1, ("AAA", "CCC"): 1})
    s.relation("BBB", "CCC", "2018-05-10", coop=5, conf=4)  # net cooperation 1/9
    with _store(s) as db:
        assert find_triangles(db, threshold=0.2) == []
        assert [t.kind for t in find_triangles(db, threshold=0.05)] == ["menage"]


def test_monthly_windows_follow_a_changing_triangle_and_census_agrees() -> None:
    s = _triad({("PRK", "CHN"): 1, ("PRK", "USA"): -1, ("USA", "CHN"): 1}, day="2018-01-15")
    _triad({("PRK", "CHN"): 1, ("PRK", "USA"): 1, ("USA", "CHN"): -1}, day="2018-06-12", stream=s)
    with _store(s) as db:
        tris = find_triangles(db, "month")
        census = triangle_census(db, "month")
        pivots = find_pivots(db, "month")
    assert [(t.window.to_dict()["start"], t.kind) for t in tris] == [
        ("2018-01-01", "romantic"),
        ("2018-06-01", "romantic"),
    ]
    assert [t.pivot for t in tris] == ["CHN", "PRK"]
    assert tris[1].window.to_dict()["end"] == "2018-06-30"
    assert [(c.romantic, c.triangles) for c in census] == [(1, 1), (1, 1)]
    assert {p.pivot for p in pivots} == {"CHN", "PRK"}


def test_census_counts_match_listing_on_a_larger_graph() -> None:
    s = EventStream()
    names = ["A", "B", "C", "D", "E", "F"]
    for i, a in enumerate(names):
        for j, b in enumerate(names[i + 1 :], start=i + 1):
            if (i + j) % 5 == 4:
                continue  # leave some pairs without relations
            s.relation(a, b, "2019-02-02", coop=2 if (i * j) % 3 else 0, conf=0 if (i * j) % 3 else 2)
    with _store(s) as db:
        tris = find_triangles(db)
        (row,) = triangle_census(db, "all")
    kinds = [t.kind for t in tris]
    assert (row.menage, row.romantic, row.marriage, row.unit_veto) == tuple(
        kinds.count(k) for k in ("menage", "romantic", "marriage", "unit_veto")
    )
    assert row.triangles == len(tris) > 3


def test_actor_filter_and_asserted_default() -> None:
    s = _triad({("PRK", "CHN"): 1, ("PRK", "USA"): 1, ("USA", "CHN"): -1})
    _triad({("JPN", "KOR"): 1, ("JPN", "USA"): 1, ("KOR", "USA"): 1}, stream=s)
    # planned conflict does not count by default
    s.relation("PRK", "CHN", "2018-05-10", conf=20, modality="planned")
    with _store(s) as db:
        assert [t.actors for t in find_triangles(db, actors="PRK")] == [("CHN", "PRK", "USA")]
        assert [t.kind for t in find_triangles(db, actors=["JPN", "KOR", "USA"])] == ["menage"]
        with_planned = find_triangles(db, actors="PRK", modality="asserted,planned")
    assert with_planned[0].kind == "marriage"


def test_cli_triangles_json_contract(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    _store(_triad({("PRK", "CHN"): 1, ("PRK", "USA"): 1, ("USA", "CHN"): -1}), path).close()
    r = CliRunner().invoke(app, ["triangles", "--store", str(path), "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert isinstance(data, list) and len(data) == 1
    t = data[0]
    assert {
        "actors",
        "kind",
        "pivot",
        "wings",
        "partners",
        "outcast",
        "edges",
        "evidence",
        "window",
        "scores",
        "pivot_advantage",
    } <= set(t)
    assert t["kind"] == "romantic" and t["pivot"] == "PRK" and t["wings"] == ["CHN", "USA"]
    assert t["window"] == {"start": "2018-05-10", "end": "2018-05-10"}
    assert set(t["edges"]) == {"CHN-PRK", "PRK-USA", "CHN-USA"}
    assert t["edges"]["CHN-USA"]["sign"] == -1
    with Store(path, read_only=True) as db:
        stored = {r["id"] for r in db.query("SELECT id FROM events")}
    assert set(t["evidence"]) <= stored and len(t["evidence"]) == 18


def test_cli_triangles_table_csv_census_and_plot(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    _store(_triad({("PRK", "CHN"): 1, ("PRK", "USA"): 1, ("USA", "CHN"): -1}), path).close()
    runner = CliRunner()
    r = runner.invoke(
        app, ["triangles", "--store", str(path), "--format", "csv", "--plot", str(tmp_path / "net.png")]
    )
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[0].startswith("window_start,window_end,actors,kind,pivot")
    assert (tmp_path / "net.png").stat().st_size > 1000
    r = runner.invoke(app, ["triangles", "--store", str(path), "--census", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)[0]["romantic"] == 1
    r = runner.invoke(app, ["triangles", "--store", str(path)])
    assert r.exit_code == 0, r.output
    assert "Strategic triangles" in r.output and "PRK" in r.output
