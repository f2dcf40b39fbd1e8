"""Session 27: known weaknesses. The stance a clause's act takes in an "in a rebuke to X" phrase is the
clause subject's own; a government named by its capital that "fires back" at a party retorts in words;
sanctions extended, renewed or prolonged are imposed anew (163); a reported plan keeps its named doer; a
possessed act noun has no second doer in a misattached "by" phrase; a name the parser took for a person
in "the village of X", in no country the sentence names, is no civilian. Every sentence is written for
this file."""

from __future__ import annotations

import pytest


def _triples(events: list) -> set[tuple[str, str, str | None]]:
    return {(e.cameo, e.source.actor.code, e.target.actor.code if e.target else None) for e in events}


def _has(events: list, root: str, source: str, target: str) -> bool:
    return any(e.cameo.startswith(root) and e.source.actor.code == source and e.target is not None
               and e.target.actor.code == target for e in events)


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        ("In a rebuke to France, Mali recalled its ambassador.", "11", "MLI", "FRA"),
        ("Mali recalled its ambassador in a rebuke to France.", "11", "MLI", "FRA"),
        ("In a rebuke to Paris, Bamako expelled three diplomats.", "11", "MLIGOV", "FRAGOV"),
        ("Bamako recalled its envoy in a snub to Paris on Monday.", "12", "MLIGOV", "FRAGOV"),
        ("In a snub to Japan, South Korea cancelled the summit.", "12", "KOR", "JPN"),
    ],
)
def test_stance_phrase_takes_the_clause_subject(code, text: str, root: str, source: str, target: str) -> None:
    events = code(text)
    assert _has(events, root, source, target), _triples(events)


def test_stance_phrase_keeps_the_clause_act(code) -> None:
    events = code("In a rebuke to France, Mali recalled its ambassador from Paris.")
    assert _has(events, "111", "MLI", "FRA") or _has(events, "161", "MLI", "FRA"), _triples(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Moscow fired back at Washington.", "RUSGOV", "USA"),
        ("Tehran fired back at London after the vote.", "IRNGOV", "GBR"),
        ("The Chinese government fired back at Canberra.", "CHNGOV", "AUS"),
        ("Beijing hit back at Canberra over the trade dispute.", "CHNGOV", "AUS"),
        # present tense: the parser hangs "at" on "back"
        ("Moscow fires back at Washington.", "RUSGOV", "USA"),
        ("Tehran shoots back at London.", "IRNGOV", "GBR"),
    ],
)
def test_government_firing_back_retorts(code, text: str, source: str, target: str) -> None:
    events = code(text)
    assert _has(events, "111", source, target), _triples(events)
    assert not any(e.cameo.startswith("19") for e in events), _triples(events)


@pytest.mark.parametrize(
    "text",
    ["Israeli troops fired back at Hezbollah fighters.", "Soldiers fired back at the gunmen.",
     "Beijing fired at Taiwanese boats."],
)
def test_forces_firing_back_keep_gunfire(code, text: str) -> None:
    events = code(text)
    assert any(e.cameo == "193" for e in events), _triples(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The European Union extended sanctions on Russia for six months.", "EUR", "RUS"),
        ("Washington renewed sanctions on Venezuela.", "USAGOV", "VEN"),
        ("The UN Security Council prolonged the arms embargo on Libya.", "UNO", "LBY"),
        ("Sanctions on Iran were extended by the United States.", "USA", "IRN"),
        ("Britain has renewed its embargo on arms sales to Myanmar.", "GBR", "MMR"),
    ],
)
def test_extended_sanctions_are_imposed(code, text: str, source: str, target: str) -> None:
    events = code(text)
    assert _has(events, "163", source, target), _triples(events)


def test_refusing_to_lift_sanctions_stays_a_refusal(code) -> None:
    events = code("The EU refused to lift sanctions on Russia.")
    assert _has(events, "1244", "EUR", "RUS"), _triples(events)


def test_named_doer_of_reported_plan_keeps_it(code) -> None:
    events = code("The minister said Japan would give aid to Nepal.")
    assert any(e.cameo.startswith("07") and e.source.actor.code == "JPN" and e.target is not None
               and e.target.actor.code == "NPL" and e.modality == "planned" for e in events), _triples(events)


def test_possessed_demand_has_no_second_doer(code) -> None:
    events = code("Serbia rejected Kosovo's demand for recognition by the United Nations.")
    assert _has(events, "12", "SRB", "KSV"), _triples(events)
    assert not any(e.source.actor.code == "UNO" for e in events), _triples(events)


@pytest.mark.parametrize(
    "text",
    ["Israeli troops shelled the village of Kfar Tamir.",
     "The village of Kfar Tamir was shelled by Israeli troops."],
)
def test_named_village_is_no_civilian_person(code, text: str) -> None:
    events = code(text)
    assert not any(e.target is not None and e.target.actor.code == "CVL" for e in events), _triples(events)


def test_named_village_in_a_country_is_of_that_country(code) -> None:
    events = code("Israeli troops shelled the village of Kfar Tamir in southern Lebanon.")
    assert any(e.cameo.startswith("19") and e.source.actor.code == "ISRMIL" and e.target is not None
               and e.target.actor.country == "LBN" for e in events), _triples(events)
