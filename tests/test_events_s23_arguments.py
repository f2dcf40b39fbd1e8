"""Session 23: who acts on whom in events whose root is right. A passive reaction to a nominal act
aims at the act's "by" author, as the active verb does; bare people who accuse, confront or attack a
state's own forces or people in a one-country sentence are that country's. Possessive, passive,
apposed and prepositional arguments keep their sides. Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _codes(events) -> list[tuple[str, str, str]]:
    return [(e.cameo, e.source.actor.code, e.target.actor.code if e.target else "-") for e in events]


def _has(events, root: str, source: str, target: str) -> bool:
    return any(e.root == root and e.source.actor.country == source and e.target is not None
               and e.target.actor.country == target for e in events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The arrest of two journalists by Turkish police was criticised by Germany.", "DEU", "TUR"),
        ("The seizure of a tanker by Iranian forces was condemned by Britain.", "GBR", "IRN"),
        ("The execution of a dissident by Saudi Arabia was condemned by the European Union.", None, "SAU"),
        ("The jailing of a blogger by a Vietnamese court was denounced by the United States.", "USA", "VNM"),
        ("The detention of an Australian writer by Chinese authorities was criticised by Canberra.",
         "AUS", "CHN"),
    ],
)
def test_a_passive_reaction_aims_at_the_author_of_the_act(code, text: str, source: str | None,
                                                           target: str) -> None:
    events = code(text)
    assert any(e.root == "11" and e.source.actor.country == source and e.target is not None
               and e.target.actor.country == target for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Residents accused the Ghanaian army of burning their homes.", "GHACVL", "GHAMIL"),
        ("Villagers accused Burundian soldiers of looting their cattle.", "BDICVL", "BDIMIL"),
        ("Youths loyal to the ruling party beat opposition supporters in Harare.", "ZWECVL", "ZWEOPP"),
    ],
)
def test_bare_people_facing_a_states_own_side_are_its_own(code, text: str, source: str,
                                                          target: str) -> None:
    events = code(text)
    assert any(e.source.actor.code == source and e.target is not None and e.target.actor.code == target
               for e in events), _codes(events)


def test_bare_people_stay_bare_when_another_country_is_named(code) -> None:
    # the accusers may be the other country's people
    events = code("Protesters accused Russian soldiers of war crimes, Ukrainian officials said.")
    assert any(e.root == "11" and e.source.actor.country is None and e.target is not None
               and e.target.actor.code == "RUSMIL" for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        ("Two Iranian nationals were arrested by Swedish police in Stockholm on Tuesday.",
         "17", "SWE", "IRN"),
        ("The arrest of a French journalist by Ethiopian security forces has alarmed press groups.",
         "17", "ETH", "FRA"),
        ("Germany imposed sanctions against Belarus over the forced landing of the plane.",
         "16", "DEU", "BLR"),
        ("Kenya protested to Somalia over the seizure of its fishing boats.", "11", "KEN", "SOM"),
        ("Rwanda was accused by Congo of backing the M23 rebels.", "11", "COD", "RWA"),
        ("Egypt's foreign minister Sameh Shoukry criticised Ethiopia over the dam.", "11", "EGY", "ETH"),
    ],
)
def test_possessive_passive_and_prepositional_arguments_keep_their_sides(
        code, text: str, root: str, source: str, target: str) -> None:
    events = code(text)
    assert _has(events, root, source, target), _codes(events)


@pytest.mark.parametrize(
    ("text", "root", "pairs"),
    [
        ("Germany and France held talks with Russia on the Minsk accords.", "04",
         {("DEU", "RUS"), ("FRA", "RUS")}),
        ("Argentina and Brazil signed a trade agreement with Chile in Santiago.", "05",
         {("ARG", "CHL"), ("BRA", "CHL")}),
        ("Vladimir Putin and Recep Tayyip Erdogan held talks with Iranian President Hassan Rouhani.",
         "04", {("RUS", "IRN"), ("TUR", "IRN")}),
    ],
)
def test_co_subjects_face_a_with_partner_together(code, text: str, root: str,
                                                   pairs: set[tuple[str, str]]) -> None:
    events = code(text)
    got = {(e.source.actor.country, e.target.actor.country) for e in events
           if e.root == root and e.target is not None}
    assert pairs <= got, _codes(events)
    # the co-subjects do not act on each other
    assert not any({s, t} <= {p[0] for p in pairs} for s, t in got), _codes(events)


def test_co_subjects_without_a_partner_still_act_on_each_other(code) -> None:
    events = code("Germany and France held talks in Berlin on the budget.")
    got = {(e.source.actor.country, e.target.actor.country) for e in events if e.target is not None}
    assert ("DEU", "FRA") in got or ("FRA", "DEU") in got, _codes(events)
