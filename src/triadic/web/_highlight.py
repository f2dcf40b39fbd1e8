"""Cut a text into segments, each carrying the marks (source, target, trigger, quote) that cover it.

Offsets in the store index the article body; a sentence starts at ``sentence_start``, so a mark is moved by
that offset before cutting. Marks whose stored text does not match the slice (an older store, a different
normalisation) are re-anchored by searching for the text, and dropped when it cannot be found.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Mark", "Segment", "segments", "anchor"]


@dataclass(frozen=True, slots=True)
class Mark:
    """A stretch of article text to highlight; ``ref`` names the event or quote it belongs to."""

    kind: str
    start: int
    end: int
    ref: str | None = None


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of text and the kinds and refs of the marks covering all of it."""

    text: str
    marks: tuple[str, ...] = ()
    refs: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "marks": list(self.marks), "refs": list(self.refs)}


def anchor(
    text: str,
    offset: int,
    kind: str,
    start: int | None,
    end: int | None,
    expected: str | None,
    ref: str | None = None,
) -> Mark | None:
    """A mark for ``[start, end)`` in article offsets on ``text`` (which begins at ``offset``), or None."""
    if start is not None and end is not None and end > start:
        lo, hi = start - offset, end - offset
        if 0 <= lo < hi <= len(text) and (not expected or text[lo:hi] == expected):
            return Mark(kind, start, end, ref)
    if expected:
        i = text.find(expected)
        if i >= 0:
            return Mark(kind, offset + i, offset + i + len(expected), ref)
    return None


def segments(text: str, offset: int, marks: Iterable[Mark]) -> list[Segment]:
    """Split ``text`` (starting at article offset ``offset``) at every mark boundary."""
    n = len(text)
    clipped: list[tuple[int, int, Mark]] = []
    for m in marks:
        lo, hi = max(m.start - offset, 0), min(m.end - offset, n)
        if lo < hi:
            clipped.append((lo, hi, m))
    cuts = sorted({0, n, *(c[0] for c in clipped), *(c[1] for c in clipped)})
    out: list[Segment] = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        covering: Sequence[Mark] = [m for s, e, m in clipped if s <= lo and hi <= e]
        kinds = tuple(dict.fromkeys(m.kind for m in covering))
        refs = tuple(dict.fromkeys(m.ref for m in covering if m.ref))
        out.append(Segment(text[lo:hi], kinds, refs))
    return out
