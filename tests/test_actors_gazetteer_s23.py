"""Session 23 gazetteer: frontline towns of current wars resolve to their state, and armed groups, militias,
juntas and missions often in the news resolve to their codes, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests._actors_helpers import covering, resolve_text

from triadic.actors import ActorResolver

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Syrian government forces besieged Madaya for months.", "Madaya", "SYR"),
    ("Russian glide bombs struck Kurakhove and Selydove overnight.", "Kurakhove", "UKR"),
    ("Ukrainian drones hit an ammunition depot in Valuyki.", "Valuyki", "RUS"),
    ("Missiles struck Feodosia port overnight.", "Feodosia", "UKR"),
    ("The RSF shelled Ardamata on the edge of El Geneina.", "Ardamata", "SDN"),
    ("Israeli strikes hit Aitaroun overnight.", "Aitaroun", "LBN"),
    ("Kafanchan residents fled the gunmen.", "Kafanchan", "NGA"),
    ("Rebels took Minembwe after two days of fighting.", "Minembwe", "COD"),
])
def test_frontline_towns_are_their_states(resolver: ActorResolver, text: str, word: str,
                                          country: str) -> None:
    assert covering(resolve_text(resolver, text, date(2024, 9, 1)), word).actor.country == country


@pytest.mark.parametrize(("text", "word", "day", "code"), [
    ("Africa Corps troops attacked rebels in northern Mali.", "Africa Corps", date(2024, 7, 27), "RUSMIL"),
    ("The Azov Brigade repelled a Russian assault near Toretsk.", "Azov", date(2024, 8, 1), "UKRMIL"),
    ("ISIS-K gunmen attacked a concert hall outside Moscow.", "ISIS-K", date(2024, 3, 23), "IMG"),
    ("The Qassam Brigades fired rockets at Ashkelon.", "Qassam", date(2023, 10, 9), "HMS"),
    ("Mai-Mai militiamen killed six villagers in Lubero territory.", "Mai-Mai", date(2024, 2, 11), "CODREB"),
    ("Ansaru gunmen kidnapped dozens of villagers in Kaduna State.", "Ansaru", date(2022, 8, 10), "NGAREB"),
    ("The Three Brotherhood Alliance captured Lashio from the junta.", "Brotherhood", date(2024, 8, 3),
     "MMRREB"),
    ("Colombian troops clashed with Segunda Marquetalia dissidents in Narino.", "Marquetalia",
     date(2023, 5, 3), "COLREB"),
    ("Haitian police fought Gran Grif gang members in the Artibonite.", "Gran Grif", date(2024, 10, 5),
     "HTICRM"),
    ("KFOR troops clashed with Serb protesters in Zvecan.", "KFOR", date(2023, 5, 29), "NAT"),
    ("Somali forces and AUSSOM troops drove the militants out of the town.", "AUSSOM", date(2025, 3, 10),
     "AFU"),
    ("Jaish al-Adl militants killed border guards in Sistan-Baluchestan.", "Jaish al-Adl", date(2024, 4, 4),
     "IRNREB"),
    ("Yemen's Presidential Leadership Council accused the Houthis of shelling Taiz.",
     "Presidential Leadership Council", date(2023, 4, 16), "YEMGOV"),
    ("Malian soldiers, known as FAMa, retook Kidal from the rebels.", "FAMa", date(2023, 11, 14), "MLIMIL"),
])
def test_armed_groups_and_missions(resolver: ActorResolver, text: str, word: str, day: date,
                                   code: str) -> None:
    assert covering(resolve_text(resolver, text, day), word).actor.code == code


def test_junta_name_only_after_the_coup(resolver: ActorResolver) -> None:
    text = "The CNSP expelled the French ambassador."
    assert covering(resolve_text(resolver, text, date(2023, 9, 1)), "CNSP").actor.code == "NERGOV"
    before = resolve_text(resolver, text, date(2019, 9, 1))
    assert all(m.actor.code != "NERGOV" for m in before.mentions)


def test_sea_of_azov_is_no_brigade(resolver: ActorResolver) -> None:
    idx = resolve_text(resolver, "Russian warships sailed into the Sea of Azov.", date(2024, 3, 1))
    assert all(m.actor.code != "UKRMIL" for m in idx.mentions)
