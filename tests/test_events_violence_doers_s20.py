"""Session 20: doers news names away from the act. An act noun that is the object or passive subject of
a verb of blame was done by whom it is laid on ("police blamed the bombing on X", "the kidnapping was
attributed to X"), never by whoever lays it; "at the hands of X" is a passive's agent; a passive done
"in" or "during" an assault with a named doer ("killed in an attack claimed by X") is that doer's; "the
two countries signed ... during A's visit to B" is signed by the sides of that meeting; a device a party
planted, in a passive's "when" clause, names the doer; a passive killing by a bomb is the bombing.
Every sentence is written for this file."""

from __future__ import annotations

import pytest

from _event_sets import coded_triples


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        ("Colombian police blamed the bombing of a military base in Cauca on ELN guerrillas.", "18",
         "COLREB"),
        ("The kidnapping of two Nigerian pastors was attributed to Boko Haram.", "18", "NGAREB"),
        ("The massacre of 30 Burkinabe villagers was blamed on jihadists linked to al-Qaeda.", "20", "ALQ"),
    ],
)
def test_act_laid_on_a_party_is_its_doing(code, text: str, root: str, source: str) -> None:
    events = code(text)
    got = coded_triples(events)
    assert any(e.cameo.startswith(root) and e.source.actor.code == source for e in events), got


def test_act_laid_on_no_party_takes_no_doer_from_the_blamer(code) -> None:
    events = code("The Nigerian government blamed the bombing of a pipeline in the Delta on sabotage.")
    assert not any(e.cameo[:2] in ("18", "19") and e.source.actor.code.startswith("NGAGOV")
                   for e in events), coded_triples(events)


def test_at_the_hands_of_is_a_passive_agent(code) -> None:
    events = code("Three Syrian activists were tortured at the hands of government intelligence officers.")
    assert any(e.cameo.startswith("18") and e.target is not None and e.target.actor.code.startswith("SYR")
               for e in events), coded_triples(events)


def test_hands_of_a_sports_side_is_no_event(code) -> None:
    events = code("Argentina were beaten at the hands of a younger Brazil side in the final.")
    assert not any(e.cameo[:2] in ("18", "19") for e in events), coded_triples(events)


def test_passive_done_in_a_claimed_attack_is_the_claimants(code) -> None:
    events = code("Nine Burkinabe soldiers were killed in an assault claimed by the Islamic State.")
    violent = [e for e in events if e.cameo[:2] in ("18", "19")]
    assert any(e.target is not None and e.target.actor.code.startswith("BFA") for e in violent), \
        coded_triples(events)


def test_two_countries_sign_at_a_visit_between_its_sides(code) -> None:
    events = code("The two countries signed a fisheries accord during the Spanish prime minister's visit "
                  "to Rabat.")
    signed = {(e.source.actor.code[:3], e.target.actor.code[:3]) for e in events
              if e.cameo.startswith("05") and e.target is not None}
    assert signed >= {("ESP", "MAR"), ("MAR", "ESP")}, coded_triples(events)


def test_two_sides_clashing_during_a_visit_are_not_its_sides(code) -> None:
    events = code("The two sides clashed during the Indian minister's visit to Beijing.")
    assert not any(e.cameo.startswith("19") for e in events), coded_triples(events)


def test_device_planted_by_a_party_in_a_when_clause_names_the_doer(code) -> None:
    events = code("Three Nigerien soldiers were killed when their truck hit a mine planted by jihadist "
                  "fighters.")
    assert any(e.cameo[:2] in ("18", "19") and e.target is not None and e.target.actor.code.startswith("NER")
               for e in events), coded_triples(events)


def test_device_with_no_planter_names_no_doer(code) -> None:
    events = code("Two boys were injured when they picked up an old grenade left in a field in Laos.")
    assert not any(e.cameo[:2] in ("18", "19") for e in events), coded_triples(events)


def test_passive_killing_by_a_roadside_bomb_is_the_bombing(code) -> None:
    events = code("Four Pakistani soldiers were killed by a roadside bomb planted by Baloch separatists.")
    assert any(e.cameo.startswith("183") for e in events), coded_triples(events)


def test_soldiers_killed_in_a_generic_ambush_stay_a_battle(code) -> None:
    events = code("Five Cameroonian soldiers were killed in an ambush by separatist fighters near Bamenda.")
    assert any(e.cameo.startswith("19") for e in events) and not any(e.cameo == "180" for e in events), \
        coded_triples(events)


def test_device_that_strikes_is_the_strike_not_a_second_doing(code) -> None:
    events = code("Three Saudi border guards were wounded when a missile fired by the Houthis hit their "
                  "post.")
    assert not any(e.cameo.startswith("18") for e in events), coded_triples(events)
