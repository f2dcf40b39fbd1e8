"""Session 11 round 3: violence the parse hides or hands to the wrong doer. A finite verb misread as a
participle on the noun of its subject's prepositional phrase keeps that subject as doer; an outcome
participle hung on an accusing or denying verb belongs to the act accused or denied."""

from __future__ import annotations

import pytest
from tests._events_fake import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "doer", "verb"), [
    ("Gunmen on motorbikes killed at least 12 villagers in northern Burkina Faso.", "Gunmen", "killed"),
    ("Jihadists on motorcycles wounded at least five soldiers near the border with Niger.", "Jihadists",
     "wounded"),
    ("Suicide bombers in a car killed at least 12 villagers in the region.", "bombers", "killed"),
    ("Assailants in a minibus kidnapped at least 40 students in Kaduna state.", "Assailants", "kidnapped"),
])
def test_misread_participle_keeps_its_subject(code, text: str, doer: str, verb: str) -> None:
    evs = [e for e in code(text) if e.root >= "18" and e.trigger.text == verb]
    assert evs, [(e.cameo, e.source.text, e.trigger.text) for e in code(text)]
    # the doer is the noun the sentence opens with, not the vehicle the parser hung the verb on
    assert all(doer in e.source.text for e in evs), [(e.cameo, e.source.text) for e in evs]


def test_true_participle_on_a_phrase_noun_is_left_alone(code) -> None:
    # a passive participle with no object of its own is no misread verb
    got = [(e.source.text, e.trigger.text) for e in code("Refugees in camps run by the UN protested "
                                                         "against food cuts in Kenya.")]
    assert all(t != "run" for _, t in got), got


@pytest.mark.parametrize("text", [
    "Russia denied striking a hospital in Kharkiv, killing three Ukrainian doctors.",
    "Israel denied bombing a school in Gaza, killing 20 Palestinians.",
    "The militia denied attacking a village in Ituri, wounding 14 Congolese civilians.",
    "The army denied shelling a market in Omdurman, killing 15 people.",
])
def test_outcome_of_a_denied_act_is_no_act_of_the_denier(code, text: str) -> None:
    got = dyads(code(text))
    assert any(r == "01" for _, r, _ in got), got  # the denial stays
    assert not any(r >= "18" for _, r, _ in got), got


@pytest.mark.parametrize(("text", "accused"), [
    ("Sudan's army accused the RSF of shelling a market in Omdurman, killing 15 Sudanese civilians.", "REB"),
    ("Kyiv accused Moscow of striking an apartment block in Dnipro, killing 12 Ukrainian civilians.", "RUS"),
    ("Somalia accused al-Shabaab of bombing a hotel in Mogadishu, destroying the building.", "REB"),
])
def test_outcome_of_an_accused_act_is_no_act_of_the_accuser(code, text: str, accused: str) -> None:
    got = dyads(code(text))
    assert any(r == "11" and t is not None and accused in t for _, r, t in got), got
    assert not any(r >= "17" for _, r, _ in got), got


def test_outcome_of_an_asserted_act_is_still_that_act(code) -> None:
    # control: the participle on a plain violent act stays part of it (one event, the act's doer)
    got = dyads(code("Russian forces shelled a market in Kharkiv, killing three Ukrainian civilians."))
    assert any(s.startswith("RUS") and r in ("18", "19", "20") for s, r, _ in got), got


def test_denier_own_comment_participle_is_untouched(code) -> None:
    # "saying" is the denier's own remark, not an outcome of the denied act
    got = dyads(code("Russia denied striking a hospital in Kharkiv, saying Ukrainian air defences hit it."))
    assert any(s == "RUS" and r == "01" for s, r, _ in got), got


@pytest.mark.parametrize(("text", "doer"), [
    ("Jihadists on motorcycles killed at least 14 soldiers in an ambush near the Malian border, the army "
     "said in a statement.", "Jihadists"),
    ("Gunmen on motorbikes killed at least 20 herders in a raid on a village in western Niger, local "
     "officials said on Sunday, in a zone where armed groups hold sway.", "Gunmen"),
])
def test_misread_participle_before_a_reporting_clause(code, text: str, doer: str) -> None:
    evs = [e for e in code(text) if e.trigger.text == "killed"]
    assert evs and all(doer in e.source.text for e in evs), [(e.cameo, e.source.text) for e in code(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Israel blamed Hamas for the rocket attack on Sderot, which killed two people.", "ISR"),
    ("The UN condemned the attack on a camp in El Fasher, which killed 30 refugees.", "UNO"),
    ("Egypt blamed militants for the bombing of a church that killed 25 worshippers.", "EGY"),
    ("Pakistan accused India of the attack on a village in Kashmir, which killed four civilians.", "PAK"),
])
def test_relative_on_the_place_of_an_act_is_the_act(code, text: str, speaker: str) -> None:
    got = code(text)
    # neither the speaker (by way of the place's country) nor the place itself becomes the killer
    killers = [e.source.actor.code for e in got if e.trigger.text == "killed"]
    assert all(k != speaker and "REL" not in k for k in killers), [(e.cameo, e.source.text) for e in got]


def test_relative_on_people_keeps_them_as_doers(code) -> None:
    # control: "who" on people names them as the doers
    got = dyads(code("Troops stormed a base of the rebels who killed three soldiers."))
    assert any(s.endswith("REB") and r in ("18", "19") for s, r, _ in got), got


# Session 16: an all-capital organisation read as the verb ("ECOWAS" VBG) hides the real past tense.
@pytest.mark.parametrize(("text", "target"), [
    ("Burkina Faso's junta defied ECOWAS sanctions and kept the border closed.", "WAS"),
    ("The military rulers flouted ECOWAS sanctions.", "WAS"),
])
def test_acronym_read_as_verb_leaves_the_defiance(code, text: str, target: str) -> None:
    evs = [e for e in code(text) if e.cameo.startswith("12")]
    assert target in {e.target.actor.code for e in evs if e.target}, [(e.cameo, e.rule) for e in code(text)]
