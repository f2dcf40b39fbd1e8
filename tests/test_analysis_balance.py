"""Structural balance: the highland tribes reference values, the heuristic path, and bad edge lists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from triadic.analysis import balance, read_signed_edges
from triadic.cli import app
from triadic.errors import AnalysisError

TRIBES = Path(__file__).parent / "fixtures" / "highland_tribes.csv"
KEYS = [
    "nodes",
    "edges",
    "triangles",
    "balanced_triangles",
    "triangle_index",
    "walk_index",
    "frustration",
    "frustration_exact",
    "frustration_index",
]


def test_highland_tribes_cli_json_matches_published_values() -> None:
    r = CliRunner().invoke(app, ["balance", str(TRIBES), "--format", "json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert list(d) == KEYS
    assert (d["nodes"], d["edges"], d["triangles"], d["balanced_triangles"]) == (16, 58, 68, 59)
    assert d["triangle_index"] == pytest.approx(0.8676471, abs=1e-7)
    assert d["walk_index"] == pytest.approx(0.3575761, abs=1e-7)
    assert d["frustration"] == 7 and d["frustration_exact"] is True
    assert d["frustration_index"] == pytest.approx(1 - 7 / 29)


def test_heuristic_gives_an_upper_bound_and_a_lower_bound() -> None:
    g = read_signed_edges(TRIBES)
    rep = balance(g, exact_max_edges=0)
    assert rep.frustration >= 7 >= rep.frustration_lower_bound >= 1
    assert "local search" in rep.frustration_method
    assert rep.frustration_exact == (rep.frustration == rep.frustration_lower_bound)


def test_balanced_and_unbalanced_small_graphs() -> None:
    # two camps, friends inside and enemies across: perfectly balanced
    camps = [("A", "B", 1), ("C", "D", 1), ("A", "C", -1), ("A", "D", -1), ("B", "C", -1), ("B", "D", -1)]
    rep = balance(camps)
    assert (rep.triangle_index, rep.frustration, rep.frustration_index) == (1.0, 0, 1.0)
    assert rep.walk_index == pytest.approx(1.0)
    # a single all-negative triangle needs one edge removed
    veto = balance([("X", "Y", -1), ("Y", "Z", -1), ("X", "Z", -1)])
    assert (veto.triangles, veto.balanced_triangles, veto.frustration) == (1, 0, 1)
    # no triangle at all: the triangle index is undefined, not zero
    assert balance([("X", "Y", 1), ("Y", "Z", -1)]).to_dict()["triangle_index"] is None


@pytest.mark.parametrize(
    ("content", "code", "words"),
    [
        ("source,target,sign\nA,B,1\nB,B,-1\n", "E077", "self-loop"),
        ("source,target,sign\nA,B,1\nB,C,1\nB,A,-1\n", "E077", "duplicate edge"),
        ("source,target,sign\nA,B,1\nB,C,nan\n", "E074", "NaN"),
        ("source,target,sign\nA,B,0\n", "E076", "is 0"),
        ("from,to,sign\nA,B,1\n", "E076", "lacks column"),
        ("source,target,sign\n", "E078", "at least two actors"),
        ("source,target,sign\nA,B,x\n", "E076", "not a number"),
    ],
)
def test_bad_edge_lists_give_one_line_errors(tmp_path: Path, content: str, code: str, words: str) -> None:
    p = tmp_path / "edges.csv"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(AnalysisError, match=code):
        read_signed_edges(p)
    r = CliRunner().invoke(app, ["balance", str(p)])
    assert r.exit_code != 0
    assert code in r.output and words in r.output
    assert "Traceback" not in r.output and len(r.output.strip().splitlines()) == 1


def test_missing_edge_file(tmp_path: Path) -> None:
    r = CliRunner().invoke(app, ["balance", str(tmp_path / "nope.csv")])
    assert r.exit_code != 0 and "E076" in r.output and "does not exist" in r.output
