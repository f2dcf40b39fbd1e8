"""Owned event nouns inside another event (session 7, round 3): an act a phrase of background credits to
another named party ("after mediation by X") is that party's event too. Every sentence is written for
this file."""

from __future__ import annotations

import pytest

from triadic.model import Event


def _triples(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    return {
        (e.source.actor.country, e.cameo[:3], e.target.actor.country if e.target else None)
        for e in events
    }


@pytest.mark.parametrize("text", [
    "Mali released three Ivorian soldiers after mediation by Togo.",
    "Mali freed three Ivorian soldiers on Sunday following mediation by Togo.",
])
def test_mediation_credited_in_a_background_phrase_is_the_mediators_event(code, text: str) -> None:  # noqa: ANN001
    events = code(text)
    roots = {e.cameo[:3] for e in events}
    # the release stays the clause's event, and the mediator's act is coded besides it
    assert "084" in roots
    assert ("TGO", "045", "MLI") in _triples(events)


def test_an_attack_credited_to_another_party_is_its_own_event(code) -> None:  # noqa: ANN001
    events = code("Turkish jets bombed Kurdish positions in Syria after an attack by Kurdish militants.")
    assert any(e.cameo.startswith("19") and e.source.actor.country == "TUR" for e in events)
    # the attack is the militants' (it bears on the clause's doer), not the jets'
    attacks = [e for e in events if e.trigger.text == "attack"]
    assert attacks and all(e.source.actor.country != "TUR" and e.target is not None
                           and e.target.actor.country == "TUR" for e in attacks)


@pytest.mark.parametrize("text", [
    # a topic of the act, not its background
    "Human rights groups demanded an inquiry into abuses by Ethiopian soldiers.",
    # no party named for the noun
    "The Malian junta released three hostages after mediation.",
    # an act that has not happened yet
    "The Malian junta released three hostages before talks with Algeria.",
])
def test_no_owned_event_without_a_named_doer_in_the_background(code, text: str) -> None:  # noqa: ANN001
    events = code(text)
    assert not any(e.trigger.text in ("abuses", "mediation", "talks") and e.modality == "asserted"
                   and e.source.actor.country not in (None, "MLI") for e in events)


@pytest.mark.parametrize(("text", "source"), [
    # a definite act an inquiry looks into, its doer named, is told as done: the doer's event
    ("Rights groups demanded an independent investigation into the killing of five protesters by police "
     "in Nairobi.", "KENCOP"),
    ("The UN called for an inquiry into the shooting of two journalists by Israeli troops in the West Bank.",
     "ISRMIL"),
])
def test_definite_act_an_inquiry_looks_into_is_an_event(code, text: str, source: str) -> None:  # noqa: ANN001
    events = code(text)
    assert any(e.source.actor.code == source and e.root in ("17", "18", "19") for e in events), [
        (e.source.actor.code, e.cameo) for e in events]


# ---------------------------------------------------------------- owned objects of a rejection or denial
@pytest.mark.parametrize("text", [
    "Peru rejected Ecuador's accusation that it had violated the border.",
    "Serbia denied the accusations by Kosovo.",
    "Kenya dismissed as baseless the accusations by Somalia that it had armed militias.",
])
def test_an_accusation_answered_is_also_the_accusers_act(code, text: str) -> None:  # noqa: ANN001
    triples = _triples(code(text))
    accuser, answerer = {"Peru": ("ECU", "PER"), "Serbia": ("XKX", "SRB"), "Kenya": ("SOM", "KEN")}[
        text.split()[0]]
    assert (accuser, "112", answerer) in triples
    # the answer itself stays, addressed to the accuser
    assert any(t[0] == answerer and t[1][:2] in ("01", "12") and t[2] is not None for t in triples)


@pytest.mark.parametrize("text", [
    # no named owner: nothing to credit
    "Serbia rejected the accusations.",
    # a pronoun may stand for the answering side itself
    "Serbia rejected its accusations against Kosovo.",
])
def test_no_owners_act_without_a_named_owner(code, text: str) -> None:  # noqa: ANN001
    assert not any(e.cameo.startswith("112") and e.source.actor.country != "SRB" for e in code(text))
