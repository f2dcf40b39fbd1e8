"""A multi-dimensional bargaining model in the style of KTAB's Spatial Model of Politics (SMP).

Everything is computed in normalised coordinates (each dimension's scale mapped to [0, 1]).

* **Salience-weighted distance.** Actor k measures the distance between points a and b as
  ``δ_k(a, b) = sqrt(Σ_d s_kd (a_d - b_d)² / Σ_d s_kd)``, in [0, 1]: dimensions it cares about count more.
* **Utility and risk attitude.** The base utility of point z to k is ``b = 1 - δ_k(x_k, z)``; the
  risk-adjusted utility is ``u = b + ρ_k b (1 - b)`` with ρ_k in [-1, 1] the actor's ``risk`` (ρ > 0
  concave: risk averse; ρ < 0 convex: risk seeking; 0 neutral). u is increasing with u(0)=0, u(1)=1.
* **The state's outcome** is the capability × salience weighted mean of positions on each dimension;
  actors value a state by the utility of its outcome, as SMP does with its expected outcome.
* **Probabilistic Condorcet contests, third parties voting.** In a contest between i's and j's positions,
  every actor k (i and j included) votes ``c_k s̄_k (u_k(x_i) - u_k(x_j))`` (s̄_k its mean salience);
  each side's strength is the sum of the votes on its side and i prevails with probability
  ``P = S_i / (S_i + S_j)`` (1/2 when nobody cares).
* **Bargains interpolated between the parties.** i's bargain with j moves both to
  ``B_d = x_jd + θ_d (x_id - x_jd)`` with ``θ_d = P s_id / (P s_id + (1 - P) s_jd)``: the meeting point is
  nearer i the likelier i is to win and the more i, relative to j, cares about that dimension.
* **A round.** Each actor proposes a bargain to the actor for which the bargain raises its own utility of
  the outcome most (if any does). A target accepts a proposal if the bargain is worth at least the contest
  to it (``u_j(after bargain) >= P u_j(j loses: j moves to x_i) + (1 - P) u_j(i loses: i moves to x_j)``).
  Accepted bargains are applied at once, each actor in at most one bargain a round (those the targets
  value most over the contest first).
* **Convergence.** Rounds repeat until the fractional change of the state (the largest move of any actor
  on any dimension in a round, over the scale's width) falls below ``tolerance``, or ``max_rounds`` is
  reached. The forecast
  (``outcome``) is the last round's weighted mean, in scale units.
"""

from __future__ import annotations

import numpy as np

from triadic.simulate._core import ModelRun, State, apply_shocks, round_state
from triadic.simulate._scenario import Scenario

__all__ = ["salience_distance", "risk_utility", "contest_probability", "bargain_point", "spatial_round",
           "run_spatial"]


def salience_distance(a: np.ndarray, b: np.ndarray, s: np.ndarray) -> np.ndarray:
    """δ(a, b) for saliences s; broadcasts over leading axes (the last axis is the dimension)."""
    tot = s.sum(axis=-1)
    sq = (s * (a - b) ** 2).sum(axis=-1)
    return np.sqrt(np.divide(sq, tot, out=np.zeros_like(sq), where=tot > 0))


def risk_utility(base: np.ndarray, rho: np.ndarray | float) -> np.ndarray:
    """Risk-adjusted utility ``b + ρ b (1 - b)`` of base utility b in [0, 1]."""
    return base + rho * base * (1.0 - base)


def contest_probability(support_i: np.ndarray, support_j: np.ndarray) -> np.ndarray:
    """P(i prevails) from the two sides' summed votes; 1/2 when neither side has any."""
    tot = support_i + support_j
    return np.divide(support_i, tot, out=np.full_like(tot, 0.5, dtype=float), where=tot > 0)


def bargain_point(xi: np.ndarray, xj: np.ndarray, si: np.ndarray, sj: np.ndarray,
                  p: np.ndarray) -> np.ndarray:
    """Where j moves under i's bargain, per dimension (see the module docstring)."""
    a = p[..., None] * si
    b = (1.0 - p[..., None]) * sj
    theta = np.divide(a, a + b, out=np.full_like(a + b, 0.5), where=(a + b) > 0)
    return xj + theta * (xi - xj)


