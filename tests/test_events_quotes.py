"""Quotes and reported speech: speakers with affiliation, attribution, and when speaking is an event."""

from __future__ import annotations

from datetime import datetime

import pytest

from _events_fake import fake_index
from triadic.model import Article, Event, Quote, Sentence, content_id


@pytest.fixture(scope="module")
def code(nlp, coder):  # type: ignore[no-untyped-def]
    def run(text: str) -> tuple[list[Event], list[Quote]]:
        doc = nlp(text)
        art = Article(id=content_id(text), text=text, published=datetime(2018, 4, 2))
        sents = [Sentence(i, s.text, s.start_char, s.end_char) for i, s in enumerate(doc.sents)]
        return coder.code_doc(doc, art, sents, fake_index(doc))

    return run


def test_direct_quote_with_political_speaker(code) -> None:
    text = (
        "\u201cChina will impose sanctions on Japan if the talks fail,\u201d a Cheong Wa Dae official said."
    )
    events, quotes = code(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.kind == "direct" and text[q.start : q.end] == q.text and q.text.startswith("China will")
    assert q.speaker.code == "KORGOV" and q.speaker.affiliation
    inner = [e for e in events if e.root == "16"]
    assert inner and all(e.attributed_to == q.id for e in inner)
    assert inner[0].modality == "hypothetical"  # the quote keeps its own modality
    speech = [e for e in events if e.root == "01"]
    assert speech and speech[0].source.actor.code == "KORGOV" and speech[0].attributed_to is None


def test_reported_speech_by_expert_is_not_an_event(code) -> None:
    text = (
        "Park Byung-kwang at the Institute for National Security Strategy said that China "
        "would step up pressure on North Korea."
    )
    events, quotes = code(text)
    rep = [q for q in quotes if q.kind == "reported"]
    assert rep
    sp = rep[0].speaker
    assert sp.name == "Park Byung-kwang" and sp.affiliation == "Institute for National Security Strategy"
    assert not any(e.root == "01" for e in events)  # the expert's speaking is no event
    pressure = [e for e in events if e.root == "10"]
    assert pressure and pressure[0].attributed_to == rep[0].id
    assert (pressure[0].source.actor.code, pressure[0].target.actor.code) == ("CHN", "PRK")


def test_reported_speech_by_state_actor_is_a_statement(code) -> None:
    events, quotes = code("Moon said that Japan had criticized North Korea.")
    assert any(e.root == "01" and e.source.actor.code == "KORGOV" for e in events)
    crit = [e for e in events if e.cameo == "111"]
    assert crit and crit[0].attributed_to == quotes[0].id


def test_scare_quotes_are_not_speech(code) -> None:
    _, quotes = code("Washington called its policy \u201cmaximum pressure\u201d on Monday.")
    assert not any(q.kind == "direct" for q in quotes)


def test_quote_across_sentences_finds_its_speaker(code) -> None:
    text = "\u201cWe will never accept this. It is a provocation,\u201d Trump told reporters."
    _, quotes = code(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert direct and direct[0].speaker.code == "USAGOV"
