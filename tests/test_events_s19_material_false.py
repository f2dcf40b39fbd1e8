"""Session 19: false events of material acts. Victims freed from traffickers or by the police are no
humanitarian aid (073); a water cannon fired at a boat is the repression tactic it is when used (175),
no small-arms fire (193); money withdrawn from a bank or a fund is no withdrawal of a party (08/12); two
governments that clash over a budget or tariffs quarrel (110), armed sides and crowds still fight;
violence told in a relative clause on the person arrested, charged or sentenced is that person's crime,
not an event of the day. The real acts stay. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from _event_sets import coded_roots, coded_triples


@pytest.mark.parametrize(
    "text",
    [
        "Police in Accra rescued 22 girls from a trafficking ring on Thursday.",
        "Indian police rescued 30 bonded labourers from a brick kiln in Tamil Nadu.",
        "Soldiers rescued nine women from their kidnappers in Borno state.",
    ],
)
def test_rescue_of_crime_victims_is_no_aid(code, text: str) -> None:
    events = code(text)
    assert "07" not in coded_roots(events), coded_triples(events)


def test_rescue_after_a_disaster_stays_aid(code) -> None:
    events = code("Pakistani soldiers rescued hundreds of villagers stranded by the floods in Sindh.")
    assert "07" in coded_roots(events), coded_triples(events)


def test_water_cannon_on_a_boat_is_no_gunfire(code) -> None:
    # the repression tactic "used" against a boat (175), as "used water cannon against" codes it
    events = code("Chinese coast guard vessels fired water cannon at a Vietnamese fishing boat on Friday.")
    assert not any(e.cameo.startswith("19") for e in events), coded_triples(events)
    assert "175" in {e.cameo for e in events}, coded_triples(events)


def test_water_cannon_on_protesters_stays_repression(code) -> None:
    events = code("Police in Belgrade used water cannon against protesters outside parliament.")
    assert "175" in {e.cameo for e in events}, coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Investors withdrew $3 billion from Indian equity funds in March.",
        "Depositors withdrew their savings from the troubled lender within days.",
    ],
)
def test_money_withdrawn_is_no_event(code, text: str) -> None:
    events = code(text)
    assert not coded_roots(events) & {"08", "12", "16"}, coded_triples(events)


def test_troops_withdrawn_stay_a_yield(code) -> None:
    events = code("Israel withdrew its troops from the Lebanese town of Khiam on Thursday.")
    assert "0874" in {e.cameo for e in events}, coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Germany and France clashed over the EU budget at the summit in Brussels.",
        "Washington clashed with Beijing over tariffs at the WTO meeting in Geneva.",
    ],
)
def test_governments_clashing_over_an_issue_quarrel(code, text: str) -> None:
    events = code(text)
    assert events and "19" not in coded_roots(events), coded_triples(events)
    assert "110" in {e.cameo for e in events}, coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian troops clashed with Boko Haram fighters near Maiduguri on Sunday.",
        "Russia and Ukraine clashed over the weekend near Bakhmut.",
    ],
)
def test_armed_sides_that_clash_still_fight(code, text: str) -> None:
    events = code(text)
    assert "19" in coded_roots(events), coded_triples(events)


def test_police_clashing_with_protesters_over_a_law_is_no_quarrel(code) -> None:
    events = code("Police clashed with protesters over the new finance law in Nairobi.")
    assert "11" not in coded_roots(events) and "17" in coded_roots(events), coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "A court in Gdansk sentenced the man who stabbed the city's mayor to life in prison.",
        "Police arrested the gunman who shot a Slovak prime minister.",
        "Prosecutors charged the soldier who killed a Palestinian teenager in Hebron.",
    ],
)
def test_crime_of_the_person_judged_is_no_event(code, text: str) -> None:
    events = code(text)
    assert events and not coded_roots(events) & {"18", "19", "20"}, coded_triples(events)


def test_violence_in_a_relative_clause_elsewhere_stays(code) -> None:
    # the relative clause names an attack of the day beside another act, not a defendant's crime
    events = code("Israel struck the Hezbollah unit that fired rockets at Haifa on Monday, the army said.")
    assert "19" in coded_roots(events), coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar proposed a plan under which Hamas would release 30 hostages in return for a truce.",
        "The deal, under which Russia would withdraw its troops from the plant, was rejected by Kyiv.",
        "The proposal would see Israel withdraw its forces from the corridor in stages.",
    ],
)
def test_terms_of_a_plan_are_no_acts(code, text: str) -> None:
    events = code(text)
    assert "08" not in coded_roots(events), coded_triples(events)


def test_release_done_under_a_deal_stays(code) -> None:
    events = code("Hamas released 30 hostages on Sunday under the deal brokered by Qatar.")
    assert "08" in coded_roots(events), coded_triples(events)


def test_result_of_an_act_without_target_is_the_event(code) -> None:
    # the cannon is fired "at it" (no party found): the damage it did is the act coded
    events = code("A Chinese coast guard ship rammed a Vietnamese fishing boat and fired a water cannon "
                  "at it near the Paracels on Monday, damaging the boat's hull.")
    assert "17" in coded_roots(events), coded_triples(events)


def test_participle_detailing_the_aid_is_one_event(code) -> None:
    events = code("South Korea delivered humanitarian aid to Nepal, sending tents and medicine to "
                  "quake victims.")
    aid = [e for e in events if e.cameo.startswith("07")]
    assert len(aid) == 1 and aid[0].target is not None and aid[0].target.actor.code.startswith("NPL"), \
        coded_triples(events)


def test_posture_held_for_months_describes_the_party(code) -> None:
    events = code("Russia, which has massed troops on the border for months, denied it planned an invasion.")
    assert "15" not in coded_roots(events), coded_triples(events)


def test_posture_of_the_day_stays(code) -> None:
    events = code("Russia massed troops on the Ukrainian border on Monday, the Pentagon said.")
    assert "15" in coded_roots(events), coded_triples(events)
