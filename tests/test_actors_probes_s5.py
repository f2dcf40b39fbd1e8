"""Actor codes on the hard phrases of wire news (session 5, round 3): someone "of the" named body, indefinite
titles, dated group identities, region demonyms, ambiguous city names, departments, ships and congressional
caucuses. Every sentence here is written for these tests."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from _actors_helpers import named, resolve_text
from triadic.actors import ActorResolver, MentionIndex
from triadic.cli import app


def run(resolver: ActorResolver, text: str, day: date | None = date(2024, 6, 1)) -> MentionIndex:
    return resolve_text(resolver, text, day)


# ---------------------------------------------------------------- "a commander of the <body>"
@pytest.mark.parametrize(("text", "span", "code"), [
    ("Soldiers captured a commander of the Tamil Tigers.", "a commander of the Tamil Tigers", "LKAREB"),
    ("Marines detained two commanders of the Houthis near the port.", "two commanders of the Houthis",
     "YEMREB"),
    ("Federal agents arrested a leader of the Sinaloa cartel in Culiacan.", "a leader of the Sinaloa cartel",
     "MEXCRM"),
    # the body is itself a role phrase, composed before the title that points at it
    ("Sudanese police shot a commander of the rebels near Nyala.", "a commander of the rebels", "SDNREB"),
])
def test_person_of_a_named_body_after_the_article(resolver: ActorResolver, text: str, span: str,
                                                   code: str) -> None:
    assert named(run(resolver, text), span).actor.code == code


def test_indefinite_title_is_not_the_office_holder(resolver: ActorResolver) -> None:
    idx = run(resolver, "Brazilian officials said a senior minister would travel to Lima.", date(2024, 6, 1))
    m = named(idx, "a senior minister")
    assert m.actor.country == "BRA" and m.actor.role == "GOV"
    # "the president" is the one holder of the office; "a minister" is one of many.
    idx2 = run(resolver, "Brazilian officials said a leader would travel to Lima.", date(2024, 6, 1))
    assert named(idx2, "a leader").actor.name != "Luiz Inácio Lula da Silva"
    idx3 = run(resolver, "Brazilian officials said the president would travel to Lima.", date(2024, 6, 1))
    assert named(idx3, "the president").actor.name == "Luiz Inácio Lula da Silva"


# ---------------------------------------------------------------- identities that change with the date
@pytest.mark.parametrize(("day", "code"), [
    (date(2019, 2, 1), "TAL"),      # an insurgency
    (date(2022, 2, 1), "AFGGOV"),   # Afghanistan's de facto rulers after 2021-08-15
    (None, "TAL"),                  # no date: the known-group code
])
def test_taliban_identity_follows_the_date(resolver: ActorResolver, day: date | None, code: str) -> None:
    idx = run(resolver, "The Taliban closed a girls' school in Kandahar.", day)
    assert named(idx, "The Taliban").actor.code == code


def test_former_leader_is_an_elite_after_the_term(resolver: ActorResolver) -> None:
    text = "Angela Merkel criticised the plan."
    assert named(run(resolver, text, date(2018, 3, 1)), "Angela Merkel").actor.code == "DEUGOV"
    later = named(run(resolver, text, date(2023, 3, 1)), "Angela Merkel").actor
    assert (later.country, later.role) == ("DEU", "ELI")


@pytest.mark.parametrize(("text", "span", "country"), [
    ("Houthi fighters seized a cargo vessel in the Red Sea.", "Houthi fighters", "YEM"),
    ("The Wagner Group withdrew from Bakhmut.", "The Wagner Group", "RUS"),
])
def test_armed_movements_with_a_home_state(resolver: ActorResolver, text: str, span: str,
                                           country: str) -> None:
    assert named(run(resolver, text), span).actor.country == country


# ---------------------------------------------------------------- region demonyms and ambiguous cities
@pytest.mark.parametrize(("text", "span", "code"), [
    # the forces of a region's people are the state's rebels, not its army (as the TDF is ETHREB)
    ("Tigrayan forces shelled the town of Alamata.", "Tigrayan forces", "ETHREB"),
    ("Catalan separatists blocked a motorway.", "Catalan separatists", "ESPSEP"),
    ("Police detained Uyghur students at the airport.", "Uyghur students", "CHNEDU"),
])
def test_region_demonyms_give_their_state(resolver: ActorResolver, text: str, span: str, code: str) -> None:
    assert named(run(resolver, text), span).actor.code == code


def test_tripoli_is_libya_unless_the_story_is_about_lebanon(resolver: ActorResolver) -> None:
    lebanon = run(resolver, "Lebanese soldiers exchanged fire with gunmen in Tripoli.")
    assert named(lebanon, "gunmen in Tripoli").actor.country == "LBN"
    libya = run(resolver, "Tripoli accused the eastern authorities of blocking oil exports.")
    assert named(libya, "Tripoli").actor.code == "LBYGOV"


# ---------------------------------------------------------------- departments, ships, caucuses
@pytest.mark.parametrize(("text", "span", "code"), [
    ("The U.S. Treasury blacklisted three shipping firms.", "The U.S. Treasury", "USAGOV"),
    ("The navy boarded a Panamanian oil tanker off Oman.", "a Panamanian oil tanker", "PANBUS"),
    ("Patrol boats chased a Vietnamese fishing vessel.", "a Vietnamese fishing vessel", "VNMBUS"),
    ("Senate Democrats blocked the spending bill.", "Senate Democrats", "USALEG"),
])
def test_departments_ships_and_caucuses(resolver: ActorResolver, text: str, span: str, code: str) -> None:
    assert named(run(resolver, text), span).actor.code == code


# ---------------------------------------------------------------- through the CLI
def test_cli_dated_taliban_and_bad_date() -> None:
    r = CliRunner().invoke(app, ["actors", "The Taliban banned the protest.", "--date", "2023-05-01",
                                 "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert any(x["text"] == "The Taliban" and x["code"] == "AFGGOV" for x in rows)
    bad = CliRunner().invoke(app, ["actors", "The Taliban banned the protest.", "--date", "May 2023"])
    assert bad.exit_code != 0
    assert "Traceback" not in bad.output and len(bad.output.strip().splitlines()) == 1


# ---------------------------------------------------------------- weapons stand for the side that fires them
def test_weapon_with_a_country_is_its_military(resolver: ActorResolver) -> None:
    idx = run(resolver, "Azerbaijani drones struck an Armenian checkpoint.")
    assert named(idx, "Azerbaijani drones").actor.code == "AZEMIL"


@pytest.mark.parametrize("text", [
    "Armenia condemned the drone strike on the village.",      # a modifier of another noun
    "The navy test-fired two cruise missiles on Friday.",      # no side named on the weapon
    "Azerbaijan launched missiles at Stepanakert.",            # aimed at a place: not that place's
])
def test_weapon_without_its_side_is_no_actor(resolver: ActorResolver, text: str) -> None:
    idx = run(resolver, text)
    assert not any(m.text.split()[-1].lower().startswith(("drone", "missile")) for m in idx.mentions), \
        [(m.text, m.actor.code) for m in idx.mentions]


# ---------------------------------------------------------------- "the country" is never its clause's subject
def test_the_country_is_not_the_subject_of_its_own_clause(resolver: ActorResolver) -> None:
    idx = run(resolver, "Nicaragua expelled two bishops. Canada imposed sanctions on the country.")
    assert named(idx, "the country").actor.country == "NIC"
    # in a clause of its own, "the country" may well be the speaker
    idx2 = run(resolver, "Nicaragua expelled two bishops. Canada said the country would reopen its embassy.")
    assert named(idx2, "the country").actor.country == "CAN"
