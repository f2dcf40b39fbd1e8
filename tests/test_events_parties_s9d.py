"""Session 9 party mechanisms, fourth pass: who orders an act on someone does it, also to its own
people ("ordered the arrest of the youths")."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _dyads(events: list) -> set[tuple[str, str | None, str]]:
    return {(e.source.actor.code, e.target.actor.code if e.target else None, e.root) for e in events}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Togo ordered the arrest of the students on Friday.", "TGO", "TGOEDU"),
    ("The Malawian interior minister ordered the detention of the striking miners.", "MWIGOV", "LAB"),
    ("Benin's president authorised the arrest of the protesters in Cotonou.", "BENGOV", "BEN"),
])
def test_an_ordered_act_on_own_people_keeps_its_target(code: Callable[[str], list], text: str,
                                                      source: str, target: str) -> None:
    dyads = _dyads(code(text))
    assert any(s == source and target in (t or "") and root == "17" for s, t, root in dyads), dyads


def test_an_announced_release_of_own_people_stays_untargeted(code: Callable[[str], list]) -> None:
    # "announced" is no order: whoever held them released them, not the announcer
    dyads = _dyads(code("Senegal announced the release of its nationals held abroad."))
    assert not any(s == "SEN" and (t or "").startswith("SEN") for s, t, _ in dyads), dyads
