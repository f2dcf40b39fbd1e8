"""Per-token facts made once per document: ``Token.children`` builds new Token objects on every call,
and the coder asks for the same tokens' dependents and voice many times per sentence."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from spacy.symbols import conj as CONJ
from spacy.tokens import Doc, Token

# the per-document tables every layer shares, re-exported for the event coder's modules
from triadic.nlp._docs import (
    dep_labels,
    doc_sents,
    doc_text,
    doc_tokens,
    lower_lemmas,
    lower_words,
    remember_box,
    sent_of,
    tokens_of,
    word_set,
)

__all__ = [
    "DocTable", "conjuncts", "dep_labels", "dependents", "doc_sents", "doc_text", "doc_tokens", "has_to",
    "lower_lemmas", "lower_words", "sent_of", "token_memo", "tokens_of", "word_set",
]

T = TypeVar("T")


def token_memo(fn: Callable[[Token], T]) -> Callable[[Token], T]:
    """``fn(tok)`` remembered by token index for the document last asked about (a closure: calling one
    costs less than an instance's ``__call__``, and the coder asks its memos hundreds of thousands of times
    per corpus). Only for facts of the parse itself, which does not change while a document is coded."""
    # (doc, values by token index); swapped as one tuple so that a reader never pairs a doc with another
    # doc's table (emptied where a document's coding begins: ``forget_docs``)
    box: list[tuple[Doc | None, list[T | None]]] = [(None, [])]
    remember_box(box)

    def memo(tok: Token) -> T:
        doc, values = box[0]
        tdoc = tok.doc
        if doc is not tdoc:
            values = [None] * len(tdoc)
            box[0] = (tdoc, values)
        i = tok.i
        found = values[i]
        if found is None:
            found = values[i] = fn(tok)
        return found

    return memo


def _children_of_all(doc: Doc) -> list[tuple[Token, ...]]:
    """Every token's dependents, by token index, in one walk over the document's heads."""
    toks = doc_tokens(doc)
    kids: list[list[Token]] = [[] for _ in toks]
    for t in toks:
        h = t.head.i
        if h != t.i:
            kids[h].append(t)
    return [tuple(k) for k in kids]


# (doc, every token's dependents); swapped as one tuple, as in ``token_memo``
_CHILDREN: list[tuple[Doc | None, list[tuple[Token, ...]]]] = [(None, [])]
remember_box(_CHILDREN)


def first_conjunct(tok: Token) -> Token:
    """The first of the coordination ``tok`` is in ("the war with Russia and [the blockade]" -> "war"):
    the conjunct whose relation to the rest of the sentence the parser wrote."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


# Dependents that give a participle a clause of its own: a subject, an auxiliary, a marker.
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl"})


def bare_participle(tok: Token) -> bool:
    """``tok`` is an "-ing" participle with no subject, auxiliary or marker of its own ("the army
    [fighting] the gangs", not "while fighting" or "are fighting"): it describes rather than tells."""
    return tok.tag_ == "VBG" and not any(c.dep_ in _OWN_CLAUSE for c in dependents(tok))


def dependents(tok: Token) -> tuple[Token, ...]:
    """``tuple(tok.children)``: the tokens whose head ``tok`` is, in text order (spaCy's order: its left
    then its right dependents). Made for the whole document in one walk at the first question: the
    passes over a sentence ask for most of its tokens' dependents, and ``Token.children`` builds every
    dependent anew, scanning the token's whole subtree for them."""
    doc, table = _CHILDREN[0]
    tdoc = tok.doc
    if doc is not tdoc:
        table = _children_of_all(tdoc)
        _CHILDREN[0] = (tdoc, table)
    return table[tok.i]


def _conjuncts_of(tok: Token) -> tuple[Token, ...]:
    doc = tok.doc
    if "conjuncts" in doc.user_token_hooks:
        return tuple(tok.conjuncts)
    # ``Token.conjuncts`` spelt out over the document's dependents table (it builds every right dependent
    # of each conjunct anew): up the "conj" chain to its first conjunct, then down every "conj" to the right
    start = tok
    while start.dep == CONJ and start.i != start.head.i:
        start = start.head
    output = [start]
    for word in output:  # (grows as conjuncts are found: each is searched in turn)
        output.extend(c for c in dependents(word) if c.i > word.i and c.dep == CONJ)
    return tuple(w for w in output if w.i != tok.i)


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
        # (doc, owner, table) in a one-item list, which ``forget_docs`` empties where a document's coding
        # begins (as it does ``token_memo``'s)
        self.state: list[tuple[Doc | None, object, dict[Hashable, Any]]] = [(None, None, {})]
        remember_box(self.state)

    def table(self, doc: Doc, owner: object) -> dict[Hashable, Any]:
        """The table for ``doc`` and ``owner`` (the grammar the facts are read with)."""
        d, o, table = self.state[0]
        if d is not doc or o is not owner:
            table = {}
            self.state[0] = (doc, owner, table)
        return table
