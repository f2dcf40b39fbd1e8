"""False events from political words that report no act: a threat's condition, history dated by a
possessed year or a "when" clause (sentences written for these tests)."""

from __future__ import annotations


def test_condition_of_a_threatened_act_is_not_coded(code) -> None:  # type: ignore[no-untyped-def]
    # the "if" clause says what the threat is about: CAMEO codes the threat only
    evs = code("Tehran threatened to close the Strait of Hormuz if Washington bombed its nuclear sites.")
    assert any(e.root == "13" and e.source.actor.country == "IRN" for e in evs), evs
    assert not any(e.source.actor.country == "USA" for e in evs), evs
    evs = code("Pyongyang warned that it would strike Guam if American bombers flew over the peninsula.")
    assert not any(e.root == "19" and e.source.actor.country == "USA" for e in evs), evs


def test_possessed_act_of_a_past_year_is_history(code) -> None:  # type: ignore[no-untyped-def]
    # published 2026: "Russia's 2014 annexation" is recalled, not reported
    evs = code("Kyiv's envoy met his Polish counterpart in Warsaw, twelve years after Russia's 2014"
               " annexation of Crimea.")
    assert not any(e.root == "19" for e in evs), evs
    evs = code("The war, which began in March 2015 when rebels attacked army posts in the north, has"
               " displaced two million people, the UN said.")
    assert not any(e.root in ("18", "19") for e in evs), evs
