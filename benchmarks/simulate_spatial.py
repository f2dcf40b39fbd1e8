"""Time a 50-actor, 3-dimension spatial-model run against the weighted-mean baseline in the same run.

Run: .venv/bin/python benchmarks/simulate_spatial.py [--actors 50] [--dims 3] [--repeat 3]
Prints absolute times (noisy on a shared machine) and the ratio spatial / mean, which is what to compare.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from triadic.simulate import Scenario, parse_scenario, run_model


def synthetic(n_actors: int, n_dims: int, seed: int = 7) -> Scenario:
    """A random but fixed scenario: capabilities log-normal, positions uniform 0-100, saliences 0.1-1."""
    gen = np.random.default_rng(seed)
    dims = [f"d{k}" for k in range(n_dims)]
    actors = []
    for i in range(n_actors):
        actors.append({
            "code": f"A{i:02d}",
            "capability": float(gen.lognormal(0.0, 1.0)),
            "position": {d: float(gen.uniform(0, 100)) for d in dims},
            "salience": {d: float(gen.uniform(0.1, 1.0)) for d in dims},
            "risk": float(gen.uniform(-0.5, 0.5)),
        })
    data = {"name": "bench", "dimensions": [{"name": d, "scale": [0, 100]} for d in dims], "actors": actors}
    return parse_scenario(data, source="benchmark")


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--actors", type=int, default=50)
    ap.add_argument("--dims", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    sc = synthetic(args.actors, args.dims)
    res = run_model(sc, "spatial")
    # The mean is so fast that one call is below timer resolution: time a batch and divide.
    batch = 200
    t_mean = best_of(lambda: [run_model(sc, "mean") for _ in range(batch)], args.repeat) / batch
    t_spatial = best_of(lambda: run_model(sc, "spatial"), args.repeat)
    rounds = len(res.rounds) - 1
    print(f"scenario: {args.actors} actors x {args.dims} dimensions")
    print(f"spatial: {rounds} rounds, converged={res.converged}, outcome={np.round(res.outcome, 2).tolist()}")
    print(f"weighted mean (baseline): {t_mean * 1e3:.3f} ms per run")
    per_round = t_spatial / max(rounds, 1) * 1e3
    print(f"spatial:                  {t_spatial * 1e3:.1f} ms per run ({per_round:.2f} ms per round)")
    print(f"ratio spatial / mean:     {t_spatial / t_mean:.0f}x")


if __name__ == "__main__":
    main()
