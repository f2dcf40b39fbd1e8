"""A promise told to an addressee, and an intent to go on with an act: CAMEO's statements of intent (03)."""

from __future__ import annotations

import pytest


def _coded(events) -> set[tuple[str, str | None, str]]:
    return {(e.source.actor.code, e.target.actor.code if e.target else None, e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "would continue to X": the clause of the verb of going on tells the speaker's intent
        ("Beijing said it would continue to support Sri Lanka's economic recovery.",
         ("CHNGOV", "LKA", "033")),
        ("Norway said it would continue to fund the UN agency for Palestinian refugees.",
         ("NOR", "UNO", "0331")),
        ("The United States said it would continue to support Ukraine.", ("USA", "UKR", "032")),
        ("Qatar said it would continue to mediate between Israel and Hamas.", ("QAT", "HMS", "039")),
        # beginning an act is announcing it too
        ("Germany announced it would start to deliver tanks to Ukraine.", ("DEU", "UKR", "0332")),
        ("Japan pledged to start sending food aid to Gaza.", ("JPN", "PSE", "0333")),
        # a promise with no party of its own is aimed at whom it is made to
        ("China assured Sri Lanka that it would continue to support its economic recovery.",
         ("CHN", "LKA", "033")),
    ],
)
def test_intent_to_go_on_with_an_act(code, text: str, expected) -> None:
    assert expected in _coded(code(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no speaker: the act going on is planned, not an intent
        ("Norway will continue to fund the UN agency for Palestinian refugees.", ("NOR", "UNO", "071")),
        # the speaker tells of another party's act: no intent of its own
        ("Paris said Berlin would continue to support Ukraine.", ("DEUGOV", "UKR", "051")),
    ],
)
def test_going_on_without_a_speaker_of_its_own(code, text: str, expected) -> None:
    assert expected in _coded(code(text))
