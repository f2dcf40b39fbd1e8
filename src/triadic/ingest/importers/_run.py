"""Import runs: files → chunks → screened rows → converted batches → the store, with a summary."""

from __future__ import annotations

import codecs
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

import pyarrow as pa

from triadic.errors import ImportFormatError
from triadic.ingest.importers._base import Batch, Converted, Converter
from triadic.ingest.importers._countries import CountryLookup, load_countries
from triadic.ingest.importers._formats import gdelt_version_for, header_format
from triadic.ingest.importers._source import (
    CHUNK_BYTES,
    LineChunk,
    Member,
    Quarantined,
    decode_line,
    expand_paths,
    iter_chunks,
    open_members,
    parse_fields,
    screen,
)
from triadic.ingest.importers.gdelt import gdelt_converter
from triadic.ingest.importers.icews import IcewsEvents
from triadic.ingest.importers.polecat import PolecatEvents
from triadic.store import Store

__all__ = ["DATASETS", "FileSummary", "ImportSummary", "ImportOptions", "ProgressFn", "import_files"]

DATASETS: tuple[str, ...] = ("gdelt", "icews", "polecat")

# Called with (bytes read so far on disk across all files, total bytes on disk, current file label).
ProgressFn = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """Knobs of an import run.

    Args:
        keep_raw: keep each row's original line in ``events.raw``; off saves space (file and line remain).
        chunk_bytes: bytes read per batch; bounds the importer's own memory.
        encoding: the files' encoding (``latin-1``, ``cp1252``...); rows are transcoded to UTF-8.
    """

    keep_raw: bool = True
    chunk_bytes: int = CHUNK_BYTES
    encoding: str = "utf-8"


@dataclass(slots=True)
class FileSummary:
    """What happened to one file (or one member of a .zip archive)."""

    file: str
    dataset: str
    version: str | None = None
    rows_read: int = 0
    imported: int = 0
    duplicates: int = 0
    quarantined: int = 0
    rejected: str | None = None  # why the whole file was skipped, if it was


@dataclass(slots=True)
class ImportSummary:
    """Totals of an import run, and one :class:`FileSummary` per file."""

    dataset: str
    store: str
    files: list[FileSummary] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rows_read(self) -> int:
        return sum(f.rows_read for f in self.files)

    @property
    def imported(self) -> int:
        return sum(f.imported for f in self.files)

    @property
    def duplicates(self) -> int:
        return sum(f.duplicates for f in self.files)

    @property
    def quarantined(self) -> int:
        return sum(f.quarantined for f in self.files)

    @property
    def rejected_files(self) -> int:
        return sum(1 for f in self.files if f.rejected)

    def to_dict(self) -> dict[str, object]:
        return {
            "dataset": self.dataset, "store": self.store, "files": len(self.files),
            "rows_read": self.rows_read, "imported": self.imported, "duplicates": self.duplicates,
            "quarantined": self.quarantined, "rejected_files": self.rejected_files,
            "seconds": round(self.seconds, 3),
            "per_file": [
                {"file": f.file, "version": f.version, "rows_read": f.rows_read, "imported": f.imported,
                 "duplicates": f.duplicates, "quarantined": f.quarantined, "rejected": f.rejected}
                for f in self.files
            ],
        }


def _reject(store: Store, fs: FileSummary, line: int, reason: str, raw: str) -> None:
    """Skip a whole file: one quarantine row says why, so the gap is never silent."""
    fs.rejected = reason
    fs.quarantined += 1
    store.insert_events([], quarantine=[Quarantined(fs.dataset, fs.file, line, reason, raw).as_row()])


def _gdelt_setup(first: LineChunk, fs: FileSummary, opts: ImportOptions) -> Converter | str:
    counts = Counter(ln.count(b"\t") + 1 for ln in first.lines if ln.strip())
    if not counts:
        return "file has no rows"
    n_fields = counts.most_common(1)[0][0]
    version = gdelt_version_for(n_fields)
    if version is None:
        return (f"not a GDELT file: rows have {n_fields} tab-separated fields; GDELT has 57 or 58 (1.0 "
                "events), 61 (2.0 events) or 16 (2.0 mentions)")
    fs.version = version
    return gdelt_converter(version, opts.keep_raw)


def _header_setup(dataset: str, first: LineChunk, fs: FileSummary, opts: ImportOptions,
                  countries: CountryLookup | None) -> Converter | str:
    try:
        header = first.lines[0].decode("utf-8").split("\t")
    except UnicodeDecodeError:
        return "encoding: the header row is not valid UTF-8; re-encode the file or pass --encoding"
    fmt = header_format(dataset)
    match = fmt.match(header)
    if not match.index:
        return (f"header row names none of the {dataset.upper()} columns (expected {', '.join(fmt.required)}"
                f"); is this a {dataset.upper()} file with its header?")
    if match.missing:
        return f"missing header column(s): {', '.join(match.missing)}"
    fs.version = "dataverse" if dataset == "icews" else "weekly"
    if match.extra:
        fs.version += f" (+{len(match.extra)} unknown columns kept in raw)"
    if dataset == "icews":
        return IcewsEvents(match, countries, opts.keep_raw)
    return PolecatEvents(match, countries, opts.keep_raw)


