"""Session 9 actor mechanisms: two-word kinds of named bodies ("Labour Congress", "Constitutional Council"),
a state's singular security service, a group's people coded as the group, office holders and armed groups
taking the one country of their sentence."""

from __future__ import annotations

import pytest
from tests._actors_helpers import covering, resolve_text

from triadic.actors import ActorResolver


@pytest.mark.parametrize(("text", "word", "code"), [
    ("The Zambia Labour Congress threatened a nationwide walkout.", "Congress", "ZMBLAB"),
    ("The Ghana Trades Union Congress rejected the offer.", "Congress", "GHALAB"),
    ("Leaders of the Sierra Leone Labour Congress met employers on Friday.", "Congress", "SLELAB"),
])
def test_labour_congress_is_a_union_not_a_legislature(resolver: ActorResolver, text: str, word: str,
                                                      code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


@pytest.mark.parametrize(("text", "word", "code"), [
    ("The Chadian Constitutional Council confirmed the results.", "Council", "TCDJUD"),
    ("The Constitutional Council of Gabon annulled the vote.", "Council", "GABJUD"),
])
def test_constitutional_council_is_a_court(resolver: ActorResolver, text: str, word: str, code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


def test_a_states_security_service_is_its_intelligence(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Belarus's Security Service detained a blogger.")
    assert covering(index, "Service").actor.code == "BLRSPY"


def test_plural_security_services_stay_security_forces(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Nigerian security services raided the compound.")
    assert covering(index, "services").actor.role == "COP"


def test_a_groups_supporters_are_that_group(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Police detained dozens of Zimbabwean opposition activists.")
    m = covering(index, "activists")
    assert m.actor.code == "ZWEOPP"


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Kenya's Senate voted to impeach Deputy President Ruth Wanjiru.", "Wanjiru", "KENGOV"),
    ("Peru's Congress ousted Vice President Ana Lopez on Thursday.", "Lopez", "PERGOV"),
    ("Malawi's electoral commission disqualified a former prime minister from the race.", "minister",
     "MWIELI"),
])
def test_office_holder_a_state_body_removes_is_its_own(resolver: ActorResolver, text: str, word: str,
                                                       code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


def test_named_office_holder_met_abroad_keeps_no_guessed_country(resolver: ActorResolver) -> None:
    # meeting someone is no act of control: a visiting vice president is as often foreign
    index = resolve_text(resolver, "Japan's prime minister met Vice President Ana Lopez in Tokyo.")
    m = covering(index, "Lopez")
    assert m.actor.country is None


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Peru's government and the Sendero Rojo armed group signed a truce.", "group", "PERREB"),
    ("The Mexican government and the rebels agreed to talk.", "rebels", "MEXREB"),
])
def test_group_joined_to_a_government_is_its_countrys(resolver: ActorResolver, text: str, word: str,
                                                      code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


def test_two_sides_leave_out_a_country_only_talked_about(resolver: ActorResolver) -> None:
    text = ("Peru's foreign minister received a phone call from his Chilean counterpart on efforts to resume "
            "trade talks with Bolivia, and the two sides agreed to meet soon.")
    index = resolve_text(resolver, text)
    sides = covering(index, "two sides")
    assert {a.country for a in sides.members} == {"PER", "CHL"}


def test_two_sides_still_named_when_only_topics_remain(resolver: ActorResolver) -> None:
    text = "Officials spoke on Monday about Kenya and Uganda, and the two sides agreed to reopen the border."
    index = resolve_text(resolver, text)
    assert {a.country for a in covering(index, "two sides").members} == {"KEN", "UGA"}


def test_body_of_the_sentence_not_of_its_subject_matter(resolver: ActorResolver) -> None:
    index = resolve_text(resolver, "Chile's president spoke on Monday about trade with Bolivia, and the "
                                   "ministry said a deal was near.")
    assert covering(index, "ministry").actor.code == "CHLGOV"
