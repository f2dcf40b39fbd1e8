"""Session 19: who did the violence, as news names a doer indirectly. A participle of what the doers are
thought to be ("gunmen believed to belong to a cartel shot dead ...") is no main verb; an act noun that
kills names its doer by claim or blame ("an ambush claimed by X killed ...", "a bombing blamed on X");
ground is taken from whoever held it ("recaptured the town from X"); taking control of a village in a
region hits that region's country; the forces of a region's people are rebels, not the state's army;
"their convoy" hit by attackers is not the attackers' own; "X and allied Y" are two doers; private people
who kill people of their own kind act as an armed band (UAF); a town named on a massacre is where it
was, not who did it. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from _event_sets import coded_triples


def _violent(events: list) -> list:
    return [e for e in events if e.cameo[:2] in ("18", "19", "20")]


def test_hedged_identity_participle_keeps_the_doer(code) -> None:
    events = code("Gunmen believed to belong to a drug cartel shot dead a mayoral candidate in Michoacan "
                  "state on Sunday, prosecutors said.")
    assert any(e.cameo.startswith("18") and e.source.actor.code.endswith("UAF")
               for e in events), coded_triples(events)


def test_thought_to_be_linked_participle_keeps_the_doer(code) -> None:
    events = code("Militants thought to be linked to the Islamic State killed 11 villagers in Mozambique.")
    got = coded_triples(events)
    assert any(e.cameo.startswith("18") and e.source.actor.code == "MOZREB" for e in events), got


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A bombing blamed on Abu Sayyaf killed five people at a market in Jolo in the Philippines.",
         "PHLREB"),
        ("An ambush carried out by Boko Haram fighters killed nine Nigerian soldiers in Borno state.",
         "NGAREB"),
    ],
)
def test_act_noun_names_its_doer_by_claim_or_blame(code, text: str, source: str) -> None:
    events = code(text)
    assert any(e.source.actor.code == source for e in _violent(events)), coded_triples(events)


def test_time_after_from_is_no_party(code) -> None:
    events = code("Rebels held the town of Bunia from Monday to Wednesday.")
    assert not any(e.target is not None and e.target.actor.code.endswith("REB")
                   for e in events), coded_triples(events)


def test_control_taken_of_a_village_hits_the_region_country(code) -> None:
    events = code("Russian troops took control of a village in the Zaporizhzhia region on Tuesday.")
    assert any(e.cameo.startswith("192") and e.target is not None and e.target.actor.country == "UKR"
               for e in events), coded_triples(events)


def test_regional_people_forces_are_rebels(code) -> None:
    events = code("Tigrayan forces shelled the town of Dessie overnight.")
    assert any(e.source.actor.code == "ETHREB" for e in _violent(events)), coded_triples(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # ground is taken from whoever held it
        ("Ethiopian troops recaptured the town of Kobo from Tigrayan forces on Saturday.", "ETHMIL",
         "ETHREB"),
        # "their patrol" is the victims', not the attackers'
        ("Three Nigerien soldiers were killed when jihadists ambushed their patrol near Tillaberi.", None,
         "NERMIL"),
        # "their camps" bombed are the other side's
        ("ELN guerrillas killed two soldiers in Arauca, and the army bombed one of their camps.", "COLMIL",
         "COLREB"),
    ],
)
def test_force_falls_on_the_party_the_words_name(code, text: str, source: str | None, target: str) -> None:
    events = code(text)
    got = coded_triples(events)
    assert any(e.cameo.startswith("19") and (source is None or e.source.actor.code == source)
               and e.target is not None and e.target.actor.code == target for e in events), got


def test_allied_militia_is_a_second_doer(code) -> None:
    events = code("Sudanese soldiers and allied Darfuri militiamen attacked the town of Tawila.")
    sources = {e.source.actor.code for e in _violent(events)}
    assert len(sources) >= 2, coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Warring clansmen shot dead 18 villagers in Papua New Guinea's Hela province.",
        "Suspected herders killed 25 farmers in Nigeria's Plateau state on Sunday.",
    ],
)
def test_people_who_kill_their_own_kind_are_an_armed_band(code, text: str) -> None:
    events = code(text)
    assert any(e.source.actor.code.endswith("UAF") for e in _violent(events)), coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Survivors of the Bucha massacre gathered in Kyiv for a memorial service.",
        "Relatives of victims of the Srebrenica massacre laid flowers at the cemetery.",
    ],
)
def test_town_named_on_a_massacre_is_no_doer(code, text: str) -> None:
    events = code(text)
    assert not any(e.cameo.startswith("20") for e in events), coded_triples(events)


def test_talks_on_joining_a_body_are_held_with_it(code) -> None:
    events = code("Moldova's government suspended talks on joining the European Union after the election.")
    assert any(e.cameo.startswith("16") and e.target is not None and e.target.actor.code == "EUR"
               for e in events), coded_triples(events)
