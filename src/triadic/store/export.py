"""Export the canonical event table (Parquet, CSV, JSONL, GDELT 2.0 rows) and load Parquet back."""

from __future__ import annotations

import glob
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, Literal

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv

from triadic.errors import InputError, StoreError
from triadic.store._filter import FILTER_KEYS, EventFilter, parse_where
from triadic.store._gdelt_row import gdelt_line_sql
from triadic.store.db import Store
from triadic.store.schema import EVENT_COLUMN_TYPES, EVENT_COLUMNS

__all__ = ["ExportFormat", "EXPORT_FORMATS", "ExportResult", "LoadResult", "export_events", "load_parquet",
           "parse_where", "EventFilter", "FILTER_KEYS"]

ExportFormat = Literal["parquet", "csv", "jsonl", "gdelt"]
EXPORT_FORMATS: tuple[str, ...] = ("parquet", "csv", "jsonl", "gdelt")
_BATCH = 50_000


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote: format, destination (``-`` for a stream), rows, and partitioned or not."""

    format: str
    out: str
    rows: int
    partitioned: bool = False


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What a load read and stored."""

    files: int
    rows_read: int
    imported: int
    duplicates: int
    quarantined: int


def _sql_path(p: Path) -> str:
    # COPY targets cannot be bound parameters; quote the path as a SQL string literal instead.
    return "'" + str(p).replace("'", "''") + "'"


def _is_dir_target(out: Path) -> bool:
    return out.is_dir() or str(out).endswith(("/", "\\")) or out.suffix == ""


def _select(where: EventFilter) -> str:
    cols = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    return f"SELECT {cols} FROM events e WHERE {where.sql} ORDER BY e.event_date NULLS LAST, e.id"


def _count(store: Store, where: EventFilter) -> int:
    sql = f"SELECT count(*) FROM events e WHERE {where.sql}"
    rows = store.con.execute(sql, list(where.params)).fetchall()
    return int(rows[0][0])


def _export_parquet(store: Store, out: Path, where: EventFilter, overwrite: bool) -> ExportResult:
    n = _count(store, where)
    if _is_dir_target(out):
        if out.is_dir() and any(out.iterdir()) and not overwrite:
            raise InputError(f"export directory '{out}' is not empty; choose an empty or new directory, or "
                             "pass --overwrite", code="E106")
        out.mkdir(parents=True, exist_ok=True)
        sql = (f"COPY (SELECT *, year(event_date) AS year, month(event_date) AS month "
               f"FROM ({_select(where)})) TO {_sql_path(out)} "
               "(FORMAT parquet, PARTITION_BY (year, month), OVERWRITE_OR_IGNORE)")
        partitioned = True
    else:
        if out.exists() and not overwrite:
            raise InputError(f"'{out}' exists; pass --overwrite to replace it", code="E106")
        if not out.parent.is_dir():
            raise InputError(f"cannot write '{out}': folder '{out.parent}' does not exist", code="E106")
        sql = f"COPY ({_select(where)}) TO {_sql_path(out)} (FORMAT parquet)"
        partitioned = False
    try:
        store.con.execute(sql, list(where.params))
    except duckdb.Error as exc:
        raise StoreError(f"Parquet export to '{out}' failed: {exc}", code="E049") from exc
    return ExportResult("parquet", str(out), n, partitioned)


def _json_value(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date | datetime) else v


def _write_stream(store: Store, fmt: str, where: EventFilter, stream: IO[bytes]) -> int:
    if fmt == "gdelt":
        sql = (f"SELECT {gdelt_line_sql()} AS line FROM ({_select(where)}) e "
               "LEFT JOIN articles a ON a.id = e.article_id ORDER BY e.event_date NULLS LAST, e.id")
    else:
        sql = _select(where)
    try:
        reader = store.con.sql(sql, params=list(where.params)).to_arrow_reader(_BATCH)
    except duckdb.Error as exc:
        raise StoreError(f"export query failed: {exc}", code="E049") from exc
    rows = 0
    writer: pacsv.CSVWriter | None = None
    for batch in reader:
        rows += batch.num_rows
        if fmt == "csv":
            if writer is None:
                writer = pacsv.CSVWriter(stream, batch.schema)
            writer.write_batch(batch)
        elif fmt == "jsonl":
            lines = [json.dumps({k: _json_value(v) for k, v in r.items()}, ensure_ascii=False)
                     for r in batch.to_pylist()]
            stream.write(("\n".join(lines) + "\n").encode("utf-8"))
        else:
            col = batch.column(0).to_pylist()
            stream.write(("\n".join(col) + "\n").encode("utf-8"))
    if writer is not None:
        writer.close()
    elif fmt == "csv":  # no rows: still write the header so the file is valid CSV
        pacsv.write_csv(pa.table({c: pa.array([], pa.string()) for c in EVENT_COLUMNS}), stream)
    return rows


