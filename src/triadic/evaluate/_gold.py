"""Typed gold records shared by every reader and by the metrics."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from triadic.evaluate._labels import actor_codes

__all__ = [
    "GOLD_FORMATS",
    "GoldFormat",
    "GoldActor",
    "GoldEvent",
    "GoldSpan",
    "GoldRecord",
    "GoldSet",
    "Skipped",
    "SpanRole",
    "gold_actor",
]

GoldFormat = Literal["petrarch-xml", "plover-json", "conflibert-class", "conflibert-ner", "jsonl"]
GOLD_FORMATS: tuple[str, ...] = ("petrarch-xml", "plover-json", "conflibert-class", "conflibert-ner", "jsonl")
SpanRole = Literal["S", "T", "R"]


@dataclass(frozen=True, slots=True)
class GoldActor:
    """An annotated actor: its code split into a country-level identity and a role."""

    code: str | None
    country: str | None
    role: str | None
    text: str | None = None


def gold_actor(code: str | None, *, role: str | None = None, text: str | None = None) -> GoldActor:
    """A GoldActor from a CAMEO actor code; ``role`` (a PLOVER sector such as GOV) fills a missing role.

    A sector that is not a CAMEO role code ("Government") is ignored rather than guessed.
    """
    codes = actor_codes()
    country, code_role = codes.split(code)
    clean = code.strip().upper() if code and code.strip() else None
    extra = role.strip().upper() if role else None
    return GoldActor(code=clean, country=country, role=code_role or (extra if extra in codes.roles else None),
                     text=text)


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One expected event. ``sources``/``targets`` hold alternatives (PLOVER lists several actors)."""

    sources: tuple[GoldActor, ...] = ()
    targets: tuple[GoldActor, ...] = ()
    code: str | None = None
    plover: str | None = None

    @property
    def root(self) -> str | None:
        return self.code[:2] if self.code else None

    @property
    def code3(self) -> str | None:
        # A bare root ("04") means "not specified below", which CAMEO writes as "040".
        if not self.code:
            return None
        return self.code[:3] if len(self.code) >= 3 else self.code + "0"

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": [a.code for a in self.sources] or None,
            "target": [a.code for a in self.targets] or None,
            "code": self.code,
            "plover": self.plover,
        }


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """An annotated actor span over tokens ``[start, end)``: S source, T target, R reciprocal."""

    role: SpanRole
    start: int
    end: int


@dataclass(slots=True)
class GoldRecord:
    """One gold sentence (or article) and everything annotated on it.

    Args:
        events: expected events; ``[]`` means "no events" (anything coded is false), and None means
            the gold does not annotate events (a class-only record).
        has_codes, has_actors, has_plover: which parts of ``events`` are annotated and can be scored.
        label: the penta class (0-4) of the main event, if annotated or derivable.
        tokens, token_offsets, spans: the token layer of BIO gold; ``text`` is then the tokens joined
            for the coder, and ``token_offsets`` gives each token's ``(start, end)`` in ``text``.
    """

    id: str
    text: str
    file: str
    line: int
    date: str | None = None
    events: list[GoldEvent] | None = None
    has_codes: bool = False
    has_actors: bool = False
    has_plover: bool = False
    label: int | None = None
    tokens: list[str] | None = None
    token_offsets: list[tuple[int, int]] | None = None
    spans: list[GoldSpan] | None = None
    penta_scheme: str = "cameo"  # how ``label`` groups CAMEO roots: "cameo" or "phoenix"

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line} (record '{self.id}')"


@dataclass(frozen=True, slots=True)
class Skipped:
    """A gold item left out of scoring, and why: reported, never silently dropped."""

    file: str
    line: int
    record: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "record": self.record, "reason": self.reason}

    def __str__(self) -> str:
        return f"{self.file}:{self.line} record '{self.record}': {self.reason}"


@dataclass(slots=True)
class GoldSet:
    """Everything read from one gold file."""

    path: Path
    format: str
    records: list[GoldRecord] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
