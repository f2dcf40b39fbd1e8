"""Session 7, third pass of vocabulary (from real-news recall misses): flights, air links and routes
suspended or halted and airspace closed restrict a country's transport (163); links cut or severed
reduce relations (161); agreeing to set up, establish or create something expresses intent to
cooperate (030); peacekeepers deploying keep the peace (074). Every sentence is written for this file."""

from __future__ import annotations

from datetime import datetime

import pytest
from spacy.language import Language

from _events_fake import trigger_codes as _triggers
from triadic.actors import ActorResolver
from triadic.config import Settings
from triadic.events import EventCoder
from triadic.pipeline import Coder


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # 163: transport to or from a country suspended, halted or stopped (an embargo on travel)
        ("Kuwait suspended all flights to Iran on Tuesday.", "suspended", "163"),
        ("Egypt halted air links with Qatar during the crisis.", "halted", "163"),
        ("The ministry stopped flights to Beirut until further notice.", "stopped", "163"),
        ("Bahrain suspended the ferry route to Qatar.", "suspended", "163"),
        ("Ukraine closed its airspace to Russian airlines.", "closed", "163"),
        # 161: links cut or severed with another party
        ("Georgia cut rail links with Russia after the war.", "cut", "161"),
        ("The party severed its links with the militia.", "severed", "161"),
        # 030: an agreement to set up, establish or create something, or to its implementation
        ("The ministry agreed to set up a joint office with the Red Cross.", "agreed", "030"),
        ("Both cities agreed to establish a trade council next year.", "agreed", "030"),
        ("The council agreed to the creation of a regional fund.", "agreed", "030"),
        # 074: peacekeepers deploying
        ("Peacekeepers began deploying along the ceasefire line.", "deploying", "074"),
    ],
)
def test_session7c_vocabulary_reaches_its_code(
    nlp: Language, coder: EventCoder, text: str, word: str, code: str
) -> None:
    assert _triggers(nlp, coder, text).get(word) == code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # ties cut stay a break in diplomatic relations (161), a flight ban stays 163
        ("Riyadh cut diplomatic ties with Tehran.", "cut", "161"),
        ("Moscow banned flights from Georgia.", "banned", "163"),
        # an agreement to a coded act keeps that act's code as a trigger (the intent comes later)
        ("Japan agreed to provide 50 million dollars to Ukraine.", "provide", "071"),
        # troops sent to a border or a region stay a build-up (154)
        ("Moscow sent troops to the border region.", "sent", "154"),
        ("The army deployed troops to the northern province.", "deployed", "154"),
        # a suspended membership stays a reduction of relations (160)
        ("The bloc suspended Mali's membership after the coup.", "suspended", "160"),
    ],
)
def test_session7c_senses_kept(nlp: Language, coder: EventCoder, text: str, word: str, code: str) -> None:
    assert _triggers(nlp, coder, text).get(word) == code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # budgets and prices cut are no broken link
        ("The government cut fuel prices on Monday.", "cut", "161"),
        # a suspended official or a halted match is no transport embargo
        ("The club suspended its coach for two matches.", "suspended", "163"),
        # agreeing that something is so is no intent to cooperate
        ("The two sides agreed that the talks had been useful.", "agreed", "030"),
    ],
)
def test_session7c_senses_not_taken(
    nlp: Language, coder: EventCoder, text: str, word: str, code: str
) -> None:
    assert _triggers(nlp, coder, text).get(word) != code


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Egypt halted all flights to Qatar on Monday.", "163"),
        ("Moscow cut air links with Georgia after the dispute.", "161"),
    ],
)
def test_session7c_full_pipeline_code(
    nlp: Language, coder: EventCoder, resolver: ActorResolver, text: str, code: str
) -> None:
    full = Coder(Settings(), nlp=nlp, resolver=resolver, event_coder=coder)
    coded = full.code_text(text, datetime(2026, 3, 2))
    assert any(e.cameo == code and e.target is not None for e in coded.events), coded.events
