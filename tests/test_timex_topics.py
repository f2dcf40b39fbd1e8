"""A date inside what an act is about names that other event's time, not the act's (own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from triadic.nlp.timex import assign_event_date

REF = date(2026, 11, 20)


def _date_of(nlp, sentence: str, trigger: str) -> date | None:
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == trigger)
    return assign_event_date(doc[:], tok, REF, "asserted")[0]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("A court in Quetta jailed a tribal elder for five years over the June 2024 clashes.", "jailed"),
        ("Prosecutors opened an inquiry into the 2019 shootings of students in Basra.", "opened"),
        ("The ministry protested against the March 2025 decision of the regional council.", "protested"),
    ],
)
def test_a_date_on_the_topic_of_an_act_does_not_date_it(nlp, sentence: str, trigger: str) -> None:
    # with no time expression of its own, an asserted act takes the publication date
    assert _date_of(nlp, sentence, trigger) == REF


@pytest.mark.parametrize(
    ("sentence", "trigger", "year"),
    [
        ("Soldiers detained the village chief during the 2023 offensive in the north.", "detained", 2023),
        ("The council expelled two envoys in March 2024.", "expelled", 2024),
    ],
)
def test_temporal_phrases_still_date_the_act(nlp, sentence: str, trigger: str, year: int) -> None:
    when = _date_of(nlp, sentence, trigger)
    assert when is not None and when.year == year
