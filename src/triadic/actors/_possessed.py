"""A named state body another country owns by a possessive is that country's: "Belarus's KGB" -> BLRSPY,
though the dictionary's "KGB" is Russia's (as "Peru's Congress" is Peru's, not the US one)."""

from __future__ import annotations

from triadic.actors._owners import country_mention
from triadic.actors._work import Work
from triadic.model import Actor

__all__ = ["owned_bodies"]

_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def owned_bodies(work: Work) -> None:
    """Recode a named state body right after "<country>'s" as that country's body of the same role."""
    doc = work.doc
    for m in work.live():
        a = m.actor
        if m.via != "name" or m.members or a.kind != "state" or a.role is None or a.country is None:
            continue
        k = m.start - 1
        if k < 1 or doc[k].lower_ not in _POSSESSIVE:
            continue
        owner = work.at(k - 1)
        if owner is None or not country_mention(owner) or owner.end != k or owner.members:
            continue
        iso3 = owner.actor.country
        if iso3 is None or iso3 == a.country:
            continue
        cameo, cname = work.dictionary.countries.code_and_name(iso3)
        name = f"{cname} {work.text_of(m.start, m.end)}"
        actor = Actor(code=cameo + a.role, country=iso3, role=a.role, name=name, kind="state")
        work.add(m.start, m.end, actor, "role")
