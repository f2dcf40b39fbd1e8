"""Dictionary entries: what one term can refer to, with its validity dates and context readings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = ["Entry", "Reading", "RoleDef", "PersonRoleDef"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One meaning of a term.

    Args:
        code: full actor code (``PRKGOV``); country: ISO-3 or None; role: first role code or None.
        via: how a match of this term counts (name, adjective, capital, seat, leader, igo...).
        start, end: validity (inclusive); None means open. Leaders are the government only inside it.
        office: for leaders and titles, e.g. ``head_of_state``, ``foreign_minister``.
        surname: the word a later bare mention uses ("Kim", "Moon"); person names only.
        members: for terms naming several actors at once ("the two Koreas"), their codes.
        org_only: the term is also an everyday word ("Apple", "Shell"): it names the actor only where the
            parser tags it an organisation.
        where: ``file:line`` the entry came from, for error messages.
    """

    code: str
    country: str | None
    role: str | None
    name: str
    kind: str
    via: str
    start: date | None = None
    end: date | None = None
    office: str | None = None
    surname: str | None = None
    gender: str | None = None
    members: tuple[str, ...] = ()
    org_only: bool = False
    where: str = ""

    def valid_on(self, day: date | None) -> bool:
        """True when ``day`` lies inside the entry's term (always true without a day)."""
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def overlaps(self, other: Entry) -> bool:
        """True when the two validity periods share at least one day."""
        a0, a1 = self.start or date.min, self.end or date.max
        b0, b1 = other.start or date.min, other.end or date.max
        return a0 <= b1 and b0 <= a1


@dataclass(frozen=True, slots=True)
class Reading:
    """One reading of an ambiguous term, chosen when its context cues beat the others'."""

    entry: Entry
    context_codes: frozenset[str] = field(default_factory=frozenset)
    context_words: frozenset[str] = field(default_factory=frozenset)
    default: bool = False


@dataclass(frozen=True, slots=True)
class RoleDef:
    """A role noun or title ("troops", "foreign ministry", "president") and the role it gives."""

    role: str
    office: str | None = None
    title: bool = False  # can stand before a person's name ("President Moon")
    plural: bool = False
    weapon: bool = False  # stands for its military only as a head noun, never in "the drone strike"


@dataclass(frozen=True, slots=True)
class PersonRoleDef:
    """A noun that makes a named person a non-state actor (analyst, reporter) and what code they get."""

    role: str
    kind: str
