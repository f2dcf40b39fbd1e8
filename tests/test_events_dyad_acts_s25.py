"""An object pronoun after "met his counterpart and ..." takes up the counterpart, not the subject; a
second hostile act told with no party falls on the party of the first."""

from __future__ import annotations

import pytest


def _coded(events) -> set[tuple[str, str | None, str]]:
    return {(e.source.actor.country or e.source.actor.code,
             (e.target.actor.country or e.target.actor.code) if e.target else None, e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt's foreign minister met his Israeli counterpart in Cairo and urged him to allow more aid "
         "into Gaza.",
         ("EGY", "ISR", "0255")),
        ("Egypt's foreign minister met his Israeli counterpart in Cairo, urging him to allow more aid "
         "into Gaza.",
         ("EGY", "ISR", "0255")),
        ("Kenya's president hosted his Somali counterpart in Nairobi and assured him of Kenya's support.",
         ("KEN", "SOM", "032")),
    ],
)
def test_object_pronoun_takes_up_the_counterpart(code, text: str, expected) -> None:
    got = _coded(code(text))
    assert expected in got, got
    # the pronoun is never the minister who acts on it
    assert not any(s == t for s, t, _ in got), got


def test_subject_pronoun_after_counterpart_stays_with_the_subject(code) -> None:
    # "he" continues the subject; only an object pronoun of a verb sharing that subject skips it
    events = code("India's foreign minister met his Chinese counterpart in Beijing. "
                  "He accused Pakistan of sheltering militants.")
    assert ("IND", "PAK", "112") in {(s, t, c[:3]) for s, t, c in _coded(events)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow expelled two Latvian diplomats and closed its consulate.", ("RUS", "LVA", "161")),
        ("Algeria recalled its ambassador from Madrid and froze trade.", ("DZA", "ESP", "163")),
        ("Beijing cancelled military talks with Washington and halted cooperation on climate change.",
         ("CHN", "USA", "160")),
    ],
)
def test_second_act_falls_on_the_party_of_the_first(code, text: str, expected) -> None:
    assert expected in _coded(code(text))


def test_second_act_of_no_hostile_first_act_keeps_no_party(code) -> None:
    # a visit is no hostile act whose party a closure of trade could fall on
    got = _coded(code("Egypt's president visited Khartoum and froze trade."))
    assert not any(c.startswith("16") and t is not None for _, t, c in got), got
