"""Capitals hit by violence stand for the country, not its government ("drones struck Kyiv" -> UKR)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from triadic.actors._countries import shipped_data_dir
from triadic.actors._work import Work
from triadic.actors._yaml import read_yaml_cached
from triadic.model import Actor

__all__ = ["capitals_as_targets", "is_attacked", "target_words", "TargetWords"]

_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "obj"})
_TARGET_PREPS = frozenset({"on", "of", "at", "against", "upon", "into"})


@dataclass(frozen=True, slots=True)
class TargetWords:
    """Lemmas of verbs and nouns of violence that make a capital or city the place attacked, and the words
    that make a city only the setting of an event."""

    verbs: frozenset[str]
    nouns: frozenset[str]
    setting_preps: frozenset[str] = frozenset()  # "in Geneva": where, not who
    place_nouns: frozenset[str] = frozenset()  # "Herat province", "the city of Mosul"


@lru_cache(maxsize=1)
def target_words() -> TargetWords:
    """The shipped word lists (read once)."""
    data = read_yaml_cached(shipped_data_dir() / "targets.yaml") or {}
    def words(key: str) -> frozenset[str]:
        return frozenset(str(v).lower() for v in data.get(key) or ())

    return TargetWords(verbs=words("verbs"), nouns=words("nouns"), setting_preps=words("setting_preps"),
                       place_nouns=words("place_nouns"))


def is_attacked(tok: Token, words: TargetWords) -> bool:
    """True when ``tok`` (a capital's head) is the thing a violent verb or noun acts on."""
    head = tok.head
    if tok.dep_ in _OBJECT_DEPS and head.pos_ == "VERB" and head.lemma_.lower() in words.verbs:
        return True
    if tok.dep_ == "pobj" and head.lower_ in _TARGET_PREPS:
        gov = head.head
        if gov.pos_ in ("NOUN", "PROPN") and gov.lemma_.lower() in words.nouns:
            return True  # "strikes on Kyiv", "the siege of Mariupol"
        if gov.pos_ == "VERB" and gov.lemma_.lower() in words.verbs and head.lower_ != "of":
            return True  # "fired missiles at Kyiv"
    return False


def _setting(tok: Token, words: TargetWords) -> bool:
    """The capital is only where something happens ("a hotel in Mogadishu", "rallied in Cairo"): the
    object of a setting preposition, so it names the place, not the government seated there."""
    return tok.dep_ == "pobj" and tok.head.lower_ in words.setting_preps


def capitals_as_targets(work: Work) -> None:
    """Recode capital mentions that are the target of an attack, or only the setting of an event, as the
    country itself."""
    words = target_words()
    for m in work.live():
        if m.via != "capital" or m.members or m.actor.country is None:
            continue
        tok = work.doc[m.start:m.end].root
        if not (is_attacked(tok, words) or _setting(tok, words)):
            continue
        c = work.dictionary.countries.get(m.actor.country)
        actor = Actor(code=c.cameo if c else m.actor.country, country=m.actor.country, role=None,
                      name=c.name if c else m.actor.country, kind="state")
        work.add(m.start, m.end, actor, "capital")
