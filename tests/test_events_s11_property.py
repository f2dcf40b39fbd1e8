"""Taking property by force (session 11): looting or ransacking by soldiers, militias or gunmen seizes the
owners' property (171, aimed at whose it is); the same verbs done by protesters, rioters or a mob stay a
violent protest (145)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _coded(code, text: str) -> list[tuple[str, str | None]]:
    return [(e.cameo, e.target.actor.code if e.target else None) for e in code(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Armed men looted the offices of the aid agency in Juba.",
        "Soldiers ransacked the home of the opposition leader in Harare.",
        "Sudanese paramilitaries looted the headquarters of the World Food Programme in Khartoum.",
        "Militants ransacked the offices of Medecins Sans Frontieres in northern Mali.",
        "Russian forces looted Kherson before retreating.",
    ],
)
def test_looting_by_armed_men_seizes_property(code, text: str) -> None:
    coded = _coded(code, text)
    assert any(c == "171" and t is not None for c, t in coded), coded
    assert all(c[:3] != "145" for c, _ in coded), coded


@pytest.mark.parametrize(
    "text",
    [
        "Protesters looted shops in downtown Lagos.",
        "Rioters ransacked supermarkets in Johannesburg.",
        "Demonstrators looted stores in Santiago after the rally.",
        "A mob ransacked the offices of the ruling party in Dhaka.",
    ],
)
def test_looting_by_crowds_stays_a_riot(code, text: str) -> None:
    coded = _coded(code, text)
    assert any(c == "145" for c, _ in coded), coded
    assert all(c != "171" for c, _ in coded), coded


@pytest.mark.parametrize(
    "text",
    [
        "Chinese coast guard ships blocked Philippine supply boats from reaching the reef.",
        "Iranian gunboats barred a British tanker from leaving the port.",
        "Indian soldiers blocked a Chinese patrol from entering the disputed valley.",
        "Israeli soldiers barred Palestinian farmers from reaching their olive groves.",
    ],
)
def test_forces_keeping_a_party_from_moving_restrict_movement(code, text: str) -> None:
    coded = _coded(code, text)
    assert any(c == "191" and t is not None for c, t in coded), coded
    assert all(c not in ("1223", "172") for c, _ in coded), coded


@pytest.mark.parametrize(
    "text",
    [
        "The United States blocked aid to Gaza.",
        "Hungary blocked EU aid for Ukraine.",
    ],
)
def test_blocking_aid_without_forces_or_movement_is_not_a_blockade(code, text: str) -> None:
    assert all(c != "191" for c, _ in _coded(code, text))


@pytest.mark.parametrize(
    "text",
    [
        "Journalists reported on the protests.",
        "Police detained three journalists who report on the protests in Tbilisi.",
        "Activists filmed the demonstration outside parliament.",
    ],
)
def test_reporters_of_an_event_are_not_its_doers(code, text: str) -> None:
    assert all(c[:2] != "14" for c, _ in _coded(code, text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Witnesses reported protests by students in Tehran.", "EDU"),
        ("A BBC crew filmed the clashes between police and demonstrators.", "COP"),
    ],
)
def test_doers_named_in_the_reported_event_keep_it(code, text: str, source: str) -> None:
    assert any(e.cameo[:2] in ("14", "19") and source in e.source.actor.code for e in code(text))


# Session 16: ground an armed movement takes at home with no holder named was its own state's.
@pytest.mark.parametrize(("text", "target"), [
    ("Kachin rebels captured a hilltop outpost near the Chinese border.", "MMRMIL"),
    ("Syrian rebels seized a town in the north.", "SYR"),
])
def test_ground_taken_by_rebels_is_taken_from_their_state(code, text: str, target: str) -> None:
    evs = [e for e in code(text) if e.cameo.startswith("19")]
    assert target in {e.target.actor.code for e in evs if e.target}, [(e.cameo, e.rule) for e in code(text)]


@pytest.mark.parametrize("text", [
    "The army captured a rebel outpost in the north.",
    "Rebels captured an outpost near the border, Thai officials said.",
])
def test_ground_taken_names_no_holder_otherwise(code, text: str) -> None:
    evs = [e for e in code(text) if e.cameo.startswith("19") and e.target is not None]
    assert not [e for e in evs if e.target.actor.code.endswith("MIL")], [(e.cameo, e.rule) for e in evs]


# ---- session 20 (missing triggers of 16/17): theft, torching by armed doers, ports closed to a
# country's ships, people hauled off by the police

@pytest.mark.parametrize(("text", "code_"), [
    ("Hackers working for Pyongyang stole design files from a South Korean shipbuilder.", "171"),
    ("Armed herders stole cattle from villagers in Jonglei state.", "171"),
    ("Gunmen robbed a bank in Kano on Monday.", "171"),
    ("Militants torched a police station in Khyber Pakhtunkhwa overnight.", "1712"),
    ("Greece banned Turkish trawlers from its ports.", "163"),
    ("Riot police hauled away dozens of protesters from the square in Minsk.", "173"),
])
def test_missing_triggers_of_seizure_embargo_and_arrest(code, text: str, code_: str) -> None:
    assert code_ in {e.cameo for e in code(text)}, _coded(code, text)


def test_crowd_torching_stays_a_riot(code) -> None:
    assert "145" in {e.cameo for e in code("Protesters torched two buses in Nairobi.")}


@pytest.mark.parametrize("text", [
    "The young forward stole the show in Madrid on Saturday.",
    "The team hauled off the trophy after a dramatic final.",
    "Chile banned the Venezuelan official from entering the country.",
])
def test_idioms_and_people_bans_are_no_theft_or_embargo(code, text: str) -> None:
    roots = {e.cameo for e in code(text)}
    assert not roots & {"171", "163", "173"}, _coded(code, text)


@pytest.mark.parametrize("text", [
    "Kyrgyzstan said it would terminate its extradition treaty with Kazakhstan.",
    "Burkina Faso's junta scrapped its defence accords with Paris.",
    "Moscow pulled out of its friendship treaty with Tbilisi.",
])
def test_a_cooperation_treaty_ended_reduces_relations(code, text: str) -> None:
    assert "160" in {e.cameo for e in code(text)}, _coded(code, text)


@pytest.mark.parametrize("text", [
    "Washington pulled out of the nuclear deal with Tehran.",
    "The rebels withdrew from the peace agreement with the government.",
])
def test_a_settlement_left_stays_a_rejection(code, text: str) -> None:
    assert "127" in {e.cameo for e in code(text)}, _coded(code, text)
