"""Session 26 material conflict: an order that shuts a party down, and an attack suffered by a subject."""

from __future__ import annotations

import pytest


def _triples(events) -> set[tuple[str, str | None, str]]:
    return {(e.cameo, e.source.actor.code, e.target.actor.code if e.target else None) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the orderer imposes the suspension on the outlet it orders (1721), not a demand (10x)
        ("The Malian junta ordered two French newspapers to suspend publication.",
         ("1721", "MLIMIL", "FRAMED")),
        # "forced ... to close" the same way (172)
        ("The Burundian government forced an independent radio station to close.",
         ("172", "BDIGOV", "BDIMED")),
    ],
)
def test_order_to_shut_down_is_a_restriction(code, text: str, expected) -> None:
    assert expected in _triples(code(text))


@pytest.mark.parametrize(
    "text",
    [
        # the orderer's own organs told to close something: no restriction on them
        "The Kenyan government ordered the police to close the offices of the opposition party.",
        "Russia's interior minister ordered Russian police to suspend patrols.",
    ],
)
def test_order_to_own_organs_is_no_restriction(code, text: str) -> None:
    assert not [e for e in code(text) if e.root == "17"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the party named on the act suffered is its doer, the subject its target
        ("The town of Avdiivka came under a Russian missile attack overnight.", ("RUS", "UKR", "19")),
        ("Israeli positions came under Hezbollah rocket fire on Monday.", ("HEZ", "ISR", "19")),
    ],
)
def test_attack_suffered_takes_the_party_named_on_it(code, text: str, expected) -> None:
    assert expected in {(e.source.actor.code, e.target.actor.code if e.target else None, e.root)
                        for e in code(text)}


def test_fire_suffered_from_no_one_is_no_event(code) -> None:
    # no doer named on the fire or in a "from" phrase: no source, so nothing is coded
    assert not [e for e in code("A UN patrol came under fire near the village, officials said.")
                if e.root == "19"]
