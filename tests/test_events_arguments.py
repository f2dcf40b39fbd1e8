"""Sentence arguments: the source, target and reciprocal noun phrases of a sentence's main trigger."""

from __future__ import annotations

from triadic.events import phrase_span


def texts(spans: tuple) -> list[str]:  # type: ignore[type-arg]
    return [s.text for s in spans]


def test_arguments_need_no_dictionary_actor(read) -> None:
    a = read("Last week a roadside bomb near the market killed two shopkeepers.")
    assert texts(a.sources) == ["a roadside bomb near the market"]
    assert texts(a.targets) == ["two shopkeepers"]


def test_object_that_is_not_an_actor_is_a_target(read) -> None:
    a = read("Angry farmers burned the treaty outside the ministry.")
    assert texts(a.sources) == ["Angry farmers"]
    assert texts(a.targets) == ["the treaty"]


def test_target_phrase_keeps_determiner_possessor_and_modifiers(read) -> None:
    a = read("The tribunal rejected the new Peruvian ministry's plea.")
    assert texts(a.targets) == ["the new Peruvian ministry's plea"]


def test_relative_clause_is_not_part_of_the_phrase(read) -> None:
    a = read("The militia freed a nurse who had worked at the clinic.")
    assert texts(a.targets) == ["a nurse"]


def test_passive_agent_is_source_and_subject_is_target(read) -> None:
    a = read("The consulate was stormed by rioters on Friday.")
    assert texts(a.sources) == ["rioters"]
    assert texts(a.targets) == ["The consulate"]


def test_light_verb_event_noun_passes_to_its_prepositional_target(read) -> None:
    a = read("Rebel units launched an assault on the northern garrison.")
    assert texts(a.sources) == ["Rebel units"]
    assert texts(a.targets) == ["the northern garrison"]


def test_date_is_never_a_target(read) -> None:
    a = read("The premier telephoned the Dutch king on Tuesday.")
    assert "Tuesday" not in " ".join(texts(a.targets))


def test_reported_pronoun_subject_takes_the_speaker(read) -> None:
    a = read("The navy said it had attacked three smuggling boats.")
    assert texts(a.sources) == ["The navy"]
    assert texts(a.targets) == ["three smuggling boats"]


def test_coordinated_parties_of_a_mutual_event_are_one_reciprocal_span(read) -> None:
    a = read("Chile and Bolivia held talks about water rights.")
    assert texts(a.reciprocal) == ["Chile and Bolivia"]
    assert a.sources == () and a.targets == ()


def test_meeting_with_an_object_is_reciprocal_both_ways(read) -> None:
    a = read("The Kenyan president met the Ugandan foreign minister.")
    assert texts(a.reciprocal) == ["The Kenyan president", "the Ugandan foreign minister"]


def test_talks_between_give_two_reciprocal_parties(read) -> None:
    a = read("Talks between Armenia and Azerbaijan resumed.")
    assert texts(a.reciprocal) == ["Armenia", "Azerbaijan"]


def test_attack_with_an_object_is_directed(read) -> None:
    a = read("Government troops attacked the rebel camp.")
    assert a.reciprocal == ()
    assert texts(a.targets) == ["the rebel camp"]


def test_nominal_trigger_possessor_and_destination(read) -> None:
    a = read("Modi's visit to Tokyo pleased investors.")
    assert texts(a.sources) == ["Modi"]
    assert texts(a.targets) == ["Tokyo"]


def test_phrase_span_splits_coordination_unless_asked(nlp) -> None:
    doc = nlp("Peru and Chile signed the accord.")
    head = next(t for t in doc if t.dep_ == "nsubj")
    assert phrase_span(head).text == "Peru"
    assert phrase_span(head, keep_coordination=True).text == "Peru and Chile"


def test_no_trigger_gives_no_reading(nlp, coder) -> None:
    doc = nlp("The weather was mild and sunny.")
    assert coder.read_sentence(next(iter(doc.sents))) is None


# --- target choice: who is acted on, and where a phrase ends ---------------------------------------


def test_answering_an_authored_act_targets_the_act_with_its_author(read) -> None:
    # "rejected X's request": the annotated patient is the request phrase, its head the request
    a = read("The court rejected the Bolivian ministry's request.")
    assert texts(a.targets) == ["the Bolivian ministry's request"]
    # without what the act asks for: "a Chilean demand", not "... for compensation"
    a = read("The tribunal rejected a Chilean demand for compensation.")
    assert texts(a.targets) == ["a Chilean demand"]


def test_own_pronoun_possessor_does_not_make_the_act_the_target(read) -> None:
    a = read("The navy lifted its blockade of Tonga.")
    assert "Tonga" in texts(a.targets)


def test_time_and_cause_adjuncts_end_the_phrase(read) -> None:
    a = read("Police detained dozens of students after the march.")
    assert texts(a.targets) == ["dozens of students"]
    a = read("Troops shelled the rebels' main base last week.")
    assert texts(a.targets) == ["the rebels' main base"]


def test_coordinated_parties_acting_together_on_no_party_are_one_group(read) -> None:
    a = read("Peru and Chile have agreed to share data on fishing fleets.")
    assert texts(a.reciprocal) == ["Peru and Chile"]
    assert a.sources == () and a.targets == ()
    a = read("The Dutch and Belgian navies began a joint exercise.")
    assert texts(a.reciprocal) == ["The Dutch and Belgian navies"]


def test_coordinated_parties_acting_on_a_party_stay_sources(read) -> None:
    a = read("Peru and Chile condemned the attack on the Bolivian embassy.")
    assert texts(a.sources) == ["Peru", "Chile"]
    assert a.reciprocal == ()


