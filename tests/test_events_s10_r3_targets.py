"""Session 10 round 3: a state's or province's executive acting on its own national government is an event
between two governments of one country ("Chief Minister X accused the Centre"), not a self-directed one."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from triadic.events._syntax import regional_to_centre
from triadic.model import Actor

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "country", "root"), [
    ("Kerala Chief Minister Pinarayi Vijayan accused the Centre of starving the state of disaster funds.",
     "IND", "11"),
    ("The mayor of Lagos accused the federal government of neglecting the city's flood defences.", "NGA",
     "11"),
    ("Texas Governor Greg Abbott criticised the federal government over its border policy.", "USA", "11"),
    ("The governor of Borno State urged the federal government to send more troops to the region.", "NGA",
     "02"),
])
def test_regional_executive_acts_on_the_centre(code, text: str, country: str, root: str) -> None:
    events = [e for e in code(text) if e.root == root]
    assert events, [(e.source.actor.code, e.cameo, e.target and e.target.actor.code) for e in code(text)]
    e = events[0]
    assert e.target is not None
    assert e.source.actor.country == e.target.actor.country == country
    assert e.source.actor.role == e.target.actor.role == "GOV"


@pytest.mark.parametrize("text", [
    # national offices: a central bank governor, a premier who heads the national government
    "The Central Bank Governor criticised the federal government over its spending plans.",
    "Chinese Premier Li Qiang urged the central government to speed up reforms.",
])
def test_national_offices_stay_one_side(code, text: str) -> None:
    assert not [e for e in code(text) if e.target is not None
                and e.source.actor.code == e.target.actor.code]


@dataclass(frozen=True)
class _M:
    text: str
    actor: Actor
    via: str = "role"
    start: int = 0
    end: int = 1
    start_char: int = 0
    end_char: int = 1


def _gov(country: str | None) -> Actor:
    return Actor(code=f"{country or ''}GOV", name="x", country=country, role="GOV", kind="state")


def test_regional_to_centre_needs_title_country_and_centre_name() -> None:
    governor = _M("Governor Ada Obi", _gov("NGA"))
    assert regional_to_centre(governor, _M("the federal government", _gov("NGA")))
    assert regional_to_centre(governor, _M("Abuja", _gov("NGA"), via="capital"))
    assert not regional_to_centre(governor, _M("the state assembly", _gov("NGA")))
    president = _M("President Ada Obi", _gov("NGA"))
    assert not regional_to_centre(president, _M("the federal government", _gov("NGA")))
    assert not regional_to_centre(governor, _M("the federal government", _gov("GHA")))
    assert not regional_to_centre(governor, governor)
