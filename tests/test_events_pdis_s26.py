"""Verbal conflict told in many ways (criticism, blame, rejection, threats, demands), and a retort
"fired back at" by a speaker with no guns, which is criticism rather than gunfire."""

from __future__ import annotations

import pytest


def _triples(events) -> set[tuple[str, str | None, str]]:
    return {(e.source.actor.code, e.target.actor.code if e.target else None, e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spokesman, a ministry or a leader firing back only answers in words (111)
        ("The Foreign Ministry spokesman fired back at the Japanese prime minister.",
         ("GOV", "JPNGOV", "111")),
        ("China's foreign ministry fired back at Washington on Tuesday.", ("CHNGOV", "USA", "111")),
        ("The Iranian foreign minister shot back at Britain, saying London had no standing.",
         ("IRNGOV", "GBR", "111")),
        # soldiers firing back still fire (193)
        ("Israeli soldiers fired back at Hezbollah fighters.", ("ISRMIL", "HEZ", "193")),
    ],
)
def test_firing_back_by_a_speaker_is_criticism(code, text: str, expected) -> None:
    assert expected in _triples(code(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey's foreign minister slammed Sweden for allowing a Koran burning outside the embassy.",
         ("TURGOV", "SWE", "111")),
        ("The Kremlin hit out at Finland over its decision to close the border crossings.",
         ("RUSGOV", "FIN", "111")),
        ("Serbia rebuffed a proposal by the European Union to recognise the licence plates.",
         ("SRB", "EUR", "120")),
        ("Pyongyang spurned Seoul's offer of food aid.", ("PRKGOV", "KORGOV", "120")),
        ("Israel's plan to annex the Jordan Valley drew sharp criticism from Germany.",
         ("DEU", "ISR", "111")),
        ("Russia was condemned by the European Union for the bombing of a children's hospital.",
         ("EUR", "RUS", "111")),
        ("China came under fire from Australia over its treatment of a detained journalist.",
         ("AUS", "CHN", "111")),
        ("Ukraine blamed Russia for the attack on the dam.", ("UKR", "RUS", "112")),
        ("Kenya's president threatened to expel the British ambassador.", ("KENGOV", "GBRGOV", "132")),
        ("Armenia gave Azerbaijan 48 hours to withdraw its troops from the border area.",
         ("ARM", "AZE", "139")),
        ("Thailand insisted that Cambodia pull its soldiers back from the temple.", ("THA", "KHM", "106")),
        ("Russia vetoed a United States resolution on Ukraine at the Security Council.",
         ("RUS", "USA", "129")),
    ],
)
def test_verbal_conflict_in_many_forms(code, text: str, expected) -> None:
    assert expected in _triples(code(text))
