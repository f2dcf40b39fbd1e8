"""Shared parse helpers: the "place of a name" test, the particle adverbs read from the grammar, and the
summary-object repair reading only the verbs it can change (the sentences are invented)."""

from __future__ import annotations

from spacy.language import Language

from triadic.actors._targets import place_of_name, target_words
from triadic.events._patterns import shipped_patterns
from triadic.events._syntax import prep_objects
from triadic.nlp._participle import repair_summary_objects


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_a_name_after_of_on_a_place_noun_gives_that_noun(nlp: Language) -> None:
    doc = nlp("Gunmen raided the town of Belmora on Sunday.")
    name = _token(doc, "Belmora")
    place = place_of_name(name, target_words().place_nouns)
    assert place is not None and place.lower_ == "town"


def test_a_name_after_of_on_another_noun_gives_none(nlp: Language) -> None:
    doc = nlp("The mayor of Belmora resigned.")
    assert place_of_name(_token(doc, "Belmora"), target_words().place_nouns) is None
    # nor does a word that is no object of "of"
    assert place_of_name(_token(doc, "mayor"), target_words().place_nouns) is None


def test_the_particle_adverbs_come_from_the_grammar() -> None:
    g = shipped_patterns().grammar
    assert g is not None and "back" in g.particle_adverbs


def test_a_preposition_on_a_particle_is_the_verbs_own(nlp: Language) -> None:
    # the parser hangs "at" on "back" here (the shape the grammar's particle_adverbs answers)
    doc = nlp("Ankara fires back at Athens over drilling rights.")
    verb = _token(doc, "fires")
    assert _token(doc, "at").head.lower_ == "back"
    assert [t.text for t in prep_objects(verb, frozenset({"at"}))] == ["Athens"]


def _summary_objects_by_every_head(doc, event_nouns: frozenset[str]) -> None:
    """The repair as it read every verb with a direct object (the reference the faster one must match)."""
    from triadic.nlp._docs import set_off
    from triadic.nlp._participle import _NOUNS, _SUMMARY_OPENERS

    for i in sorted({t.head.i for t in doc if t.dep_ == "dobj"}):
        verb = doc[i]
        kids = list(verb.children)
        objs = [c for c in kids if c.dep_ == "dobj"]
        for obj in objs:
            edge = obj.left_edge
            if obj.i < verb.i or obj.tag_ not in _NOUNS or edge.tag_ not in _SUMMARY_OPENERS:
                continue
            if not set_off(doc, edge.i) or obj.lemma_.lower() in event_nouns:
                continue
            if any(o.i < obj.i for o in objs if o is not obj) or any(
                    c.dep_ == "parataxis" and c.i < obj.i for c in kids):
                obj.dep_ = "appos"


def test_the_summary_object_repair_reads_only_verbs_it_can_change(nlp: Language) -> None:
    for text in (
        "The two navies exchanged fire, the coastguard said, the worst clash this year.",
        "The rebels seized the depot, a setback for the government.",
        "The council approved the budget and rejected the tax plan.",
        "Farmers blocked the highway, a protest over fuel prices, officials said.",
    ):
        ours, reference = nlp(text), nlp(text)
        repair_summary_objects(ours, frozenset())
        _summary_objects_by_every_head(reference, frozenset())
        assert [t.dep_ for t in ours] == [t.dep_ for t in reference], text
