"""Session 22: aid and apology wordings found by a probe set. Relief goods that arrive or get through
are the sender's aid to where they arrive (07x), no visit (042); forgiveness asked of the wronged
party is an apology to it (055), no appeal (02x); firefighters sent abroad are humanitarian aid (073).
Every sentence is written for this file."""

from __future__ import annotations

import pytest

from _event_sets import coded_triples


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Aid from the United Arab Emirates arrived in Mogadishu on Sunday to help drought victims.",
         "ARE", "SOM"),
        ("Humanitarian aid from Egypt reached Gaza for the first time in weeks, the Red Crescent said.",
         "EGY", "PSE"),
        ("Medical supplies sent by India arrived in Colombo on Monday.", "IND", "LKA"),
        ("Food aid sent by the World Food Programme arrived in Sudan on Wednesday.", "WFP", "SDN"),
        ("A shipment of vaccines donated by China landed in Phnom Penh.", "CHN", "KHM"),
    ],
)
def test_arrived_aid_is_the_senders_aid(code, text: str, source: str, target: str) -> None:
    events = code(text)
    assert any(e.cameo.startswith("07") and e.source.actor.code == source and e.target is not None
               and e.target.actor.code == target for e in events), coded_triples(events)
    # goods arriving pay no visit
    assert not any(e.cameo == "042" for e in events), coded_triples(events)


def test_official_arriving_still_visits(code) -> None:
    events = code("The Indian foreign minister arrived in Colombo on Monday.")
    assert any(e.cameo == "042" for e in events), coded_triples(events)
    assert not any(e.cameo.startswith("07") for e in events), coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Aid workers arrived in Derna on Tuesday.",
        "Food prices reached a record high in Egypt last month.",
    ],
)
def test_workers_and_prices_are_no_aid(code, text: str) -> None:
    events = code(text)
    assert not any(e.cameo.startswith("07") for e in events), coded_triples(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Japan's prime minister asked for forgiveness from South Korea for wartime abuses.",
         "JPNGOV", "KOR"),
        ("The Dutch prime minister sought forgiveness from Indonesia for colonial violence.",
         "NLDGOV", "IDN"),
        ("The Spanish king asked Mexico for forgiveness for abuses during the conquest.", "ESPGOV", "MEX"),
    ],
)
def test_asked_forgiveness_is_an_apology(code, text: str, source: str, target: str) -> None:
    events = code(text)
    assert ("055", source, target) in coded_triples(events), coded_triples(events)
    assert not any(e.cameo.startswith("02") for e in events), coded_triples(events)


def test_asked_pardon_stays_an_appeal(code) -> None:
    # a convict asking for a pardon appeals for clemency; he apologises to nobody
    events = code("The jailed opposition leader asked the president for a pardon.")
    assert not any(e.cameo == "055" for e in events), coded_triples(events)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Chile dispatched firefighters to Argentina to battle the blazes in Patagonia.", "073"),
        ("Brazil sent firefighters to help Bolivia battle wildfires.", "073"),
        ("Brazil vowed to send firefighters to Bolivia.", "0333"),
    ],
)
def test_firefighters_sent_abroad_are_relief(code, text: str, cameo: str) -> None:
    events = code(text)
    assert any(e.cameo == cameo for e in events), coded_triples(events)
