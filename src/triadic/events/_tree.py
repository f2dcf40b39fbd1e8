"""Per-token facts made once per document: ``Token.children`` builds new Token objects on every call,
and the coder asks for the same tokens' dependents and voice many times per sentence."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

from spacy.tokens import Doc, Span, Token

__all__ = ["DocTable", "TokenMemo", "dependents", "doc_tokens", "has_to", "tokens_of"]

T = TypeVar("T")


class TokenMemo(Generic[T]):
    """``fn(tok)`` remembered by token index for the document last asked about.

    Only for facts of the parse itself, which does not change while a document is coded.
    """

    __slots__ = ("fn", "state")

    def __init__(self, fn: Callable[[Token], T]) -> None:
        self.fn = fn
        # (doc, values by token index); swapped as one tuple so that a reader never pairs a doc
        # with another doc's table
        self.state: tuple[Doc | None, list[T | None]] = (None, [])

    def __call__(self, tok: Token) -> T:
        """``fn(tok)``, computed once per token of the document."""
        doc, memo = self.state
        tdoc = tok.doc
        if doc is not tdoc or len(memo) != len(tdoc):
            memo = [None] * len(tdoc)
            self.state = (tdoc, memo)
        i = tok.i
        found = memo[i]
        if found is None:
            found = memo[i] = self.fn(tok)
        return found


def _children(tok: Token) -> tuple[Token, ...]:
    return tuple(tok.children)


# ``tuple(tok.children)``, in the parser's order
dependents: TokenMemo[tuple[Token, ...]] = TokenMemo(_children)


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


class _DocTokens:
    """The tokens of the document last asked about, made once (iterating a span makes new ones each time)."""

    __slots__ = ("state",)

    def __init__(self) -> None:
        self.state: tuple[Doc | None, list[Token]] = (None, [])

    def __call__(self, span: Span) -> list[Token]:
        """``list(span)``."""
        return self.whole(span.doc)[span.start : span.end]

    def whole(self, doc: Doc) -> list[Token]:
        """``list(doc)``, shared: callers index it and must not change it."""
        known, toks = self.state
        if known is not doc or len(toks) != len(doc):
            toks = list(doc)
            self.state = (doc, toks)
        return toks


# the sentence's tokens, as ``list(sent)``
tokens_of = _DocTokens()
# the document's tokens, as ``list(doc)`` (one list for every caller: index it, never change it)
doc_tokens = tokens_of.whole
