"""Facts of one parsed document that every layer (actors, time expressions, events) reads many times,
made once per document: iterating a doc or span builds new Token objects each time, ``Doc.text`` joins
every token anew, ``Doc.sents`` scans them all, and spaCy decodes a token's strings on every read."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Any, Protocol, TypeVar, cast

from spacy.tokens import Doc, Span, Token

from triadic.nlp._boxes import forget_docs, remember_box

__all__ = ["doc_sents", "doc_text", "doc_tokens", "dep_labels", "forget_docs", "lower_lemmas", "lower_words",
           "prime_text", "remember_box", "sent_of", "sent_starts", "set_off", "tokens_of", "word_set"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class _DocMemo(Protocol[T_co]):
    """``fn(doc)`` for the document last asked about (the value is shared: callers must not change it).

    Only for facts of the parse, which does not change while a document is coded.
    """

    def __call__(self, doc: Doc) -> T_co: ...

    def prime(self, doc: Doc, value: Any) -> None:
        """Take ``value`` as ``fn(doc)`` (the caller already has it)."""


def _doc_memo(fn: Callable[[Doc], T]) -> _DocMemo[T]:
    """A :class:`_DocMemo` of ``fn``: a closure, as ``token_memo`` in events/_tree.py, because the layers ask
    these tables tens of times per sentence and calling a closure costs less than an instance's
    ``__call__``."""
    # (doc, value); swapped as one tuple so that a reader never pairs a doc with another doc's value
    box: list[tuple[Doc | None, T | None]] = [(None, None)]
    remember_box(box)

    def memo(doc: Doc) -> T:
        known, value = box[0]
        if known is not doc or value is None:
            value = fn(doc)
            box[0] = (doc, value)
        return value

    def prime(doc: Doc, value: T) -> None:
        box[0] = (doc, value)

    memo.prime = prime  # type: ignore[attr-defined]
    return cast(_DocMemo[T], memo)


# the document's tokens, as ``list(doc)``
doc_tokens: _DocMemo[list[Token]] = _doc_memo(list)
# the document's text, as ``doc.text``
doc_text: _DocMemo[str] = _doc_memo(lambda doc: doc.text)
# the document's sentences, as ``list(doc.sents)``
doc_sents: _DocMemo[list[Span]] = _doc_memo(lambda doc: list(doc.sents))
# the document's lower-cased spaCy lemmas (uncorrected: see ``Grammar.lemma``), by token index
lower_lemmas: _DocMemo[list[str]] = _doc_memo(lambda doc: [t.lemma_.lower() for t in doc_tokens(doc)])
# the document's lower-cased words (``tok.lower_``), by token index
lower_words: _DocMemo[list[str]] = _doc_memo(lambda doc: [t.lower_ for t in doc_tokens(doc)])
# the set of the document's lower-cased words: whether a word is in the text at all, so that a search for
# it token by token is made only in the texts that have it
word_set: _DocMemo[frozenset[str]] = _doc_memo(lambda doc: frozenset(lower_words(doc)))
# the document's dependency labels (``tok.dep_``), by token index
dep_labels: _DocMemo[list[str]] = _doc_memo(lambda doc: [t.dep_ for t in doc_tokens(doc)])


# where each of the document's sentences starts, by sentence
sent_starts: _DocMemo[list[int]] = _doc_memo(lambda doc: [s.start for s in doc_sents(doc)])


def sent_of(tok: Token) -> Span:
    """``tok.sent``, from the document's sentences listed once (``Token.sent`` builds two spans and scans
    the parse for the sentence's edges on every read); the doc's own hooks, if any, are asked as before."""
    doc = tok.doc
    if doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks:
        return tok.sent
    return doc_sents(doc)[bisect_right(sent_starts(doc), tok.i) - 1]


# marks that set a phrase off from the clause before it: a comma, or a wire story's dash ("... the
# rebels — a charge Kampala denies"); a bare hyphen only with spaces round it (else it joins a word)
_SET_OFF = frozenset({",", "—", "–", "--"})


def set_off(doc: Doc, i: int) -> bool:
    """The mark before ``i`` is a comma or a dash setting off a phrase that starts at ``i``."""
    if i <= 0:
        return False
    mark = doc[i - 1]
    if mark.text in _SET_OFF:
        return True
    return mark.text == "-" and bool(mark.whitespace_) and i > 1 and bool(doc[i - 2].whitespace_)


def tokens_of(span: Span) -> list[Token]:
    """``list(span)``, sliced from the document's shared tokens."""
    return doc_tokens(span.doc)[span.start : span.end]


def prime_text(doc: Doc, text: str) -> None:
    """Take ``text`` as ``doc.text``: the caller parsed ``doc`` from it (spaCy keeps every character)."""
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        doc_text.prime(doc, text)
