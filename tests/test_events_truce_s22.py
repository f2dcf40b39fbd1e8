"""Session 22 truces: a ceasefire an armed movement at home declares or agrees to with no other side
named is one with its own state's government."""

from __future__ import annotations

import pytest
from tests._events_fake import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "rebels", "state"), [
    ("Colombian rebels declared a unilateral ceasefire on Monday.", "COLREB", "COLGOV"),
    ("Kurdish insurgents in Turkey have announced an immediate truce.", "TURREB", "TURGOV"),
])
def test_rebel_truce_with_no_side_named_is_with_their_government(code, text: str, rebels: str,
                                                                 state: str) -> None:
    got = triples(code(text))
    assert (rebels, "0871", state) in got, got


@pytest.mark.parametrize("text", [
    # a state's own forces name no opponent by themselves
    "Myanmar's army declared a ceasefire on Friday.",
    # another country is named: the other side may be it
    "The Houthis announced a ceasefire after talks with Saudi Arabia.",
])
def test_truce_of_no_armed_movement_or_beside_a_foreign_party_implies_no_government(code, text: str) -> None:
    got = triples(code(text))
    assert not any(c == "0871" and (t or "").endswith("GOV") and s.endswith(("REB", "MIL")) and t[:3] == s[:3]
                   for s, c, t in got), got
