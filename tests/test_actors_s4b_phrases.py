"""Argument phrase extents and lemmas (session 4b): where a named person's phrase ends, and verbs read
through the grammar's corrected lemma. Every sentence here is written for these tests."""

from __future__ import annotations

from triadic.events import phrase_span


def test_place_after_a_named_person_is_where_not_who(nlp) -> None:
    doc = nlp("The prime minister will meet Jane Roe in Paris on Monday.")
    head = next(t for t in doc if t.text == "Roe")
    assert head.ent_type_ == "PERSON" and head.head.lower_ == "meet"
    assert phrase_span(head).text == "Jane Roe"


def test_place_after_a_common_noun_stays_in_the_phrase(nlp) -> None:
    doc = nlp("Rebels attacked an army base in Kandahar province.")
    head = next(t for t in doc if t.dep_ == "dobj")
    assert "Kandahar" in phrase_span(head).text


def test_corrected_lemma_of_a_governing_verb(nlp, coder) -> None:
    tok = next(t for t in nlp("The rebels hoped to meet the envoy.") if t.lower_ == "hoped")
    assert coder.g.lemma(tok) == "hope"
