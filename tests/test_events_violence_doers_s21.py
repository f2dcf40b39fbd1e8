"""Session 21: sources news names away from the act. Who survives or escapes an act of force is its
target, its doer the act's "by" phrase, a party named on the act, or the subject of the "when" clause
telling how it was done; bare armed men of no country who hit one state's own forces, in a sentence set in
no other country, are that state's (a border's other side is no setting); "the two countries" with no pair
named before stands for the two states the rest of its sentence names; a politician is an elite (ELI),
a councillor local government. Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _triples(events: list) -> set[tuple[str, str, str | None]]:
    return {(e.cameo, e.source.actor.code, e.target.actor.code if e.target else None) for e in events}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The governor of Sinaloa survived an assassination attempt by gunmen on Tuesday.", "MEXUAF",
         "MEXGOV"),
        ("A Peruvian congressman survived an assassination attempt on Friday when a gunman opened fire on "
         "his car in Lima.", "PERUAF", "PERLEG"),
        ("Ukrainian troops withstood a massive Russian assault on the town.", "RUS", "UKRMIL"),
    ],
)
def test_who_survives_an_act_is_its_target(code, text: str, source: str, target: str) -> None:
    events = code(text)
    assert any(e.cameo.startswith("1") and e.source.actor.code == source and e.target is not None
               and e.target.actor.code == target for e in events), _triples(events)


def test_survivor_is_never_the_doer(code) -> None:
    # no doer named: no event, and never the survivor attacking someone
    events = code("The president survived an assassination attempt, officials said.")
    assert not any(e.cameo.startswith("18") and e.source.actor.code.endswith("GOV") for e in events), \
        _triples(events)


def test_armed_men_of_no_country_take_their_victims_state(code) -> None:
    events = code("Fifteen Nigerien soldiers were killed in an attack by jihadists near the border with "
                  "Burkina Faso.")
    assert any(e.source.actor.code == "NERREB" and e.target is not None
               and e.target.actor.code == "NERMIL" for e in events), _triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Militants killed two American soldiers in eastern Syria.",
        "Gunmen kidnapped four Chinese workers in northern Nigeria.",
        "Militants killed two Korean engineers.",
    ],
)
def test_foreigners_hit_abroad_give_no_country_to_armed_men(code, text: str) -> None:
    events = code(text)
    assert not any(e.source.actor.code in ("USAREB", "CHNUAF", "KORREB") for e in events), _triples(events)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Under a pact signed by the two countries on Friday, Germany will help Kenya build a railway.",
         {"DEU", "KEN"}),
        ("The two countries signed a trade agreement in Seoul, South Korean and Vietnamese officials said.",
         {"KORGOV", "VNMGOV"}),
    ],
)
def test_two_countries_refer_ahead_to_the_pair_named_next(code, text: str, pair: set[str]) -> None:
    events = [e for e in code(text) if e.cameo == "057"]
    assert {e.source.actor.code for e in events} == pair, _triples(events)


@pytest.mark.parametrize(
    "text",
    [
        # mediators named by nationality alone are no sides of the accusation
        "Both sides accused each other of breaking the truce, Omani and Kuwaiti mediators said.",
        # the reference says whose sides it means: the states reporting it are not they
        "The two sides in Yemen's war agreed to a prisoner swap, Oman and Qatar said.",
        "The warring sides agreed to a prisoner swap, Oman and Qatar said.",
    ],
)
def test_two_sides_with_other_states_after_stay_open(code, text: str) -> None:
    events = code(text)
    assert not any(e.source.actor.code[:3] in ("OMN", "KWT", "QAT") for e in events), _triples(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Gunmen shot dead a local politician in Mexico's Michoacan state.", "MEXELI"),
        ("Gunmen shot dead an opposition politician in Mexico's Michoacan state.", "MEXOPP"),
        ("Gunmen shot dead a town councillor in Mexico's Michoacan state.", "MEXGOV"),
    ],
)
def test_politicians_and_councillors_are_parties(code, text: str, target: str) -> None:
    events = code(text)
    assert any(e.cameo.startswith("18") and e.target is not None and e.target.actor.code == target
               for e in events), _triples(events)
