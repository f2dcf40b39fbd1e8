"""The trip headline's reading is refused before the whole pipeline runs where its words or tags already
refuse it; the reading parsed is the one a whole-pipeline parse gives (``nlp._recase.parse_trip``)."""

from __future__ import annotations

import pytest

from triadic.nlp._recase import _finite_besides, parse_trip, trip_headline


def _analysis(doc):  # type: ignore[no-untyped-def]
    return [(t.text, t.whitespace_, t.tag_, t.pos_, str(t.morph), t.lemma_, t.head.i, t.dep_, t.ent_iob_,
             t.ent_type_) for t in doc]


def _never_leader(name: str) -> bool:
    return False


@pytest.mark.parametrize("text", [
    "Dutch PM in Jakarta for trade talks",
    "Kenyan envoy in Addis Ababa to mediate border row",
    "Japanese PM in Manila for defence talks",
])
def test_staged_parse_is_the_whole_parse(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    trip = trip_headline(text)
    assert trip is not None
    got = parse_trip(nlp, text, trip, _never_leader)
    whole = nlp(trip)
    # the staged reading carries the whole parse's analysis word for word, over the headline's own words
    assert got is not None
    assert [a[2:] for a in _analysis(got)] == [a[2:] for a in _analysis(whole)]
    assert got.text == text


@pytest.mark.parametrize("text", [
    # no purpose word: refused on its words alone
    "Protesters in Lima blocked the main road",
    # a finite verb of its own: refused on its tags
    "Farmers in Punjab said they will march to the capital",
])
def test_body_sentences_are_no_trips(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    trip = trip_headline(text)
    assert trip is not None
    assert parse_trip(nlp, text, trip, _never_leader) is None


def test_finite_besides_skips_the_visit_and_spaces(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Officials  visits Oslo for talks")
    visit = next(t for t in doc if t.lower_ == "visits")
    assert not _finite_besides(doc, visit.i) or any(
        t.tag_ in ("VBZ", "VBP", "VBD", "MD") and not t.is_space for t in doc if t.i != visit.i)
    said = nlp("Officials said the envoy visits Oslo for talks")
    assert _finite_besides(said, next(t for t in said if t.lower_ == "visits").i)
