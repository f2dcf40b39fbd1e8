"""What triadic coded, reduced to what the metrics compare, and the coder interface the runner needs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, Protocol

from triadic.evaluate._gold import GoldSpan, SpanRole
from triadic.model import ActorRef, CodedArticle, Event

__all__ = [
    "CoderLike",
    "PredActor",
    "PredEvent",
    "pred_events",
    "main_event",
    "event_spans",
    "PredArgument",
    "sentence_arguments",
    "record_spans",
    "SpanRule",
    "SPAN_RULES",
    "tokens_of_span",
]


class CoderLike(Protocol):
    """Anything with ``code_texts`` like :class:`triadic.pipeline.Coder` (tests pass a fake)."""

    def code_texts(self, texts: Sequence[str], published: date | None = None) -> list[CodedArticle]: ...


@dataclass(frozen=True, slots=True)
class PredActor:
    """A coded actor: code, country-level identity, role and where it was named."""

    code: str
    country: str | None
    role: str | None
    start: int
    end: int
    text: str = ""


@dataclass(frozen=True, slots=True)
class PredEvent:
    """A coded event as the metrics see it."""

    source: PredActor | None
    target: PredActor | None
    code: str
    plover: str | None = None
    confidence: float = 1.0
    position: int = 0  # trigger offset, to order events by where they occur

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def code3(self) -> str:
        return self.code[:3] if len(self.code) >= 3 else self.code + "0"

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.code if self.source else None,
            "target": self.target.code if self.target else None,
            "code": self.code,
            "plover": self.plover,
            "source_text": self.source.text if self.source else None,
            "target_text": self.target.text if self.target else None,
        }


@dataclass(frozen=True, slots=True)
class PredArgument:
    """A grammatical argument of a sentence's main trigger: S (source), T (target) or R (reciprocal)."""

    role: SpanRole
    start: int
    end: int
    trigger: int = -1  # where the sentence's main trigger starts, if known


def sentence_arguments(coded: CodedArticle) -> list[PredArgument]:
    """The argument phrases of every sentence's main trigger, whether or not they name actors."""
    out: list[PredArgument] = []
    for s in coded.sentences:
        at = s.trigger.start if s.trigger is not None else -1
        for role, spans in (("S", s.sources), ("T", s.targets), ("R", s.reciprocal)):
            out.extend(PredArgument(role=role, start=x.start, end=x.end, trigger=at)  # type: ignore[arg-type]
                       for x in spans)
    return out


def _actor(ref: ActorRef | None) -> PredActor | None:
    if ref is None:
        return None
    a = ref.actor
    # Non-state actors without a country (IGOs) are identified by their code, as in the gold.
    country = a.country or (a.code[:6] if a.code else None)
    return PredActor(code=a.code, country=country, role=a.role, start=ref.start, end=ref.end, text=ref.text)


def pred_events(events: Sequence[Event]) -> list[PredEvent]:
    """Convert triadic events to the metric view."""
    return [PredEvent(source=_actor(e.source), target=_actor(e.target), code=e.cameo, plover=e.plover_type,
                      confidence=e.confidence, position=e.trigger.start) for e in events]


def main_event(events: Sequence[PredEvent]) -> PredEvent | None:
    """The event that stands for the sentence: the most confident, then the earliest."""
    if not events:
        return None
    return min(events, key=lambda e: (-e.confidence, e.position))


