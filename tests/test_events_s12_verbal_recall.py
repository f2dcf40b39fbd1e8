"""Verbal conflict told indirectly (session 12): reprisals announced in advance are threats (130),
consent withheld is a rejection (120), refusals aimed at whom the refused act would reach, criticism
"in what X called ..." aimed at the doer of the act named, and "declined to say" is no rejection."""

from __future__ import annotations

import pytest

from _events_fake import cameo_codes, code_rules, triples


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan said it would retaliate against any Indian aggression.",
        "Beijing said it would take countermeasures against the Dutch government if the ban stayed.",
        "Pyongyang warned it would retaliate if the United States went ahead with the drills.",
    ],
)
def test_announced_reprisal_is_a_threat(code, text: str) -> None:
    events = code(text)
    threats = [e for e in events if e.cameo == "130"]
    assert threats, code_rules(events)
    assert all(e.target is not None and e.modality == "asserted" for e in threats), code_rules(events)


@pytest.mark.parametrize(
    "text",
    ["Russia retaliated against the EU last week.", "Iran retaliated by expelling two British diplomats."],
)
def test_reprisal_carried_out_is_no_threat(code, text: str) -> None:
    assert not any(c.startswith("13") for c in cameo_codes(code(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Mexico's president said her government would not accept the presence of US troops on its soil.",
        "Beijing will not tolerate any interference by Washington in Hong Kong.",
        "Iran did not accept the American proposal, the foreign ministry said.",
    ],
)
def test_consent_withheld_is_a_rejection(code, text: str) -> None:
    events = code(text)
    assert any(e.root == "12" and e.target is not None and e.modality == "asserted" for e in events), \
        code_rules(events)


@pytest.mark.parametrize(
    "text",
    ["The parliament approved the budget on Tuesday.", "Jordan accepted the proposal from Egypt on Monday."],
)
def test_consent_given_is_no_rejection(code, text: str) -> None:
    assert not any(c.startswith("12") for c in cameo_codes(code(text)))


def test_refusal_aimed_at_recipient_of_refused_act(code) -> None:
    events = code("Kyiv refused to cede territory to Russia in exchange for peace.")
    assert ("UKRGOV", "RUS", "120") in triples(events) or any(
        e.root == "12" and e.target is not None and e.target.actor.country == "RUS" for e in events
    ), code_rules(events)


def test_declined_to_say_is_no_rejection(code) -> None:
    events = code("The minister declined to say whether the talks would resume.")
    assert not any(c.startswith("12") for c in cameo_codes(events)), code_rules(events)


def test_criticism_in_what_clause_aims_at_doer(code) -> None:
    events = code(
        "Russian forces shelled Kharkiv overnight, in what Ukraine's president called an act of aggression."
    )
    crit = [e for e in events if e.root == "11"]
    assert crit and crit[0].target is not None and crit[0].target.actor.country == "RUS", code_rules(events)


def test_manner_of_force_makes_response_a_threat(code) -> None:
    events = code("Eritrea warned that Asmara would respond decisively to any Ethiopian incursion.")
    assert "130" in cameo_codes(events), code_rules(events)


def test_plain_response_is_no_threat(code) -> None:
    events = code("The ministry said it would respond to the letter from Brussels next week.")
    assert not any(c.startswith("13") for c in cameo_codes(events)), code_rules(events)


def test_threat_conditioned_on_own_government_is_aimed_at_it(code) -> None:
    events = code("Zambia's opposition threatened protests if the government delays the vote.")
    threats = [e for e in events if e.root == "13"]
    assert threats and threats[0].target is not None, code_rules(events)
    assert threats[0].target.actor.role == "GOV", code_rules(events)


def test_headline_owner_stacked_on_modifier_is_target(code) -> None:
    events = code("Israel rejects Hamas ceasefire terms")
    assert any(e.root == "12" and e.target is not None for e in events), code_rules(events)


def test_cannot_accept_is_a_refusal(code) -> None:
    events = code("Lebanon can't accept more Syrian refugees, the minister said.")
    assert any(e.root == "12" and e.modality == "asserted" for e in events), code_rules(events)


def test_rejection_in_relative_clause_aims_at_who_put_it_forward(code) -> None:
    events = code("Egypt presented a proposal that Ethiopia rejected.")
    rej = [e for e in events if e.root == "12"]
    assert rej and rej[0].target is not None and rej[0].target.actor.country == "EGY", code_rules(events)


def test_relative_clause_on_a_person_is_no_criticism_of_the_clause_doer(code) -> None:
    events = code("Police arrested a man that residents criticised.")
    assert "111" not in cameo_codes(events), code_rules(events)


def test_refusal_does_not_recode_another_party_nominal_act(code) -> None:
    events = code("Beijing refused to condemn Russia's invasion of Ukraine.")
    refusals = [e for e in events if e.root == "12"]
    assert len(refusals) == 1, code_rules(events)


# Session 13: verbal conflict whose target sits where real news puts it.


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Thai government rejected as interference a report by the United Nations on its handling "
         "of the protests.", "UNO"),
        ("Algeria rejected as interference a resolution by the European Parliament on press freedom.", "EUR"),
    ],
)
def test_object_shifted_past_a_noun_predicate_is_answered(code, text: str, target: str) -> None:
    got = triples(code(text))
    assert any(c.startswith("12") and t == target for _, c, t in got), got


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Ukraine rejected a Russian-backed proposal for a ceasefire along the front line.", "RUS"),
        ("Serbia rejected the EU-drafted resolution on Srebrenica.", "EUR"),
    ],
)
def test_backer_of_a_rejected_plan_is_the_target(code, text: str, target: str) -> None:
    got = triples(code(text))
    assert any(c.startswith("12") and t == target for _, c, t in got), got


