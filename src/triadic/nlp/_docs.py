"""Facts of one parsed document that every layer (actors, time expressions, events) reads many times,
made once per document: iterating a doc or span builds new Token objects each time, ``Doc.text`` joins
every token anew, ``Doc.sents`` scans them all, and spaCy decodes a token's strings on every read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from spacy.tokens import Doc, Span, Token

__all__ = ["doc_sents", "doc_text", "doc_tokens", "dep_labels", "lower_lemmas", "lower_words", "prime_text",
           "tokens_of", "word_set"]

T = TypeVar("T")


class _DocMemo(Generic[T]):
    """``fn(doc)`` for the document last asked about (the value is shared: callers must not change it).

    Only for facts of the parse, which does not change while a document is coded.
    """

    __slots__ = ("fn", "state")

    def __init__(self, fn: Callable[[Doc], T]) -> None:
        self.fn = fn
        # (doc, its length, value); swapped as one tuple so that a reader never pairs a doc with another
        # doc's value
        self.state: tuple[Doc | None, int, T | None] = (None, 0, None)

    def __call__(self, doc: Doc) -> T:
        known, n, value = self.state
        if known is not doc or n != len(doc) or value is None:
            value = self.fn(doc)
            self.state = (doc, len(doc), value)
        return value

    def prime(self, doc: Doc, value: T) -> None:
        """Take ``value`` as ``fn(doc)`` (the caller already has it)."""
        self.state = (doc, len(doc), value)


# the document's tokens, as ``list(doc)``
doc_tokens: _DocMemo[list[Token]] = _DocMemo(list)
# the document's text, as ``doc.text``
doc_text: _DocMemo[str] = _DocMemo(lambda doc: doc.text)
# the document's sentences, as ``list(doc.sents)``
doc_sents: _DocMemo[list[Span]] = _DocMemo(lambda doc: list(doc.sents))
# the document's lower-cased spaCy lemmas (uncorrected: see ``Grammar.lemma``), by token index
lower_lemmas: _DocMemo[list[str]] = _DocMemo(lambda doc: [t.lemma_.lower() for t in doc_tokens(doc)])
# the document's lower-cased words (``tok.lower_``), by token index
lower_words: _DocMemo[list[str]] = _DocMemo(lambda doc: [t.lower_ for t in doc_tokens(doc)])
# the set of the document's lower-cased words: whether a word is in the text at all, so that a search for
# it token by token is made only in the texts that have it
word_set: _DocMemo[frozenset[str]] = _DocMemo(lambda doc: frozenset(lower_words(doc)))
# the document's dependency labels (``tok.dep_``), by token index
dep_labels: _DocMemo[list[str]] = _DocMemo(lambda doc: [t.dep_ for t in doc_tokens(doc)])


def tokens_of(span: Span) -> list[Token]:
    """``list(span)``, sliced from the document's shared tokens."""
    return doc_tokens(span.doc)[span.start : span.end]


def prime_text(doc: Doc, text: str) -> None:
    """Take ``text`` as ``doc.text``: the caller parsed ``doc`` from it (spaCy keeps every character)."""
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        doc_text.prime(doc, text)
