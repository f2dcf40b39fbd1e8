"""Session 9 party mechanisms, third pass: the one a court finds guilty in a small clause and the
legislature a vetoed bill came from."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _dyads(events: list) -> set[tuple[str, str | None, str]]:
    return {(e.source.actor.code, e.target.actor.code if e.target else None, e.root) for e in events}


@pytest.mark.parametrize(("text", "target"), [
    ("A court in Lagos found two police officers guilty of murder on Tuesday.", "NGACOP"),
    ("A tribunal in Nairobi found three Kenyan soldiers guilty of looting.", "KENMIL"),
])
def test_found_guilty_targets_the_one_the_adjective_is_said_of(code: Callable[[str], list], text: str,
                                                                target: str) -> None:
    dyads = _dyads(code(text))
    assert any(t == target and root == "11" for _, t, root in dyads), dyads


@pytest.mark.parametrize(("text", "target"), [
    ("The Kenyan president vetoed a bill on land reform on Monday.", "KENLEG"),
    ("Peru's president vetoed a law that would have cut pensions.", "PERLEG"),
])
def test_a_vetoed_bill_is_aimed_at_the_legislature(code: Callable[[str], list], text: str,
                                                   target: str) -> None:
    dyads = _dyads(code(text))
    assert any(t == target and root == "12" for _, t, root in dyads), dyads


def test_a_vetoed_bill_named_with_its_passer_keeps_it(code: Callable[[str], list]) -> None:
    dyads = _dyads(code("Chile's president vetoed a bill passed by Congress last week."))
    assert any(t is not None and t.endswith("LEG") and root == "12" for _, t, root in dyads), dyads


def test_a_legislature_vetoing_gets_no_implied_legislature(code: Callable[[str], list]) -> None:
    dyads = _dyads(code("Lawmakers in Ghana vetoed a bill on mining."))
    assert not any(t is not None and t.endswith("LEG") for _, t, _r in dyads), dyads


@pytest.mark.parametrize(("text", "target"), [
    ("Farmers blocked a highway near Cusco on Monday, and police used tear gas to clear it.", "PERAGR"),
    ("Dockworkers occupied the port of Mombasa, and Kenyan police used water cannon to remove them.",
     "KENLAB"),
])
def test_force_joined_to_a_protest_clause_targets_the_crowd(code: Callable[[str], list], text: str,
                                                             target: str) -> None:
    dyads = _dyads(code(text))
    assert any(s.endswith("COP") and t == target for s, t, _r in dyads), dyads


def test_force_beside_a_clause_of_another_state_body_takes_no_crowd(code: Callable[[str], list]) -> None:
    dyads = _dyads(code("The ministry closed the border near Cusco, and police used tear gas on Monday."))
    assert not any(s.endswith("COP") and t is not None and t.endswith("GOV") for s, t, _r in dyads), dyads


@pytest.mark.parametrize(("text", "target"), [
    ("Opposition parties in Nepal threatened to file a censure motion against the cabinet.", "NPLGOV"),
    ("Ghana's opposition threatened to table a motion against the finance minister.", "GHAGOV"),
])
def test_a_threatened_uncoded_act_is_aimed_at_its_object_phrase(code: Callable[[str], list], text: str,
                                                               target: str) -> None:
    dyads = _dyads(code(text))
    assert any(t == target and root == "13" for _, t, root in dyads), dyads


def test_a_leader_of_the_opposition_is_no_government_target(code: Callable[[str], list]) -> None:
    dyads = _dyads(code("A court in Karachi jailed a senior leader of the opposition for five years."))
    assert any(s == "PAKJUD" and t == "PAKOPP" for s, t, _r in dyads), dyads


def test_a_candidate_barred_by_a_court_is_the_target(code: Callable[[str], list]) -> None:
    dyads = _dyads(code("The electoral court in Lima barred a presidential candidate from the vote."))
    assert any(s == "PERJUD" and t == "PERCVL" for s, t, _r in dyads), dyads


@pytest.mark.parametrize("text", [
    "Kurdish fighters fought Islamic State militants near Deir ez-Zor in Syria on Sunday.",
    "Jabhat al-Nusra fighters clashed with Islamic State militants in Syria's Aleppo province.",
    "The Iraqi army and Shiite militias fought Islamic State militants in Iraq's Anbar province.",
    "Al-Shabaab militants attacked clan militias in Somalia's Hiraan region.",
])
def test_two_groups_sharing_a_code_are_two_parties(code: Callable[[str], list], text: str) -> None:
    # both are the country's rebels, but different groups: the one acts on the other
    dyads = _dyads(code(text))
    assert any(s == t and root in ("19", "18") for s, t, root in dyads), dyads


def test_two_named_groups_of_one_code_clash_both_ways(code: Callable[[str], list]) -> None:
    events = [e for e in code("FARC rebels and the ELN clashed in the province of Arauca on Monday.")
              if e.target is not None]
    names = {(e.source.actor.name, e.target.actor.name) for e in events if e.root == "19"}
    assert {("FARC", "ELN"), ("ELN", "FARC")} <= names, names


@pytest.mark.parametrize("text", [
    "Somali troops killed 12 al-Shabaab militants near Kismayo, and the militants fled into the bush.",
    "Al-Shabaab said its fighters had attacked an African Union base near Mogadishu.",
    "The Houthis said their fighters had shot down a Saudi drone over Marib.",
])
def test_a_group_and_its_own_fighters_are_one_party(code: Callable[[str], list], text: str) -> None:
    assert not any(s == t for s, t, _ in _dyads(code(text)))


@pytest.mark.parametrize(("text", "root"), [
    ("Insurgents linked to the Islamic State killed ten villagers in Mozambique's Cabo Delgado province.",
     "18"),
    ("Gunmen linked to Boko Haram attacked a police station in Kano on Sunday.", "19"),
])
def test_a_participle_of_affiliation_misread_as_the_main_verb(code: Callable[[str], list], text: str,
                                                               root: str) -> None:
    # "linked to X" describes the subject; the act after it is the subject's, not a clause with no doer
    events = code(text)
    assert any(e.root == root and e.source.actor.code not in ("IMG", "NGAREB") for e in events), \
        [(e.source.actor.code, e.root) for e in events]


# A demand, criticism, rejection or threat by a country's own people aimed at a thing only a state
# makes, with no owner written, targets that state's organ (CAMEO codes the thing's author).
@pytest.mark.parametrize(("text", "target", "root"), [
    ("Tanzania's main opposition party rejected the election results, citing fraud.", "TZAGOV", "12"),
    ("Zimbabwe's main opposition party rejected the outcome of the vote.", "ZWEGOV", "12"),
    ("The election results were rejected by Uganda's opposition.", "UGAGOV", "12"),
    ("Honduran opposition leader Salvador Nasralla refused to accept the election results.", "HNDGOV", "12"),
    ("Georgian opposition parties denounced the foreign agents law.", "GEOGOV", "11"),
    ("Nicaraguan opposition groups condemned the curfew.", "NICGOV", "11"),
    ("Pakistani opposition leader Imran Khan rejected the verdict.", "PAKJUD", "12"),
    ("Uganda's opposition threatened to reject the results of the vote.", "UGAGOV", "13"),
    ("Georgia's opposition said it would not recognise the election results.", "GEOGOV", "12"),
    ("Sri Lankan activists denounced the emergency regulations.", "LKAGOV", "11"),
    ("Peru's Constitutional Court rejected the decree.", "PERGOV", "12"),
])
def test_a_state_made_thing_with_no_owner_aims_at_the_doers_own_state(
        code: Callable[[str], list], text: str, target: str, root: str) -> None:
    dyads = _dyads(code(text))
    assert any(t == target and r == root for _, t, r in dyads), dyads


@pytest.mark.parametrize("text", [
    "The European Union rejected the election results.",
    "The Kenyan government rejected the new law.",
    "Kenya rejected the election results.",
    "Kenya's parliament rejected the new law.",
    "Belarus's opposition does not recognise the outcome of the vote.",
    "Investors rejected the results of the audit.",
    "Kenyan fans rejected the ban imposed by the football club.",
    "Kenyan cyclists rejected the race results.",
    "Police fired tear gas at protesters who gathered outside parliament to oppose a new Kenyan tax bill.",
])
def test_no_implied_state_for_foreign_state_or_private_things(code: Callable[[str], list], text: str) -> None:
    dyads = _dyads(code(text))
    assert not any(r in ("10", "11", "12", "13") and t is not None and t.endswith(("GOV", "LEG"))
                   for _, t, r in dyads), dyads
