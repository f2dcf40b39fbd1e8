"""Session 7 actor mechanisms: people led by a role word, generic "any government", places owning their
districts, a region's people, fishermen's boats, local branches of transnational groups, gazetteer facts."""

from __future__ import annotations

import pytest
from tests._actors_helpers import covering, resolve_text

from triadic.actors import ActorResolver


def codes(resolver: ActorResolver, text: str) -> dict[str, str]:
    """Mention text -> actor code for one sentence."""
    return {m.text: m.actor.code for m in resolve_text(resolver, text).mentions}


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Chile gave refuge to a Bolivian opposition leader last week.", "leader", "BOLOPP"),
    ("The Zambian opposition leader addressed a rally.", "leader", "ZMBOPP"),
    ("A Tanzanian opposition supporter was detained overnight.", "supporter", "TZAOPP"),
])
def test_opposition_word_makes_a_leader_or_supporter_opposition(resolver: ActorResolver, text: str, word: str,
                                                                 code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


@pytest.mark.parametrize(("text", "word", "code"), [
    ("A Kenyan court jailed a Somali rebel commander for life.", "commander", "SOMREB"),
    ("Three Nigerien militant leaders were killed in an air strike.", "leaders", "NERREB"),
])
def test_armed_group_word_makes_a_commander_or_leader_theirs(resolver: ActorResolver, text: str, word: str,
                                                              code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


def test_opposition_leader_never_named_as_the_office_holder(resolver: ActorResolver) -> None:
    m = covering(resolve_text(resolver, "Quito welcomed the Peruvian opposition leader."), "leader")
    assert m.actor.role == "OPP" and m.via == "role"


def test_bare_opposition_people_take_the_one_country_named(resolver: ActorResolver) -> None:
    m = covering(resolve_text(resolver, "Zambia's army chief warned opposition activists against marching."),
                 "activists")
    assert m.actor.country == "ZMB" and m.actor.code.startswith("ZMBOPP")


def test_opposition_people_in_a_named_place_keep_that_place(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Canada condemned the jailing of opposition leaders in Belarus.")
    m = covering(index, "leaders")
    assert m.actor.country == "BLR"


def test_staff_of_a_foreign_office_stay_its_staff(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "A Turkish court freed a worker of the U.S. consulate in Izmir.")
    m = covering(index, "worker")
    assert m.actor.code == "USAGOV"


@pytest.mark.parametrize("text", [
    "Any government that buys the oil will face penalties, Washington said.",
    "No army can hold the pass for long, the Afghan general said.",
])
def test_any_or_no_state_body_is_no_actor(resolver: ActorResolver, text: str) -> None:
    found = codes(resolver, text)
    assert not [t for t in found if t.lower().startswith(("any ", "no "))], found


def test_any_people_remain_actors(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Poland refused to admit any more migrants.")
    assert covering(index, "migrants").actor.role == "REF"


def test_possessed_district_sets_the_sentence(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Hundreds of miners struck in Lahore's industrial zone on Friday.")
    m = covering(index, "miners")
    assert m.actor.code == "PAKLAB"


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Militias burned the homes of Oromos in the west.", "Oromos", "ETHCVL"),
    ("Police in Vienna detained three Chechens.", "Chechens", "RUSCVL"),
])
def test_a_regions_people_are_its_states_civilians(resolver: ActorResolver, text: str, word: str,
                                                   code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


def test_a_regions_adjective_still_names_its_state_body(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Chechen police raided a village.")
    assert covering(index, "Chechen").actor.country == "RUS"


def test_a_bare_speaker_is_no_lawmaker(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "The keynote speaker praised the plan.")
    assert not [m for m in index.mentions if "speaker" in m.text]


def test_state_owned_firm_with_a_trade_word_is_the_states(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Prosecutors in Lisbon searched a state-owned arms manufacturer.")
    assert covering(index, "manufacturer").actor.code == "PRTBUS"


def test_a_city_plural_is_not_a_people(resolver: ActorResolver) -> None:
    assert covering(resolve_text(resolver, "Athens rejected the offer."), "Athens").actor.role != "CVL"


@pytest.mark.parametrize("text", [
    "The coast guard detained nine Burmese fishermen and impounded two boats.",
    "Marines stopped three trawlers carrying Burmese fishermen.",
])
def test_fishermens_boats_are_their_countrys(resolver: ActorResolver, text: str) -> None:
    index = resolve_text(resolver, text)
    boat = next(m for m in index.mentions if m.text.endswith(("boats", "trawlers")))
    assert boat.actor.code == "MMRBUS"


def test_a_merchant_ships_crew_does_not_flag_it(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Pirates seized a freighter and took its Indian crew hostage.")
    assert covering(index, "freighter").actor.country is None


@pytest.mark.parametrize(("text", "code"), [
    ("The Pakistani branch of Islamic State claimed the blast.", "PAKREB"),
    ("Al-Qaeda's Malian affiliate ambushed a convoy.", "MLIREB"),
    ("Islamic State fighters in Mozambique raided a town.", "MOZREB"),
    ("Jordanian jets hit Islamic State fighters in the desert of southern Syria.", "SYRREB"),
    ("Troops raided al-Qaeda militants in the north of Niger.", "NERREB"),
])
def test_local_branch_of_a_transnational_group(resolver: ActorResolver, text: str, code: str) -> None:
    index = resolve_text(resolver, text)
    assert any(m.actor.code == code for m in index.mentions), [(m.text, m.actor.code) for m in index.mentions]


@pytest.mark.parametrize("text", [
    "Islamic State claimed the bombing in Jalalabad.",
    "Islamic State attacked an outpost in Iraq.",
])
def test_transnational_group_acting_keeps_its_code(resolver: ActorResolver, text: str) -> None:
    assert covering(resolve_text(resolver, text), "Islamic State").actor.code == "IMG"


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Armed men stormed a clinic near Kaduna.", "Armed men", "NGAUAF"),
    ("The AU Peace and Security Council met on Friday.", "Peace", "AFU"),
    ("Kataib Hezbollah launched drones at a base.", "Kataib", "IRQREB"),
    ("The Baloch Liberation Army blew up a rail line.", "Baloch", "PAKSEP"),
    ("Members of Tren de Aragua were arrested in Chile.", "Tren", "VENCRM"),
    ("Malawi's parliamentary speaker adjourned the sitting.", "speaker", "MWILEG"),
])
def test_gazetteer_facts(resolver: ActorResolver, text: str, word: str, code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code
