"""Session 20: targets the coder found no actor for. A shared object of coordinated prepositions
("flights to and from Iran") is the object of each of them, and a repeated preposition adds its
object ("attacks against Kenya and against Somalia"); the faithful of a religion named as a
community ("released 19 Christians") are civilians, as are a people's minorities and those who campaign
for a cause ("arrested pro-democracy campaigners"). The adjective inside a name ("the Christian
Democrats") and a predicate ("are Muslim") stay no actor. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from _event_sets import coded_triples


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        ("Kuwait suspended all flights to and from Iraq on Monday.", "16", "IRQ"),
        ("Ukraine lifted travel curbs to and from Moldova after the outbreak eased.", "08", "MDA"),
    ],
)
def test_object_shared_by_coordinated_prepositions(code, text: str, root: str, target: str) -> None:
    events = code(text)
    assert any(e.cameo[:2] == root and e.target is not None and e.target.actor.country == target
               for e in events), coded_triples(events)


def test_repeated_preposition_adds_its_object(code) -> None:
    events = code("Al-Shabaab carried out attacks against Kenya and against Uganda last year.")
    targets = {e.target.actor.country for e in events if e.cameo[:2] == "19" and e.target is not None}
    assert {"KEN", "UGA"} <= targets, coded_triples(events)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Gunmen in Burkina Faso kidnapped 14 Christians near the border with Niger.", "18"),
        ("Militants released 9 Christians they had held for a month, the army said.", "08"),
        ("Police in Ethiopia arrested dozens of Muslims after the clashes.", "17"),
        ("Police in Minsk detained eleven pro-democracy campaigners outside the court.", "17"),
        ("Government troops shelled villages of ethnic minorities in the north of Laos.", "19"),
    ],
)
def test_faithful_minorities_and_campaigners_are_civilians(code, text: str, root: str) -> None:
    events = code(text)
    assert any(e.cameo[:2] == root and e.target is not None and e.target.actor.role == "CVL"
               for e in events), coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Christian Democrats criticised the finance minister on Tuesday.",
        "Most of the town's residents are Muslim.",
    ],
)
def test_religious_adjectives_are_no_civilians(code, text: str) -> None:
    events = code(text)
    assert not any(a is not None and a.actor.role == "CVL" for e in events for a in (e.source, e.target)), \
        coded_triples(events)