def tokens_of_span(offsets: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """Token range ``[first, last+1)`` overlapping characters ``[start, end)``, or None."""
    hit = [i for i, (s, e) in enumerate(offsets) if s < end and e > start]
    return (hit[0], hit[-1] + 1) if hit else None


_COORDINATORS = {"and", "&", ",", "as", "well"}


def _merge_coordinated(spans: list[GoldSpan], tokens: Sequence[str]) -> list[GoldSpan]:
    # "A and B met": the annotators mark the coordinated group as one reciprocal span.
    rs = sorted((s for s in spans if s.role == "R"), key=lambda s: s.start)
    merged: list[GoldSpan] = []
    for s in rs:
        if merged and merged[-1].end <= s.start and all(
                t.lower() in _COORDINATORS for t in tokens[merged[-1].end:s.start]):
            merged[-1] = GoldSpan(role="R", start=merged[-1].start, end=s.end)
        else:
            merged.append(s)
    return [s for s in spans if s.role != "R"] + merged


def _phrase_of(start: int, end: int, arguments: Sequence[PredArgument]) -> PredArgument | None:
    # The smallest argument phrase that contains an actor's words ("Croatian" in "the Croatian
    # government's request").
    hits = [a for a in arguments if a.start <= start and end <= a.end]
    return min(hits, key=lambda a: a.end - a.start) if hits else None


SpanRule = Literal["main", "events", "arguments"]
SPAN_RULES: tuple[str, ...] = ("main", "events", "arguments")


def record_spans(events: Sequence[PredEvent], arguments: Sequence[PredArgument],
                 offsets: Sequence[tuple[int, int]], tokens: Sequence[str] | None = None,
                 rule: SpanRule = "main") -> list[GoldSpan]:
    """The S/T/R spans a record is scored with.

    ``main``: the actors of the events coded at each sentence's main trigger (each widened to the
    argument phrase that contains it), else the sentence's argument phrases. ``events``: the actors
    of every coded event, else the argument phrases. ``arguments``: the argument phrases, else the
    events' actors.
    """
    mains = {a.trigger for a in arguments if a.trigger >= 0}
    if rule == "main" and mains:
        # without argument phrases (a coder that gives none) every event stands
        events = [e for e in events if e.position in mains]
    if events and (rule != "arguments" or not arguments):
        return event_spans(events, offsets, tokens, arguments)
    out: dict[tuple[str, int, int], GoldSpan] = {}
    for a in arguments:
        toks = tokens_of_span(offsets, a.start, a.end)
        if toks is not None:
            out.setdefault((a.role, *toks), GoldSpan(role=a.role, start=toks[0], end=toks[1]))
    return list(out.values())


def event_spans(events: Sequence[PredEvent], offsets: Sequence[tuple[int, int]],
                tokens: Sequence[str] | None = None,
                arguments: Sequence[PredArgument] = ()) -> list[GoldSpan]:
    """Actor spans of coded events as S/T/R token spans.

    An actor is R (reciprocal) when the sentence also has the mirror event (B→A with the same
    root as A→B), as triadic codes "A met B". Otherwise sources are S and targets T. Each
    (role, span) is counted once. With ``tokens``, R spans joined only by "and" or a comma ("A and
    B met") become one span, as ConfliBERT annotates a coordinated group. With ``arguments``, an
    actor inside an argument phrase is widened to that phrase, and is R when the phrase is; an
    actor outside all of them gives way to the phrases of its role at the event's trigger, if any;
    and a source or target phrase at an event's trigger that holds no actor of its role is added.
    """
    mirrored = set()
    keys = {(e.source.start, e.source.end, e.target.start, e.target.end, e.root)
            for e in events if e.source and e.target}
    for s0, s1, t0, t1, root in keys:
        if (t0, t1, s0, s1, root) in keys:
            mirrored.add((s0, s1))
            mirrored.add((t0, t1))
    out: dict[tuple[str, int, int], GoldSpan] = {}
    for e in events:
        for actor, role in ((e.source, "S"), (e.target, "T")):
            if actor is None:
                continue
            r: SpanRole = "R" if (actor.start, actor.end) in mirrored else ("S" if role == "S" else "T")
            start, end = actor.start, actor.end
            phrase = _phrase_of(start, end, arguments)
            own = [a for a in arguments if a.role == role and a.trigger == e.position]
            if phrase is None and own:
                # The actor lies outside every argument phrase (a party found elsewhere in the
                # sentence): the trigger's own argument phrases of that role stand for it.
                for a in own:
                    toks = tokens_of_span(offsets, a.start, a.end)
                    if toks is not None:
                        out.setdefault((a.role, *toks), GoldSpan(role=a.role, start=toks[0], end=toks[1]))
                continue
            if phrase is not None:
                start, end = phrase.start, phrase.end
                r = "R" if phrase.role == "R" else r
            toks = tokens_of_span(offsets, start, end)
            if toks is not None:
                out.setdefault((r, *toks), GoldSpan(role=r, start=toks[0], end=toks[1]))
    # A source or target phrase at an event's trigger that no event actor lies in still counts:
    # "declared a curfew in X" is coded with no target actor, "mediation between X and Y" with one.
    for at in {e.position for e in events}:
        here = [e for e in events if e.position == at]
        sides = {"S": [e.source for e in here if e.source], "T": [e.target for e in here if e.target]}
        for a in arguments:
            if a.trigger != at or a.role not in sides:
                continue
            if any(a.start <= x.start and x.end <= a.end for x in sides[a.role]):
                continue
            toks = tokens_of_span(offsets, a.start, a.end)
            if toks is not None:
                out.setdefault((a.role, *toks), GoldSpan(role=a.role, start=toks[0], end=toks[1]))
    spans = list(out.values())
    return _merge_coordinated(spans, tokens) if tokens is not None else spans
