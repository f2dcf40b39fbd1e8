"""Coordinated role nouns share a trailing "of <country>": "the farmers and traders of Ghana" are both
Ghana's, though the parser and the mention of the last noun hold the country alone; "the people and
government of Malawi" together are the nation, Malawi."""

from __future__ import annotations

from triadic.actors._types import Mention
from triadic.actors._work import Work
from triadic.model import Actor

__all__ = ["shared_of_country", "shared_role_of_countries"]

# How the nouns before the country are recognised: bare roles ("the people") and titles ("leaders").
_VIAS = frozenset({"role", "title"})
# A state's people beside its government: together they are the nation.
_NATION = frozenset({"CVL", "GOV"})


def shared_of_country(work: Work) -> None:
    """Give a role noun with no country in its own words the country of the next coordinated role noun
    that ends in "of X" ("the people and government of X", "to the families and leaders of X")."""
    live = work.live()
    for m, nxt in zip(live, live[1:], strict=False):
        if m.via != "role" or m.members or m.actor.role is None or work.at(m.start) is not m:
            continue
        # a country written in the noun's own words stays; one inferred from context ("the people" as the
        # speaker's) gives way to the "of" phrase the two nouns share
        if m.actor.country is not None and (m.actor.country == nxt.actor.country or any(
                t.pos_ != "DET" and t.text[:1].isupper() for t in work.toks[m.start:m.end])):
            continue
        if nxt.via not in _VIAS or nxt.actor.country is None or nxt.start != m.end + 1:
            continue
        if work.toks[m.end].lower_ != "and":
            continue
        # the country must be named in the other noun's own "of" phrase, not by an adjective on it
        if not any(t.lower_ == "of" for t in work.toks[nxt.start:nxt.end]):
            continue
        iso3 = nxt.actor.country
        a = m.actor
        role = a.role or ""  # checked above; spelt out for the type checker
        if {role, nxt.actor.role} == _NATION:
            # "the people and government of X" (thanked, consoled, greeted) is the nation as a whole
            work.add(m.start, nxt.end, work.dictionary.countries.state_actor(iso3), "name")
            continue
        cameo, cname = work.dictionary.countries.code_and_name(iso3)
        actor = Actor(code=cameo + role, country=iso3, role=role, name=f"{cname} {m.text}",
                      kind="state" if a.kind == "group" else a.kind)
        work.add(m.start, m.end, actor, m.via)


def shared_role_of_countries(work: Work) -> None:
    """A plural role or title noun over coordinated countries ("the leaders of Poland and Lithuania",
    "the foreign ministers of Japan and South Korea") is that body of each country: the later countries
    take the role, and the noun's mention lists every side as ``members`` (as "Polish and Lithuanian
    leaders" does), so each side is a party to what is done to or by them."""
    for m in work.live():
        role, iso3 = m.actor.role, m.actor.country
        if m.via not in _VIAS or m.members or role is None or iso3 is None or m.actor.kind != "state":
            continue
        head = work.toks[m.start:m.end]
        of = next((t for t in head if t.lower_ == "of" and t.dep_ == "prep"), None)
        if of is None or of.head.tag_ != "NNS" or of.head.i < m.start:
            continue
        country = next((t for t in head if t.dep_ == "pobj" and t.head.i == of.i), None)
        if country is None:
            continue
        sides: list[tuple[Mention, Actor]] = []
        for c in country.conjuncts:
            if c.i < country.i:
                continue
            other = work.at(c.i)
            # only a state named bare ("and Lithuania"), not a body of its own ("and Germany's army")
            if other is None or other is m or other.actor.role is not None or other.actor.kind != "state" \
                    or other.actor.country in (None, iso3):
                continue
            ocameo, oname = work.dictionary.countries.code_and_name(other.actor.country)
            name = f"{oname} {head[-1].text if head else ''}".strip()
            sides.append((other, Actor(code=ocameo + role,
                                       country=other.actor.country, role=role, name=name, kind="state")))
        if not sides:
            continue
        members = (m.actor, *(a for _, a in sides))
        for other, actor in sides:
            work.add(other.start, other.end, actor, m.via)
        work.add(m.start, m.end, m.actor, m.via, members=members)
