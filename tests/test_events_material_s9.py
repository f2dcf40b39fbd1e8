"""Session 9, round 3: material acts. A vehicle's or weapon's contents clause names what it carries
like an "of" phrase ("a convoy of lorries carrying rice" is food aid, 073; "shells filled with sarin"
a chemical attack, 2041); a count in figures meets a pattern's count word ("forced 40,000 migrants to
leave the country" is a mass expulsion, 201), while a plain deportation of many stays 174; an
extended deployment of troops abroad protects (074); a lender unlocking or releasing a loan gives
economic aid (071); a noun pattern may ask what the noun is of ("killing +of:protester" is
repression, 175; "use +of:chlorine" a chemical attack, 2041; "deployment +of:peacekeeper" 074).
Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _codes(events: list) -> set[str]:
    return {e.cameo for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Turkey sent a convoy of lorries carrying rice and flour into Syria on Monday.",
        "Qatar sent forty trucks loaded with food to Lebanon.",
        "Egypt sent a convoy of trucks carrying medicine into Sudan.",
    ],
)
def test_vehicles_carrying_aid_are_aid(code, text: str) -> None:
    assert "073" in _codes(code(text)), _codes(code(text))


def test_vehicles_carrying_nothing_named_are_no_aid(code) -> None:
    events = code("Turkey sent a convoy of lorries carrying passengers into Syria on Monday.")
    assert "073" not in _codes(events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Syrian government forces fired shells filled with sarin at rebels near Hama.",
        "The Syrian air force dropped barrel bombs filled with chlorine on rebels in Idlib.",
        "Russian troops used grenades loaded with chloropicrin against Ukrainian soldiers.",
    ],
)
def test_munitions_filled_with_an_agent_are_a_chemical_attack(code, text: str) -> None:
    events = code(text)
    assert "2041" in _codes(events), _codes(events)


def test_plain_shelling_stays_conventional(code) -> None:
    events = code("Syrian government forces fired shells filled with shrapnel at rebels near Hama.")
    assert "2041" not in _codes(events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Iran forced 50,000 Afghan migrants to leave the country in May.",
        "Iraqi authorities forcibly deported more than 30,000 Syrians last month.",
        "Libya forced 2 million Sudanese refugees to leave the country.",
    ],
)
def test_many_forced_out_is_mass_expulsion(code, text: str) -> None:
    events = code(text)
    assert "201" in _codes(events), _codes(events)
    assert "174" not in _codes(events), _codes(events)


def test_plain_deportation_of_many_stays_an_expulsion_of_individuals(code) -> None:
    events = code("Iraqi authorities deported more than 30,000 Syrians last month.")
    assert "174" in _codes(events) and "201" not in _codes(events), _codes(events)


def test_few_forced_out_stay_expelled_individuals(code) -> None:
    events = code("Iran forced two Afghan diplomats to leave the country.")
    assert "201" not in _codes(events), _codes(events)


def test_extended_deployment_abroad_is_protection(code) -> None:
    events = code("Uganda extended the deployment of its troops in Somalia for another year.")
    assert "074" in _codes(events), _codes(events)
    assert "154" not in _codes(events), _codes(events)


def test_unlocked_loan_is_economic_aid(code) -> None:
    events = code("The World Bank unlocked a $300 million loan for Malawi on Friday.")
    assert "071" in _codes(events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty condemned the killing of 20 protesters by Iranian security forces.",
        "Human rights groups condemned the shooting of demonstrators by Kenyan police.",
    ],
)
def test_noun_of_protesters_is_repression(code, text: str) -> None:
    events = code(text)
    assert "175" in _codes(events), _codes(events)
    assert "1823" not in _codes(events), _codes(events)


def test_killing_of_others_stays_a_killing(code) -> None:
    events = code("The killing of a journalist by Mexican police drew protests.")
    assert "1823" in _codes(events) and "175" not in _codes(events), _codes(events)


def test_use_of_a_chemical_agent_is_a_chemical_attack(code) -> None:
    events = code("Britain condemned the use of chemical weapons by Syrian forces against rebels.")
    assert "2041" in _codes(events), _codes(events)


def test_deployment_of_peacekeepers_is_peacekeeping(code) -> None:
    events = code("The Security Council approved the deployment of peacekeepers to Haiti.")
    assert "074" in _codes(events) and "154" not in _codes(events), _codes(events)
    assert "154" in _codes(code("Russia ordered the deployment of troops to the Ukrainian border.")), "troops"


def test_noun_takes_only_an_of_on_or_against_phrase(tmp_path) -> None:
    from typer.testing import CliRunner

    from triadic.cli import app

    good = tmp_path / "good.yaml"
    good.write_text('version: 1\ncodes:\n  "175":\n    nouns: ["raid +of:camp", "raid +on:camp"]\n',
                    encoding="utf-8")
    r = CliRunner().invoke(app, ["patterns", "--check", "--patterns", str(good)])
    assert r.exit_code == 0, r.output
    bad = tmp_path / "bad.yaml"
    bad.write_text('version: 1\ncodes:\n  "175":\n    nouns: ["raid +with:camp"]\n', encoding="utf-8")
    r = CliRunner().invoke(app, ["patterns", "--check", "--patterns", str(bad)])
    assert r.exit_code != 0 and "a noun takes '+of:'" in r.output and "Traceback" not in r.output

