"""Capitals hit by violence stand for the country, not its government ("drones struck Kyiv" -> UKR)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from triadic.actors._countries import shipped_data_dir
from triadic.actors._work import Work
from triadic.actors._yaml import read_yaml_cached, word_set

__all__ = ["boundary_place", "boundary_side", "capitals_as_targets", "hosts_a_post", "in_what_is_hit",
           "is_attacked", "is_measured", "place_of_name", "target_words", "TargetWords"]

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
    area_measures: frozenset[str] = frozenset()  # "a curfew in X": the area is what the measure acts on
    holding_verbs: frozenset[str] = frozenset()  # "a checkpoint manned by X": the site is X's
    post_nouns: frozenset[str] = frozenset()  # "its embassy in Tehran": the place hosts the post
    boundary_nouns: frozenset[str] = frozenset()  # "near the Indian border": where, on either side
    boundary_preps: frozenset[str] = frozenset()
    # "took control of a village in X": taking control of ground is capturing it
    control_nouns: frozenset[str] = frozenset()
    control_verbs: frozenset[str] = frozenset()
    # "herdsmen killed 40 farmers": verbs of violence on people whose doers act as an armed band
    killing_verbs: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def target_words() -> TargetWords:
    """The shipped word lists (read once)."""
    data = read_yaml_cached(shipped_data_dir() / "targets.yaml") or {}
    def words(key: str) -> frozenset[str]:
        return word_set(data, key)

    return TargetWords(verbs=words("verbs"), nouns=words("nouns"), setting_preps=words("setting_preps"),
                       place_nouns=words("place_nouns"), area_measures=words("area_measures"),
                       holding_verbs=words("holding_verbs"), post_nouns=words("post_nouns"),
                       boundary_nouns=words("boundary_nouns"), boundary_preps=words("boundary_preps"),
                       control_nouns=words("control_nouns"), control_verbs=words("control_verbs"),
                       killing_verbs=words("killing_verbs"))


def place_of_name(tok: Token, place_nouns: frozenset[str]) -> Token | None:
    """The place noun whose "of" ``tok`` is the object of ("the village of X", "the province of Cauca":
    ``place_nouns``), or None."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in place_nouns:
        return head.head
    return None


def boundary_place(tok: Token, words: TargetWords | None = None) -> bool:
    """``tok`` heads a boundary reached as a place ("near [the Indian border]", "along [the border] with
    Benin", "off [the Greek coast]"): it says where, on either side of the line, so the country named on
    it is no party there (``boundary_nouns``, ``boundary_preps``). The one test of "a boundary is where,
    not who" for the actor resolver and the event coder alike."""
    w = words or target_words()
    if tok.lemma_.lower() not in w.boundary_nouns and tok.lower_ not in w.boundary_nouns:
        return False
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    # "carried out strikes on the Lebanese border", "fired at the Lebanese border": force aimed at a
    # border hits that country's border land, a target, not a place
    return tok.dep_ == "pobj" and tok.head.lower_ in w.boundary_preps and not is_attacked(tok, w)


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


def boundary_side(tok: Token, words: TargetWords | None = None) -> bool:
    """``tok`` is the country word of a boundary reached as a place ("near the [Indian] border", "near
    the border with [Benin]", "off [Greece]'s coast"): a side of the line, not where the sentence is set."""
    if tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.i > tok.i:
        return boundary_place(tok.head, words)
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.dep_ == "prep":
        return boundary_place(tok.head.head, words)
    return False


def hosts_a_post(tok: Token, words: TargetWords) -> bool:
    """True when ``tok`` (a place's head after a setting preposition) is where a state's post is: "its
    embassy in Tehran", or a verb's place when its object is a post ("shut its consulate in Shanghai")."""
    host = tok.head.head
    if host.lemma_.lower() in words.post_nouns:
        return True
    return host.pos_ == "VERB" and any(c.dep_ in _OBJECT_DEPS and c.lemma_.lower() in words.post_nouns
                                       for c in host.children)


def in_what_is_hit(tok: Token, words: TargetWords) -> bool:
    """True when ``tok`` (a place's head after a setting preposition) locates what a violent verb hits:
    "struck power stations in the Kharkiv region", "bombed a school in a village near Kupiansk"."""
    host = tok.head.head
    # climb through further places of the same phrase ("a school in a village in X")
    for _ in range(3):
        if host.dep_ == "pobj" and host.head.lower_ in words.setting_preps and host.pos_ in ("NOUN", "PROPN"):
            host = host.head.head
        else:
            break
    if host.dep_ == "pobj" and host.head.lower_ == "of" and host.pos_ in ("NOUN", "PROPN"):
        # "took control of a village in the Donetsk region": the ground control is taken of is what is
        # captured (the parser hangs "of" on "control" or on the verb itself)
        gov = host.head.head
        taker = gov.head if gov.dep_ in _OBJECT_DEPS and gov.pos_ == "NOUN" else gov
        if taker.pos_ == "VERB" and taker.lemma_.lower() in words.control_verbs and any(
                c.dep_ in _OBJECT_DEPS and c.lemma_.lower() in words.control_nouns for c in taker.children):
            return True
    if host.pos_ == "VERB":
        verb = host  # the parser often hangs the place on the verb ("shelled villages near X")
        if not any(c.dep_ in _OBJECT_DEPS for c in verb.children):
            return False  # "fighting broke out in X", "troops struck in X": where, not what
    elif host.pos_ in ("NOUN", "PROPN") and host.dep_ in _OBJECT_DEPS:
        verb = host.head
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in words.verbs


def _measure(noun: Token, words: TargetWords) -> bool:
    """The noun names a measure imposed on an area: "curfew", "a state of emergency", "martial law"."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.lemma_.lower() in words.area_measures:
        return True
    # "state of emergency", "martial law": the measure is in the word the head noun carries
    return any(
        (c.dep_ == "amod" and c.lower_ in words.area_measures)
        or (c.dep_ == "prep" and c.lower_ == "of"
            and any(o.dep_ == "pobj" and o.lemma_.lower() in words.area_measures for o in c.children))
        for c in noun.children
    )


def is_measured(tok: Token, words: TargetWords) -> bool:
    """True when ``tok`` (a place's head) is the area a measure is imposed on: "a curfew in X",
    "imposed a curfew in X" (the parser may hang "in X" on the verb)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "on", "over", "across", "throughout"):
        return False
    gov = tok.head.head
    if _measure(gov, words):
        return True
    if tok.head.lower_ == "in" and gov.pos_ == "NOUN" and gov.lemma_.lower() in words.nouns:
        return True  # "the bombing in Kandahar": the place hit, as for a capital
    return gov.pos_ == "VERB" and any(c.dep_ == "dobj" and _measure(c, words) for c in gov.children)


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
        tok = work.root(m.start, m.end)
        if not (is_attacked(tok, words) or _setting(tok, words)):
            continue
        actor = work.dictionary.countries.state_actor(m.actor.country)
        work.add(m.start, m.end, actor, "capital")
