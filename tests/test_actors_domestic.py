"""Bare non-state roles acted on by a state's own police or courts take that state's country, so a
same-country dyad keeps two distinct actors. Every sentence here is written for these tests."""

from __future__ import annotations

from _actors_helpers import covering, resolve_text
from triadic.actors import ActorResolver


def test_police_and_protesters_of_one_country_are_distinct_actors(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Ghanaian police dispersed hundreds of protesters with water cannon.")
    police, crowd = covering(idx, "police").actor, covering(idx, "protesters").actor
    assert (police.country, police.role) == ("GHA", "COP")
    assert (crowd.country, crowd.role) == ("GHA", "OPP")
    assert police.code != crowd.code


def test_court_gives_its_country_to_the_people_it_jails(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "A Tunisian court sentenced students and journalists to prison.")
    assert covering(idx, "students").actor.country == "TUN"
    assert covering(idx, "journalists").actor.country == "TUN"


def test_another_country_in_the_sentence_blocks_the_guess(resolver: ActorResolver) -> None:
    # the protesters are in a foreign capital: nothing says whose they are
    idx = resolve_text(resolver, "Ghanaian police watched protesters in Lome.")
    assert covering(idx, "protesters").actor.country != "GHA"


def test_army_does_not_lend_its_country(resolver: ActorResolver) -> None:
    # armies act abroad: militants they hit are not thereby theirs
    idx = resolve_text(resolver, "Ghanaian troops killed several militants.")
    assert covering(idx, "militants").actor.country is None


def test_a_country_named_in_the_role_is_kept(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Ghanaian police arrested Togolese smugglers.")
    assert covering(idx, "smugglers").actor.country == "TGO"


def test_bare_police_take_the_country_the_sentence_is_set_in(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Police detained dozens of students in Accra, Ghana.")
    assert covering(idx, "Police").actor.code == "GHACOP"
    assert covering(idx, "students").actor.country == "GHA"


def test_bare_police_do_not_take_the_country_of_whom_they_arrest(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Police arrested a Nigerian national at the airport.")
    assert covering(idx, "Police").actor.country is None


def test_supporters_are_civilians(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Ghanaian police detained dozens of opposition supporters.")
    m = covering(idx, "supporters")
    assert m.actor.country == "GHA" and m.actor.role in ("CVL", "OPP")


def test_human_rights_defenders_are_hri(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Togolese authorities jailed a prominent human rights lawyer.")
    assert covering(idx, "lawyer").actor.role == "HRI"


def test_rights_title_before_a_name_keeps_the_person(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Rights activist Kofi Mensah was detained on Monday.")
    m = covering(idx, "Mensah")
    assert m.actor.role == "HRI" and "Kofi Mensah" in m.text


def test_a_plain_lawyer_before_a_name_stays_a_named_person(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Lawyer Kofi Mensah said his client was beaten.")
    m = covering(idx, "Mensah")
    assert m.actor.role == "CVL" and m.via == "person"


def test_central_american_is_not_american(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Central American bishops criticised the deportations.")
    assert covering(idx, "Central American").actor.country != "USA"


def test_sdf_in_a_syria_story_is_the_syrian_democratic_forces(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Turkish drones struck SDF positions near Raqqa in Syria.")
    assert covering(idx, "SDF").actor.code == "SYRREB"


def test_sdf_in_a_japan_story_is_japan_s_forces(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "The SDF sent a destroyer near Okinawa, Japanese officials said.")
    assert covering(idx, "SDF").actor.code == "JPNMIL"


def test_capital_that_is_only_the_setting_names_the_country(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Gunmen stormed a hotel in Accra.")
    m = covering(idx, "Accra")
    assert (m.actor.code, m.actor.role) == ("GHA", None)


def test_capital_that_acts_stays_the_government(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Accra rejected the proposal.")
    assert covering(idx, "Accra").actor.code == "GHAGOV"


def test_people_where_the_sentence_is_set_are_that_country_s(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Thousands of students rallied in Accra on Friday.")
    assert covering(idx, "students").actor.country == "GHA"


def test_a_border_named_as_a_place_gives_no_country(resolver: ActorResolver) -> None:
    # a border is where, on either side of the line: the people there are not the neighbour's
    idx = resolve_text(resolver, "Rebels seized a town near the Rwandan border on Sunday.")
    assert covering(idx, "Rebels").actor.country != "RWA"
    idx = resolve_text(resolver, "Police arrested dozens of migrants near the border with Benin.")
    assert covering(idx, "migrants").actor.country != "BEN"
    # a place the sentence is set in still makes its people that country's
    idx = resolve_text(resolver, "Protesters rallied in Kampala on Monday.")
    assert covering(idx, "Protesters").actor.country == "UGA"
