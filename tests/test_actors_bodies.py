"""Named bodies and owners the resolver used to miss: organisations named "<kind> for ...", national
organisations, parties, federal agencies, regional governments, police chiefs, and a country whose name
the parser reads as a person's when it is a possessor. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from triadic.actors import ActorResolver, Mention, MentionIndex


@pytest.fixture(scope="module")
def resolver(nlp):  # noqa: ANN001 - pytest fixture
    return ActorResolver(nlp)


def run(resolver: ActorResolver, text: str) -> MentionIndex:
    return resolver.resolve(resolver.nlp(text), ref_date=date(2024, 3, 1))


def covering(index: MentionIndex, word: str) -> Mention:
    """The mention whose text contains ``word``."""
    hits = [m for m in index.mentions if word in m.text]
    assert hits, f"no mention with {word!r} in {[(m.text, m.actor.code) for m in index.mentions]}"
    return hits[0]


def test_kind_of_body_before_a_for_phrase(resolver: ActorResolver) -> None:
    idx = run(resolver, "The National Campaign for Prison Reform demanded the release of inmates.")
    m = covering(idx, "Campaign")
    assert m.actor.role == "NGO" and m.actor.country is None


def test_organisation_without_country_is_ngo(resolver: ActorResolver) -> None:
    idx = run(resolver, "The Open Rivers Organisation criticised the dam builders.")
    assert covering(idx, "Organisation").actor.code == "NGO"


def test_national_organisation_is_not_an_ngo(resolver: ActorResolver) -> None:
    # A name with a country word and "Organization" is often the state's own agency: no NGO guess.
    idx = run(resolver, "The Brazilian Soil Research Organization published new maps on Monday.")
    assert all(m.actor.role != "NGO" for m in idx.mentions)
    assert any(m.actor.country == "BRA" for m in idx.mentions)


def test_nato_british_spelling(resolver: ActorResolver) -> None:
    idx = run(resolver, "The North Atlantic Treaty Organisation sent jets to the Baltic.")
    assert covering(idx, "Organisation").actor.code == "NAT"


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Officials of the Bharatiya Janata Party rejected the charge.", "Bharatiya", "INDPTY"),
    ("Likud lawmakers walked out of the debate.", "Likud", "ISRPTY"),
    ("The ANC nominated a new candidate for the province.", "ANC", "ZAFPTY"),
])
def test_party_names(resolver: ActorResolver, text: str, word: str, code: str) -> None:
    assert covering(run(resolver, text), word).actor.code == code


def test_us_agencies(resolver: ActorResolver) -> None:
    idx = run(resolver, "The Federal Aviation Administration fined the airline, and NASA delayed its launch.")
    assert covering(idx, "Aviation").actor.code == "USAGOV"
    assert covering(idx, "NASA").actor.code == "USAGOV"


def test_department_of_state(resolver: ActorResolver) -> None:
    idx = run(resolver, "Funding came through the Department of State for the training course.")
    assert covering(idx, "Department").actor.code == "USAGOV"


def test_regional_government_is_the_country(resolver: ActorResolver) -> None:
    assert covering(run(resolver, "The Welsh Government closed the schools."), "Welsh").actor.code == "GBRGOV"
    assert covering(run(resolver, "The Catalan government called a vote."), "Catalan").actor.code == "ESPGOV"


def test_police_chief_is_police(resolver: ActorResolver) -> None:
    m = covering(run(resolver, "Kenya's police chief ordered the arrests."), "police")
    assert m.actor.code == "KENCOP"


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_possessor_country_read_as_person(resolver: ActorResolver, apostrophe: str) -> None:
    # The parser may tag "Sri Lanka's" as a person; the possessive ending is not part of a longer name.
    m = covering(run(resolver, f"Sri Lanka{apostrophe}s army shelled the rebel camp."), "army")
    assert m.actor.code == "LKAMIL"


def test_person_name_with_place_word_stays_a_person(resolver: ActorResolver) -> None:
    idx = run(resolver, "Georgia Thompson's new novel sold well.")
    assert all(m.actor.code != "GEO" for m in idx.mentions)


def test_asylum_seekers_hyphenated(resolver: ActorResolver) -> None:
    m = covering(run(resolver, "Police moved dozens of asylum-seekers from the camp."), "asylum")
    assert m.actor.role == "REF"
