"""Session 22: targets and sides of events whose root is right. A resignation amid street protest
answers the state's own civilians; bare people who petition or oppose one state's government in a
one-country sentence are its own, as are the people a state's law restricts once the act is read as a
restriction. Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _codes(events) -> list[tuple[str, str, str]]:
    return [(e.cameo, e.source.actor.code, e.target.actor.code if e.target else "-") for e in events]


def test_a_meeting_keeps_a_bare_official_bare(code) -> None:
    # a bare official of no known country meeting a government is as often a foreigner: left bare
    events = code("The governor, who met the Kenyan delegation on Monday, refused to answer questions.")
    assert any(e.root == "04" and e.source.actor.code == "GOV" for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Peru's prime minister resigned on Tuesday amid mass protests over rising fuel prices.", "PERCVL"),
        ("The Bulgarian government resigned after weeks of street protests against corruption.", "BGRCVL"),
        ("Sri Lanka's president stepped down, bowing to months of demonstrations demanding his removal.",
         "LKACVL"),
    ],
)
def test_a_resignation_amid_protest_answers_the_civilians(code, text: str, target: str) -> None:
    events = code(text)
    assert any(e.cameo == "0831" and e.target is not None and e.target.actor.code == target
               for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Slovakia's interior minister resigned over a procurement scandal.",
        # a crowd of another country named: whose demand was met is unclear
        "Kosovo's foreign minister resigned after protests in Serbia.",
    ],
)
def test_a_resignation_without_a_home_protest_stays_untargeted(code, text: str) -> None:
    events = code(text)
    resignations = [e for e in events if e.cameo == "0831"]
    assert resignations and all(e.target is None for e in resignations), _codes(events)


def test_people_who_petition_a_government_are_its_own(code) -> None:
    events = code("The Ghanaian government has turned down demands by the opposition for a recount of "
                  "the vote.")
    assert any(e.source.actor.code == "GHAOPP" and e.target is not None and e.target.actor.code == "GHAGOV"
               for e in events), _codes(events)


def test_people_acting_on_a_state_itself_stay_bare(code) -> None:
    # activists who accuse a country (not its government) are often foreigners
    events = code("Activists accused Russia of war crimes.")
    assert any(e.root == "11" and e.source.actor.code == "CVL" for e in events), _codes(events)


def test_petitioners_stay_bare_when_another_country_is_named(code) -> None:
    events = code("Activists accused the Chinese government of abuses, a report from Washington said.")
    assert any(e.root == "11" and e.source.actor.code == "CVL" for e in events), _codes(events)


def test_people_a_law_restricts_are_the_lawmakers_own(code) -> None:
    events = code("Slovakia's parliament passed a law requiring news outlets that receive money from "
                  "abroad to register.")
    assert any(e.cameo.startswith("172") and e.target is not None and e.target.actor.code == "SVKMED"
               for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru increased cooperation after the attacks on border posts.",
        "Ghana and Togo expanded security cooperation following the bombings in Lome.",
    ],
)
def test_an_act_set_before_the_clause_does_not_take_the_clause_subject_as_doer(code, text: str) -> None:
    # the sides of the cooperation are not the attackers of each other
    events = code(text)
    assert not any(e.root == "19" for e in events), _codes(events)
    assert any(e.root == "06" for e in events), _codes(events)


def test_an_earlier_act_with_a_with_party_keeps_the_subject_as_its_other_side(code) -> None:
    events = code("Speaking after talks with his Kenyan counterpart, Tanzania's foreign minister said trade "
                  "would grow.")
    assert any(e.root == "04" and e.source.actor.code == "TZAGOV" for e in events), _codes(events)
