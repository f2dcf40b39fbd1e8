"""Time expressions and event dates, on sentences written for these tests (reference: Wed 28 March 2018)."""

from __future__ import annotations

from datetime import date

import pytest

from triadic.nlp.timex import TimeExpr, assign_event_date, find_time_expressions

REF = date(2018, 3, 28)  # a Wednesday


def _one(nlp, sentence: str, ref: date | None = REF) -> TimeExpr:
    exprs = find_time_expressions(nlp(sentence), ref)
    assert len(exprs) == 1, exprs
    e = exprs[0]
    assert sentence[e.start_char:e.end_char] == e.text
    return e


@pytest.mark.parametrize(
    ("sentence", "text", "start", "end", "precision"),
    [
        ("Kim met Xi in Beijing on Monday.", "on Monday", date(2018, 3, 26), None, "day"),
        ("Kim met Xi in Beijing on Wednesday.", "on Wednesday", date(2018, 3, 28), None, "day"),
        ("Kim will meet Xi in Beijing on Monday.", "on Monday", date(2018, 4, 2), None, "day"),
        ("The envoys talked last Friday.", "last Friday", date(2018, 3, 23), None, "day"),
        ("The envoys will talk next Friday.", "next Friday", date(2018, 3, 30), None, "day"),
        ("Seoul protested to Tokyo yesterday.", "yesterday", date(2018, 3, 27), None, "day"),
        ("Seoul protests to Tokyo today.", "today", date(2018, 3, 28), None, "day"),
        ("Seoul will protest to Tokyo tomorrow.", "tomorrow", date(2018, 3, 29), None, "day"),
        ("The ministers met last week.", "last week", date(2018, 3, 19), date(2018, 3, 25), "week"),
        ("The ministers meet again next week.", "next week", date(2018, 4, 2), date(2018, 4, 8), "week"),
        ("The ministers met earlier this week.", "earlier this week", date(2018, 3, 26), date(2018, 4, 1),
         "week"),
        ("Talks collapsed over the weekend.", "over the weekend", date(2018, 3, 24), date(2018, 3, 25),
         "week"),
        ("Talks will resume at the weekend.", "at the weekend", date(2018, 3, 31), date(2018, 4, 1),
         "week"),
        ("Beijing raised tariffs this month.", "this month", date(2018, 3, 1), date(2018, 3, 31), "month"),
        ("Beijing raised tariffs late last month.", "late last month", date(2018, 2, 21), date(2018, 2, 28),
         "month"),
        ("They will meet in the middle of next month.", "the middle of next month", date(2018, 4, 11),
         date(2018, 4, 20), "month"),
        ("Moscow hosted the talks in January.", "in January", date(2018, 1, 1), date(2018, 1, 31), "month"),
        ("Moscow hosted the talks in April.", "in April", date(2017, 4, 1), date(2017, 4, 30), "month"),
        ("Moscow will host the talks in April.", "in April", date(2018, 4, 1), date(2018, 4, 30), "month"),
        ("Moscow hosted the talks in mid-February.", "mid-February", date(2018, 2, 11), date(2018, 2, 20),
         "month"),
        ("The summit took place in May 2017.", "in May 2017", date(2017, 5, 1), date(2017, 5, 31), "month"),
        ("Sanctions were tightened earlier this year.", "earlier this year", date(2018, 1, 1), REF, "year"),
        ("The allies will hold drills next year.", "next year", date(2019, 1, 1), date(2019, 12, 31), "year"),
        ("The allies held drills late last year.", "late last year", date(2017, 9, 1), date(2017, 12, 31),
         "year"),
        ("The two sides signed a pact three years ago.", "three years ago", date(2015, 1, 1),
         date(2015, 12, 31), "year"),
        ("The two sides signed a pact two weeks ago.", "two weeks ago", date(2018, 3, 12), date(2018, 3, 18),
         "week"),
        ("The two sides signed a pact 10 days ago.", "10 days ago", date(2018, 3, 18), None, "day"),
        ("They will sign a deal in two months.", "in two months", date(2018, 5, 1), date(2018, 5, 31),
         "month"),
        ("Pyongyang fired a missile on March 26.", "March 26", date(2018, 3, 26), None, "day"),
        ("Pyongyang fired a missile on 26 March.", "26 March", date(2018, 3, 26), None, "day"),
        ("Pyongyang fired a missile on Nov. 29, 2017.", "Nov. 29, 2017", date(2017, 11, 29), None, "day"),
        ("The report is dated 2018-03-26.", "2018-03-26", date(2018, 3, 26), None, "day"),
        ("The army has ruled the country since 2011.", "2011", date(2011, 1, 1), date(2011, 12, 31), "year"),
        ("Relations soured in the 1990s.", "the 1990s", date(1990, 1, 1), date(1999, 12, 31), "year"),
        ("The leaders will meet this spring.", "this spring", date(2018, 3, 1), date(2018, 5, 31), "year"),
        ("The leaders met last summer.", "last summer", date(2017, 6, 1), date(2017, 8, 31), "year"),
    ],
)
def test_expression_kinds(nlp, sentence: str, text: str, start: date, end: date | None,
                          precision: str) -> None:
    e = _one(nlp, sentence)
    assert (e.text, e.date, e.end_date, e.precision) == (text, start, end, precision)


