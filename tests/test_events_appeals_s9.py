"""Session 9, round 3: appeals and their addressees. An appeal that names no addressee, only what it
asks for, is an appeal to no one in particular (kept without a target); an appeal noun in the
background of an act ("despite appeals from X", "after calls from X") is X's appeal to that act's
doer, its sub-code named by the act asked for. Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _appeals(events: list) -> list:
    return [e for e in events if e.root == "02"]


@pytest.mark.parametrize(
    ("text", "source", "cameo"),
    [
        ("Norway appealed on Friday for the couple's release on humanitarian grounds.", "NOR", "0253"),
        ("Opposition parties in Peru called for early elections.", "PER", "0241"),
        ("The Chilean government appealed for the pilot's release, a spokesman said.", "CHL", "0253"),
    ],
)
def test_an_appeal_naming_no_addressee_is_kept_without_a_target(
    code, text: str, source: str, cameo: str
) -> None:
    events = _appeals(code(text))
    assert any(
        e.target is None and e.cameo == cameo and (e.source.actor.country or e.source.actor.code) == source
        for e in events
    ), [(e.cameo, e.rule, e.target) for e in events]


def test_an_appeal_with_a_named_addressee_is_not_opened(code) -> None:
    # the addressee is named, so the appeal keeps it and is not made untargeted
    events = _appeals(code("Norway urged Sudan's army to release the two aid workers."))
    assert events and all(e.target is not None for e in events), [(e.cameo, e.rule) for e in events]


def test_a_negated_open_appeal_gives_no_event(code) -> None:
    events = _appeals(code("Norway did not call for early elections."))
    events = [e for e in events if e.modality != "negated"]
    assert not events, [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    ("text", "author", "asked", "cameo"),
    [
        ("Kenya refused to free the jailed activist despite repeated appeals from the African Union.",
         "AFU", "KEN", "0253"),
        ("Ghana released the fishermen after calls from the European Union.", "EUR", "GHA", "0253"),
        ("Uganda kept the border closed despite appeals from Rwanda.", "RWA", "UGA", "020"),
    ],
)
def test_a_background_appeal_noun_is_made_to_the_acts_doer(
    code, text: str, author: str, asked: str, cameo: str
) -> None:
    events = _appeals(code(text))
    hits = [
        e for e in events
        if e.target is not None and (e.source.actor.country or e.source.actor.code) == author
        and (e.target.actor.country or e.target.actor.code) == asked
    ]
    assert hits, [(e.cameo, e.rule, e.source.actor.code, e.target and e.target.actor.code) for e in events]
    assert hits[0].cameo == cameo
    # the appeal was made, whatever became of the act it asked for
    assert hits[0].modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Serbia rejected a request from the European Union to change its visa rules.",
        "The envoy urged Bolivia to overhaul its mining code.",
        "Norway asked Chile to rewrite its fishing rules.",
    ],
)
def test_an_appeal_for_an_uncoded_act_on_something_is_for_a_policy_change(code, text: str) -> None:
    events = _appeals(code(text))
    hits = [e for e in events if e.cameo == "0242" and e.target is not None]
    assert hits, [(e.cameo, e.rule) for e in events]


def test_an_appeal_for_a_coded_act_keeps_that_acts_subcode(code) -> None:
    events = _appeals(code("France urged Iran to release the two teachers."))
    assert events and all(e.cameo == "0253" for e in events), [(e.cameo, e.rule) for e in events]


def test_an_appeal_for_an_intransitive_uncoded_act_stays_unspecified(code) -> None:
    # nothing is done to anything: no policy named, so the appeal keeps the plain code
    events = _appeals(code("The EU urged Hungary to be patient."))
    assert events and all(e.cameo == "020" for e in events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The president dismissed calls from the opposition to step down.", "0241"),
        ("Chile rejected a request from Peru to suspend its fish exports.", "0242"),
    ],
)
def test_a_refused_appeal_noun_is_coded_from_its_own_ask(code, text: str, cameo: str) -> None:
    events = _appeals(code(text))
    assert any(e.cameo == cameo for e in events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    ("text", "addressee", "cameo"),
    [
        ("Lebanon called on the Security Council to force Israel to halt its strikes.", "UNO", "0256"),
        ("Jordan urged the United States to press Israel to allow aid into Gaza.", "USA", "0255"),
        ("Egypt asked France to urge Ethiopia to release the detained sailors.", "FRA", "0253"),
        ("Chad called on the Security Council to force Libya to halt its raids and withdraw from two towns.",
         "UNO", "0256"),
    ],
)
def test_an_appeal_relayed_to_another_party_is_for_the_act_it_relays(
    code, text: str, addressee: str, cameo: str
) -> None:
    events = code(text)
    appeals = [e for e in _appeals(events) if e.target is not None
               and (e.target.actor.country or e.target.actor.code) == addressee]
    assert appeals and appeals[0].cameo == cameo, [(e.cameo, e.rule) for e in events]
    # the pressure the addressee is asked to apply is only asked for: no event of its own
    relayed = [e for e in events if (e.source.actor.country or e.source.actor.code) == addressee]
    assert not relayed, [(e.cameo, e.rule) for e in relayed]


def test_an_uncoded_ask_done_to_an_event_noun_asks_for_that_event(code) -> None:
    events = _appeals(code("The UN urged donors to speed up the deployment of peacekeepers in Haiti."))
    assert any(e.cameo == "0234" for e in events), [(e.cameo, e.rule) for e in events]


def test_an_uncoded_ask_done_to_a_fight_is_no_policy_appeal(code) -> None:
    events = _appeals(code("The UN urged Russia to stop the fighting in Kursk."))
    assert events and all(e.cameo != "0242" for e in events), [(e.cameo, e.rule) for e in events]
