"""Records the readers produce: one raw document, or one skipped input with its reason."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["RawDocument", "Skipped", "DocKind"]

DocKind = Literal["text", "html", "jsonl"]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One article as read, before structure detection.

    Args:
        text: the article text (for HTML, the main text trafilatura extracted).
        source: where it came from: a path, ``<stdin>``, or ``path:line`` for JSONL.
        title, date, url, id, byline: metadata from the JSONL record or the HTML page, when present;
            ``date`` is kept as written and parsed by :func:`triadic.ingest.parse_article`.
        line: 1-based line number for JSONL records.
    """

    text: str
    source: str
    kind: DocKind = "text"
    title: str | None = None
    date: str | None = None
    url: str | None = None
    id: str | None = None
    byline: str | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input the readers passed over without failing the run, and why (for a quarantine file)."""

    source: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"
