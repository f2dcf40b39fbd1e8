"""Session 22 consultations and appeals: a bare "visiting" guest after a verb that is no hosting, a visit
made at someone's invitation, a meeting or call a statement is made at, and an appeal to no actor for aid."""

from __future__ import annotations

import pytest
from tests._events_fake import dyads, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "guest", "host"), [
    ("Kenya's president told visiting Ethiopian ministers that the port deal would go ahead.", "ETH", "KEN"),
    ("Peru's foreign minister assured visiting Chilean officials that the border would stay open.", "CHL",
     "PER"),
])
def test_bare_guest_of_a_speech_verb_visits_the_speaker(code, text: str, guest: str, host: str) -> None:
    events = code(text)
    visits = [e for e in events if e.cameo == "042"]
    assert any(e.source.actor.code.startswith(guest) and e.target is not None
               and e.target.actor.code.startswith(host) and e.modality == "asserted" for e in visits), \
        triples(events)
    # the participle is no act the speech verb asks for (no 10x demand to visit)
    assert not any(r == "10" for _, r, _ in dyads(events)), triples(events)


@pytest.mark.parametrize(("text", "host", "guest"), [
    ("Kenya's president will visit Hanoi next week at the invitation of Vietnam's prime minister.", "VNM",
     "KEN"),
    ("Brazil's foreign minister travelled to Beijing at the invitation of Chinese Foreign Minister Wang Yi.",
     "CHN", "BRA"),
])
def test_visit_at_an_invitation_is_hosted_by_the_inviter(code, text: str, host: str, guest: str) -> None:
    got = triples(code(text))
    assert any(s.startswith(host) and c == "043" and (t or "").startswith(guest) for s, c, t in got), got
    assert any(s.startswith(guest) and c == "042" for s, c, _ in got), got


def test_refused_visit_at_an_invitation_is_hosted_by_no_one(code) -> None:
    text = "Argentina's president declined to visit Madrid at the invitation of the Spanish king."
    got = triples(code(text))
    assert not any(c == "043" for _, c, _ in got), got


@pytest.mark.parametrize(("text", "code_"), [
    ("Kenya's president praised the port deal during a meeting with the Ethiopian prime minister.", "04"),
    ("Kenya's president praised the port deal in a phone call with the Ethiopian prime minister.", "041"),
    ("After a meeting with the Ethiopian prime minister, Kenya's president said the deal was fair.", "04"),
])
def test_meeting_a_statement_is_made_at_is_the_speakers(code, text: str, code_: str) -> None:
    got = triples(code(text))
    assert any(s == "KENGOV" and c.startswith(code_) and t == "ETHGOV" for s, c, t in got), got


def test_summit_of_others_is_no_meeting_of_the_speaker(code) -> None:
    got = dyads(code("The Chilean president condemned the coup at a summit between Peru and Bolivia."))
    assert not any(s.startswith("CHL") and r == "04" for s, r, _ in got), got


@pytest.mark.parametrize("text", [
    "Nepal's prime minister appealed to donors for emergency aid after the floods.",
    "Nepal's prime minister appealed to the international community for emergency aid.",
])
def test_appeal_for_aid_to_no_actor_is_targetless(code, text: str) -> None:
    got = triples(code(text))
    assert ("NPLGOV", "0233", None) in got, got


def test_appeal_for_aid_keeps_a_named_addressee(code) -> None:
    got = triples(code("Nepal's prime minister appealed to India for emergency aid."))
    assert any(s == "NPLGOV" and c.startswith("023") and (t or "").startswith("IND") for s, c, t in got), got


def test_maldives_capital_names_the_country(code) -> None:
    got = dyads(code("Sri Lanka's foreign minister arrived in Malé on Sunday."))
    assert any(s.startswith("LKA") and r == "04" and (t or "").startswith("MDV") for s, r, t in got), got
