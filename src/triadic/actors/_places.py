"""Cities and regions: a place that is only the setting of an event is no actor ("talks in Geneva")."""

from __future__ import annotations

from triadic.actors._relations import departs_from, relation_words
from triadic.actors._targets import (
    hosts_a_post,
    in_what_is_hit,
    is_attacked,
    is_measured,
    place_of_name,
    target_words,
)
from triadic.actors._work import Work

__all__ = ["drop_settings"]

_THING_ENTS = frozenset({"FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
_MODIFIER_DEPS = frozenset({"compound", "appos", "nmod", "amod", "poss"})


def drop_settings(work: Work) -> None:
    """Remove place mentions that only say where an event happened; keep those that act or are hit.

    Runs after role composition, so a place has already given "police in Mosul" its country and voted
    for the country the story is about; here the bare setting itself stops being an actor.
    """
    words = target_words()
    rw = relation_words()
    for m in work.live():
        if m.via != "place":
            continue
        tok = work.root(m.start, m.end)
        # Climb from the name to the phrase that names the place ("Herat" -> "province" in "in Herat
        # province", "Mosul" -> "city" in "the city of Mosul").
        for _ in range(3):
            head = tok.head
            if tok.dep_ in _MODIFIER_DEPS and head.lemma_.lower() in words.place_nouns:
                tok = head
            elif (place := place_of_name(tok, words.place_nouns)) is not None:
                tok = place
            else:
                break
        left = tok.head.lower_ == "from" and departs_from(tok.head, rw)  # "withdrew troops from Abyei"
        # "held in occupied Melitopol": a place named as another state's ground says who holds it
        occupied = any(w.lower_.rsplit("-", 1)[-1] == "occupied" for w in tok.lefts)
        if tok.dep_ == "pobj" and tok.head.lower_ in words.setting_preps and not is_attacked(tok, words) \
                and not left and not is_measured(tok, words) and not in_what_is_hit(tok, words) \
                and not occupied and not hosts_a_post(tok, words):
            work.remove(m)
        elif tok.dep_ == "compound" and tok.head.ent_type_ in _THING_ENTS \
                and tok.head.lemma_.lower() not in words.place_nouns | words.nouns:
            work.remove(m)  # a name on a thing ("the Suez Canal", "the Sochi Olympics"), not an actor
