"""Session 13 arguments: parties the argument finders attach beyond a trigger's own subject and object.

Talks "between the ministers of A and B" are between A and B; a passive arrest told by a state's police
or officials (of foreigners) is that state's act; "in an attack X blamed on Y" gives the attack's doer;
"a move Kabul condemned" answers whoever made the move; "the two countries' leaders" are both sides;
a pronoun in what a noun states ("warnings from X that it would not disarm") is the noun's author; "the
court ordered X arrested" is the court's arrest."""

from __future__ import annotations


def _pairs(events: list) -> set[tuple[str, str | None, str]]:  # type: ignore[type-arg]
    return {(e.source.actor.code, e.target.actor.code if e.target else None, e.cameo[:2]) for e in events}


def _roots(events: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(e.cameo[:2] for e in events)


def test_talks_between_the_ministers_of_two_states(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Talks between the foreign ministers of Ghana and Togo ended without agreement."))
    assert ("GHAGOV", "TGOGOV", "04") in pairs and ("TGOGOV", "GHAGOV", "04") in pairs, pairs


def test_a_postponed_meeting_between_two_presidents_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    assert code("A meeting between the presidents of Rwanda and Burundi was postponed on Monday.") == []


def test_a_passive_arrest_reported_by_the_arresting_states_police(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Belarusian prosecutors said two Latvian citizens had been charged with smuggling."))
    assert any(s.startswith("BLR") and r == "17" for s, _, r in pairs), pairs
    pairs = _pairs(code("A French tourist has been detained on suspicion of spying, Iranian police said."))
    assert any(s.startswith("IRN") and r == "17" for s, _, r in pairs), pairs


def test_a_passive_arrest_reported_by_others_has_no_doer(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The family of the blogger said he had been arrested without a warrant.") == []
    assert code("Amnesty International said the students had been charged under a vague law.") == []


def test_an_attack_blamed_on_a_group_is_that_groups(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A roadside bomb struck a Nigerien army convoy near Tillaberi, killing six soldiers, "
                  "in an attack the army blamed on jihadist fighters.")
    assert "18" in _roots(events), _pairs(events)


def test_an_arrest_over_a_blamed_attack_gets_no_doer_from_the_blame(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Four men were arrested on Monday over an attack that police blamed on Boko Haram.")
    assert "17" not in _roots(events), _pairs(events)


def test_a_move_condemned_answers_whoever_made_it(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Tajikistan's cabinet approved a plan to deport Afghan migrants, a move Kabul "
                        "condemned as inhumane."))
    assert ("AFGGOV", "TJKGOV", "11") in pairs, pairs


def test_an_operation_praised_answers_its_doer(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Colombian police arrested a senior leader of the Clan del Golfo in Medellin on "
                        "Friday, in an operation that Washington praised as a sign of closer cooperation."))
    assert any(s.startswith("USA") and t is not None and t.startswith("COL") and r == "05"
               for s, t, r in pairs), pairs


def test_a_move_welcomed_by_non_actors_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The central bank cut interest rates on Thursday, a step analysts had expected.") == []


def test_the_two_countries_leaders_are_both_sides(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Vietnam and Cambodia held talks on the canal on Monday, and the two countries' "
                        "leaders signed a trade agreement."))
    assert ("VNMGOV", "KHMGOV", "05") in pairs and ("KHMGOV", "VNMGOV", "05") in pairs, pairs


def test_the_two_countries_economies_are_no_event(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Both countries' economies slowed in the third quarter, the IMF said.") == []


def test_a_pronoun_in_a_warning_that_refuses_is_its_author(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Iraq's government approved a plan to disarm militias, defying warnings from Kataib "
                  "Hezbollah that it would not give up its weapons.")
    assert "12" in _roots(events), _pairs(events)


def test_a_threat_stated_in_a_warning_is_not_also_carried_out(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Seoul rejected a warning from Pyongyang that it would strike South Korean ships.")
    assert "19" not in _roots(events), _pairs(events)


def test_an_ordered_arrest_is_the_orderers(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Peru's Supreme Court ordered the former president arrested on corruption charges."))
    assert any(s == "PERJUD" and r == "17" for s, _, r in pairs), pairs
    pairs = _pairs(code("The junta ordered all French soldiers expelled within a month."))
    assert any(t is not None and t.startswith("FRA") and r == "17" for _, t, r in pairs), pairs


def test_an_order_about_a_place_is_no_coercion(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("The mayor ordered the beaches closed because of the heatwave."))
    assert not any(r == "17" for _, _, r in pairs), pairs


def test_talks_between_two_sides_that_collapse_are_halted_by_both(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Talks between Sudan and South Sudan over the oil pipeline collapsed on Tuesday."))
    assert ("SDN", "SSD", "16") in pairs and ("SSD", "SDN", "16") in pairs, pairs


def test_fighting_between_two_sides_that_kills_names_no_killer(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Fighting between the army and rebels killed twelve civilians in North Kivu.")
    assert "18" not in _roots(events), _pairs(events)


def test_a_move_condemned_answers_the_doer_inferred_for_a_passive(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Two Vietnamese fishermen were detained in Manila, a move Hanoi condemned."))
    assert any(s.startswith("VNM") and t is not None and t.startswith("PHL") and r == "11"
               for s, t, r in pairs), pairs


def test_talks_between_unnamed_sides_that_collapse_are_not_halted(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Talks between the leaders of the ruling party and its coalition partners broke down.")
    assert "16" not in _roots(events), _pairs(events)
