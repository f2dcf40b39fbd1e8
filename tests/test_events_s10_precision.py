"""Events a sentence mentions without reporting them, and acts counted twice: the aim of a purpose
clause beside the act it is for, a motive participle ("fearing ..."), the setting of a place in a
"where" clause, and conjuncts of one party split into several events."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _roots(events: list) -> list[str]:
    return [e.root for e in events]


# ------------------------------------------------------------------ purposes
def test_help_in_the_purpose_of_a_pledge_is_not_a_second_act(code) -> None:
    events = code("Saudi Arabia has pledged $200 million to help rebuild clinics and schools in Sudan.")
    assert "03" in _roots(events)
    assert "07" not in _roots(events)


def test_event_noun_the_helped_parties_are_to_counter_is_not_reported(code) -> None:
    events = code("Nigeria will send 800 soldiers to help Benin and Togo halt rebel incursions.")
    assert events, "the deployment itself stays"
    assert "19" not in _roots(events)


def test_help_stays_when_the_act_it_is_for_names_no_target(code) -> None:
    # "approved a loan" has no counterpart of its own: the purpose is what names the recipient
    events = code("The World Bank approved a $300 million loan to help Kenya build roads.")
    aid = [e for e in events if e.root == "07"]
    assert aid and aid[0].target is not None and aid[0].target.actor.country == "KEN"


# ------------------------------------------------------------------ motives
@pytest.mark.parametrize(
    "text",
    [
        "Kenya closed its border crossings with Somalia, fearing raids by al-Shabaab.",
        "The Nigerian army closed roads into Maiduguri, fearing bombings by Boko Haram.",
    ],
)
def test_fearing_participle_is_a_motive_not_a_statement(code, text: str) -> None:
    events = code(text)
    assert events, "the act done out of fear stays"
    assert not [e for e in events if e.cameo == "012"]


def test_a_stated_fear_stays(code) -> None:
    events = code("Egypt's foreign minister said he feared a wider war between Israel and Hezbollah.")
    assert any(e.cameo == "012" and e.source.actor.country == "EGY" for e in events)


# ------------------------------------------------------------------ settings
def test_war_in_a_where_clause_on_a_place_is_its_setting(code) -> None:
    events = code("Norway sent food aid to Yemen, where the conflict between the Houthis and the "
                  "government has left millions hungry.")
    assert "07" in _roots(events)
    assert "19" not in _roots(events)


def test_past_act_in_a_where_clause_stays(code) -> None:
    events = code("Qatar sent aid to Gaza, where Israeli air strikes killed 30 people on Monday.")
    assert "19" in _roots(events)


# ------------------------------------------------------------------ one party, one event
def test_detainees_of_one_country_are_one_target(code) -> None:
    events = code("Police in Harare detained a journalist and two opposition activists on Monday.")
    assert _roots(events).count("17") == 1


def test_civilian_groups_of_one_country_are_one_source(code) -> None:
    events = code("Teachers and nurses blocked the main road in Lusaka to demand higher pay.")
    assert _roots(events).count("14") == 1


def test_two_sides_of_one_country_stay_apart(code) -> None:
    events = code("Qatar offered to mediate between the Sudanese army and the Rapid Support Forces.")
    targets = {e.target.actor.code for e in events if e.root == "03" and e.target is not None}
    assert len(targets) == 2


def test_targets_of_two_countries_stay_apart(code) -> None:
    events = code("The European Union imposed sanctions on Russia and Belarus.")
    assert {e.target.actor.country for e in events if e.root == "16" and e.target} == {"RUS", "BLR"}


# ------------------------------------------------------------------ attempts that set the scene
@pytest.mark.parametrize(
    ("text", "scene_root"),
    [
        ("Riot police detained dozens of students as they tried to march on the presidential palace "
         "in Kinshasa.", "14"),
        ("Police in Dhaka fired rubber bullets at garment workers who tried to block a highway.", "14"),
    ],
)
def test_attempt_in_a_scene_clause_is_not_an_event(code, text: str, scene_root: str) -> None:
    events = code(text)
    assert events, "the act the scene belongs to stays"
    assert scene_root not in _roots(events)


def test_attempt_as_the_main_act_stays(code) -> None:
    events = code("Rebels tried to storm the army barracks in Goma on Sunday.")
    assert "19" in _roots(events)


# ------------------------------------------------------------------ agreements not (yet) concluded
@pytest.mark.parametrize(
    "text",
    [
        "Talks on a free trade agreement between Britain and India stalled over visas on Tuesday.",
        "Negotiators from Israel and Hamas made progress towards a ceasefire agreement in Doha.",
        "Qatar's emir said he was hopeful of a deal between Kyiv and Moscow.",
        "The collapse of the deal between Iran and the West alarmed Europe.",
    ],
)
def test_agreement_only_negotiated_or_hoped_for_is_not_signed(code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.cameo == "057"]
    assert not [e for e in events if e.cameo == "0871"]


def test_agreement_announced_or_signed_stays(code) -> None:
    announced = "The deal between Ankara and Baghdad on water sharing was announced on Monday."
    assert "05" in _roots(code(announced))
    signed = "Vietnam and the Philippines signed a memorandum of understanding on maritime cooperation."
    assert "05" in _roots(code(signed))


# ------------------------------------------------------------------ domestic audiences, things welcomed
@pytest.mark.parametrize(
    "text",
    [
        "The prime minister told parliament that the economy grew 3 percent last year.",
        "The finance minister told lawmakers the budget deficit would narrow next year.",
    ],
)
def test_report_told_to_a_domestic_audience_is_no_statement_event(code, text: str) -> None:
    assert not code(text)


def test_statement_told_to_another_country_stays(code) -> None:
    events = code("Iran's foreign minister told his Iraqi counterpart that Tehran would stand by Baghdad.")
    assert events


def test_welcoming_an_act_hosts_no_one(code) -> None:
    assert "04" not in _roots(code("Germany welcomed the arrest of the suspect in the Solingen attack."))
    assert "04" in _roots(code("The Pope welcomed the Lebanese president to the Vatican."))
    assert "04" in _roots(code("Egypt received a delegation from Hamas in Cairo."))


# ------------------------------------------------------------------ talks and truces not held
@pytest.mark.parametrize("text", [
    "Talks between Ghana and Togo on their maritime border collapsed in Lome on Friday.",
    "Peace talks between the Philippine government and the communist rebels have stalled.",
    "The stalled negotiations between Guyana and Venezuela were not mentioned in the statement.",
    "The truce between the Malian army and the separatists expired at midnight.",
])
def test_talks_or_truce_that_failed_are_no_meeting_or_truce_held(code, text: str) -> None:
    events = code(text)
    # the talks or truce befell something (a breakdown, 164 when a pattern codes it); none was held
    assert not {"04", "08"} & set(_roots(events)), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "Kazakhstan offered to host talks between Armenia and Azerbaijan.",
    "Brazil hopes to mediate talks between Venezuela and Guyana.",
    "Washington wants talks with Caracas without preconditions.",
    "Norway pushed for talks between the Colombian government and the ELN.",
])
def test_talks_only_offered_sought_or_hoped_for_are_not_held(code, text: str) -> None:
    events = code(text)
    # the offer, hope or appeal keeps its own code; no talks (046) are coded as held
    assert not [e for e in events if e.cameo == "046"], [(e.cameo, e.rule) for e in events]


def test_talks_that_ended_or_resumed_are_still_held(code) -> None:
    events = code("Talks between Ghana and Togo on their maritime border ended without agreement on Friday.")
    assert [e for e in events if e.cameo == "046"], [(e.cameo, e.rule) for e in events]


def test_hosted_talks_are_held_beside_the_hosting(code) -> None:
    events = code("Kazakhstan hosted talks between Armenia and Azerbaijan in Almaty on Monday.")
    assert "046" in {e.cameo for e in events}, [(e.cameo, e.rule) for e in events]


def test_result_participle_of_the_same_root_is_the_same_act(code) -> None:
    events = code("Britain withdrew its last troops from Mali on Sunday, ending a nine-year operation.")
    # the withdrawal (0874) is told once; "ending the operation" is what it achieved, not a second 087
    assert _roots(events).count("08") == 1, [(e.cameo, e.rule) for e in events]


def test_a_truce_agreed_with_a_partner_is_the_speakers_intent_one_way(code) -> None:
    # "A agreed to a truce with B" is A's intent (0356 A -> B), as "A signed a deal with B" is A's act
    events = [e for e in code("The ELN agreed to a ceasefire with the Colombian government on Sunday.")
              if e.root == "03"]
    assert len(events) == 1, [(e.cameo, e.source.actor.code, e.rule) for e in events]


def test_a_truce_agreed_by_co_subjects_stays_both_ways(code) -> None:
    events = [e for e in code("Colombia and the ELN agreed to a ceasefire on Sunday.") if e.root == "03"]
    assert len(events) == 2, [(e.cameo, e.source.actor.code, e.rule) for e in events]
