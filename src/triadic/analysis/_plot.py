"""Figures with matplotlib (object API, no global pyplot state): dyad series and signed networks."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from matplotlib.figure import Figure

from triadic.analysis._graph import SignedEdge
from triadic.analysis._series import DyadWindow
from triadic.analysis._triangles import Triangle
from triadic.analysis._window import Window
from triadic.errors import AnalysisError

__all__ = ["plot_series", "plot_network", "SERIES_MEASURES"]

SERIES_MEASURES = ("net_coop", "goldstein_mean", "net_coop_norm", "goldstein_norm", "share", "n")
_POS, _NEG, _NEU = "#1a9850", "#d73027", "#999999"


def _check_path(path: str | Path) -> Path:
    p = Path(path)
    if p.suffix.lower() not in (".png", ".svg"):
        raise AnalysisError(f"--plot '{p}' must end in .png or .svg", code="E079")
    if not p.parent.exists():
        raise AnalysisError(f"cannot write plot '{p}': folder '{p.parent}' does not exist", code="E079")
    return p


def _save(fig: Figure, p: Path) -> Path:
    try:
        fig.savefig(p, dpi=120, bbox_inches="tight")
    except OSError as exc:
        raise AnalysisError(f"cannot write plot '{p}': {exc.strerror or exc}", code="E079") from None
    return p


def plot_series(
    rows: Sequence[DyadWindow], path: str | Path, *, measure: str = "net_coop", max_dyads: int = 8
) -> Path:
    """Line chart of ``measure`` per window for the dyads with the most events (at most ``max_dyads``)."""
    p = _check_path(path)
    if measure not in SERIES_MEASURES:
        raise AnalysisError(
            f"unknown plot measure '{measure}'; expected {', '.join(SERIES_MEASURES)}", code="E079"
        )
    if not rows:
        raise AnalysisError("nothing to plot: the series is empty", code="E079")
    totals: dict[tuple[str, str], int] = {}
    for r in rows:
        totals[(r.a, r.b)] = totals.get((r.a, r.b), 0) + r.n
    top = sorted(totals, key=lambda k: -totals[k])[:max_dyads]
    fig = Figure(figsize=(9, 4.5))
    ax = fig.add_subplot()
    arrow = "→" if rows[0].directed else "–"
    for a, b in top:
        pts = [
            (r.window.start, getattr(r, measure))
            for r in rows
            if (r.a, r.b) == (a, b) and r.window.start is not None and getattr(r, measure) is not None
        ]
        if pts:
            xs, ys = zip(*sorted(pts), strict=True)
            ax.plot(xs, ys, marker="o", label=f"{a}{arrow}{b}")
    if measure in ("net_coop", "goldstein_mean"):
        ax.axhline(0, color=_NEU, linewidth=0.8)
    ax.set_ylabel(measure.replace("_", " "))
    ax.set_title(f"Relations by {measure.replace('_', ' ')}")
    ax.legend(loc="best", fontsize="small")
    fig.autofmt_xdate()
    return _save(fig, p)


def plot_network(
    edges: Sequence[SignedEdge],
    path: str | Path,
    *,
    triangles: Sequence[Triangle] = (),
    window: Window | None = None,
) -> Path:
    """The signed graph of one window on a circle: green +, red dashed −, grey unsigned; pivots in bold."""
    p = _check_path(path)
    if window is None and edges:
        window = edges[0].window
    es = [e for e in edges if e.window == window]
    if not es:
        raise AnalysisError("nothing to plot: the window has no edges", code="E079")
    nodes = sorted({x for e in es for x in (e.a, e.b)})
    pos = {
        n: (math.cos(2 * math.pi * i / len(nodes)), math.sin(2 * math.pi * i / len(nodes)))
        for i, n in enumerate(nodes)
    }
    pivots = {t.pivot for t in triangles if t.pivot and t.window == window}
    fig = Figure(figsize=(6.5, 6.5))
    ax = fig.add_subplot()
    top = max(e.n_events for e in es)
    for e in es:
        (x0, y0), (x1, y1) = pos[e.a], pos[e.b]
        colour = _POS if e.sign > 0 else _NEG if e.sign < 0 else _NEU
        ax.plot(
            [x0, x1],
            [y0, y1],
            color=colour,
            linestyle="--" if e.sign < 0 else "-",
            linewidth=1 + 4 * math.log1p(e.n_events) / math.log1p(top),
            alpha=0.8,
            zorder=1,
        )
    for n, (x, y) in pos.items():
        ax.scatter(
            [x],
            [y],
            s=900 if n in pivots else 600,
            color="#ffd54f" if n in pivots else "#e0e0e0",
            edgecolors="black",
            linewidths=2 if n in pivots else 1,
            zorder=2,
        )
        ax.text(
            x,
            y,
            n,
            ha="center",
            va="center",
            fontsize=9,
            fontweight="bold" if n in pivots else "normal",
            zorder=3,
        )
    label = window.label if window else "all time"
    ax.set_title(f"Signed relations, {label}" + (f"; pivot: {', '.join(sorted(pivots))}" if pivots else ""))
    ax.set_aspect("equal")
    ax.axis("off")
    ax.margins(0.15)
    return _save(fig, p)
