"""Session 10 round 4 drafting rules: a reaction's "by"-gerund is the reaction itself; state forces
storming premises is a raid (170), not a riot; what people flee is no event of theirs."""

from __future__ import annotations

import pytest
from tests._events_fake import cameo_codes, code_rules

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "act"), [
    ("Russia retaliated by expelling ten Polish diplomats.", "174"),
    ("Turkey retaliated by shelling Kurdish positions in northern Syria.", "194"),
    ("Moscow retaliated on Friday by banning flights from Latvia.", "163"),
])
def test_by_gerund_is_the_reaction(code, text: str, act: str) -> None:
    events = code(text)
    codes = cameo_codes(events)
    assert codes.count(act) == 1, code_rules(events)
    # the reacting verb adds no second event of its own
    assert all(not (e.rule or "").startswith("verb:retaliate") for e in events), code_rules(events)


def test_retaliation_without_a_coded_means_stays(code) -> None:
    # no "by" phrase: the verb is the only word of the act and keeps its code
    events = code("Beijing vowed that it would retaliate against the new American tariffs.")
    assert events and all(e.root in ("13", "16") for e in events), code_rules(events)


@pytest.mark.parametrize("text", [
    "Riot police stormed the offices of an opposition newspaper in Harare on Sunday.",
    "Soldiers stormed the headquarters of the main opposition party in Conakry.",
    "Security forces stormed the home of a prominent human rights lawyer in Minsk.",
])
def test_state_forces_storming_premises_is_a_raid(code, text: str) -> None:
    events = code(text)
    roots = [e.root for e in events]
    assert "17" in roots and "14" not in roots, code_rules(events)


def test_protesters_storming_offices_stay_a_riot(code) -> None:
    events = code("Angry protesters stormed the offices of the election commission in Lusaka.")
    assert [e.cameo for e in events if e.trigger.text == "stormed"] == ["145"], code_rules(events)


@pytest.mark.parametrize("text", [
    "Refugees fleeing the clashes crossed into Chad on Monday.",
    "Civilians fleeing the attacks in Tigray sought shelter in eastern Sudan.",
    "Residents fled the fighting in Omdurman overnight.",
    "Migrants escaping the war in Syria were turned back at the border.",
])
def test_what_people_flee_is_no_event(code, text: str) -> None:
    events = code(text)
    assert all(e.root not in ("18", "19", "20") for e in events), code_rules(events)
