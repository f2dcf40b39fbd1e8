"""A state charging another state with an act accuses it; a veto lifted is yielding, not a veto; wars
counted in the plural as what parties fought are history."""

from __future__ import annotations

import pytest


def _triples(events) -> set[tuple[str, str | None, str]]:
    return {(e.source.actor.country or e.source.actor.code, e.target.actor.country if e.target else None,
             e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi Arabia charged Qatar with funding extremist groups.", ("SAU", "QAT", "112")),
        ("Venezuelan President Nicolas Maduro charged Washington with plotting a coup.",
         ("VEN", "USA", "112")),
        ("Ethiopia has charged Eritrea with backing rebels in the north.", ("ETH", "ERI", "112")),
        ("The Kremlin charged the United States with meddling in its elections.", ("RUS", "USA", "112")),
        ("Beijing charged Manila with provoking tensions in the South China Sea.", ("CHN", "PHL", "112")),
    ],
)
def test_state_charging_a_state_accuses_it(code, text: str, expected) -> None:
    got = _triples(code(text))
    assert expected in got, got
    assert not [t for t in got if t[2] == "173"], got


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors in Istanbul charged three journalists with spreading propaganda.",
        "A Moscow court charged a US journalist with espionage.",
        "Police charged a man with murder after the shooting in Leeds.",
    ],
)
def test_people_charged_by_police_or_courts_stay_arrests(code, text: str) -> None:
    got = _triples(code(text))
    assert [t for t in got if t[2] == "173"], got
    assert not [t for t in got if t[2] == "112"], got


def test_lifting_a_veto_is_no_veto(code) -> None:
    got = _triples(code("Turkey signalled it could soon lift its veto on Sweden's NATO bid."))
    assert not [t for t in got if t[2].startswith("12")], got
    assert ("TUR", "SWE", "080") in _triples(code("Turkey lifted its veto on Sweden's NATO bid."))
    refused = _triples(code("Budapest will not lift its veto on Kyiv's EU bid."))
    assert ("HUN", "UKR", "124") in refused, refused


@pytest.mark.parametrize(
    "text",
    [
        "India and Pakistan have fought three wars since independence.",
        "Ethiopia and Eritrea fought two wars over the border.",
        "Israel and Hezbollah have fought several wars.",
    ],
)
def test_wars_counted_in_the_plural_are_history(code, text: str) -> None:
    assert not [e for e in code(text) if e.root == "19"]


def test_a_battle_fought_today_is_still_coded(code) -> None:
    got = _triples(code("Armenian and Azerbaijani troops fought fierce battles along the border on Tuesday."))
    assert {("ARM", "AZE", "190"), ("AZE", "ARM", "190")} <= got, got
