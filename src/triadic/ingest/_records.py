"""Records the readers produce: one raw document, or one skipped input with its reason."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from triadic.errors import InputError

__all__ = ["RawDocument", "Skipped", "DocKind", "write_skipped"]

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

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "line": self.line, "reason": self.reason}


def write_skipped(items: Iterable[Skipped], path: str | Path) -> int:
    """Write skipped inputs as JSON lines (a quarantine file); returns how many were written."""
    n = 0
    try:
        with Path(path).open("w", encoding="utf-8") as fh:
            for item in items:
                fh.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
                n += 1
    except OSError as exc:
        raise InputError(f"cannot write the skipped-inputs file '{path}': {exc.strerror or exc}",
                         code="E010") from exc
    return n
