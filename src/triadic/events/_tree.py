"""Per-token facts made once per document: ``Token.children`` builds new Token objects on every call,
and the coder asks for the same tokens' dependents and voice many times per sentence."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from spacy.tokens import Doc, Token

# the per-document tables every layer shares, re-exported for the event coder's modules
from triadic.nlp._docs import (
    dep_labels,
    doc_sents,
    doc_text,
    doc_tokens,
    lower_lemmas,
    lower_words,
    tokens_of,
)

__all__ = [
    "DocTable", "conjuncts", "dep_labels", "dependents", "doc_sents", "doc_text", "doc_tokens", "has_to",
    "lower_lemmas", "lower_words", "token_memo", "tokens_of",
]

T = TypeVar("T")


def token_memo(fn: Callable[[Token], T]) -> Callable[[Token], T]:
    """``fn(tok)`` remembered by token index for the document last asked about (a closure: calling one
    costs less than an instance's ``__call__``, and the coder asks its memos hundreds of thousands of times
    per corpus). Only for facts of the parse itself, which does not change while a document is coded."""
    # (doc, its length, values by token index); swapped as one tuple so that a reader never pairs a doc
    # with another doc's table (the length kept beside it spares a second ``len`` on every call)
    box: list[tuple[Doc | None, int, list[T | None]]] = [(None, -1, [])]

    def memo(tok: Token) -> T:
        doc, n, values = box[0]
        tdoc = tok.doc
        if doc is not tdoc or n != len(tdoc):
            n = len(tdoc)
            values = [None] * n
            box[0] = (tdoc, n, values)
        i = tok.i
        found = values[i]
        if found is None:
            found = values[i] = fn(tok)
        return found

    return memo


def _children(tok: Token) -> tuple[Token, ...]:
    return tuple(tok.children)


# ``tuple(tok.children)``, in the parser's order
dependents: Callable[[Token], tuple[Token, ...]] = token_memo(_children)


def _conjuncts_of(tok: Token) -> tuple[Token, ...]:
    return tuple(tok.conjuncts)


# ``tok.conjuncts``: spaCy walks the coordination anew (building its tokens) on every read, and the phrase
# and object finders ask about the same tokens many times
conjuncts: Callable[[Token], tuple[Token, ...]] = token_memo(_conjuncts_of)


def has_to(tok: Token) -> bool:
    """``tok`` takes an infinitive "to" ("[to] leave")."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in dependents(tok))


class DocTable:
    """Facts about one document's parse under one grammar, kept until another document or grammar is asked
    about. Only for facts of the parse and the grammar, which do not change while a document is coded."""

    __slots__ = ("state",)

    def __init__(self) -> None:
        self.state: tuple[Doc | None, object, int, dict[Hashable, Any]] = (None, None, 0, {})

    def table(self, doc: Doc, owner: object) -> dict[Hashable, Any]:
        """The table for ``doc`` and ``owner`` (the grammar the facts are read with)."""
        d, o, n, table = self.state
        if d is not doc or o is not owner or n != len(doc):
            table = {}
            self.state = (doc, owner, len(doc), table)
        return table
