"""Register probes of session 9 round 5: condemned acts whose target is named only in a relative
clause; orders a state gives its own forces to act on another country's people."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _roots(events: list, root: str) -> list[tuple[str | None, str | None]]:
    """The (source country, target country) pairs of the events with this CAMEO root."""
    return [(e.source.actor.country, e.target.actor.country) for e in events if e.root == root]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Malaysia condemned the blast that struck a market in southern Thailand.", "MYS", "THA"),
        ("Qatar denounced the raid which targeted a hospital in Sudan.", "QAT", "SDN"),
        ("Iran denounced the strike that killed two Syrian officers.", "IRN", "SYR"),
    ],
)
def test_condemned_act_aims_at_whom_its_relative_clause_hit(
    code, text: str, source: str, target: str
) -> None:
    """An act noun with no target of its own is aimed at the object of its "that struck X" clause."""
    assert (source, target) in _roots(code(text), "11")


def test_relative_clause_of_other_verbs_names_no_target(code) -> None:
    """Only verbs of hitting name the act's target: "the plan that favours X" is not aimed at X."""
    events = code("Egypt criticized the plan that favours Israeli settlers.")
    assert ("EGY", "ISR") not in _roots(events, "11")


def test_own_target_of_the_act_noun_still_wins(code) -> None:
    """An act noun that names its target ("the attack on X") keeps it over its relative clause."""
    events = code("Kenya condemned the attack on Somali troops that destroyed a school in Nairobi.")
    assert ("KEN", "SOM") in _roots(events, "11")


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("The Ghanaian president ordered the police to arrest the Togolese smugglers.", "GHA", "TGO", "17"),
        ("The Sri Lankan president ordered the navy to free 40 Indian fishermen held in Jaffna.",
         "LKA", "IND", "08"),
        ("Pakistan's interior minister instructed police to release the arrested Afghan refugees.",
         "PAK", "AFG", "08"),
    ],
)
def test_order_to_own_forces_is_the_act_itself(code, text: str, source: str, target: str, root: str) -> None:
    """An order to one's own police or navy to act on foreigners is the state's act, not a demand."""
    events = code(text)
    assert (source, target) in _roots(events, root)
    assert not _roots(events, "10")


def test_order_to_another_state_stays_a_demand(code) -> None:
    """Ordering another country to act is still a demand on it (10x)."""
    assert ("KEN", "SOM") in _roots(code("Kenya ordered Somalia to release the Kenyan traders."), "10")


def test_order_to_own_forces_with_no_foreign_party_stays(code) -> None:
    """An order to one's own army naming no foreign party is not turned into the army's act."""
    events = code("The Zambian president ordered the army to guard the polling stations.")
    assert not [e for e in events if e.rule and e.rule.startswith("command:")]
