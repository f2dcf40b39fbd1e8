"""Session 23: material-conflict wordings found by a probe set. An armed role word the tagger reads as an
adjective on a site ("militant hideouts") names the side attacked there; the first of two coordinated verbs
acts on the object hung on the second ("beat and arrested X"); armed groups storming a mission attack it
(190, a crowd riots); "threatened to intervene" threatens force (138); "A and B fought battles" is a fight
both ways, unless the battle is fought in court or markets; "air strikes against X" are air strikes (195).
Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _triples(events: list) -> set[tuple[str, str, str | None]]:
    return {(e.cameo, e.source.actor.code, e.target.actor.code if e.target else None) for e in events}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Turkish warplanes bombed Kurdish militant positions in northern Iraq overnight.", "TURMIL"),
        ("Syrian troops shelled rebel strongholds in Aleppo.", "SYRMIL"),
        ("Iraqi forces attacked militant hideouts in Anbar.", "IRQMIL"),
    ],
)
def test_armed_side_of_a_site_is_the_target(code, text: str, source: str) -> None:
    events = code(text)
    hits = [e for e in events if e.cameo.startswith("19") and e.source.actor.code == source]
    assert hits, _triples(events)
    assert all(e.target is not None and e.target.actor.role == "REB" for e in hits), _triples(events)


def test_militant_adjective_elsewhere_names_no_side(code) -> None:
    events = code("The cleric delivered a militant sermon at the camp.")
    assert not any(e.cameo[:2] in ("18", "19", "20") for e in events), _triples(events)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Police beat and arrested dozens of protesters in Harare.", "175", "173"),
        ("Soldiers beat and detained three journalists.", "182", "173"),
        ("Iranian security forces beat and detained dozens of women in Tehran.", "182", "173"),
    ],
)
def test_first_coordinated_verb_shares_the_object(code, text: str, first: str, second: str) -> None:
    events = code(text)
    codes = {e.cameo for e in events if e.target is not None}
    assert {first, second} <= codes, _triples(events)


@pytest.mark.parametrize(
    ("text", "target_country"),
    [
        ("Militants stormed the US consulate in Benghazi.", "USA"),
        ("Gunmen stormed the Kenyan embassy in Mogadishu.", "KEN"),
    ],
)
def test_armed_group_storming_a_mission_attacks_it(code, text: str, target_country: str) -> None:
    events = code(text)
    assert any(e.cameo == "190" and e.target is not None and e.target.actor.country == target_country
               for e in events), _triples(events)
    assert not any(e.cameo.startswith("14") for e in events), _triples(events)


def test_crowd_storming_parliament_still_riots(code) -> None:
    events = code("Protesters stormed the parliament building in Skopje.")
    assert any(e.cameo == "145" for e in events), _triples(events)
    assert not any(e.cameo.startswith("19") for e in events), _triples(events)


def test_threat_to_intervene_is_military(code) -> None:
    events = code("Washington threatened to intervene against Iran.")
    assert any(e.cameo == "138" and e.target is not None and e.target.actor.country == "IRN"
               for e in events), _triples(events)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Armenian and Azerbaijani forces fought fierce battles along the line of contact.",
         "ARMMIL", "AZEMIL"),
        ("Rebels fought fierce battles with the army near Goma.", "CODREB", "CODMIL"),
    ],
)
def test_fought_battles_is_a_fight_both_ways(code, text: str, a: str, b: str) -> None:
    found = _triples(code(text))
    assert ("190", a, b) in found and ("190", b, a) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Apple and Samsung fought a patent war in US courts.",
        "Kenya and Uganda fought a legal battle over Migingo island.",
    ],
)
def test_battles_without_arms_are_no_fight(code, text: str) -> None:
    events = code(text)
    assert not any(e.cameo[:2] in ("18", "19", "20") for e in events), _triples(events)


def test_air_strikes_against_a_side_are_air_strikes(code) -> None:
    events = code("A Saudi-led coalition began air strikes against Houthi rebels in Yemen.")
    assert any(e.cameo == "195" and e.target is not None and e.target.actor.role == "REB"
               for e in events), _triples(events)
