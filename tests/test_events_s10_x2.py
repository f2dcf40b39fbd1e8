"""Session 10 round 4: a reaction to an agreement or act named with its parties in a participle clause
("welcomed the truce agreed between A and B", "hailed the accord signed by A") is aimed at those parties,
also where the parser reads the participle as a clause whose subject is the agreement."""

from __future__ import annotations

import pytest

from triadic.events._matching import lexical_objects
from triadic.events._syntax import participle_clauses

pytestmark = pytest.mark.slow


def _countries(events: list, cameo: str) -> set[str | None]:
    return {e.target.actor.country for e in events if e.cameo == cameo and e.target is not None}


@pytest.mark.parametrize(("text", "source", "targets"), [
    ("Egypt welcomed the truce agreed between Israel and Hamas.", "EGY", {"ISR", "PSE"}),
    ("Germany welcomed the agreement struck between Ethiopia and Eritrea on Monday.", "DEU", {"ETH", "ERI"}),
    ("The United Nations praised the ceasefire reached between Armenia and Azerbaijan.", None,
     {"ARM", "AZE"}),
    ("Qatar hailed the accord signed by Sudan and Chad last week.", "QAT", {"SDN", "TCD"}),
    ("Kenya endorsed the roadmap drawn up by the African Union and Ethiopia.", "KEN", {"ETH"}),
])
def test_reaction_reaches_parties_of_participle_clause(code, text: str, source: str | None,
                                                      targets: set[str]) -> None:
    events = code(text)
    praise = [e for e in events if e.cameo == "051"]
    assert praise, [(e.source.actor.code, e.cameo, e.target and e.target.actor.code) for e in events]
    assert all(e.source.actor.country == source for e in praise)
    assert targets <= _countries(events, "051")


@pytest.mark.parametrize("text", [
    "France condemned the attacks carried out by Russia against Ukraine.",
    "Iran rejected the sanctions announced by Washington on Tuesday.",
])
def test_reaction_with_author_keeps_the_author(code, text: str) -> None:
    events = [e for e in code(text) if e.root in ("11", "12")]
    assert events
    assert all(e.target is not None and e.target.actor.country in ("USA", "RUS") for e in events)


def test_non_reaction_keeps_its_patient(code) -> None:
    # an arrest acts on the people arrested, not on whoever the participle clause names
    text = "Police in Kenya arrested the men hired by the Somali militia."
    events = [e for e in code(text) if e.root == "17"]
    assert all(e.target is None or e.target.actor.country != "SOM" for e in events)


def test_misparsed_reduced_relative_is_the_object(nlp) -> None:
    doc = nlp("Japan welcomed the truce agreed between the two sides.")
    verb = next(t for t in doc if t.lemma_ == "welcome")
    objs = lexical_objects(verb)
    assert [o.lower_ for o in objs] == ["truce"]
    clauses = participle_clauses(objs[0])
    assert [c.lower_ for c in clauses] == ["agreed"]


def test_reported_clause_subject_is_no_object(nlp) -> None:
    # "said the rebels agreed ..." is a report; its clause's subject is not the verb's object
    doc = nlp("Sudan welcomed that the army agreed to talks mediated by Kenya.")
    verb = next(t for t in doc if t.lemma_ == "welcome")
    assert not [o for o in lexical_objects(verb) if o.lower_ == "army"]


@pytest.mark.parametrize(("text", "target"), [
    ("China rejected as baseless the accusations made by Washington.", "USA"),
    ("Beijing rejected as baseless the accusations made by the United States.", "USA"),
    ("Pakistan rejected as baseless the charges leveled by India.", "IND"),
])
def test_object_shifted_past_as_adjective(code, text: str, target: str) -> None:
    # "rejected as baseless the accusations ...": the object follows "as" and its adjective
    events = [e for e in code(text) if e.root in ("01", "11", "12")]
    assert events, text
    assert all(e.target is not None and e.target.actor.country == target for e in events)


def test_as_adjective_without_object_adds_none(nlp) -> None:
    doc = nlp("The talks ended as planned on Friday.")
    verb = next(t for t in doc if t.lemma_ == "end")
    assert not [o for o in lexical_objects(verb) if o.i > verb.i]
