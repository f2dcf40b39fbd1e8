"""Acts only a state does, told in the passive with no agent: the implied state organ is the source."""

from __future__ import annotations

import pytest

from _events_fake import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "place"),
    [
        ("A well-known Iranian rapper was arrested in Tehran on Sunday.", "IRNCOP", "Tehran"),
        ("Four Kenyan students were detained in Nairobi after the march.", "KENCOP", "Nairobi"),
        ("A French aid worker was arrested in Mali last month.", "MLICOP", "Mali"),
    ],
)
def test_arrest_in_a_named_place_is_that_states_police(code, text: str, source: str, place: str) -> None:
    evs = [e for e in code(text) if e.cameo.startswith("173")]
    assert evs, text
    assert evs[0].source.actor.code == source
    assert evs[0].source.text == place  # the place's words name the state, as annotators mark it


@pytest.mark.parametrize(
    ("text", "source", "cameo"),
    [
        ("The former Peruvian president was sentenced to 15 years in prison.", "PERJUD", "116"),
        ("A Kenyan opposition lawmaker was charged with hate speech on Friday.", "KENJUD", "173"),
        ("A former Argentine minister was indicted on bribery charges.", "ARGJUD", "173"),
    ],
)
def test_a_court_act_with_no_place_is_the_patients_courts(code, text: str, source: str, cameo: str) -> None:
    found = triples(code(text))
    assert any(s == source and c == cameo for s, c, _ in found), found


def test_expulsion_is_by_the_state_it_is_from(code) -> None:
    found = triples(code("Two Dutch diplomats were expelled from Venezuela on Tuesday."))
    assert any(s == "VENGOV" and c == "174" for s, c, _ in found), found


def test_release_from_prison_is_the_states_but_freed_hostages_name_no_holder(code) -> None:
    found = triples(code("The Bahraini rights activist was released from prison on Monday."))
    assert any(s == "BHRGOV" and c == "0841" for s, c, _ in found), found
    assert not triples(code("Twelve Thai hostages were freed on Sunday."))


@pytest.mark.parametrize(
    "text",
    [
        "Three German nationals were arrested on suspicion of spying.",  # perhaps abroad
        "Two Syrian men were detained at the border.",  # whose border is unsaid
        "The Egyptian poet could be sentenced to death.",  # an act to come
        "The Malian president was removed from power in a coup.",  # no act of the state
        "A Somali journalist was killed in Mogadishu.",  # others kill too
    ],
)
def test_no_state_is_implied(code, text: str) -> None:
    found = triples(code(text))
    assert not any(s.endswith(("COP", "JUD", "GOV")) and c[:3] in ("173", "116", "172", "174")
                   for s, c, _ in found), found


def test_an_arrest_recalled_in_a_relative_clause_is_background(code) -> None:
    text = "A Turkish court freed a Kurdish journalist who was arrested in Ankara last year."
    found = triples(code(text))
    assert not any(c == "173" for _, c, _ in found), found


def test_a_named_agent_still_acts(code) -> None:
    found = triples(code("A Pakistani blogger was arrested by Indian police in Kashmir."))
    assert any(s == "INDCOP" and c == "173" for s, c, _ in found), found


def test_the_lists_are_data() -> None:
    from triadic.events._arg_phrases import argument_words

    acts = argument_words()
    assert acts.state_act_verbs["arrest"] == "COP" and acts.state_act_verbs["sentence"] == "JUD"
    assert "173" in acts.state_act_codes and "kill" not in acts.state_act_verbs
