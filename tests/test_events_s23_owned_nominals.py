"""Nominal events whose doer is a "from" phrase, a state's protest to another party, and headline
journeys named by a place before the noun (session 23)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _triples(events: list) -> set[tuple[str, str | None, str]]:
    """(source country, target country, CAMEO code) of each event."""
    return {(e.source.actor.country or e.source.actor.code,
             (e.target.actor.country or e.target.actor.code) if e.target else None, e.cameo)
            for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a message noun's "from" phrase is its author; its "of" (hung on the state's name) the patient
        ("Criticism from Berlin of Hungary grew louder after the summit.", ("DEU", "HUN", "111")),
        ("Condemnation by Paris of Niger's decision was swift.", ("FRA", "NER", "111")),
        ("An appeal from Qatar to Israel for restraint came on Monday.", ("QAT", "ISR", "020")),
        ("A rebuke from Canberra to Beijing followed the naval incident.", ("AUS", "CHN", "111")),
        # a state's protest to another party is a formal complaint, not a street protest
        ("Taipei's protest to Beijing over the military drills went unanswered.", ("TWN", "CHN", "114")),
        ("Seoul's decision drew a sharp protest from Tokyo.", ("JPN", "KOR", "114")),
        # a headline journey: the possessor travels to the place named before the noun
        ("Macron's Beijing visit ends with trade deals", ("FRA", "CHN", "042")),
        ("Erdogan's Moscow trip yields grain deal hopes", ("TUR", "RUS", "042")),
    ],
)
def test_owned_nominal_event(code, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _triples(code(text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a movement noun's "from" is where it leaves, not who acts
        ("France's withdrawal of troops from Mali was completed in August.", ("MLI", "FRA", "0874")),
        # citizens who protest against their government stay a street protest
        ("Thousands of Serbians joined a protest against the government in Belgrade.", ("SRB", "SRB", "114")),
        # a possessor that is no agent gives no visit
        ("Kenya's Nairobi office visit was cancelled by the bank.", ("KEN", "KEN", "042")),
    ],
)
def test_no_owned_nominal_misreading(code, text, wrong) -> None:  # type: ignore[no-untyped-def]
    assert wrong not in _triples(code(text))


def test_street_protest_by_citizens_keeps_its_code(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenyans staged a protest against the government in Nairobi.")
    assert any(e.cameo.startswith("14") for e in events)
    assert not any(e.cameo == "114" for e in events)
