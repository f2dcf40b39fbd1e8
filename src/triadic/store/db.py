"""The DuckDB store: transactional, idempotent writes and parameterised reads."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from triadic.errors import StoreError, TriadicError
from triadic.model import CodedArticle, Event
from triadic.store.schema import DDL, EVENT_COLUMN_TYPES, EVENT_COLUMNS, SCHEMA_VERSION

if TYPE_CHECKING:
    import duckdb
    import pyarrow as pa

# duckdb and pyarrow are imported where they are used, so that importing the store (as every CLI command
# module does) costs nothing until a store is opened or an Arrow table built.

__all__ = ["Store", "WriteResult", "default_store_path", "event_row"]


@cache
def _sentence_schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema([("article_id", pa.string()), ("idx", pa.int32()), ("text", pa.string()),
                      ("start_char", pa.int32()), ("end_char", pa.int32()), ("code", pa.string()),
                      ("rule", pa.string())])


@cache
def event_arrow_schema() -> pa.Schema:
    """The Arrow schema of the canonical event table (DuckDB column types mapped to Arrow types)."""
    import pyarrow as pa

    arrow_types: dict[str, pa.DataType] = {
        "VARCHAR": pa.string(),
        "INTEGER": pa.int32(),
        "BIGINT": pa.int64(),
        "TINYINT": pa.int8(),
        "DOUBLE": pa.float64(),
        "DATE": pa.date32(),
    }
    return pa.schema([(k, arrow_types[v]) for k, v in EVENT_COLUMN_TYPES.items()])


def __getattr__(name: str) -> Any:
    # EVENT_ARROW_SCHEMA was a module constant; it is still served, built on first use
    if name == "EVENT_ARROW_SCHEMA":
        return event_arrow_schema()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def default_store_path() -> Path:
    """``$TRIADIC_STORE`` if set, else ``triadic.duckdb`` in the working directory."""
    return Path(os.environ.get("TRIADIC_STORE") or "triadic.duckdb")


@dataclass(frozen=True, slots=True)
class WriteResult:
    """How many rows a write added, and how many it skipped as already present."""

    articles_added: int = 0
    articles_skipped: int = 0
    events_added: int = 0
    events_skipped: int = 0
    quotes_added: int = 0
    quarantined: int = 0


def event_row(ev: Event) -> dict[str, Any]:
    """Flatten an :class:`Event` into a canonical row."""
    s, t = ev.source, ev.target
    return {
        "id": ev.id,
        "article_id": ev.article_id,
        "dataset": ev.dataset,
        "sentence_index": ev.sentence.index,
        "sentence_text": ev.sentence.text,
        "sentence_start": ev.sentence.start,
        "sentence_end": ev.sentence.end,
        "source_code": s.actor.code,
        "source_country": s.actor.country,
        "source_role": s.actor.role,
        "source_name": s.actor.name,
        "source_text": s.text,
        "source_start": s.start,
        "source_end": s.end,
        "target_code": t.actor.code if t else None,
        "target_country": t.actor.country if t else None,
        "target_role": t.actor.role if t else None,
        "target_name": t.actor.name if t else None,
        "target_text": t.text if t else None,
        "target_start": t.start if t else None,
        "target_end": t.end if t else None,
        "cameo": ev.cameo,
        "root": ev.root,
        "quad": ev.quad,
        "goldstein": ev.goldstein,
        "plover_type": ev.plover_type,
        "plover_mode": ev.plover_mode,
        "modality": ev.modality,
        "event_date": ev.date,
        "date_precision": ev.date_precision,
        "trigger_text": ev.trigger.text,
        "trigger_start": ev.trigger.start,
        "trigger_end": ev.trigger.end,
        "attributed_to": ev.attributed_to,
        "confidence": ev.confidence,
        "rule": ev.rule,
        "origin_file": None,
        "origin_line": None,
        "origin_id": None,
        "raw": None,
    }


def rows_to_arrow(rows: Sequence[Mapping[str, Any]]) -> pa.Table:
    """Canonical event rows as an Arrow table with the store's column types."""
    import pyarrow as pa

    cols = {c: [r.get(c) for r in rows] for c in EVENT_COLUMNS}
    return pa.table(cols, schema=event_arrow_schema())


