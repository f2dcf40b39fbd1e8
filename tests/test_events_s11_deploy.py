"""Forces, police, teams and ships sent somewhere are coded by where and for whom they go (session 11):
a mission or a purpose of help abroad is protection (074), a posture toward a border or a party stays
a show of force (154), police at home stay police power (153), medical ships are humanitarian aid (073)."""

from __future__ import annotations

import pytest

from _events_fake import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ghana deployed 400 troops to the United Nations mission in South Sudan.", "GHA", "SSD"),
        ("Fiji announced the deployment of 180 soldiers to Lebanon on a peacekeeping mission.", "FJI", "LBN"),
        ("Kosovo is sending a platoon to Kuwait, its first part in an international peacekeeping mission.",
         "KSV", "KWT"),
    ],
)
def test_forces_sent_to_a_mission_provide_protection(code, text: str, source: str, target: str) -> None:
    assert (source, "074", target) in triples(code(text))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Norway deployed 200 soldiers to Lithuania to help defend the Baltic region.", "NOR", "LTU"),
        ("Uganda sent troops to Somalia to support the government against al-Shabaab.", "UGA", "SOM"),
        ("Britain deployed 400 soldiers to Estonia to bolster NATO's eastern flank.", "GBR", "EST"),
    ],
)
def test_forces_sent_abroad_to_help_provide_protection(code, text: str, source: str, target: str) -> None:
    coded = triples(code(text))
    assert (source, "074", target) in coded
    assert not any(c == "154" for _, c, _ in coded)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Spain deployed 50 police officers to Mauritania.", "ESP", "MRT"),
        ("Kenya deployed police officers to Haiti to lead the multinational security mission.", "KEN", "HTI"),
    ],
)
def test_police_sent_abroad_serve_their_host(code, text: str, source: str, target: str) -> None:
    coded = triples(code(text))
    assert (source, "074", target) in coded
    assert not any(c == "153" for _, c, _ in coded)


def test_police_deployed_at_home_stay_police_power(code) -> None:
    coded = triples(code("Peru deployed 2,000 police officers to Lima ahead of the protests."))
    assert any(s == "PER" and c == "153" for s, c, _ in coded)
    assert not any(c == "074" for _, c, _ in coded)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Armenia deployed troops along its border with Azerbaijan.", "ARM", "AZE"),
        ("Greece deployed soldiers to the frontier facing Turkey.", "GRC", "TUR"),
        ("Vietnam deployed more troops facing China.", "VNM", "CHN"),
        ("India deployed troops to the Line of Actual Control facing China.", "IND", "CHN"),
    ],
)
def test_a_posture_toward_a_party_is_a_show_of_force(code, text: str, source: str, target: str) -> None:
    coded = triples(code(text))
    assert (source, "154", target) in coded
    assert not any(c in ("074", "062") for _, c, _ in coded)


def test_forces_deployed_with_no_counterpart_show_force(code) -> None:
    assert ("PAK", "154", None) in triples(code("Pakistan deployed more troops."))


def test_squadrons_and_frigates_sent_are_coded(code) -> None:
    assert any(s == "GBR" and c in ("154", "074") and t == "ROM"
               for s, c, t in triples(code("Britain will send two fighter squadrons to Romania.")))
    assert ("EGY", "154", None) in triples(code("Egypt dispatched two frigates to the Red Sea."))


def test_a_hospital_ship_dispatched_is_humanitarian_aid(code) -> None:
    assert ("DEU", "073", "LBY") in triples(code("Germany dispatched a hospital ship to Libya."))


def test_an_announced_deployment_to_help_is_an_intent_to_protect(code) -> None:
    text = "Sweden will send 100 troops to Latvia to bolster NATO's defences, the defence minister said."
    assert ("SWE", "0334", "LVA") in triples(code(text))


def test_planners_sent_abroad_stay_military_cooperation(code) -> None:
    text = "Denmark will send a team of military planners to Kyiv to prepare for a reassurance force."
    coded = triples(code(text))
    assert any(s == "DNK" and c[:2] in ("03", "06") for s, c, _ in coded)
    assert not any(c in ("074", "0334") for _, c, _ in coded)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("NATO deployed additional fighter jets to Poland.", "NAT", "POL"),
        ("The African Union sent 2,000 troops to Somalia.", "AFU", "SOM"),
    ],
)
def test_an_alliance_sends_forces_to_protect(code, text: str, source: str, target: str) -> None:
    assert (source, "074", target) in triples(code(text))


def test_an_alliance_facing_a_border_shows_force(code) -> None:
    coded = triples(code("NATO deployed troops along the border with Russia."))
    assert ("NAT", "154", "RUS") in coded
    assert not any(c == "074" for _, c, _ in coded)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Chad sent soldiers to help Niger against the jihadists.", "TCD", "NER"),
        ("The Southern African Development Community deployed a force of 900 troops to support Lesotho.",
         "SAD", "LSO"),
    ],
)
def test_whom_the_forces_go_to_help_is_the_target(code, text: str, source: str, target: str) -> None:
    coded = triples(code(text))
    assert (source, "074", target) in coded, coded
    assert not any(t is not None and t.endswith("MIL") for _, _, t in coded)