@pytest.mark.parametrize("sentence", [
    "North Korea may hold talks with the United States.",
    "Troops will march to the border.",
    "The ministry said 2,018 people were detained.",
    "China sent 2018 troops to the border.",
    "The fund lost $2018 million.",
])
def test_no_false_time_expressions(nlp, sentence: str) -> None:
    assert find_time_expressions(nlp(sentence), REF) == []


def test_offsets_are_document_offsets_for_a_sentence_span(nlp) -> None:
    doc = nlp("Seoul protested on Monday. Tokyo replied on Tuesday.")
    second = list(doc.sents)[1]
    [e] = find_time_expressions(second, REF)
    assert doc.text[e.start_char:e.end_char] == "on Tuesday" and e.date == date(2018, 3, 27)


def test_without_reference_date_only_absolute_expressions(nlp) -> None:
    doc = nlp("On Monday the envoys recalled the March 26, 2018 talks and the 2015 accord.")
    assert [e.text for e in find_time_expressions(doc, None)] == ["March 26, 2018", "2015"]


def _event(nlp, sentence: str, trigger: str, modality: str, ref: date | None = REF):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == trigger)
    return assign_event_date(tok.sent, tok, ref, modality)


def test_event_date_from_attached_expression(nlp) -> None:
    s = ("South Korea said on Wednesday that it plans to hold talks with the North "
         "in the middle of next month.")
    assert _event(nlp, s, "said", "asserted") == (date(2018, 3, 28), "day")
    assert _event(nlp, s, "hold", "planned") == (date(2018, 4, 11), "month")


def test_event_date_per_conjunct(nlp) -> None:
    s = "Kim met Xi on Monday and left Beijing on Tuesday."
    assert _event(nlp, s, "met", "asserted") == (date(2018, 3, 26), "day")
    assert _event(nlp, s, "left", "asserted") == (date(2018, 3, 27), "day")


def test_expression_in_relative_clause_does_not_date_main_event(nlp) -> None:
    assert _event(nlp, "Kim, who arrived on Monday, met Xi.", "met", "asserted") == (REF, "day")


def test_nominal_event_and_modality_direction(nlp) -> None:
    assert _event(nlp, "Kim's visit to Beijing last week surprised Washington.", "visit", "asserted") == (
        date(2018, 3, 19), "week")
    # A planned event looks ahead for an undirected "on Monday" even with a present-tense verb.
    assert _event(nlp, "Kim travels to Moscow on Monday.", "travels", "planned") == (date(2018, 4, 2), "day")


def test_default_rule_without_time_expression(nlp) -> None:
    assert _event(nlp, "China imposed tariffs on U.S. goods.", "imposed", "asserted") == (REF, "day")
    assert _event(nlp, "China did not impose tariffs on U.S. goods.", "impose", "negated") == (REF, "day")
    assert _event(nlp, "China will impose tariffs on U.S. goods.", "impose", "planned") == (None, None)
    assert _event(nlp, "China could impose tariffs on U.S. goods.", "impose", "hypothetical") == (None, None)


def test_no_reference_date(nlp) -> None:
    assert _event(nlp, "China imposed tariffs on U.S. goods on Friday.", "imposed", "asserted", None) == (
        None, None)
    assert _event(nlp, "Trump and Kim met in Singapore on June 12, 2018.", "met", "asserted", None) == (
        date(2018, 6, 12), "day")


def test_when_clause_takes_its_main_clause_date(nlp) -> None:
    # the act a "when" clause tells happens at the time its main clause names
    s = "The insurgency, which began in May 2011 when rebels attacked army posts in the north, goes on."
    assert _event(nlp, s, "attacked", "asserted") == (date(2011, 5, 1), "month")
    # its own time expression comes first
    s = "Talks began in January when both sides met in Oslo on January 9."
    assert _event(nlp, s, "met", "asserted") == (date(2018, 1, 9), "day")
    # without "when" the other clause's date is not borrowed
    s = "The insurgency began in May 2011, and rebels attacked army posts in the north."
    assert _event(nlp, s, "attacked", "asserted") == (REF, "day")
