"""Rejections and threats (session 15): a negated exclusion of force states force as an option (CAMEO
138, aimed at whom it would be used against), and the country of a one-token "U.S.-brokered" is the
author of the proposal a rejection answers."""

from __future__ import annotations

import pytest

from _events_fake import code_rules, triples


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Tokyo has not ruled out a military strike against North Korea's launch sites.", "PRK"),
        ("Washington did not rule out the use of force against Panama.", "PAN"),
    ],
)
def test_option_of_force_not_ruled_out_is_a_threat(code, text: str, target: str) -> None:
    events = code(text)
    threats = [e for e in events if e.cameo == "138"]
    assert threats and all(e.modality == "asserted" for e in threats), code_rules(events)
    assert target in {e.target.actor.code[:3] for e in threats if e.target}, code_rules(events)
    assert not [e for e in events if e.cameo.startswith("12")], code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister has not ruled out an early election next year.",
        "Seoul did not rule out talks with Pyongyang.",
        "Israel did not rule out military action.",
    ],
)
def test_option_not_of_force_or_aimed_at_no_one_is_no_threat(code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.cameo.startswith("13")], code_rules(events)


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("The rebels rejected a U.S.-brokered plan for a ceasefire in Darfur.", "USA"),
        ("Khartoum turned down a U.K.-drafted resolution on the crisis.", "GBR"),
    ],
)
def test_one_token_author_of_a_rejected_proposal(code, text: str, author: str) -> None:
    events = code(text)
    rejections = [e for e in events if e.cameo.startswith("12")]
    assert rejections, code_rules(events)
    assert author in {e.target.actor.code[:3] for e in rejections if e.target}, triples(events)


@pytest.mark.parametrize(
    ("text", "critic", "criticised"),
    [
        ("Greece came under fire from the European Commission for its treatment of migrants.", "EUR", "GRC"),
        ("Pakistan came under fire from India over the attack in Kashmir.", "IND", "PAK"),
    ],
)
def test_under_fire_for_a_reason_is_criticism(code, text: str, critic: str, criticised: str) -> None:
    events = code(text)
    assert any(e.cameo.startswith("11") and e.source.actor.code[:3] == critic and e.target is not None
               and e.target.actor.code[:3] == criticised for e in events), triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Afghan soldiers came under fire from Taliban fighters for several hours on Monday.",
        "The convoy came under fire from militants near the border.",
    ],
)
def test_under_fire_with_no_reason_is_no_criticism(code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.cameo.startswith("11")], code_rules(events)


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        ("Tehran reserved the right to retaliate if Israel attacked its territory.", "13", "ISR"),
        ("Islamabad reserved the right to respond to attacks from Afghanistan.", "13", "AFG"),
        ("Ankara reserved the right to use force against the militants in Syria.", "13", "SYR"),
    ],
)
def test_reserved_right_to_a_reprisal_is_a_threat(code, text: str, root: str, target: str) -> None:
    events = code(text)
    threats = [e for e in events if e.cameo.startswith(root)]
    assert threats and all(e.modality == "asserted" for e in threats), code_rules(events)
    assert target in {e.target.actor.code[:3] for e in threats if e.target}, triples(events)


def test_a_right_that_is_no_coercion_is_no_threat(code) -> None:
    events = code("Kenya's opposition has the right to hold rallies in Nairobi.")
    assert not [e for e in events if e.cameo.startswith("13")], code_rules(events)


def test_said_no_to_a_proposal_is_a_rejection(code) -> None:
    events = code("Norway said no to the Swedish proposal on fishing quotas.")
    assert ("NOR", "SWE") in {(e.source.actor.code[:3], e.target.actor.code[:3])
                              for e in events if e.cameo.startswith("12") and e.target}, triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's president dismissed the head of the national police service on Friday.",
        "The Nigerian leader dismissed the governor of the central bank.",
    ],
)
def test_dismissing_an_official_is_no_rejection(code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.cameo.startswith("12")], code_rules(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Riyadh vowed to exact a heavy price from the Houthis for the drone attack.", "YEM"),
        ("Seoul is ready to retaliate against North Korea.", "PRK"),
    ],
)
def test_announced_reprisal_in_other_words_is_a_threat(code, text: str, target: str) -> None:
    events = code(text)
    threats = [e for e in events if e.cameo.startswith("13")]
    assert threats, code_rules(events)
    assert target in {e.target.actor.code[:3] for e in threats if e.target}, triples(events)
    assert not [e for e in events if e.cameo.startswith("03")], code_rules(events)


def test_a_price_exacted_in_the_past_is_no_threat(code) -> None:
    events = code("The army exacted a heavy toll on the rebels in Darfur last year.")
    assert not [e for e in events if e.cameo.startswith("13")], code_rules(events)


# Session 16: "all options are on the table" said about a party is the same option of force (138).
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The president said all options were on the table in dealing with Pyongyang.", "PRK"),
        ("Seoul kept the military option on the table against North Korea.", "PRK"),
        ("Paris said every option remained on the table regarding Iran's missile programme.", "IRN"),
    ],
)
def test_all_options_on_the_table_about_a_party_is_a_threat(code, text: str, target: str) -> None:
    events = code(text)
    threats = [e for e in events if e.cameo == "138"]
    assert threats, code_rules(events)
    assert target in {e.target.actor.code[:3] for e in threats if e.target}, code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "The finance minister said all options were on the table for next year's budget.",
        "The ministry said all options were on the table.",
        "Ankara said the military option was not on the table against Athens.",
        "The proposal on the table was rejected by the unions.",
    ],
)
def test_options_on_the_table_about_no_party_threaten_no_one(code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.cameo.startswith("13")], code_rules(events)


# An organisation the tagger types no entity ("AU", "ECOWAS") is a party like a country.
@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("The militia rejected an AU-backed peace plan for the region.", "AFU"),
        ("Niger's junta rejected the ECOWAS-mediated transition plan.", "WAS"),
    ],
)
def test_igo_backer_of_a_rejected_plan_is_its_author(code, text: str, author: str) -> None:
    events = code(text)
    assert author in {e.target.actor.code for e in events if e.cameo.startswith("12") and e.target}, \
        code_rules(events)
