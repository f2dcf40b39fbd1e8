"""Article structure: title, byline, publication date, dateline, body, captions and boilerplate.

The heuristics work line by line. Site furniture (navigation, sharing, copyright, credits) and
captions are recognised by the patterns in ``data/layout.yaml`` anywhere in the text; the title,
byline and date lines only in the header, before the first body paragraph. What remains is the
body: paragraphs are separated by blank lines (or are one per line when the text has no blank
lines), and a wire dateline is cut from the start of the first one.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from dateutil import parser as dateparser

from triadic.errors import InputError
from triadic.ingest._layout import Layout, layout
from triadic.ingest._pubdate import as_datetime, parse_date_line, parse_date_value
from triadic.ingest._records import RawDocument
from triadic.model import Article, Span, content_id

__all__ = ["parse_article", "normalise_text"]

log = logging.getLogger("triadic.ingest")

_BULLET = re.compile(r"^\s*(?:[•●▪◦·‣*+\-–—]|\(?\d{1,2}[.)])\s+(?=\S)")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_TERMINAL = (".", "!", "?", ":", ";", '"', "”", "’", "'", ")", "…")
_TITLE_END_BAD = (".", ",", ";", ":")
_BYLINE_SPLIT = re.compile(r"\s+(?:\||·|•|—|–)\s+|\s*\|\s*")
_BY = re.compile(r"^\s*(?:by|written by|words by|story by)\s+", re.IGNORECASE)
_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


@dataclass(slots=True)
class _Line:
    text: str
    block: int
    bullet: bool = False


@dataclass(slots=True)
class _Parts:
    title: str | None = None
    byline: str | None = None
    published: datetime | None = None
    captions: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    body: list[_Line] = field(default_factory=list)


def normalise_text(text: str) -> str:
    """Unix newlines, plain spaces, no zero-width characters, no trailing blanks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _ZERO_WIDTH.sub("", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def parse_article(raw: RawDocument, *, published: date | datetime | None = None) -> Article:
    """Find the structure of one raw document and return the :class:`~triadic.model.Article`.

    Args:
        raw: the document as read by :func:`triadic.ingest.read_inputs`.
        published: overrides any publication date found in the metadata or the text.

    The publication date comes from, in order: ``published``; the document's metadata (JSONL
    ``date``, the HTML page's date); a date line in the header ("March 28, 2018 10:31 AM",
    "Published: ..."), or a date beside the byline; a dated dateline ("SEOUL, March 28 (Reuters)")
    whose year is given there or in the file name. Otherwise it stays None.

    Raises:
        InputError: E019 when nothing of the body is left once title, byline, captions and
            boilerplate are set aside.
    """
    lay = layout()
    lines = _lines(normalise_text(raw.text))
    parts = _classify(lines, raw, lay)
    paragraphs = _paragraphs(parts.body)
    dateline: str | None = None
    dateline_date: datetime | None = None
    if paragraphs:
        m = lay.match_dateline(paragraphs[0] + " ")
        if m is not None:
            dateline = paragraphs[0][: m.end()].rstrip(" -—–:").strip()
            rest = paragraphs[0][m.end():].strip()
            paragraphs = ([rest] if rest else []) + paragraphs[1:]
            if m.groupdict().get("date"):
                dateline_date = _dateline_date(m.group("date"), raw.source)
    if not paragraphs:
        raise InputError(f"'{raw.source}' has no article body once the title, byline, captions and "
                         f"boilerplate are set aside", code="E019")
    text = "\n\n".join(paragraphs)
    spans: list[Span] = []
    pos = 0
    for para in paragraphs:
        spans.append(Span(para, pos, pos + len(para)))
        pos += len(para) + 2

    when: datetime | None
    if published is not None:
        when = as_datetime(published)
    else:
        when = _metadata_date(raw) or parts.published or dateline_date
    return Article(
        id=content_id(text),
        text=text,
        title=raw.title or parts.title,
        byline=parts.byline or raw.byline,
        published=when,
        source=raw.source,
        url=raw.url,
        external_id=raw.id,
        dateline=dateline,
        captions=parts.captions,
        boilerplate=parts.boilerplate,
        paragraphs=spans,
    )


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    block = 0
    blank = False
    for line in text.split("\n"):
        if not line:
            if out and not blank:
                block += 1
            blank = True
            continue
        blank = False
        out.append(_Line(line, block))
    return out


def _bare(line: str) -> str:
    """A line without markdown heading marks or emphasis around the whole of it."""
    line = _MD_HEADING.sub("", line)
    for mark in ("**", "__", "*", "_"):
        if len(line) > 2 * len(mark) and line.startswith(mark) and line.endswith(mark):
            line = line[len(mark):-len(mark)].strip()
    return line


def _same(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    return key(a) == key(b)


def _title_like(line: str, lay: Layout) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 30
        and len(line) <= 200
        and not line.endswith(_TITLE_END_BAD)
        and _BULLET.match(line) is None
        and lay.match_dateline(line + " ") is None
    )


def _classify(lines: list[_Line], raw: RawDocument, lay: Layout) -> _Parts:
    parts = _Parts()
    header = True
    tail = False
    for i, item in enumerate(lines):
        line = _bare(item.text)
        if tail:
            parts.boilerplate.append(item.text)
            continue
        if parts.body and lay.is_tail_marker(line):
            tail = True
            parts.boilerplate.append(item.text)
            continue
        if lay.is_boilerplate(line) or lay.is_boilerplate(item.text):
            parts.boilerplate.append(item.text)
            continue
        # A line that is nothing but a date is a publication or update stamp wherever it is;
        # the first one found (the header comes first) is the publication date.
        when = parse_date_line(line)
        if when is not None:
            parts.published = parts.published or when
            parts.boilerplate.append(item.text)
            continue
        if lay.is_byline(line) and (header or len(line) <= 80):
            name, when = _split_byline(line)
            parts.byline = parts.byline or name
            parts.published = parts.published or when
            continue
        if lay.is_caption(line):
            parts.captions.append(item.text)
            continue
        if header:
            if raw.title and _same(line, raw.title):
                continue
            if raw.title is None and parts.title is None and _title_like(line, lay) and i + 1 < len(lines):
                nxt = _bare(lines[i + 1].text)
                # An all-capitals label above a title-like line is a section kicker ("ASIA-PACIFIC");
                # named sections ("World news") are in the boilerplate patterns.
                if len(line.split()) <= 3 and line.isupper() and _title_like(nxt, lay) \
                        and not lay.is_byline(nxt) and parse_date_line(nxt) is None:
                    parts.boilerplate.append(item.text)
                    continue
                parts.title = line
                continue
        header = False
        bullet = _BULLET.match(line)
        if bullet is not None:
            parts.body.append(_Line(line[bullet.end():].strip(), item.block, bullet=True))
        else:
            parts.body.append(_Line(line, item.block))
    return parts


def _split_byline(line: str) -> tuple[str, datetime | None]:
    """The author part of a byline, and a date written beside it ("By Jane Doe | March 28, 2018")."""
    pieces = [p for p in _BYLINE_SPLIT.split(line) if p.strip()]
    names: list[str] = []
    when: datetime | None = None
    for piece in pieces:
        d = parse_date_line(piece) if when is None else None
        if d is not None:
            when = d
        else:
            names.append(piece.strip())
    name = " | ".join(names) if names else line
    return _BY.sub("", name).strip(), when


def _paragraphs(body: list[_Line]) -> list[str]:
    """Group body lines into paragraphs.

    With blank lines in the text, a block is a paragraph and its line breaks are wrapping; a
    line ending a sentence still starts a new paragraph unless the text looks hard-wrapped.
    Without blank lines, every line is a paragraph. Bullets are always paragraphs of their own.
    """
    if not body:
        return []
    lengths = [len(b.text) for b in body]
    has_blocks = len({b.block for b in body}) > 1
    wrapped = has_blocks and max(lengths) <= 100 and len(body) >= 4
    paras: list[str] = []
    prev: _Line | None = None
    for line in body:
        new = (
            prev is None
            or line.bullet
            or prev.bullet
            or line.block != prev.block
            or not has_blocks
            or (prev.text.endswith(_TERMINAL) and not wrapped)
        )
        if new:
            paras.append(line.text)
        else:
            paras[-1] = f"{paras[-1]} {line.text}"
        prev = line
    return paras


def _metadata_date(raw: RawDocument) -> datetime | None:
    if not raw.date:
        return None
    when = parse_date_value(raw.date)
    if when is None:
        log.warning("%s: ignoring date %r, which is not a full date (year, month and day)",
                    raw.source, raw.date)
    return when


def _dateline_date(text: str, source: str) -> datetime | None:
    """A dateline's date; its year from the dateline itself or else from the file name."""
    if _YEAR_IN_NAME.search(text):
        return parse_date_value(text)
    m = _YEAR_IN_NAME.search(Path(source.split(":")[0]).name)
    if m is None:
        return None
    try:
        return dateparser.parse(text, default=datetime(int(m.group(1)), 1, 1))
    except (ValueError, OverflowError):
        return None
