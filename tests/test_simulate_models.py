"""Each model's pieces on tiny cases worked by hand, shocks, noise runs and the sensitivity ranking."""

from __future__ import annotations

import numpy as np
import pytest

from triadic.errors import ScenarioError
from triadic.simulate import State, parse_scenario, run_model, run_scenario, weighted_mean, weighted_median
from triadic.simulate._bdm import (
    bdm_expected_utility,
    bdm_offer,
    bdm_probabilities,
    bdm_risk_exponents,
    bdm_round,
    bdm_votes,
)
from triadic.simulate._core import apply_shocks
from triadic.simulate._scenario import BdmParams
from triadic.simulate._spatial import bargain_point, contest_probability, risk_utility, salience_distance


def _one_dim(actors: list[tuple[str, float, float, float]], **extra: object) -> dict:
    return {
        "dimensions": [{"name": "x", "scale": [0, 10]}],
        "actors": [{"code": c, "capability": cap, "position": {"x": pos}, "salience": {"x": sal}}
                   for c, cap, pos, sal in actors],
        **extra,
    }


# weighted mean and median ----------------------------------------------------------------------------
def test_weighted_mean_and_median_by_hand():
    x = np.array([0.0, 1.0, 2.0])
    assert weighted_mean(x, np.array([1.0, 1.0, 2.0])) == pytest.approx(5 / 4)
    assert weighted_median(x, np.array([1.0, 1.0, 1.0])) == 1.0
    assert weighted_median(x, np.array([3.0, 1.0, 1.0])) == 0.0  # 3 of 5 sit at 0
    assert weighted_median(np.array([0.0, 2.0]), np.array([1.0, 1.0])) == 1.0  # exact tie: midpoint
    assert weighted_median(np.array([5.0, 1.0]), np.array([0.0, 0.0])) == 3.0  # no weight: plain median


def test_mean_and_median_models_return_round_zero_only():
    # weights c·s: 1, 0.5, 0.75 (total 2.25, half 1.125; cumulative 1 at 0, 1.5 at 4)
    sc = parse_scenario(_one_dim([("A", 1, 0, 1), ("B", 1, 4, 0.5), ("C", 3, 10, 0.25)]))
    for model, expected in (("mean", (0 + 2 + 7.5) / 2.25), ("median", 4.0)):
        res = run_scenario(sc, model=model)
        assert len(res.rounds) == 1 and res.rounds[0].round == 0
        assert res.outcome[0] == pytest.approx(expected)
        assert res.converged


# BDM pieces: two actors A at 0 (c=1, s=1) and B at 1 (c=1, s=0.5), spread 1 -----------------------------
X = np.array([0.0, 1.0])
S = np.array([1.0, 0.5])
W = np.array([1.0, 0.5])


def test_bdm_votes_by_hand():
    v = bdm_votes(X, W, 1.0)
    assert v[0, 0, 1] == pytest.approx(1.0)  # A for A over B: 1 × (1 - 0)
    assert v[1, 0, 1] == pytest.approx(-0.5)  # B for A over B: 0.5 × (0 - 1)
    assert v[1, 1, 0] == pytest.approx(0.5)
    assert np.allclose(v[:, 0, 0], 0)


def test_bdm_probabilities_both_denominators():
    pair = bdm_probabilities(X, W, 1.0, "pair")
    assert pair[0, 1] == pytest.approx(2 / 3) and pair[1, 0] == pytest.approx(1 / 3)
    every = bdm_probabilities(X, W, 1.0, "all")  # Σ|v| over all pairs = 3
    assert every[0, 1] == pytest.approx(1 / 3) and every[1, 0] == pytest.approx(1 / 6)
    assert every[0, 0] == 0


def test_bdm_expected_utility_and_risk_by_hand():
    p = bdm_probabilities(X, W, 1.0, "pair")
    eu = bdm_expected_utility(X, S, p, 1.0, 0.0, np.ones(2))
    # d = 1, r = 1: Us = 2, Uf = -2, Usq = 0, so E_A(B) = s_B(4P - 2) + (1 - s_B)·2 = 2P.
    assert eu[0, 1] == pytest.approx(4 / 3)
    assert eu[1, 0] == pytest.approx(4 / 3 - 2)
    r = bdm_risk_exponents(eu)
    # B is the more exposed (S_B = E_A(B) is the max): R_B = 1 → r = 0.5; R_A = -1 → r = 2.
    assert r.tolist() == pytest.approx([2.0, 0.5])
    assert bdm_risk_exponents(np.zeros((3, 3))).tolist() == [1.0, 1.0, 1.0]


