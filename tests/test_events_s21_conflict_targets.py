"""Session 21: conflict acts (11-20) whose trigger matched but whose parties were lost, and a few
wordings of corporal punishment. A deposed head of state is a former official, not the government that
holds him; editors and correspondents are the media; the doer of a passive clause ("was rigged by the
ruling party") is who a claim or allegation accuses; a town a side threatens to seize is a threat of
occupation; caning and lashing are physical assault. Negatives keep their readings. Every sentence is
written for this file."""

from __future__ import annotations

import pytest

from _event_sets import coded_triples


def _codes(events: list) -> set[str]:
    return {e.cameo for e in events}


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The military government in Guinea has refused to release the deposed president.", "1243"),
        ("Soldiers in Niamey detained the toppled president on Wednesday.", "173"),
        ("Police in Dhaka arrested a former minister on Sunday.", "173"),
    ],
)
def test_deposed_and_former_leaders_are_former_officials(code, text: str, cameo: str) -> None:
    # a deposed leader no longer holds the office: a former official (ELI), not the sitting government
    pairs = coded_triples(code(text))
    assert any(c == cameo and t is not None and t.endswith("ELI") for c, _, t in pairs), pairs


@pytest.mark.parametrize(
    "text",
    [
        "Police in Lagos arrested an editor on Monday.",
        "Russia expelled two correspondents of a German broadcaster.",
    ],
)
def test_editors_and_correspondents_are_the_media(code, text: str) -> None:
    events = code(text)
    pairs = coded_triples(events)
    assert any(c[:2] == "17" and t is not None and t.endswith("MED") for c, _, t in pairs), pairs


def test_former_editors_stay_the_media(code) -> None:
    events = code("A court in Hong Kong convicted three former editors of an online news outlet of sedition.")
    pairs = coded_triples(events)
    assert any(c == "116" and t is not None and t.endswith("MED") for c, _, t in pairs), pairs


@pytest.mark.parametrize(
    "text",
    [
        "Authorities in Aceh publicly caned two men convicted of gambling.",
        "Iranian authorities lashed a blogger for insulting officials.",
    ],
)
def test_caning_and_lashing_are_physical_assault(code, text: str) -> None:
    assert "182" in _codes(code(text)), coded_triples(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leaders in Harare lashed out at the cabinet over the budget.",
        "The storm lashed the coast of Mozambique on Sunday.",
    ],
)
def test_lashing_out_and_weather_are_no_assault(code, text: str) -> None:
    assert "182" not in _codes(code(text)), coded_triples(code(text))


def test_threat_to_seize_a_named_town_is_a_threat_of_occupation(code) -> None:
    events = code("The M23 rebels threatened to seize Bukavu.")
    assert "1382" in _codes(events), coded_triples(events)


def test_threat_to_seize_ships_stays_a_threat_of_seizure(code) -> None:
    events = code("Iran threatened to seize British tankers in the Gulf.")
    codes = _codes(events)
    assert "1382" not in codes and "132" in codes, coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leaders in Kampala claimed the vote was rigged by the ruling party.",
        "Tehran alleged the attack was planned by Israel.",
    ],
)
def test_passive_doer_of_a_claim_is_accused(code, text: str) -> None:
    events = code(text)
    pairs = coded_triples(events)
    assert any(c[:3] == "112" and t is not None for c, _, t in pairs), pairs
    assert "015" not in _codes(events), pairs


def test_own_troops_named_by_a_claim_stay_a_claim(code) -> None:
    events = code("The army claimed the village was captured by its troops.")
    assert "112" not in _codes(events), coded_triples(events)


@pytest.mark.parametrize(
    ("text", "code_"),
    [
        ("The president of Malawi refused to step down despite calls from the opposition.", "1231"),
        ("Budapest refused to back down despite pressure from the European Union.", "124"),
    ],
)
def test_refusal_against_pressure_refuses_the_party_that_pressed(code, text: str, code_: str) -> None:
    events = code(text)
    pairs = coded_triples(events)
    assert any(c == code_ and t is not None for c, _, t in pairs), pairs


def test_refusal_to_budge_is_a_refusal_to_yield(code) -> None:
    events = code("Moscow refused to budge despite Washington's repeated demands.")
    assert "124" in _codes(events), coded_triples(events)


def test_refusal_to_give_aid_stays_a_refusal_of_aid(code) -> None:
    events = code("Kenya refused to give aid to Somalia.")
    codes = _codes(events)
    assert "122" in codes and "124" not in codes, coded_triples(events)


def test_deadline_given_by_its_date_is_an_ultimatum(code) -> None:
    events = code("The militia gave the government in Tripoli until Friday to meet its demands.")
    assert "139" in _codes(events), coded_triples(events)


def test_days_off_given_are_no_ultimatum(code) -> None:
    assert "139" not in _codes(code("The ministry gave its staff until Monday off.")), None


def test_threat_of_force_aims_where_the_force_would_fall(code) -> None:
    events = code("ECOWAS threatened military intervention in Niger.")
    pairs = coded_triples(events)
    assert any(c[:3] == "138" and t == "NER" for c, _, t in pairs), pairs


def test_reports_of_abuses_investigated_are_a_rights_inquiry(code) -> None:
    events = code("The UN rights office said it was investigating reports of executions by Russian forces.")
    assert "092" in _codes(events), coded_triples(events)


def test_reports_of_a_robbery_investigated_are_no_rights_inquiry(code) -> None:
    assert "092" not in _codes(code("Police in Lagos are investigating reports of a robbery.")), None


@pytest.mark.parametrize(
    "text",
    [
        "Transport workers in Nigeria began an indefinite strike on Monday.",
        "Doctors in Kenya started a strike over unpaid salaries.",
    ],
)
def test_strike_begun_by_workers_is_a_strike(code, text: str) -> None:
    assert "143" in _codes(code(text)), coded_triples(code(text))


def test_strikes_begun_by_an_air_force_stay_force(code) -> None:
    events = code("The Israeli air force began a wave of strikes on Hezbollah positions.")
    assert "143" not in _codes(events), coded_triples(events)