def test_backed_group_is_not_its_backer(code) -> None:
    got = triples(code("Rebels attacked a U.S.-backed militia near the border town."))
    assert all(t not in ("USA", "USAGOV") for _, _, t in got), got


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Kenyan government issued a warning that it would not tolerate any interference by Somalia "
         "in its elections.", "SOM"),
        ("Beijing issued a stern warning that it would not tolerate any move by Taiwan toward "
         "independence.", "TWN"),
        ("Seoul warned that it would not tolerate further provocations by the North.", "PRK"),
    ],
)
def test_warning_not_to_tolerate_threatens_whose_act_it_is(code, text: str, target: str) -> None:
    events = code(text)
    assert any(e.root == "13" and e.target is not None and e.target.actor.code == target
               for e in events), code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "Ankara issued a threat that it would cut ties with Sweden over the Koran burnings.",
        "Ankara threatened that it would cut ties with Stockholm.",
        "Hezbollah issued a warning that it would strike Israeli towns if the raids continued.",
    ],
)
def test_threat_told_in_a_that_clause_is_a_threat(code, text: str) -> None:
    events = code(text)
    assert any(e.root == "13" for e in events), code_rules(events)
    assert all(e.root not in ("16", "19") or e.modality != "asserted" for e in events), code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "The IMF issued a warning that Argentina could default on its debt.",
        "The weather service issued a warning that the cyclone would hit Mozambique on Friday.",
    ],
)
def test_warning_noun_of_a_forecast_is_no_threat(code, text: str) -> None:
    events = code(text)
    assert all(e.root != "13" for e in events), code_rules(events)


@pytest.mark.parametrize(
    ("text", "code_", "target"),
    [
        ("Iran repeated its demand that Washington lift all sanctions before any talks.", "1054", "USAGOV"),
        ("North Korea reiterated its demand that Seoul halt the joint military drills.", "1056", "KORGOV"),
    ],
)
def test_demand_noun_that_clause_is_demanded_not_done(code, text: str, code_: str, target: str) -> None:
    events = code(text)
    assert any(e.cameo == code_ and e.target is not None and e.target.actor.code == target
               for e in events), code_rules(events)
    assert all(e.root != "08" for e in events), code_rules(events)


def test_threat_to_walk_away_from_talks_is_aimed_at_the_other_side(code) -> None:
    got = triples(code("The rebel alliance threatened to walk away from the negotiations with the army."))
    assert any(c.startswith("13") and t is not None and t.endswith("MIL") for _, c, t in got), got


def test_walking_away_from_a_podium_is_no_break_in_talks(code) -> None:
    events = code("The minister walked away from the podium after the speech in Ankara.")
    assert all(e.root != "16" for e in events), code_rules(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Thousands of protesters in Tbilisi demanded early parliamentary elections.", "GEOGOV"),
        ("The opposition in Kenya demanded sweeping electoral reforms.", "KENGOV"),
    ],
)
def test_domestic_demand_for_reform_is_made_on_the_government(code, text: str, target: str) -> None:
    got = triples(code(text))
    assert any(c.startswith("104") and t == target for _, c, t in got), got


def test_foreign_demand_for_reform_implies_no_government(code) -> None:
    got = triples(code("The EU demanded reforms."))
    assert all(not c.startswith("104") or t is None for _, c, t in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi protested the Chinese survey ship's return to its waters.",
        "The Lithuanian government protested Minsk's decision to build the plant near the border.",
    ],
)
def test_state_protesting_a_foreign_act_is_a_formal_protest(code, text: str) -> None:
    codes = cameo_codes(code(text))
    assert "114" in codes and not any(c.startswith("14") for c in codes), codes


@pytest.mark.parametrize(
    "text",
    [
        "Farmers protested the new import rules outside parliament in Warsaw.",
        "Hundreds of students protested against the Russian embassy in Tbilisi.",
    ],
)
def test_people_protesting_stay_street_protest(code, text: str) -> None:
    assert "114" not in cameo_codes(code(text))
