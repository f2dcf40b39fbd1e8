"""Reading import files in bounded memory: paths, archives, line chunks, row screening, Arrow parsing."""

from __future__ import annotations

import codecs
import glob
import gzip
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

from triadic.errors import ImportFormatError

__all__ = [
    "CHUNK_BYTES",
    "Member",
    "LineChunk",
    "Quarantined",
    "Screened",
    "expand_paths",
    "open_members",
    "iter_chunks",
    "screen",
    "parse_fields",
    "decode_line",
]

# About 30k GDELT rows: large enough for vectorised work to pay off, small enough to bound memory.
CHUNK_BYTES = 16 << 20
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class Quarantined:
    """A row that could not be imported, with where it came from and why."""

    dataset: str
    file: str
    line: int
    reason: str
    raw: str

    def as_row(self) -> dict[str, object]:
        return {"dataset": self.dataset, "file": self.file, "line": self.line, "reason": self.reason,
                "raw": self.raw}


@dataclass(slots=True)
class Member:
    """One readable stream: a plain file, a .gz file, or one member of a .zip archive.

    Args:
        label: the name recorded in origin_file and quarantine (``archive.zip:member.csv`` for members).
        disk_pos: how far into the file on disk reading has got, for the progress bar.
    """

    label: str
    stream: IO[bytes]
    raw: IO[bytes]

    def disk_pos(self) -> int:
        try:
            return self.raw.tell()
        except (OSError, ValueError):
            return 0


@dataclass(frozen=True, slots=True)
class LineChunk:
    """Whole lines of a stream; ``first_line`` is the 1-based line number of ``lines[0]``."""

    first_line: int
    lines: list[bytes]


@dataclass(frozen=True, slots=True)
class Screened:
    """The lines of a chunk that have the right shape, their line numbers, and the rest, quarantined."""

    data: bytes
    good: list[bytes]
    lines: np.ndarray
    quarantined: list[Quarantined]
    n_rows: int


def expand_paths(paths: Sequence[str | Path]) -> list[Path]:
    """Files named by paths, globs and directories (searched recursively), sorted and without repeats."""
    out: list[Path] = []
    for p in paths:
        s = str(p)
        if any(ch in s for ch in "*?["):
            found = [Path(m) for m in sorted(glob.glob(s, recursive=True)) if Path(m).is_file()]
            if not found:
                raise ImportFormatError(f"no files match '{s}'; check the pattern and quote it so the "
                                        "shell does not expand it", code="E101")
            out.extend(found)
        elif Path(s).is_dir():
            found = sorted(f for f in Path(s).rglob("*") if f.is_file() and not f.name.startswith("."))
            if not found:
                raise ImportFormatError(f"directory '{s}' holds no files to import", code="E101")
            out.extend(found)
        elif Path(s).is_file():
            out.append(Path(s))
        else:
            raise ImportFormatError(f"'{s}' is not a file, directory or matching glob; check the path",
                                    code="E101")
    seen: set[Path] = set()
    unique = []
    for f in out:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def open_members(path: Path) -> Iterator[Member]:
    """Yield the readable streams of a file: itself, its gunzipped content, or each .zip member."""
    label = str(path.resolve())  # origin_file must point at the row whatever the working directory
    with ExitStack() as stack:
        raw = stack.enter_context(path.open("rb"))
        magic = raw.read(4)
        raw.seek(0)
        if magic[:2] == b"\x1f\x8b":
            gz: IO[bytes] = stack.enter_context(gzip.GzipFile(fileobj=raw))  # type: ignore[arg-type]
            yield Member(label, gz, raw)
        elif magic == b"PK\x03\x04":
            try:
                zf = stack.enter_context(zipfile.ZipFile(raw))
            except zipfile.BadZipFile as exc:
                raise ImportFormatError(f"'{path}' is not a readable zip archive: {exc}",
                                        code="E102") from exc
            for info in zf.infolist():
                if info.is_dir():
                    continue
                with zf.open(info) as member:
                    yield Member(f"{label}:{info.filename}", member, raw)
        else:
            yield Member(label, raw, raw)


def _to_utf8(lines: list[bytes], encoding: str) -> list[bytes]:
    """Transcode lines from a single-byte or ASCII-compatible encoding; undecodable lines stay as they
    are, so screening quarantines them with an encoding reason."""
    out = []
    for ln in lines:
        try:
            out.append(ln.decode(encoding).encode("utf-8"))
        except UnicodeDecodeError:
            out.append(ln)
    return out


