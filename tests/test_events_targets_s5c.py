"""Sources and targets of coded events carry the right country and role for the hard actor phrases of wire
news (session 5, round 3): someone "of the" named body, ships and firms named by a demonym, region
demonyms, dated identities and ambiguous cities. Every sentence is written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from triadic.events import EventCoder
from triadic.model import Event
from triadic.pipeline import Coder


@pytest.fixture(scope="module")
def code(nlp, resolver, coder: EventCoder):  # noqa: ANN001 - pytest fixtures
    pipeline = Coder(nlp=nlp, resolver=resolver, event_coder=coder)

    def run(text: str, day: date | None = date(2024, 6, 1)) -> list[Event]:
        return list(pipeline.code_text(text, day).events)

    return run


def _parties(events: list[Event]) -> set[tuple[str, str | None]]:
    """(source code, target code) of each event."""
    return {(e.source.actor.code, e.target.actor.code if e.target else None) for e in events}


def test_target_of_the_named_body_not_the_head_of_state(code) -> None:  # noqa: ANN001
    got = _parties(code("Mexican soldiers captured a leader of the Jalisco cartel."))
    assert any(t is not None and t.endswith("CRM") for _, t in got), got
    assert not any(t == "MEXGOV" for _, t in got)


def test_seized_ship_is_a_business_of_its_flag(code) -> None:  # noqa: ANN001
    got = _parties(code("Iranian commandos seized a Liberian oil tanker in the Strait of Hormuz."))
    assert any(t == "LBRBUS" for _, t in got), got


def test_region_demonym_target_has_a_country(code) -> None:  # noqa: ANN001
    got = _parties(code("Ethiopian troops attacked Tigrayan rebels near Mekelle."))
    assert any(t is not None and t.startswith("ETH") for _, t in got), got


def test_taliban_after_2021_act_as_afghanistan(code) -> None:  # noqa: ANN001
    after = _parties(code("The Taliban detained a British aid worker in Kabul.", date(2023, 2, 1)))
    assert any(s == "AFGGOV" for s, _ in after), after
    before = _parties(code("The Taliban detained a British aid worker in Kabul.", date(2019, 2, 1)))
    assert any(s == "TAL" for s, _ in before), before


def test_houthis_are_yemeni_attackers(code) -> None:  # noqa: ANN001
    events = code("The Houthis fired drones at a Greek cargo ship.")
    assert any(e.source.actor.country == "YEM" and e.target is not None and e.target.actor.code == "GRCBUS"
               for e in events), _parties(events)


def test_tripoli_target_follows_the_story(code) -> None:  # noqa: ANN001
    got = _parties(code("The Lebanese army raided a militant hideout in Tripoli."))
    assert not any(t is not None and t.startswith("LBY") for _, t in got), got


def test_sanctions_on_the_country_reach_the_earlier_country(code) -> None:  # noqa: ANN001
    got = _parties(code("Belarus jailed a dissident. Lithuania imposed sanctions on the country."))
    assert any(s.startswith("LTU") and t is not None and t.startswith("BLR") for s, t in got), got
