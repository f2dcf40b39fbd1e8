"""A transnational armed group's branch or fighters in one country are that country's rebels ("the Afghan
branch of Islamic State" -> AFGREB, "Islamic State fighters in Somalia" -> SOMREB)."""

from __future__ import annotations

from spacy.tokens import Token

from triadic.actors._owners import country_mention
from triadic.actors._relations import relation_words
from triadic.actors._types import Mention
from triadic.actors._work import Work
from triadic.model import Actor

__all__ = ["local_branches"]

_COUNTRY_DEPS = frozenset({"amod", "compound", "nmod"})


def local_branches(work: Work) -> None:
    """Recode a group with no country of its own (IMG, ALQ) as the rebels of the one country its phrase
    places it in: a country word on a branch noun ("the Afghan branch of", "'s Somali affiliate") or a
    setting right on the group's phrase ("fighters in Somalia"). Runs before settings are dropped."""
    branches = relation_words().branches
    for m in work.live():
        a = m.actor
        if a.kind != "group" or a.country is not None or m.members or m.via not in ("igo", "name"):
            continue
        tok = work.root(m.start, m.end)
        noun: Token | None = None
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in branches:
            noun = tok.head.head  # "the Afghan branch of Islamic State"
        elif tok.dep_ == "poss" and tok.head.lemma_.lower() in branches:
            noun = tok.head  # "al-Qaeda's Yemeni affiliate"
        if noun is not None:
            country = _country_on(work, noun)
            if country is not None:
                start, end = min(noun.left_edge.i, m.start), max(noun.i + 1, m.end)
                _recode(work, m, country, start, end)
            continue
        country = _setting_of(work, tok)
        if country is not None:
            _recode(work, m, country, m.start, m.end)


def _country_on(work: Work, noun: Token) -> Mention | None:
    """The country mention modifying a branch noun ("Afghan" in "the Afghan branch")."""
    for c in noun.children:
        if c.dep_ in _COUNTRY_DEPS:
            m = work.at(c.i)
            if country_mention(m):
                return m
    return None


def _setting_of(work: Work, tok: Token) -> Mention | None:
    """The country of an "in <place>" on the group's head noun ("Islamic State fighters in Somalia") or on the
    verb of which the group is the object ("bombed Islamic State in eastern Syria")."""
    heads = [tok]
    if tok.dep_ == "dobj":
        heads.append(tok.head)
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("against", "on"):
        heads.append(tok.head.head)
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            m = work.at(obj.i)
            if country_mention(m):
                return m
            # "in the mountains of northeastern Somalia", "in the north of Mali": a part of the country
            for of in obj.children:
                if of.dep_ == "prep" and of.lower_ == "of":
                    inner = next((work.at(c.i) for c in of.children if c.dep_ == "pobj"), None)
                    if country_mention(inner):
                        return inner
    return None


def _recode(work: Work, m: Mention, country: Mention, start: int, end: int) -> None:
    """Replace the group mention by the country's rebels over ``[start, end)``, keeping the group's name."""
    iso3 = country.actor.country or ""
    c = work.dictionary.countries.get(iso3)
    cameo = c.cameo if c else iso3
    name = f"{m.actor.name} ({c.name if c else iso3})"
    actor = Actor(code=cameo + "REB", country=iso3, role="REB", name=name, kind="group")
    if start < m.start or end > m.end:
        work.remove(country)  # the country word is now part of the branch's phrase
    work.add(start, end, actor, m.via)
