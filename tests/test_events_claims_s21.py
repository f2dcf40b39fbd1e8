"""Session 21: statements realised and then lost, and fighting a truce ended. An attitude about news
("alarmed by reports that X had ...") is about the party the news names. A group's speaker who
says "the group was behind / responsible for" an attack claims it (015), as with the acts it reports;
an admitted mistake or error is acknowledged responsibility (015); a warning that talks with a party
have stalled or reached an impasse is a pessimistic comment on that party (012), as "could fail" is;
days of fighting a truce in the same clause ended were fought between the truce's sides (190 both
ways). Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _codes(events) -> list[tuple[str, str, str]]:
    return [(e.cameo, e.source.actor.code, e.target.actor.code if e.target else "-") for e in events]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("An al-Shabaab spokesman said the group was responsible for the hotel bombing in Kismayo.", "015"),
        ("A Houthi military spokesman said the movement was behind the drone attack on the tanker.", "015"),
        ("A Hamas official said the group was not responsible for the rocket fire from Lebanon.", "016"),
    ],
)
def test_the_group_named_again_in_a_judgement(code, text: str, cameo: str) -> None:
    events = code(text)
    assert any(e.cameo == cameo and e.target is None for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        # a state's "the group" is the party it speaks of
        "The Pentagon said the group was behind the rocket attack on the base.",
        "Iraq's interior ministry said the group was responsible for the car bombing in Basra.",
    ],
)
def test_a_state_speaking_of_the_group_claims_nothing(code, text: str) -> None:
    events = code(text)
    assert not any(e.cameo == "015" for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria's air force admitted a mistake after a bombing raid hit a camp for displaced people.",
        "The Israeli military acknowledged a \"grave error\" in the strike on the aid convoy.",
    ],
)
def test_an_admitted_mistake_is_acknowledged_responsibility(code, text: str) -> None:
    events = code(text)
    assert any(e.cameo == "015" for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        # someone else's mistake is criticism, not an admission
        "The opposition leader said the government had made a mistake by raising fuel prices.",
        # the failure of talks is nobody's admitted fault
        "The ministers acknowledged the failure of the talks in Geneva.",
    ],
)
def test_no_admission_without_owning_up(code, text: str) -> None:
    events = code(text)
    assert not any(e.cameo == "015" for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The EU's foreign policy chief warned that negotiations with Iran had stalled.", "EUR", "IRN"),
        ("Japan warned that talks with North Korea on the abductees had reached an impasse.", "JPN", "PRK"),
    ],
)
def test_talks_said_to_have_failed_are_pessimism(code, text: str, source: str, target: str) -> None:
    events = code(text)
    assert ("012", source, target) in _codes(events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "The IMF warned that Argentina's economy had stalled.",
        "The mayor warned that the river had reached a record level.",
    ],
)
def test_no_pessimism_without_talks_with_a_party(code, text: str) -> None:
    events = code(text)
    assert not any(e.cameo == "012" for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Eritrea and Ethiopia agreed to a truce after six days of fighting along their border.",
        "Eritrea and Ethiopia agreed to a ceasefire after three days of clashes near Badme.",
    ],
)
def test_fighting_a_truce_ended_is_between_its_sides(code, text: str) -> None:
    events = code(text)
    assert ("190", "ERI", "ETH") in _codes(events), _codes(events)
    assert ("190", "ETH", "ERI") in _codes(events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        # years of war are history the treaty ends
        "Azerbaijan and Armenia signed a peace treaty after decades of war.",
        # no truce: the fighting named no sides
        "The Arakan Army said it had captured a regional military headquarters after weeks of fighting.",
    ],
)
def test_no_fighting_from_history_or_without_a_truce(code, text: str) -> None:
    events = code(text)
    assert not any(e.cameo == "190" for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The UN said it was alarmed by reports that Sudanese army forces had bombed a market in Darfur.",
         "UNO", "SDNMIL"),
        ("Seoul was worried by signs that North Korea was preparing a missile launch, officials said.",
         "KOR", "PRK"),
    ],
)
def test_the_news_an_attitude_is_about_names_its_target(code, text: str, source: str, target: str) -> None:
    events = code(text)
    assert any(c == "012" and s.startswith(source) and t.startswith(target)
               for c, s, t in _codes(events)), _codes(events)
