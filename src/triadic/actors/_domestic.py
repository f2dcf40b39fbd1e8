"""Bare non-state roles a state's police or courts act on at home take that state's country
("Kenyan police arrested protesters" -> KENCOP and KENOPP)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from triadic.actors._countries import shipped_data_dir
from triadic.actors._targets import target_words
from triadic.actors._types import Mention
from triadic.actors._work import Work
from triadic.actors._yaml import read_yaml_cached
from triadic.model import Actor

__all__ = ["home_people"]


@dataclass(frozen=True, slots=True)
class DomesticWords:
    """Roles of ``data/domestic.yaml``."""

    home_roles: frozenset[str]
    people_roles: frozenset[str]
    control_verbs: frozenset[str] = frozenset()
    state_roles: frozenset[str] = frozenset()
    named_roles: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def domestic_words() -> DomesticWords:
    """The shipped role lists (read once)."""
    data = read_yaml_cached(shipped_data_dir() / "domestic.yaml") or {}

    def roles(key: str) -> frozenset[str]:
        return frozenset(str(v).upper() for v in data.get(key) or ())

    return DomesticWords(home_roles=roles("home_roles"), people_roles=roles("people_roles"),
                         control_verbs=frozenset(str(v).lower() for v in data.get("control_verbs") or ()),
                         state_roles=roles("state_roles"), named_roles=roles("named_roles"))


def home_people(work: Work) -> None:
    """Give a bare role mention ("protesters", "students") the country of the police or court acting in
    its sentence, or of the place the sentence is set in ("protesters rallied in Cairo"), when that
    sentence names no other country; a bare "police" or "a court" takes the country of that place too
    ("... in Nairobi, Kenya"). Runs before settings are dropped, so a foreign place ("protesters in
    Kampala") still counts as another country."""
    words = domestic_words()
    setting = target_words().setting_preps
    by_sent: dict[int, list[Mention]] = {}
    for m in work.live():
        by_sent.setdefault(work.sentence_index(m.start), []).append(m)
    for mentions in by_sent.values():
        countries = {m.actor.country for m in mentions if m.actor.country}
        countries |= {a.country for m in mentions for a in m.members if a.country}
        if len(countries) != 1:
            continue
        iso3 = next(iter(countries))
        # "Police arrested ... in Nairobi": where the sentence happens is whose police act, never the
        # country of whom they act on ("police arrested a Russian national")
        set_in = any(m.via in _PLACE_VIAS and _in_setting(work, m, setting) or _placed(work, m, setting)
                     for m in mentions)
        homes = [m for m in mentions if m.actor.role in words.home_roles and not m.members
                 and (m.actor.country or (set_in and m.via == "role"))]
        controlled = _controlled(work, mentions, words)
        if not (homes or set_in or controlled):
            continue  # "protesters rallied in Cairo": people where the sentence is set are its people
        for m in mentions:
            a = m.actor
            if (a.country is None and m.via == "person" and not m.members and a.role in words.named_roles
                    and work.doc[m.start:m.end].root.i in controlled):
                # "a Chilean court freed activist Juan Soto": a named person a state's act of control
                # deals with at home
                _give(work, m, iso3)
                continue
            if a.country is not None or m.via != "role" or m.members:
                continue
            home = a.role in words.people_roles or (a.role in words.home_roles and set_in)
            if (homes or set_in) and home:
                _give(work, m, iso3)
            elif a.role in words.people_roles and work.doc[m.start:m.end].root.i in controlled:
                _give(work, m, iso3)


def _controlled(work: Work, mentions: list[Mention], words: DomesticWords) -> set[int]:
    """Tokens under the object of a verb of control whose subject is the state ("Libya freed 37
    prisoners": the tokens of "37 prisoners")."""
    out: set[int] = set()
    for m in mentions:
        a = m.actor
        if a.country is None or m.members or not (a.role is None or a.role in words.state_roles):
            continue
        tok = work.doc[m.start:m.end].root
        verb = tok.head
        if tok.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent":
            verb = verb.head  # "were released by the government"
        elif tok.dep_ != "nsubj":
            continue
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.control_verbs:
            continue
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass"):
                out.update(t.i for t in c.subtree)
    return out


# How a place mention was recognised: a city, region or capital, or a country's name.
_PLACE_VIAS = frozenset({"place", "capital", "name"})


def _in_setting(work: Work, m: Mention, preps: frozenset[str]) -> bool:
    """The mention is where something happens: the object of a setting preposition ("in Nairobi"), or
    in apposition to one ("in Nairobi, Kenya")."""
    tok = work.doc[m.start:m.end].root
    while tok.dep_ in ("appos", "conj", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in preps


def _placed(work: Work, m: Mention, preps: frozenset[str]) -> bool:
    """A role mention that took its country from the place it is in ("students in Dhaka")."""
    if m.via != "role" or m.actor.country is None:
        return False
    return any(t.dep_ == "pobj" and t.head.lower_ in preps and t.head.i >= m.start
               and t.ent_type_ in ("GPE", "LOC") for t in work.doc[m.start:m.end])


def _give(work: Work, m: Mention, iso3: str) -> None:
    """Recode a bare role mention (or a named person's) as ``iso3``'s."""
    a = m.actor
    c = work.dictionary.countries.get(iso3)
    kind = "state" if a.kind == "group" else a.kind  # a country's people, as compose_roles codes them
    # a person keeps their own name; a bare role is named for its country ("Kenya protesters")
    name = a.name if m.via == "person" else f"{c.name if c else iso3} {a.name}"
    actor = Actor(code=(c.cameo if c else iso3) + a.code, country=iso3, role=a.role, name=name, kind=kind)
    work.add(m.start, m.end, actor, m.via)
