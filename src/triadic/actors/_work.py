"""Working state while resolving one document: the mentions found so far and helpers over them."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from triadic.actors._dictionary import Dictionary
from triadic.actors._entries import Entry
from triadic.actors._types import Mention
from triadic.model import Actor
from triadic.nlp._docs import doc_sents, doc_text, doc_tokens

__all__ = ["Work", "actor_of", "person_surname", "PERSON_VIAS"]

# Mentions that stand for a person, so that "he" and a bare surname can point back to them.
PERSON_VIAS = frozenset({"leader", "person", "title"})


def person_surname(name: str | None) -> str | None:
    """Family name of a full name: the first word for names written family-first ("Kim Jong-un")."""
    words = (name or "").split()
    if len(words) < 2:
        return None
    if "-" in words[1] and words[0][:1].isupper():
        return words[0]
    return words[-1]


def actor_of(entry: Entry, name: str | None = None) -> Actor:
    """The Actor an entry stands for."""
    return Actor(code=entry.code, country=entry.country, role=entry.role, name=name or entry.name,
                 kind=entry.kind)


@dataclass(slots=True)
class Work:
    """Mentions of one document under construction; non-overlapping by construction."""

    doc: Doc
    ref_date: date | None
    dictionary: Dictionary
    mentions: list[Mention] = field(default_factory=list)
    owner: list[int] = field(default_factory=list)  # token -> index into mentions, or -1
    surnames: dict[int, str] = field(default_factory=dict)  # mention start -> surname of the person named
    sent_starts: list[int] = field(default_factory=list)
    ents: list[Span] = field(default_factory=list)  # doc.ents rebuilds its spans on every access
    # The country of the article's dateline ("KABUL, Afghanistan (AP) —"), outside the text: the last resort
    # for whose "police" or "the government" a story means. Never itself a mention.
    dateline: Mention | None = None
    # ordinary English words (see _compile.Compiled): a bare surname that is one does not name a leader
    common_words: frozenset[str] = frozenset()
    _slot: dict[int, int] = field(default_factory=dict)  # id(mention) -> index in mentions
    _sorted: list[Mention] | None = None  # live mentions by start; rebuilt lazily after a change
    _starts: list[int] = field(default_factory=list)
    # The doc's tokens and sentences made once: ``doc[i]`` and ``token.sent`` build a new object (and scan
    # for the sentence's edges) on every call, and the passes below ask for the same ones many times.
    toks: list[Token] = field(default_factory=list)
    sents: list[Span] = field(default_factory=list)
    _roots: dict[tuple[int, int], Token] = field(default_factory=dict)
    _own_sents: bool = False  # the doc's own hooks (if any) decide a token's sentence and a span's root

    def __post_init__(self) -> None:
        doc = self.doc
        self.owner = [-1] * len(doc)
        # shared with the event coder, which reads the same doc next (neither changes them)
        self.toks = doc_tokens(doc)
        self.sents = doc_sents(doc) if len(doc) else []
        self.sent_starts = [s.start for s in self.sents]
        self.ents = list(doc.ents)
        self._own_sents = bool(doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks)

    def text_of(self, start: int, end: int) -> str:
        """``doc[start:end].text`` without building the span."""
        if start >= end:
            return self.doc[start:end].text
        # ``Span.text`` is the doc's text from the first word's start to the last word's end (the doc's
        # text is made once per doc; joining the words anew costs more)
        last = self.toks[end - 1]
        return doc_text(self.doc)[self.toks[start].idx : last.idx + len(last)]

    def root(self, start: int, end: int) -> Token:
        """``doc[start:end].root``, remembered: a mention's head is asked for by several passes."""
        if end - start == 1 and not self._own_sents:
            return self.toks[start]  # a one-word span is its own root, however the word is attached
        key = (start, end)
        tok = self._roots.get(key)
        if tok is None:
            tok = self._roots[key] = self.doc[start:end].root
        return tok

    def free(self, start: int, end: int) -> bool:
        """True when no mention covers any token of ``[start, end)``."""
        return all(self.owner[i] < 0 for i in range(start, end))

    def at(self, i: int) -> Mention | None:
        k = self.owner[i] if 0 <= i < len(self.owner) else -1
        return self.mentions[k] if k >= 0 else None

    def add(self, start: int, end: int, actor: Actor, via: str, *, antecedent: Mention | None = None,
            members: tuple[Actor, ...] = (), surname: str | None = None) -> Mention:
        """Add a mention over ``[start, end)``, replacing any mention it covers."""
        for i in range(start, end):
            k = self.owner[i]
            if k >= 0:
                self.remove(self.mentions[k])
        if start < end:
            first, last = self.toks[start], self.toks[end - 1]
            start_char, end_char = first.idx, last.idx + len(last)
            text = self.text_of(start, end)
        else:
            span = self.doc[start:end]
            start_char, end_char, text = span.start_char, span.end_char, span.text
        m = Mention(start=start, end=end, start_char=start_char, end_char=end_char, text=text,
                    actor=actor, via=via, antecedent_text=antecedent.text if antecedent else None,
                    members=members, antecedent_start=antecedent.start if antecedent else None)
        self.mentions.append(m)
        self._sorted = None
        k = len(self.mentions) - 1
        self._slot[id(m)] = k
        for i in range(start, end):
            self.owner[i] = k
        if surname:
            self.surnames[start] = surname
        return m

    def remove(self, m: Mention) -> None:
        """Drop a mention (its slot stays, emptied, so indices remain valid)."""
        k = self._slot.pop(id(m))
        for i in range(m.start, m.end):
            if self.owner[i] == k:
                self.owner[i] = -1
        self.surnames.pop(m.start, None)
        self.mentions[k] = _DEAD
        self._sorted = None

    def live(self) -> list[Mention]:
        """Current mentions in text order."""
        if self._sorted is None:
            self._sorted = sorted((m for m in self.mentions if m is not _DEAD), key=lambda m: m.start)
            self._starts = [m.start for m in self._sorted]
        return list(self._sorted)

    def before(self, i: int) -> Iterator[Mention]:
        """Live mentions ending at or before token ``i``, nearest first (lazily, so early exits are cheap)."""
        if self._sorted is None:
            self._sorted = sorted((m for m in self.mentions if m is not _DEAD), key=lambda m: m.start)
            self._starts = [m.start for m in self._sorted]
        ordered = self._sorted
        k = bisect_left(self._starts, i)
        for m in reversed(ordered[:k]):
            if m.end <= i:
                yield m

    def sentence_index(self, i: int) -> int:
        """Index of the sentence holding token ``i``."""
        return bisect_right(self.sent_starts, i) - 1

    def sent_of(self, i: int) -> Span:
        """``doc[i].sent``, from the sentences listed once."""
        if self._own_sents:
            return self.doc[i].sent
        return self.sents[bisect_right(self.sent_starts, i) - 1]


_DEAD = Mention(start=-1, end=-1, start_char=-1, end_char=-1, text="",
                actor=Actor(code="", country=None, role=None, name=""), via="")
