"""Session 23 PPLUR: a plural title before coordinated names ("Presidents A and B", nlp/_titles.py), an
ally or partner of no one named (dropped), and a common spelling of a leader's name."""

from __future__ import annotations

from datetime import date

import pytest
from tests._actors_helpers import named, resolve_text
from tests._events_fake import dyads

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def code_on(nlp, resolver, coder):
    """Code one text published on a given day; its events."""
    from triadic.pipeline import Coder

    pipeline = Coder(nlp=nlp, resolver=resolver, event_coder=coder)

    def run(text: str, day: date) -> list:
        return list(pipeline.code_text(text, day).events)

    return run


@pytest.mark.parametrize(("text", "day", "expected"), [
    ("Presidents Barack Obama and Hu Jintao signed a joint statement on climate cooperation in Beijing.",
     date(2009, 11, 18), {("USAGOV", "05", "CHNGOV"), ("CHNGOV", "05", "USAGOV")}),
    ("Prime Ministers Shinzo Abe and Narendra Modi signed a civil nuclear cooperation agreement.",
     date(2016, 11, 12), {("JPNGOV", "05", "INDGOV"), ("INDGOV", "05", "JPNGOV")}),
    ("The accord was signed by Presidents Barack Obama and Dmitry Medvedev in the Czech capital.",
     date(2010, 4, 9), {("USAGOV", "05", "RUSGOV"), ("RUSGOV", "05", "USAGOV")}),
    ("Presidents Vladimir Putin, Recep Tayyip Erdogan and Hassan Rouhani signed a declaration on Syria.",
     date(2018, 4, 5), {("RUSGOV", "05", "TURGOV"), ("TURGOV", "05", "IRNGOV"), ("IRNGOV", "05", "RUSGOV")}),
])
def test_plural_title_before_coordinated_names(code_on, text: str, day: date,
                                                expected: set[tuple[str, str, str]]) -> None:
    got = dyads(code_on(text, day))
    assert expected <= got, got


def test_plural_title_hangs_on_the_first_name(nlp, coder) -> None:
    text = "Presidents Barack Obama and Dmitry Medvedev signed the treaty on Thursday."
    doc = coder.repair_parse(nlp(text))
    obama, medvedev = doc[2], doc[5]
    assert doc[0].head == obama and doc[0].dep_ == "compound"
    assert medvedev.head == obama and medvedev.dep_ == "conj"
    assert obama.head.lemma_ == "sign" and obama.dep_ == "nsubj"


def test_title_with_an_of_phrase_keeps_its_parse(nlp, coder) -> None:
    # "Presidents of X and Y" is not the shape: the names do not follow the title at once
    text = "The presidents of Kenya and Uganda opened the new border post."
    assert [t.dep_ for t in coder.repair_parse(nlp(text))] == [t.dep_ for t in nlp(text)]


@pytest.mark.parametrize("text", [
    "The allies pledged more armoured vehicles to Ukraine at the meeting in Brussels.",
    "Partners promised fresh funding for Moldova's power grid.",
])
def test_allies_of_no_one_named_are_no_actor(code_on, resolver, text: str) -> None:
    index = resolve_text(resolver, text)
    assert not [m for m in index.mentions if m.actor.country is None and m.actor.code == "GOV"]
    assert all(e.source.actor.country for e in code_on(text, date(2023, 2, 1)))


def test_counterpart_with_a_nationality_still_resolves(resolver) -> None:
    index = resolve_text(resolver, "Poland's foreign minister met his Lithuanian counterpart in Vilnius.")
    assert named(index, "his Lithuanian counterpart").actor.code == "LTUGOV"


def test_egyptian_president_spelt_el_sisi(resolver) -> None:
    index = resolve_text(resolver, "Egyptian President Abdel Fattah el-Sisi received the Kenyan president.",
                         day=date(2024, 5, 2))
    assert named(index, "Egyptian President Abdel Fattah el-Sisi").actor.code == "EGYGOV"
