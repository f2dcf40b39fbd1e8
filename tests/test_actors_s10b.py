"""Session 10 round 2 resolver rules: a state's generic craft named by its nationality alone is that state;
craft named by a trade or a flag stay businesses."""

from __future__ import annotations

import pytest
from tests._actors_helpers import covering, resolve_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "word", "code"), [
    ("The Vietnamese navy said Chinese vessels had rammed a fishing boat near the Paracel Islands.",
     "vessels", "CHN"),
    ("Japan accused two Chinese ships of entering its territorial waters near the islands.", "ships", "CHN"),
    ("The coast guard fired water cannon at a Philippine supply boat near the reef.", "boat", "PHL"),
])
def test_state_craft_named_by_nationality_is_the_state(resolver, text: str, word: str, code: str) -> None:
    m = covering(resolve_text(resolver, text), word)
    assert m.actor.code == code and m.actor.role is None


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Chinese fishing boats were seized by the Indonesian navy on Tuesday.", "boats", "CHNBUS"),
    ("Rebels attacked a Greek cargo ship in the Red Sea.", "ship", "GRCBUS"),
])
def test_craft_named_by_trade_stays_business(resolver, text: str, word: str, code: str) -> None:
    assert covering(resolve_text(resolver, text), word).actor.code == code


def test_crew_given_vessel_stays_business(resolver) -> None:
    # the country comes from the fishermen, not a nationality written on the boats
    index = resolve_text(resolver, "Indian police arrested 12 Sri Lankan fishermen and seized their boats.")
    assert covering(index, "boats").actor.role == "BUS"


@pytest.mark.parametrize(("text", "tail"), [
    ("The Emir Nasser Development and Relief Centre sent tents to families in Chad.", "Relief Centre"),
    ("The Queen Amina Education and Health Foundation opened a clinic in Niger.", "Health Foundation"),
])
def test_body_name_tail_is_no_person(resolver, text: str, tail: str) -> None:
    index = resolve_text(resolver, text)
    assert not any(m.actor.kind == "person" and tail in m.text for m in index.mentions), \
        [(m.text, m.actor.code) for m in index.mentions]


def test_person_name_still_a_person(resolver) -> None:
    index = resolve_text(resolver, "Maria Santos said the army had withdrawn.")
    assert covering(index, "Maria").actor.code == "CVL"


@pytest.mark.parametrize(("text", "word", "code"), [
    ("President Paul Kagame sent condolences to the people and government of Malawi after the floods.",
     "people", "MWI"),
    ("Kenya's president thanked the government and people of Japan for their support.", "government", "JPN"),
])
def test_people_and_government_of_a_country_are_the_nation(resolver, text: str, word: str, code: str) -> None:
    m = covering(resolve_text(resolver, text), word)
    assert m.actor.code == code and m.actor.role is None


def test_coordinated_role_takes_shared_of_country(resolver) -> None:
    index = resolve_text(resolver, "The minister praised the farmers and traders of Ghana for their "
                                   "patience.")
    assert covering(index, "farmers").actor.country == "GHA"


def test_role_with_own_nationality_keeps_it(resolver) -> None:
    index = resolve_text(resolver, "Ugandan civilians and soldiers of Kenya met at the border.")
    assert covering(index, "civilians").actor.country == "UGA"
