"""Degenerate inputs to the store analyses: clear one-line errors, never tracebacks or silent emptiness."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from triadic.analysis import find_triangles, relation_series, signed_graph
from triadic.analysis.synthetic import EventStream
from triadic.cli import app
from triadic.errors import AnalysisError
from triadic.store import Store


@pytest.fixture()
def triad_store(tmp_path: Path) -> Path:
    s = EventStream()
    s.relation("PRK", "CHN", "2018-03-26", coop=3)
    s.relation("PRK", "USA", "2018-06-12", coop=3)
    s.relation("USA", "CHN", "2018-07-06", conf=3)
    path = tmp_path / "t.duckdb"
    s.write(Store(path)).close()
    return path


def _fails(args: list[str], code: str, words: str) -> None:
    r = CliRunner().invoke(app, args)
    assert r.exit_code != 0, r.output
    assert code in r.output and words in r.output, r.output
    assert "Traceback" not in r.output and len(r.output.strip().splitlines()) == 1, r.output


def test_window_without_events(triad_store: Path) -> None:
    _fails(
        ["triangles", "--store", str(triad_store), "--from", "2019-01-01", "--to", "2019-12-31"],
        "E070",
        "no events",
    )
    _fails(["relations", "--store", str(triad_store), "--from", "2019-01-01"], "E070", "no events")


def test_empty_store(tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    Store(path).close()
    _fails(["triangles", "--store", str(path), "--format", "json"], "E070", "no events")
    _fails(["pivots", "--store", str(path)], "E070", "no events")


def test_single_actor_and_two_actors(tmp_path: Path) -> None:
    s = EventStream()
    s.add("USA", "USA", "2018-01-01", 1, n=5, source_role="GOV", target_role="MIL")
    s.relation("USA", "CHN", "2018-01-02", conf=3)
    path = tmp_path / "one.duckdb"
    s.write(Store(path)).close()
    _fails(["triangles", "--store", str(path)], "E073", "a triangle needs three")
    # at code level USAGOV → USAMIL is a dyad, but two actors make no triangle either
    _fails(
        ["triangles", "--store", str(path), "--level", "code", "--from", "2018-01-01", "--to", "2018-01-01"],
        "E073",
        "only 2 actor(s)",
    )
    solo = EventStream()
    solo.add("USA", "USA", "2018-01-01", 1, n=5, source_role="GOV", target_role="MIL")
    path = tmp_path / "solo.duckdb"
    solo.write(Store(path)).close()
    _fails(["relations", "--store", str(path)], "E073", "same actor")


def test_nan_goldstein_score(tmp_path: Path) -> None:
    s = EventStream()
    s.relation("AAA", "BBB", "2018-01-01", coop=2)
    s.add("AAA", "BBB", "2018-01-02", 1, goldstein=float("nan"))
    path = tmp_path / "nan.duckdb"
    s.write(Store(path)).close()
    _fails(["relations", "--store", str(path)], "E074", "NaN Goldstein")
    _fails(["triangles", "--store", str(path), "--measure", "goldstein"], "E074", "NaN Goldstein")
    with Store(path, read_only=True) as db:
        # the count-based measure does not read Goldstein scores, so it still works
        assert signed_graph(db)[0].sign == 1


@pytest.mark.parametrize(
    ("extra", "code", "words"),
    [
        (["--window", "fortnight"], "E071", "unknown window"),
        (["--threshold", "1.5"], "E072", "threshold"),
        (["--min-events", "0"], "E072", "min-events"),
        (["--from", "2018-13-01"], "E072", "YYYY-MM-DD"),
        (["--from", "2018-12-01", "--to", "2018-01-01"], "E072", "after"),
        (["--level", "region"], "E072", "actor level"),
        (["--modality", "rumoured"], "E072", "modality"),
        (["--kind", "bromance"], "E072", "kind"),
        (["--measure", "vibes"], "E072", "measure"),
        (["--format", "xml"], "E025", "format"),
        (["--plot", "fig.gif"], "E079", ".png or .svg"),
    ],
)
def test_bad_options(triad_store: Path, extra: list[str], code: str, words: str) -> None:
    _fails(["triangles", "--store", str(triad_store), *extra], code, words)


def test_missing_store(tmp_path: Path) -> None:
    r = CliRunner().invoke(app, ["triangles", "--store", str(tmp_path / "none.duckdb")])
    assert r.exit_code != 0 and "does not exist" in r.output


def test_library_errors_are_analysis_errors(triad_store: Path) -> None:
    with Store(triad_store, read_only=True) as db:
        with pytest.raises(AnalysisError, match="E071"):
            relation_series(db, window="0d")
        assert [t.pivot for t in find_triangles(db, min_events=1)] == ["PRK"]
