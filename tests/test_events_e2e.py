"""End to end through the real actor resolver, and the 'explain' command."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from typer.testing import CliRunner

from triadic.cli import app
from triadic.config import load_settings
from triadic.events import EventCoder, select_main_event
from triadic.model import Article, Sentence, content_id

TEXT = (
    "North Korean leader Kim Jong-un made a surprise visit to Beijing and held talks with Chinese "
    "President Xi Jinping. The United States imposed new sanctions on Russia on Friday. "
    "Japan and South Korea agreed to hold talks next month."
)


@pytest.fixture(scope="module")
def coded(nlp):  # type: ignore[no-untyped-def]
    from triadic.actors._resolver import ActorResolver

    settings = load_settings()
    doc = nlp(TEXT)
    index = ActorResolver.from_settings(settings, nlp).resolve(doc, ref_date=date(2018, 3, 28))
    art = Article(id=content_id(TEXT), text=TEXT, published=datetime(2018, 3, 28))
    sents = [Sentence(i, s.text, s.start_char, s.end_char) for i, s in enumerate(doc.sents)]
    return EventCoder.from_settings(settings).code_doc(doc, art, sents, index)


@pytest.mark.slow
def test_real_resolver_codes_the_dyads(coded) -> None:
    events, _ = coded
    dyads = {(e.source.actor.country, e.root, e.target.actor.country if e.target else None) for e in events}
    assert ("PRK", "04", "CHN") in dyads
    assert ("USA", "16", "RUS") in dyads
    assert ("JPN", "03", "KOR") in dyads or ("JPN", "04", "KOR") in dyads
    for e in events:
        assert TEXT[e.trigger.start : e.trigger.end] == e.trigger.text
        assert TEXT[e.source.start : e.source.end] == e.source.text
        assert e.rule and e.goldstein == e.goldstein and e.quad in (1, 2, 3, 4)
        d = e.to_dict()
        assert isinstance(d["cameo"], str) and d["cameo"][0] in "012"


@pytest.mark.slow
def test_ids_are_stable(nlp, coded) -> None:
    from triadic.actors._resolver import ActorResolver

    settings = load_settings()
    doc = nlp(TEXT)
    index = ActorResolver.from_settings(settings, nlp).resolve(doc, ref_date=date(2018, 3, 28))
    art = Article(id=content_id(TEXT), text=TEXT, published=datetime(2018, 3, 28))
    sents = [Sentence(i, s.text, s.start_char, s.end_char) for i, s in enumerate(doc.sents)]
    again, _ = EventCoder.from_settings(settings).code_doc(doc, art, sents, index)
    assert [e.id for e in again] == [e.id for e in coded[0]]
    assert len({e.id for e in again}) == len(again)


def test_select_main_event_prefers_asserted_substance(coded) -> None:
    events, _ = coded
    main = select_main_event(events)
    assert main is not None and main.root != "01"
    assert select_main_event([]) is None


@pytest.mark.slow
def test_cli_explain_json() -> None:
    r = CliRunner().invoke(
        app,
        ["explain", "Russia expelled two Japanese diplomats.", "--date", "2018-03-28", "--format", "json"],
    )
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    ev = [e for e in out["events"] if e["source"]["country"] == "RUS"]
    assert ev and ev[0]["cameo"].startswith("1") and ev[0]["trigger"]["text"] == "expelled"
    assert ev[0]["rule"] and ev[0]["date"] == "2018-03-28"


def test_cli_explain_bad_input() -> None:
    r = CliRunner().invoke(app, ["explain", "   "])
    assert r.exit_code != 0 and "E143" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(app, ["explain", "Japan met China.", "--date", "yesterday"])
    assert r.exit_code != 0 and "E142" in r.output
    r = CliRunner().invoke(app, ["explain", "Japan met China.", "--format", "yaml"])
    assert r.exit_code != 0 and "E140" in r.output


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # the reported event outweighs the bare act of saying
        ("The ministry said that rebels had attacked a convoy near the border.", "19"),
        # a statement with nothing substantive reported stays a statement
        ("The ministry said the weather was fine.", "01"),
        # a refused or undone cooperative act reads as a rejection
        ("The government will not lift the ban on imports.", "12"),
        # no actor resolves, the sentence is still classified from its pattern
        ("Gunmen kidnapped two engineers on Tuesday.", "18"),
    ],
)
def test_sentence_code(nlp, text: str, root: str) -> None:
    coder = EventCoder.from_settings(load_settings())
    doc = nlp(text)
    got = coder.sentence_code(next(iter(doc.sents)), [])
    assert got is not None and got[0][:2] == root, got
    assert got[1]  # with the rule that made it


@pytest.mark.slow
def test_cli_explain_long_text_is_text_not_a_path() -> None:
    r = CliRunner().invoke(app, ["explain", "Russia condemned Japan. " * 60, "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    assert len([ln for ln in r.output.splitlines() if ln.strip()]) == 60
