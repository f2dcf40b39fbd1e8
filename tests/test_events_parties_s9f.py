"""Session 9 parties, sixth pass: a relative clause on a noun that names no actor ("a statement that
condemned X") takes the doer of the clause that produced the noun, as the participle does ("a statement
condemning X"); a relative clause on an actor keeps that actor; the Pope acts for the Holy See."""

from __future__ import annotations


def _pairs(events: list) -> set[tuple[str, str | None]]:  # type: ignore[type-arg]
    return {(e.source.actor.code, e.target.actor.code if e.target else None) for e in events}


def test_a_statement_that_condemned_is_its_issuers_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Egypt's foreign ministry issued a statement that condemned Ethiopia over the dam.")
    assert any(s.startswith("EGY") and t == "ETH" for s, t in _pairs(events)), _pairs(events)


def test_a_ruling_which_ordered_is_the_courts_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A Kenyan court delivered a judgment which ordered the police to free the two activists.")
    assert any(s == "KENJUD" for s, _ in _pairs(events)), _pairs(events)


def test_a_relative_clause_on_an_actor_keeps_that_actor(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Turkey shot down a Syrian jet that attacked rebel positions near the border.")
    assert any(s == "SYRMIL" for s, _ in _pairs(events)), _pairs(events)
    assert not any(s == "TUR" and t == "REB" for s, t in _pairs(events)), _pairs(events)


def test_the_pope_urges_for_the_holy_see(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Pope urged Armenia and Azerbaijan to sign the peace treaty.")
    assert ("VATGOV", "ARM") in _pairs(events), _pairs(events)


def test_a_march_planned_by_a_crowd_is_the_crowds_act(code) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "organised" on "parliament"; who organised the march still marched
    events = code("Police sealed off Dhaka ahead of a march on parliament organised by opposition activists.")
    assert any(e.cameo.startswith("14") and e.source.actor.code.endswith(("OPP", "CVL")) for e in events), \
        [(e.cameo, _pairs([e])) for e in events]


def test_what_observers_described_as_a_crackdown_is_not_their_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Police in Nairobi detained 30 protesters, in what observers described as a crackdown on "
                  "dissent.")
    assert not any(e.cameo.startswith("17") and e.source.actor.role == "EDU" for e in events), \
        [(e.cameo, _pairs([e])) for e in events]
    assert not any(e.source.actor.code.endswith("EDU") for e in events)
