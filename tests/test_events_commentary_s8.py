"""Analysis-piece wording: an embedded yes/no question ("asked whether X would ...") and a habit told in
the simple present ("routinely condemns") assert no act at a time."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _roots(events: list) -> list[str]:
    return sorted(e.root for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Diplomats are asking whether Chile will expel Peru's ambassador.",
        "Reporters asked if Ukraine had attacked the refinery in Belgorod.",
        "Whether Argentina will recognise the new government in Bolivia is still an open question.",
        "A parliamentary inquiry will examine whether Spain sold weapons to Morocco.",
    ],
)
def test_embedded_question_codes_no_event_inside(code, text: str) -> None:
    # the act asked about stays open: no event of it, whatever the clause's verb
    inside = {"17", "19", "05", "07"}
    assert not [e for e in code(text) if e.root in inside], text


def test_act_beside_a_question_is_kept(code) -> None:
    events = code("Mexico condemned Cuba on Monday and asked whether Havana would release the prisoners.")
    assert [(e.source.text, e.root) for e in events] == [("Mexico", "11")]


def test_conditional_clause_is_not_a_question(code) -> None:
    # "if" on an adverbial clause sets a condition: the threat it qualifies is still made
    events = code("Canada said it would expel Russian diplomats if Moscow detained more Canadian citizens.")
    assert [e.root for e in events] == ["13"]
    assert events[0].source.text == "Canada"


def test_question_inside_a_probe_leaves_the_probe(code) -> None:
    events = code("Prosecutors in Lisbon opened an inquiry into whether Angola bribed officials.")
    assert "09" in _roots(events)
    assert all(e.source.text != "Angola" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Ankara routinely denounces Athens over the status of the islands.",
        "Venezuela frequently expels Colombian traders from border towns.",
        "Algeria usually recalls its ambassador from Paris after such remarks.",
    ],
)
def test_habit_in_the_simple_present_is_no_event(code, text: str) -> None:
    assert [e for e in code(text) if e.target is not None] == [], text


def test_past_act_beside_a_habit_is_kept(code) -> None:
    # the coordinated past verb tells an act of its own
    events = code("Ankara often denounces Athens, and on Friday it summoned the Greek ambassador.")
    assert [(e.source.text, e.root) for e in events] == [("Ankara", "11")]
    assert events[0].trigger.text == "summoned"


def test_same_act_in_the_past_is_coded(code) -> None:
    events = code("Venezuela expelled Colombian traders from border towns on Sunday.")
    assert "17" in _roots(events)
