"""Session 9, round 4: laws that bind. A law, bill or decree whose participle or relative clause
obliges a party to act ("adopted a decree forcing X to V", "passed a bill requiring X to V") is a
restriction the enacting body imposes on that party (CAMEO 172; 1721 on media, NGOs, parties or the
opposition), not the body's demand or coercion. Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _codes(events: list) -> list[tuple[str, str | None]]:
    return [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Belarus's parliament passed a bill on Monday requiring newspapers to submit articles to censors.",
        "The Kyrgyz government adopted a decree forcing charities to disclose every foreign donor.",
        "The junta in Niamey issued a decree requiring media outlets to register with the police.",
    ],
)
def test_a_rule_binding_the_media_or_civil_groups_restricts_political_freedoms(code, text: str) -> None:
    events = code(text)
    assert any(e.cameo == "1721" for e in events), _codes(events)
    # the enacting body restricts; it does not demand (10x) or coerce (170) in the same words
    assert not any(e.root == "10" or e.cameo == "170" for e in events), _codes(events)


def test_a_rule_binding_other_parties_is_a_plain_restriction(code) -> None:
    events = code("Peru's congress adopted a measure on Tuesday forcing banks to report cash transfers.")
    assert any(e.cameo == "172" for e in events), _codes(events)
    assert not any(e.cameo == "1721" for e in events), _codes(events)


def test_a_party_that_requires_something_itself_still_demands(code) -> None:
    # no rule noun: the government's own requirement stays a demand
    events = code("The Chilean government required the mining firm to pay the back taxes.")
    assert not any(e.root == "17" for e in events), _codes(events)


def test_a_rule_with_no_enacting_body_named_is_no_demand(code) -> None:
    # the rule itself is no actor: nothing demands, and no one is named as restricting
    events = code("The statute requires every candidate to file a list of donors.")
    assert not any(e.root in ("10", "17") for e in events), _codes(events)


def test_a_ruling_dismissed_as_something_is_criticism_of_the_court(code) -> None:
    events = code(
        "Bosnia's state court jailed the Serb leader for a year, a verdict he dismissed as a farce."
    )
    assert any(e.cameo == "111" and e.target is not None and e.target.actor.role == "JUD" for e in events), \
        _codes(events)
    assert not any(e.root == "12" for e in events), _codes(events)


def test_a_proposal_dismissed_as_something_stays_a_rejection(code) -> None:
    # only a court's ruling is criticised by the characterisation; a plan turned down is rejected
    events = code("Serbia's government made an offer to Kosovo, a plan Kosovo dismissed as a trap.")
    assert not any(e.cameo == "111" for e in events), _codes(events)
