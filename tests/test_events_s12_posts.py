"""Session 12 party finding: a state's post abroad ("its embassy in X") stands in the host's country, and
troops pulled "out of" a country leave that country."""

from __future__ import annotations

import pytest
from tests._events_fake import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "source", "root", "target"), [
    ("Ghana closed its embassy in Tehran on Friday.", "GHA", "16", "IRN"),
    ("Canada shut its consulate in Shanghai after the row.", "CAN", "16", "CHN"),
    ("The United States closed its consulate in Chengdu last week.", "USA", "16", "CHN"),
    ("Japan reopened its embassy in Kabul after three years.", "JPN", "05", "AFG"),
    ("Israel recalled its ambassador in Ankara for consultations.", "ISR", "16", "TUR"),
])
def test_post_abroad_names_its_host(code, text: str, source: str, root: str, target: str) -> None:
    got = dyads(code(text))
    assert any(s.startswith(source) and r == root and (t or "").startswith(target) for s, r, t in got), got


def test_post_at_home_is_no_target(code) -> None:
    # the source's own capital hosts nothing foreign: no dyad with itself
    got = dyads(code("Kenya closed its embassy in Nairobi on Monday."))
    assert all(not (t or "").startswith("KEN") for _, r, t in got if r == "16"), got


def test_place_of_a_meeting_stays_a_setting(code) -> None:
    # no post noun: the city only says where the talks were
    got = dyads(code("Norway's foreign minister held talks in Shanghai with the Chinese premier."))
    assert all(t is None or t.startswith("CHN") for _, _, t in got), got


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Togo has pulled its troops out of Mali.", "TGO", "MLI"),
    ("Burundi pulled its soldiers out of Somalia last month.", "BDI", "SOM"),
])
def test_troops_pulled_out_of_a_country_leave_it(code, text: str, source: str, target: str) -> None:
    got = dyads(code(text))
    assert any(s.startswith(source) and r == "08" and (t or "").startswith(target) for s, r, t in got), got
