"""Session 8, round 4: the official register of state news agencies. A restated commitment to a
partner is intent to cooperate (030), not a bare statement (010); "expressed support for X" is
endorsement (051, CAMEO's own wording), not shared position (019); "conveyed" and "extended" carry
condolences (018) and thanks, greetings and congratulations (051) as "expressed" and "sent" do;
"lodged representations" (Chinese official wording) is an official complaint (114).
Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _dyads(events: list) -> set[tuple[str, str | None, str]]:
    return {(e.source.actor.country, e.target.actor.country if e.target else None, e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Hungary reaffirmed its commitment to its alliance with Poland.", "HUN", "POL"),
        ("Peru reiterated its commitment to the development of Bolivia.", "PER", "BOL"),
        ("Greece renewed its commitment to the security of Cyprus.", "GRC", "CYP"),
        ("Mongolia underlined its commitment to its partnership with South Korea.", "MNG", "KOR"),
    ],
)
def test_restated_commitment_is_intent_to_cooperate(code, text: str, source: str, target: str) -> None:
    events = code(text)
    assert (source, target, "030") in _dyads(events), _dyads(events)
    # the restating verb is not also a bare statement
    assert not any(e.cameo == "010" for e in events), _dyads(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Niger expressed its full support for Chad's efforts to secure the border.", "NER", "TCD"),
        ("Fiji expressed support for Samoa's candidacy.", "FJI", "WSM"),
    ],
)
def test_expressed_support_is_endorsement(code, text: str, source: str, target: str) -> None:
    events = code(text)
    assert (source, target, "051") in _dyads(events), _dyads(events)
    assert not any(e.cameo == "019" for e in events), _dyads(events)


def test_shared_position_stays_accord(code) -> None:
    # 019 keeps what CAMEO defines it by: agreement and a shared position
    events = code("Ecuador expressed agreement with Colombia on the border plan.")
    assert any(e.cameo == "019" for e in events), _dyads(events)


@pytest.mark.parametrize(
    ("text", "source", "target", "want"),
    [
        ("Oman conveyed its condolences to Nepal over the flood victims.", "OMN", "NPL", "018"),
        ("Tunisia extended its deepest sympathy to Libya.", "TUN", "LBY", "018"),
        ("Kenya conveyed its gratitude to Japan for the new hospital.", "KEN", "JPN", "051"),
        ("The Emir of Kuwait extended his congratulations to the President of Ghana.", "KWT", "GHA", "051"),
        ("Laos sent greetings to Vietnam on its national day.", "LAO", "VNM", "051"),
    ],
)
def test_conveyed_and_extended_feelings(code, text: str, source: str, target: str, want: str) -> None:
    events = code(text)
    assert (source, target, want) in _dyads(events), _dyads(events)


def test_conveyed_without_a_feeling_is_no_endorsement(code) -> None:
    # "convey" alone is only a statement word: a conveyed message or goods is not praise
    events = code("Malta conveyed the documents to Tunisia by ship.")
    assert not any(e.cameo in {"051", "018"} for e in events), _dyads(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Beijing lodged solemn representations with Canberra over the arrests.", "CHN", "AUS"),
        ("China lodged stern representations with Lithuania over the office.", "CHN", "LTU"),
    ],
)
def test_lodged_representations_are_an_official_complaint(code, text: str, source: str, target: str) -> None:
    events = code(text)
    assert (source, target, "114") in _dyads(events), _dyads(events)


def test_representations_made_to_a_court_are_no_complaint(code) -> None:
    # only "lodge"/"file" carry the diplomatic sense; "made representations to the court" is a plea
    events = code("Latvia made representations to the court on behalf of its fishermen.")
    assert not any(e.cameo == "114" for e in events), _dyads(events)
