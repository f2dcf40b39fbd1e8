"""Session 9 actor facts, second pass: the capitals of French overseas countries are their own."""

from __future__ import annotations

from tests._actors_helpers import named, resolve_text

from triadic.actors import ActorResolver


def test_overseas_capitals_belong_to_their_own_country(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Riot police were flown from Paris to Noumea and Papeete.")
    assert named(index, "Noumea").actor.country == "NCL"
    assert named(index, "Papeete").actor.country == "PYF"
    assert named(index, "Paris").actor.country == "FRA"


def test_the_overseas_country_name_still_resolves(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "New Caledonia and French Polynesia held elections.")
    assert named(index, "New Caledonia").actor.country == "NCL"
    assert named(index, "French Polynesia").actor.country == "PYF"