class Store:
    """A triadic DuckDB database.

    Args:
        path: database file; ``":memory:"`` for an in-memory store.
        read_only: open without write access (the web dashboard does).
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = str(path if path is not None else default_store_path())
        self.read_only = read_only
        if self.path != ":memory:":
            p = Path(self.path)
            if p.is_dir():
                raise StoreError(f"store path '{p}' is a directory; give a file such as '{p}/triadic.duckdb'",
                                 code="E041")
            if read_only and not p.exists():
                raise StoreError(f"store '{p}' does not exist; run 'triadic code' or 'triadic import' first",
                                 code="E042")
            if not read_only:
                parent = p.parent if str(p.parent) else Path(".")
                if not parent.exists():
                    raise StoreError(f"cannot create store '{p}': folder '{parent}' does not exist",
                                     code="E043")
                if not os.access(parent, os.W_OK) or (p.exists() and not os.access(p, os.W_OK)):
                    raise StoreError(f"cannot write store '{p}': permission denied; choose another --store",
                                     code="E044")
        import duckdb

        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except (duckdb.Error, OSError) as exc:
            raise StoreError(f"cannot open store '{self.path}': {exc}", code="E045") from exc
        if not read_only:
            self._migrate()

    def _migrate(self) -> None:
        import duckdb

        try:
            for stmt in DDL:
                self.con.execute(stmt)
            self.con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )
        except duckdb.Error as exc:
            raise StoreError(f"cannot initialise store '{self.path}': {exc}", code="E046") from exc

    # context manager -------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        import duckdb

        try:
            self.con.close()
        except duckdb.Error:
            pass

    # writes -------------------------------------------------------------------------------------
    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreError("store is open read-only; open it without read_only to write", code="E047")

    @contextmanager
    def transaction(self, fail: Callable[[Exception], TriadicError]) -> Iterator[duckdb.DuckDBPyConnection]:
        """Run the block in one transaction: committed at its end, rolled back if anything goes wrong.

        Args:
            fail: turns the DuckDB error that stopped the block into the error to raise (chained to it);
                any other exception is re-raised as it is, after the rollback.
        """
        import duckdb

        try:
            self.con.execute("BEGIN TRANSACTION")
            yield self.con
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self._rollback()
            raise fail(exc) from exc
        except BaseException:
            self._rollback()
            raise

    def write_coded(self, batch: Iterable[CodedArticle]) -> WriteResult:
        """Write a batch of coded articles in one transaction; articles already stored are skipped."""
        import pyarrow as pa

        self._require_writable()
        batch = list(batch)
        if not batch:
            return WriteResult()
        ids = [c.article.id for c in batch]
        with self.transaction(lambda exc: StoreError(
                f"writing to store '{self.path}' failed and was rolled back: {exc}", code="E048")):
            existing = {
                r[0] for r in self.con.execute(
                    "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]
                ).fetchall()
            }
            seen: set[str] = set()
            new = []
            for c in batch:
                if c.article.id in existing or c.article.id in seen:
                    continue
                seen.add(c.article.id)
                new.append(c)
            art_rows = [
                (a.id, a.title, a.byline, a.published, a.source, a.url, a.external_id, a.dateline, a.text,
                 a.captions, a.boilerplate)
                for a in (c.article for c in new)
            ]
            if art_rows:
                self.con.executemany(
                    "INSERT INTO articles (id, title, byline, published, source, url, external_id, dateline, "
                    "text, captions, boilerplate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    art_rows,
                )
            sent_rows = [s for c in new for s in c.sentences]
            sent_ids = [c.article.id for c in new for _ in c.sentences]
            if sent_rows:
                st = pa.table({
                    "article_id": sent_ids, "idx": [s.index for s in sent_rows],
                    "text": [s.text for s in sent_rows], "start_char": [s.start for s in sent_rows],
                    "end_char": [s.end for s in sent_rows], "code": [s.code for s in sent_rows],
                    "rule": [s.rule for s in sent_rows],
                }, schema=_sentence_schema())
                self.con.register("_sent_batch", st)
                self.con.execute("INSERT OR IGNORE INTO sentences (article_id, idx, text, start_char, "
                                 "end_char, code, rule) SELECT * FROM _sent_batch")
                self.con.unregister("_sent_batch")
            q_rows = [
                (q.id, c.article.id, q.speaker.name, q.speaker.affiliation, q.speaker.code, q.text,
                 q.start, q.end, q.kind)
                for c in new for q in c.quotes
            ]
            if q_rows:
                self.con.executemany(
                    "INSERT OR IGNORE INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", q_rows
                )
            ev_rows = [event_row(e) for c in new for e in c.events]
            added = self._insert_event_rows(ev_rows)
        return WriteResult(
            articles_added=len(new),
            articles_skipped=len(batch) - len(new),
            events_added=added,
            events_skipped=len(ev_rows) - added,
            quotes_added=len(q_rows),
        )

    def _rollback(self) -> None:
        import duckdb

        try:
            self.con.execute("ROLLBACK")
        except duckdb.Error:
            pass

    def _insert_event_rows(self, rows: Sequence[Mapping[str, Any]]) -> int:
        if not rows:
            return 0
        before = self.count("events")
        tbl = rows_to_arrow(rows)
        self.con.register("_event_batch", tbl)
        try:
            self.con.execute(
                f"INSERT OR IGNORE INTO events ({', '.join(EVENT_COLUMNS)}) "
                f"SELECT {', '.join(EVENT_COLUMNS)} FROM _event_batch"
            )
        finally:
            self.con.unregister("_event_batch")
        return self.count("events") - before

    def insert_events(self, rows: Sequence[Mapping[str, Any]] | pa.Table,
                      quarantine: Sequence[Mapping[str, Any]] = ()) -> WriteResult:
        """Insert canonical event rows (and quarantined rows) in one transaction, skipping ids already stored.

        Args:
            rows: dicts keyed by :data:`EVENT_COLUMNS` (missing keys become NULL), or an Arrow table.
            quarantine: dicts with ``dataset``, ``file``, ``line``, ``reason``, ``raw``.
        """
        import pyarrow as pa

        self._require_writable()
        n = rows.num_rows if isinstance(rows, pa.Table) else len(rows)
        with self.transaction(lambda exc: StoreError(
                f"writing events to '{self.path}' failed and was rolled back: {exc}", code="E048")):
            if isinstance(rows, pa.Table):
                before = self.count("events")
                self.con.register("_event_batch", rows)
                try:
                    cols = [c for c in EVENT_COLUMNS if c in rows.column_names]
                    self.con.execute(
                        f"INSERT OR IGNORE INTO events ({', '.join(cols)}) "
                        f"SELECT {', '.join(cols)} FROM _event_batch"
                    )
                finally:
                    self.con.unregister("_event_batch")
                added = self.count("events") - before
            else:
                added = self._insert_event_rows(rows)
            if quarantine:
                self.con.executemany(
                    "INSERT INTO quarantine (dataset, file, line, reason, raw) VALUES (?, ?, ?, ?, ?)",
                    [(q.get("dataset"), q.get("file"), q.get("line"), q.get("reason"), q.get("raw"))
                     for q in quarantine],
                )
        return WriteResult(events_added=added, events_skipped=n - added, quarantined=len(quarantine))

    # reads --------------------------------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in ("articles", "sentences", "events", "quotes", "quarantine", "mentions"):
            raise StoreError(f"unknown table '{table}'; expected articles, sentences, events, quotes, "
                             "mentions or quarantine", code="E049")
        # fetchall, not fetchone: DuckDB 2 keeps a half-read result open and refuses the next statement
        rows = self.con.execute(f"SELECT count(*) FROM {table}").fetchall()
        return int(rows[0][0]) if rows else 0

    def query(self, sql: str,
              params: Sequence[Any] | Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a parameterised query and return rows as dicts."""
        import duckdb

        try:
            cur = self.con.execute(sql, params or [])
            cols = [d[0] for d in cur.description or []]
            return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
        except duckdb.Error as exc:
            raise StoreError(f"query failed on '{self.path}': {exc}", code="E049") from exc

    def coded_article_ids(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT id FROM articles").fetchall()}
