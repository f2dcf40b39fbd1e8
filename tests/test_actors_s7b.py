"""Session 7 round 2 actor mechanisms: the opposition is not the country acting on it, merchant ships and
their sailors, role words that only describe a thing ("its media law"), whom "its" belongs to, experts, and
leaders of smaller states."""

from __future__ import annotations

from datetime import date

import pytest
from tests._actors_helpers import covering, resolve_text

from triadic.actors import ActorResolver


def mentions(resolver: ActorResolver, text: str) -> dict[str, str]:
    """Mention text -> actor code for one sentence."""
    return {m.text: m.actor.code for m in resolve_text(resolver, text).mentions}


@pytest.mark.parametrize("text", [
    "Canada denounced opposition lawmakers for walking out of the session.",
    "The Netherlands praised opposition groups after the ballot.",
])
def test_opposition_does_not_take_the_country_commenting_on_it(resolver: ActorResolver, text: str) -> None:
    m = covering(resolve_text(resolver, text), "opposition")
    assert m.actor.role == "OPP"
    assert m.actor.country is None


def test_opposition_a_state_jails_is_its_own(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Belarus jailed opposition leaders after the protests.")
    m = covering(index, "opposition")
    assert m.actor.code == "BLROPP"


@pytest.mark.parametrize(("text", "word"), [
    ("Malaysian sailors aboard a bulk carrier were released by the kidnappers.", "sailors"),
    ("The tanker's Ukrainian seafarers were allowed to leave the port.", "seafarers"),
])
def test_sailors_of_a_merchant_ship_are_civilians(resolver: ActorResolver, text: str, word: str) -> None:
    m = covering(resolve_text(resolver, text), word)
    assert m.actor.role == "CVL"
    assert m.actor.country in ("MYS", "UKR")


@pytest.mark.parametrize("text", [
    "South Korean sailors on a frigate rescued the fishermen.",
    "The Indonesian navy said 40 sailors were aboard the submarine.",
])
def test_sailors_of_a_navy_stay_military(resolver: ActorResolver, text: str) -> None:
    assert covering(resolve_text(resolver, text), "sailors").actor.role == "MIL"


@pytest.mark.parametrize("text", [
    "Houthi fighters fired two missiles at a freighter in the Gulf of Aden.",
    "Venezuela said its coast guard had detained the vessel.",
])
def test_a_merchant_vessel_takes_no_country_from_the_sentence(resolver: ActorResolver, text: str) -> None:
    index = resolve_text(resolver, text)
    boats = [m for m in index.mentions if m.text.endswith(("freighter", "vessel"))]
    assert boats and all(m.actor.country is None for m in boats), [(m.text, m.actor.code) for m in boats]


@pytest.mark.parametrize(("text", "country"), [
    ("The Council of Europe faulted Slovakia over its new broadcasting law.", "SVK"),
    ("Critics said Georgia should withdraw its foreign agents law.", "GEO"),
])
def test_a_role_word_on_a_law_makes_no_side(resolver: ActorResolver, text: str, country: str) -> None:
    got = mentions(resolver, text)
    assert not any(code.endswith("MED") for code in got.values()), got
    assert covering(resolve_text(resolver, text), "its").actor.country == country


@pytest.mark.parametrize(("text", "country"), [
    ("The United States faulted Pakistan over its handling of the inquiry.", "PAK"),
    ("Australia pressed Indonesia to reopen its consulate in Perth.", "IDN"),
])
def test_its_belongs_to_the_object_held_to_account_or_told_to_act(resolver: ActorResolver, text: str,
                                                                       country: str) -> None:
    m = covering(resolve_text(resolver, text), "its")
    assert m.actor.country == country


def test_its_joined_to_an_actor_by_and_is_that_actors(resolver: ActorResolver) -> None:
    text = "Ottawa eased its visa rules, a change hailed by Manila and its partners."
    index = resolve_text(resolver, text)
    owners = [m for m in index.mentions if m.via == "coref" and m.text == "its"]
    assert owners and owners[0].actor.country == "CAN"
    later = [m for m in index.mentions if m.start > owners[0].end and "partners" in m.text]
    assert all(m.actor.country != "CAN" for m in later)


def test_its_between_a_state_and_an_organisation_is_the_nearer_organisation(resolver: ActorResolver) -> None:
    text = "Ecuador thanked the World Health Organization and praised its staff."
    index = resolve_text(resolver, text)
    its = [m for m in index.mentions if m.text.startswith("its")]
    assert its and its[0].actor.code == "WHO", [(m.text, m.actor.code) for m in index.mentions]


@pytest.mark.parametrize(("text", "code"), [
    ("Moldovan experts inspected the dam on Tuesday.", "MDAEDU"),
    ("Two Chilean analysts questioned the figures.", "CHLEDU"),
])
def test_experts_are_a_countrys_experts(resolver: ActorResolver, text: str, code: str) -> None:
    m = covering(resolve_text(resolver, text), "Moldovan" if "Moldovan" in text else "Chilean")
    assert m.actor.code == code


@pytest.mark.parametrize(("text", "country"), [
    ("Prime Minister Mette Frederiksen said the border checks would stay.", "DNK"),
    ("President Shavkat Mirziyoyev signed the decree on Monday.", "UZB"),
    ("Taoiseach Micheál Martin spoke to reporters in Brussels.", "IRL"),
])
def test_leaders_of_smaller_states_are_known(resolver: ActorResolver, text: str, country: str) -> None:
    index = resolve_text(resolver, text, day=date(2025, 6, 1))
    leaders = [m for m in index.mentions if m.via == "leader"]
    assert leaders and leaders[0].actor.country == country and leaders[0].actor.role == "GOV"


def test_a_leader_out_of_office_is_no_longer_the_government(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Sebastian Kurz gave a speech in Vienna.", day=date(2024, 5, 1))
    m = covering(index, "Kurz")
    assert m.actor.country == "AUT" and m.actor.role != "GOV"


def test_its_neighbour_is_the_other_state_named(resolver: ActorResolver) -> None:
    text = "Niger recalled its envoy from Benin and accused its southern neighbour of blocking exports."
    m = covering(resolve_text(resolver, text), "neighbour")
    assert m.actor.country == "BEN"


def test_its_partner_with_no_other_state_named_takes_none(resolver: ActorResolver) -> None:
    m = covering(resolve_text(resolver, "Ghana said its partner would send engineers."), "partner")
    assert m.actor.country is None


@pytest.mark.parametrize(("text", "country"), [
    ("Canada suspended aid to Haiti over its failure to hold elections.", "HTI"),
    ("The UN imposed sanctions on Libya in response to its attacks on civilians.", "LBY"),
    ("Ottawa expressed sympathy to Mexico over a flood in its capital.", "MEX"),
    ("Britain agreed to help the Kenyan army in its fight against the insurgents.", "KEN"),
])
def test_its_belongs_to_the_other_argument_of_its_verb(resolver: ActorResolver, text: str,
                                                       country: str) -> None:
    its = [m for m in resolve_text(resolver, text).mentions if m.text == "its"]
    assert its and its[0].actor.country == country


def test_its_after_a_relative_which_is_the_noun_described(resolver: ActorResolver) -> None:
    text = "Irish prosecutors shared files with the Dutch police, which have opened its own inquiry."
    its = [m for m in resolve_text(resolver, text).mentions if m.text == "its"]
    assert its and its[0].actor.country == "NLD"


def test_its_in_a_clause_with_no_other_actor_is_the_subjects(resolver: ActorResolver) -> None:
    its = [m for m in resolve_text(resolver, "Warsaw would double the number of guards on its frontier with "
                                              "Belarus.").mentions if m.text == "its"]
    assert its and its[0].actor.country == "POL"
