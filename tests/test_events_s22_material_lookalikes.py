"""Session 22: material-conflict look-alikes and a body's named official. An act after "fears of" or
"the risk of" is only feared and codes nothing; a monitor that "recorded" or "counted" attacks keeps a
tally and did not attack; a that-clause under "no evidence" or "no sign" is denied; and "Hamas official
<Name>" is the group's, not a civilian. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from _event_sets import coded_triples


def _conflict(events: list) -> list:
    return [e for e in events if e.cameo[:2] in ("13", "15", "17", "18", "19", "20", "11")
            and e.modality != "negated"]


@pytest.mark.parametrize(
    "text",
    [
        "Observers warned of the risk of an armed clash between Guyana and Venezuela.",
        "The troop build-up raised fears of a Chinese invasion of Taiwan.",
        "Diplomats spoke of the danger of a Russian assault on Moldova.",
    ],
)
def test_feared_acts_are_no_events(code, text: str) -> None:
    events = code(text)
    assert not _conflict(events), coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "The OSCE monitoring mission said it had recorded 60 ceasefire violations in the past week.",
        "Monitors counted 30 attacks on aid convoys in Darfur last month.",
    ],
)
def test_tallied_acts_are_not_the_monitor_s(code, text: str) -> None:
    events = code(text)
    assert not any(e.cameo[:2] in ("18", "19", "20") for e in events), coded_triples(events)


def test_reported_violence_stays(code) -> None:
    # the tally verbs leave a plain act of force alone
    events = code("Azerbaijani troops shelled Armenian positions near the border on Monday.")
    assert any(e.cameo.startswith("19") for e in events), coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Greek officials said there was no evidence that the coast guard had pushed back migrants.",
        "Investigators found no proof that Chadian soldiers had arrested the reporters.",
    ],
)
def test_acts_without_proof_are_denied(code, text: str) -> None:
    events = code(text)
    hits = [e for e in events if e.cameo in ("173", "174")]
    assert hits and all(e.modality == "negated" for e in hits), [(e.cameo, e.modality) for e in events]


def test_acts_with_proof_stay_asserted(code) -> None:
    events = code("Investigators found proof that Chadian soldiers had arrested the reporters.")
    assert any(e.cameo == "173" and e.modality != "negated" for e in events), coded_triples(events)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("An Israeli strike killed senior Hamas official Yusuf Barakat in Beirut.", "195"),
        ("Lebanese police detained Hezbollah official Karim Nasser on Tuesday.", "173"),
    ],
)
def test_named_official_of_a_group_is_the_group_s(code, text: str, cameo: str) -> None:
    events = code(text)
    hits = [e for e in events if e.cameo == cameo and e.target is not None]
    groups = ("HMS", "HEZ", "PSEREB", "LBNREB")
    assert hits and all(e.target.actor.code in groups for e in hits), coded_triples(events)
