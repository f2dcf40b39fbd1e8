"""Session 9 actor facts, fourth pass: titles and forces of regional and agency registers (police chiefs
named "of Police", a people's army, India's "Union" ministers)."""

from __future__ import annotations

import pytest
from tests._actors_helpers import resolve_text

from triadic.actors import ActorResolver


def _codes(resolver: ActorResolver, text: str) -> dict[str, str]:
    return {m.text: m.actor.code for m in resolve_text(resolver, text).mentions}


@pytest.mark.parametrize(("text", "code"), [
    ("Zambia's Inspector-General of Police visited the camp.", "ZMBCOP"),
    ("The Kenyan Inspector General of Police suspended two officers.", "KENCOP"),
    ("Uganda's Commissioner of Police spoke to reporters.", "UGACOP"),
])
def test_a_chief_of_police_is_the_police(resolver: ActorResolver, text: str, code: str) -> None:
    codes = _codes(resolver, text)
    title = [c for t, c in codes.items() if "Police" in t]
    assert title == [code], codes


@pytest.mark.parametrize(("text", "code"), [
    ("The Lao People's Army moved into the valley.", "LAOMIL"),
    ("Angolan public security forces detained the men.", "AGOCOP"),
])
def test_a_peoples_force_is_the_states_own(resolver: ActorResolver, text: str, code: str) -> None:
    codes = _codes(resolver, text)
    force = [c for t, c in codes.items() if t.endswith(("Army", "forces"))]
    assert force == [code], codes


def test_an_inspector_general_alone_keeps_its_office(resolver: ActorResolver) -> None:
    codes = _codes(resolver, "Nigeria's inspector general of the audit office resigned.")
    assert not any(c.endswith("COP") for c in codes.values()), codes


@pytest.mark.parametrize("text", [
    "The Union Minister for Railways toured the station in Patna.",
    "The Union Cabinet approved the new rail line on Wednesday.",
])
def test_indias_union_government(resolver: ActorResolver, text: str) -> None:
    codes = _codes(resolver, text)
    assert "INDGOV" in codes.values(), codes


def test_the_european_union_is_not_indias(resolver: ActorResolver) -> None:
    codes = _codes(resolver, "The European Union government ministers met in Brussels.")
    assert "INDGOV" not in codes.values(), codes


@pytest.mark.parametrize(("text", "code"), [
    ("Zambia's anti-corruption commission questioned the former mayor.", "ZMBGOV"),
    ("The Thai anti-graft agency froze the assets of the senator.", "THAGOV"),
])
def test_an_anti_corruption_body_is_the_government(resolver: ActorResolver, text: str, code: str) -> None:
    codes = _codes(resolver, text)
    body = [c for t, c in codes.items() if "anti-" in t]
    assert body == [code], codes
