"""People a relative clause says rule a country are that country's: "the soldiers who took power in
Guinea-Bissau" -> GNBMIL even after "Senegal's foreign minister called on ..."."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from triadic.actors._countries import shipped_data_dir
from triadic.actors._owners import country_mention
from triadic.actors._types import Mention
from triadic.actors._work import Work
from triadic.actors._yaml import read_yaml_cached, word_set
from triadic.model import Actor

__all__ = ["RulerWords", "ruled_countries", "ruler_words"]


@dataclass(frozen=True, slots=True)
class RulerWords:
    """Lists of ``data/rulers.yaml``."""

    seize_verbs: frozenset[str]
    rule_verbs: frozenset[str]
    roles: frozenset[str]


@lru_cache(maxsize=1)
def ruler_words() -> RulerWords:
    """The shipped lists (read once)."""
    data = read_yaml_cached(shipped_data_dir() / "rulers.yaml") or {}

    def words(key: str) -> frozenset[str]:
        return word_set(data, key)

    return RulerWords(seize_verbs=words("seize_verbs"), rule_verbs=words("rule_verbs"),
                      roles=frozenset(w.upper() for w in words("roles")))


def _ruled(work: Work, verb: Token, words: RulerWords) -> Mention | None:
    """The country mention ``verb`` says its subject rules ("took power in Niger", "rule Myanmar")."""
    lemma = verb.lemma_.lower()
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in words.seize_verbs and any(o.lower_ == "power" for o in objs):
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for obj in prep.children:
                    m = work.at(obj.i)
                    if obj.dep_ == "pobj" and country_mention(m):
                        return m
        for o in objs:
            for prep in o.children:  # "seized power in Niamey" hung on "power"
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    for obj in prep.children:
                        m = work.at(obj.i)
                        if obj.dep_ == "pobj" and country_mention(m):
                            return m
    if lemma in words.rule_verbs:
        for o in objs:
            m = work.at(o.i)
            if country_mention(m):
                return m
    return None


def ruled_countries(work: Work) -> None:
    """Recode role mentions whose relative clause says they rule a country as that country's."""
    words = ruler_words()
    for m in work.live():
        a = m.actor
        if m.via != "role" or m.members or a.role not in words.roles:
            continue
        head = work.root(m.start, m.end)
        for verb in head.children:
            if verb.dep_ not in ("relcl", "acl") or verb.pos_ != "VERB":
                continue
            place = _ruled(work, verb, words)
            if place is None or place.actor.country in (None, a.country):
                continue
            iso3 = place.actor.country or ""
            c = work.dictionary.countries.get(iso3)
            cameo = c.cameo if c else iso3
            role = a.role or ""
            actor = Actor(code=cameo + role, country=iso3, role=a.role,
                          name=f"{c.name if c else iso3} {work.text_of(m.start, m.end)}", kind="state")
            work.add(m.start, m.end, actor, m.via)
            break
