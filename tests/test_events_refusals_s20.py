"""Session 20: refusals that were told but not coded. A named group of a country rejects its own
government's plan (two parties, not one side); an object negated by "no" under "would" or "will" is
refused ("would hold no talks with X"); "let X into" reads X as the object. A refusal aimed at no one
named stays uncoded (12x needs a target), and so do nouns of a stance, relative clauses, courts and private
people. Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _roots(events: list) -> list[tuple[str, str, str | None]]:
    return [
        (e.source.actor.code, e.cameo, e.target.actor.code if e.target else None)
        for e in events if e.root == "12"
    ]


@pytest.mark.parametrize(
    ("text", "source", "cameo"),
    [
        ("The military government in Guinea has refused to release the detained opposition leader.",
         "GINGOV", "1243"),
        # "let X into": X is what is let in, so refusing it keeps international involvement out
        ("Myanmar's military refused to let UN investigators into Rakhine state.", "MMRMIL", "1245"),
    ],
)
def test_a_refusal_to_yield_is_coded(code, text: str, source: str, cameo: str) -> None:
    found = _roots(code(text))
    assert any(s == source and c == cameo for s, c, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # courts, parliaments and private people reject at home; nouns name a stance
        "Soldiers have been accused of burning homes in two villages, charges that the junta has "
        "dismissed as lies.",
        "Voters rejected the proposed constitutional amendment in Sunday's referendum.",
        "The company rejected the takeover bid, saying it undervalued the firm.",
        "The patient refused treatment and was discharged from hospital.",
        "Parliament rejected the bill on Tuesday.",
        "Jordan's king stressed his country's rejection of any attempt to displace Palestinians.",
        # an unplaced ministry with no target names no party at all; an ultimatum of no one named
        "The finance ministry rejected the idea of raising taxes this year.",
        "The junta in Bamako rejected the ultimatum and expelled the envoy's staff.",
        # a relative clause tells a party's standing, not the news
        "A splinter faction of the rebels, which has refused to join the talks, attacked a police post.",
        # a refusal to meet is told with whom
        "Ethiopia's prime minister said his country had no intention of going to war over the sea.",
        # declining to give details is no refused meeting
        "Officials in Hanoi declined to give details of the meeting.",
    ],
)
def test_no_refusal_where_none_is_told(code, text: str) -> None:
    assert not _roots(code(text))


def test_a_named_group_rejects_its_own_governments_plan(code) -> None:
    found = _roots(code("Hezbollah rejected the Lebanese government's plan to disarm the group."))
    assert ("HEZ", "1232", "LBNGOV") in found, found


def test_an_object_denied_by_no_under_would_is_refused(code) -> None:
    found = _roots(code("North Korea said it would hold no talks with the United States."))
    assert ("PRK", "125", "USA") in found, found
    assert ("ISR", "124", "HMS") in _roots(code("Israel will make no concessions to Hamas, Netanyahu said."))


def test_an_act_that_did_not_happen_is_no_refusal(code) -> None:
    events = code("The two sides held no talks last year.")
    assert not [e for e in events if e.modality == "asserted" and e.root in ("04", "12")]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Kremlin refused to be drawn on the matter.", "011"),
        ("The Russian government has long rejected any role in the poisoning.", "016"),
    ],
)
def test_refusing_comment_or_a_role_is_a_statement(code, text: str, cameo: str) -> None:
    events = code(text)
    assert [e.cameo for e in events] == [cameo]


@pytest.mark.parametrize(
    "text",
    [
        "Vanuatu ended diplomatic relations with Taiwan.",
        "Washington said it would terminate its relationship with the World Health Organization.",
    ],
)
def test_ties_ended_or_a_relationship_cut_reduce_relations(code, text: str) -> None:
    assert "161" in [e.cameo for e in code(text)]
