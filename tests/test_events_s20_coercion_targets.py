"""Session 20: missed coercion and violence (CAMEO 17, 20) whose target or doer was not found. Property
named with its holder ("homes belonging to Palestinian families") is the holder's; force aimed by a
coordinated verb of the same doer ("fired tear gas and used live ammunition on protesters") is aimed at
its party; arson told as fire "set to" a site hits the site's people; a gerund after a preposition of
time ("before setting fire to ...") is done by its clause's subject, not its object. Words and what is
not an event stay uncoded. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from _event_sets import coded_roots, coded_triples


@pytest.mark.parametrize(
    ("text", "code_", "target"),
    [
        ("Venezuela's government confiscated a warehouse belonging to an American food company in Caracas.",
         "1711", "USABUS"),
        ("Israeli forces demolished homes belonging to Palestinian families in Hebron.", "1712", "PSECVL"),
        ("Russian troops seized a power plant operated by a Ukrainian state company.", "171", "UKRBUS"),
    ],
)
def test_property_is_its_holders(code, text: str, code_: str, target: str) -> None:
    events = code(text)
    assert any(e.cameo == code_ and e.target is not None and e.target.actor.code == target
               for e in events), coded_triples(events)


def test_force_aimed_by_a_coordinated_verb(code) -> None:
    events = code("Myanmar security forces fired tear gas and used live ammunition on protesters in "
                  "Mandalay.")
    assert any(e.cameo == "175" and e.target is not None for e in events), coded_triples(events)


def test_live_ammunition_used_on_protesters_is_repression(code) -> None:
    events = code("Bangladeshi police used live ammunition on students in Dhaka on Thursday.")
    assert "175" in {e.cameo for e in events}, coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Riot police used stun grenades against demonstrators outside the parliament in Tbilisi.",
        "Indian police used pellet guns on protesters in Srinagar.",
    ],
)
def test_riot_control_weapons_on_a_crowd_are_repression(code, text: str) -> None:
    events = code(text)
    assert "175" in {e.cameo for e in events}, coded_triples(events)


def test_fire_set_to_a_market_hits_its_people(code) -> None:
    events = code("Separatist fighters set fire to a market and a school in Bamenda over the weekend.")
    assert any(e.cameo == "1712" and e.source.actor.code.startswith("CMR")
               and e.target is not None and e.target.actor.code.startswith("CMR")
               for e in events), coded_triples(events)


def test_gerund_of_time_is_done_by_the_subject(code) -> None:
    # before the change the object ("hundreds of men") was read as the doer of "setting fire"
    events = code("Militia fighters stormed the village of Tawila in Sudan, killing dozens of men before "
                  "setting fire to the market.")
    assert not any(e.cameo.startswith("17") and e.source.actor.code.endswith("CVL") for e in events), \
        coded_triples(events)
    events = code("Congolese rebels attacked the village of Mbau, killing 20 civilians before setting fire "
                  "to the homes.")
    assert any(e.cameo == "1712" and e.source.actor.code == "CODREB" for e in events), coded_triples(events)


def test_electoral_tribunal_is_a_state_body(code) -> None:
    events = code("Guatemalan prosecutors seized ballot boxes from the electoral tribunal.")
    assert any(e.cameo.startswith("171") and e.target is not None and e.target.actor.code == "GTMGOV"
               for e in events), coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "The company sold a warehouse belonging to its former owner to a property developer.",
        "Farmers set fire to crop stubble in Punjab despite a ban.",
        "Firefighters set fire to dry brush to create a firebreak near Athens.",
        "Colombian police seized two tonnes of cocaine at the port of Buenaventura.",
        "The court heard the case before adjourning until Monday.",
    ],
)
def test_no_coercion_where_none_is_told(code, text: str) -> None:
    events = code(text)
    assert not coded_roots(events) & {"17", "18", "19", "20"}, coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "A UN commission of inquiry found that Ethiopian forces had massacred hundreds of civilians in Axum "
        "in 2020.",
        "The United States determined that Sudan's army had used chemical weapons against the Rapid Support "
        "Forces in 2024.",
    ],
)
def test_old_violence_an_inquiry_establishes_is_coded(code, text: str) -> None:
    # published 1 March 2026 (the ``code`` fixture): the act is years old, the finding is the news
    events = code(text)
    assert "20" in coded_roots(events), coded_triples(events)


def test_old_violence_merely_recalled_stays_background(code) -> None:
    events = code("The minister recalled that Ethiopian forces had massacred civilians in Axum in 2020.")
    assert "20" not in coded_roots(events), coded_triples(events)
