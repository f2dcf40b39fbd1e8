"""Typed records shared by every layer: ingest, nlp, actors, events, store, analysis, web.

All character offsets (``start``/``end``) index into :attr:`Article.text`, the normalised body
that is stored. ``end`` is exclusive, as in Python slices.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

__all__ = [
    "Modality",
    "Precision",
    "MODALITIES",
    "PRECISIONS",
    "Span",
    "Article",
    "Sentence",
    "Actor",
    "ActorRef",
    "Speaker",
    "Quote",
    "Event",
    "CodedArticle",
    "content_id",
    "event_id",
]

Modality = Literal["asserted", "planned", "hypothetical", "negated"]
Precision = Literal["day", "week", "month", "year"]
MODALITIES: tuple[str, ...] = ("asserted", "planned", "hypothetical", "negated")
PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")


def content_id(text: str, prefix: str = "a") -> str:
    """Stable id from normalised content: the same text always gives the same id."""
    return prefix + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def event_id(article_id: str, *parts: object) -> str:
    """Stable event id from its article and the fields that make it unique."""
    key = "|".join([article_id, *(str(p) for p in parts)])
    return "e" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of article text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Article:
    """One news article after structure detection.

    Args:
        text: the normalised body (paragraphs joined by blank lines); all offsets point here.
        published: publication date and time, if found in the text or given by the user.
        captions, boilerplate: lines removed from the body, kept for inspection.
    """

    id: str
    text: str
    title: str | None = None
    byline: str | None = None
    published: datetime | None = None
    source: str | None = None
    url: str | None = None
    external_id: str | None = None  # the id a JSONL record or feed gave the article, if any
    dateline: str | None = None
    captions: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)

    @property
    def reference_date(self) -> date | None:
        return self.published.date() if self.published else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "byline": self.byline,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "url": self.url,
            "external_id": self.external_id,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article body.

    Args:
        code, rule: the CAMEO code of what the sentence is mainly about, and the rule that chose it;
            set for sentences with an event trigger even when no dyad resolved (sentence classification).
        sources, targets, reciprocal: the noun phrases that are the grammatical source (agent), target
            (patient) and reciprocal parties of that main trigger, whether or not they name actors.
        trigger: the main trigger's word.
    """

    index: int
    text: str
    start: int
    end: int
    code: str | None = None
    rule: str | None = None
    sources: tuple[Span, ...] = ()
    targets: tuple[Span, ...] = ()
    reciprocal: tuple[Span, ...] = ()
    trigger: Span | None = None

    @property
    def source_span(self) -> Span | None:
        """The first source noun phrase of the main trigger, if any."""
        return self.sources[0] if self.sources else None

    @property
    def target_span(self) -> Span | None:
        """The first target noun phrase of the main trigger, if any."""
        return self.targets[0] if self.targets else None

    def arguments_dict(self) -> dict[str, Any]:
        """The main trigger's argument spans, for the coded-article JSON."""
        return {
            "trigger": self.trigger.to_dict() if self.trigger else None,
            "sources": [s.to_dict() for s in self.sources],
            "targets": [s.to_dict() for s in self.targets],
            "reciprocal": [s.to_dict() for s in self.reciprocal],
        }

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor: what a mention refers to.

    Args:
        code: CAMEO-style code, country ISO-3 plus optional role (``PRKGOV``), or an IGO code.
        country: ISO-3 country, or None for IGOs and non-state actors without a country.
        role: CAMEO role code (``GOV``, ``MIL``...), or None.
        kind: ``state``, ``igo``, ``person``, ``group`` or ``expert`` (people who are not state actors).
        name: a readable name ("Kim Jong-un", "North Korea").
    """

    code: str
    country: str | None
    role: str | None
    name: str
    kind: str = "state"
    affiliation: str | None = None

    @property
    def is_political(self) -> bool:
        return self.kind in ("state", "igo", "group")


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as it appears in an event: the resolved actor plus the words that named it."""

    actor: Actor
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.actor.code,
            "country": self.actor.country,
            "role": self.actor.role,
            "name": self.actor.name,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who is quoted, with the affiliation that tells us whether they speak for a state."""

    name: str | None
    affiliation: str | None
    code: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "affiliation": self.affiliation, "code": self.code}


@dataclass(frozen=True, slots=True)
class Quote:
    """Direct or reported speech and its speaker."""

    id: str
    speaker: Speaker
    text: str
    start: int
    end: int
    kind: str = "direct"  # direct | reported

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker.to_dict(),
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
        }


@dataclass(slots=True)
class Event:
    """A coded who-did-what-to-whom event. ``target`` is None only where the CAMEO code allows it."""

    id: str
    article_id: str
    sentence: Sentence
    source: ActorRef
    target: ActorRef | None
    cameo: str
    root: str
    quad: int
    goldstein: float
    trigger: Span
    modality: str = "asserted"
    plover_type: str | None = None
    plover_mode: str | None = None
    date: date | None = None
    date_precision: str | None = None
    attributed_to: str | None = None
    dataset: str = "triadic"
    confidence: float = 1.0
    rule: str | None = None  # which pattern or model made the event, for transparency

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sentence": self.sentence.to_dict(),
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "root": self.root,
            "quad": self.quad,
            "goldstein": self.goldstein,
            "plover": {"type": self.plover_type, "mode": self.plover_mode},
            "modality": self.modality,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "trigger": self.trigger.to_dict(),
            "attributed_to": self.attributed_to,
            "confidence": round(self.confidence, 4),
            "rule": self.rule,
        }


@dataclass(slots=True)
class CodedArticle:
    """An article with everything coded from it."""

    article: Article
    sentences: list[Sentence]
    events: list[Event]
    quotes: list[Quote]
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "sentences": [{"index": s.index, "start": s.start, "end": s.end, "code": s.code, "rule": s.rule,
                           "arguments": s.arguments_dict()}
                          for s in self.sentences],
        }

    @property
    def main_code(self) -> str | None:
        """The CAMEO code of the first sentence that has one: what a one-sentence text is about."""
        return next((s.code for s in self.sentences if s.code), None)
