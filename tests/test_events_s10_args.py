"""Session 10 round 2 argument rules: a comma-set "with" phrase whose noun carries its own participle is a
circumstance of the act, never a party it is done to."""

from __future__ import annotations

import pytest
from tests._events_fake import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Egypt and Sudan swapped prisoners in Khartoum on Tuesday, with ten detainees freed by each side.",
     "EGY", "SDN"),
    ("Armenia and Azerbaijan exchanged prisoners at the border, with six captives handed over by each side.",
     "ARM", "AZE"),
])
def test_absolute_with_is_no_party_of_an_exchange(code, text: str, a: str, b: str) -> None:
    got = dyads(code(text))
    assert (a, "08", b) in got and (b, "08", a) in got, got
    # the people of the circumstance are neither source nor target
    assert all("CVL" not in (s or "") and "CVL" not in (t or "") for s, _, t in got), got


def test_with_partner_without_participle_stays_target(code) -> None:
    got = dyads(code("The army clashed with rebels near the town on Sunday."))
    assert any(t is not None and t.endswith("REB") for _, r, t in got if r == "19"), got


def test_condolence_to_people_and_government_is_one_event(code) -> None:
    got = dyads(code("President Paul Kagame sent condolences to the people and government of Malawi after "
                     "the floods."))
    targets = {t for _, r, t in got if r == "01"}
    assert targets == {"MWI"}, got


@pytest.mark.parametrize(("text", "target"), [
    ("The Malaysian navy stepped up patrols off Sabah after Chinese coast guard vessels were spotted near "
     "the reef.", "CHNMIL"),
    ("The Estonian army stepped up patrols after Russian warships were sighted off the coast.", "RUSMIL"),
])
def test_sighted_party_is_what_a_posture_answers(code, text: str, target: str) -> None:
    got = dyads(code(text))
    assert any(r == "15" and t == target for _, r, t in got), got


def test_passive_victims_are_no_answered_party(code) -> None:
    got = dyads(code("The army stepped up patrols after two soldiers were killed near the border."))
    assert all(t is None for _, r, t in got if r == "15"), got


@pytest.mark.parametrize(("text", "root", "targets"), [
    ("Chile's president criticised the governments of Argentina and Bolivia on Friday.", "11",
     {"ARGGOV", "BOLGOV"}),
    ("Egypt's foreign minister received the ambassadors of Norway and Denmark in Cairo.", "04",
     {"NORGOV", "DNKGOV"}),
])
def test_plural_role_over_coordinated_countries_is_each_countrys(code, text: str, root: str,
                                                                 targets: set[str]) -> None:
    # "the governments of A and B" are A's and B's: one party each, of the role the noun names
    got = {t for _, r, t in dyads(code(text)) if r == root}
    assert targets <= got, got


@pytest.mark.parametrize("text", [
    "The French president thanked his German and Italian counterparts for their support.",
    "Brazil's president hosted his Argentine and Chilean counterparts in Brasilia on Monday.",
])
def test_possessive_pronoun_before_coordinated_sides_keeps_both(code, text: str) -> None:
    # "his" is the subject's; the sides the phrase lists are each a target
    got = {t for _, r, t in dyads(code(text)) if r in ("04", "05")}
    assert len({t for t in got if t and t.endswith("GOV")}) >= 2, got
