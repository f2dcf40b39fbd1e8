"""Records of the actor layer: mentions found in a parsed article and the index over them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from triadic.model import Actor

__all__ = ["Mention", "MentionIndex", "Country", "Via", "VIAS"]

Via = str
VIAS: tuple[str, ...] = (
    "name", "adjective", "capital", "seat", "place", "leader", "title", "role", "igo", "coref", "person",
)


@dataclass(frozen=True, slots=True)
class Country:
    """One country or territory with its code crosswalk.

    Args:
        cameo: the CAMEO code where CAMEO differs from ISO (``KSV``, ``ROM``), else the ISO-3 code.
        cow: Correlates of War numeric code; fips: FIPS 10-4 code; None where none exists.
        historical: a state that no longer exists (``USR``, ``YUG``); kept for old articles.
    """

    iso3: str
    iso2: str | None
    cameo: str
    name: str
    cow: int | None = None
    fips: str | None = None
    historical: bool = False
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of the article that names an actor.

    Args:
        start, end: spaCy token indices, end exclusive.
        start_char, end_char: character offsets into ``doc.text``.
        via: how it was recognised: name, adjective, capital, seat, place (a city or region standing for
            its country), leader, title, role, igo, coref, person.
        antecedent_text: for coreference, the text of the mention it was linked to.
        members: for plural references ("the two sides", "both Koreas", "they" after "India and
            Pakistan", "their ministers" after two states), every actor meant; ``actor`` is the first of
            them. In a coordinated phrase ("Indian and Pakistani troops") each side has its own mention, and
            the one on the head noun ("Pakistani troops") lists every side.
    """

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    actor: Actor
    via: str
    antecedent_text: str | None = None
    members: tuple[Actor, ...] = ()
    antecedent_start: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain fields for JSON and CSV output."""
        a = self.actor
        return {"text": self.text, "start": self.start_char, "end": self.end_char, "code": a.code,
                "country": a.country, "role": a.role, "name": a.name, "kind": a.kind,
                "political": a.is_political, "via": self.via, "antecedent": self.antecedent_text,
                "members": [m.code for m in self.members]}


@dataclass(slots=True)
class MentionIndex:
    """The mentions of one article in text order, non-overlapping, with lookup by token."""

    mentions: list[Mention] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def __len__(self) -> int:
        return len(self.mentions)

    def __iter__(self) -> Iterator[Mention]:
        return iter(self.mentions)

    def at(self, token_i: int) -> Mention | None:
        """The mention covering token ``token_i``, or None."""
        k = bisect_left(self._starts, token_i + 1) - 1
        if k >= 0 and self.mentions[k].start <= token_i < self.mentions[k].end:
            return self.mentions[k]
        return None

    def in_range(self, start_tok: int, end_tok: int) -> list[Mention]:
        """Mentions lying wholly inside tokens ``[start_tok, end_tok)``."""
        k = bisect_left(self._starts, start_tok)
        out: list[Mention] = []
        while k < len(self.mentions) and self.mentions[k].start < end_tok:
            if self.mentions[k].end <= end_tok:
                out.append(self.mentions[k])
            k += 1
        return out

    def codes(self) -> list[str]:
        """Actor codes of every mention, in text order (handy in tests and debugging)."""
        return [m.actor.code for m in self.mentions]
