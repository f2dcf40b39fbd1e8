"""Session 10 round 3 vocabulary: common wire-news wordings of CAMEO acts (phrasal verbs, light-verb
phrases and idioms) that the patterns now list, and the everyday senses of the same words that stay no
event."""

from __future__ import annotations

import pytest
from tests._events_fake import dyads, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "source", "root", "target"), [
    # 19: conventional force
    ("Russian artillery pummelled Ukrainian positions near Avdiivka.", "RUSMIL", "19", "UKR"),
    ("Ukrainian troops beat back a Russian offensive near Vuhledar.", "UKRMIL", "19", "RUS"),
    ("Nigerian soldiers fought off Boko Haram militants in Borno.", "NGAMIL", "19", "NGAREB"),
    ("Israeli forces fended off an attack by Hezbollah fighters.", "ISRMIL", "19", None),
    ("The Somali army routed al-Shabaab fighters from the town.", "SOMMIL", "19", "SOMREB"),
    ("Militants lobbed a grenade at a police station in Kashmir.", None, "19", None),
    ("Russian forces rained shells on Kharkiv overnight.", "RUSMIL", "19", "UKR"),
    ("Gunmen sprayed a Kenyan police convoy with bullets.", None, "19", "KENCOP"),
    # 17: repression, arrest
    ("Riot police blasted demonstrators with water cannon in Tbilisi.", None, "17", None),
    ("Kenyan police sprayed protesters with tear gas outside parliament.", "KENCOP", "17", None),
    ("Chinese police hauled in activists in Beijing.", "CHNCOP", "17", None),
    # 11: disapprove
    ("India took Canada to task over the killing claims.", "IND", "11", "CAN"),
    ("Russia poured scorn on the British sanctions.", "RUS", "11", "GBR"),
    ("Turkey rounded on Sweden over the Koran burning.", "TUR", "11", "SWE"),
    ("Beijing rapped Tokyo for its defence build-up.", None, "11", "JPN"),
    # 12: reject, veto
    ("Ankara slammed the door on Sweden's NATO bid.", None, "12", "SWE"),
    ("Germany closed the door on further talks with Iran.", "DEU", "12", "IRN"),
    ("Hungary scuppered an EU deal on aid to Ukraine.", "HUN", "12", None),
    ("Russia used its veto to block the Security Council resolution on Syria.", "RUS", "12", None),
    # 05: endorse
    ("Australia threw its weight behind Ukraine's peace plan.", "AUS", "05", "UKR"),
    # 14: protest against a policy
    ("Farmers marched against the government's land reform in Nairobi.", None, "14", None),
])
def test_wire_wording_codes_its_root(code, text: str, source: str | None, root: str,
                                     target: str | None) -> None:
    got = dyads(code(text))
    # actor codes are compared by prefix: the country (and role where given) the wording must carry
    assert any(r == root and (source is None or (s or "").startswith(source))
               and (target is None or (t or "").startswith(target)) for s, r, t in got), got


@pytest.mark.parametrize(("text", "cameo"), [
    ("Russian forces rained shells on Kharkiv overnight.", "194"),
    ("Riot police blasted demonstrators with water cannon in Tbilisi.", "175"),
    ("Gunmen sprayed a Kenyan police convoy with bullets.", "193"),
    ("Russia used its veto to block the Security Council resolution on Syria.", "129"),
    ("Farmers marched against the government's land reform in Nairobi.", "1412"),
])
def test_wire_wording_takes_the_specific_code(code, text: str, cameo: str) -> None:
    assert cameo in {c for _, c, _ in triples(code(text))}, triples(code(text))


@pytest.mark.parametrize("text", [
    "The ruling party routed the opposition in Sunday's election.",
    "The finance ministry hauled in record tax revenue last year.",
    "Fans sprayed the champions with champagne after the final.",
    "The singer rapped about life in Lagos.",
    "Police rapped on the door of the Kenyan embassy.",
    "Opposition lawmakers fired a barrage of questions at the Kenyan finance minister.",
])
def test_everyday_senses_are_no_event(code, text: str) -> None:
    assert all(r not in {"11", "12", "17", "19"} for _, r, _ in dyads(code(text))), dyads(code(text))


def test_protesters_torching_buildings_still_riot(code) -> None:
    got = dyads(code("Protesters torched police stations in Dhaka."))
    assert any(r == "14" for _, r, _ in got), got
