"""A transnational armed group's branch or fighters in one country are that country's rebels ("the Afghan
branch of Islamic State" -> AFGREB, "Islamic State fighters in Somalia" -> SOMREB)."""

from __future__ import annotations

from spacy.tokens import Token

from triadic.actors._domestic import PLACE_VIAS as _PLACE_VIAS
from triadic.actors._domestic import in_setting
from triadic.actors._nationals import nation_of
from triadic.actors._owners import country_mention
from triadic.actors._relations import participle, relation_words
from triadic.actors._targets import target_words
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
    cross = relation_words().cross_border
    for m in work.live():
        a = m.actor
        if cross and a.country is not None and not m.members and work.doc[m.start].lower_ in cross:
            _across_border(work, m)
            continue
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
        inner = _nationality_inside(work, m)
        if inner is not None:
            _recode_in_place(work, m, inner)  # "Nigerian Islamic State fighters" fight in Nigeria
            continue
        country = _setting_of(work, tok)
        if country is None and tok.pos_ == "NOUN":
            # "Islamic State fighters" (a common noun on the name) are the local branch where the sentence
            # is set; the organisation by its bare name ("Islamic State claimed ...") stays itself
            country = _sentence_setting(work, m)
        if country is not None:
            _recode(work, m, country, m.start, m.end)


def _nationality_inside(work: Work, m: Mention) -> str | None:
    """The country of a nationality word opening a group's phrase ("Nigerian Islamic State fighters")."""
    doc = work.doc
    k = m.start
    forms = relation_words().sponsor_forms
    # "US-backed Kurdish fighters", "Iran-backed Houthis": the sponsor's name opens the phrase (see
    # absorb_sponsors) but a sponsor never owns the men it backs; read on after its participle
    backed = next((j for j in range(m.start, m.end - 1) if participle(doc[j], forms)), None)
    if backed is not None:
        k = backed + 1
    while k < m.end - 1 and doc[k].pos_ == "DET":
        k += 1
    if k >= m.end - 1 or doc[k].pos_ not in ("ADJ", "PROPN"):
        return None
    return nation_of(work, doc[k].text)


def _recode_in_place(work: Work, m: Mention, iso3: str) -> None:
    """Recode the group mention as ``iso3``'s rebels over its own words."""
    cameo, cname = work.dictionary.countries.code_and_name(iso3)
    name = f"{m.actor.name} ({cname})"
    actor = Actor(code=cameo + "REB", country=iso3, role="REB", name=name, kind="group")
    work.add(m.start, m.end, actor, m.via)


def _across_border(work: Work, m: Mention) -> None:
    """"Taliban insurgents attacked a police post in Pakistan's north-west": fighters of a movement that
    also rules next door, in a sentence set in another single country, are that country's rebels."""
    if work.root(m.start, m.end).pos_ != "NOUN":
        return  # "the Taliban" by name: the movement (or the government it became) itself
    place = _sentence_setting(work, m)
    if place is not None and place.actor.country != m.actor.country:
        _recode(work, m, place, m.start, m.end)


def _sentence_setting(work: Work, m: Mention) -> Mention | None:
    """The one country a sentence names, when it is where the sentence is set ("Islamic State fighters burned
    homes in Cabo Delgado province" -> MOZ): the group acts there, so it is that country's branch."""
    sent = work.sent_of(m.start)
    tw = target_words()
    found: Mention | None = None
    countries: set[str] = set()
    for other in work.live():
        if other.start < sent.start or other.start >= sent.end or other is m:
            continue
        countries |= {a.country for a in other.members if a.country}
        if other.actor.country:
            countries.add(other.actor.country)
        if found is None and other.via in _PLACE_VIAS and country_mention(other) \
                and in_setting(work, other, tw.setting_preps, tw.place_nouns):
            found = other
    return found if found is not None and len(countries) == 1 else None


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
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() not in relation_words().venue_verbs:
        heads.append(tok.head)
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("against", "on"):
        heads.append(tok.head.head)
        if tok.head.head.dep_ == "dobj":
            heads.append(tok.head.head.head)  # "carried out an air strike against IS in ...": on the verb
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
    cameo, cname = work.dictionary.countries.code_and_name(iso3)
    name = f"{m.actor.name} ({cname})"
    actor = Actor(code=cameo + "REB", country=iso3, role="REB", name=name, kind="group")
    if start < m.start or end > m.end:
        work.remove(country)  # the country word is now part of the branch's phrase
    work.add(start, end, actor, m.via)
