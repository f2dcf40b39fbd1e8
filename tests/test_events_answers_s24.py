"""A reprisal vowed beside another party's act threatens that party; ties, relationships and friendship
deepened or cemented are diplomatic cooperation."""

from __future__ import annotations

import pytest


def _triples(events) -> set[tuple[str, str | None, str]]:
    return {(e.source.actor.country or e.source.actor.code, e.target.actor.country if e.target else None,
             e.cameo[:3]) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canberra imposed duties on Indonesian palm oil, and Jakarta vowed to retaliate.",
         ("IDN", "AUS", "130")),
        ("Moscow warned it would respond after Oslo expelled three Russian diplomats.",
         ("RUS", "NOR", "130")),
        ("Ankara threatened to retaliate after Greek coastguards detained Turkish fishermen.",
         ("TUR", "GRC", "130")),
    ],
)
def test_reprisal_threatens_the_doer_of_the_act_it_answers(code, text: str, expected) -> None:
    assert expected in _triples(code(text))


def test_reprisal_with_no_other_party_stays_uncoded(code) -> None:
    # nobody did anything to the threatener here: a threat to no one is no event
    assert not [e for e in code("Jakarta vowed to retaliate.") if e.root == "13"]


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi and Delhi have cemented their friendship.",
        "Hanoi and Delhi pledged to deepen their traditional friendship.",
        "Hanoi and Delhi moved to mend their relationship.",
    ],
)
def test_ties_named_as_friendship_or_relationship(code, text: str) -> None:
    got = {(s, t, c[:2]) for s, t, c in _triples(code(text))}
    assert {("VNM", "IND", "05"), ("IND", "VNM", "05")} <= got or \
        {("VNM", "IND", "03"), ("IND", "VNM", "03")} <= got, got


def test_trailing_report_hung_on_its_speaker_is_no_target(code) -> None:
    # the parser makes "state media" one more name after "Lula" and hangs "reported" on it
    events = code("Xi Jinping held talks with Brazilian President Lula, state media reported on Friday.")
    assert {(e.source.actor.country, e.target.actor.code if e.target else None) for e in events
            if e.root == "04"} == {("CHN", "BRAGOV")}
