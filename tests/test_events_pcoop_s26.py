"""Senses of yielding, judicial handover and alert verbs that name no concession, surrender or posture."""

from __future__ import annotations

import pytest


def _triples(events) -> set[tuple[str, str | None, str]]:
    return {(e.source.actor.code, e.target.actor.code if e.target else None, e.cameo) for e in events}


def _roots(events) -> set[str]:
    return {e.root for e in events}


@pytest.mark.parametrize(
    "text",
    [
        # a speech or an interview given somewhere is a remark: the place's "in" is no "give in"
        "The Chilean president gave a speech in Madrid on trade with Europe.",
        "The Iraqi prime minister gave an interview in Baghdad to a Saudi channel.",
        # a camp that houses people accommodates them; nobody yields
        "The new camp in Chad accommodates 8,000 people who fled Sudan.",
        # rescued children or prizes handed over go to families or winners, no suspect to another's courts
        "The Ugandan army handed over 150 rescued children to their parents on Friday.",
        # provinces warned of a storm, airports watching for attacks: no force posture
        "The Vietnamese weather agency put 12 provinces on alert ahead of the storm.",
        "Airports across Germany are on alert after a series of drone sightings.",
    ],
)
def test_no_cooperation_or_posture(code, text: str) -> None:
    assert not _roots(code(text)) & {"06", "08", "15"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # yielding, handing over a suspect, forces on alert: still coded
        ("The Georgian government gave in to the demands of the protesters.", "08"),
        ("Armenia handed over the suspect to Russian authorities.", "06"),
        ("India placed its air defences on high alert after the strikes.", "15"),
        ("North Korea put its army on standby, state media said.", "15"),
        ("The Greek defence ministry said its troops were on alert near the islands.", "15"),
    ],
)
def test_real_cooperation_and_posture_kept(code, text: str, expected: str) -> None:
    assert expected in _roots(code(text))


def test_judicial_handover_is_directed(code) -> None:
    events = code("Armenia handed over the suspect to Russian authorities.")
    assert ("ARM", "RUSGOV", "063") in _triples(events)


def test_police_on_alert_is_police_alert(code) -> None:
    events = code("Kenyan police were on high alert in Nairobi ahead of the protests.")
    assert "151" in {e.cameo for e in events}