def test_what_an_attitude_is_about_is_the_target(read) -> None:
    a = read("The farmers said they are skeptical about the new rules.")
    assert texts(a.targets) == ["the new rules"]
    a = read("The minister expressed pessimism on Monday over the company's future.")
    assert texts(a.targets) == ["the company's future"]
    a = read("The premier expressed optimism that the regional government's timetable could be met.")
    assert texts(a.targets) == ["the regional government's timetable"]


def test_whoever_an_act_is_against_beats_the_forces_sent(read) -> None:
    a = read("The general mobilized his troops for a long campaign against the rebels.")
    assert texts(a.targets) == ["the rebels"]


def test_recipient_beats_the_thing_handed_over(read) -> None:
    a = read("The agency returned the stolen manuscripts to their owners.")
    assert texts(a.targets) == ["their owners"]
    a = read("Finland donated 3 million euros to the relief fund.")
    assert texts(a.targets) == ["the relief fund"]


def test_a_result_state_is_no_recipient(read) -> None:
    a = read("The guards beat the prisoner to death.")
    assert texts(a.targets) == ["the prisoner"]


def test_parties_a_third_party_mediates_between_are_targets(read) -> None:
    a = read("Norway launched a mediation effort between the rebels and the government.")
    assert texts(a.sources) == ["Norway"]
    assert texts(a.targets) == ["the rebels", "the government"]
    assert a.reciprocal == ()


def test_author_of_an_answered_act_attached_to_the_verb(read) -> None:
    a = read("The Peruvian government denied charges by the U.S. Chamber of Commerce that it lied.")
    assert texts(a.targets) == ["the U.S. Chamber of Commerce"]


def test_description_of_a_named_place_and_a_role_given_are_not_part_of_the_phrase(read) -> None:
    a = read("Rebels shelled Tikrit, a city north of the capital.")
    assert texts(a.targets) == ["Tikrit"]
    a = read("The militants used the villagers as human shields.")
    assert texts(a.targets) == ["the villagers"]


def test_a_sum_of_money_or_a_time_is_never_the_target(read) -> None:
    a = read("The agency launched an appeal for $40 million to help Malawi.")
    assert texts(a.targets) == ["Malawi"]
    a = read("The senator voiced optimism about the budget deal for the first time.")
    assert texts(a.targets) == ["the budget deal"]


def test_an_instrument_is_not_the_target(read) -> None:
    a = read("Artillery units pounded the town with rockets.")
    assert texts(a.targets) == ["the town"]


# ---------------------------------------------------------------- round 2: claims, joint acts, places


def test_claimed_responsibility_targets_whom_the_act_hit(read) -> None:
    a = read("The rebel front claimed responsibility for a rocket attack on the airport.")
    assert texts(a.sources) == ["The rebel front"]
    assert texts(a.targets) == ["the airport"]


def test_claimed_act_without_a_victim_has_no_target(read) -> None:
    a = read("The group claimed responsibility for the blast.")
    assert texts(a.sources) == ["The group"]
    assert a.targets == ()


def test_coordinated_subject_agreeing_to_a_shared_act_is_reciprocal(read) -> None:
    a = read("Peru and Chile agreed to share customs data.")
    assert texts(a.reciprocal) == ["Peru and Chile"]
    assert a.sources == () and a.targets == ()


def test_coordinated_subject_agreeing_to_act_on_a_party_stays_directed(read) -> None:
    a = read("Peru and Chile agreed to lift tariffs on Bolivian wheat.")
    assert a.reciprocal == ()
    assert texts(a.sources) == ["Peru", "Chile"]
    assert texts(a.targets) == ["Bolivian wheat"]


def test_nominal_trigger_after_predicate_adjective_takes_clause_subject_and_place(read) -> None:
    a = read("The cartel was responsible for mass killings in southern Honduras.")
    assert texts(a.sources) == ["The cartel"]
    assert texts(a.targets) == ["southern Honduras"]


def test_party_pressed_for_something_is_the_target(read) -> None:
    a = read("The mayor pushed the Kenyan parliament for tougher laws.")
    assert texts(a.targets) == ["the Kenyan parliament"]


def test_troops_sent_to_a_mission_go_to_its_place(read) -> None:
    a = read("Norway is sending troops to the NATO force in Kosovo.")
    assert texts(a.sources) == ["Norway"]
    assert texts(a.targets) == ["Kosovo"]


def test_forces_attacked_in_a_place_stay_the_target(read) -> None:
    a = read("Rebels attacked government forces in Idlib.")
    assert texts(a.targets) == ["government forces"]


def test_attitude_about_an_act_targets_the_party_of_the_act(read) -> None:
    a = read("Lima expressed pessimism over holding negotiations with the Bolivian government.")
    assert texts(a.sources) == ["Lima"]
    assert texts(a.targets) == ["the Bolivian government"]


def test_attitude_clause_after_a_date_still_names_its_topic(read) -> None:
    a = read("The governor expressed optimism on Friday that the Chilean mining board would relent.")
    assert texts(a.targets) == ["the Chilean mining board"]


def test_refused_comment_has_no_topic_target_but_keeps_a_party(read) -> None:
    a = read("The mayor declined to comment on the budget dispute.")
    assert texts(a.sources) == ["The mayor"]
    assert a.targets == ()
    assert texts(read("The mayor declined to comment on Bolivia.").targets) == ["Bolivia"]


def test_counted_by_phrase_is_how_not_who(read) -> None:
    a = read("On Monday, by a 210-95 vote, the assembly rejected the border treaty.")
    assert "vote" not in " ".join(texts(a.targets))
