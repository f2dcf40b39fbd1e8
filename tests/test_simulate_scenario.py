"""Scenario files: YAML and KTAB CSV readers, validation with the path of the bad field."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml

from triadic.errors import ScenarioError
from triadic.simulate import load_scenario, parse_ktab_text, parse_scenario, scenario_to_dict

REPO = Path(__file__).resolve().parents[1]


def _base() -> dict:
    return {
        "name": "toy",
        "dimensions": [{"name": "sanctions", "scale": [0, 100], "low": "none", "high": "full"},
                       {"name": "trade", "scale": [0, 10]}],
        "actors": [
            {"code": "AAA", "capability": 1, "position": {"sanctions": 10, "trade": 1},
             "salience": {"sanctions": 0.5, "trade": 0.2}},
            {"code": "BBB", "capability": 2, "position": {"sanctions": 90, "trade": 9},
             "salience": {"sanctions": 1.0, "trade": 0.7}},
            {"code": "CCC", "capability": 0.5, "position": {"sanctions": 50, "trade": 5},
             "salience": {"sanctions": 0.3, "trade": 0.3}},
            {"code": "DDD", "capability": 0.5, "position": {"sanctions": 40, "trade": 2},
             "salience": {"sanctions": 0.3, "trade": 0.3}},
        ],
        "shocks": [{"round": 2, "actor": "BBB", "field": "position", "dimension": "trade", "value": 3,
                    "label": "BBB softens"}],
    }


def _msg(data: dict) -> str:
    with pytest.raises(ScenarioError) as ei:
        parse_scenario(data, source="t.yaml")
    return str(ei.value)


def test_parse_valid_scenario_arrays():
    sc = parse_scenario(_base())
    assert sc.codes == ["AAA", "BBB", "CCC", "DDD"]
    assert sc.positions().shape == (4, 2)
    assert sc.positions()[1].tolist() == [90.0, 9.0]
    assert sc.saliences()[0].tolist() == [0.5, 0.2]
    assert sc.capabilities().tolist() == [1.0, 2.0, 0.5, 0.5]
    assert sc.shocks[0].label == "BBB softens"


def test_round_trip_through_dict_and_yaml():
    sc = parse_scenario(_base())
    again = parse_scenario(yaml.safe_load(yaml.safe_dump(scenario_to_dict(sc))))
    assert again == sc


def test_salience_out_of_range_names_the_path():
    data = _base()
    data["actors"][3]["salience"]["sanctions"] = 1.5
    msg = _msg(data)
    assert "actors[3].salience.sanctions" in msg
    assert "between 0 and 1" in msg
    assert msg.startswith("[E083]")


def test_missing_dimension_value_is_a_mismatch():
    data = _base()
    del data["actors"][2]["position"]["trade"]
    msg = _msg(data)
    assert "actors[2].position.trade" in msg and "[E084]" in msg


def test_unknown_dimension_in_actor():
    data = _base()
    data["actors"][0]["salience"]["tariffs"] = 0.4
    msg = _msg(data)
    assert "actors[0].salience.tariffs" in msg and "unknown dimension" in msg


def test_unknown_actor_in_shock():
    data = _base()
    data["shocks"][0]["actor"] = "ZZZ"
    msg = _msg(data)
    assert "shocks[0].actor" in msg and "ZZZ" in msg and "[E085]" in msg


def test_shock_needs_known_dimension_and_one_value():
    data = _base()
    data["shocks"][0]["dimension"] = "oil"
    assert "shocks[0].dimension" in _msg(data)
    data = _base()
    data["shocks"][0]["delta"] = 1
    assert "exactly one of 'value' or 'delta'" in _msg(data)


def test_position_outside_scale_and_bad_types():
    data = _base()
    data["actors"][1]["position"]["trade"] = 11
    assert "actors[1].position.trade" in _msg(data)
    data = _base()
    data["actors"][1]["capability"] = "big"
    assert "actors[1].capability" in _msg(data)
    data = _base()
    data["actors"][1]["capability"] = -1
    assert "actors[1].capability" in _msg(data)


def test_duplicate_codes_and_unknown_keys():
    data = _base()
    data["actors"][1]["code"] = "AAA"
    assert "used twice" in _msg(data)
    data = _base()
    data["actors"][0]["colour"] = "red"
    assert "actors[0].colour" in _msg(data)


def test_invalid_yaml_file(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("actors: [\n  - code: A\n", encoding="utf-8")
    with pytest.raises(ScenarioError) as ei:
        load_scenario(p)
    assert "not valid YAML" in str(ei.value) and "line" in str(ei.value)
    with pytest.raises(ScenarioError, match="does not exist"):
        load_scenario(tmp_path / "missing.yaml")
    p.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(ScenarioError, match="must be a mapping"):
        load_scenario(p)


KTAB = """Toy study,Two issues,3,2,
Actor,Description,Influence,Tax Position,Tax Salience,Aid Position,Aid Salience
A1,First actor,10,20,50,80,10
A2,Second actor,30,60,100,40,90
A3,Third actor,5,100,0,0,40
"""


def test_ktab_csv_reads_scales():
    sc = parse_ktab_text(KTAB, "toy.csv")
    assert sc.name == "Toy study"
    assert sc.dimension_names == ["Tax", "Aid"]
    assert [d.scale for d in sc.dimensions] == [(0.0, 100.0), (0.0, 100.0)]
    assert sc.positions().tolist() == [[20, 80], [60, 40], [100, 0]]
    assert np.allclose(sc.saliences(), [[0.5, 0.1], [1.0, 0.9], [0.0, 0.4]])
    assert sc.capabilities().tolist() == [10, 30, 5]


@pytest.mark.parametrize("text, needle", [
    (KTAB.replace("A2,Second actor,30,60,100,40,90", "A2,Second actor,30,60,140,40,90"),
     "actors[1].salience.Tax"),
    (KTAB.replace("Toy study,Two issues,3,2,", "Toy study,Two issues,4,2,"), "declares 4 actor(s)"),
    (KTAB.replace("Toy study,Two issues,3,2,", "Toy study,Two issues,3,3,"), "declares 3 dimension(s)"),
    (KTAB.replace("Aid Salience", "Help Salience"), "name different dimensions"),
    (KTAB.replace("A3,Third actor,5,100,0,0,40", "A3,Third actor,5,x,0,0,40"), "actors[2].position.Tax"),
    (KTAB.replace("A3,Third actor,5,100,0,0,40", "A3,Third actor,5,100,0,0"), "line 5"),
    ("just one line\n", "first line"),
])
def test_ktab_csv_errors(text, needle):
    with pytest.raises(ScenarioError) as ei:
        parse_ktab_text(text, "toy.csv")
    assert needle in str(ei.value)


def test_ktab_example_matches_yaml_example():
    csv_sc = load_scenario(REPO / "examples" / "eu-car-emissions-ktab.csv")
    yml_sc = load_scenario(REPO / "examples" / "eu-car-emissions.yaml")
    assert csv_sc.codes == yml_sc.codes
    assert np.allclose(csv_sc.positions(), yml_sc.positions() * 10)
    assert np.allclose(csv_sc.saliences(), yml_sc.saliences())
    assert np.allclose(csv_sc.capabilities(), yml_sc.capabilities())


def test_korea_example_has_the_trade_pressure_shock():
    sc = load_scenario(REPO / "examples" / "korea-sanctions-2018.yaml")
    assert sc.codes == ["PRK", "CHN", "USA", "KOR", "JPN", "RUS"]
    labels = {s.label for s in sc.shocks}
    assert labels == {"USA raises trade pressure on CHN"}
    assert {s.actor for s in sc.shocks} == {"USA", "CHN"}
