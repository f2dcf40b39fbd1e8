"""Voiced intent in official-register news: "expressed readiness to ...", "its commitment to ...ing"."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _triples(events: list) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source.actor.country, e.target.actor.country if e.target else None) for e in events]


@pytest.mark.parametrize(
    ("text", "cameo", "src", "tgt"),
    [
        # an -ing complement after "commitment to" is the same intent as an infinitive
        ("Norway renewed its commitment to backing Mali.", "032", "NOR", "MLI"),
        ("Norway renewed its commitment to back Mali.", "032", "NOR", "MLI"),
        ("Peru confirmed its commitment to assisting Chile after the floods.", "033", "PER", "CHL"),
        # the intended act picks the 03 sub-code: diplomatic, economic, meeting
        ("Brazil expressed readiness to deepen cooperation with Angola.", "032", "BRA", "AGO"),
        ("Brazil expressed its readiness to expand trade with Angola.", "0311", "BRA", "AGO"),
        ("Finland expressed willingness to meet Estonian officials.", "036", "FIN", "EST"),
    ],
)
def test_voiced_intent_is_coded_as_intent(code, text: str, cameo: str, src: str, tgt: str) -> None:
    got = _triples(code(text))
    assert (cameo, src, tgt) in got, got
    # the intended act itself has not happened: it is not coded as done as well
    assert all(c[:2] == "03" for c, _, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        # another party's intent, only judged by the subject
        "Analysts doubted Peru's willingness to expand trade with Chile.",
        # denied intent
        "Peru showed no willingness to negotiate with Chile.",
    ],
)
def test_intent_not_voiced_by_its_owner_is_no_intent(code, text: str) -> None:
    got = _triples(code(text))
    assert not any(c[:2] == "03" and s == "PER" for c, s, _ in got), got