def _utility_of(points: np.ndarray, z: np.ndarray, s: np.ndarray, rho: np.ndarray) -> np.ndarray:
    """u[a, ...] = utility to actor a (ideal z[a], saliences s[a], risk rho[a]) of points[a, ...]."""
    extra = points.ndim - 2
    shape = (slice(None),) + (None,) * extra
    base = 1.0 - salience_distance(points, z[shape], s[shape])
    return risk_utility(base, rho[shape])


def spatial_round(z: np.ndarray, s: np.ndarray, c: np.ndarray, rho: np.ndarray) -> np.ndarray:
    """One round on normalised positions z (actors × dims); returns the new positions."""
    n, _ = z.shape
    w = c[:, None] * s  # weights per actor and dimension
    wsum = w.sum(axis=0)
    wsum = np.where(wsum > 0, wsum, 1.0)
    outcome = (w * z).sum(axis=0) / wsum
    # U[k, m] = u_k(x_m): every actor's utility of every actor's position.
    u_pos = _utility_of(np.broadcast_to(z[None, :, :], (n, n, z.shape[1])), z, s, rho)
    power = c * s.mean(axis=1)
    votes = power[:, None, None] * (u_pos[:, :, None] - u_pos[:, None, :])  # [k, i, j]: k for i over j
    p = contest_probability(np.clip(votes, 0, None).sum(axis=0), np.clip(-votes, 0, None).sum(axis=0))
    # bargain[i, j] = the point both i and j move to under i's proposal to j.
    bargain = bargain_point(z[:, None, :], z[None, :, :], s[:, None, :], s[None, :, :], p)
    move_j = w[None, :, :] * (bargain - z[None, :, :])
    move_i = w[:, None, :] * (bargain - z[:, None, :])
    after = outcome + (move_i + move_j) / wsum  # [i, j, d]: the outcome once both have moved
    u_now = _utility_of(outcome[None, :].repeat(n, axis=0), z, s, rho)  # [a]
    gain = _utility_of(after, z, s, rho) - u_now[:, None]  # proposer i's gain
    np.fill_diagonal(gain, -np.inf)
    same = np.all(np.isclose(z[:, None, :], z[None, :, :]), axis=-1)
    gain[same] = -np.inf
    target = np.argmax(gain, axis=1)
    # The target's view: utility of the bargain vs the contest.
    u_bargain = _utility_of(np.swapaxes(after, 0, 1), z, s, rho)  # [j, i]
    lose = outcome + w[None, :, :] * (z[:, None, :] - z[None, :, :]) / wsum  # [i, j]: j moves to x_i
    win = outcome + w[:, None, :] * (z[None, :, :] - z[:, None, :]) / wsum  # [i, j]: i moves to x_j
    u_contest = (p.T * _utility_of(np.swapaxes(lose, 0, 1), z, s, rho)
                 + (1 - p.T) * _utility_of(np.swapaxes(win, 0, 1), z, s, rho))  # [j, i]
    deals: list[tuple[float, int, int]] = []
    for i in range(n):
        j = int(target[i])
        if gain[i, j] > 1e-12 and u_bargain[j, i] + 1e-12 >= u_contest[j, i]:
            deals.append((-(u_bargain[j, i] - u_contest[j, i]), i, j))
    # Each actor moves at most once a round: the deals the targets value most go first.
    new = z.copy()
    moved = np.zeros(n, dtype=bool)
    for _, i, j in sorted(deals):
        if moved[i] or moved[j]:
            continue
        new[i] = new[j] = bargain[i, j]
        moved[i] = moved[j] = True
    return new


def run_spatial(sc: Scenario, state: State | None = None) -> ModelRun:
    """Run the spatial model until the outcome's fractional change is below ``tolerance``."""
    params = sc.parameters.spatial
    st = state.copy() if state is not None else State.from_scenario(sc)
    lows, widths = sc.lows(), sc.highs() - sc.lows()
    rho = sc.risks()
    rounds = [round_state(0, st)]
    converged = False
    for rnd in range(1, params.max_rounds + 1):
        apply_shocks(st, sc.shocks, rnd, sc)
        before = st.positions.copy()
        z = (st.positions - lows) / widths
        z = spatial_round(z, st.saliences, st.capabilities, rho)
        st.positions = lows + z * widths
        rounds.append(round_state(rnd, st))
        change = float(np.max(np.abs(st.positions - before) / widths))
        pending = any(s.round > rnd for s in sc.shocks)
        if not pending and change < params.tolerance:
            converged = True
            break
    return ModelRun("spatial", tuple(rounds), rounds[-1].mean.copy(), converged)
