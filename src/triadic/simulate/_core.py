"""Shared pieces of every model: the bargaining state, the weighted mean and median, shocks, round records."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from triadic.simulate._scenario import Scenario, Shock

__all__ = ["State", "RoundState", "ModelRun", "weighted_mean", "weighted_median", "apply_shocks",
           "round_state"]


@dataclass(slots=True)
class State:
    """What bargaining changes: positions (actors × dimensions, scale units), saliences, capabilities."""

    positions: np.ndarray
    saliences: np.ndarray
    capabilities: np.ndarray

    @classmethod
    def from_scenario(cls, sc: Scenario) -> State:
        return cls(sc.positions(), sc.saliences(), sc.capabilities())

    def copy(self) -> State:
        return State(self.positions.copy(), self.saliences.copy(), self.capabilities.copy())

    def weights(self) -> np.ndarray:
        """Capability × salience, actors × dimensions: each actor's weight on each dimension."""
        return self.capabilities[:, None] * self.saliences


@dataclass(frozen=True, slots=True)
class RoundState:
    """The state after a round (round 0 is the start, before any bargaining)."""

    round: int
    positions: np.ndarray
    mean: np.ndarray
    median: np.ndarray


@dataclass(frozen=True, slots=True)
class ModelRun:
    """One deterministic run of a model: every round, the outcome per dimension, and convergence."""

    model: str
    rounds: tuple[RoundState, ...]
    outcome: np.ndarray
    converged: bool


def weighted_mean(x: np.ndarray, w: np.ndarray) -> float:
    """Σ w·x / Σ w; the plain mean when every weight is 0."""
    tot = float(w.sum())
    return float((w * x).sum() / tot) if tot > 0 else float(x.mean())


def weighted_median(x: np.ndarray, w: np.ndarray) -> float:
    """The weighted (Condorcet) median of positions ``x``.

    On one dimension with votes proportional to w·|distance| (BDM's votes with linear utility), the
    position that beats every other in pairwise votes is the weighted median: the first position, in
    sorted order, whose cumulative weight reaches half the total. When the cumulative weight equals exactly
    half, the two positions tie and the midpoint is returned.
    """
    order = np.argsort(x, kind="stable")
    xs, ws = x[order], w[order]
    tot = float(ws.sum())
    if tot <= 0:
        return float(np.median(xs))
    cum = np.cumsum(ws)
    half = tot / 2.0
    k = int(np.searchsorted(cum, half - 1e-12 * tot))
    if abs(cum[k] - half) <= 1e-12 * tot and k + 1 < len(xs):
        nxt = k + 1
        while nxt < len(xs) and ws[nxt] == 0:
            nxt += 1
        if nxt < len(xs):
            return float((xs[k] + xs[nxt]) / 2.0)
    return float(xs[k])


def round_state(rnd: int, st: State) -> RoundState:
    """Record a round: positions, and the weighted mean and median on each dimension."""
    w = st.weights()
    d = st.positions.shape[1]
    mean = np.array([weighted_mean(st.positions[:, k], w[:, k]) for k in range(d)])
    median = np.array([weighted_median(st.positions[:, k], w[:, k]) for k in range(d)])
    return RoundState(rnd, st.positions.copy(), mean, median)


def apply_shocks(st: State, shocks: tuple[Shock, ...], rnd: int, sc: Scenario) -> None:
    """Apply, in place, the shocks scheduled for the start of round ``rnd``."""
    codes = sc.codes
    dims = sc.dimension_names
    lows, highs = sc.lows(), sc.highs()
    for s in shocks:
        if s.round != rnd:
            continue
        i = codes.index(s.actor)
        if s.field == "capability":
            cur = st.capabilities[i]
            st.capabilities[i] = max(0.0, s.value if s.value is not None else cur + (s.delta or 0.0))
            continue
        k = dims.index(s.dimension or "")
        arr = st.positions if s.field == "position" else st.saliences
        new = s.value if s.value is not None else arr[i, k] + (s.delta or 0.0)
        lo, hi = (lows[k], highs[k]) if s.field == "position" else (0.0, 1.0)
        arr[i, k] = min(hi, max(lo, new))