def test_bdm_expected_utility_with_risk_exponent():
    p = bdm_probabilities(X, W, 1.0, "pair")
    eu = bdm_expected_utility(X, S, p, 1.0, 0.0, np.array([2.0, 0.5]))
    # A with r = 2: Us = 2, Uf = -2, Usq = 2 - 4·0.25 = 1; E = 0.5(4/3 - 2/3) + 1 - 1 = 1/3.
    assert eu[0, 1] == pytest.approx(1 / 3)
    # B with r = 0.5: Usq = 2 - 4·sqrt(0.5); E = 1·(2/3 - 4/3) + 4·sqrt(0.5) - 2.
    assert eu[1, 0] == pytest.approx(-2 / 3 - 2 + 4 * np.sqrt(0.5))


@pytest.mark.parametrize("a, b, expected", [
    (1.0, 2.0, (0, 5.0)),  # conflict i loses: move to x_j
    (-1.0, 3.0, (1, 2.0 + 3.0 / 3)),  # compromise: |a/b| = 1/3 of the way from 2 to 5
    (-3.0, 1.0, (2, 5.0)),  # capitulation
    (2.0, 1.0, None),  # i would win
    (-1.0, -1.0, None),  # stalemate
])
def test_bdm_offer_classes(a, b, expected):
    got = bdm_offer(2.0, 5.0, a, b)
    if expected is None:
        assert got is None
    else:
        assert got is not None and got[0] == expected[0] and got[1] == pytest.approx(expected[1])


def test_bdm_round_two_actors_by_hand():
    # From B's eyes (r_B = 0.5) both expected utilities are positive and A's is larger: B loses a
    # conflict and moves to 0. From A's eyes A would win, so A stays.
    new = bdm_round(X, np.array([1.0, 1.0]), S, 1.0, BdmParams(p_denominator="pair"))
    assert new.tolist() == [0.0, 0.0]


def test_bdm_converges_when_everyone_agrees():
    sc = parse_scenario(_one_dim([("A", 1, 5, 1), ("B", 1, 5, 0.5)]))
    res = run_model(sc, "bdm")
    assert res.converged and res.outcome[0] == 5.0 and len(res.rounds) == 2


# spatial pieces --------------------------------------------------------------------------------------
def test_salience_distance_by_hand():
    assert salience_distance(np.array([0.0, 0.0]), np.array([1.0, 1.0]), np.array([1.0, 1.0])) == 1.0
    # Only the first dimension matters to this actor.
    assert salience_distance(np.array([0.0, 0.0]), np.array([0.0, 1.0]), np.array([1.0, 0.0])) == 0.0
    # sqrt((1·0.25 + 3·0) / 4) = 0.25
    assert salience_distance(np.array([0.0, 0.0]), np.array([0.5, 0.0]), np.array([1.0, 3.0])) == 0.25


def test_risk_utility_shapes():
    assert risk_utility(np.array(0.5), 0.0) == 0.5
    assert risk_utility(np.array(0.5), 1.0) == 0.75  # risk averse: concave
    assert risk_utility(np.array(0.5), -1.0) == 0.25  # risk seeking: convex
    assert risk_utility(np.array(1.0), 1.0) == 1.0 and risk_utility(np.array(0.0), -1.0) == 0.0


def test_contest_probability_and_bargain_point():
    assert contest_probability(np.array(3.0), np.array(1.0)) == 0.75
    assert contest_probability(np.array(0.0), np.array(0.0)) == 0.5
    b = bargain_point(np.array([1.0]), np.array([0.0]), np.array([1.0]), np.array([1.0]), np.array(0.75))
    assert b.tolist() == [0.75]
    # j cares three times as much: θ = 0.5·1 / (0.5·1 + 0.5·3) = 0.25
    b = bargain_point(np.array([1.0]), np.array([0.0]), np.array([1.0]), np.array([3.0]), np.array(0.5))
    assert b.tolist() == [0.25]


def test_spatial_run_stays_in_scale_and_converges():
    sc = parse_scenario({
        "dimensions": [{"name": "a", "scale": [0, 100]}, {"name": "b", "scale": [-1, 1]}],
        "actors": [
            {"code": "P", "capability": 3, "position": {"a": 10, "b": -1}, "salience": {"a": 1, "b": 0.4}},
            {"code": "Q", "capability": 2, "position": {"a": 90, "b": 1}, "salience": {"a": 0.8, "b": 1}},
            {"code": "R", "capability": 2, "position": {"a": 50, "b": 0}, "salience": {"a": 0.7, "b": 0.7},
             "risk": 0.5},
            {"code": "S", "capability": 1, "position": {"a": 70, "b": -0.5},
             "salience": {"a": 0.6, "b": 0.3}},
        ],
    })
    res = run_model(sc, "spatial")
    assert res.converged and len(res.rounds) > 2
    final = res.rounds[-1].positions
    assert np.all(final[:, 0] >= 0) and np.all(final[:, 0] <= 100)
    assert np.all(final[:, 1] >= -1) and np.all(final[:, 1] <= 1)
    # Bargaining pulls the actors together: the spread shrinks on both dimensions.
    start = res.rounds[0].positions
    assert np.all(np.ptp(final, axis=0) < np.ptp(start, axis=0))
    # The outcome is the last round's weighted mean.
    assert np.allclose(res.outcome, res.rounds[-1].mean)


