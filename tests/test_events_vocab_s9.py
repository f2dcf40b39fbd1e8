"""Session 9, round 1: CAMEO vocabulary for mixed registers (regional papers, agency copy). A court
that jails someone, or upholds a conviction, gives a verdict (116), not an arrest (173); chemical
agents named by substance are chemical attacks (2041); driving a people from its homes is mass
expulsion (201); a missile launched on a target is an attack (194), not a show of force (150);
a bomb named in a with-phrase makes a bombing (183, roadside 1833); workers who walk out in a strike
or whose strike shuts a port strike (143); aid cut "in" an amount (162x) and staple food delivered
(073); agreeing to coordinate positions is intent to cooperate (032); politicians who "clash" quarrel
(110), troops who clash fight (190); "notified X that ..." shares no intelligence (064); flying people
somewhere is no visit (042); ordering an aid body to leave expels it (1663); people "sheltering in"
a place get no aid (073). Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _codes(events: list) -> set[str]:
    return {e.cameo for e in events}


def _roots(events: list) -> set[str]:
    return {e.root for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "A court in Harare jailed a Zimbabwean opposition lawmaker for three years on Tuesday.",
        "A military tribunal in Yaounde imprisoned two Cameroonian separatist leaders.",
        "A court in Tunis sent a Tunisian opposition journalist to prison for two years.",
        "An appeals court in Istanbul upheld the conviction of a Turkish opposition journalist.",
    ],
)
def test_court_jailing_or_upholding_is_a_verdict(code, text: str) -> None:
    events = code(text)
    assert "116" in _codes(events), _codes(events)
    assert "173" not in _codes(events), _codes(events)


def test_police_jailing_stays_an_arrest(code) -> None:
    events = code("Police in Harare jailed two Zimbabwean opposition activists overnight.")
    assert "173" in _codes(events), _codes(events)
    assert "116" not in _codes(events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Syrian government troops used phosgene against rebel fighters near Hama.",
        "Russian forces attacked Ukrainian trenches with chloropicrin near Avdiivka.",
    ],
)
def test_named_chemical_agent_is_a_chemical_attack(code, text: str) -> None:
    assert "2041" in _codes(code(text)), _codes(code(text))


def test_driving_villagers_from_their_homes_is_expulsion(code) -> None:
    events = code("Sudanese paramilitaries drove thousands of Fur villagers from their land in Darfur.")
    assert "201" in _codes(events), _codes(events)


def test_missile_launched_on_a_target_is_an_attack(code) -> None:
    events = code("Russia launched a barrage of missiles on Ukrainian power plants overnight.")
    assert "19" in _roots(events), _codes(events)
    assert "150" not in _codes(events), _codes(events)


def test_missile_test_without_target_stays_a_show_of_force(code) -> None:
    events = code("North Korea launched a ballistic missile into the sea on Tuesday.")
    assert "150" in _codes(events), _codes(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Naxalite rebels blew up a police van with a roadside bomb in Jharkhand.", "1833"),
        ("Jihadist fighters killed four Malian soldiers with an improvised explosive device.", "1833"),
        ("Separatist rebels killed two Cameroonian gendarmes with a bomb near Bamenda.", "183"),
    ],
)
def test_weapon_in_with_phrase_makes_a_bombing(code, text: str, expected: str) -> None:
    events = code(text)
    assert expected in _codes(events), _codes(events)
    assert "1712" not in _codes(events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Zambian miners walked out in a strike over unpaid bonuses on Monday.",
        "Striking Argentine dock workers shut down the port of Rosario on Friday.",
    ],
)
def test_walkout_and_shutdown_by_strikers_is_a_strike(code, text: str) -> None:
    events = code(text)
    assert "14" in _roots(events), _codes(events)
    assert "172" not in _codes(events) and "125" not in _codes(events), _codes(events)


def test_walkout_from_parliament_stays_a_protest(code) -> None:
    events = code("The Kenyan opposition walked out of parliament on Thursday.")
    assert "143" not in _codes(events), _codes(events)


def test_aid_cut_in_an_amount_is_an_aid_cut(code) -> None:
    events = code("Germany cut 30 million euros in aid to Niger on Monday.")
    assert "162" in _codes(events), _codes(events)


def test_delivered_staple_food_is_food_aid(code) -> None:
    events = code("South Korea delivered 3,000 tonnes of rice to Laos on Thursday.")
    assert "073" in _codes(events), _codes(events)


def test_agreeing_to_coordinate_positions_is_intent_to_cooperate(code) -> None:
    events = code("Uruguay and Paraguay agreed to coordinate their policies before the Mercosur summit.")
    pairs = {(e.source.actor.country, e.target.actor.country if e.target else None, e.cameo) for e in events}
    assert ("URY", "PRY", "032") in pairs and ("PRY", "URY", "032") in pairs, pairs


def test_politicians_who_clash_quarrel(code) -> None:
    events = code("The Hungarian prime minister clashed with the Dutch prime minister over asylum rules.")
    assert "11" in _roots(events), _codes(events)
    assert "19" not in _roots(events), _codes(events)


def test_troops_who_clash_still_fight(code) -> None:
    events = code("Armenian and Azerbaijani troops clashed along the border on Monday.")
    assert "19" in _roots(events), _codes(events)


def test_notifying_a_decision_shares_no_intelligence(code) -> None:
    events = code("Bolivia notified Paraguay on Friday that it was leaving the river transport accord.")
    assert "064" not in _codes(events), _codes(events)


def test_notifying_of_an_incident_still_shares_information(code) -> None:
    events = code("Lithuania notified Latvia of the balloon incursion.")
    assert "064" in _codes(events), _codes(events)


def test_flying_people_to_a_country_is_no_visit(code) -> None:
    events = code("Belarus freed 14 prisoners and flew them to Lithuania on Thursday.")
    assert "042" not in _codes(events), _codes(events)
    assert "042" in _codes(code("The Belarusian foreign minister flew to Beijing on Thursday.")), "visit"


def test_ordering_an_aid_body_to_leave_is_expelling_it(code) -> None:
    events = code("Burkina Faso ordered the Danish Refugee Council to leave the country.")
    assert "1663" in _codes(events), _codes(events)


def test_people_sheltering_in_a_place_receive_no_aid(code) -> None:
    events = code("Kabul said the raids were staged by gunmen sheltering in Iran.")
    assert "073" not in _codes(events), _codes(events)
    assert "075" in _codes(code("Chad sheltered thousands of Sudanese refugees.")), "sheltering people is aid"
