"""A bare boat seized or stopped together with a country's fishermen is theirs ("arrested 18 Indian fishermen
and seized three trawlers" -> the trawlers are India's)."""

from __future__ import annotations

from spacy.tokens import Token

from triadic.actors._domestic import give_country
from triadic.actors._relations import relation_words
from triadic.actors._types import Mention
from triadic.actors._work import Work
from triadic.model import Actor

__all__ = ["crews_vessels", "merchant_crews", "state_vessels"]

# Roles of the people whose nationality their vessel shares: fishermen work their own country's boats, while a
# merchant ship's crew is often of another nation than its flag ("a tanker and its Filipino crew").
_CREW_ROLES = frozenset({"AGR"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def crews_vessels(work: Work) -> None:
    """Give a bare vessel the country of the people named with it: the object of a coordinated verb
    ("arrested Indian fishermen and seized their trawlers") or the people it carries ("boats carrying
    Vietnamese fishermen"). Left alone when the people are of several countries."""
    rw = relation_words()
    by_head: dict[int, Mention] = {}
    for m in work.live():
        by_head[work.root(m.start, m.end).i] = m
    for m in work.live():
        a = m.actor
        if a.country is not None or a.role != "BUS" or m.via != "role" or m.members:
            continue
        tok = work.root(m.start, m.end)
        if tok.lemma_.lower() not in rw.vessels:
            continue
        found = {p.actor.country for p in _people_with(tok, by_head) if p.actor.country}
        if len(found) == 1:
            give_country(work, m, next(iter(found)))


def state_vessels(work: Work) -> None:
    """A generic craft named by a nationality alone is that state ("Chinese vessels" CHN, not CHNBUS): a
    state's ships at sea act for it; craft named by a trade or a flag stay businesses."""
    rw = relation_words()
    for m in work.live():
        a = m.actor
        if a.role != "BUS" or a.country is None or m.via != "role" or m.members:
            continue
        tok = work.root(m.start, m.end)
        if tok.lemma_.lower() not in rw.state_craft:
            continue
        rest = [t for t in work.toks[m.start:m.end] if t.i != tok.i]
        # the nationality must be written in the mention itself, not given later by its crew or context
        if not any(t.ent_type_ in ("NORP", "GPE") for t in rest):
            continue
        if not all(t.ent_type_ in ("NORP", "GPE") or t.pos_ in ("DET", "NUM", "PUNCT", "CCONJ")
                   or t.lower_ in rw.state_craft_modifiers for t in rest):
            continue
        work.add(m.start, m.end, work.dictionary.countries.state_actor(a.country), m.via)


def _people_with(vessel: Token, by_head: dict[int, Mention]) -> list[Mention]:
    """People mentions named alongside the vessel: objects of verbs coordinated with its verb, or of a
    participle on the vessel itself ("carrying", "with")."""
    verbs: list[Token] = []
    if vessel.dep_ in _OBJECT_DEPS:
        v = vessel.head
        verbs.extend(c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB")
        if v.dep_ == "conj" and v.head.pos_ == "VERB":
            verbs.append(v.head)
    verbs.extend(c for c in vessel.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB")
    out: list[Mention] = []
    for v in verbs:
        for c in v.children:
            if c.dep_ not in _OBJECT_DEPS:
                continue
            m = by_head.get(c.i)
            if m is None and c.dep_ == "dobj":
                # "18 Indian fishermen": the mention's head may be a number's noun
                m = next((by_head[t.i] for t in c.subtree if t.i in by_head), None)
            if m is not None and m.actor.role in _CREW_ROLES and m.actor.country and not m.members:
                out.append(m)
    return out


def merchant_crews(work: Work) -> None:
    """Sailors in a sentence about a merchant vessel that names no navy are its civilian crew ("Filipino
    sailors aboard a bulk carrier" CVL); a navy's sailors stay its military."""
    rw = relation_words()
    for m in work.live():
        if m.actor.role != "MIL" or m.via != "role" or m.members:
            continue
        tok = work.root(m.start, m.end)
        if tok.lemma_.lower() not in rw.seafarers:
            continue
        sent = work.sent_of(m.start)
        lemmas = {t.lemma_.lower() for t in sent}
        if lemmas & rw.naval or not lemmas & (rw.vessels - rw.naval):
            continue
        a = m.actor
        country = a.country
        c = work.dictionary.countries.get(country) if country else None
        code = (c.cameo if c else "") + "CVL"
        name = f"{c.name} civilians" if c else m.text
        work.add(m.start, m.end, Actor(code=code, country=country, role="CVL", name=name, kind=a.kind), m.via)
