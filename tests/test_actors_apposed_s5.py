"""A bare role phrase followed by the name it describes is that named actor. Every sentence here is
written for these tests."""

from __future__ import annotations

from _actors_helpers import covering, resolve_text
from triadic.actors import ActorResolver


def test_counterpart_with_a_named_apposition_takes_the_name_s_country(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Macron met his counterpart, Gabriel Boric, in Paris.")
    assert covering(idx, "counterpart").actor.code == "CHLGOV"


def test_counterpart_followed_by_a_titled_name_takes_that_actor(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Macron will meet his counterpart Chilean President Gabriel Boric at a "
                                 "lunch in Paris.")
    assert covering(idx, "counterpart").actor.country == "CHL"


def test_a_different_role_in_apposition_lends_nothing(resolver: ActorResolver) -> None:
    # students are not protesters' role: the bare protesters keep no country from them
    idx = resolve_text(resolver, "The police arrested the protesters, many Chilean students, on Monday.")
    assert covering(idx, "protesters").actor.country != "CHL"
