"""Read articles from files, directories (recursively), JSONL and HTML files, and stdin.

Explicit paths that cannot be read raise :class:`~triadic.errors.InputError` (one line, with a
catalogue code). Inside a directory the same problems skip the file with a :class:`Skipped`
record instead, and the directory fails only if it yields no article at all. A bad JSONL line is
never fatal: it is skipped and reported with its line number.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from triadic.errors import InputError
from triadic.ingest._records import DocKind, RawDocument, Skipped

__all__ = ["read_inputs", "ARTICLE_SUFFIXES", "SkipHandler"]

log = logging.getLogger("triadic.ingest")

SkipHandler = Callable[[Skipped], None]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".json", ".ndjson"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

# Signatures of common binary formats whose first bytes are not NUL (a NUL byte alone is enough
# to call a file binary, but PDFs and compressed files may not have one in their first block).
_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"BZh", b"\xfd7zXZ",
          b"7z\xbc\xaf", b"DUCK", b"PAR1", b"\x7fELF", b"SQLite format")
_SNIFF = 8192
_STDIN = "<stdin>"


def _log_skip(item: Skipped) -> None:
    log.warning("skipped %s", item)


def read_inputs(
    paths: Sequence[str | Path],
    *,
    stdin: TextIO | None = None,
    on_skip: SkipHandler | None = None,
) -> Iterator[RawDocument]:
    """Yield every article in ``paths`` ("-" reads ``stdin``), in a stable order.

    Args:
        paths: files, directories (searched recursively for .txt .text .md .html .htm .jsonl .json
            .ndjson; hidden files and folders are ignored) or "-" for standard input.
        stdin: the stream "-" reads; defaults to ``sys.stdin``.
        on_skip: called with a :class:`Skipped` for every input passed over (bad JSONL line, binary
            or empty file inside a directory); defaults to a logged warning. Pass ``list.append`` to
            collect them for a quarantine file.

    Raises:
        InputError: a missing path (E011), a directory with no readable article (E012), a binary
            file (E013), an empty file (E014), invalid UTF-8 (E015), an unreadable file (E016), a
            JSON(L) file with no valid record (E017), an HTML page with no article text (E018).
            Every path is checked for existence before anything is yielded.
    """
    skip = on_skip or _log_skip
    if not paths:
        raise InputError("no input given; pass one or more files, directories, or '-' for stdin",
                         code="E010")
    # Check every path first, so a typo in the last argument fails before any work is done.
    for p in paths:
        if str(p) != "-" and not Path(p).exists():
            raise InputError(f"input path '{p}' does not exist; check the spelling or pass '-' for stdin",
                             code="E011")
    for p in paths:
        if str(p) == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, skip)
            continue
        path = Path(p)
        if path.is_dir():
            yield from _read_dir(path, skip)
        else:
            yield from _read_file(path, skip)


def _read_dir(root: Path, skip: SkipHandler) -> Iterator[RawDocument]:
    found = 0
    candidates = 0
    for path in _walk(root):
        candidates += 1
        try:
            for doc in _read_file(path, skip):
                found += 1
                yield doc
        except InputError as exc:
            skip(Skipped(str(path), None, exc.message))
    if found == 0:
        what = (f"none of its {candidates} candidate file(s) could be read (see the warnings)" if candidates
                else f"it has no article files ({', '.join(sorted(ARTICLE_SUFFIXES))})")
        raise InputError(f"directory '{root}' has no readable article: {what}", code="E012")


def _walk(root: Path, seen: set[Path] | None = None) -> Iterator[Path]:
    """Article files under ``root``, sorted for a stable order, skipping hidden files and folders."""
    seen = set() if seen is None else seen
    real = root.resolve()
    if real in seen:  # a symlink back up the tree
        return
    seen.add(real)
    try:
        entries = sorted(root.iterdir(), key=lambda e: e.name)
    except OSError as exc:
        raise InputError(f"cannot list directory '{root}': {exc.strerror or exc}", code="E016") from exc
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, seen)
        elif entry.is_file() and entry.suffix.lower() in ARTICLE_SUFFIXES:
            yield entry


def _kind_for(path: Path, head: str) -> DocKind:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES or _looks_like_html(head):
        return "html"
    return "text"


def _looks_like_html(head: str) -> bool:
    start = head.lstrip()[:512].lower()
    return start.startswith(("<!doctype html", "<html")) or (start.startswith("<") and "<body" in start)


def _check_bytes(data: bytes, where: str) -> None:
    """Reject binary content with a clear message (E013)."""
    head = data[:_SNIFF]
    if b"\x00" in head or head.startswith(_MAGIC):
        raise InputError(f"'{where}' is a binary file, not a text article; pass .txt, .html or .jsonl files",
                         code="E013")


def _decode(data: bytes, where: str, base_offset: int = 0, base_line: int = 1) -> str:
    """Strict UTF-8 decoding (a BOM is dropped); the error names the byte offset and line (E015)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = base_offset + exc.start
        line = base_line + data.count(b"\n", 0, exc.start)
        raise InputError(
            f"'{where}' is not valid UTF-8: byte 0x{data[exc.start]:02x} at byte offset {offset} "
            f"(line {line}); convert it, e.g. 'iconv -f latin1 -t utf-8'",
            code="E015",
        ) from None
    return text.removeprefix("\ufeff")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read '{path}': {exc.strerror or exc}; check its permissions",
                         code="E016") from exc


