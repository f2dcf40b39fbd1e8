"""Event dates against the publication date, with precision, and the rule for events without a time."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date, datetime

import pytest

from _events_fake import fake_index
from triadic.model import Article, Event, Sentence, content_id

PUB = datetime(2018, 3, 28, 9, 0)  # a Wednesday


def _coding(nlp, coder):  # type: ignore[no-untyped-def]
    def run(text: str, published: datetime | None = PUB) -> list[Event]:
        doc = nlp(text)
        art = Article(id=content_id(text), text=text, published=published)
        sents = [Sentence(i, s.text, s.start_char, s.end_char) for i, s in enumerate(doc.sents)]
        return coder.code_doc(doc, art, sents, fake_index(doc))[0]

    return run


@pytest.fixture(scope="module")
def code(nlp, coder):  # type: ignore[no-untyped-def]
    return _coding(nlp, coder)


@pytest.fixture(scope="module")
def code_history(nlp, coder):  # type: ignore[no-untyped-def]
    """Like ``code``, with the background rule off: old acts are coded, so their dates can be checked."""
    keep = copy.copy(coder)
    keep.g = replace(coder.g, background_days=0)
    return _coding(nlp, keep)


def first(events: list[Event], root: str) -> Event:
    hits = [e for e in events if e.root == root]
    assert hits, [(e.cameo, e.rule) for e in events]
    return hits[0]


def test_asserted_without_time_takes_publication_date(code) -> None:
    e = first(code("Japan criticized Russia."), "11")
    assert e.modality == "asserted" and e.date == date(2018, 3, 28) and e.date_precision == "day"


def test_planned_without_time_has_no_date(code) -> None:
    e = first(code("Japan will criticize Russia."), "11")
    assert e.modality == "planned" and e.date is None and e.date_precision is None


def test_no_publication_date_no_date(code) -> None:
    e = first(code("Japan criticized Russia.", published=None), "11")
    assert e.date is None


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("Kim Jong-un visited Beijing on Monday.", date(2018, 3, 26), "day"),
        ("Kim Jong-un visited Beijing last week.", None, "week"),
        ("Kim Jong-un visited Beijing in January.", None, "month"),
        ("Kim Jong-un visited Beijing three years ago.", None, "year"),
        ("Kim Jong-un visited Beijing on March 3, 2017.", date(2017, 3, 3), "day"),
    ],
)
def test_time_expressions_resolve_against_publication(
    code_history, text: str, expected: date | None, precision: str
) -> None:
    e = first(code_history(text), "04")
    assert e.date_precision == precision
    assert e.date is not None and e.date < date(2018, 3, 28)
    if expected is not None:
        assert e.date == expected


def test_acts_long_before_publication_are_background(code) -> None:
    # the default coder leaves history out ("visited three years ago"); recent acts stay
    assert not [e for e in code("Kim Jong-un visited Beijing three years ago.") if e.root == "04"]
    assert first(code("Kim Jong-un visited Beijing last week."), "04").date_precision == "week"


def test_planned_with_time_looks_ahead(code) -> None:
    e = first(code("Kim Jong-un will visit Moscow next month."), "04")
    assert e.modality == "planned" and e.date_precision == "month"
    assert e.date is not None and e.date.month == 4 and e.date.year == 2018
