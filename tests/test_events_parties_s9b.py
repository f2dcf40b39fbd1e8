"""Session 9 party mechanisms, second pass: victims placed beyond a site that is itself a party, suspects of
a criminal ring, people a force stationed abroad holds, crowds gathered in a town of a sentence naming other
countries."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _dyads(events: list) -> set[tuple[str, str | None, str]]:
    return {(e.source.actor.code, e.target.actor.code if e.target else None, e.root) for e in events}


@pytest.mark.parametrize(("text", "target"), [
    ("Fighters of a Ugandan rebel group killed 20 farmers at a church in Beni in Congo's North Kivu "
     "province.", "CODAGR"),
    ("Rebels from Chad killed nine villagers at a school in a hamlet in Cameroon's Far North region.",
     "CMRCVL"),
])
def test_victims_take_the_country_named_beyond_the_site(code: Callable[[str], list], text: str,
                                                       target: str) -> None:
    targets = {t for _, t, root in _dyads(code(text)) if root == "18"}
    assert target in targets, _dyads(code(text))


def test_site_naming_two_countries_gives_none(code: Callable[[str], list]) -> None:
    text = ("Fighters of a Ugandan rebel group killed 20 farmers at a church in Beni near Congo's border "
            "with Uganda.")
    targets = {t for _, t, root in _dyads(code(text)) if root == "18"}
    assert "CODAGR" not in targets and "UGAAGR" not in targets, targets


@pytest.mark.parametrize(("text", "target"), [
    ("Thai police detained six members of a crime syndicate in Bangkok on Friday.", "THACRM"),
    ("Police in Manila arrested nine suspected members of a drug ring.", "PHLCRM"),
])
def test_members_of_a_criminal_ring_are_criminals(code: Callable[[str], list], text: str,
                                                  target: str) -> None:
    assert any(t == target and root == "17" for _, t, root in _dyads(code(text))), _dyads(code(text))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Kenyan police in Somalia arrested a smuggler.", ("KENCOP", "SOMCRM")),
    ("French troops in Niger detained two smugglers on Monday.", ("FRAMIL", "NERCRM")),
])
def test_a_force_stationed_abroad_holds_the_hosts_people(code: Callable[[str], list], text: str,
                                                         dyad: tuple[str, str]) -> None:
    assert any((s, t) == dyad for s, t, root in _dyads(code(text)) if root == "17"), _dyads(code(text))


def test_a_force_at_home_holds_its_own_people(code: Callable[[str], list]) -> None:
    found = _dyads(code("Kenyan police arrested a smuggler in Mombasa."))
    assert ("KENCOP", "KENCRM", "17") in found, found


@pytest.mark.parametrize(("text", "source"), [
    ("Hundreds of people marched through Lyon on Sunday to protest against the EU's farm policy.", "FRACVL"),
    ("Thousands of students rallied in Dhaka against India's water policy.", "BGDEDU"),
])
def test_a_crowd_gathered_in_a_town_is_its_people(code: Callable[[str], list], text: str,
                                                  source: str) -> None:
    sources = {s for s, _, root in _dyads(code(text)) if root == "14"}
    assert source in sources, _dyads(code(text))


@pytest.mark.parametrize(("text", "target"), [
    ("Norway demanded the release of two Norwegian aid workers detained in Eritrea.", "ERI"),
    ("Kyiv called for the release of a Ukrainian priest held in occupied Berdiansk.", "RUS"),
    ("The Palestinian Authority demanded the release of a Palestinian doctor held in the occupied West Bank.",
     "ISR"),
])
def test_a_release_is_asked_of_whoever_holds_the_people(code: Callable[[str], list], text: str,
                                                       target: str) -> None:
    found = [e for e in code(text) if e.cameo in ("1053", "0253")]
    assert found and found[0].target is not None, _dyads(code(text))
    assert found[0].target.actor.code.startswith(target), _dyads(code(text))


def test_a_release_of_people_held_by_a_named_captor_is_asked_of_it(code: Callable[[str], list]) -> None:
    found = {t for _, t, root in _dyads(code("Canada demanded the release of a Canadian journalist held by "
                                             "Houthi rebels.")) if root == "10"}
    assert found and all(t != "CANMED" for t in found), found


def test_a_release_held_at_home_stays_with_the_people(code: Callable[[str], list]) -> None:
    found = {t for _, t, root in _dyads(code("Kyiv demanded the release of a Ukrainian priest held in Lviv."))
             if root == "10"}
    assert "RUS" not in found, found
