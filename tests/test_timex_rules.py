"""Pattern-level resolution of time expressions, without spaCy (reference: Wed 28 March 2018)."""

from __future__ import annotations

from datetime import date

import pytest

from triadic.nlp._timex_rules import Period, resolve, scan

REF = date(2018, 3, 28)


def _resolve(text: str, direction: str | None = None, ref: date | None = REF) -> tuple[str, Period | None]:
    [m] = scan(text)
    return text[m.start:m.end], resolve(m, ref, direction)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "direction", "start", "end", "precision"),
    [
        ("in the winter of 2017", None, date(2017, 12, 1), date(2018, 2, 28), "year"),
        ("this winter", None, date(2017, 12, 1), date(2018, 2, 28), "year"),
        ("next spring", None, date(2019, 3, 1), date(2019, 5, 31), "year"),
        ("in the summer", "past", date(2017, 6, 1), date(2017, 8, 31), "year"),
        ("in the summer", "future", date(2018, 6, 1), date(2018, 8, 31), "year"),
        ("a year from now", None, date(2019, 1, 1), date(2019, 12, 31), "year"),
        ("the day before yesterday", None, date(2018, 3, 26), None, "day"),
        ("the day after tomorrow", None, date(2018, 3, 30), None, "day"),
        ("Wednesday's", None, date(2018, 3, 28), None, "day"),
        # No tense: the nearest Friday (two days ahead) beats last Friday (five days back).
        ("on Friday", None, date(2018, 3, 30), None, "day"),
        ("on Monday", None, date(2018, 3, 26), None, "day"),
        ("on Friday", "past", date(2018, 3, 23), None, "day"),
        ("this Friday", "past", date(2018, 3, 30), None, "day"),
        ("early April", None, date(2018, 4, 1), date(2018, 4, 10), "month"),
        ("the end of April", "past", date(2017, 4, 21), date(2017, 4, 30), "month"),
        ("late February", None, date(2018, 2, 21), date(2018, 2, 28), "month"),
        ("December 3", None, date(2017, 12, 3), None, "day"),
        ("later this month", None, REF, date(2018, 3, 31), "month"),
        ("earlier this month", None, date(2018, 3, 1), REF, "month"),
        ("later this year", None, REF, date(2018, 12, 31), "year"),
        ("mid-2019", None, date(2019, 5, 1), date(2019, 8, 31), "year"),
        ("a couple of weeks ago", None, date(2018, 3, 12), date(2018, 3, 18), "week"),
        ("within three days", None, date(2018, 3, 31), None, "day"),
        ("last weekend", None, date(2018, 3, 24), date(2018, 3, 25), "week"),
        ("next weekend", None, date(2018, 3, 31), date(2018, 4, 1), "week"),
    ],
)
def test_resolution(text: str, direction: str | None, start: date, end: date | None, precision: str) -> None:
    found, period = _resolve(text, direction)
    assert found == text
    assert period == Period(start, end, precision)


def test_leap_day_and_impossible_dates() -> None:
    assert _resolve("February 29, 2016")[1] == Period(date(2016, 2, 29), None, "day")
    assert _resolve("February 30, 2018")[1] is None
    assert _resolve("2018-13-01") == ("2018-13-01", None)


def test_relative_expressions_need_a_reference_date() -> None:
    assert _resolve("last week", ref=None)[1] is None
    assert _resolve("March 26", ref=None)[1] is None
    assert _resolve("March 26, 2018", ref=None)[1] == Period(date(2018, 3, 26), None, "day")


def test_overlaps_keep_the_longest() -> None:
    text = "on Friday, March 30, 2018, and in the middle of next month"
    assert [text[m.start:m.end] for m in scan(text)] == ["on Friday", "March 30, 2018",
                                                          "the middle of next month"]


@pytest.mark.parametrize(("text", "found"), [
    ("Prime Minister Theresa May said", []),
    ("May's offer was rejected", []),
    ("the reporter April Ryan asked", []),
    ("the talks in May", ["in May"]),
    ("The April summit", ["April"]),
    ("Kim's April visit", ["April"]),
    ("by May 2018", ["by May 2018"]),
    ("before the end of the year", ["the end of the year"]),
])
def test_month_names_that_are_names(text: str, found: list[str]) -> None:
    assert [text[m.start:m.end] for m in scan(text)] == found


def test_part_of_the_year() -> None:
    assert _resolve("the end of the year")[1] == Period(date(2018, 9, 1), date(2018, 12, 31), "year")


@pytest.mark.parametrize(("text", "found"), [
    ("the drills, called Peace Shield 2000, began", []),
    ("In 2015 the talks failed", ["2015"]),
    ("the 2015 deal", ["2015"]),
    ("after the fall of a town near the border", []),
    ("in the fall of 2017", ["in the fall of 2017"]),
    ("in the fall", ["in the fall"]),
    # a possessor before the year dates its own act; a name before it does not
    ("after Russia's 2014 annexation of Crimea", ["2014"]),
    ("since Iran's 2009 election", ["2009"]),
    ("the Saudi Vision 2030 plan", []),
])
def test_names_and_nouns_are_not_dates(text: str, found: list[str]) -> None:
    assert [text[m.start:m.end] for m in scan(text)] == found
