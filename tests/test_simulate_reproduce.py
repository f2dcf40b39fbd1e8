"""Reproduce BDM's 1994 EU car-emission-standards case and Scholz, Calbert & Smith's (2011) trajectory.

Published (Scholz et al. 2011, EU case): weighted median by round 8.4, 9.9, 9.9, ...; weighted mean
7.4, 7.5, 7.6, .... Start: mean 7.39, median 7. The real outcome was 8.83.

Tolerances, stated once here: the starting mean and median must match to the published precision
(7.39 to 0.005; 7 exactly). Rounds 1-3 must lie within MEDIAN_TOL of the published medians and within
MEAN_TOL of the published means. Our trajectory (docs/simulate.md) is medians 8.43, 9.62, 9.96 and means
7.46, 7.55, 7.59: round 2's median is the furthest off, 0.28 below 9.9.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from triadic.simulate import Scenario, load_scenario, parse_scenario, run_scenario

REPO = Path(__file__).resolve().parents[1]

# actor, capability, position, salience (0-100), as tabulated by Bueno de Mesquita (1994).
EU_TABLE = [
    ("NL", 0.08, 4, 80), ("BE", 0.08, 7, 40), ("LU", 0.03, 4, 20), ("DE", 0.16, 4, 80),
    ("FR", 0.16, 10, 60), ("IT", 0.16, 10, 60), ("UK", 0.16, 10, 90), ("IE", 0.05, 7, 10),
    ("DK", 0.05, 4, 100), ("GR", 0.08, 7, 70),
]
PUBLISHED_MEDIANS = [8.4, 9.9, 9.9]
PUBLISHED_MEANS = [7.4, 7.5, 7.6]
MEDIAN_TOL = 0.3
MEAN_TOL = 0.07
REAL_OUTCOME = 8.83


@pytest.fixture()
def eu_case() -> Scenario:
    return parse_scenario({
        "name": "EU car emissions",
        "dimensions": [{"name": "emissions", "scale": [1, 10]}],
        "actors": [{"code": a, "capability": c, "position": {"emissions": x},
                    "salience": {"emissions": s / 100}} for a, c, x, s in EU_TABLE],
    }, source="fixture")


def test_fixture_matches_the_shipped_example(eu_case):
    example = load_scenario(REPO / "examples" / "eu-car-emissions.yaml")
    assert example.codes == eu_case.codes
    assert np.array_equal(example.positions(), eu_case.positions())
    assert np.allclose(example.saliences(), eu_case.saliences())
    assert np.allclose(example.capabilities(), eu_case.capabilities())


def test_starting_mean_and_median(eu_case):
    mean = run_scenario(eu_case, model="mean")
    median = run_scenario(eu_case, model="median")
    assert mean.outcome[0] == pytest.approx(7.39, abs=0.005)
    assert median.outcome[0] == 7.0
    # The bdm run's round 0 is the same starting state.
    bdm = run_scenario(eu_case, model="bdm")
    assert bdm.rounds[0].mean[0] == pytest.approx(7.39, abs=0.005)
    assert bdm.rounds[0].median[0] == 7.0


def test_bdm_trajectory_near_scholz_et_al(eu_case):
    res = run_scenario(eu_case, model="bdm")
    medians = [float(r.median[0]) for r in res.rounds[1:4]]
    means = [float(r.mean[0]) for r in res.rounds[1:4]]
    for got, want in zip(medians, PUBLISHED_MEDIANS, strict=True):
        assert abs(got - want) <= MEDIAN_TOL, (medians, PUBLISHED_MEDIANS)
    for got, want in zip(means, PUBLISHED_MEANS, strict=True):
        assert abs(got - want) <= MEAN_TOL, (means, PUBLISHED_MEANS)
    # Like the published run, bargaining pushes the median past the real outcome towards 10.
    assert res.converged
    assert 9.9 <= res.outcome[0] <= 10.0
    assert medians[0] < REAL_OUTCOME < medians[1]


def test_bdm_is_deterministic_and_scale_free(eu_case):
    a = run_scenario(eu_case, model="bdm").to_dict()
    b = run_scenario(eu_case, model="bdm").to_dict()
    assert a == b
    ktab = run_scenario(load_scenario(REPO / "examples" / "eu-car-emissions-ktab.csv"), model="bdm")
    ours = [r["median"][0] * 10 for r in a["rounds"]]
    assert ours == pytest.approx([float(r.median[0]) for r in ktab.rounds])


def test_pair_denominator_is_the_documented_alternative(eu_case):
    # BDM's textbook ratio (P(i,j) + P(j,i) = 1) does not reproduce the published trajectory: the median
    # stays at 7. This pins the documented interpretive choice.
    data = eu_case.model_dump()
    data["parameters"]["bdm"]["p_denominator"] = "pair"
    res = run_scenario(parse_scenario(data), model="bdm")
    assert all(float(r.median[0]) == 7.0 for r in res.rounds[:4])
