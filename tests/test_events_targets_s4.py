"""Session-4 target mechanisms of the argument extractor: answered requests keep their author, transfers
act on who receives, aid on the place it serves, measures on where they apply, and places named through
"of". Every sentence here is written for these tests."""

from __future__ import annotations

from triadic.events import Arguments


def targets(a: Arguments) -> list[str]:
    return [s.text for s in a.targets]


# --- a rejected request is named with its author -------------------------------------------------------

def test_rejected_request_from_a_party_is_the_request(read) -> None:
    a = read("The appeals panel rejected a request from the Bolivian government to delay the hearing.")
    assert targets(a) == ["a request from the Bolivian government"]


def test_rejected_offer_by_a_party_is_the_offer(read) -> None:
    a = read("The union leaders refused an offer by the Chilean mining ministry.")
    assert targets(a) == ["an offer by the Chilean mining ministry"]


def test_rejected_request_of_a_possessor_is_not_what_it_asks_for(read) -> None:
    # the request's own "for" phrase is what is asked, not whom the rejection acts on
    a = read("The tribunal rejected the Peruvian ministry's request for a review of the contract.")
    assert targets(a) == ["the Peruvian ministry's request"]


def test_request_for_a_party_still_names_that_party(read) -> None:
    a = read("The council rejected a request for Moldova.")
    assert [t for t in targets(a) if "Moldova" in t]


# --- transfers act on who receives ---------------------------------------------------------------------

def test_returned_object_gives_way_to_recipient_hung_on_a_relative_clause(read) -> None:
    # the parser hangs "to Ecuador" on the relative clause inside the object
    a = read("Customs officers returned 40 clay figures that were smuggled out decades ago to Ecuador.")
    assert targets(a) == ["Ecuador"]


def test_sent_supplies_go_to_the_recipient_named_after_a_long_object(read) -> None:
    a = read("Several governments have sent tents and blankets and volunteers such as nurses to Albania.")
    assert targets(a) == ["Albania"]


def test_released_people_stay_the_target(read) -> None:
    a = read("The junta released 12 prisoners to the Red Cross in Gao.")
    assert targets(a) == ["12 prisoners"]


def test_aid_to_fight_a_disease_acts_on_the_place(read) -> None:
    a = read("Norway pledged new funding to fight the cholera outbreak in Mozambique.")
    assert targets(a) == ["Mozambique"]


def test_aid_to_people_in_a_place_acts_on_the_place(read) -> None:
    a = read("Japan provided emergency food to thousands of families in Madagascar.")
    assert targets(a) == ["Madagascar"]


def test_adverb_preposition_is_no_destination(read) -> None:
    # "back to" belongs to "date back", not to where the objects went
    a = read("The museum returned bronze masks dating back to 1600 to Benin.")
    assert targets(a) == ["Benin"]


# --- measures act where they apply ---------------------------------------------------------------------

def test_curfew_in_parts_of_a_place(read) -> None:
    a = read("The authorities imposed a curfew in parts of Mindanao.")
    assert targets(a) == ["parts of Mindanao"]


def test_lifted_state_of_emergency_acts_on_where_it_held(read) -> None:
    a = read("The president lifted a state of emergency in eastern parts of Chad.")
    assert targets(a) == ["eastern parts of Chad"]


def test_attacked_positions_stay_the_target(read) -> None:
    # force acts on its object; the place is only where it stands
    a = read("Government jets pounded rebel positions in southern Yemen.")
    assert targets(a) and targets(a)[0].startswith("rebel positions")


def test_clashed_with_people_in_a_place_keeps_the_people(read) -> None:
    a = read("Troops clashed with protesters in Kenya.")
    assert targets(a) == ["protesters in Kenya"]


def test_called_for_reform_in_a_place_still_names_the_place(read) -> None:
    a = read("The senators called for electoral reform in Georgia.")
    assert targets(a) == ["Georgia"]


def test_refugees_from_a_country_are_that_country_s_people(read) -> None:
    a = read("Uzbekistan will not accept any more refugees from Tajikistan.")
    assert targets(a) == ["Tajikistan"]


def test_aid_to_people_hit_by_a_disaster_acts_on_the_place_at_any_depth(read) -> None:
    a = read("Canada announced new assistance to families affected by the storm in Honduras.")
    assert targets(a) == ["Honduras"]


def test_a_measure_by_a_party_is_not_a_request(read) -> None:
    # a ban is the author's measure, not something asked of the rejecting party
    a = read("The ministry refused a plea from Ghana.")
    assert targets(a) == ["a plea from Ghana"]


def test_event_noun_apposition_carries_the_target(read) -> None:
    a = read("The army launched a large operation, Operation Iron Gate, against smugglers in the delta.")
    assert targets(a) and targets(a)[0].startswith("smugglers")


def test_a_hope_reported_by_its_holder_is_about_the_hoped_clause_subject(read) -> None:
    a = read("Senior diplomats said they hoped that Nigeria would join the talks.")
    assert targets(a) == ["Nigeria"]


def test_a_reported_act_with_its_own_target_keeps_it(read) -> None:
    # "agree with X that ...": the clause's own party, not the subject of what is agreed
    a = read("The ministers said they agree with Portugal that fishing quotas should be cut.")
    assert targets(a) == ["Portugal"]


def test_rejected_cooperation_with_a_party_is_the_whole_thing(read) -> None:
    a = read("The junta rejected any cooperation with the African Union.")
    assert targets(a) == ["any cooperation with the African Union"]


def test_rejected_charges_by_a_party_are_that_party_s_act(read) -> None:
    a = read("The ministry rejected charges by Amnesty International that it tortured detainees.")
    assert targets(a) == ["Amnesty International"]


def test_cancelled_visit_to_a_party_acts_on_the_party(read) -> None:
    a = read("The prime minister cancelled a planned visit to Jordan.")
    assert targets(a) == ["Jordan"]


def test_an_ultimatum_given_to_a_party_acts_on_that_party(read) -> None:
    a = read("The president gave Serbia an ultimatum over its border controls.")
    assert targets(a) == ["Serbia"]


def test_summoned_envoy_is_the_target_not_where_he_is_summoned(read) -> None:
    a = read("Hungary summoned a senior Austrian diplomat to its foreign ministry on Monday.")
    assert targets(a) and targets(a)[0].startswith("a senior Austrian diplomat")


def test_troops_sent_somewhere_act_on_the_destination(read) -> None:
    a = read("Moscow sent Russian troops to Armenia.")
    assert targets(a) == ["Armenia"]


def test_deployed_own_forces_act_on_where_they_go(read) -> None:
    a = read("Moscow deployed Russian paratroopers to Kazakhstan.")
    assert targets(a) == ["Kazakhstan"]


def test_act_without_object_is_set_in_the_named_country_of_its_clause(read) -> None:
    a = read("The prime minister resigned on Monday after weeks of protests over fuel prices in Ecuador.")
    assert targets(a) == ["Ecuador"]


def test_act_with_an_object_does_not_reach_for_a_deep_place(read) -> None:
    a = read("The rebels freed two nurses after talks with elders in Mali.")
    assert targets(a) == ["two nurses"]


def test_aid_that_helps_a_party_act_targets_that_party(read) -> None:
    a = read("Sweden will help Malawi cope with the drought.")
    assert targets(a) == ["Malawi"]


def test_reported_clause_subject_is_kept_whole(read) -> None:
    a = read("The envoy said that all armed groups in Libya must respect the truce.")
    assert targets(a) == ["all armed groups in Libya"]
