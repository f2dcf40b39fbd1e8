"""Session 9 parties, fifth pass: the head of an unnamed body does not act as the state, and "the Centre" of
Indian copy is a party of its own beside a state's other people."""

from __future__ import annotations


def _sources(events: list) -> list[str]:  # type: ignore[type-arg]
    return [e.source.actor.code for e in events]


def test_the_head_of_an_unnamed_body_does_not_make_the_state_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The leader of a banned sect threatened to attack police stations in northern Nigeria.")
    assert not any(c.endswith("GOV") for c in _sources(events)), _sources(events)


def test_a_named_state_leader_still_acts(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Nigerian leader threatened to expel foreign miners from the north.")
    assert any(c == "NGAGOV" for c in _sources(events)), _sources(events)


def test_people_of_an_indian_state_protest_against_the_centre(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Farmers in Haryana protested against the Centre on Monday.")
    pairs = {(e.source.actor.code, e.target.actor.code if e.target else None) for e in events}
    assert ("INDAGR", "INDGOV") in pairs, pairs
