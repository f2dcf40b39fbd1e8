"""Session 17 leader tables for Africa, the Middle East, Central Asia and the Caucasus: heads of state and
government, ministers, army chiefs, opposition and armed-group leaders resolve to their country and role on
the article's date; outside the term they are private people; a common word or name is no leader."""

from __future__ import annotations

from datetime import date

import pytest
from tests._actors_helpers import covering, resolve_text

from triadic.actors import ActorResolver

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "word", "day", "code"), [
    ("Hichilema accused the ruling party of stoking violence ahead of the vote.", "Hichilema",
     date(2019, 5, 2), "ZMBOPP"),
    ("Hemedti met Egyptian officials in Cairo on Tuesday.", "Hemedti", date(2022, 3, 1), "SDNGOV"),
    ("Hemedti rejected the army's call for talks.", "Hemedti", date(2024, 3, 1), "SDNREB"),
    ("Raila Odinga accused the electoral commission of fraud.", "Odinga", date(2017, 6, 10), "KENOPP"),
    ("Rwandan Foreign Minister Vincent Biruta rejected the accusations.", "Biruta", date(2022, 11, 5),
     "RWAGOV"),
    ("Bertrand Bisimwa said the rebels would not withdraw from Goma.", "Bisimwa", date(2024, 2, 10),
     "CODREB"),
    ("Muhoozi threatened to send troops across the border.", "Muhoozi", date(2024, 6, 10), "UGAMIL"),
    ("Khalifa Haftar ordered his troops to advance on the capital.", "Haftar", date(2019, 4, 10), "LBYMIL"),
    ("Choguel Maiga accused France of arming terrorists.", "Choguel", date(2022, 10, 5), "MLIGOV"),
    ("Kemal Kilicdaroglu criticised the government over the economy.", "Kilicdaroglu", date(2020, 5, 1),
     "TUROPP"),
    ("Azerbaijani Defence Minister Zakir Hasanov threatened to strike Armenian cities.", "Hasanov",
     date(2020, 10, 5), "AZEGOV"),
    ("Abdul-Malik al-Houthi vowed to keep attacking ships in the Red Sea.", "Houthi", date(2024, 1, 12),
     "YEMREB"),
])
def test_regional_leaders_on_the_day(resolver: ActorResolver, text: str, word: str, day: date,
                                     code: str) -> None:
    assert covering(resolve_text(resolver, text, day), word).actor.code == code


@pytest.mark.parametrize(("text", "word", "day", "code"), [
    ("Moussa Faki called for a ceasefire in the region.", "Faki", date(2020, 2, 10), "AFU"),
    ("Tedros Adhanom urged donors to fund the response.", "Tedros", date(2019, 5, 2), "WHO"),
    ("Tedros Adhanom met the Sudanese envoy.", "Tedros", date(2014, 5, 2), "ETHGOV"),
])
def test_organisation_heads_and_earlier_offices(resolver: ActorResolver, text: str, word: str, day: date,
                                         code: str) -> None:
    assert covering(resolve_text(resolver, text, day), word).actor.code == code


@pytest.mark.parametrize(("text", "word"), [
    ("Residents of Masisi fled the fighting on Tuesday.", "Masisi"),
    ("Talon Energy signed the contract with the ministry.", "Talon"),
])
def test_place_and_company_names_are_no_leader(resolver: ActorResolver, text: str, word: str) -> None:
    hits = [m for m in resolve_text(resolver, text, date(2020, 6, 1)).mentions if word in m.text]
    assert all(m.actor.code not in ("BWAGOV", "BENGOV") for m in hits)
