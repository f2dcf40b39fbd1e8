"""Session 9 party mechanisms: the doers of a protest an act provokes named by "by" (a crowd noun standing
for its "of" phrase), the state across a border where forces are massed, a named labour centre's
ultimatum aimed at its own government."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _dyads(events: list) -> set[tuple[str, str | None, str]]:
    return {(e.source.actor.code, e.target.actor.code if e.target else None, e.root) for e in events}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Bolivia's electoral court barred the opposition leader from the race, prompting a protest by hundreds "
     "of his supporters outside the court.", "BOLCVL", "BOLJUD"),
    ("A court in Ecuador convicted the mayor, triggering protests by thousands of farmers.", "ECUAGR",
     "ECUJUD"),
])
def test_protest_provoked_by_an_act_is_by_its_crowd_against_the_actor(code: Callable[[str], list], text: str,
                                                                      source: str, target: str) -> None:
    protests = [e for e in code(text) if e.root == "14"]
    assert protests, [(e.source.actor.code, e.cameo) for e in code(text)]
    assert (protests[0].source.actor.code, protests[0].target and protests[0].target.actor.code) == (
        source, target)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Sudan has massed troops along its border with Chad in recent weeks, officials said.", ("SDN", "TCD")),
    ("Azerbaijan deployed tanks along its border with Armenia's Syunik province.", ("AZE", "ARM")),
])
def test_forces_massed_on_a_border_face_the_state_across_it(code: Callable[[str], list], text: str,
                                                            dyad: tuple[str, str]) -> None:
    found = {(s, t) for s, t, root in _dyads(code(text)) if root == "15"}
    assert dyad in found, _dyads(code(text))


def test_border_without_a_named_neighbour_gives_no_target(code: Callable[[str], list]) -> None:
    events = [e for e in code("Sudan has massed troops along the border in recent weeks.") if e.root == "15"]
    assert events and all(e.target is None or e.target.actor.country == "SDN" for e in events)


def test_labour_congress_ultimatum_targets_its_own_government(code: Callable[[str], list]) -> None:
    events = code("The Zambia Labour Congress gave the federal government a seven-day ultimatum.")
    assert ("ZMBLAB", "ZMBGOV") in {(s, t) for s, t, _ in _dyads(events)}, _dyads(events)



@pytest.mark.parametrize("text", [
    "Peru's prime minister resigned on Friday, bowing to weeks of street protests demanding his removal.",
    "The government imposed a curfew amid protests demanding the president's resignation.",
])
def test_demand_of_unnamed_protests_is_not_the_clause_subjects(code: Callable[[str], list],
                                                               text: str) -> None:
    assert not [e for e in code(text) if e.root == "10"], _dyads(code(text))


def test_protests_the_subject_staged_still_demand_for_it(code: Callable[[str], list]) -> None:
    events = code("Nurses in Chile staged protests demanding higher pay from the health ministry.")
    assert any(e.source.actor.code == "CHLHLH" for e in events), _dyads(events)
