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


# Session 14: further wire wordings of coercion, intent, reduced relations, disapproval, rejection,
# yielding, aid, force posture, mass violence and protest, each with an everyday sense kept out.
@pytest.mark.parametrize(("text", "cameo"), [
    ("The government issued a detention order against the Kashmiri journalist.", "173"),
    ("Indian authorities imposed an internet blackout in Manipur.", "1721"),
    ("Russia blocked access to Instagram.", "1721"),
    ("Saudi Arabia imposed a travel ban on the activist's family.", "172"),
    ("Myanmar's junta dissolved the National League for Democracy.", "1722"),
    ("Thailand forcibly repatriated 40 Uyghurs to China.", "174"),
    ("Police raided the hostel of the university in Dhaka.", "170"),
    ("The Chinese government placed Uyghurs in re-education camps.", "173"),
    ("Police sealed the office of the newspaper in Karachi.", "172"),
    ("Chad cut military cooperation with France.", "160"),
    ("The EU put cooperation with Niger on ice.", "160"),
    ("Russia signalled openness to a prisoner exchange.", "030"),
    ("Britain is keen on a trade deal with India.", "030"),
    ("Nigeria knocks US over visa restrictions.", "111"),
    ("Washington came down heavily on Kampala over the anti-gay law.", "111"),
    ("Israel nixes Biden's ceasefire proposal.", "120"),
    ("Ethiopia snubbed the African Union's peace initiative.", "120"),
    ("The government unblocked social media sites.", "0811"),
    ("Pakistan handed over the captured Indian pilot.", "0841"),
    ("Saudi Arabia rolled over a $3 billion deposit with Pakistan.", "071"),
    ("China wrote off interest-free loans to 17 African countries.", "071"),
    ("Iran unveiled a new hypersonic missile.", "150"),
    ("The US positioned a second carrier strike group in the Gulf.", "154"),
    ("ISIS militants executed dozens of Yazidi men.", "202"),
    ("Pakistani traders observed a shutter-down strike against taxes.", "143"),
    ("Supporters of Imran Khan set fire to a military building.", "145"),
    ("Plainclothes officers bundled the activist into an unmarked van.", "173"),
    ("Washington poured cold water on the French proposal for peacekeepers.", "120"),
    ("Beijing took umbrage at the G7 communique.", "111"),
])
def test_session14_wordings_take_their_code(code, text: str, cameo: str) -> None:
    assert cameo in {c for _, c, _ in triples(code(text))}, triples(code(text))


@pytest.mark.parametrize(("text", "roots"), [
    ("Protesters blocked access to the airport in Nairobi.", {"17"}),
    ("She attached a photo to the email.", {"17"}),
    ("The team sealed the victory in the last minute.", {"17"}),
    ("The boxer knocked his rival over with a left hook.", {"11"}),
    ("The photographer thumbed through the album.", {"12"}),
    ("Apple unveiled a new iPhone.", {"15"}),
    ("The chef put the champagne on ice.", {"16"}),
    ("Debtors rolled over their credit card balances.", {"07"}),
    ("Engineers unblocked the drain.", {"08"}),
    ("Iran executed two men convicted of drug smuggling.", {"20"}),
    ("Muslims observed the fast during Ramadan.", {"14"}),
    ("The mother bundled the children into the car.", {"17"}),
    ("The fans waved off the team bus.", {"12"}),
    ("The company called a shutdown of the plant for maintenance.", {"14"}),
])
def test_session14_everyday_senses_stay_out(code, text: str, roots: set[str]) -> None:
    assert not roots & {r for _, r, _ in dyads(code(text))}, dyads(code(text))


def test_police_tear_gassing_a_crowd_is_repression_not_a_chemical_attack(code) -> None:
    # the tokenizer splits "tear-gassed" at the hyphen; the whole word is looked up, not "gas"
    got = {c for _, c, _ in triples(code("Kenyan police tear-gassed and arrested opposition supporters."))}
    assert "175" in got and not {c for c in got if c.startswith("20")}, got
