"""Session 10 round 2 verbal events: joint reviews of ties are no policy option, a warning beside an
appeal threatens the party asked, a restated proposal carries its rejection to the proposer, an
inverted "should" condition asks no one, a denied bail is a refusal to release, and a noun event inside
a commentator's clause is backdrop."""

from __future__ import annotations

import pytest
from tests._events_fake import dyads, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Qatar's emir received a phone call from the Kenyan president, during which the two sides reviewed "
    "bilateral relations and ways to strengthen them.",
    "The Indian and Nepali leaders reviewed cooperation in energy and trade.",
])
def test_joint_review_of_ties_is_no_policy_option(code, text: str) -> None:
    got = dyads(code(text))
    assert all(r != "01" for _, r, _ in got), got


def test_one_side_reviewing_its_ties_still_weighs_an_option(code) -> None:
    got = triples(code("Iran said it was reviewing its relations with France after the ambassador's "
                       "expulsion."))
    assert any(c == "014" for _, c, _ in got), got


def test_warning_beside_an_appeal_threatens_the_party_asked(code) -> None:
    got = dyads(code("The Serbian government called on Kosovo to withdraw its special police from the north, "
                     "warning that further provocations would have serious consequences."))
    assert ("SRBGOV", "13", "KSV") in got, got
    assert all(r != "01" for _, r, _ in got), got


def test_warning_of_the_speakers_own_act_beside_an_appeal(code) -> None:
    got = dyads(code("Lithuania urged Belarus to stop pushing migrants across the border, "
                     "warning that it would close all crossings."))
    assert ("LTU", "13", "BLR") in got, got


def test_warning_of_a_disaster_beside_an_appeal_is_no_threat(code) -> None:
    got = dyads(code("The UN called on Sudan to open the border crossings, warning that the famine would "
                     "kill thousands of children."))
    assert all(r != "13" for _, r, _ in got), got


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Hamas offered to free ten hostages in exchange for a ceasefire, an offer Israeli officials quickly "
     "rejected.", "ISRGOV", "HMS"),
    ("Serbia proposed a new border arrangement, a plan that Kosovo rejected on Friday.", "KSV", "SRB"),
])
def test_restated_proposal_carries_its_rejection_to_the_proposer(code, text: str, src: str, tgt: str) -> None:
    got = dyads(code(text))
    assert (src, "12", tgt) in got, got


def test_inverted_should_condition_asks_no_one(code) -> None:
    got = dyads(code("Should the military press ahead with the constitutional vote, the African Union could "
                     "close its members' borders with Niger again, Nigerian officials told reporters in "
                     "Lagos."))
    assert all(r != "10" for _, r, _ in got), got
    assert any(s == "AFU" and t == "NER" for s, _, t in got), got


def test_told_that_x_should_still_asks(code) -> None:
    got = dyads(code("The Kenyan president told Somalia that it should withdraw its troops from the border."))
    assert ("KENGOV", "10", "SOM") in got, got


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Uganda's opposition leader Kizza Besigye, who faces treason charges, was denied bail by a military "
     "court in Kampala on Tuesday.", "UGAJUD", "UGAOPP"),
    ("The Russian court refused bail for the American journalist.", "RUSJUD", "USAMED"),
])
def test_denied_bail_is_a_refusal_to_release(code, text: str, src: str, tgt: str) -> None:
    got = triples(code(text))
    assert (src, "1243", tgt) in got, got
    assert all(c != "016" for _, c, _ in got), got


def test_denied_report_stays_a_denial(code) -> None:
    got = triples(code("Iran denied the report that its drones had been sold to Russia."))
    assert any(c == "016" for _, c, _ in got), got


def test_noun_event_in_a_commentators_clause_is_backdrop(code) -> None:
    got = dyads(code("Economists say Vietnam stands to gain from U.S. tariffs on Chinese goods."))
    assert all(r != "16" for _, r, _ in got), got


def test_act_a_commentator_reports_with_a_verb_stays(code) -> None:
    got = dyads(code("Observers said troops fired on the crowd in the capital."))
    assert any(r == "17" for _, r, _ in got), got


# Session 13: telephone calls, "by phone" misread as a passive agent, and visits named in an adjunct.

@pytest.mark.parametrize("text", [
    "Brazil's president, Luiz Inacio Lula da Silva, spoke by phone with Argentine President Javier Milei.",
    "South Korea's foreign minister, Cho Tae-yul, spoke by phone with his Japanese counterpart on Monday.",
])
def test_by_phone_is_no_passive_agent(code, text: str) -> None:
    events = code(text)
    assert any(e.root == "04" and e.target is not None for e in events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "French President Emmanuel Macron called Russian President Vladimir Putin on Friday to discuss Ukraine.",
    "Pakistan's prime minister called his Chinese counterpart on Thursday to discuss the economic corridor.",
    "British Prime Minister Keir Starmer called Indian Prime Minister Narendra Modi on Monday.",
])
def test_calling_a_leader_is_a_phone_call(code, text: str) -> None:
    events = code(text)
    assert [e.cameo for e in events if e.root in ("02", "04")] == ["041"], [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "Kenya's opposition called on the president to resign.",
    "Trump called the Canadian prime minister weak and dishonest.",
    "Iran's foreign ministry called the Israeli strike an act of aggression.",
    "The Nigerian president called a meeting of state governors in Abuja on Monday.",
    "The lawmakers called the minister to appear before the committee.",
])
def test_appeals_and_naming_are_no_phone_call(code, text: str) -> None:
    assert not any(e.cameo == "041" for e in code(text))


@pytest.mark.parametrize("text", [
    "Poland's president praised Ukraine's resistance during a visit to Kyiv on Tuesday.",
    "Japan's prime minister appealed to Vietnam for closer maritime cooperation during a visit to Hanoi.",
])
def test_visit_in_an_adjunct_is_its_own_event(code, text: str) -> None:
    events = code(text)
    assert any(e.cameo == "042" and e.target is not None for e in events), [(e.cameo, e.rule) for e in events]
    assert len({e.root for e in events}) >= 2


@pytest.mark.parametrize("text", [
    "The Kenyan president met his Ugandan counterpart during a visit to Kampala.",
    "The minister travelled by road to the border town on Friday.",
])
def test_no_second_visit_beside_a_meeting_or_a_means(code, text: str) -> None:
    assert sum(e.cameo == "042" for e in code(text)) == 0
