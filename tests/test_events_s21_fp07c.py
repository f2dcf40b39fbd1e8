"""Session 21: false material cooperation and force posture. Aid told by a receiving verb in a relative
clause or participle describes the recipient or the aid ("Rwanda, which has received millions in British
aid, denied ..."), no giver's act of the day; one receipt told in the past stays. A trailing "X said" the
parser hangs on the act as a clause of its own (after a time clause) still reports the speaker's own
intent (03x). Forces sent "as part of" a regional or UN force abroad provide protection (074). Every
sentence is written for this file."""

from __future__ import annotations

import pytest

from _event_sets import coded_roots, coded_triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Malawi, which has received millions in Norwegian aid, expelled a Norwegian diplomat on Friday.",
        "Jordan, which receives about $1.5 billion in US aid a year, condemned the raid.",
        "The weapons Kyiv has received from its allies so far are not enough, Ukraine's defence minister "
        "said.",
        "Countries receiving Chinese loans must disclose their terms, the IMF said.",
    ],
)
def test_received_aid_described_is_no_event(code, text: str) -> None:
    events = code(text)
    assert "07" not in coded_roots(events), coded_triples(events)


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("Ukraine received Leopard tanks from Poland on Tuesday.", "072", "POL", "UKR"),
        ("The vaccines that Ghana received from India on Monday were sent to clinics.", "070", "IND", "GHA"),
    ],
)
def test_a_receipt_told_as_news_stays(code, text: str, cameo: str, source: str, target: str) -> None:
    events = code(text)
    assert any(e.cameo == cameo and e.source.actor.code.startswith(source) and e.target is not None
               and e.target.actor.code.startswith(target) for e in events), coded_triples(events)


def test_trailing_report_after_a_time_clause_is_the_speakers_intent(code) -> None:
    events = code("New Zealand will send 20 tonnes of relief supplies to Tonga after the eruption that "
                  "destroyed villages on the coast, Foreign Minister Nanaia Mahuta said on Sunday.")
    assert any(e.cameo.startswith("033") for e in events), coded_triples(events)
    assert "07" not in coded_roots(events), coded_triples(events)


def test_a_time_clause_of_its_own_is_no_report(code) -> None:
    # "after Fiji said it needed help": a clause with its own content, not a trailing reporter
    events = code("New Zealand will send relief supplies to Tonga after Fiji said it needed help.")
    assert not any(e.cameo.startswith("03") and e.source.actor.code.startswith("NZL") for e in events), \
        coded_triples(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Malawi sent troops to Mozambique as part of a regional force.", "MWI", "MOZ"),
        ("Senegal deployed 300 soldiers to Gambia as part of a West African stabilisation force.",
         "SEN", "GMB"),
    ],
)
def test_forces_sent_as_part_of_a_mission_provide_protection(
    code, text: str, source: str, target: str
) -> None:
    events = code(text)
    assert any(e.cameo == "074" and e.source.actor.code.startswith(source) and e.target is not None
               and e.target.actor.code.startswith(target) for e in events), coded_triples(events)
    assert "15" not in coded_roots(events), coded_triples(events)


def test_forces_sent_toward_a_border_as_part_of_drills_stay_a_posture(code) -> None:
    events = code("Belarus deployed troops near the border with Poland as part of military exercises.")
    assert "15" in coded_roots(events), coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "The army called up 20,000 reservists on Saturday.",
        "The military said it had increased its presence in the province.",
    ],
)
def test_posture_of_no_state_aimed_at_no_one_is_not_coded(code, text: str) -> None:
    events = code(text)
    assert "15" not in coded_roots(events), coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia put its armed forces on high alert on Tuesday.",
        "Greece deployed additional troops to its border with Turkey.",
    ],
)
def test_a_states_posture_stays(code, text: str) -> None:
    assert "15" in coded_roots(code(text))