class _Writer:
    """Writes converted batches on one background thread while the next chunk is being converted.

    DuckDB and Arrow release the GIL, so parsing chunk k+1 overlaps storing chunk k. At most one write
    is pending, which keeps memory at about two chunks, and the store is only touched by one thread
    at a time (:meth:`drain` before any other use).
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="triadic-import")
        self.pending: tuple[Future[tuple[int, int]], FileSummary, int] | None = None

    def submit(self, conv: Converter, converted: Converted, fs: FileSummary) -> None:
        self.drain()
        fut = self.pool.submit(conv.write, self.store, converted)
        self.pending = (fut, fs, len(converted.quarantined))

    def drain(self) -> None:
        if self.pending is None:
            return
        fut, fs, n_quarantined = self.pending
        self.pending = None
        added, skipped = fut.result()  # re-raises a StoreError from the writer thread here
        fs.imported += added
        fs.duplicates += skipped
        fs.quarantined += n_quarantined

    def close(self) -> None:
        try:
            self.drain()
        finally:
            self.pool.shutdown(wait=True)


def _import_member(store: Store, writer: _Writer, dataset: str, member: Member, opts: ImportOptions,
                   countries: CountryLookup | None, tick: Callable[[Member], None]) -> FileSummary:
    fs = FileSummary(member.label, dataset)
    writer.drain()
    # Re-importing a file replaces its quarantine record instead of piling up copies of it.
    store.con.execute("DELETE FROM quarantine WHERE dataset = ? AND file = ?", [dataset, member.label])
    chunks: Iterator[LineChunk] = iter_chunks(member.stream, opts.chunk_bytes, opts.encoding)
    next_line = 1
    try:
        first = next(chunks, None)
        if first is None:
            _reject(store, fs, 0, "empty file", "")
            return fs
        if dataset == "gdelt":
            setup = _gdelt_setup(first, fs, opts)
        else:
            setup = _header_setup(dataset, first, fs, opts, countries)
            first = LineChunk(first.first_line + 1, first.lines[1:])
        if isinstance(setup, str):
            head = first.lines[0] if dataset == "gdelt" and first.lines else b""
            _reject(store, fs, 1, setup, decode_line(head))
            return fs
        conv = setup
        for chunk in chain([first], chunks):
            next_line = chunk.first_line + len(chunk.lines)
            scr = screen(chunk, conv.n_fields, dataset, member.label)
            fs.rows_read += scr.n_rows
            table = parse_fields(scr.data, conv.n_fields, len(scr.lines), conv.used)
            raw = pa.array(scr.good, pa.binary()).cast(pa.string())  # UTF-8 was checked by screen()
            converted = conv.convert(Batch(table, scr.lines, member.label, raw))
            converted.quarantined[:0] = scr.quarantined
            writer.submit(conv, converted, fs)
            tick(member)
        writer.drain()
    except ImportFormatError as exc:
        # A damaged archive: the rows before the damage are stored; record the rest as a gap.
        writer.drain()
        _reject(store, fs, next_line, exc.message, "")
    return fs


def import_files(dataset: str, paths: Sequence[str | Path], store: Store,
                 options: ImportOptions | None = None, progress: ProgressFn | None = None,
                 countries: CountryLookup | None = None) -> ImportSummary:
    """Import GDELT, ICEWS or POLECAT files into a store; bad rows go to ``quarantine``.

    Args:
        paths: files, directories (searched recursively) or globs; ``.gz`` and ``.zip`` are opened.
        progress: called after each batch with bytes read on disk, total bytes and the file.
        countries: country code crosswalk; default :func:`triadic.actors.country_table`.
    """
    if dataset not in DATASETS:
        raise ImportFormatError(f"unknown dataset '{dataset}'; expected one of {', '.join(DATASETS)}",
                                code="E100")
    opts = options or ImportOptions()
    if opts.chunk_bytes < 1024:
        raise ImportFormatError(f"chunk size {opts.chunk_bytes} is too small; use at least 1024 bytes",
                                code="E100")
    try:
        codecs.lookup(opts.encoding)
    except LookupError:
        raise ImportFormatError(f"unknown encoding '{opts.encoding}'; use a Python codec name such as "
                                "utf-8, latin-1 or cp1252", code="E100") from None
    files = expand_paths(paths)
    # GDELT needs no country crosswalk: skip loading it
    table = countries if countries is not None or dataset == "gdelt" else load_countries()
    total = sum(f.stat().st_size for f in files)
    summary = ImportSummary(dataset, store.path)
    started = time.perf_counter()
    done = 0
    writer = _Writer(store)
    try:
        for path in files:
            def tick(member: Member, base: int = done) -> None:
                if progress is not None:
                    progress(base + member.disk_pos(), total, member.label)

            for member in open_members(path):
                summary.files.append(_import_member(store, writer, dataset, member, opts, table, tick))
            done += path.stat().st_size
            if progress is not None:
                progress(done, total, str(path))
    finally:
        writer.close()
    summary.seconds = time.perf_counter() - started
    return summary
