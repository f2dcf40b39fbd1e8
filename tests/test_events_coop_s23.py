"""Session 23 cooperation: "called on X" with nothing asked is a courtesy call (042), a year on the pact an
act is done "under" dates the pact, not the act, and a capitalised first adjective is no person."""

from __future__ import annotations

from datetime import date

import pytest
from tests._events_fake import dyads, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "guest", "host"), [
    ("The Indian high commissioner called on the Sri Lankan president in Colombo on Thursday.", "IND", "LKA"),
    ("The Japanese ambassador called on Nepal's foreign minister at his office on Monday.", "JPN", "NPL"),
    ("Germany's new envoy called on the Kenyan president at State House.", "DEU", "KEN"),
])
def test_call_on_with_nothing_asked_is_a_visit(code, text: str, guest: str, host: str) -> None:
    got = triples(code(text))
    assert any(s.startswith(guest) and c == "042" and (t or "").startswith(host) for s, c, t in got), got
    assert not any(c[:2] == "02" for _, c, _ in got), got


@pytest.mark.parametrize("text", [
    "The Indian high commissioner called on the Sri Lankan president to release the fishermen.",
    "Pakistan called on India for restraint along the border.",
    "The Kenyan foreign minister called on the rebels, saying the fighting had to stop.",
])
def test_call_on_that_asks_stays_an_appeal(code, text: str) -> None:
    got = dyads(code(text))
    assert any(r == "02" for _, r, _ in got), got
    assert not any(r == "04" for _, r, _ in got), got


@pytest.mark.parametrize(("text", "root"), [
    ("Turkey delivered armed drones to Azerbaijan under a 2024 defence agreement.", "07"),
    ("Qatar sent 20 tonnes of medical supplies to Iran under a 2023 cooperation accord.", "07"),
])
def test_year_of_the_pact_an_act_is_done_under_dates_no_act(code, text: str, root: str) -> None:
    events = code(text)
    acts = [e for e in events if e.root == root]
    assert acts, triples(events)
    # the act is news of the publication day, not background from the pact's year
    assert all(e.date is None or e.date >= date(2026, 1, 1) for e in acts), [(e.cameo, e.date) for e in acts]


@pytest.mark.parametrize("text", [
    "Humanitarian aid deliveries into Yemen have slowed sharply, the agency said.",
    "Humanitarian aid shipments to Haiti fell by half last year, the UN said.",
])
def test_capitalised_first_adjective_is_no_aid_giver(code, text: str) -> None:
    events = code(text)
    assert not any(e.source is not None and e.source.text.lower() == "humanitarian" for e in events), \
        triples(events)
