"""Session 9 actor facts, fifth pass: "the Centre" of Indian copy is the Union government, and only there;
the leader of a body the resolver cannot name is no head of state."""

from __future__ import annotations

import pytest
from tests._actors_helpers import resolve_text

from triadic.actors import ActorResolver


def _codes(resolver: ActorResolver, text: str) -> dict[str, str]:
    return {m.text: m.actor.code for m in resolve_text(resolver, text).mentions}


@pytest.mark.parametrize(("text", "words"), [
    ("The chief minister of Odisha said the Centre had not paid the grain subsidy.", "the Centre"),
    ("The Centre will send two more battalions to Manipur next week.", "The Centre"),
    ("Indian farm unions marched in Haryana on Monday. Their leaders blamed the Centre for the delay.",
     "the Centre"),
    ("The Bihar government rejected Centre's proposal on river water.", "Centre"),
])
def test_the_centre_in_indian_copy_is_the_union_government(resolver: ActorResolver, text: str,
                                                           words: str) -> None:
    codes = _codes(resolver, text)
    assert codes.get(words) == "INDGOV", codes


@pytest.mark.parametrize("text", [
    "Guards at a migrant detention centre in Arizona went on strike.",
    "The Carter Center monitored the vote in Liberia.",
    "Researchers at the Centre for Science and Environment in Delhi warned of a heatwave.",
    "Brazil's president opened the Centre on Friday, the mayor of Recife said.",
])
def test_the_centre_elsewhere_or_in_a_name_is_no_government(resolver: ActorResolver, text: str) -> None:
    codes = _codes(resolver, text)
    assert "INDGOV" not in [c for t, c in codes.items() if "Cent" in t], codes
    assert not any(t in ("the Centre", "The Centre", "Centre") for t in codes), codes


def test_the_centre_as_a_party_of_an_event(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Striking tea workers in Assam accused the Centre of cutting their wages.")
    targets = {e.target.actor.code for e in events if e.target is not None}
    assert "INDGOV" in targets, [(e.source.actor.code, e.cameo, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "The leader of an outlawed sect urged followers to resist the police in Uganda.",
    "The chief of a breakaway faction rejected the truce in Chad.",
    "The brotherhood's leader denied the charges before a court in Egypt.",
])
def test_the_leader_of_an_unnamed_body_is_not_the_state(resolver: ActorResolver, text: str) -> None:
    index = resolve_text(resolver, text)
    heads = [m for m in index.mentions if any(w in m.text for w in ("leader", "chief"))]
    assert all(m.actor.role != "GOV" for m in heads), [(m.text, m.actor.code) for m in heads]


@pytest.mark.parametrize(("text", "code"), [
    ("The Ghanaian leader flew to Abuja on Monday.", "GHAGOV"),
    ("The leader of Senegal flew to Abuja on Monday.", "SENGOV"),
    ("Protests spread in Togo. The leader of the country promised a dialogue.", "TGOGOV"),
])
def test_a_state_leader_keeps_the_state(resolver: ActorResolver, text: str, code: str) -> None:
    index = resolve_text(resolver, text)
    heads = [m.actor.code for m in index.mentions if "leader" in m.text]
    assert heads == [code], [(m.text, m.actor.code) for m in index.mentions]
