"""Run a scenario with one model, optionally many times with seeded noise: the library entry point."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from triadic.errors import ScenarioError
from triadic.simulate._bdm import run_bdm
from triadic.simulate._core import ModelRun, RoundState, State, round_state
from triadic.simulate._scenario import Scenario
from triadic.simulate._spatial import run_spatial

__all__ = ["MODELS", "MAX_RUNS", "Sensitivity", "Uncertainty", "SimulationResult", "run_model",
           "run_scenario"]

MODELS: tuple[str, ...] = ("mean", "median", "bdm", "spatial")
MAX_RUNS = 10_000
QUANTILES: tuple[float, ...] = (0.05, 0.25, 0.5, 0.75, 0.95)


def _r(v: float) -> float:
    return round(float(v), 6)


@dataclass(frozen=True, slots=True)
class Sensitivity:
    """How much an actor's inputs move the outcome.

    Effects are the summed absolute slopes of the outcome (in fractions of each dimension's scale width) on
    the actor's standardised noise draws: the outcome shift per one standard deviation of input noise.
    """

    actor: str
    effect: float
    position_effect: float
    salience_effect: float

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "effect": _r(self.effect), "position_effect": _r(self.position_effect),
                "salience_effect": _r(self.salience_effect)}


@dataclass(frozen=True, slots=True)
class Uncertainty:
    """The outcome distribution over noisy runs and the sensitivity ranking."""

    runs: int
    seed: int
    position_sd: float
    salience_sd: float
    outcomes: np.ndarray  # runs × dimensions
    converged_share: float
    sensitivity: tuple[Sensitivity, ...]

    def quantiles(self) -> dict[str, list[float]]:
        return {f"p{int(q * 100):02d}": [_r(v) for v in np.quantile(self.outcomes, q, axis=0)]
                for q in QUANTILES}

    def to_dict(self) -> dict[str, Any]:
        return {
            "runs": self.runs,
            "seed": self.seed,
            "noise": {"position": self.position_sd, "salience": self.salience_sd},
            "mean": [_r(v) for v in self.outcomes.mean(axis=0)],
            "sd": [_r(v) for v in self.outcomes.std(axis=0)],
            "quantiles": self.quantiles(),
            "converged_share": _r(self.converged_share),
            "outcomes": [[_r(v) for v in row] for row in self.outcomes],
            "sensitivity": [s.to_dict() for s in self.sensitivity],
        }


@dataclass(frozen=True, slots=True)
class SimulationResult:
    """A model's rounds (round 0 = start), outcome per dimension, convergence, and optional uncertainty."""

    model: str
    actors: tuple[str, ...]
    dimensions: tuple[str, ...]
    rounds: tuple[RoundState, ...]
    outcome: np.ndarray
    converged: bool
    uncertainty: Uncertainty | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract: model, rounds, outcome, converged (+ uncertainty when runs were asked)."""
        out: dict[str, Any] = {
            "model": self.model,
            "rounds": [
                {
                    "round": r.round,
                    "positions": {a: [_r(v) for v in r.positions[i]] for i, a in enumerate(self.actors)},
                    "mean": [_r(v) for v in r.mean],
                    "median": [_r(v) for v in r.median],
                }
                for r in self.rounds
            ],
            "outcome": [_r(v) for v in self.outcome],
            "converged": self.converged,
        }
        if self.uncertainty is not None:
            out["uncertainty"] = self.uncertainty.to_dict()
        return out


def _static(model: str) -> Callable[[Scenario, State | None], ModelRun]:
    def run(sc: Scenario, state: State | None = None) -> ModelRun:
        st = state if state is not None else State.from_scenario(sc)
        r0 = round_state(0, st)
        return ModelRun(model, (r0,), (r0.mean if model == "mean" else r0.median).copy(), True)

    return run


_RUNNERS: dict[str, Callable[[Scenario, State | None], ModelRun]] = {
    "mean": _static("mean"),
    "median": _static("median"),
    "bdm": run_bdm,
    "spatial": run_spatial,
}


def run_model(sc: Scenario, model: str, state: State | None = None) -> ModelRun:
    """One deterministic run of ``model`` (mean, median, bdm, spatial) from ``state`` or the scenario."""
    if model not in _RUNNERS:
        raise ScenarioError(f"unknown model '{model}'; choose one of {', '.join(MODELS)}", code="E086")
    return _RUNNERS[model](sc, state)


def _slopes(draws: np.ndarray, y: np.ndarray) -> np.ndarray:
    """|slope| of the outcome on each standardised input draw, summed over outcome dimensions.

    With more runs than inputs, a joint least-squares fit (which separates inputs that happen to be
    correlated in the sample); otherwise one-at-a-time slopes cov(z, y) / var(z).
    """
    zc = draws - draws.mean(axis=0)
    yc = y - y.mean(axis=0)
    if len(y) > zc.shape[1] + 1:
        coef, *_ = np.linalg.lstsq(zc, yc, rcond=None)
        return np.abs(coef).sum(axis=1)
    var = (zc ** 2).mean(axis=0)
    cov = zc.T @ yc / len(y)  # features × dims
    slope = np.divide(cov, var[:, None], out=np.zeros_like(cov), where=var[:, None] > 0)
    return np.abs(slope).sum(axis=1)


def _uncertainty(sc: Scenario, model: str, runs: int, seed: int) -> Uncertainty:
    noise = sc.parameters.noise
    gen = np.random.default_rng(seed)
    base = State.from_scenario(sc)
    lows, highs = sc.lows(), sc.highs()
    widths = highs - lows
    n, d = base.positions.shape
    outcomes = np.empty((runs, d))
    draws = np.empty((runs, n, d, 2))
    conv = 0
    for k in range(runs):
        zp = gen.standard_normal((n, d))
        zs = gen.standard_normal((n, d))
        st = base.copy()
        st.positions = np.clip(st.positions + zp * noise.position * widths, lows, highs)
        st.saliences = np.clip(st.saliences + zs * noise.salience, 0.0, 1.0)
        res = run_model(sc, model, st)
        outcomes[k] = res.outcome
        conv += int(res.converged)
        draws[k, :, :, 0] = zp
        draws[k, :, :, 1] = zs
    y = (outcomes - lows) / widths
    eff = _slopes(draws.reshape(runs, -1), y).reshape(n, d, 2)
    # A zero-sd noise source carries no information about sensitivity.
    if noise.position == 0:
        eff[:, :, 0] = 0
    if noise.salience == 0:
        eff[:, :, 1] = 0
    items = [
        Sensitivity(code, float(eff[i].sum()), float(eff[i, :, 0].sum()), float(eff[i, :, 1].sum()))
        for i, code in enumerate(sc.codes)
    ]
    items.sort(key=lambda s: (-s.effect, s.actor))
    return Uncertainty(runs, seed, noise.position, noise.salience, outcomes, conv / runs, tuple(items))


def run_scenario(scenario: Scenario, model: str = "bdm", runs: int = 0,
                 seed: int | None = None) -> SimulationResult:
    """Run ``scenario`` with ``model``; with ``runs`` > 0 also run it that many times with seeded noise.

    Args:
        runs: noisy repetitions (noise sds from ``parameters.noise``); 0 for the deterministic run alone.
        seed: the noise seed; defaults to ``parameters.noise.seed``. Same seed, same result.
    """
    if not 0 <= runs <= MAX_RUNS:
        raise ScenarioError(f"--runs must be between 0 and {MAX_RUNS}, got {runs}", code="E089")
    if runs == 1:
        raise ScenarioError("--runs 1 gives no distribution; use 0 for the deterministic run or 2 or more",
                            code="E089")
    res = run_model(scenario, model)
    unc = None
    if runs:
        unc = _uncertainty(scenario, model, runs, scenario.parameters.noise.seed if seed is None else seed)
    return SimulationResult(res.model, tuple(scenario.codes), tuple(scenario.dimension_names), res.rounds,
                            res.outcome, res.converged, unc)
