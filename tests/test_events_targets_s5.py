"""Session-5 target mechanisms: the area a measure covers, whom a gift's purpose serves, a bare noun
that completes its verb, the parties a nominal act's purpose names, and the place a mission serves.
Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests._events_fake import code_text, dyads

from triadic.events import Arguments

WHEN = datetime(2024, 5, 2)


def targets(a: Arguments) -> list[str]:
    return [s.text for s in a.targets]


# --- a measure acts on the area it covers, named or not -------------------------------------------------

def test_curfew_over_unnamed_parts_of_a_city_targets_that_area(read) -> None:
    a = read("The governor imposed a curfew in parts of the northern city.")
    assert targets(a) == ["parts of the northern city"]


def test_state_of_siege_in_a_town_targets_the_town(read) -> None:
    a = read("The mayor declared a state of siege in the town.")
    assert targets(a) == ["the town"]


def test_a_time_is_never_the_area_of_a_measure(read) -> None:
    a = read("The army declared a ceasefire in the morning.")
    assert targets(a) == []


# --- a gift with no recipient acts on whom its purpose serves ------------------------------------------

def test_donation_to_assist_a_country_targets_that_country(read) -> None:
    a = read("Japan donated a shipment of 300 water pumps and other equipment to assist Bangladesh "
             "with its flood response.")
    assert targets(a) == ["Bangladesh"]


def test_gift_to_help_people_targets_the_people(read) -> None:
    a = read("The charity sent blankets and tents to help the victims of the earthquake.")
    assert targets(a) == ["the victims of the earthquake"]


def test_donation_event_targets_whom_its_purpose_serves(nlp, coder) -> None:
    events = code_text(nlp, coder, "Japan donated 300 water pumps and other equipment to assist North "
                       "Korea with its flood response.", WHEN)
    assert any(s == "JPN" and root == "07" and t == "PRK" for s, root, t in dyads(events)), dyads(events)


# --- a bare noun completes its verb; where the act happens is what it bears on -------------------------

def test_seized_power_in_a_country_targets_the_country(read) -> None:
    a = read("The rebels seized power in Chad.")
    assert targets(a) == ["Chad"]


def test_bare_object_of_an_event_without_pattern_gives_way_to_the_place(nlp) -> None:
    from triadic.config import load_settings
    from triadic.pipeline import Coder

    text = "Thousands of families have sought refuge in Chad since the fighting began."
    coded = Coder(load_settings(), nlp=nlp).code_texts([text])[0]
    got = [x.text for s in coded.sentences for x in s.targets]
    assert "refuge" not in got, got


def test_a_determined_object_is_still_the_target(read) -> None:
    a = read("The rebels burned the old refinery.")
    assert targets(a) == ["the old refinery"]


# --- a nominal act's purpose names its parties ---------------------------------------------------------

def test_mediation_effort_to_end_a_rift_between_two_parties_targets_both(read) -> None:
    a = read("The Pope launched a mediation effort to resolve the rift between Peru and Chile.")
    assert targets(a) == ["Peru", "Chile"]


def test_effort_without_a_purpose_keeps_its_place_target(read) -> None:
    a = read("NATO allies agreed to extend their peacekeeping mission in Kosovo for three months.")
    assert targets(a) == ["Kosovo"]


# --- a mission serves the place it is in ---------------------------------------------------------------

@pytest.mark.slow
def test_troops_sent_to_a_force_in_a_country_act_on_that_country(nlp, coder) -> None:
    text = "Japan is sending troops to the UN peacekeeping force in South Korea."
    events = code_text(nlp, coder, text, WHEN)
    got = {(s, t) for s, _, t in dyads(events)}
    assert ("JPN", "KOR") in got, dyads(events)
    assert ("JPN", "IGOUNO") not in got


# --- a clause opened by the pattern's preposition names who is asked to act ----------------------------

def test_call_for_a_party_to_act_targets_that_party(read) -> None:
    a = read("The senator called on Monday for Canada to lower its tariffs.")
    assert targets(a) == ["Canada"]


def test_push_for_a_government_to_act_targets_the_government(read) -> None:
    a = read("The envoy is pushing hard for the Kenyan government to release the activists.")
    assert targets(a) == ["the Kenyan government"]


# --- coordinated things are one patient; coordinated parties and people stay apart --------------------

def test_coordinated_things_are_not_separate_targets(read) -> None:
    a = read("The soldiers seized the rifles and the trucks.")
    assert targets(a) == ["the rifles"]


def test_coordinated_parties_stay_separate_targets(read) -> None:
    a = read("The rebels released the nurses and two Chilean engineers.")
    assert targets(a) == ["the nurses", "two Chilean engineers"]


# --- signing with a party and hosting a party are mutual ----------------------------------------------

def test_agreement_signed_with_a_party_makes_both_reciprocal(read) -> None:
    a = read("The Kenyan president signed an agreement with Chile to expand trade.")
    assert [s.text for s in a.reciprocal] == ["The Kenyan president", "Chile"]
    assert not a.sources and not a.targets


def test_hosting_a_party_makes_both_reciprocal(read) -> None:
    a = read("The Chilean president hosted the Kenyan president Ruto for talks.")
    assert [s.text for s in a.reciprocal] == ["The Chilean president", "the Kenyan president Ruto"]


def test_welcoming_a_party_s_visit_stays_directed(read) -> None:
    a = read("The union welcomed the Kenyan delegation's visit.")
    assert not a.reciprocal
    assert targets(a) == ["the Kenyan delegation's visit"]


# --- travel reaches its destination; a thing handed over gives way to who receives it ----------------

def test_arriving_in_a_country_targets_the_country_not_the_purpose(read) -> None:
    a = read("Hundreds of Chilean troops have arrived in Mali to join the UN peacekeeping mission there.")
    assert targets(a) == ["Mali"]


def test_returned_thing_with_a_nationality_goes_to_its_recipient(read) -> None:
    a = read("The museum returned the stolen Peruvian statue to the Republic of Peru.")
    assert targets(a) == ["the Republic of Peru"]


def test_passive_returned_thing_goes_to_its_recipient(read) -> None:
    a = read("An ancient Peruvian statue was given back to the Republic of Peru by the museum.")
    assert targets(a) == ["the Republic of Peru"]


def test_freed_persons_stay_the_target_whoever_receives_them(read) -> None:
    a = read("The rebels freed two Peruvian nurses to the Red Cross.")
    assert targets(a) == ["two Peruvian nurses"]


def test_destination_in_a_later_clause_is_not_the_recipient(read) -> None:
    a = read("The navy will not release the Iranian tanker unless it proves the oil was not going to Syria.")
    assert "Syria" not in targets(a)


def test_returned_thing_naming_a_party_goes_to_its_recipient_event(nlp, coder) -> None:
    # the portrait names Kim, but it is handed to South Korea
    events = code_text(nlp, coder, "Japan returned a portrait of Kim Jong-un to South Korea.", WHEN)
    got = {(s, t) for s, _, t in dyads(events)}
    assert ("JPN", "KOR") in got, dyads(events)
    assert ("JPN", "PRKGOV") not in got


# --- a protest acts on what its clause of protest names -----------------------------------------------

def test_strike_to_protest_a_decision_targets_the_decision(read) -> None:
    a = read("The dockers went on strike to protest the company's decision to cut wages.")
    assert targets(a) == ["the company's decision"]


def test_hunger_strike_protesting_a_law_targets_the_law(read) -> None:
    a = read("The miners started a hunger strike, protesting the government's new labour law.")
    assert targets(a) == ["the government's new labour law"]


def test_mediation_designed_to_help_two_sides_targets_both(read) -> None:
    a = read("The African Union launched a mediation effort designed to help the government and the rebels "
             "reach a deal.")
    assert targets(a) == ["the government", "the rebels"]


def test_counted_parties_after_a_quantity_are_each_a_target(read) -> None:
    a = read("Chile opened its borders to a large number of Peruvians, Bolivians and Argentines.")
    assert targets(a)[0].startswith("a large number of Peruvians")
    assert "Bolivians" in targets(a)


# --- a verb misread as a participle on its own subject -------------------------------------------------

def test_headline_verb_read_as_participle_keeps_its_subject_as_source(read) -> None:
    a = read("A Chilean parliamentary report called for sanctions against Peru over human rights abuses.")
    assert [s.text for s in a.sources] == ["A Chilean parliamentary report"]
    assert targets(a) == ["Peru"]


def test_headline_verb_event_has_its_subject_as_source(nlp, coder) -> None:
    text = "A Chinese report called for sanctions against Iran over human rights abuses."
    assert ("CHN", "10", "IRN") in dyads(code_text(nlp, coder, text, WHEN))


def test_participle_with_an_agent_keeps_the_noun_as_patient(read) -> None:
    a = read("The diplomats expelled by Russia left on Monday.")
    assert [s.text for s in a.sources] == ["Russia"]
    assert targets(a) == ["The diplomats"]


def test_lifted_measure_as_passive_subject_acts_on_whom_it_is_against(read) -> None:
    a = read("UN sanctions against Peru were lifted on Monday.")
    assert targets(a) == ["Peru"]


def test_passive_subject_that_is_no_measure_stays_the_target(read) -> None:
    a = read("The consulate was stormed by rioters on Friday.")
    assert targets(a) == ["The consulate"]
