"""Mechanisms found by probing weak roots with wire-style sentences (session 5, round 2): threats aimed
at the side their condition names, troops deployed at home, appeals and criticism about a place,
refusals whose infinitive is no event, gerunds governed like infinitives, and mass killing kept for
large numbers. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from triadic.events import EventCoder
from triadic.model import Event
from triadic.pipeline import Coder


@pytest.fixture(scope="module")
def code(nlp, resolver, coder):  # noqa: ANN001
    pipeline = Coder(nlp=nlp, resolver=resolver, event_coder=coder)

    def run(text: str) -> list[Event]:
        return list(pipeline.code_text(text).events)

    return run


def _dyads(events: list[Event]) -> set[tuple[str, str, str | None]]:
    """(source country, root, target country) of each event."""
    return {
        (e.source.actor.country or e.source.actor.code, e.root,
         (e.target.actor.country or e.target.actor.code) if e.target else None)
        for e in events
    }


# ---------------------------------------------------------------- condition names the threatened side
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Moscow warned that it would use force if Georgia sent troops into the border zone.", "RUS", "GEO"),
        ("Tehran threatened to close the Strait of Hormuz unless Britain released the seized ship.",
         "IRN", "GBR"),
    ],
)
def test_threat_is_aimed_at_the_subject_of_its_condition(code, text: str, source: str, target: str) -> None:
    assert (source, "13", target) in _dyads(code(text))


def test_own_side_in_the_condition_is_no_target(code) -> None:
    evs = code("Moscow warned it would use force if Russian citizens in the region were harmed.")
    assert not any(e.target is not None and e.target.actor.country == "RUS" for e in evs)


# ---------------------------------------------------------------- deployment at home is no cooperation
def test_troops_deployed_inside_their_own_country_are_a_show_of_force(code) -> None:
    evs = code("The Kenyan government deployed soldiers to Mombasa after the riots.")
    assert ("KEN", "15", "KEN") in _dyads(evs)
    assert not any(e.cameo == "062" for e in evs)
    assert all(e.rule and e.rule.startswith("domestic(") for e in evs if e.cameo == "150")


def test_troops_deployed_abroad_stay_military_cooperation(code) -> None:
    # session 11: forces sent to a foreign host (no posture toward it) provide protection, 074 (was 062)
    evs = code("The Kenyan government deployed soldiers to Somalia on Tuesday.")
    assert any(e.cameo == "074" and e.target is not None and e.target.actor.country == "SOM" for e in evs)


# ---------------------------------------------------------------- words about what happens in a place
@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        ("Jordan called for an end to the fighting in Yemen.", "JOR", "02", "YEM"),
        ("Sweden condemned the detention of the opposition leader in Belarus.", "SWE", "11", "BLR"),
        ("Brazil rejected the plan for new elections in Venezuela.", "BRA", "12", "VEN"),
    ],
)
def test_place_inside_the_topic_is_the_target(code, text: str, source: str, root: str, target: str) -> None:
    assert (source, root, target) in _dyads(code(text))


def test_the_place_where_words_are_spoken_is_no_target(code) -> None:
    evs = code("Jordan called for restraint in a speech in Cairo.")
    assert not any(e.target is not None and e.target.actor.country == "EGY" for e in evs)


# ---------------------------------------------------------------- refusal whose infinitive is no event
def test_refusal_to_approve_a_partys_package_targets_that_party(code) -> None:
    evs = code("Slovakia refused to approve the European Union's new sanctions package.")
    assert any(e.root == "12" and e.source.actor.country == "SVK" and e.target is not None
               and e.target.actor.code.startswith(("EUR", "IGOEU", "EU")) for e in evs), evs


def test_refusal_of_an_event_keeps_the_events_code(code) -> None:
    # the embedded talks resolve their parties: the governor stays coded from them (125), once
    evs = code("Serbia refused to join the peace talks with Kosovo.")
    assert [e.cameo for e in evs if e.root == "12"] == ["125"]


# ---------------------------------------------------------------- a gerund governed like an infinitive
def test_committed_to_a_gerund_is_an_intent(code) -> None:
    evs = code("Syria committed to allowing inspectors from the United Nations into its chemical sites.")
    assert any(e.root == "03" and e.source.actor.country == "SYR" for e in evs)
    assert not any(e.root == "08" and e.modality == "asserted" for e in evs)


def test_gerund_after_a_plain_verb_is_not_governed(coder: EventCoder, nlp) -> None:  # noqa: ANN001
    # "looked forward to" has no complement entry: nothing is consumed or recoded
    doc = nlp("Chile looked forward to hosting the Argentine president.")
    clause = next(t for t in doc if t.lower_ == "hosting")
    assert coder._governor(clause) is None


# ---------------------------------------------------------------- mass killing needs large numbers
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Gunmen killed four villagers in northern Burkina Faso on Sunday.", "18"),
        ("Militants killed 12 people at a market in Mali.", "18"),
        ("Government troops killed hundreds of civilians in the region, witnesses said.", "20"),
    ],
)
def test_killing_is_a_massacre_only_in_large_numbers(coder: EventCoder, nlp, text: str, root: str) -> None:  # noqa: ANN001
    trig = {t.token.lower_: t.pattern.code for t in coder.triggers(next(iter(nlp(text).sents)))}
    assert trig["killed"][:2] == root


# ---------------------------------------------------------------- words spoken during a meeting
@pytest.mark.parametrize(
    "text",
    [
        "The Greek foreign minister urged restraint during a phone call with his Turkish counterpart.",
        "The Greek foreign minister called for a truce during a phone call with his Turkish counterpart.",
    ],
)
def test_an_appeal_made_during_a_call_is_also_that_call(code, text: str) -> None:
    assert any(e.root == "04" and e.source.actor.country == "GRC" and e.target is not None
               and e.target.actor.country == "TUR" for e in code(text))


def test_an_act_during_a_meeting_does_not_join_it(code) -> None:
    # only words are spoken at a meeting: troops deployed during talks do not take part in them
    evs = code("Greece deployed troops during the talks between Turkey and Cyprus.")
    assert not any(e.root == "04" and e.source.actor.country == "GRC" for e in evs)


# ---------------------------------------------------------------- speaking to the press
@pytest.mark.parametrize(
    "text",
    [
        "Speaking to reporters in Ottawa, the Danish minister praised the new trade rules.",
        "The Danish minister talked to journalists in Ottawa on Friday.",
    ],
)
def test_speaking_to_the_press_is_no_consultation(code, text: str) -> None:
    assert not any(e.root == "04" for e in code(text))


def test_speaking_to_a_leader_is_still_consultation(code) -> None:
    evs = code("The Danish minister spoke to the Canadian prime minister on Friday.")
    assert ("DNK", "04", "CAN") in _dyads(evs)


# ---------------------------------------------------------------- a meeting at one side's home
@pytest.mark.parametrize(
    ("text", "code_"),
    [
        ("The Danish prime minister met the Canadian prime minister in Ottawa on Friday.", "040"),
        ("The Danish prime minister met the Canadian prime minister in Canada on Friday.", "040"),
        ("The Danish and Canadian prime ministers met in Vienna on Friday.", "044"),
    ],
)
def test_meeting_in_one_sides_country_is_no_third_location(code, text: str, code_: str) -> None:
    evs = [e for e in code(text) if e.root == "04"]
    assert evs and {e.cameo for e in evs} == {code_}
    assert all(e.rule and e.rule.startswith("home(") for e in evs if e.cameo == "040")


# ---------------------------------------------------------------- promised revenge is a threat
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Syria promised revenge for the air strike on Damascus.", "13"),
        ("The militia pledged retaliation after the raid.", "13"),
        ("Chile promised a quick response to the request from Peru.", "03"),
    ],
)
def test_promised_revenge_is_a_threat_a_promised_reply_is_not(
    coder: EventCoder, nlp, text: str, root: str  # noqa: ANN001
) -> None:
    verb = next(t for t in nlp(text) if t.dep_ == "ROOT")
    trig = {t.token.i: t.pattern.code for t in coder.triggers(next(iter(nlp(text).sents)))}
    assert trig[verb.i][:2] == root


# ---------------------------------------------------------------- force: against a crowd or a country
@pytest.mark.parametrize(
    ("text", "code_"),
    [
        ("Police used force against students in the capital.", "175"),
        ("Chile used force against Bolivia in the old war.", "190"),
    ],
)
def test_force_on_a_crowd_is_repression_on_a_country_an_attack(
    coder: EventCoder, nlp, text: str, code_: str  # noqa: ANN001
) -> None:
    trig = {t.token.lower_: t.pattern.code for t in coder.triggers(next(iter(nlp(text).sents)))}
    assert trig["used"] == code_


def test_warning_to_use_force_threatens_military_force(code) -> None:
    evs = code("Beijing warned Manila that it would use force to defend the reef.")
    assert any(e.cameo.startswith("138") and e.source.actor.country == "CHN" for e in evs)
