"""Promises told as nouns (session 13): an intent noun's infinitive ("its pledge to support X") or "of"
phrase ("an offer of talks") sets its CAMEO 03x sub-code as the verb's would; an ultimatum to pull
forces out stays an ultimatum (139); a threat over an act done by a party is aimed at that party."""

from __future__ import annotations

import pytest

from _events_fake import code_rules


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("Spain renewed its pledge to support Morocco's bid to host the summit.", "032", "ESP", "MAR"),
        ("Korea's promise to supply rice to Myanmar was welcomed by aid groups.", "0311", "KOR", "MMR"),
        ("Chile rejected Bolivia's offer to hold talks in La Paz.", "036", "BOL", "CHL"),
        ("Ghana turned down an offer by Nigeria's president to mediate in its dispute with Togo.", "039",
         "NGA", "GHA"),
    ],
)
def test_intent_noun_infinitive_sets_subcode(code, text: str, cameo: str, source: str, target: str) -> None:
    events = code(text)
    intents = [e for e in events if e.root == "03"]
    assert intents and intents[0].cameo == cameo, code_rules(events)
    assert intents[0].source.actor.country == source
    assert intents[0].target is not None and intents[0].target.actor.country == target


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Canada made a pledge of $80 million in aid to Jordan.", "0331"),
        ("Sweden renewed its pledge of military support to Finland.", "032"),
        ("Peru dismissed Ecuador's offer of talks on the border dispute.", "036"),
        ("Manila welcomed Jakarta's offer of mediation.", "038"),
    ],
)
def test_intent_noun_of_phrase_sets_subcode(code, text: str, cameo: str) -> None:
    events = code(text)
    assert cameo in {e.cameo for e in events}, code_rules(events)


def test_rejecting_an_offer_is_not_the_offer(code) -> None:
    events = code("Ghana turned down an offer by Nigeria's president to mediate in its dispute with Togo.")
    ghana = [e for e in events if "Ghana" in e.source.text]
    assert ghana and all(e.root == "12" for e in ghana), code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "Baku gave Yerevan an ultimatum to withdraw its forces from the region.",
        "Russia gave Georgia an ultimatum to pull its troops out of South Ossetia.",
    ],
)
def test_ultimatum_to_withdraw_forces_stays_139(code, text: str) -> None:
    events = code(text)
    assert "139" in {e.cameo for e in events}, code_rules(events)
    assert not any(e.root == "17" for e in events)


def test_ultimatum_to_leave_is_still_expulsion(code) -> None:
    events = code("Beijing gave the Lithuanian envoy 48 hours to leave the country.")
    assert "174" in {e.cameo for e in events}, code_rules(events)


def test_threat_over_act_by_party_targets_doer(code) -> None:
    events = code("Caracas threatened retaliation over the seizure of its aircraft by Argentina.")
    threats = [e for e in events if e.root == "13"]
    assert threats and threats[0].target is not None and "Argentina" in threats[0].target.text, \
        code_rules(events)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Tokyo assured Canberra that it would share intelligence on Chinese naval movements.", "0314"),
        ("Venezuela signalled it would release the detained Guyanese fishing boat.", "0353"),
        ("Italy promised it would send more tanks to Ukraine.", "0332"),
    ],
)
def test_promising_verb_reports_own_intent(code, text: str, cameo: str) -> None:
    events = code(text)
    assert cameo in {e.cameo for e in events}, code_rules(events)


def test_promising_verb_of_non_party_codes_nothing(code) -> None:
    events = code("The figures indicated that the economy would grow next year.")
    assert not events, code_rules(events)
