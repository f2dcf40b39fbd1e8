"""Actors the resolver used to leave without a code or a country: places a measure is imposed on, named
people described by a country's role noun, people a state holds or frees, and groups of CAMEO's
known-group list. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from _actors_helpers import covering, resolve_text
from triadic.actors import ActorResolver, MentionIndex, check_dictionaries
from triadic.cli import app


def absent(index: MentionIndex, word: str) -> bool:
    return not any(word in m.text for m in index.mentions)


@pytest.mark.parametrize("text,place,code", [
    ("The army imposed a curfew in Kandahar on Monday.", "Kandahar", "AFG"),
    ("The rebels declared a ceasefire in Aleppo.", "Aleppo", "SYR"),
    ("The president declared a state of emergency in Sinaloa.", "Sinaloa", "MEX"),
    ("The junta declared martial law in Mindanao.", "Mindanao", "PHL"),
    ("The Taliban claimed the attack in Kandahar.", "Kandahar", "AFG"),
    ("A bombing in Mosul killed ten people.", "Mosul", "IRQ"),
])
def test_place_a_measure_is_imposed_on_stays_an_actor(resolver: ActorResolver, text: str, place: str,
                                                        code: str) -> None:
    m = covering(resolve_text(resolver, text), place)
    assert m.actor.code == code and m.via == "place"


@pytest.mark.parametrize("text,place", [
    ("Delegates held talks in Aleppo.", "Aleppo"),
    ("Analysts say the fact that the talks went on in Aleppo matters little.", "Aleppo"),
    ("The minister was born in Sinaloa.", "Sinaloa"),
])
def test_place_that_is_only_a_setting_gives_no_mention(resolver: ActorResolver, text: str,
                                                        place: str) -> None:
    assert absent(resolve_text(resolver, text), place)


def test_named_person_takes_the_role_phrase_before_the_name(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "A Turkish court released German journalist Anna Weber.")
    m = covering(idx, "Anna Weber")
    assert m.actor.code == "DEUMED" and m.actor.name == "Anna Weber"
    assert m.text.startswith("German journalist")
    assert covering(idx, "court").actor.code == "TURJUD"


def test_name_after_a_state_title_is_not_recoded_as_a_described_person(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Chinese state media accused Taiwanese reporter Lin Wei of spying.")
    m = covering(idx, "Lin Wei")
    assert m.actor.country == "TWN" and m.actor.role == "MED"


@pytest.mark.parametrize("text,word,code", [
    ("Venezuela releases dozens of political activists.", "activists", "VENCVL"),
    ("The Egyptian government arrested students on Friday.", "students", "EGYEDU"),
    ("Activists were detained by the Iranian government.", "Activists", "IRNCVL"),
])
def test_people_a_state_holds_or_frees_are_its_own(resolver: ActorResolver, text: str, word: str,
                                                    code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


@pytest.mark.parametrize("text,word", [
    ("The Kenyan government praised activists.", "activists"),  # no act of control
    ("Russia freed activists and a French citizen.", "activists"),  # a second country is named
    ("The Egyptian government held talks with activists.", "activists"),  # talks are no control
])
def test_people_without_an_act_of_control_keep_no_country(resolver: ActorResolver, text: str,
                                                           word: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.country is None


@pytest.mark.parametrize("text,word,code", [
    ("The PFLP claimed the attack.", "PFLP", "PFL"),
    ("Polisario Front fighters accused Morocco of breaking the truce.", "Polisario", "PLS"),
    ("The Islamic Development Bank lent money to Senegal.", "Islamic Development Bank", "IDB"),
    ("The Kurdistan Democratic Party criticised the decision.", "Kurdistan Democratic Party", "KDP"),
])
def test_known_groups_of_the_cameo_list(resolver: ActorResolver, text: str, word: str, code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


def test_shipped_dictionaries_still_validate() -> None:
    summary = check_dictionaries([])
    assert summary.terms > 0


def test_cli_shows_the_place_of_a_curfew() -> None:
    r = CliRunner().invoke(app, ["actors", "Soldiers imposed a curfew in Kandahar.", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert "AFG" in r.output and "Kandahar" in r.output
