"""Parties of events with a trigger (session 7, round 3): an agentless passive release names its doer
through the captives' own participle or relative clause ("workers held by X were freed"), and what a
verb answers names its author one noun further ("the Kenyan trade proposal" is Kenya's, and so is
"the EU withdrawal agreement"), and a clause on what is handed over names who obtains it ("supplied
most of the arms Kenya bought"). Every sentence is written for this file."""

from __future__ import annotations

import pytest

from _events_fake import trigger_codes
from triadic.events import EventCoder
from triadic.model import Event


def _dyads(events: list[Event], root: str) -> set[tuple[str, str | None]]:
    """(source code, target country) of the events of one root."""
    return {(e.source.actor.code, e.target.actor.country if e.target else None)
            for e in events if e.root == root}


# ---------------------------------------------------------------- captors release their captives
@pytest.mark.parametrize("text", [
    "Two Kenyan nurses who had been held by al-Shabaab since June were released on Friday.",
    "Four Kenyan engineers kidnapped by al-Shabaab in 2024 have been freed.",
    "Three Kenyan teachers, abducted by al-Shabaab near the border, were released this week.",
])
def test_the_captor_named_on_the_captives_releases_them(code, text: str) -> None:  # noqa: ANN001
    got = _dyads(code(text), "08")
    assert any(src.startswith("SOM") and tgt == "KEN" for src, tgt in got), got


def test_a_release_with_its_own_agent_keeps_it(code) -> None:  # noqa: ANN001
    got = _dyads(code("Two Kenyan nurses held by al-Shabaab were freed by Somali troops on Friday."), "08")
    assert got and all(src == "SOMMIL" for src, _ in got), got


@pytest.mark.parametrize("text", [
    # killing is no act of letting go: the captor is not guessed to be the killer
    "Two Kenyan nurses held by al-Shabaab were killed on Friday.",
    # a participle that does not hold anyone names no captor
    "Two Kenyan nurses praised by al-Shabaab were released on Friday.",
])
def test_no_captor_is_guessed_outside_a_release_by_captors(code, text: str) -> None:  # noqa: ANN001
    events = code(text)
    assert not any(e.source.actor.code.startswith("SOM") and e.root in ("08", "18", "20") for e in events), [
        (e.source.actor.code, e.cameo) for e in events]


# ---------------------------------------------------------------- the author one noun further
@pytest.mark.parametrize(("text", "target"), [
    ("Kenya's parliament rejected the EU trade agreement on Tuesday.", "EUR"),
    ("The Chilean senate rejected the Peruvian fishing proposal.", "PER"),
])
def test_an_answered_object_names_its_author_through_a_noun_modifier(code, text: str, target: str) -> None:  # noqa: ANN001
    events = code(text)
    assert any(e.target is not None and e.target.actor.code.startswith(target)
               for e in events if e.root == "12"), [(e.cameo, e.target) for e in events]


def test_a_plain_noun_modifier_names_no_author(code, nlp, coder: EventCoder) -> None:  # noqa: ANN001
    text = "Kenya's parliament rejected the free trade agreement on Tuesday."
    assert trigger_codes(nlp, coder, text).get("rejected", "").startswith("12")
    assert not [e for e in code(text) if e.root == "12"]


# ---------------------------------------------------------------- who obtains what is handed over
@pytest.mark.parametrize("text", [
    "China has supplied most of the weapons Kenya bought in the last decade.",
    "China has supplied 70% of the military hardware Kenya has obtained since 2015.",
])
def test_a_clause_on_what_is_handed_over_names_its_recipient(code, text: str) -> None:  # noqa: ANN001
    got = {(e.source.actor.country, e.target.actor.country if e.target else None)
           for e in code(text) if e.root in ("06", "07")}
    assert ("CHN", "KEN") in got, got


def test_a_clause_of_using_names_no_recipient(code) -> None:  # noqa: ANN001
    # "used" is not an obtaining verb: whoever used the hardware did not receive it from the supplier
    got = {(e.source.actor.country, e.target.actor.country if e.target else None)
           for e in code("China has supplied most of the weapons Kenyan police carried during the raid.")
           if e.root in ("06", "07")}
    assert ("CHN", "KEN") not in got, got


# ---------------------------------------------------------------- concessions answer the population
def test_a_reform_withdrawn_after_strikes_answers_the_countrys_people(code) -> None:  # noqa: ANN001
    events = code("Peru's government withdrew its contested labour reform on Thursday "
                  "after a month of strikes.")
    assert {(e.cameo, e.source.actor.code, e.target.actor.code if e.target else None)
            for e in events if e.root == "08"} == {("0832", "PERGOV", "PERCVL")}