def test_spatial_strong_actor_refuses_a_bad_bargain():
    # P is strong and likely to win any contest; every bargain would cost someone more than the contest
    # or the status quo, so nobody moves (worked through in the model docstring's acceptance rule).
    sc = parse_scenario({
        "dimensions": [{"name": "a", "scale": [0, 100]}, {"name": "b", "scale": [-1, 1]}],
        "actors": [
            {"code": "P", "capability": 5, "position": {"a": 10, "b": -1}, "salience": {"a": 1, "b": 0.2}},
            {"code": "Q", "capability": 1, "position": {"a": 90, "b": 1}, "salience": {"a": 0.5, "b": 1}},
            {"code": "R", "capability": 2, "position": {"a": 50, "b": 0}, "salience": {"a": 0.7, "b": 0.7},
             "risk": 0.5},
        ],
    })
    res = run_model(sc, "spatial")
    assert res.converged and len(res.rounds) == 2
    assert np.array_equal(res.rounds[1].positions, res.rounds[0].positions)


# shocks ----------------------------------------------------------------------------------------------
def test_shocks_apply_at_their_round_and_clip():
    sc = parse_scenario(_one_dim(
        [("A", 1, 2, 0.5), ("B", 1, 8, 0.5)],
        shocks=[
            {"round": 2, "actor": "B", "field": "position", "dimension": "x", "delta": 5},
            {"round": 2, "actor": "A", "field": "salience", "dimension": "x", "value": 0.9},
            {"round": 3, "actor": "A", "field": "capability", "delta": 2},
        ],
    ))
    st = State.from_scenario(sc)
    apply_shocks(st, sc.shocks, 1, sc)
    assert st.positions[:, 0].tolist() == [2.0, 8.0]
    apply_shocks(st, sc.shocks, 2, sc)
    assert st.positions[1, 0] == 10.0  # 8 + 5 clipped to the scale's top
    assert st.saliences[0, 0] == 0.9
    apply_shocks(st, sc.shocks, 3, sc)
    assert st.capabilities.tolist() == [3.0, 1.0]


def test_shock_changes_the_bdm_run():
    actors = [("A", 1, 0, 0.9), ("B", 1, 4, 0.3), ("C", 1, 6, 0.3), ("D", 1, 10, 0.9)]
    calm = run_model(parse_scenario(_one_dim(actors)), "bdm")
    shocked = run_model(parse_scenario(_one_dim(
        actors, shocks=[{"round": 1, "actor": "D", "field": "capability", "value": 10}])), "bdm")
    assert calm.rounds[0].mean[0] == shocked.rounds[0].mean[0]  # round 0 is before any shock
    assert shocked.outcome[0] > calm.outcome[0]


# noise runs and sensitivity -------------------------------------------------------------------------
def _five() -> dict:
    return _one_dim([("BIG", 20, 8, 1.0), ("B", 1, 2, 0.5), ("C", 1, 3, 0.5), ("D", 1, 5, 0.5),
                     ("E", 1, 6, 0.5)])


def test_runs_are_seeded_and_reproducible():
    sc = parse_scenario(_five())
    a = run_scenario(sc, model="mean", runs=40, seed=3)
    b = run_scenario(sc, model="mean", runs=40, seed=3)
    c = run_scenario(sc, model="mean", runs=40, seed=4)
    assert a.uncertainty is not None and b.uncertainty is not None and c.uncertainty is not None
    assert np.array_equal(a.uncertainty.outcomes, b.uncertainty.outcomes)
    assert not np.array_equal(a.uncertainty.outcomes, c.uncertainty.outcomes)
    assert a.uncertainty.outcomes.shape == (40, 1)
    assert a.uncertainty.outcomes.std() > 0
    q = a.uncertainty.quantiles()
    assert q["p05"][0] <= q["p50"][0] <= q["p95"][0]


def test_sensitivity_ranks_the_dominant_actor_first():
    res = run_scenario(parse_scenario(_five()), model="mean", runs=200, seed=1)
    assert res.uncertainty is not None
    ranking = [s.actor for s in res.uncertainty.sensitivity]
    assert ranking[0] == "BIG"
    top = res.uncertainty.sensitivity[0]
    assert top.position_effect > top.salience_effect > 0


def test_runs_out_of_range():
    sc = parse_scenario(_five())
    with pytest.raises(ScenarioError, match="E089"):
        run_scenario(sc, runs=-1)
    with pytest.raises(ScenarioError, match="no distribution"):
        run_scenario(sc, runs=1)
    with pytest.raises(ScenarioError, match="unknown model"):
        run_scenario(sc, model="nash")
