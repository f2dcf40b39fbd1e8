"""The local engine: N workers give the same events as one; a run killed with kill -9 resumes exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _engines_corpus import make_corpus, store_events
from triadic.cli import app
from triadic.config import load_settings
from triadic.engines import CodeRun, code_inputs
from triadic.errors import PipelineError
from triadic.store import Store

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    root = tmp_path_factory.mktemp("corpus")
    return root, make_corpus(root, 3)


@pytest.fixture(scope="module")
def reference(corpus: tuple[Path, int], tmp_path_factory: pytest.TempPathFactory, nlp: object) -> Path:
    """The corpus coded in this process with one worker."""
    db = tmp_path_factory.mktemp("ref") / "ref.duckdb"
    with Store(db) as s:
        run = code_inputs([corpus[0]], load_settings(), store=s, keep=False, workers=1)
    assert run.articles == corpus[1] and run.events_new > 0
    return db


def test_one_worker_counts_progress_and_skips_stored(corpus: tuple[Path, int], tmp_path: Path,
                                                     nlp: object) -> None:
    root, n = corpus
    seen: list[int] = []
    with Store(tmp_path / "s.duckdb") as s:
        first = code_inputs([root / "txt" / "r000"], load_settings(), store=s, keep=True,
                            progress=seen.append, chunk_size=4)
        assert sum(seen) == first.articles == len(first.coded) == 9
        assert len(seen) == 3  # one call per chunk of 4, 4 and 1 documents
        again = code_inputs([root / "txt" / "r000"], load_settings(), store=s, keep=False)
    # the second run recognises every stored article before coding it
    assert again.articles == again.articles_skipped == 9
    assert again.events == 0 and again.articles_new == 0


def test_two_workers_give_the_same_events(corpus: tuple[Path, int], reference: Path, tmp_path: Path) -> None:
    db = tmp_path / "w2.duckdb"
    r = runner.invoke(app, ["code", str(corpus[0]), "--store", str(db), "--format", "none", "--workers", "2"])
    assert r.exit_code == 0, r.output
    assert f"{corpus[1]} new article(s)" in " ".join(r.output.split())
    ours, ref = store_events(db), store_events(reference)
    assert len(ours) > 0
    assert ours == ref, f"{len(set(ours) ^ set(ref))} event ids differ, {len(ours)} vs {len(ref)} events"


def test_worker_errors_surface_as_one_line(corpus: tuple[Path, int], tmp_path: Path) -> None:
    settings = load_settings(spacy_model="no_such_spacy_model_xyz")
    with pytest.raises(PipelineError) as info:
        code_inputs([corpus[0] / "txt" / "r000"], settings, keep=False, workers=2)
    assert "no_such_spacy_model_xyz" in str(info.value)
    r = runner.invoke(app, ["code", str(corpus[0] / "txt" / "r000"), "--no-store", "--workers", "2",
                            "--spacy-model", "no_such_spacy_model_xyz"])
    assert r.exit_code != 0 and "no_such_spacy_model_xyz" in r.output and "Traceback" not in r.output


@pytest.mark.parametrize("args, expect", [
    (["--engine", "flink"], "unknown --engine"),
    (["--output", "x"], "--engine spark"),
    (["--workers", "-3"], "workers"),
    (["--engine", "spark"], "--output"),
])
def test_bad_engine_options(args: list[str], expect: str, corpus: tuple[Path, int]) -> None:
    r = runner.invoke(app, ["code", str(corpus[0] / "txt" / "r000"), "--no-store", *args])
    assert r.exit_code != 0
    assert expect in r.output and "Traceback" not in r.output


def test_failures_in_workers_are_reported_not_fatal(tmp_path: Path, nlp: object) -> None:
    (tmp_path / "ok.txt").write_text("China and Russia held talks in Moscow on Monday.\n", encoding="utf-8")
    (tmp_path / "furniture.txt").write_text("Copyright 2018 Some Outlet. All rights reserved.\n",
                                            encoding="utf-8")
    run: CodeRun = code_inputs([tmp_path], load_settings(), keep=True, workers=1)
    assert run.articles == 1
    assert any("furniture.txt" in s for s in run.skipped_inputs), run.skipped_inputs


@pytest.mark.slow
def test_kill_9_then_rerun_is_exactly_once(corpus: tuple[Path, int], reference: Path, tmp_path: Path) -> None:
    root = tmp_path / "big"
    n = make_corpus(root, 24)  # 216 articles: several write batches of 64
    db = tmp_path / "resume.duckdb"
    wal = Path(str(db) + ".wal")
    cmd = [sys.executable, "-c", "from triadic.cli import main; main()", "code", str(root),
           "--store", str(db),
           "--format", "none", "--workers", "2"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 240
        # The schema alone makes a WAL of a few KB; a committed batch of articles makes it grow well past
        # that. Wait until it stops growing too, so that the kill lands between commits, not inside one.
        last, steady = -1, 0
        while time.monotonic() < deadline and proc.poll() is None:
            size = wal.stat().st_size if wal.exists() else 0
            steady = steady + 1 if size == last else 0
            if size > 40_000 and steady >= 3:
                break
            last = size
            time.sleep(0.05)
        assert proc.poll() is None, "the run ended before it could be killed; make the corpus bigger"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    with Store(db) as s:
        stored_at_kill = s.count("articles")
    # A kill inside the very first commit stores nothing; the rerun must then still store every article once.
    assert 0 <= stored_at_kill < n
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"{stored_at_kill} already stored" in " ".join(done.stderr.split())
    with Store(db, read_only=True) as s:
        assert s.count("articles") == n
        ids = [r[0] for r in s.con.execute("SELECT id FROM events").fetchall()]
    assert len(ids) == len(set(ids))
    # every article once: the events are the reference's (3 copies) scaled to 24 copies, same per copy
    ref = store_events(reference)
    assert len(ids) == len(ref) * 8


def test_pool_keeps_at_most_two_chunks_per_worker_in_flight() -> None:
    from triadic.engines._pool import code_chunks
    from triadic.ingest import RawDocument

    pulled = 0

    def chunks():  # type: ignore[no-untyped-def]
        nonlocal pulled
        for i in range(1000):
            pulled += 1
            yield [RawDocument(text=f"Report {i}.", source=f"r{i}")]

    # a pipeline that fails to load makes each chunk come back at once, so only the queue bound is measured
    settings = load_settings(spacy_model="no_such_spacy_model_xyz")
    results = code_chunks(chunks(), settings, published=None, known=frozenset(), workers=2)
    first = next(iter(results))
    assert first.error is not None and "no_such_spacy_model_xyz" in first.error[1]
    assert pulled <= 2 * 2  # a 1 GB corpus is never read ahead of the workers
    second = next(iter(results))
    assert second.error is not None and pulled <= 2 * 2 + 1
    results.close()  # type: ignore[attr-defined]