def _read_file(path: Path, skip: SkipHandler) -> Iterator[RawDocument]:
    where = str(path)
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path, skip)
        return
    data = _read_bytes(path)
    _check_bytes(data, where)
    text = _decode(data, where)
    if not text.strip():
        raise InputError(f"'{where}' is empty; it holds no article text", code="E014")
    kind = _kind_for(path, text[:_SNIFF])
    if kind == "html":
        yield _from_html(text, where)
    else:
        yield RawDocument(text=text, source=where, kind="text")


def _read_jsonl_file(path: Path, skip: SkipHandler) -> Iterator[RawDocument]:
    """Stream a JSON-lines file (or a .json file holding one array of records)."""
    where = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read '{path}': {exc.strerror or exc}; check its permissions",
                         code="E016") from exc
    found = 0
    lines = 0
    with fh:
        try:
            head = fh.read(_SNIFF)
            _check_bytes(head, where)
            if not head.strip():
                raise InputError(f"'{where}' is empty; it holds no article records", code="E014")
            if head.lstrip().startswith(b"["):
                # A whole-file JSON array: small enough to load at once by construction.
                records = _json_array(head + fh.read(), where)
                for i, obj in enumerate(records, start=1):
                    lines += 1
                    doc = _record(obj, where, i, skip)
                    if doc is not None:
                        found += 1
                        yield doc
            else:
                fh.seek(0)
                offset = 0
                for lineno, raw in enumerate(fh, start=1):
                    line_offset = offset
                    offset += len(raw)
                    if not raw.strip():
                        continue
                    lines += 1
                    try:
                        line = _decode(raw, where, line_offset, lineno)
                    except InputError as exc:
                        skip(Skipped(where, lineno, exc.message))
                        continue
                    doc = _jsonl_record(line, where, lineno, skip)
                    if doc is not None:
                        found += 1
                        yield doc
        except OSError as exc:
            raise InputError(f"cannot read '{path}': {exc.strerror or exc}", code="E016") from exc
    if found == 0:
        raise InputError(f"'{where}' has no valid article record among {lines} record(s); each line must be "
                         f"a JSON object with a non-empty \"text\"", code="E017")


def _json_array(data: bytes, where: str) -> list[Any]:
    text = _decode(data, where)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"'{where}' is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
                         code="E017") from None
    if not isinstance(obj, list):
        raise InputError(f"'{where}' must hold one JSON object per line, or one array of objects",
                         code="E017")
    return obj


_OPTIONAL = ("title", "date", "url", "id", "byline")
# Names other tools and news dumps give the publication date (triadic's own Article calls it
# "published"; news-please "date_publish"); the first present is read when "date" is absent.
_DATE_ALIASES = ("published", "published_at", "publish_date", "date_publish", "pubdate", "datetime")


