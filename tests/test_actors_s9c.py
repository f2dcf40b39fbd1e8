"""Session 9 actor facts, third pass: members of a legislature are the legislature's (CAMEO LEG)."""

from __future__ import annotations

from tests._actors_helpers import named, resolve_text

from triadic.actors import ActorResolver


def test_senators_are_the_legislature(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Senators in Brazil met the minister on Monday.")
    assert named(index, "Senators in Brazil").actor.code == "BRALEG"


def test_a_senator_by_title_is_the_legislature(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Chilean Senator Ana Rojas criticised the plan.")
    assert any(m.actor.code == "CHLLEG" for m in index.mentions), [m.actor.code for m in index.mentions]


def test_a_minister_by_title_stays_government(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Chilean Minister Ana Rojas criticised the plan.")
    assert any(m.actor.code == "CHLGOV" for m in index.mentions), [m.actor.code for m in index.mentions]


def test_a_title_of_the_opposition_serves_the_opposition(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "A senior leader of the opposition in Zambia was arrested on Monday.")
    assert any(m.actor.code == "ZMBOPP" and "leader" in m.text for m in index.mentions), \
        [(m.text, m.actor.code) for m in index.mentions]


def test_a_spokesman_of_a_party_serves_the_party(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "A spokesman of the ruling party in Ghana denied the claims.")
    assert any(m.actor.role == "PTY" and "spokesman" in m.text for m in index.mentions), \
        [(m.text, m.actor.code) for m in index.mentions]


def test_a_title_of_a_state_body_stays_with_the_state(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "The chief of the army in Ghana resigned on Monday.")
    assert all(m.actor.role not in ("OPP", "PTY") for m in index.mentions), \
        [(m.text, m.actor.code) for m in index.mentions]


def test_a_candidate_for_office_is_a_citizen_of_the_country(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Gunmen in Honduras shot dead a mayoral candidate on Sunday.")
    assert any(m.actor.code == "HNDCVL" and "candidate" in m.text for m in index.mentions), \
        [(m.text, m.actor.code) for m in index.mentions]
