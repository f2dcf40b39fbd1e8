"""Places and civilian sites inside the object of an act of force give the event its target country."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _dyads(events: list) -> set[tuple[str, str, str]]:
    return {(e.source.actor.code, e.target.actor.code if e.target else "", e.cameo[:2]) for e in events}


def _hits(events: list, root: str) -> list:
    return [e for e in events if e.cameo.startswith(root)]


def test_place_in_what_is_hit_is_the_country(code) -> None:
    # a city or region locating what a violent verb hits is the country attacked
    ev = _hits(code("Russian missiles hit a water plant in the Odesa region overnight."), "19")
    assert ev and ev[0].target is not None and ev[0].target.actor.country == "UKR"


def test_place_on_the_verb_after_its_object(code) -> None:
    # the parser hangs "near X" on the verb; the object is still what is hit there
    ev = _hits(code("Russian artillery shelled farms near Kupiansk on Sunday."), "19")
    assert ev and ev[0].target is not None and ev[0].target.actor.country == "UKR"


def test_place_of_a_meeting_is_no_target(code) -> None:
    # a place that is only where something happened stays out of the dyad
    for e in code("The foreign ministers of Peru and Chile met in Arequipa on Friday."):
        assert e.target is None or e.target.actor.country in ("PER", "CHL")
        assert e.target is None or e.target.text != "Arequipa"


def test_civilian_site_at_home_hits_the_countrys_civilians(code) -> None:
    ev = _hits(code("Government warplanes bombed a mosque in a village in Idlib province."), "19")
    assert ev and ev[0].target is not None
    assert (ev[0].target.actor.country, ev[0].target.actor.role) == ("SYR", "CVL")


def test_armed_group_burning_homes_hits_its_own_countrys_civilians(code) -> None:
    ev = _hits(code("Somali militants burned dozens of houses overnight."), "17")
    assert ev and ev[0].target is not None
    assert (ev[0].target.actor.country, ev[0].target.actor.role) == ("SOM", "CVL")


def test_a_sides_ground_is_not_civilian(code) -> None:
    # "rebel-held" villages belong to a side: no civilian target is made up for them
    for e in _hits(code("Government troops stormed rebel-held villages in Idlib province."), "19"):
        assert e.target is None or e.target.actor.role != "CVL"


def test_foreign_strike_on_a_site_is_not_the_attackers_civilians(code) -> None:
    # a foreign attacker's site with no place named gets no civilians of the attacker's own country
    for e in _hits(code("Israeli jets bombed a mosque overnight."), "19"):
        assert e.target is None or e.target.actor.country != "ISR"


def test_domestic_arrest_in_a_market_is_unchanged(code) -> None:
    # a market that is only where people were arrested is no target of its own
    ev = _hits(code("Police in Mosul arrested three smugglers at a market."), "17")
    assert ev and all(e.target is None or e.target.text != "a market" for e in ev)


def test_two_sides_are_not_the_host_city(code) -> None:
    # "the two sides" are the two parties named before, not the capital where they met
    events = code("Serbia and Croatia met in Vienna. The two sides agreed to reopen the border.")
    agreed = [e for e in events if e.cameo.startswith("03")]
    assert agreed
    sides = {e.source.actor.country for e in agreed} | {e.target.actor.country for e in agreed if e.target}
    assert "AUT" not in sides and sides <= {"SRB", "HRV"}


def test_own_town_is_no_target_of_a_states_withdrawal(code) -> None:
    # a state's forces leaving a town of their own country do not act on their own country
    for e in code("Ukrainian troops pulled out of the town of Kupiansk on Friday."):
        assert e.target is None or e.target.actor.country != "UKR"


def test_rebels_taking_a_town_act_on_the_country(code) -> None:
    # a non-state group taking a town of its country keeps the place as its target
    ev = [e for e in code("Rebels seized the town of Goma in North Kivu.") if e.cameo.startswith("19")]
    assert ev and ev[0].target is not None and ev[0].target.actor.country == "COD"
