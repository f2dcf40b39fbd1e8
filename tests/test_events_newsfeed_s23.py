"""Session 23: sentences of a whole news feed that name no political act. Ills fought or battled, struggles
"to end" or "to keep" something, products recalled, matches hosted, fans invading a city, critics attacking a
show, investors punishing a firm, smoke or haze hitting a place and fires threatening suburbs are "no event"
senses; a game with a score or set at a match or final is no force, visit or rebuke between the sides named;
and a "no event" sense anywhere in a sentence keeps the learned fallback from guessing one.
Every sentence is written for this file."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest

from triadic.events import EventCoder, load_patterns


def _triples(events: list) -> set[tuple[str, str, str | None]]:
    return {(e.cameo, e.source.actor.code, e.target.actor.code if e.target else None) for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's finance minister vowed to fight inflation and battle rising food prices.",
        "Rights activists and students fought to stop the eviction that threatened the slum.",
        "Union leaders and pensioners battled to save the steelworks from closure.",
        "Hyundai recalled 200,000 cars in Canada over a wiring fault.",
        "Fans of the Brazilian club invaded Lisbon for the final weekend.",
        "The Danish series was attacked by critics for its portrayal of Greenland.",
        "Investors punished Nestle after it cut its forecast for Asia.",
        "Smoke from Indonesian fires hit Singapore and Malaysia this week.",
        "Bushfires threatened towns west of Sydney on Friday.",
    ],
)
def test_no_event_senses_of_conflict_verbs(code, text: str) -> None:
    events = code(text)
    assert not events, _triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Galatasaray crushed Fenerbahce 3-0 in Istanbul on Sunday.",
        "Mexico hosted Canada in a World Cup qualifier in Monterrey.",
        "Egypt hammered Ghana 4-1 to reach the semi-finals.",
    ],
)
def test_a_game_is_no_act_between_states(code, text: str) -> None:
    events = code(text)
    assert not events, _triples(events)


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("Kenya hosted Ethiopia's prime minister in Nairobi on Tuesday.", "043", "KEN", "ETH"),
        ("The Security Council voted 12-0 to condemn Syria's attack.", "111", "UNO", "SYR"),
        ("Russian forces attacked Ukrainian positions near Kupiansk.", "190", "RUS", "UKR"),
        ("Volunteers and soldiers fought Islamic State militants near Raqqa.", "190", "SYR", None),
        # resolve to fight on is no struggle for an aim: under a warning it is a threat
        ("Pakistan's army chief warned that Pakistan would fight to the end if India launched a strike.",
         "138", "PAK", "IND"),
        # a range that is a date is no score
        ("The Iranian foreign minister visited Baghdad on 14-15 June.", "042", "IRN", "IRQ"),
        # a shootout is a gunfight, not a game
        ("Pakistani police killed three militants in a shootout near Peshawar.", "193", "PAK", "PAK"),
    ],
)
def test_political_uses_of_the_same_verbs_stay(
    code, text: str, cameo: str, source: str, target: str | None
) -> None:
    events = code(text)
    hits = [e for e in events
            if e.cameo[:2] == cameo[:2] and source in (e.source.actor.country, e.source.actor.code)
            and (target is None or (e.target is not None and e.target.actor.country == target))]
    assert hits, _triples(events)


class _AlwaysFight:
    """A stand-in classifier that calls every sentence 'fight' with certainty."""

    def predict(self, texts: list[str]) -> Sequence[tuple[str, float]]:
        return [("19", 0.99) for _ in texts]


def test_no_event_sense_keeps_the_fallback_out(nlp, resolver) -> None:
    from triadic.pipeline import Coder

    pipeline = Coder(nlp=nlp, resolver=resolver,
                     event_coder=EventCoder(load_patterns(), classifier=_AlwaysFight()))
    quiet = pipeline.code_text("The interior ministry launched a campaign to fight graft in the army.",
                               date(2025, 2, 1)).events
    assert not quiet, _triples(list(quiet))
    # a sentence with no pattern at all is still left to the fallback
    loud = pipeline.code_text("Pakistan's army stayed near India's border this week.",
                              date(2025, 2, 1)).events
    assert any(e.rule == "classifier" for e in loud), _triples(list(loud))
