"""Bueno de Mesquita's expected-utility model, as specified by Scholz, Calbert and Smith (2011).

Scholz, J. B., Calbert, G. J. and Smith, G. A. (2011), "Unravelling Bueno de Mesquita's group decision
model", Journal of Theoretical Politics 23(4). The model is one-dimensional; a scenario with several
dimensions is bargained issue by issue, each dimension on its own with that dimension's saliences.

One round, on one dimension, with positions x, capabilities c, saliences s (0-1) and ``rng`` the spread of
the starting positions (max - min, kept fixed so that rounds stay comparable as actors converge):

1. Votes. Actor k's vote for i's position over j's is ``v_k(i,j) = c_k s_k (|x_k-x_j| - |x_k-x_i|) / rng``.
2. Probability that i prevails over j: the votes for i divided by a denominator. **Interpretive choice
   (the P denominator):** by default (``p_denominator: all``) the denominator is the sum of |votes| over
   *every* ordered pair of positions, not just the pair (i, j). This is the reading under which the EU
   car-emissions trajectory of Scholz et al. is reproduced (see docs/simulate.md); it makes P small, so an
   actor's resolve (1 - salience of its opponent) weighs more than its chance of winning a fight.
   ``p_denominator: pair`` gives BDM's textbook ratio, for which P(i,j) + P(j,i) = 1.
3. Utilities, with risk exponent r and normalised distance d = |x_i - x_j| / rng:
   success ``Us = 2 - 4(0.5 - 0.5 d)^r``, failure ``Uf = 2 - 4(0.5 + 0.5 d)^r``, status quo
   ``Usq = 2 - 4(0.5)^r``, and, with mu the current weighted median and e = |x_i - mu| / rng,
   better ``Ub = 2 - 4(0.5 - 0.25(e + d))^r`` and worse ``Uw = 2 - 4(0.5 + 0.25(e + d))^r``.
4. Expected utility of i challenging j:
   ``E_i(j) = s_j (P Us + (1-P) Uf) + (1 - s_j) Us - (Q Usq + (1-Q)(T Ub + (1-T) Uw))``
   (Q, T default 1: without a challenge nothing changes, so Ub and Uw drop out).
5. Risk. With r = 1 for everyone, actor k's exposure is ``S_k = Σ_j E_j(k)``; ``R_k = (2 S_k - max S -
   min S) / (max S - min S)`` and ``r_k = (1 - R_k/3) / (1 + R_k/3)``, in [0.5, 2]. Expected utilities are
   then recomputed with these exponents. r is recomputed from scratch every round.
6. Offers. **Interpretive choice (perspective):** actor i judges each pair through its own eyes, using its
   own exponent r_i both for its expected utility a = E_i(j) and for its estimate b of j's expected utility
   of challenging i. Then, for each j with x_j != x_i:
   *conflict* (a > 0, b > 0, b > a): i expects to lose and would move to x_j;
   *compromise* (a < 0 < b, b > |a|): **compromise rule:** i moves towards x_j by the fraction |a / b|,
   to ``x_i + (x_j - x_i)|a/b|``; *capitulation* (a < 0 < b, |a| >= b): i moves to x_j.
   Other cells (i would win, or stalemate) give i nothing to accept.
7. **Interpretive choice (offer selection):** an actor accepts at most one offer per round: conflicts
   before compromises before capitulations (a lost fight is imposed, a compromise is negotiated, a
   capitulation is voluntary), and within that class the offer that moves it least. All actors move at
   once, after every offer is known.
8. **Interpretive choice (convergence):** bargaining stops when, in a round, neither the weighted median
   (the forecast) nor the weighted mean moves by more than ``tolerance × rng`` on any dimension
   (``converged``; single actors may still be moving), or after ``max_rounds`` rounds (not converged:
   Scholz et al. note the model may cycle, and it does on the EU case from round 6 if run on). The
   forecast (``outcome``) is the weighted median of the last round.
"""

from __future__ import annotations

import numpy as np

from triadic.simulate._core import ModelRun, State, apply_shocks, round_state, weighted_median
from triadic.simulate._scenario import BdmParams, Scenario

_SAME = 1e-6  # fraction of the spread below which two positions are the same

__all__ = [
    "bdm_votes",
    "bdm_probabilities",
    "bdm_expected_utility",
    "bdm_risk_exponents",
    "bdm_offer",
    "bdm_round",
    "run_bdm",
]


def _same(x: np.ndarray, rng: float) -> np.ndarray:
    """Pairs of positions closer than rounding noise count as one position (no contest between them)."""
    return np.abs(x[:, None] - x[None, :]) <= _SAME * rng


def bdm_votes(x: np.ndarray, w: np.ndarray, rng: float) -> np.ndarray:
    """V[k, i, j]: actor k's vote for position x_i over x_j (w = capability × salience)."""
    dist = np.abs(x[:, None] - x[None, :])  # dist[k, m] = |x_k - x_m|
    return w[:, None, None] * (dist[:, None, :] - dist[:, :, None]) / rng


def bdm_probabilities(x: np.ndarray, w: np.ndarray, rng: float, denominator: str = "all") -> np.ndarray:
    """P[i, j]: probability that i's position prevails over j's (0 where x_i == x_j)."""
    v = bdm_votes(x, w, rng)
    num = np.clip(v, 0.0, None).sum(axis=0)
    den = np.abs(v).sum(axis=0) if denominator == "pair" else np.full(num.shape, np.abs(v).sum())
    p = np.divide(num, den, out=np.zeros_like(num), where=den > 0)
    p[_same(x, rng)] = 0.0
    return p


