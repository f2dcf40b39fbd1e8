"""Named bodies and owners the resolver used to miss: organisations named "<kind> for ...", national
organisations, parties, federal agencies, regional governments, police chiefs, and a country whose name
the parser reads as a person's when it is a possessor. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from _actors_helpers import covering, resolve_text
from triadic.actors import ActorResolver


def test_kind_of_body_before_a_for_phrase(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "The National Campaign for Prison Reform demanded the release of inmates.")
    m = covering(idx, "Campaign")
    assert m.actor.role == "NGO" and m.actor.country is None


def test_organisation_without_country_is_ngo(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "The Open Rivers Organisation criticised the dam builders.")
    assert covering(idx, "Organisation").actor.code == "NGO"


def test_national_organisation_is_not_an_ngo(resolver: ActorResolver) -> None:
    # A name with a country word and "Organization" is often the state's own agency: no NGO guess.
    idx = resolve_text(resolver, "The Brazilian Soil Research Organization published new maps on Monday.")
    assert all(m.actor.role != "NGO" for m in idx.mentions)
    assert any(m.actor.country == "BRA" for m in idx.mentions)


def test_nato_british_spelling(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "The North Atlantic Treaty Organisation sent jets to the Baltic.")
    assert covering(idx, "Organisation").actor.code == "NAT"


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Officials of the Bharatiya Janata Party rejected the charge.", "Bharatiya", "INDPTY"),
    ("Likud lawmakers walked out of the debate.", "Likud", "ISRPTY"),
    ("The ANC nominated a new candidate for the province.", "ANC", "ZAFPTY"),
])
def test_party_names(resolver: ActorResolver, text: str, word: str, code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


def test_us_agencies(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver,
                       "The Federal Aviation Administration fined the airline, and NASA delayed its launch.")
    assert covering(idx, "Aviation").actor.code == "USAGOV"
    assert covering(idx, "NASA").actor.code == "USAGOV"


def test_department_of_state(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Funding came through the Department of State for the training course.")
    assert covering(idx, "Department").actor.code == "USAGOV"


def test_regional_government_is_the_country(resolver: ActorResolver) -> None:
    welsh = resolve_text(resolver, "The Welsh Government closed the schools.")
    catalan = resolve_text(resolver, "The Catalan government called a vote.")
    assert covering(welsh, "Welsh").actor.code == "GBRGOV"
    assert covering(catalan, "Catalan").actor.code == "ESPGOV"


def test_police_chief_is_police(resolver: ActorResolver) -> None:
    m = covering(resolve_text(resolver, "Kenya's police chief ordered the arrests."), "police")
    assert m.actor.code == "KENCOP"


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_possessor_country_read_as_person(resolver: ActorResolver, apostrophe: str) -> None:
    # The parser may tag "Sri Lanka's" as a person; the possessive ending is not part of a longer name.
    m = covering(resolve_text(resolver, f"Sri Lanka{apostrophe}s army shelled the rebel camp."), "army")
    assert m.actor.code == "LKAMIL"


def test_person_name_with_place_word_stays_a_person(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Georgia Thompson's new novel sold well.")
    assert all(m.actor.code != "GEO" for m in idx.mentions)


def test_asylum_seekers_hyphenated(resolver: ActorResolver) -> None:
    m = covering(resolve_text(resolver, "Police moved dozens of asylum-seekers from the camp."), "asylum")
    assert m.actor.role == "REF"


@pytest.mark.parametrize(("text", "word", "code"), [
    # the group negotiating with Iran is one party (annotators list its states as alternatives)
    ("Iran and six world powers resumed talks in Geneva.", "powers", "MPW"),
    ("The P5+1 met Iranian negotiators in Vienna.", "P5", "MPW"),
    # the combining form of China in a hyphen pair
    ("The Sino-Japanese summit was postponed.", "Sino", "CHN"),
    # ... and of India
    ("The Indo-Nepali power trade pact was renewed.", "Indo", "IND"),
])
def test_group_of_powers_and_combining_forms(
        resolver: ActorResolver, text: str, word: str, code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


@pytest.mark.parametrize(("text", "word", "code"), [
    # a chamber named by its own name is its own country's legislature, whatever else the sentence names
    ("The Duma approved the pact with North Korea on Wednesday.", "Duma", "RUSLEG"),
    ("The Knesset passed the bill in a late-night vote.", "Knesset", "ISRLEG"),
    ("Poland's Sejm backed the treaty with Ukraine.", "Sejm", "POLLEG"),
])
def test_legislatures_by_their_own_name(resolver: ActorResolver, text: str, word: str, code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


def test_the_indo_pacific_is_no_party(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "The Indo-Pacific strategy was unveiled in Tokyo.")
    assert all(m.actor.country != "IND" for m in idx.mentions)
