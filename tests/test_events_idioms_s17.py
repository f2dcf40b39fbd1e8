"""Coder, session 17: the idioms wire and broadcast news use for political acts ("pointed the finger
at", "took X to task", "threw cold water on", "put the talks on ice"), coded by CAMEO's definitions,
and their literal senses left uncoded."""

from __future__ import annotations

from datetime import datetime

from spacy.language import Language

from _events_fake import code_text, triples
from triadic.events import EventCoder
from triadic.model import Event

_WHEN = datetime(2019, 6, 12)


def _code(nlp: Language, coder: EventCoder, text: str) -> list[Event]:
    return code_text(nlp, coder, text, _WHEN)


def _roots(nlp: Language, coder: EventCoder, text: str) -> set[str]:
    return {e.root for e in _code(nlp, coder, text)}


# ---------------------------------------------------------------- accusation (112)
def test_finger_pointed_at_a_party_accuses_it(nlp, coder) -> None:
    evs = _code(nlp, coder, "Japan pointed the finger at North Korea for the cyberattack on its banks.")
    assert ("JPN", "112", "PRK") in triples(evs)


def test_finger_pointed_at_a_thing_is_no_accusation(nlp, coder) -> None:
    assert "11" not in _roots(nlp, coder, "The guide pointed his finger at a map of China.")


def test_blame_borne_in_a_report_accuses_the_bearer(nlp, coder) -> None:
    evs = _code(nlp, coder, "Israel said Iran bore full responsibility for the escalation.")
    assert ("ISR", "112", "IRN") in triples(evs)


def test_responsibility_borne_for_a_duty_is_no_accusation(nlp, coder) -> None:
    assert "11" not in _roots(nlp, coder, "Japan said China bears responsibility for security in the region.")


# ---------------------------------------------------------------- criticism and disapproval (11)
def test_taken_to_task_is_criticised(nlp, coder) -> None:
    evs = _code(nlp, coder, "The United Nations took Russia to task over the strikes on hospitals.")
    assert {e.root for e in evs} == {"11"}
    assert not [e for e in evs if e.root in ("17", "19")]


def test_swords_crossed_and_fun_poked_are_disapproval(nlp, coder) -> None:
    swords = _code(nlp, coder, "Japan crossed swords with China over the trade curbs.")
    assert ("JPN", "110", "CHN") in triples(swords)
    assert ("RUS", "110", "JPN") in triples(_code(nlp, coder, "Russia poked fun at Japan over the summit."))


# ---------------------------------------------------------------- rejection (12) and halted talks (164)
def test_cold_water_on_a_proposal_rejects_it(nlp, coder) -> None:
    evs = _code(nlp, coder, "South Korea threw cold water on the Chinese proposal.")
    assert ("KOR", "120", "CHN") in triples(evs)


def test_literal_water_poured_is_no_event(nlp, coder) -> None:
    assert not _code(nlp, coder, "Firefighters poured water on the burning building in Seoul.")


def test_talks_put_on_ice_are_halted(nlp, coder) -> None:
    evs = _code(nlp, coder, "The EU put talks with Russia on ice.")
    assert [e.cameo for e in evs if e.root == "16"] == ["164"]


# ---------------------------------------------------------------- cooperation (04, 05) and yielding (08)
def test_hosting_and_defending_idioms(nlp, coder) -> None:
    hosted = _code(nlp, coder, "Japan rolled out the welcome mat for Xi Jinping in Tokyo.")
    assert "043" in {e.cameo for e in hosted}
    defended = _code(nlp, coder, "Russia leapt to the defence of Iran at the United Nations.")
    assert ("RUS", "052", "IRN") in triples(defended)


def test_differences_patched_up_both_ways(nlp, coder) -> None:
    trip = triples(_code(nlp, coder, "Japan and South Korea patched up their differences."))
    assert {("JPN", "050", "KOR"), ("KOR", "050", "JPN")} <= trip


def test_ground_given_on_an_issue_is_yielding(nlp, coder) -> None:
    assert "08" in _roots(nlp, coder, "Iran gave ground on uranium enrichment.")
