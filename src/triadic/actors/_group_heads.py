"""The head of a body the resolver cannot name is no head of state: "the leader of a banned faction" or "the
sect's chief" loses the state code a bare "the leader" would take from the article's country."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from triadic.actors._countries import shipped_data_dir
from triadic.actors._work import Work
from triadic.actors._yaml import read_yaml_cached, word_set

__all__ = ["GroupHeadWords", "group_head_words", "heads_of_unnamed_bodies"]


@dataclass(frozen=True, slots=True)
class GroupHeadWords:
    """Lists of ``data/group_heads.yaml``."""

    heads: frozenset[str]
    state_nouns: frozenset[str]


@lru_cache(maxsize=1)
def group_head_words() -> GroupHeadWords:
    """The shipped lists (read once)."""
    data = read_yaml_cached(shipped_data_dir() / "group_heads.yaml") or {}
    return GroupHeadWords(heads=word_set(data, "heads"), state_nouns=word_set(data, "state_nouns"))


def heads_of_unnamed_bodies(work: Work) -> None:
    """Drop a bare leader title ("the leader", "the chief") that heads a common-noun body no mention names
    ("of a banned faction", "the movement's"): its country came from the context, and its role is the
    body's, which the resolver does not know."""
    words = group_head_words()
    for m in work.live():
        a = m.actor
        if a.role != "GOV" or m.via != "role" or m.members:
            continue
        tok = work.root(m.start, m.end)
        if tok.lemma_.lower() not in words.heads:
            continue
        # Words of the mention naming a country ("the Nigerian leader") make it a state's head after all.
        if any(t.ent_type_ in ("GPE", "NORP") for t in work.toks[m.start:m.end]):
            continue
        body = _headed_body(tok)
        if body is None or body.pos_ != "NOUN" or body.lemma_.lower() in words.state_nouns:
            continue
        owner = work.at(body.i)
        if (owner is not None and owner is not m) or any(t.ent_type_ for t in body.subtree):
            continue  # a named or resolved body decides the head itself
        work.remove(m)


def _headed_body(tok: Token) -> Token | None:
    """What the title heads: its "of" object ("leader of a faction"), or its possessor ("the faction's
    leader")."""
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"):
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None