def export_events(store: Store, fmt: str, out: Path | None = None, where: Sequence[str] = (),
                  stream: IO[bytes] | None = None, overwrite: bool = False) -> ExportResult:
    """Export events matching ``where`` (see :func:`parse_where`) as ``fmt``.

    Args:
        out: destination; for parquet a directory (partitioned by year and month) or a ``.parquet`` file.
            None writes csv, jsonl and gdelt to ``stream`` (standard output by default).
    """
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown export format '{fmt}'; expected one of {', '.join(EXPORT_FORMATS)}",
                         code="E106")
    flt = parse_where(where)
    if fmt == "parquet":
        if out is None:
            raise InputError("Parquet export needs --out: a directory (partitioned by year/month) or a "
                             ".parquet file", code="E106")
        return _export_parquet(store, out, flt, overwrite)
    if out is None:
        target = stream if stream is not None else sys.stdout.buffer
        return ExportResult(fmt, "-", _write_stream(store, fmt, flt, target))
    if out.is_dir():
        raise InputError(f"'{out}' is a directory; {fmt} export writes one file, e.g. '{out}/events.{fmt}'",
                         code="E106")
    if out.exists() and not overwrite:
        raise InputError(f"'{out}' exists; pass --overwrite to replace it", code="E106")
    if not out.parent.is_dir():
        raise InputError(f"cannot write '{out}': folder '{out.parent}' does not exist", code="E106")
    with out.open("wb") as fh:
        rows = _write_stream(store, fmt, flt, fh)
    return ExportResult(fmt, str(out), rows)


def _parquet_files(path: Path) -> list[str]:
    s = str(path)
    if any(ch in s for ch in "*?["):
        files = sorted(glob.glob(s, recursive=True))
    elif path.is_dir():
        files = sorted(str(f) for f in path.rglob("*.parquet") if f.is_file())
    elif path.is_file():
        files = [s]
    else:
        raise InputError(f"'{path}' is not a Parquet file, directory or glob", code="E108")
    if not files:
        raise InputError(f"no .parquet files under '{path}'; export with 'triadic export --format parquet "
                         "--out DIR' first", code="E108")
    return files


def load_parquet(path: Path, store: Store) -> LoadResult:
    """Load canonical events from Parquet (a file, a directory partitioned by year/month, or a glob).

    Columns are matched by name, so files from triadic's export and from the Spark engine both load;
    unknown columns are ignored and missing canonical ones stay null. Ids already stored are skipped.
    """
    files = _parquet_files(path)
    src = "read_parquet(?, hive_partitioning = true, union_by_name = true, filename = true)"
    con = store.con
    try:
        desc = con.execute(f"DESCRIBE SELECT * FROM {src}", [files]).fetchall()
    except duckdb.Error as exc:
        raise InputError(f"cannot read Parquet under '{path}': {exc}", code="E108") from exc
    present = {r[0] for r in desc}
    if "id" not in present:
        raise InputError(f"Parquet under '{path}' has no 'id' column; it does not hold triadic events "
                         f"(columns: {', '.join(sorted(present)[:12])})", code="E108")
    cols = [c for c in EVENT_COLUMNS if c in present]
    select = ", ".join(f"CAST({c} AS {EVENT_COLUMN_TYPES[c]}) AS {c}" for c in cols)
    with store.transaction(lambda exc: InputError(
            f"loading '{path}' failed and was rolled back: {exc}; the Parquet columns must have the "
            "canonical types (see 'triadic export --format parquet')", code="E109")):
        total = int(con.execute(f"SELECT count(*) FROM {src}", [files]).fetchall()[0][0])
        before = store.count("events")
        con.execute(f"INSERT OR IGNORE INTO events ({', '.join(cols)}) SELECT {select} FROM {src} "
                    "WHERE id IS NOT NULL", [files])
        added = store.count("events") - before
        q_before = store.count("quarantine")
        con.execute("INSERT INTO quarantine (dataset, file, line, reason, raw) SELECT 'load', filename, "
                    f"NULL, 'missing event id', NULL FROM {src} WHERE id IS NULL", [files])
        quarantined = store.count("quarantine") - q_before
    return LoadResult(len(files), total, added, total - added - quarantined, quarantined)
