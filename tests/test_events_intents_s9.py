"""Session 9, round 1: intents and appeals by structure. Co-subjects that agree to do something no
pattern codes agree with each other (030 both ways); an offer or promise of an uncoded act is aimed
at whom or where that act points; what the sides set up among themselves is no third party; an act
someone is only asked to do is no event; "demanded that X do" asks X even when the tagger reads the
bare verb as a past. Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _dyads(events: list, root: str) -> set[tuple[str, str]]:
    return {
        (e.source.actor.country or e.source.actor.code, e.target.actor.country or e.target.actor.code)
        for e in events
        if e.root == root and e.target is not None
    }


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Egypt and Sudan agreed on Friday to coordinate their positions on the dam.", "EGY", "SDN"),
        ("Peru and Chile agreed last week to harmonise their customs rules.", "PER", "CHL"),
        ("Ghana and Togo agreed to align their fishing seasons, officials said.", "GHA", "TGO"),
    ],
)
def test_co_subjects_agreeing_to_an_uncoded_act_agree_with_each_other(
    code, text: str, a: str, b: str
) -> None:
    events = code(text)
    assert {(a, b), (b, a)} <= _dyads(events, "03"), [(e.cameo, e.rule) for e in events]


def test_negated_agreement_gives_no_intent(code) -> None:
    events = code("Egypt and Sudan did not agree to coordinate their positions on the dam.")
    intents = [e for e in events if e.root == "03" and e.modality != "negated"]
    assert not intents, [(e.cameo, e.rule) for e in intents]


def test_one_subject_agreeing_with_no_one_named_gives_no_intent(code) -> None:
    events = code("Egypt agreed on Friday to coordinate its positions.")
    assert not any(e.rule and e.rule.startswith("intent:") for e in events)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Officials were alarmed by reports that Russia had offered to build a naval base in Sudan.",
         "RUS", "SDN"),
        ("Analysts say Turkey has offered to build a grain terminal in Libya.", "TUR", "LBY"),
    ],
)
def test_an_offer_of_an_uncoded_act_is_aimed_where_the_act_is(code, text: str, a: str, b: str) -> None:
    events = code(text)
    assert (a, b) in _dyads(events, "03"), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Morocco and Spain agreed on Monday to set up a joint task force against smuggling.", "MAR", "ESP"),
        ("Peru and Bolivia agreed to create a joint border police unit.", "PER", "BOL"),
    ],
)
def test_what_the_sides_set_up_together_is_no_third_party(code, text: str, a: str, b: str) -> None:
    events = code(text)
    dyads = _dyads(events, "03")
    assert {(a, b), (b, a)} <= dyads, [(e.cameo, e.rule, e.target.text if e.target else None) for e in events]


def test_a_third_party_the_sides_agree_to_act_on_stays_the_target(code) -> None:
    events = code("France and Britain agreed to send troops to Mali.")
    assert ("FRA", "MLI") in _dyads(events, "03")
    assert ("FRA", "GBR") not in _dyads(events, "03")


@pytest.mark.parametrize(
    "text",
    [
        "Italian senators voted to ask the government to halt arms sales to Egypt.",
        "Swedish lawmakers voted on Monday to ask the cabinet to stop weapons exports to Turkey.",
    ],
)
def test_an_act_only_asked_for_is_no_event(code, text: str) -> None:
    events = code(text)
    assert not any(e.root == "16" for e in events), [(e.cameo, e.rule) for e in events]


def test_an_appeal_still_codes_its_addressee(code) -> None:
    events = code("The EU urged Serbia to open its borders to the refugees.")
    assert ("EUR", "SRB") in _dyads(events, "02") or any(
        e.root == "02" and e.target is not None and e.target.actor.country == "SRB" for e in events
    ), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Turkey demanded on Sunday that the International Atomic Energy Agency condemn the attack.",
         "TUR", "IAE"),
        ("Kenya demanded that Somalia cut its ties with the militia.", "KEN", "SOM"),
    ],
)
def test_demand_that_x_do_is_addressed_to_x(code, text: str, a: str, b: str) -> None:
    events = code(text)
    demands = [e for e in events if e.root == "10" and e.target is not None]
    assert demands, [(e.cameo, e.rule) for e in events]
    assert any(b in (e.target.actor.code, e.target.actor.country) for e in demands)
    # what was demanded has not happened: no condemnation or cut by the addressee is coded
    assert not any(e.source.actor.code == b or e.source.actor.country == b for e in events if e.root != "10")
    assert all(a in (e.source.actor.code, e.source.actor.country) for e in demands)


def test_a_reported_past_act_is_no_demand(code) -> None:
    events = code("The minister said that Iran cut ties with Egypt last year.")
    assert not any(e.root == "10" for e in events)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The Chilean president said he was hopeful a settlement with Bolivia could be reached.",
         "CHL", "BOL"),
        ("Kenya's foreign minister said he was hopeful an accord with Ethiopia could be signed.",
         "KEN", "ETH"),
    ],
)
def test_hope_for_a_joint_act_is_about_its_counterpart(code, text: str, a: str, b: str) -> None:
    events = code(text)
    assert (a, b) in _dyads(events, "01"), [(e.cameo, e.rule) for e in events]


def test_mediation_credited_by_a_party_is_mediation_for_it(code) -> None:
    events = code(
        "The Myanmar junta announced a truce with the rebels, crediting Thai mediation for the deal."
    )
    assert ("THA", "MMR") in _dyads(events, "04"), [(e.cameo, e.rule) for e in events]


def test_reported_readiness_is_aimed_at_whom_the_speaker_just_addressed(code) -> None:
    events = code(
        "The Indian prime minister sent condolences to the people of Chile over the earthquake "
        "and said India stood ready to help."
    )
    intents = [e for e in events if e.root == "03"]
    assert intents, [(e.cameo, e.rule) for e in events]
    assert all(e.target is not None and e.target.actor.country == "CHL" for e in intents)


def test_readiness_of_another_country_takes_no_addressee_of_the_speaker(code) -> None:
    # the speaker met Kenya; Uganda's readiness is not addressed to Kenya by that meeting
    events = code("The minister met his Kenyan counterpart and said Uganda was ready to help.")
    assert not any(e.root == "03" for e in events), [(e.cameo, e.rule) for e in events]


# Session 14 (intents on unseen text): "intends to" and "aims to" state the actor's own commitment
# (CAMEO 03: "indicate willingness or commitment"), as "is ready to" does; a commitment to an act of
# force is a threat (13); help that is itself a cooperative act reads as that act.


@pytest.mark.parametrize(
    ("text", "a", "b", "cameo"),
    [
        ("Brazil intends to buy more patrol boats from France, the defence minister said.", "BRA", "FRA",
         "0311"),
        ("Norway intends to lift its sanctions on Myanmar next year.", "NOR", "MMR", "0354"),
        ("Croatia aims to hold talks with Serbia on the border dispute this spring.", "HRV", "SRB", "036"),
    ],
)
def test_an_intended_cooperative_act_is_an_intent(code, text: str, a: str, b: str, cameo: str) -> None:
    events = code(text)
    assert (a, b) in _dyads(events, "03"), [(e.cameo, e.rule) for e in events]
    assert any(e.cameo == cameo for e in events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli army vowed to widen its offensive into Rafah.",
        "Russia intends to strike Ukraine's power plants again, the Kremlin said.",
    ],
)
def test_a_commitment_to_force_is_a_threat_not_an_intent_to_cooperate(code, text: str) -> None:
    events = code(text)
    roots = {e.root for e in events}
    assert "13" in roots and "03" not in roots, [(e.cameo, e.rule) for e in events]


def test_a_pledge_to_send_forces_keeps_its_peacekeeping_intent(code) -> None:
    events = code("Bangladesh promised to send 500 more soldiers to the UN mission in South Sudan.")
    assert any(e.cameo == "0334" for e in events), [(e.cameo, e.rule) for e in events]


def test_postponing_a_protest_is_no_threat(code) -> None:
    events = code("Kenya's opposition agreed to postpone its protest against the tax bill.")
    assert not any(e.root == "13" for e in events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Switzerland is prepared to help mediate between Armenia and Azerbaijan.", "CHE", "ARM"),
        ("Ghana offered to help mediate an end to the crisis in Burkina Faso.", "GHA", "BFA"),
    ],
)
def test_helping_to_mediate_is_an_intent_to_mediate_not_aid(code, text: str, a: str, b: str) -> None:
    events = code(text)
    assert [e.cameo for e in events if e.root in ("03", "04", "07")] and all(
        e.cameo == "039" for e in events if e.root in ("03", "04", "07")), [(e.cameo, e.rule) for e in events]
    assert (a, b) in _dyads(events, "03"), [(e.cameo, e.rule) for e in events]


def test_help_with_an_uncoded_act_stays_aid(code) -> None:
    events = code("Germany pledged to help Morocco rebuild villages after the earthquake.")
    assert ("DEU", "MAR") in _dyads(events, "03"), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker intends to open a new plant in Mexico.",
        "Chile has no intention of resuming talks with Bolivia.",
    ],
)
def test_no_intent_without_a_political_commitment(code, text: str) -> None:
    events = code(text)
    assert not any(e.root == "03" for e in events), [(e.cameo, e.rule) for e in events]


def test_a_voiced_desire_to_act_is_an_intent(code) -> None:
    events = code("Chile expressed its desire to improve relations with Bolivia.")
    assert ("CHL", "BOL") in _dyads(events, "03"), [(e.cameo, e.rule) for e in events]
    assert not any(e.root == "05" for e in events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan agreed to work toward an end to the fighting in the border region.",
    "The two presidents pledged to seek a halt to the shelling along the front line.",
])
def test_a_commitment_to_end_force_is_no_threat(code, text: str) -> None:
    # the act of force sits inside what the commitment ends: no threat (13), whatever the intent code
    roots = {e.root for e in code(text)}
    assert "13" not in roots, roots


def test_a_round_of_talks_hosted_is_the_talks_and_the_hosting(code) -> None:
    # the talks counted by "a round of" are the host's object, as in "hosted talks": both events stay
    roots = sorted(e.cameo for e in code("Norway hosted a new round of talks between Colombia and the ELN "
                                          "rebels in Oslo."))
    assert "046" in roots and "043" in roots, roots


# Session 20: aid announced is an intent, not aid given. "Is to send" is a future as "will send" is,
# so the actor's own office reporting it states its intent (033x); a plan its owner announces is
# "intends to"; an offer or pledge answered in the passive ("was welcomed by X") was still made.
# Every sentence is written for this file.


def _roots(events: list) -> list[str]:
    return [e.root for e in events if e.modality != "negated"]


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait is to send 40 tonnes of medicine to Sudan, its foreign ministry said.",
        "Norway is to provide 300 million dollars in aid to Yemen, the foreign ministry said.",
        "Slovakia announced plans to supply howitzers to Ukraine.",
        "The Netherlands unveiled its intention to send peacekeepers to Lebanon.",
    ],
)
def test_announced_future_aid_is_an_intent(code, text: str) -> None:
    events = code(text)
    roots = _roots(events)
    assert "03" in roots and "07" not in roots, [(e.cameo, e.modality, e.rule) for e in events]


def test_be_to_future_without_speaker_is_planned(code) -> None:
    events = code("Spain is to deliver more Leopard tanks to Ukraine.")
    aid = [e for e in events if e.root == "07"]
    assert aid and all(e.modality == "planned" for e in aid), [(e.cameo, e.modality) for e in events]


def test_plan_condemned_is_no_intent_of_the_condemner(code) -> None:
    events = code("Jordan condemned Israel's plan to annex the Jordan Valley.")
    assert "03" not in _roots(events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    ("text", "cameo", "src", "tgt"),
    [
        ("Ghana's offer of troops for Mali was welcomed by the African Union.", "0312", "GHA", "MLI"),
        ("Egypt's offer to mediate was rejected by Ethiopia.", "039", "EGY", None),
    ],
)
def test_offer_answered_in_the_passive_was_made(
    code, text: str, cameo: str, src: str, tgt: str | None
) -> None:
    events = code(text)
    found = [e for e in events if e.cameo == cameo and (e.source.actor.country or e.source.actor.code) == src]
    assert found, [(e.cameo, e.source.actor.code, e.rule) for e in events]
    if tgt is not None:
        assert any(e.target is not None and e.target.actor.country == tgt for e in found)


def test_postponed_trip_without_agent_is_not_coded(code) -> None:
    events = code("The Kenyan president's visit to Beijing, planned for May, has been postponed.")
    assert "04" not in _roots(events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Norway offered its good offices to Colombia and the rebels.", "NOR", "COL"),
        ("Ankara offered its offices to help resolve the dispute between Serbia and Kosovo.", "TUR", "SRB"),
    ],
)
def test_good_offices_offered_are_an_intent_to_mediate(code, text: str, a: str, b: str) -> None:
    # "good offices" is diplomacy's term for mediation: offering them is CAMEO 039
    events = code(text)
    assert (a, b) in {d for d in _dyads(events, "03")}, [(e.cameo, e.rule) for e in events]
    assert all(e.cameo == "039" for e in events if e.root == "03"), [(e.cameo, e.rule) for e in events]


def test_experts_sent_carry_the_help_they_give(code) -> None:
    # "medical experts" are medical help sent (a carrier noun), announced as the speaker's intent
    events = code("Germany will send medical experts to Libya, the health minister said.")
    assert ("DEU", "LBY") in _dyads(events, "03"), [(e.cameo, e.rule) for e in events]


def test_aid_workers_blocked_are_no_aid_withheld(code) -> None:
    events = code("Israel blocked aid workers from entering Gaza.")
    assert not [e for e in events if e.root == "12"], [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Pakistan said it would welcome talks with India over Kashmir.", "PAK", "IND"),
        ("Iran said it would welcome negotiations with the United States.", "IRN", "USA"),
    ],
)
def test_a_speakers_future_welcome_of_talks_is_an_intent_to_meet(code, text: str, a: str, b: str) -> None:
    events = code(text)
    assert any(e.cameo == "036" for e in events), [(e.cameo, e.rule) for e in events]
    assert (a, b) in _dyads(events, "03"), [(e.cameo, e.rule) for e in events]


def test_talks_welcomed_between_others_are_no_intent_to_meet(code) -> None:
    events = code("Pakistan welcomed the talks between Washington and the Taliban.")
    assert not [e for e in events if e.cameo == "036"], [(e.cameo, e.rule) for e in events]


def test_a_speakers_own_possible_mediation_is_an_offer_to_mediate(code) -> None:
    events = code("Kazakhstan said it could mediate between Armenia and Azerbaijan.")
    assert ("KAZ", "ARM") in _dyads(events, "03"), [(e.cameo, e.rule) for e in events]
    coded = [(e.cameo, e.rule) for e in events]
    assert all(e.cameo == "039" for e in events if e.root in ("03", "04")), coded


def test_anothers_possible_mediation_stays_a_possibility(code) -> None:
    events = code("Egypt said Qatar could mediate between Israel and Hamas.")
    assert not [e for e in events if e.root == "03"], [(e.cameo, e.rule) for e in events]


def test_an_office_of_state_offered_is_no_mediation(code) -> None:
    events = code("The ruling coalition in Pakistan offered Sharif the office of prime minister.")
    assert not [e for e in events if e.cameo == "039"], [(e.cameo, e.rule) for e in events]
