"""`triadic simulate` and `triadic scenario draft` driven through the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from triadic.cli import app
from triadic.simulate import load_scenario, run_scenario
from triadic.store import Store

REPO = Path(__file__).resolve().parents[1]
EU = str(REPO / "examples" / "eu-car-emissions.yaml")
KOREA = str(REPO / "examples" / "korea-sanctions-2018.yaml")


def _run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize("model", ["mean", "median", "bdm", "spatial"])
def test_simulate_json_contract(model):
    r = _run("simulate", KOREA, "--model", model, "--format", "json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert list(data) == ["model", "rounds", "outcome", "converged"]
    assert data["model"] == model
    assert isinstance(data["converged"], bool)
    assert len(data["outcome"]) == 2  # two dimensions
    first = data["rounds"][0]
    assert list(first) == ["round", "positions", "mean", "median"]
    assert first["round"] == 0
    assert first["positions"]["CHN"] == [55.0, 0.0]  # round 0 is before any bargaining or shock
    assert set(first["positions"]) == {"PRK", "CHN", "USA", "KOR", "JPN", "RUS"}
    if model in ("mean", "median"):
        assert len(data["rounds"]) == 1
        assert data["outcome"] == first[model]
    else:
        assert len(data["rounds"]) > 2
        assert [r["round"] for r in data["rounds"]] == list(range(len(data["rounds"])))


def test_simulate_json_matches_library():
    r = _run("simulate", EU, "--format", "json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.output) == run_scenario(load_scenario(EU), model="bdm").to_dict()


def test_simulate_table_and_ktab_csv():
    r = _run("simulate", str(REPO / "examples" / "eu-car-emissions-ktab.csv"), "--model", "median")
    assert r.exit_code == 0, r.output
    assert "outcome: 70.000" in r.output
    r = _run("simulate", EU)
    assert r.exit_code == 0, r.output
    assert "8.427" in r.output and "converged" in r.output


def test_simulate_runs_json_and_table():
    r = _run("simulate", EU, "--model", "mean", "--runs", "30", "--seed", "5", "-f", "json")
    assert r.exit_code == 0, r.output
    unc = json.loads(r.output)["uncertainty"]
    assert unc["runs"] == 30 and unc["seed"] == 5
    assert len(unc["outcomes"]) == 30
    codes = {"NL", "BE", "LU", "DE", "FR", "IT", "UK", "IE", "DK", "GR"}
    assert {s["actor"] for s in unc["sensitivity"]} == codes
    assert unc["quantiles"]["p05"][0] <= unc["quantiles"]["p95"][0]
    r = _run("simulate", EU, "--model", "mean", "--runs", "30")
    assert r.exit_code == 0, r.output
    assert "sensitivity" in r.output and "noisy runs" in r.output


def test_simulate_plot(tmp_path):
    out = tmp_path / "korea.png"
    r = _run("simulate", KOREA, "--model", "spatial", "--runs", "10", "--plot", str(out))
    assert r.exit_code == 0, r.output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 5000


@pytest.mark.parametrize("args, needle", [
    (["--model", "nash"], "--model must be one of"),
    (["--format", "xml"], "--format must be table or json"),
    (["--runs", "-3"], "between 0 and"),
    (["--plot", "/nonexistent-dir/x.png"], "does not exist"),
])
def test_simulate_bad_options(args, needle):
    r = _run("simulate", EU, *args)
    assert r.exit_code != 0
    assert needle in r.output
    assert "Traceback" not in r.output


def test_scenario_check():
    r = _run("scenario", "check", KOREA)
    assert r.exit_code == 0, r.output
    assert "6 actors, 2 dimension(s)" in r.output and "3 shock(s)" in r.output


def test_simulate_bad_scenario_one_line(tmp_path):
    data = yaml.safe_load(Path(KOREA).read_text(encoding="utf-8"))
    data["actors"][3]["salience"]["sanctions enforcement"] = 7
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    r = _run("simulate", str(bad))
    assert r.exit_code != 0
    assert "actors[3].salience.sanctions enforcement" in r.output
    assert len(r.output.strip().splitlines()) == 1
    r = _run("scenario", "check", str(bad))
    assert r.exit_code != 0 and "actors[3].salience.sanctions enforcement" in r.output
    r = _run("simulate", str(tmp_path / "missing.yaml"))
    assert r.exit_code != 0 and "does not exist" in r.output


# scenario draft -----------------------------------------------------------------------------------
def _event(n: int, src: str, tgt: str, g: float, quad: int, modality: str = "asserted") -> dict:
    return {"id": f"e{n}", "article_id": "a1", "dataset": "test", "source_country": src,
            "target_country": tgt, "source_code": src, "target_code": tgt, "goldstein": g, "quad": quad,
            "modality": modality, "cameo": "042" if g > 0 else "172", "root": "04" if g > 0 else "17",
            "event_date": date(2018, 3, 1)}


@pytest.fixture()
def korea_store(tmp_path) -> Path:
    path = tmp_path / "k.duckdb"
    rows = []
    pairs = [("PRK", "CHN", 6.0, 1), ("CHN", "PRK", 5.0, 2), ("PRK", "RUS", 4.0, 1),
             ("RUS", "CHN", 3.0, 1), ("USA", "KOR", 6.0, 1), ("KOR", "USA", 5.0, 1), ("USA", "JPN", 7.0, 2),
             ("JPN", "KOR", 2.0, 1), ("USA", "PRK", -8.0, 4), ("PRK", "USA", -6.0, 3),
             ("JPN", "PRK", -5.0, 3), ("USA", "CHN", -4.0, 3), ("KOR", "PRK", 1.0, 1)]
    k = 0
    for src, tgt, g, quad in pairs:
        for _ in range(3 if src in ("USA", "PRK") else 1):
            rows.append(_event(k, src, tgt, g, quad))
            k += 1
    # A hypothetical event must not count.
    rows.append(_event(k, "USA", "PRK", 8.0, 1, modality="hypothetical"))
    with Store(path) as store:
        store.insert_events(rows)
    return path


def test_scenario_draft_suggests_positions(korea_store, tmp_path):
    out = tmp_path / "draft.yaml"
    r = _run("scenario", "draft", "--store", str(korea_store), "--actors", "PRK,CHN,USA,KOR,JPN,RUS",
             "--dimension", "sanctions enforcement", "--out", str(out))
    assert r.exit_code == 0, r.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Draft scenario")
    sc = load_scenario(out)
    pos = dict(zip(sc.codes, sc.positions()[:, 0], strict=True))
    sal = dict(zip(sc.codes, sc.saliences()[:, 0], strict=True))
    assert sc.dimension_names == ["sanctions enforcement"]
    assert pos["PRK"] == 0.0  # the first actor anchors the low end
    # The two blocs the events describe end up on opposite sides.
    assert max(pos["PRK"], pos["CHN"], pos["RUS"]) < min(pos["USA"], pos["KOR"], pos["JPN"])
    assert max(sal.values()) == 1.0 and min(sal.values()) >= 0.2
    assert sal["USA"] == 1.0  # the busiest actor
    cap = dict(zip(sc.codes, sc.capabilities(), strict=True))
    assert cap["USA"] > cap["CHN"] > cap["JPN"] > cap["PRK"] > 0
    # The draft runs as it is.
    assert run_scenario(sc, model="bdm").rounds


def test_scenario_draft_to_stdout_and_errors(korea_store, tmp_path):
    r = _run("scenario", "draft", "--store", str(korea_store), "--actors", "PRK,USA", "--dimension", "x")
    assert r.exit_code == 0, r.output
    assert "PRK" in r.output and "capability" in r.output and "events, mean Goldstein" in r.output
    r = _run("scenario", "draft", "--store", str(korea_store), "--actors", "FRA,DEU", "--dimension", "x")
    assert r.exit_code != 0 and "no asserted events" in r.output
    r = _run("scenario", "draft", "--store", str(korea_store), "--actors", "PRK,usa1", "--dimension", "x")
    assert r.exit_code != 0 and "not an ISO 3166" in r.output
    r = _run("scenario", "draft", "--store", str(tmp_path / "none.duckdb"), "--actors", "PRK,USA",
             "--dimension", "x")
    assert r.exit_code != 0 and "does not exist" in r.output
    r = _run("scenario", "draft", "--store", str(korea_store), "--actors", "PRK,USA", "--dimension", "x",
             "--since", "2019-13-01")
    assert r.exit_code != 0 and "YYYY-MM-DD" in r.output
    r = _run("scenario", "draft", "--store", str(korea_store), "--actors", "PRK,USA", "--dimension", "x",
             "--since", "2019-01-01")
    assert r.exit_code != 0 and "no asserted events" in r.output
