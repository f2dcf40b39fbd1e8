"""Coder precision, session 5: history a story recalls is not news, and what an act led to is part
of that act's event."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime

import pytest
from spacy.language import Language

from _events_fake import code_text, triples
from triadic.errors import DictionaryError
from triadic.events import EventCoder
from triadic.events._coder import _background
from triadic.events._patterns import Grammar, _grammar_value
from triadic.model import Event

_WHEN = datetime(2025, 6, 15)


def _code(nlp: Language, coder: EventCoder, text: str, when: datetime | None = _WHEN) -> list[Event]:
    return code_text(nlp, coder, text, when)  # type: ignore[arg-type]


# ---------------------------------------------------------------- dated history
def test_act_dated_years_before_publication_is_background(nlp, coder) -> None:
    evs = _code(nlp, coder, "Japan said on Monday that Russia invaded Iran in 2009.")
    assert not [e for e in evs if e.root == "19"]


def test_act_of_the_publication_week_is_coded(nlp, coder) -> None:
    evs = _code(nlp, coder, "Russia attacked Iran on Friday.")
    assert ("RUS", "19", "IRN") in {(e.source.actor.code, e.root, e.target.actor.code if e.target else None)
                                    for e in evs}


def test_without_a_publication_date_nothing_is_dropped_as_history(nlp, coder) -> None:
    # no reference date to measure against: a year alone says nothing about how old the act is
    evs = code_text(nlp, coder, "Russia attacked Iran in 2009.", None)  # type: ignore[arg-type]
    assert any(e.root == "19" for e in evs)


def test_background_measures_the_whole_period_named() -> None:
    ref = date(2025, 6, 15)
    assert _background(date(2024, 1, 1), "year", ref, 90)
    # "last year" ending in December is only weeks before a January story
    assert not _background(date(2024, 1, 1), "year", date(2025, 1, 10), 90)
    assert not _background(date(2025, 4, 1), "month", ref, 90)
    assert _background(date(2025, 2, 1), "month", ref, 90)
    assert not _background(date(2025, 6, 1), "day", ref, 90)
    assert not _background(date(2001, 1, 1), "year", ref, 0)  # 0 switches the rule off
    assert not _background(None, None, ref, 90)


def test_bad_background_days_is_a_clear_error() -> None:
    days = next(f for f in fields(Grammar) if f.name == "background_days")
    with pytest.raises(DictionaryError, match="background_days.*whole number of days"):
        _grammar_value(days, {"background_days": "soon"}, {}, "grammar.yaml")
    with pytest.raises(DictionaryError, match="background_days"):
        _grammar_value(days, {"background_days": -3}, {}, "grammar.yaml")
    assert _grammar_value(days, {}, {}, "grammar.yaml") == 0


# ---------------------------------------------------------------- undated history
def test_event_noun_measured_in_years_is_history(nlp, coder) -> None:
    evs = _code(nlp, coder, "China and Japan signed a treaty, ending three decades of hostility.", None)
    assert {e.root for e in evs} == {"05"}


def test_act_placed_years_after_another_is_history(nlp, coder) -> None:
    evs = _code(nlp, coder, "The summit comes three years after Russia invaded Iran.", None)
    assert not [e for e in evs if e.root == "19"]


def test_act_days_after_another_is_still_news(nlp, coder) -> None:
    evs = _code(nlp, coder, "Japan condemned Russia two days after Moscow attacked Iran.", None)
    assert ("RUS", "19", "IRN") in {(e.source.actor.code, e.root, e.target.actor.code if e.target else None)
                                    for e in evs}


def test_compound_naming_a_signed_object_is_no_event_of_its_own(nlp, coder) -> None:
    evs = _code(nlp, coder, "Israel and Iran signed a ceasefire accord in Geneva.", None)
    assert {e.cameo for e in evs} == {"057"}


# ---------------------------------------------------------------- consequences
def test_casualties_of_an_attack_are_part_of_the_attack(nlp, coder) -> None:
    evs = _code(nlp, coder, "Israeli troops shelled Iran, killing nine people.")
    assert {e.root for e in evs} == {"19"}


def test_consequence_inside_an_accusation_is_its_content(nlp, coder) -> None:
    evs = _code(nlp, coder, "China accused Japan of firing on its ships, killing two sailors.")
    assert {e.root for e in evs} == {"11"}
    assert ("CHN", "11", "JPN") in {(e.source.actor.code, e.root, e.target.actor.code if e.target else None)
                                    for e in evs}


def test_words_after_an_act_are_an_act_of_their_own(nlp, coder) -> None:
    evs = _code(nlp, coder, "Russia cut diplomatic ties with Japan, accusing Tokyo of spying.")
    assert {"16", "11"} <= {e.root for e in evs}


def test_an_act_alongside_another_is_its_own_event(nlp, coder) -> None:
    # arresting is a second act of the raid, not what the raid led to
    evs = _code(nlp, coder, "Israeli troops raided Iran's embassy, arresting the envoy of Japan.")
    assert {"19", "17"} <= {e.root for e in evs}


def test_participle_with_its_own_subject_is_not_a_consequence(nlp, coder) -> None:
    evs = _code(nlp, coder, "Russia shelled Iran, with Israel attacking Iran too.")
    assert ("RUS", "19", "IRN") in {(e.source.actor.code, e.root, e.target.actor.code if e.target else None)
                                    for e in evs}
    assert triples(evs)


# ---------------------------------------------------------------- denied plans
def test_no_plans_to_act_is_a_denial(nlp, coder) -> None:
    evs = _code(nlp, coder, "Japan has no plans to impose sanctions on Russia, a spokesman said.")
    hits = [e for e in evs if e.root == "16"]
    assert hits and all(e.modality == "negated" for e in hits)


def test_plans_to_act_stay_planned(nlp, coder) -> None:
    evs = _code(nlp, coder, "Japan has plans to impose sanctions on Russia.")
    assert any(e.root == "16" and e.modality == "planned" for e in evs)


# ---------------------------------------------------------------- one act named twice
@pytest.mark.slow
def test_meeting_named_again_in_a_relative_clause_is_one_event(nlp, resolver, coder) -> None:
    from triadic.pipeline import Coder

    pipe = Coder(nlp=nlp, resolver=resolver, event_coder=coder)
    text = "Japan hosted the president of Iran in Tokyo, where the two leaders discussed trade."
    evs = pipe.code_text(text).events
    ours = [e for e in evs if e.root == "04" and e.source.actor.country == "JPN"]
    assert len(ours) == 1 and ours[0].cameo == "043"


def test_two_dyads_of_one_root_are_both_kept(nlp, coder) -> None:
    evs = _code(nlp, coder, "Japan condemned Russia and criticised China.")
    got = {(e.source.actor.code, e.root, e.target.actor.code if e.target else None) for e in evs}
    assert {("JPN", "11", "RUS"), ("JPN", "11", "CHN")} <= got
