"""Hostages an armed group holds are the people of the state the story pits it against."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from triadic.actors._countries import shipped_data_dir
from triadic.actors._domestic import give_country
from triadic.actors._targets import target_words
from triadic.actors._types import Mention
from triadic.actors._work import Work
from triadic.actors._yaml import read_yaml_cached
from triadic.nlp._docs import lower_lemmas

__all__ = ["captives_of_states"]

# Roles a state's own name or body has; the captors' state (if any) is never the captives' one.
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


@dataclass(frozen=True, slots=True)
class CaptiveWords:
    """The ``captive_nouns`` and ``captor_roles`` of ``data/domestic.yaml``."""

    nouns: frozenset[str]
    captor_roles: frozenset[str]


@lru_cache(maxsize=1)
def captive_words() -> CaptiveWords:
    """The shipped lists (read once)."""
    data = read_yaml_cached(shipped_data_dir() / "domestic.yaml") or {}
    return CaptiveWords(nouns=frozenset(str(v).lower() for v in data.get("captive_nouns") or ()),
                        captor_roles=frozenset(str(v).upper() for v in data.get("captor_roles") or ()))


def captives_of_states(work: Work) -> None:
    """Give bare hostages the country of the one state named beside their armed captors.

    "Hamas is to release all hostages under its deal with Israel": the hostages are Israel's people. The
    captors must be an armed non-state group in the same sentence; the state is looked for in that sentence,
    then in the one before; with none or several, the hostages keep no country.
    """
    words = captive_words()
    if words.nouns.isdisjoint(lower_lemmas(work.doc)):
        return  # no word for captives in the document (most documents)
    by_sent: dict[int, list[Mention]] = {}
    for m in work.live():
        by_sent.setdefault(work.sentence_index(m.start), []).append(m)
    for k, mentions in by_sent.items():
        held = [m for m in mentions if m.via == "role" and not m.members
                and work.root(m.start, m.end).lemma_.lower() in words.nouns]
        if not held:
            continue
        captors = [m for m in mentions if not m.members and (
            m.actor.role in words.captor_roles or (m.actor.kind == "group" and m.via in ("igo", "name")))]
        if not captors:
            continue
        theirs = {m.actor.country for m in captors if m.actor.country}
        # "the hostages" took the captors' country from the context, not from a word of its own
        bare = [m for m in held if m.actor.country is None or (
            m.actor.country in theirs and not any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP")
                                                  for t in work.doc[m.start:m.end]))]
        if not bare:
            continue
        iso3 = _one_state(work, mentions, theirs) or _one_state(work, by_sent.get(k - 1, []), theirs)
        if iso3 is not None:
            for m in bare:
                give_country(work, m, iso3)


def _one_state(work: Work, mentions: list[Mention], exclude: set[str]) -> str | None:
    """The single country named as a state (its name or a state body) among ``mentions``, if only one; a
    city or region is only where the story happens ("a deal signed in Sharm el-Sheikh")."""
    states = {m.actor.country for m in mentions
              if m.actor.country and not m.members and m.actor.kind in ("state", "person")
              and (m.actor.role is None or m.actor.role in _STATE_ROLES) and not _setting(work, m)} - exclude
    return next(iter(states)) if len(states) == 1 else None


def _setting(work: Work, m: Mention) -> bool:
    """A city, region or capital that only says where ("signed in Doha"), or any region or city at all."""
    if m.via == "place":
        return True
    tok = work.root(m.start, m.end)
    return m.via == "capital" and tok.dep_ == "pobj" and tok.head.lower_ in target_words().setting_preps
