"""User dictionaries: adding and overriding entries, and clear errors for bad files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from triadic.actors import ActorResolver, check_dictionaries, load_dictionary
from triadic.cli import app
from triadic.config import Settings
from triadic.errors import DictionaryError


def write(tmp_path: Path, body: str, name: str = "my.yaml") -> Path:
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


def test_shipped_dictionaries_are_valid() -> None:
    s = check_dictionaries([])
    assert s.countries >= 250 and s.leaders >= 300 and s.terms > 2000


def test_user_file_adds_and_overrides(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    user = write(tmp_path, """
leaders:
- {name: Alma Verdi, country: KOR, office: foreign_minister, start: 2030-01-01, end: 2031-12-31, gender: f}
actors:
- {code: PRKMIL, name: Strategic Force, terms: [Strategic Force, the Strategic Force]}
- {code: CHNGOV, name: Beijing government, terms: [Beijing], kind: state}
ignore: [Tokyo Tower]
""")
    resolver = ActorResolver.from_settings(Settings(actors=[user]), nlp)
    doc = nlp("Alma Verdi said the Strategic Force fired from near Tokyo Tower while Beijing watched.")
    idx = resolver.resolve(doc, ref_date=date(2030, 5, 1))
    got = {m.text: m.actor.code for m in idx.mentions}
    assert got["Alma Verdi"] == "KORGOV"
    assert got["the Strategic Force"] == "PRKMIL"
    assert "Tokyo" not in got and "Tokyo Tower" not in got
    assert got["Beijing"] == "CHNGOV"
    # Outside her term she is no longer the government.
    later = resolver.resolve(doc, ref_date=date(2033, 1, 1))
    assert next(m for m in later.mentions if m.text == "Alma Verdi").actor.code == "KORELI"


@pytest.mark.parametrize(("body", "needle"), [
    ("leaders:\n- {name: A B, country: KOR, start: 2020-01-01\n", "malformed YAML"),
    ("leaders:\n- {name: A B, country: XYZ, start: 2020-01-01}\n", "unknown country code 'XYZ'"),
    ("actors:\n- {code: KORZZZ, terms: [Zed]}\n", "unknown role code 'ZZZ'"),
    ("leaders:\n- {name: A B, country: KOR, start: 2020-05-01, end: 2020-01-01}\n",
     "end date 2020-01-01 is before"),
    ("actors:\n- {code: KORGOV, terms: [Blue Tiger]}\n- {code: PRKGOV, terms: [Blue Tiger]}\n",
     "overlapping terms"),
    ("leaders:\n- {name: A B, country: KOR, start: 20200101x}\n", "not a date"),
    ("colours: [red]\n", "unknown section 'colours'"),
])
def test_bad_dictionaries_name_file_line_and_problem(tmp_path: Path, body: str, needle: str) -> None:
    p = write(tmp_path, body)
    with pytest.raises(DictionaryError) as err:
        load_dictionary([p])
    msg = str(err.value)
    assert needle in msg
    assert str(p) in msg
    assert f"{p}:" in msg and any(ch.isdigit() for ch in msg.split(str(p))[1][:4]) or "unknown section" in msg


def test_overlap_error_points_at_the_second_line(tmp_path: Path) -> None:
    p = write(tmp_path, "actors:\n- {code: KORGOV, terms: [Blue Tiger]}\n"
                        "- {code: PRKGOV, terms: [Blue Tiger]}\n")
    with pytest.raises(DictionaryError, match=r"my\.yaml:3: term 'Blue Tiger' is already KORGOV"):
        load_dictionary([p])


def test_same_term_with_disjoint_dates_is_allowed(tmp_path: Path) -> None:
    p = write(tmp_path, "actors:\n- {code: KORGOV, terms: [Blue Tiger], end: 2019-12-31}\n"
                        "- {code: PRKGOV, terms: [Blue Tiger], start: 2020-01-01}\n")
    d = load_dictionary([p])
    assert {e.code for e in d.terms["Blue Tiger"]} == {"KORGOV", "PRKGOV"}


def test_cli_check_and_resolve(tmp_path: Path) -> None:
    r = CliRunner().invoke(app, ["actors-check", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["countries"] >= 250
    r = CliRunner().invoke(app, ["actors", "Seoul and Tokyo protested to Beijing.", "--format", "json",
                                 "--date", "2019-07-01"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert [x["code"] for x in rows] == ["KORGOV", "JPNGOV", "CHNGOV"]


def test_cli_bad_dictionary_is_one_line_error(tmp_path: Path) -> None:
    p = write(tmp_path, "leaders:\n- {name: A B, country: KOR, start: 2020-05-01, end: 2020-01-01}\n")
    r = CliRunner().invoke(app, ["actors-check", str(p)])
    assert r.exit_code != 0
    assert "E034" in r.output and "my.yaml:2" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(app, ["actors", "Seoul spoke.", "--actors", str(tmp_path / "missing.yaml")])
    assert r.exit_code != 0 and "not found" in r.output
    r = CliRunner().invoke(app, ["actors", "Seoul spoke.", "--format", "xml"])
    assert r.exit_code != 0 and "unknown --format" in r.output


# --- named companies (companies.yaml): <country>BUS, extensible by a user 'companies:' section ---------

def test_shipped_companies_load_with_home_country() -> None:
    d = load_dictionary()
    assert d.terms["Fortum"][0].code == "FINBUS"
    assert d.terms["Saudi Aramco"][0].code == "SAUBUS"
    assert d.terms["Konkola Copper Mines"][0].code == "ZMBBUS"
    assert d.terms["Alphabet"][0].code == "USABUS"
    assert d.terms["Apple"][0].org_only and not d.terms["Gazprom"][0].org_only
    companies = {e.name for es in d.terms.values() for e in es if e.role == "BUS" and e.via == "name"}
    assert len(companies) >= 250


def test_user_companies_add_and_override(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    user = write(tmp_path, """
companies:
- {name: Zambezi Copper Holdings, aliases: [ZCH], country: ZMB, state_owned: true}
- {name: Fortum, country: SWE}
""")
    d = load_dictionary([user])
    assert d.terms["ZCH"][0].code == "ZMBBUS"
    assert d.terms["Fortum"][0].code == "SWEBUS"  # a user term replaces the shipped one


@pytest.mark.parametrize(("body", "needle"), [
    ("companies:\n- {name: Acme Mining}\n", "lacks 'country'"),
    ("companies:\n- {name: Acme Mining, country: XXQ}\n", "unknown country code"),
    ("companies:\n- {name: Acme Mining, country: ZMB, state_owned: maybe}\n", "true or false"),
])
def test_bad_company_entries_are_named(tmp_path: Path, body: str, needle: str) -> None:
    with pytest.raises(DictionaryError, match=needle):
        load_dictionary([write(tmp_path, body)])


@pytest.mark.parametrize(("text", "root", "source", "target"), [
    ("Brussels regulators fined Google 4 billion euros over its Android licensing terms.", "17", "EUR",
     "USABUS"),
    ("South Korea's antitrust agency fined Apple for abusing its app store dominance.", "17", "KORGOV",
     "USABUS"),
    ("Moscow seized Fortum's stake in a Urals power plant on Tuesday.", "17", "RUS", "FINBUS"),
    ("The Kremlin took over the Russian assets of Finnish utility Fortum by decree.", "17", "RUSGOV",
     "FINBUS"),
    ("The Zambian government threatened to revoke the licence of Konkola Copper Mines.", "13", "ZMBGOV",
     "ZMBBUS"),
    ("Washington blacklisted Huawei and ZTE over national security concerns.", "16", "USA", "CHNBUS"),
])
def test_named_company_is_its_home_countrys_business(code, text: str, root: str, source: str,
                                                    target: str) -> None:
    events = code(text)
    got = {(e.cameo[:2], e.source.actor.code[:3], e.target.actor.code if e.target else None) for e in events}
    assert (root, source[:3], target) in got, got


@pytest.mark.parametrize("text", [
    "Wildfires spread across the Amazon rainforest in Bolivia, officials said.",
    "The governor vowed to defend the Amazon against illegal miners.",
    "Apple growers in Poland lost millions after Moscow banned their exports.",
    "Total output of the refinery fell by a third, the ministry said.",
    "Shell fragments hit a school in the town, residents said.",
    "Meta analyses of the vaccine data were published on Monday.",
])
def test_common_word_company_names_are_no_company(code, text: str) -> None:
    events = code(text)
    assert not any(e.actor.role == "BUS" for ev in events for e in (ev.source, ev.target) if e is not None), \
        [(ev.cameo, ev.source.actor.code, ev.target.actor.code if ev.target else None) for ev in events]
