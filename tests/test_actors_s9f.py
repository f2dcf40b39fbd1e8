"""Session 9 actor facts, sixth pass: the Pope, by title or by name within his reign, is the Holy See's
sovereign (VATGOV); "pope" as a lowercase common noun and other people called Francis or Leo are not."""

from __future__ import annotations

from datetime import date

import pytest
from tests._actors_helpers import resolve_text

from triadic.actors import ActorResolver


def _codes(resolver: ActorResolver, text: str, day: date = date(2026, 3, 1)) -> dict[str, str]:
    return {m.text: m.actor.code for m in resolve_text(resolver, text, day).mentions}


@pytest.mark.parametrize(("text", "words"), [
    ("The Pope appealed for a truce in eastern Congo during his Sunday blessing.", "The Pope"),
    ("Pilgrims waited for hours before the pontiff arrived in Lisbon.", "the pontiff"),
    ("Pope Leo asked the warring parties in Sudan to open the roads to aid convoys.", "Pope Leo"),
    ("Leaders of both Koreas were invited to Rome by Pope Leo XIV.", "Pope Leo XIV"),
])
def test_the_pope_is_the_holy_see(resolver: ActorResolver, text: str, words: str) -> None:
    codes = _codes(resolver, text)
    assert codes.get(words) == "VATGOV", codes


def test_a_pope_named_within_his_reign_is_the_holy_see(resolver: ActorResolver) -> None:
    text = "Pope Francis visited refugee camps on the Greek island of Lesbos."
    codes = _codes(resolver, text, date(2024, 3, 1))
    assert codes.get("Pope Francis") == "VATGOV", codes


@pytest.mark.parametrize("text", [
    "Francis Ngannou won the heavyweight bout in Riyadh.",
    "A new pope is usually elected within two weeks of a conclave opening.",
])
def test_other_francises_and_the_common_noun_are_not_the_holy_see(resolver: ActorResolver, text: str) -> None:
    codes = _codes(resolver, text)
    assert "VATGOV" not in codes.values(), codes


@pytest.mark.parametrize(("text", "words"), [
    ("The Coptic Pope received the governor of Minya after the church fire.", "The Coptic Pope"),
    ("Pope Tawadros II opened a new cathedral east of Cairo.", "Pope Tawadros II"),
])
def test_the_coptic_pope_is_an_egyptian_church_leader(resolver: ActorResolver, text: str, words: str) -> None:
    codes = _codes(resolver, text)
    assert codes.get(words) == "EGYREL", codes
