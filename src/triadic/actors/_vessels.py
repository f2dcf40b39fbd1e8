"""A bare boat seized or stopped together with a country's fishermen is theirs ("arrested 18 Indian fishermen
and seized three trawlers" -> the trawlers are India's)."""

from __future__ import annotations

from spacy.tokens import Token

from triadic.actors._domestic import give_country
from triadic.actors._relations import relation_words
from triadic.actors._types import Mention
from triadic.actors._work import Work

__all__ = ["crews_vessels"]

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
