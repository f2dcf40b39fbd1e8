"""Session 9 party mechanisms, third pass: the one a court finds guilty in a small clause and the
legislature a vetoed bill came from."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _dyads(events: list) -> set[tuple[str, str | None, str]]:
    return {(e.source.actor.code, e.target.actor.code if e.target else None, e.root) for e in events}


@pytest.mark.parametrize(("text", "target"), [
    ("A court in Lagos found two police officers guilty of murder on Tuesday.", "NGACOP"),
    ("A tribunal in Nairobi found three Kenyan soldiers guilty of looting.", "KENMIL"),
])
def test_found_guilty_targets_the_one_the_adjective_is_said_of(code: Callable[[str], list], text: str,
                                                                target: str) -> None:
    dyads = _dyads(code(text))
    assert any(t == target and root == "11" for _, t, root in dyads), dyads


@pytest.mark.parametrize(("text", "target"), [
    ("The Kenyan president vetoed a bill on land reform on Monday.", "KENLEG"),
    ("Peru's president vetoed a law that would have cut pensions.", "PERLEG"),
])
def test_a_vetoed_bill_is_aimed_at_the_legislature(code: Callable[[str], list], text: str,
                                                   target: str) -> None:
    dyads = _dyads(code(text))
    assert any(t == target and root == "12" for _, t, root in dyads), dyads


def test_a_vetoed_bill_named_with_its_passer_keeps_it(code: Callable[[str], list]) -> None:
    dyads = _dyads(code("Chile's president vetoed a bill passed by Congress last week."))
    assert any(t is not None and t.endswith("LEG") and root == "12" for _, t, root in dyads), dyads


def test_a_legislature_vetoing_gets_no_implied_legislature(code: Callable[[str], list]) -> None:
    dyads = _dyads(code("Lawmakers in Ghana vetoed a bill on mining."))
    assert not any(t is not None and t.endswith("LEG") for _, t, _r in dyads), dyads


@pytest.mark.parametrize(("text", "target"), [
    ("Farmers blocked a highway near Cusco on Monday, and police used tear gas to clear it.", "PERAGR"),
    ("Dockworkers occupied the port of Mombasa, and Kenyan police used water cannon to remove them.",
     "KENLAB"),
])
def test_force_joined_to_a_protest_clause_targets_the_crowd(code: Callable[[str], list], text: str,
                                                             target: str) -> None:
    dyads = _dyads(code(text))
    assert any(s.endswith("COP") and t == target for s, t, _r in dyads), dyads


def test_force_beside_a_clause_of_another_state_body_takes_no_crowd(code: Callable[[str], list]) -> None:
    dyads = _dyads(code("The ministry closed the border near Cusco, and police used tear gas on Monday."))
    assert not any(s.endswith("COP") and t is not None and t.endswith("GOV") for s, t, _r in dyads), dyads


@pytest.mark.parametrize(("text", "target"), [
    ("Opposition parties in Nepal threatened to file a censure motion against the cabinet.", "NPLGOV"),
    ("Ghana's opposition threatened to table a motion against the finance minister.", "GHAGOV"),
])
def test_a_threatened_uncoded_act_is_aimed_at_its_object_phrase(code: Callable[[str], list], text: str,
                                                               target: str) -> None:
    dyads = _dyads(code(text))
    assert any(t == target and root == "13" for _, t, root in dyads), dyads


def test_a_leader_of_the_opposition_is_no_government_target(code: Callable[[str], list]) -> None:
    dyads = _dyads(code("A court in Karachi jailed a senior leader of the opposition for five years."))
    assert any(s == "PAKJUD" and t == "PAKOPP" for s, t, _r in dyads), dyads


def test_a_candidate_barred_by_a_court_is_the_target(code: Callable[[str], list]) -> None:
    dyads = _dyads(code("The electoral court in Lima barred a presidential candidate from the vote."))
    assert any(s == "PERJUD" and t == "PERCVL" for s, t, _r in dyads), dyads
