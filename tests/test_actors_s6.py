"""Whose country and which role an actor has when the words around it, not its own name, say so (session 6):
peoples of one state, armed groups as rebels, owned and based things, stances, bodies another country owns,
offices named by their portfolio, people a state holds, settings, the people of a vessel. Every sentence here
is written for these tests."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from _actors_helpers import covering, resolve_text
from triadic.actors import ActorResolver, MentionIndex
from triadic.cli import app


def run(resolver: ActorResolver, text: str) -> MentionIndex:
    return resolve_text(resolver, text, date(2024, 6, 1))


def code_of(resolver: ActorResolver, text: str, word: str) -> str:
    return covering(run(resolver, text), word).actor.code


# ---------------------------------------------------------------- peoples of one state
@pytest.mark.parametrize(("text", "word", "code"), [
    ("Soldiers burned the homes of Rohingya villagers near the river.", "Rohingya", "MMRCVL"),
    ("Hundreds of Rohingya refugees landed on a beach in Aceh.", "Rohingya", "MMRREF"),
    ("Yazidi survivors asked the court for compensation.", "Yazidi", "IRQCVL"),
    ("Maori activists marched on the parliament in Wellington.", "Maori", "NZLCVL"),
])
def test_a_people_of_one_state_gives_that_state(resolver: ActorResolver, text: str, word: str,
                                                code: str) -> None:
    assert code_of(resolver, text, word) == code


# ---------------------------------------------------------------- armed groups
@pytest.mark.parametrize(("text", "word", "code"), [
    ("Boko Haram fighters raided a market at dawn.", "Boko Haram", "NGAREB"),
    ("The Pakistani Taliban seized a checkpoint.", "Taliban", "PAKREB"),
])
def test_armed_movements_are_their_country_rebels(resolver: ActorResolver, text: str, word: str,
                                                  code: str) -> None:
    assert code_of(resolver, text, word) == code


def test_hezbollah_keeps_its_code_and_belongs_to_lebanon(resolver: ActorResolver) -> None:
    m = covering(run(resolver, "Hezbollah launched drones at an army post."), "Hezbollah")
    assert (m.actor.code, m.actor.country) == ("HEZ", "LBN")


# ---------------------------------------------------------------- owned, based, flagged
@pytest.mark.parametrize(("text", "word", "code"), [
    ("A Russian-owned tanker was stopped off the coast.", "tanker", "RUSBUS"),
    ("The Dubai-based airline cancelled its flights.", "airline", "AREBUS"),
])
def test_an_owning_or_hosting_country_owns_the_thing(resolver: ActorResolver, text: str, word: str,
                                                     code: str) -> None:
    assert code_of(resolver, text, word) == code


# ---------------------------------------------------------------- stances are no owners
@pytest.mark.parametrize(("text", "word", "country"), [
    ("Police in Tbilisi dispersed pro-European protesters after midnight.", "protesters", "GEO"),
    ("Riot police in Baghdad scattered anti-American demonstrators.", "demonstrators", "IRQ"),
])
def test_what_people_are_for_or_against_is_not_their_country(resolver: ActorResolver, text: str, word: str,
                                                            country: str) -> None:
    idx = run(resolver, text)
    m = covering(idx, word)
    assert m.actor.country == country
    assert not any(x.actor.code in ("EUR", "USA") for x in idx), idx.codes()


def test_a_stance_without_a_home_keeps_only_the_role(resolver: ActorResolver) -> None:
    m = covering(run(resolver, "Pro-Russian separatists shelled the town."), "separatists")
    assert m.actor.country is None and m.actor.role == "SEP"


# ---------------------------------------------------------------- a body another country owns
def test_another_country_owns_a_generic_body_name(resolver: ActorResolver) -> None:
    idx = run(resolver, "Peru's Congress voted to remove the president.")
    assert covering(idx, "Congress").actor.code == "PERLEG"
    assert covering(idx, "the president").actor.country == "PER"
    # without an owner the dictionary's own reading stands
    assert code_of(resolver, "Congress passed the spending bill.", "Congress") == "USALEG"


# ---------------------------------------------------------------- offices and bodies by their words
@pytest.mark.parametrize(("text", "word", "code"), [
    ("Guatemala's president accused the attorney general of plotting a coup.", "attorney general", "GTMJUD"),
    ("Egypt's central bank raised its main lending rate.", "central bank", "EGYGOV"),
    ("Libya's presidential council rejected the budget.", "presidential council", "LBYGOV"),
    ("South Africa's electoral commission delayed the count.", "electoral commission", "ZAFGOV"),
    ("Pakistan's military spokesman denied the report.", "spokesman", "PAKMIL"),
    ("Syrian intelligence officers detained a blogger.", "officers", "SYRSPY"),
    ("Kenya's largest farmers' union rejected the tax.", "union", "KENAGR"),
    ("EU agriculture ministers met on Monday.", "ministers", "EUR"),
])
def test_office_and_body_words(resolver: ActorResolver, text: str, word: str, code: str) -> None:
    assert code_of(resolver, text, word) == code


def test_community_leaders_are_people_not_office_holders(resolver: ActorResolver) -> None:
    m = covering(run(resolver, "Indigenous leaders walked out of the meeting."), "leaders")
    assert m.actor.role == "CVL"


# ---------------------------------------------------------------- people a state holds
@pytest.mark.parametrize(("text", "word", "code"), [
    ("Danish prosecutors charged three men with spying for Iran.", "three men", "DNKCVL"),
    ("Havana agreed to free dozens of political prisoners after talks with Washington.", "prisoners",
     "CUBCVL"),
])
def test_people_a_state_holds_are_its_own_whatever_else_is_named(resolver: ActorResolver, text: str,
                                                                 word: str, code: str) -> None:
    assert code_of(resolver, text, word) == code


def test_a_former_office_holder_a_state_prosecutes_is_its_own(resolver: ActorResolver) -> None:
    m = covering(run(resolver, "Spanish prosecutors opened an inquiry into a former health minister."),
                 "former health minister")
    assert m.actor.code == "ESPELI"


# ---------------------------------------------------------------- the setting gives the country
@pytest.mark.parametrize(("text", "word", "code"), [
    ("Gunmen killed twelve villagers in Zamfara state.", "Gunmen", "NGAUAF"),
    ("Masked assailants shot a councillor in the Colombian province of Cauca.", "assailants", "COLUAF"),
    ("Striking nurses rallied outside parliament in Nairobi.", "nurses", "KENHLH"),
])
def test_people_where_the_sentence_is_set_are_its_people(resolver: ActorResolver, text: str, word: str,
                                                         code: str) -> None:
    assert code_of(resolver, text, word) == code


def test_pan_american_is_no_country(resolver: ActorResolver) -> None:
    idx = run(resolver, "Protesters blocked the Pan-American Highway in the southern region of Puno.")
    assert "USA" not in idx.codes()
    assert covering(idx, "Protesters").actor.country == "PER"


# ---------------------------------------------------------------- whose country a sentence is about
@pytest.mark.parametrize(("text", "code"), [
    ("The Pakistani Taliban ended the truce with the government.", "PAKGOV"),
    ("Mexico's biggest teachers' union called on the government to raise pay.", "MEXGOV"),
])
def test_a_group_or_people_of_one_country_own_the_government(resolver: ActorResolver, text: str,
                                                             code: str) -> None:
    assert code_of(resolver, text, "the government") == code


def test_a_state_named_in_the_sentence_still_wins(resolver: ActorResolver) -> None:
    text = "Kenyan teachers said Uganda's plan was unfair, and the government should drop it."
    assert covering(run(resolver, text), "the government").actor.country == "UGA"


# ---------------------------------------------------------------- the people of a vessel
def test_its_crew_belongs_to_the_ship(resolver: ActorResolver) -> None:
    text = "Greek officers boarded a Turkish-flagged cargo ship and arrested its crew."
    assert code_of(resolver, text, "its crew") == "TURCVL"


# ---------------------------------------------------------------- the CLI
def test_cli_shows_the_new_codes() -> None:
    r = CliRunner().invoke(app, ["actors", "Peru's Congress voted to remove the president.", "--date",
                                 "2024-06-01", "--format", "json"])
    assert r.exit_code == 0, r.output
    codes = [row["code"] for row in json.loads(r.output)]
    assert "PERLEG" in codes and "USALEG" not in codes


def test_cli_bad_date_is_one_line_error() -> None:
    r = CliRunner().invoke(app, ["actors", "Peru's Congress voted.", "--date", "June 2024"])
    assert r.exit_code != 0
    assert "Traceback" not in r.output


def test_people_abroad_do_not_own_the_government_of_the_story(resolver: ActorResolver) -> None:
    text = "Germany tightened its asylum rules. A Syrian refugee sued the government over the decision."
    assert covering(run(resolver, text), "the government").actor.code == "DEUGOV"


def test_a_law_officer_title_takes_the_name_after_it(resolver: ActorResolver) -> None:
    m = covering(run(resolver, "Attorney General Maria Ostend announced the charges."), "Maria Ostend")
    assert m.actor.role == "JUD" and m.text.startswith("Attorney General")


def test_an_armed_group_does_not_outweigh_the_state_of_the_story(resolver: ActorResolver) -> None:
    text = "Israel struck targets near Tyre. Hezbollah then fired rockets at the army."
    assert covering(run(resolver, text), "the army").actor.country == "ISR"


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Prosecutors at the International Criminal Court opened a case.", "Prosecutors", "ICC"),
    ("Officials of the IMF met the minister.", "Officials", "IMF"),
    ("A Singapore-based shipping company denied the report.", "shipping company", "SGPBUS"),
])
def test_people_of_an_organisation_and_trades(resolver: ActorResolver, text: str, word: str,
                                              code: str) -> None:
    assert code_of(resolver, text, word) == code


def test_bare_fighters_are_armed_men_not_an_army(resolver: ActorResolver) -> None:
    idx = run(resolver, "Nigerian troops killed dozens of fighters near the lake.")
    assert covering(idx, "fighters").actor.role == "REB"
    jets = covering(run(resolver, "Chinese fighter jets circled the island."), "fighter jets")
    assert jets.actor.code == "CHNMIL"


def test_bare_people_do_not_own_what_its_points_to(resolver: ActorResolver) -> None:
    idx = run(resolver, "Hundreds of employees walked out after the firm sold its phone business.")
    assert covering(idx, "its phone business").actor.role == "BUS"


def test_they_after_people_held_are_those_people(resolver: ActorResolver) -> None:
    idx = run(resolver, "Kenyan police detained forty teachers as they marched to the ministry.")
    they = next(m for m in idx if m.text == "they")
    assert they.actor.role == "EDU" and they.actor.country == "KEN"
    # without an act of control the subject keeps the topic
    idx2 = run(resolver, "Troops fired on crowds, and they detained dozens.")
    assert next(m for m in idx2 if m.text == "they").actor.role == "MIL"


def test_their_goes_on_from_they(resolver: ActorResolver) -> None:
    text = "Police in Lima detained two hundred miners as they marched to demand better pay for their work."
    idx = run(resolver, text)
    their = next(m for m in idx if m.text == "their")
    assert (their.actor.country, their.actor.role) == ("PER", "LAB"), idx.codes()


@pytest.mark.parametrize(("text", "word", "code"), [
    ("A Chinese coast guard vessel fired water cannon at a fishing fleet.", "coast guard vessel", "CHNMIL"),
    # session 10: a state's generic craft named by its nationality alone is the state itself
    ("A Philippine supply boat reached the shoal.", "supply boat", "PHL"),
    ("A Philippine fishing boat reached the shoal.", "fishing boat", "PHLBUS"),
])
def test_vessels_belong_to_their_body_or_country(resolver: ActorResolver, text: str, word: str,
                                                 code: str) -> None:
    assert code_of(resolver, text, word) == code


def test_a_vessel_as_a_modifier_names_no_side(resolver: ActorResolver) -> None:
    idx = run(resolver, "Warplanes struck a boat off the coast, and crews made ship repairs.")
    assert [m.text for m in idx if m.actor.role == "BUS"] == ["a boat"], idx.codes()