def iter_chunks(stream: IO[bytes], chunk_bytes: int = CHUNK_BYTES,
                encoding: str = "utf-8") -> Iterator[LineChunk]:
    """Split a byte stream into chunks of whole lines (LF or CRLF), numbering lines from 1.

    Args:
        encoding: the file's encoding; lines are transcoded to UTF-8 unless it is UTF-8 already.
    """
    utf8 = codecs.lookup(encoding).name == "utf-8"
    line_no = 1
    rest = b""
    first = True
    while True:
        try:
            data = stream.read(chunk_bytes)
        except (OSError, EOFError, zipfile.BadZipFile) as exc:
            # A truncated .gz or .zip: keep what was read, then tell the user which file is damaged.
            raise ImportFormatError(f"the compressed stream ends early or is damaged after line {line_no}: "
                                    f"{exc}; re-download the file", code="E103") from exc
        if first:
            first = False
            if data.startswith(_BOM):
                data = data[len(_BOM):]
        if not data:
            if rest:
                last = [rest[:-1] if rest.endswith(b"\r") else rest]
                yield LineChunk(line_no, last if utf8 else _to_utf8(last, encoding))
            return
        buf = rest + data if rest else data
        cut = buf.rfind(b"\n")
        if cut < 0:
            rest = buf
            continue
        body, rest = buf[:cut], buf[cut + 1:]
        lines = body.split(b"\n")
        if b"\r" in body:
            lines = [ln[:-1] if ln.endswith(b"\r") else ln for ln in lines]
        yield LineChunk(line_no, lines if utf8 else _to_utf8(lines, encoding))
        line_no += len(lines)


def decode_line(line: bytes) -> str:
    """A line as text for the quarantine table; undecodable bytes are shown as \\xNN escapes."""
    return line.decode("utf-8", errors="backslashreplace")


def _encoding_reason(line: bytes) -> str | None:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return (f"encoding: byte 0x{line[exc.start]:02x} at position {exc.start} is not valid UTF-8; "
                "re-encode the file as UTF-8 or pass --encoding (e.g. latin-1)")
    return None


def screen(chunk: LineChunk, n_fields: int, dataset: str, label: str) -> Screened:
    """Keep the lines with ``n_fields`` fields and valid UTF-8; quarantine the others, skip blank lines."""
    lines = chunk.lines
    first = chunk.first_line
    want = n_fields - 1
    counts = [ln.count(b"\t") for ln in lines]
    bad: list[Quarantined] = []
    if counts.count(want) == len(lines):
        good, idx = lines, None
    else:
        idx = [i for i, c in enumerate(counts) if c == want]
        good = [lines[i] for i in idx]
        for i, c in enumerate(counts):
            ln = lines[i]
            if c == want or (c == 0 and not ln.strip()):
                continue  # good rows, and blank lines, which are not rows
            kind = "short row" if c < want else "long row"
            bad.append(Quarantined(dataset, label, first + i, f"{kind}: {c + 1} fields, expected {n_fields}",
                                   decode_line(ln)))
    data = b"\n".join(good)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        # rare: find the undecodable lines one by one
        keep = []
        for j, ln in enumerate(good):
            reason = _encoding_reason(ln)
            line_no = first + (idx[j] if idx is not None else j)
            if reason is None:
                keep.append(j)
            else:
                bad.append(Quarantined(dataset, label, line_no, reason, decode_line(ln)))
        idx = [idx[j] for j in keep] if idx is not None else keep
        good = [good[j] for j in keep]
        data = b"\n".join(good)
        bad.sort(key=lambda q: q.line)
    if idx is None:
        numbers = np.arange(first, first + len(good), dtype=np.int64)
    else:
        numbers = np.asarray(idx, dtype=np.int64) + first
    return Screened(data, good, numbers, bad, len(good) + len(bad))


def parse_fields(data: bytes, n_fields: int, n_rows: int, include: Sequence[int] | None = None) -> pa.Table:
    """Parse screened tab-separated lines into string columns named ``c<index>``.

    Args:
        include: the field indices to convert (all if None); the others are only tokenised.
    """
    names = [f"c{i}" for i in range(n_fields)]
    wanted = names if include is None else [names[i] for i in include]
    if n_rows == 0:
        return pa.table({n: pa.array([], pa.string()) for n in wanted})
    table = pacsv.read_csv(
        pa.BufferReader(data + b"\n"),
        read_options=pacsv.ReadOptions(column_names=names, block_size=max(1 << 20, len(data) // 2 + 1)),
        parse_options=pacsv.ParseOptions(delimiter="\t", quote_char=False, escape_char=False,
                                         double_quote=False, newlines_in_values=False,
                                         ignore_empty_lines=False),
        convert_options=pacsv.ConvertOptions(column_types=dict.fromkeys(wanted, pa.string()),
                                             include_columns=wanted, strings_can_be_null=False,
                                             quoted_strings_can_be_null=False),
    )
    if table.num_rows != n_rows:  # cannot happen after screening; guard the line numbering anyway
        raise ImportFormatError(f"parsed {table.num_rows} rows where {n_rows} were expected", code="E104")
    return table