def _utilities(d: np.ndarray, e: np.ndarray, r: np.ndarray | float) -> tuple[np.ndarray, ...]:
    d = np.clip(d, 0.0, 1.0)  # rounding can push a distance a hair past the spread
    us = 2 - 4 * (0.5 - 0.5 * d) ** r
    uf = 2 - 4 * (0.5 + 0.5 * d) ** r
    ub = 2 - 4 * np.clip(0.5 - 0.25 * (e + d), 0.0, None) ** r
    uw = 2 - 4 * (0.5 + 0.25 * (e + d)) ** r
    usq = 2 - 4 * 0.5 ** np.asarray(r, dtype=float)
    return us, uf, ub, uw, usq


def bdm_expected_utility(x: np.ndarray, s: np.ndarray, p: np.ndarray, rng: float, mu: float,
                         r: np.ndarray, q: float = 1.0, t: float = 1.0) -> np.ndarray:
    """E[i, j]: i's expected utility of challenging j, with risk exponent r[i] (diagonal 0).

    Args:
        r: per-row exponents: row i is evaluated with r[i].
    """
    d = np.abs(x[:, None] - x[None, :]) / rng
    e = np.repeat((np.abs(x - mu) / rng)[:, None], len(x), axis=1)
    us, uf, ub, uw, usq = _utilities(d, e, r[:, None])
    eu = s[None, :] * (p * us + (1 - p) * uf) + (1 - s[None, :]) * us
    eu = eu - (q * usq + (1 - q) * (t * ub + (1 - t) * uw))
    np.fill_diagonal(eu, 0.0)
    return eu


def bdm_risk_exponents(eu_neutral: np.ndarray) -> np.ndarray:
    """r_k from the expected utilities computed with r = 1 (see step 5); all 1 when exposures tie."""
    exposure = eu_neutral.sum(axis=0)  # Σ_j E_j(k)
    hi, lo = float(exposure.max()), float(exposure.min())
    if hi - lo <= 1e-15:
        return np.ones_like(exposure)
    big_r = (2 * exposure - hi - lo) / (hi - lo)
    return (1 - big_r / 3) / (1 + big_r / 3)


def bdm_offer(xi: float, xj: float, a: float, b: float) -> tuple[int, float] | None:
    """The offer i sees from j: (class, new position) with class 0 conflict, 1 compromise, 2 capitulation.

    Args:
        a: i's expected utility of challenging j; b: i's estimate of j's expected utility of challenging i.
    """
    if a > 0 and b > 0 and b > a:
        return 0, xj
    if a < 0 < b:
        if b > abs(a):
            return 1, xi + (xj - xi) * abs(a / b)
        return 2, xj
    return None


def bdm_round(x: np.ndarray, c: np.ndarray, s: np.ndarray, rng: float, params: BdmParams) -> np.ndarray:
    """One round of bargaining on one dimension; returns the new positions."""
    w = c * s
    mu = weighted_median(x, w)
    p = bdm_probabilities(x, w, rng, params.p_denominator)
    ones = np.ones_like(x)
    r = bdm_risk_exponents(bdm_expected_utility(x, s, p, rng, mu, ones, params.q, params.t))
    eu = bdm_expected_utility(x, s, p, rng, mu, r, params.q, params.t)
    # i's estimate of j's expected utility of challenging i, with i's own exponent: E_j(i) seen by i.
    d = np.abs(x[:, None] - x[None, :]) / rng
    e_j = np.repeat((np.abs(x - mu) / rng)[None, :], len(x), axis=0)
    us, uf, ub, uw, usq = _utilities(d, e_j, r[:, None])
    pt = p.T  # pt[i, j] = P(j prevails over i)
    seen = s[:, None] * (pt * us + (1 - pt) * uf) + (1 - s[:, None]) * us
    seen = seen - (params.q * usq + (1 - params.q) * (params.t * ub + (1 - params.t) * uw))
    same = _same(x, rng)
    new = x.copy()
    for i in range(len(x)):
        best: tuple[int, float, float] | None = None
        for j in range(len(x)):
            if j == i or same[i, j]:
                continue
            off = bdm_offer(float(x[i]), float(x[j]), float(eu[i, j]), float(seen[i, j]))
            if off is None:
                continue
            key = (off[0], abs(off[1] - x[i]), off[1])
            if best is None or key < best:
                best = key
        if best is not None:
            new[i] = best[2]
    # Snap a move that lands within rounding noise of another position onto it.
    for i in range(len(x)):
        near = np.abs(x - new[i]) <= _SAME * rng
        if near.any():
            new[i] = x[int(np.argmax(near))]
    return new


def run_bdm(sc: Scenario, state: State | None = None) -> ModelRun:
    """Run the expected-utility model on every dimension until convergence or ``max_rounds``."""
    params = sc.parameters.bdm
    st = state.copy() if state is not None else State.from_scenario(sc)
    rounds = [round_state(0, st)]
    spread = st.positions.max(axis=0) - st.positions.min(axis=0)
    converged = False
    for rnd in range(1, params.max_rounds + 1):
        apply_shocks(st, sc.shocks, rnd, sc)
        for k in range(st.positions.shape[1]):
            if spread[k] <= 0:
                continue
            st.positions[:, k] = bdm_round(st.positions[:, k], st.capabilities, st.saliences[:, k],
                                           float(spread[k]), params)
        rec = round_state(rnd, st)
        prev = rounds[-1]
        rounds.append(rec)
        moved = np.maximum(np.abs(rec.median - prev.median), np.abs(rec.mean - prev.mean))
        pending = any(s.round > rnd for s in sc.shocks)
        if not pending and bool(np.all(moved <= params.tolerance * np.where(spread > 0, spread, 1.0))):
            converged = True
            break
    return ModelRun("bdm", tuple(rounds), rounds[-1].median.copy(), converged)
