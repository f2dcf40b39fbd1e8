"""Session 12: a cooperation act named only as needed or important ("the need for more investment in X",
"the importance of dialogue between A and B") is not an act that happened."""

from __future__ import annotations

import pytest
from tests._events_fake import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Brazil stressed the need for more investment in Angola.",
    "The two ministers underlined the importance of dialogue between Serbia and Kosovo.",
    "Ghana spoke of the urgency of closer cooperation with Togo.",
])
def test_needed_cooperation_is_no_event(code, text: str) -> None:
    got = dyads(code(text))
    assert not [d for d in got if d[1] in ("04", "05", "06", "07", "08")], got


def test_cooperation_done_is_still_coded(code) -> None:
    got = dyads(code("Brazil invested two billion dollars in Angola's oil sector."))
    assert any(s.startswith("BRA") and r == "06" and (t or "").startswith("AGO") for s, r, t in got), got
