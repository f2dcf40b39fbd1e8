"""Plot a simulation: actor trajectories with the weighted mean and median, and the outcome distribution."""

from __future__ import annotations

from pathlib import Path

from triadic.errors import ScenarioError
from triadic.simulate._runner import SimulationResult

__all__ = ["plot_result"]


def plot_result(result: SimulationResult, path: str | Path) -> Path:
    """Write a PNG/SVG/PDF (by the file's suffix) of ``result``; returns the path."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = Path(path)
    if not out.parent.exists():
        raise ScenarioError(f"--plot: folder '{out.parent}' does not exist", code="E088")
    ndim = len(result.dimensions)
    cols = 2 if result.uncertainty is not None else 1
    fig, axes = plt.subplots(ndim, cols, figsize=(7 * cols, 3.6 * ndim), squeeze=False)
    rounds = [r.round for r in result.rounds]
    for k, dim in enumerate(result.dimensions):
        ax = axes[k][0]
        for i, code in enumerate(result.actors):
            ys = [r.positions[i, k] for r in result.rounds]
            ax.plot(rounds, ys, color="0.6", lw=0.9, marker="o" if len(rounds) == 1 else None, ms=3)
            ax.annotate(code, (rounds[-1], ys[-1]), fontsize=7, color="0.3", xytext=(3, 0),
                        textcoords="offset points", va="center")
        ax.plot(rounds, [r.mean[k] for r in result.rounds], color="tab:blue", lw=2, label="weighted mean")
        ax.plot(rounds, [r.median[k] for r in result.rounds], color="tab:red", lw=2, ls="--",
                label="weighted median")
        ax.set_title(f"{result.model}: {dim}")
        ax.set_xlabel("round")
        ax.set_ylabel("position")
        ax.legend(fontsize=8, loc="best")
        if result.uncertainty is not None:
            hx = axes[k][1]
            hx.hist(result.uncertainty.outcomes[:, k], bins=30, color="tab:gray")
            hx.axvline(result.outcome[k], color="tab:red", label="deterministic outcome")
            hx.set_title(f"outcome over {result.uncertainty.runs} noisy runs: {dim}")
            hx.set_xlabel("outcome")
            hx.legend(fontsize=8)
    fig.tight_layout()
    try:
        fig.savefig(out, dpi=110)
    except (OSError, ValueError) as exc:
        raise ScenarioError(f"--plot: cannot write '{out}': {exc}", code="E088") from exc
    finally:
        plt.close(fig)
    return out
