"""A named person a state's act of control deals with (freed, arrested, jailed) takes that state's
country when the dictionary knows none for them. Every sentence here is written for these tests."""

from __future__ import annotations

from _actors_helpers import covering, resolve_text
from triadic.actors import ActorResolver


def test_person_a_court_frees_takes_the_court_s_country(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "A Chilean court on Tuesday freed activist pastor Juan Soto, a critic of "
                                 "President Gabriel Boric.")
    soto = covering(idx, "Juan Soto").actor
    assert soto.country == "CHL"
    assert soto.name == "Juan Soto"  # a person keeps their own name


def test_former_official_a_court_releases_takes_its_country(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "A court in Peru released former Vice President Luis Vargas from prison.")
    assert covering(idx, "Luis Vargas").actor.country == "PER"


def test_person_a_court_merely_orders_keeps_no_country(resolver: ActorResolver) -> None:
    # an order is no act of control over the person: nothing says they are Chilean
    idx = resolve_text(resolver, "A Chilean court ordered businessman Juan Soto to repay the loan.")
    assert covering(idx, "Juan Soto").actor.country is None
