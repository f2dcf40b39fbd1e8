"""Session 9, round 2: vocabulary and matching. A request or proposal owned by someone ("a request by
the EU", "Sweden's request") is that owner's appeal (02) to whoever answers it, besides the answer, and
an owned offer ("Britain's offer of talks") the owner's intent (03); a
carrier noun's "of" phrase names what it carries, so "a team of military planners" meets a pattern
that asks for planners (062) and "a message of condolence" one that asks for condolences; forces sent
or deployed to join or reinforce a mission provide protection (074), not a police or troop build-up;
an aid agency ordered to close its offices is expelled (1663); a crowd besieging or surrounding a
building blocks it (144), an army besieging a city lays siege (191).
Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _roots(events: list) -> set[str]:
    return {e.root for e in events}


def _dyads(events: list, root: str) -> set[tuple[str, str | None]]:
    return {
        (e.source.actor.code, e.target.actor.code if e.target else None)
        for e in events
        if e.root == root
    }


@pytest.mark.parametrize(
    ("text", "owner", "answerer"),
    [
        ("Hungary rejected a request by the European Union to change its asylum law.", "EUR", "HUN"),
        ("Ghana turned down a proposal from the World Bank to privatise its power utility.", "WBK", "GHA"),
        ("Turkey rejected Sweden's request to extradite the journalist.", "SWE", "TUR"),
    ],
)
def test_owned_request_is_an_appeal_of_its_owner(code, text: str, owner: str, answerer: str) -> None:
    events = code(text)
    assert (owner, answerer) in _dyads(events, "02"), [(e.cameo, e.source.actor.code) for e in events]
    assert "12" in _roots(events), _roots(events)


@pytest.mark.parametrize(
    ("text", "owner", "answerer"),
    [
        ("Iran rejected Britain's offer of talks on the nuclear programme.", "GBR", "IRN"),
        ("Venezuela rejected an offer from Brazil to mediate.", "BRA", "VEN"),
    ],
)
def test_owned_offer_is_an_intent_of_its_owner(code, text: str, owner: str, answerer: str) -> None:
    events = code(text)
    assert (owner, answerer) in _dyads(events, "03"), [(e.cameo, e.source.actor.code) for e in events]


def test_unowned_offer_is_no_intent(code) -> None:
    assert "03" not in _roots(code("The oil company rejected a takeover offer on Monday.")), "no owner"


def test_unowned_proposal_is_no_appeal(code) -> None:
    events = code("The finance minister presented a proposal to reform the pension system.")
    assert "02" not in _roots(events), [e.cameo for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Canada will send a team of military planners to Latvia.",
        "Italy sent a unit of military instructors to Niger.",
        "France will deploy a team of military trainers to Benin.",
    ],
)
def test_carrier_of_phrase_names_what_is_sent(code, text: str) -> None:
    events = code(text)
    assert "06" in _roots(events), [e.cameo for e in events]


def test_carrier_of_phrase_for_aid_and_condolences(code) -> None:
    assert "07" in _roots(code("Japan sent a team of doctors to Turkey after the earthquake.")), "073"
    events = code("India's president sent a message of condolence to the Nepali prime minister.")
    assert "01" in _roots(events) or "03" in _roots(events), [e.cameo for e in events]


def test_of_phrase_of_a_plain_noun_names_nothing(code) -> None:
    events = code("The army sent a photo of soldiers to Kenya.")
    assert not ({"06", "15"} & _roots(events)), [e.cameo for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda sent another 300 police officers to Mozambique on Monday to reinforce the regional mission.",
        "Chad will send 500 soldiers to Mali to join the United Nations mission.",
        "Burundi deployed a battalion to Somalia to join the African Union mission.",
    ],
)
def test_forces_sent_to_a_mission_provide_protection(code, text: str) -> None:
    events = code(text)
    assert "074" in {e.cameo for e in events}, [e.cameo for e in events]
    assert "15" not in _roots(events), [e.cameo for e in events]


def test_forces_sent_to_reinforce_positions_stay_a_build_up(code) -> None:
    events = code("Russia sent troops to the border to reinforce its positions.")
    assert "074" not in {e.cameo for e in events}, [e.cameo for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Mali's junta ordered the Norwegian Refugee Council to close its offices in the country.",
        "The Taliban ordered a Swedish charity to shut its clinics in Kabul.",
    ],
)
def test_aid_agency_ordered_to_close_is_expelled(code, text: str) -> None:
    events = code(text)
    assert "1663" in {e.cameo for e in events}, [e.cameo for e in events]


def test_schools_ordered_to_close_are_no_expelled_agency(code) -> None:
    events = code("The government ordered schools to close for a week.")
    assert "1663" not in {e.cameo for e in events}, [e.cameo for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of students besieged the education ministry in Dhaka.",
        "Thousands of protesters surrounded the parliament building in Belgrade.",
    ],
)
def test_crowd_besieging_a_building_blocks_it(code, text: str) -> None:
    events = code(text)
    assert "14" in _roots(events), [e.cameo for e in events]
    assert "19" not in _roots(events), [e.cameo for e in events]


def test_army_besieging_a_city_stays_a_siege(code) -> None:
    events = code("Russian troops besieged the city of Mariupol.")
    assert "191" in {e.cameo for e in events}, [e.cameo for e in events]
