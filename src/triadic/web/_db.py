"""One read-only DuckDB connection per server, one cursor per request.

DuckDB connections are not thread-safe, and FastAPI runs synchronous endpoints in a thread pool, so every
request gets its own cursor (a connection of its own to the same database) and closes it when done.
"""

from __future__ import annotations

import threading
from pathlib import Path

import duckdb

from triadic.errors import StoreError
from triadic.store import Store

__all__ = ["ReadOnlyDatabase", "CursorStore"]

_REQUIRED = ("articles", "sentences", "events", "quotes")


class CursorStore(Store):
    """A :class:`Store` over a request's cursor, so the analysis functions can run on it unchanged."""

    def __init__(self, cursor: duckdb.DuckDBPyConnection, path: str) -> None:  # noqa: D107
        # deliberately no super().__init__: the database is already open, read-only, by ReadOnlyDatabase
        self.path = path
        self.read_only = True
        self.con = cursor


class ReadOnlyDatabase:
    """The served store, opened read-only once; hands out per-request cursors."""

    def __init__(self, path: str | Path) -> None:
        p = Path(path)
        if not p.is_file():
            raise StoreError(
                f"store '{p}' does not exist or is not a file; build one with 'triadic demo' or "
                "'triadic code', or pass --store FILE",
                code="E161",
            )
        self.path = str(p)
        try:
            self._con = duckdb.connect(self.path, read_only=True)
        except (duckdb.Error, OSError) as exc:
            raise StoreError(
                f"cannot open store '{p}' read-only: {exc}; is it a DuckDB file, and is another "
                "process holding it open for writing?",
                code="E161",
            ) from exc
        tables = {
            r[0]
            for r in self._con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
            ).fetchall()
        }
        missing = [t for t in _REQUIRED if t not in tables]
        if missing:
            self._con.close()
            raise StoreError(
                f"'{p}' is not a triadic store (no {', '.join(missing)} table); build one with "
                "'triadic demo' or 'triadic code'",
                code="E161",
            )
        self._lock = threading.Lock()

    def cursor(self) -> CursorStore:
        """A fresh cursor wrapped as a Store; close it with :meth:`CursorStore.close`."""
        with self._lock:  # cursor() itself touches the shared connection
            cur = self._con.cursor()
        return CursorStore(cur, self.path)

    def close(self) -> None:
        try:
            self._con.close()
        except duckdb.Error:
            pass
