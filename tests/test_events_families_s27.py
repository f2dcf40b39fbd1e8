"""Session 27, families of missed conflict events. A hyphenated modifier of the object ("Iran-backed",
"US-led") lends no particle to the verb: "struck Iran-backed militias" is no "strike back"; an act a
veto or ban stopped ("vetoed a resolution demanding X") is never an event, even when the veto finds no
target; a quoted predicate of a naming verb ('called the sanctions "illegal"') blames as the bare one
does; regret voiced over another party's sanctions, arrests or advisories disapproves of them; "came
under heavy fire from jihadists" is shooting the subject suffers, "from the opposition over the tax
rise" criticism; the parties of a fight told as a passive subject ("fighting was reported between A and
B") are its sides. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from _event_sets import coded_roots, coded_triples


@pytest.mark.parametrize(
    "text",
    [
        "U.S. warplanes struck an Iran-backed militia near the Syrian border on Friday.",
        "Saudi jets struck Iranian-backed Houthi fighters in northern Yemen.",
    ],
)
def test_hyphenated_backed_is_no_particle(code, text: str) -> None:
    events = code(text)
    assert "19" in coded_roots(events), coded_triples(events)
    assert not any(e.cameo.startswith("13") for e in events), coded_triples(events)


def test_strike_back_at_threatens_its_object(code) -> None:
    # the particle hung on the verb itself is still read ("would strike back at X": a threat to X)
    events = code("Tehran said it would strike back at Israel.")
    assert any(e.cameo.startswith("13") and e.target and e.target.actor.country == "ISR" for e in events), \
        coded_triples(events)


def test_vetoed_resolution_content_is_no_event(code) -> None:
    events = code("Washington vetoed a draft resolution demanding a halt to the fighting in Sudan.")
    assert not any(e.cameo.startswith("10") for e in events), coded_triples(events)


def test_banned_rally_stays_a_ban(code) -> None:
    events = code("Police in Minsk banned a march by opposition supporters on Saturday.")
    assert "17" in coded_roots(events), coded_triples(events)
    assert "14" not in coded_roots(events), coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        'Beijing called Washington\'s new export curbs "illegal and unilateral".',
        'Moscow called the EU\'s latest sanctions "unlawful" on Tuesday.',
    ],
)
def test_quoted_predicate_of_naming_blames(code, text: str) -> None:
    events = code(text)
    assert "11" in coded_roots(events), coded_triples(events)


def test_regret_over_sanctions_disapproves(code) -> None:
    events = code("Beijing expressed regret over the U.S. sanctions on Chinese chipmakers.")
    assert any(e.cameo.startswith("11") and e.target and e.target.actor.country == "USA" for e in events), \
        coded_triples(events)


def test_regret_for_deaths_stays_an_apology(code) -> None:
    events = code("The Japanese minister expressed regret for the deaths of the Korean fishermen.")
    assert "11" not in coded_roots(events), coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Malian soldiers came under heavy fire from jihadists near Gao on Sunday.",
        "A Lebanese army patrol came under fire from gunmen near the border.",
    ],
)
def test_under_fire_from_armed_men_is_shooting(code, text: str) -> None:
    events = code(text)
    assert "19" in coded_roots(events), coded_triples(events)


def test_under_fire_over_a_reason_is_criticism(code) -> None:
    events = code("Kenya's government came under fire from the opposition over the new housing levy.")
    assert "11" in coded_roots(events), coded_triples(events)
    assert "19" not in coded_roots(events), coded_triples(events)


def test_under_fire_from_a_country_is_no_shooting(code) -> None:
    events = code("Hungary came under fire from Brussels this week.")
    assert "19" not in coded_roots(events), coded_triples(events)


def test_fighting_reported_between_two_sides(code) -> None:
    events = code("Fierce fighting was reported between Sudan's army and the RSF in Omdurman on Monday.")
    fights = [e for e in events if e.cameo.startswith("19")]
    assert len(fights) == 2, coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Spain will send 150 troops to Latvia next spring.",
        "The Netherlands deployed a battalion to Romania on Tuesday.",
        "Canada will station a brigade permanently in Latvia.",
    ],
)
def test_forces_sent_to_a_foreign_state_protect_it(code, text: str) -> None:
    events = code(text)
    assert "074" in {e.cameo for e in events}, coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Russia sent 5,000 more troops to the border with Ukraine.",
        "Turkey sent more troops to northern Syria on Sunday.",
    ],
)
def test_forces_sent_to_a_front_stay_a_posture(code, text: str) -> None:
    events = code(text)
    assert "07" not in coded_roots(events), coded_triples(events)