def _jsonl_record(line: str, where: str, lineno: int, skip: SkipHandler) -> RawDocument | None:
    """One JSONL line as a document, or None after reporting why it was skipped (bad JSON or record)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        skip(Skipped(where, lineno, f"invalid JSON: {exc.msg} at column {exc.colno}"))
        return None
    return _record(obj, where, lineno, skip)


def _record(obj: Any, where: str, line: int, skip: SkipHandler) -> RawDocument | None:
    """One JSONL record as a document, or None after reporting why it was skipped."""
    if not isinstance(obj, dict):
        skip(Skipped(where, line, f"expected a JSON object, got {type(obj).__name__}"))
        return None
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        reason = "missing \"text\"" if text is None else "\"text\" must be a non-empty string"
        skip(Skipped(where, line, reason))
        return None
    meta: dict[str, str | None] = {}
    for key in _OPTIONAL:
        name = key  # the record's own name for the field, for the message
        if key == "date" and obj.get(key) is None:
            name = next((k for k in _DATE_ALIASES if obj.get(k) is not None), key)
        val = obj.get(name)
        if val is None:
            meta[key] = None
        elif isinstance(val, str):
            meta[key] = val.strip() or None
        elif key == "id" and isinstance(val, int) and not isinstance(val, bool):
            meta[key] = str(val)
        else:
            skip(Skipped(where, line, f"\"{name}\" must be a string, got {type(val).__name__}"))
            return None
    return RawDocument(text=text, source=f"{where}:{line}", kind="jsonl", line=line, **meta)


def _from_html(html: str, where: str) -> RawDocument:
    from triadic.ingest._html import extract_html

    return extract_html(html, where)


def _stdin_raw(stream: TextIO) -> Iterator[tuple[int, bytes | str]]:
    """Raw lines of standard input with their byte offsets: bytes when the stream has a buffer."""
    buffer = getattr(stream, "buffer", None)
    offset = 0
    if buffer is None:
        try:
            for line in stream:
                yield offset, line
                offset += len(line.encode("utf-8"))
        except UnicodeDecodeError as exc:
            raise InputError(f"standard input is not valid UTF-8 (byte offset {offset + exc.start})",
                             code="E015") from None
        return
    for raw in buffer:
        yield offset, raw
        offset += len(raw)


def _text(item: tuple[int, bytes | str], lineno: int) -> str:
    offset, raw = item
    return raw if isinstance(raw, str) else _decode(raw, _STDIN, offset, lineno)


def _read_stdin(stream: TextIO, skip: SkipHandler) -> Iterator[RawDocument]:
    """One article, an HTML page, or JSONL records streamed line by line (sniffed from the start)."""
    try:
        lines = _stdin_raw(stream)
        head: list[str] = []
        for item in lines:
            head.append(_text(item, len(head) + 1))
            if head[-1].strip():
                break
        if not "".join(head).strip():
            raise InputError("standard input is empty; pipe an article or JSONL records into '-'",
                             code="E014")
        if head[-1].lstrip().lstrip("\ufeff").startswith("{"):
            yield from _stdin_jsonl(head, lines, skip)
            return
        text = "".join(head) + "".join(_text(item, len(head) + i) for i, item in enumerate(lines, start=1))
    except OSError as exc:
        raise InputError(f"cannot read standard input: {exc}", code="E016") from exc
    if "\x00" in text[:_SNIFF]:
        raise InputError("standard input is binary, not a text article", code="E013")
    if _looks_like_html(text):
        yield _from_html(text, _STDIN)
    else:
        yield RawDocument(text=text.removeprefix("\ufeff"), source=_STDIN, kind="text")


def _stdin_jsonl(head: list[str], rest: Iterator[tuple[int, bytes | str]],
                 skip: SkipHandler) -> Iterator[RawDocument]:
    """JSONL records from standard input; a bad line (JSON or UTF-8) is skipped, never fatal."""
    found = 0
    lineno = 0
    for item in _chain(head, rest):
        lineno += 1
        try:
            line = _text(item, lineno)
        except InputError as exc:
            skip(Skipped(_STDIN, lineno, exc.message))
            continue
        if not line.strip():
            continue
        doc = _jsonl_record(line, _STDIN, lineno, skip)
        if doc is not None:
            found += 1
            yield doc
    if found == 0:
        raise InputError("standard input has no valid JSONL article record", code="E017")


def _chain(head: list[str], rest: Iterator[tuple[int, bytes | str]]) -> Iterator[tuple[int, bytes | str]]:
    for h in head:
        yield -1, h
    yield from rest
