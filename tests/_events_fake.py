"""A tiny stand-in actor index for the event coder's unit tests (the real resolver is tested end to end)."""

from __future__ import annotations

from datetime import datetime

from spacy.language import Language
from spacy.tokens import Doc

from triadic.actors._types import Mention, MentionIndex
from triadic.events import EventCoder
from triadic.model import Actor, Article, Event, Sentence, content_id

ACTORS: dict[str, Actor] = {
    "north korea": Actor("PRK", "PRK", None, "North Korea"),
    "pyongyang": Actor("PRK", "PRK", None, "North Korea"),
    "kim jong-un": Actor("PRKGOV", "PRK", "GOV", "Kim Jong-un"),
    "kim": Actor("PRKGOV", "PRK", "GOV", "Kim Jong-un"),
    "south korea": Actor("KOR", "KOR", None, "South Korea"),
    "seoul": Actor("KOR", "KOR", None, "South Korea"),
    "moon jae-in": Actor("KORGOV", "KOR", "GOV", "Moon Jae-in"),
    "moon": Actor("KORGOV", "KOR", "GOV", "Moon Jae-in"),
    "china": Actor("CHN", "CHN", None, "China"),
    "chinese": Actor("CHN", "CHN", None, "China"),
    "beijing": Actor("CHN", "CHN", None, "China"),
    "xi jinping": Actor("CHNGOV", "CHN", "GOV", "Xi Jinping"),
    "the united states": Actor("USA", "USA", None, "United States"),
    "the u.s.": Actor("USA", "USA", None, "United States"),
    "washington": Actor("USA", "USA", None, "United States"),
    "american": Actor("USA", "USA", None, "United States"),
    "donald trump": Actor("USAGOV", "USA", "GOV", "Donald Trump"),
    "trump": Actor("USAGOV", "USA", "GOV", "Donald Trump"),
    "russia": Actor("RUS", "RUS", None, "Russia"),
    "moscow": Actor("RUS", "RUS", None, "Russia"),
    "russian": Actor("RUS", "RUS", None, "Russia"),
    "japan": Actor("JPN", "JPN", None, "Japan"),
    "tokyo": Actor("JPN", "JPN", None, "Japan"),
    "iran": Actor("IRN", "IRN", None, "Iran"),
    "israel": Actor("ISR", "ISR", None, "Israel"),
    "israeli troops": Actor("ISRMIL", "ISR", "MIL", "Israel"),
    "the un": Actor("IGOUNO", None, None, "United Nations", kind="igo"),
    "the united nations": Actor("IGOUNO", None, None, "United Nations", kind="igo"),
    "the eu": Actor("IGOEU", None, None, "European Union", kind="igo"),
    "a cheong wa dae official": Actor("KORGOV", "KOR", "GOV", "South Korean presidency"),
    "park byung-kwang": Actor(
        "KOREDU",
        "KOR",
        "EDU",
        "Park Byung-kwang",
        kind="expert",
        affiliation="Institute for National Security Strategy",
    ),
    "an analyst": Actor("ANALYST", None, None, "an analyst", kind="expert"),
}
_MAX = 5


def fake_index(doc: Doc) -> MentionIndex:
    """Longest-match lookup of ACTORS over the tokens (case-insensitive)."""
    out: list[Mention] = []
    i = 0
    n = len(doc)
    while i < n:
        hit = None
        for k in range(min(_MAX, n - i), 0, -1):
            span = doc[i : i + k]
            key = span.text.lower()
            if key in ACTORS:
                hit = span
                break
        if hit is not None:
            out.append(
                Mention(
                    hit.start,
                    hit.end,
                    hit.start_char,
                    hit.end_char,
                    hit.text,
                    ACTORS[hit.text.lower()],
                    "name",
                )
            )
            i = hit.end
        else:
            i += 1
    return MentionIndex(out)


def code_text(nlp: Language, coder: EventCoder, text: str, published: datetime) -> list[Event]:
    """Code ``text`` against the stand-in index, checking that every event points at its own words."""
    doc = nlp(text)
    art = Article(id=content_id(text), text=text, published=published)
    sents = [Sentence(i, s.text, s.start_char, s.end_char) for i, s in enumerate(doc.sents)]
    events, _ = coder.code_doc(doc, art, sents, fake_index(doc))
    for e in events:  # transparency: every event points at its trigger, its source and its rule
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text and e.rule
        assert text[e.source.start : e.source.end] == e.source.text
    return events


def triples(events: list[Event]) -> set[tuple[str, str, str | None]]:
    """(source code, full CAMEO code, target code) of each event."""
    return {(e.source.actor.code, e.cameo, e.target.actor.code if e.target else None) for e in events}


def dyads(events: list[Event]) -> set[tuple[str, str, str | None]]:
    """(source code, CAMEO root, target code) of each event."""
    return {(e.source.actor.code, e.root, e.target.actor.code if e.target else None) for e in events}


def cameo_codes(events: list[Event]) -> list[str]:
    """The full CAMEO code of each event, in order."""
    return [e.cameo for e in events]


def code_rules(events: list[Event]) -> list[tuple[str, str | None]]:
    """(full CAMEO code, rule) of each event, in order: what a failing test shows."""
    return [(e.cameo, e.rule) for e in events]


def sentence_code(nlp: Language, coder: EventCoder, text: str) -> str | None:
    """The CAMEO code the coder gives the first sentence of ``text`` as a whole, if any."""
    found = coder.sentence_code(next(iter(nlp(text).sents)))
    return None if found is None else found[0]


def trigger_codes(nlp: Language, coder: EventCoder, text: str) -> dict[str, str]:
    """Each trigger word of the first sentence of ``text`` with the code of its pattern."""
    return {t.token.lower_: t.pattern.code for t in coder.triggers(next(iter(nlp(text).sents)))}
