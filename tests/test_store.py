"""The store: transactional, idempotent writes of coded articles."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from triadic.errors import StoreError
from triadic.model import (
    Actor,
    ActorRef,
    Article,
    CodedArticle,
    Event,
    Quote,
    Sentence,
    Span,
    Speaker,
    content_id,
    event_id,
)
from triadic.store import Store


def _coded(text: str) -> CodedArticle:
    art = Article(id=content_id(text), text=text, title="T", published=datetime(2018, 3, 28))
    sent = Sentence(0, text, 0, len(text))
    src = ActorRef(Actor("PRKGOV", "PRK", "GOV", "Kim Jong-un"), "Kim", 0, 3)
    tgt = ActorRef(Actor("CHN", "CHN", None, "China"), "China", len(text) - 6, len(text) - 1)
    ev = Event(
        id=event_id(art.id, 0, "PRKGOV", "CHN", "042"), article_id=art.id, sentence=sent, source=src,
        target=tgt, cameo="042", root="04", quad=1, goldstein=1.9, trigger=Span("visited", 4, 11),
        date=date(2018, 3, 26), date_precision="day",
    )
    q = Quote(id="q" + art.id, speaker=Speaker("A", "B", None), text="x", start=0, end=1)
    return CodedArticle(article=art, sentences=[sent], events=[ev], quotes=[q])


def test_write_is_idempotent(store_path: Path) -> None:
    batch = [_coded("Kim visited China."), _coded("Kim visited Russia.")]
    with Store(store_path) as s:
        first = s.write_coded(batch)
        second = s.write_coded(batch)
        assert (first.articles_added, first.events_added) == (2, 2)
        assert (second.articles_added, second.articles_skipped, second.events_added) == (0, 2, 0)
        assert s.count("articles") == 2 and s.count("events") == 2 and s.count("sentences") == 2
        row = s.query("SELECT cameo, root, event_date, source_code FROM events ORDER BY id LIMIT 1")[0]
        assert row["cameo"] == "042" and row["root"] == "04"  # leading zeros kept
        assert row["event_date"] == date(2018, 3, 26)


def test_duplicate_inside_one_batch_is_written_once(store_path: Path) -> None:
    c = _coded("Kim visited China.")
    with Store(store_path) as s:
        res = s.write_coded([c, c])
        assert res.articles_added == 1 and s.count("events") == 1


def test_failed_batch_rolls_back(store_path: Path) -> None:
    good = _coded("Kim visited China.")
    bad = _coded("Kim visited Russia.")
    bad.sentences.append(Sentence(0, "dup", 0, 3))  # duplicate (article_id, idx) is ignored, not fatal
    bad.article.text = None  # type: ignore[assignment]  # NOT NULL violation aborts the batch
    with Store(store_path) as s:
        with pytest.raises(StoreError, match="rolled back"):
            s.write_coded([good, bad])
        assert s.count("articles") == 0 and s.count("events") == 0


def test_unwritable_store_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "missing" / "x.duckdb")
    with pytest.raises(StoreError, match="directory"):
        Store(tmp_path)


def test_read_only_store_refuses_writes(store_path: Path) -> None:
    Store(store_path).close()
    with Store(store_path, read_only=True) as s, pytest.raises(StoreError, match="read-only"):
        s.write_coded([_coded("Kim visited China.")])


def test_transaction_commits_or_rolls_back(store_path: Path) -> None:
    import duckdb

    def fail(exc: Exception) -> StoreError:
        return StoreError(f"test write failed: {exc}", code="E048")

    with Store(store_path) as s:
        with s.transaction(fail) as con:
            con.execute("INSERT INTO quarantine (dataset, reason) VALUES ('t', 'kept')")
        assert s.count("quarantine") == 1
        # a DuckDB error becomes the caller's error, chained to the DuckDB one, and nothing is kept
        with pytest.raises(StoreError, match="E048.*test write failed") as info:
            with s.transaction(fail) as con:
                con.execute("INSERT INTO quarantine (dataset, reason) VALUES ('t', 'dropped')")
                con.execute("SELECT * FROM no_such_table")
        assert isinstance(info.value.__cause__, duckdb.Error)
        # any other exception passes through unchanged, after the rollback
        with pytest.raises(KeyError, match="boom"):
            with s.transaction(fail) as con:
                con.execute("INSERT INTO quarantine (dataset, reason) VALUES ('t', 'dropped')")
                raise KeyError("boom")
        assert s.count("quarantine") == 1
        s.write_coded([_coded("Kim visited China.")])  # the connection is usable again
        assert s.count("articles") == 1
