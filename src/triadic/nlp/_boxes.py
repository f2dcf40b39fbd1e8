"""The per-document memos' boxes, and their emptying where the coding of a document begins (no spaCy import:
the pattern grammar registers its lemma table here without loading spaCy)."""

from __future__ import annotations

from typing import Any

__all__ = ["forget_docs", "remember_box"]

# Every per-document memo's box (a one-item list holding the document it knows and what it knows of it),
# beside the box's empty state.
_BOXES: list[tuple[list[Any], Any]] = []


def remember_box(box: list[Any]) -> None:
    """Have :func:`forget_docs` empty ``box`` (a memo's one-item list, as it holds nothing yet)."""
    _BOXES.append((box, box[0]))


def forget_docs() -> None:
    """Empty every per-document memo, where the coding of a document begins (``Coder._code_doc``).

    The memos know a document by identity alone: the tables are asked for hundreds of thousands of times
    per corpus, and asking each time also whether the document's length changed (what only retokenizing
    does, which triadic never does while coding) cost about a fifth of each question. A document
    retokenized after it was coded is read afresh at its next coding, because that coding starts here.
    """
    for box, empty in _BOXES:
        box[0] = empty
