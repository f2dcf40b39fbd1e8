"""Session 6b actor resolution: a fuller gazetteer, "it" for a state, hostages, community leaders, and bare
people or bodies a government's sentence makes its own. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from _actors_helpers import covering, named, resolve_text
from triadic.actors import ActorResolver


@pytest.mark.parametrize("text,word,iso3", [
    ("Shelling hit Nikopol overnight.", "Nikopol", "UKR"),
    ("Police in Gdynia detained two men.", "Police", "POL"),
    ("Gunmen stormed a school in Zacatecas.", "a school", "MEX"),
    ("Police in Tuapse detained a man.", "Police", "RUS"),
    ("Students in Gyumri marched against the closure.", "Students", "ARM"),
    ("Militants ambushed a patrol near Kidal region, officials in Timbuktu said.", "officials", "MLI"),
])
def test_new_places_give_their_country(resolver: ActorResolver, text: str, word: str, iso3: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.country == iso3


@pytest.mark.parametrize("text,word", [
    ("The mayor of Nice criticised the decision.", "Nice"),
    ("Protesters in Reading demanded action.", "Reading"),
    ("Workers went on strike in Mobile, a port city.", "Mobile"),
])
def test_ambiguous_town_names_are_no_places(resolver: ActorResolver, text: str, word: str) -> None:
    idx = resolve_text(resolver, text)
    assert not any(m.via == "place" and word in m.text for m in idx.mentions)


def test_places_loader_reads_the_regional_names(resolver: ActorResolver) -> None:
    terms = resolver.dictionary.terms
    for name, iso3 in (("Guerrero state", "MEX"), ("Kowloon", "HKG"), ("Senkaku Islands", "JPN"),
                       ("Majdal Shams", "SYR"), ("Khyber Pakhtunkhwa", "PAK")):
        assert any(e.country == iso3 for e in terms[name]), name


@pytest.mark.parametrize("text,iso3", [
    ("Iran said it would answer any attack on its soil.", "IRN"),
    ("The European Union said on Friday that it would review the deal.", "EUR"),
    ("Chile condemned the raid. It recalled its envoy from Lima.", "CHL"),
    ("Japan warned Beijing that it would protect its fishing boats.", "JPN"),
])
def test_it_continues_the_state_that_speaks(resolver: ActorResolver, text: str, iso3: str) -> None:
    idx = resolve_text(resolver, text)
    it = [m for m in idx.mentions if m.text.lower() == "it"]
    assert it and (it[0].actor.country or it[0].actor.code) == iso3 and it[0].via == "coref"
    its = [m for m in idx.mentions if m.text.lower() == "its"]
    assert all((m.actor.country or m.actor.code) == iso3 for m in its)


@pytest.mark.parametrize("text", [
    "The treaty was signed in March. It takes effect next year.",
    "Norway said it was unclear who fired first.",
    "It is raining in Oslo, Norway's weather office said.",
])
def test_it_of_a_thing_or_of_weather_is_no_actor(resolver: ActorResolver, text: str) -> None:
    idx = resolve_text(resolver, text)
    assert not any(m.text.lower() == "it" and m.actor.country != "NOR" for m in idx.mentions)
    assert not any(m.text.lower() == "it" for m in idx.mentions if "treaty" in text)


@pytest.mark.parametrize("text,iso3", [
    ("Hezbollah freed two hostages on Monday, Israel said.", "ISR"),
    ("Al-Shabaab released the hostages under a deal with Kenya.", "KEN"),
    ("Ukraine welcomed the news. Rebels freed three hostages held since May.", "UKR"),
])
def test_hostages_of_an_armed_group_are_the_named_state_s(resolver: ActorResolver, text: str,
                                                          iso3: str) -> None:
    assert covering(resolve_text(resolver, text), "hostages").actor.country == iso3


@pytest.mark.parametrize("text", [
    "Rebels freed two hostages, Kenya and Uganda said.",  # two states: whose is open
    "Rebels freed two hostages on Monday.",  # no state at all
    "Hezbollah freed two hostages after talks in Doha.",  # a city that is only the setting
])
def test_hostages_keep_no_country_when_the_story_does_not_say(resolver: ActorResolver, text: str) -> None:
    assert covering(resolve_text(resolver, text), "hostages").actor.country is None


@pytest.mark.parametrize("text,word,code", [
    ("Opposition leaders rejected the budget.", "Opposition leaders", "OPP"),
    ("Tribal leaders met the governor.", "Tribal leaders", "CVL"),
    ("Community leaders in Peru demanded compensation.", "Community leaders", "PERCVL"),
])
def test_community_leaders_are_their_people_not_a_government(resolver: ActorResolver, text: str, word: str,
                                                             code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


@pytest.mark.parametrize("text,word,code", [
    ("Indigenous leaders protested against Peru's government.", "Indigenous leaders", "PERCVL"),
    ("Students accused the Thai parliament of ignoring them.", "Students", "THAEDU"),
    ("Rioters set fire to government offices in the capital of Fiji.", "government", "FJIGOV"),
    ("The Cuban government stripped two critics of their citizenship.", "critics", "CUBOPP"),
])
def test_people_petitioning_a_government_or_held_by_it_are_its_own(resolver: ActorResolver, text: str,
                                                                   word: str, code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


@pytest.mark.parametrize("text,word", [
    ("The Kenyan government praised activists.", "activists"),
    ("Peru's government met students from Chile.", "students"),
])
def test_a_government_acting_on_people_does_not_make_them_its_own(resolver: ActorResolver, text: str,
                                                                  word: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.country != "PER" or "Chile" in text
    if "Kenyan" in text:
        assert covering(resolve_text(resolver, text), word).actor.country is None


def test_they_of_a_relative_clause_is_not_the_noun_it_describes(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "The army urged the rebels to free the soldiers they are holding.")
    they = named(idx, "they")
    assert they.actor.role == "REB"


@pytest.mark.parametrize("text,linked", [
    ("Peru said it was ready to host the talks.", True),
    ("Peru said it was unclear who fired first.", False),
    ("Peru said it was a criminal act.", False),
    ("Peru said the plan was flawed because it ignored the farmers.", False),
])
def test_it_after_be_is_someone_only_when_it_is_described(resolver: ActorResolver, text: str,
                                                          linked: bool) -> None:
    idx = resolve_text(resolver, text)
    assert any(m.text == "it" and m.actor.country == "PER" for m in idx.mentions) is linked


def test_they_holding_the_object_is_whoever_is_urged_to_act_on_it(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Chile urged the militias to accept Peru and Bolivia as mediators and to "
                                 "free the hostages they are holding.")
    they = named(idx, "they")
    assert they.actor.country not in ("PER", "BOL") and not they.members
