"""Per-token facts made once per document: ``Token.children`` builds new Token objects on every call,
and the coder asks for the same tokens' dependents and voice many times per sentence."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

from spacy.tokens import Doc, Span, Token

__all__ = [
    "DocTable", "TokenMemo", "dep_labels", "dependents", "doc_sents", "doc_text", "doc_tokens", "has_to",
    "lower_lemmas", "lower_words", "token_memo", "tokens_of",
]

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


def token_memo(fn: Callable[[Token], T]) -> Callable[[Token], T]:
    """:class:`TokenMemo` as a plain function: calling a closure costs less than an instance's
    ``__call__``, and the coder asks its memos hundreds of thousands of times per corpus."""
    # (doc, values by token index); swapped as one tuple so that a reader never pairs a doc with another
    # doc's table
    box: list[tuple[Doc | None, list[T | None]]] = [(None, [])]

    def memo(tok: Token) -> T:
        doc, values = box[0]
        tdoc = tok.doc
        if doc is not tdoc or len(values) != len(tdoc):
            values = [None] * len(tdoc)
            box[0] = (tdoc, values)
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
    """The tokens, text and sentences of the document last asked about, made once: iterating a span
    makes new tokens each time, ``Doc.text`` joins every token anew, and ``Doc.sents`` scans them all."""

    __slots__ = ("state", "text_state", "sents_state")

    def __init__(self) -> None:
        self.state: tuple[Doc | None, list[Token]] = (None, [])
        self.text_state: tuple[Doc | None, int, str] = (None, 0, "")
        self.sents_state: tuple[Doc | None, int, list[Span]] = (None, 0, [])

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

    def text(self, doc: Doc) -> str:
        """``doc.text``."""
        known, n, text = self.text_state
        if known is not doc or n != len(doc):
            text = doc.text
            self.text_state = (doc, len(doc), text)
        return text

    def known_text(self, doc: Doc, text: str) -> None:
        """Take ``text`` as ``doc.text``: the caller parsed ``doc`` from it (spaCy keeps every character)."""
        if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
            self.text_state = (doc, len(doc), text)

    def sents(self, doc: Doc) -> list[Span]:
        """``list(doc.sents)``, shared: callers must not change it."""
        known, n, sents = self.sents_state
        if known is not doc or n != len(doc):
            sents = list(doc.sents)
            self.sents_state = (doc, len(doc), sents)
        return sents


# the sentence's tokens, as ``list(sent)``
tokens_of = _DocTokens()
# the document's tokens, as ``list(doc)`` (one list for every caller: index it, never change it)
doc_tokens = tokens_of.whole
# the document's text, as ``doc.text``
doc_text = tokens_of.text
# the document's sentences, as ``list(doc.sents)`` (one list for every caller: never change it)
doc_sents = tokens_of.sents



class _DocStrings:
    """One string attribute of every token of the document last asked about, made once: spaCy
    decodes a token's string attributes anew on every read."""

    __slots__ = ("fn", "state")

    def __init__(self, fn: Callable[[list[Token]], list[str]]) -> None:
        self.fn = fn
        self.state: tuple[Doc | None, list[str]] = (None, [])

    def __call__(self, doc: Doc) -> list[str]:
        """The strings by token index, shared: callers must not change the list."""
        known, table = self.state
        if known is not doc or len(table) != len(doc):
            table = self.fn(doc_tokens(doc))
            self.state = (doc, table)
        return table


# the document's lower-cased spaCy lemmas (uncorrected: see ``Grammar.lemma``), by token index
lower_lemmas = _DocStrings(lambda toks: [t.lemma_.lower() for t in toks])
# the document's lower-cased words (``tok.lower_``), by token index
lower_words = _DocStrings(lambda toks: [t.lower_ for t in toks])
# the document's dependency labels (``tok.dep_``), by token index
dep_labels = _DocStrings(lambda toks: [t.dep_ for t in toks])
