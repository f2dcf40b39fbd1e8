"""Detectors over consecutive windows: "ends against the middle" pivots and Crawford's wedges."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pyarrow as pa

from triadic.analysis import _defaults as D
from triadic.analysis._frame import Frame
from triadic.analysis._graph import GraphParams, selection
from triadic.analysis._select import EvidenceRequest, evidence_for
from triadic.analysis._trends import Grid, bootstrap_slopes, build_grid, pooled, sliding_slopes
from triadic.analysis._window import Window, WindowSpec
from triadic.errors import AnalysisError
from triadic.store import Store

__all__ = ["PivotTrend", "Wedge", "ends_against_middle", "find_wedges"]

_counter = itertools.count()


def _r(x: float | None) -> float | None:
    return None if x is None or not np.isfinite(x) else round(float(x), 6)


@dataclass(frozen=True, slots=True)
class PivotTrend:
    """A pivot p drawing closer to both a and b while a and b drift apart, over ``window``.

    ``statistic`` = min(slope_pa, slope_pb, −slope_ab) in score units per window; ``ci`` is its bootstrap
    interval and ``p_value`` the bootstrap share of draws where it is not positive.
    """

    window: Window
    pivot: str
    wings: tuple[str, str]
    slopes: dict[str, float]
    scores: dict[str, float]
    statistic: float
    ci: tuple[float, float]
    p_value: float
    rank: int = 0
    evidence: list[str] = field(default_factory=list)

    @property
    def significant(self) -> bool:
        return self.ci[0] > 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "window": self.window.to_dict(),
            "pivot": self.pivot,
            "wings": list(self.wings),
            "actors": sorted([self.pivot, *self.wings]),
            "slopes": {k: _r(v) for k, v in self.slopes.items()},
            "scores": {k: _r(v) for k, v in self.scores.items()},
            "statistic": _r(self.statistic),
            "ci": [_r(self.ci[0]), _r(self.ci[1])],
            "p_value": _r(self.p_value),
            "significant": self.significant,
            "evidence": list(self.evidence),
        }

    def to_record(self) -> dict[str, Any]:
        d = self.to_dict()
        w = d.pop("window")
        rec = {
            "rank": self.rank,
            "window_start": w["start"],
            "window_end": w["end"],
            "pivot": self.pivot,
            "wings": " ".join(self.wings),
        }
        rec.update({f"slope_{k}": v for k, v in d["slopes"].items()})
        rec.update(
            {
                "statistic": d["statistic"],
                "ci_low": d["ci"][0],
                "ci_high": d["ci"][1],
                "p_value": d["p_value"],
                "significant": self.significant,
                "evidence": " ".join(self.evidence),
            }
        )
        return rec


def _key(x: str, y: str) -> tuple[str, str]:
    return (x, y) if x < y else (y, x)


def _runs(cands: list[tuple[Any, int, float]]) -> list[tuple[Any, int, float]]:
    """Keep the strongest window of each run of consecutive windows flagged for the same actors."""
    best: list[tuple[Any, int, float]] = []
    cands = sorted(cands, key=lambda c: (c[0], c[1]))
    for _, group in itertools.groupby(cands, key=lambda c: c[0]):
        run: list[tuple[Any, int, float]] = []
        for c in group:
            if run and c[1] != run[-1][1] + 1:
                best.append(max(run, key=lambda r: r[2]))
                run = []
            run.append(c)
        if run:
            best.append(max(run, key=lambda r: r[2]))
    return best


def _join(store: Store, tables: dict[str, pa.Table], sql: str) -> list[tuple[Any, ...]]:
    names = {k: f"_triadic_{k}_{next(_counter)}" for k in tables}
    for k, t in tables.items():
        store.con.register(names[k], t)
    try:
        return store.con.execute(sql.format(**names)).fetchall()
    finally:
        for n in names.values():
            store.con.unregister(n)


def _slope_rows(grid: Grid, slopes: np.ndarray, positive: bool, both_orders: bool) -> pa.Table:
    r, c = np.nonzero(slopes > 0 if positive else slopes < 0)
    xs = [grid.dyads[i][0] for i in r]
    ys = [grid.dyads[i][1] for i in r]
    if both_orders:
        r, c, xs, ys = np.concatenate([r, r]), np.concatenate([c, c]), xs + ys, ys + xs
    return pa.table({"t": c, "x": xs, "y": ys, "s": slopes[r, c]})


def ends_against_middle(
    store: Store,
    window: str | WindowSpec = "quarter",
    *,
    span: int = D.SPAN,
    threshold: float = D.THRESHOLD,
    min_events: int = D.MIN_EVENTS,
    measure: str = "net",
    level: str = "country",
    modality: str | Sequence[str] = ("asserted",),
    start: str | date | None = None,
    end: str | date | None = None,
    actors: str | Sequence[str] | None = None,
    limit: int = 50,
    draws: int = D.BOOTSTRAP,
    evidence: int = D.EVIDENCE,
    seed: int = 0,
) -> Frame[PivotTrend]:
    """Pivots playing both ends against the middle: slopes of s_pa and s_pb > 0 while s_ab's < 0.

    Slopes are fitted over ``span`` consecutive windows (windows with fewer than ``min_events`` events on a
    dyad are left out of its fit). Each run of flagged windows keeps its strongest; the ``limit`` strongest
    candidates get a bootstrap interval and are ranked by its lower bound.
    """
    spec = WindowSpec.parse(window)
    params = GraphParams(threshold, min_events, measure)
    sel = selection(level, modality, start, end, actors)
    grid = build_grid(store, sel, spec, params, directed=False, span=span)
    score_grid = grid.scores(measure)
    slopes = sliding_slopes(score_grid, grid.n >= min_events, span)
    rows = _join(
        store,
        {"r": _slope_rows(grid, slopes, True, True), "f": _slope_rows(grid, slopes, False, False)},
        """SELECT r1.t, r1.x AS p, r1.y AS a, r2.y AS b, least(r1.s, r2.s, -f.s) AS stat
                    FROM {r} r1 JOIN {r} r2 ON r2.t = r1.t AND r2.x = r1.x AND r2.y > r1.y
                    JOIN {f} f ON f.t = r1.t AND f.x = r1.y AND f.y = r2.y""",
    )
    cands = _runs([((p, a, b), int(t), float(s)) for t, p, a, b, s in rows if sel.keeps((p, a, b))])
    cands.sort(key=lambda c: -c[2])
    cands = cands[: max(limit, 0)]
    rng = np.random.default_rng(seed)
    out: list[PivotTrend] = []
    for (p, a, b), t, stat in cands:
        rows_ = [grid.index[_key(p, a)], grid.index[_key(p, b)], grid.index[_key(a, b)]]
        boots = [bootstrap_slopes(grid, r, t, span, min_events, measure, draws, rng) for r in rows_]
        bstat = np.nanmin(np.stack([boots[0], boots[1], -boots[2]]), axis=0)
        lo, hi = np.nanpercentile(bstat, [2.5, 97.5])
        names = [f"{p}-{a}", f"{p}-{b}", f"{a}-{b}"]
        scores = {nm: float(score_grid[r, t]) for nm, r in zip(names, rows_, strict=True)}
        out.append(
            PivotTrend(
                grid.span(t - span + 1, t),
                p,
                (a, b),
                {nm: float(slopes[r, t]) for nm, r in zip(names, rows_, strict=True)},
                scores,
                stat,
                (float(lo), float(hi)),
                float(np.mean(bstat <= 0)),
            )
        )
    out.sort(key=lambda c: (-c.ci[0], -c.statistic, c.window.start or date.min))
    reqs = [
        EvidenceRequest(x, y, c.window)
        for c in out
        for x, y in ((c.pivot, c.wings[0]), (c.pivot, c.wings[1]), c.wings)
    ]
    ev = evidence_for(store, sel, reqs, evidence)
    return Frame(
        PivotTrend(
            c.window,
            c.pivot,
            c.wings,
            c.slopes,
            c.scores,
            c.statistic,
            c.ci,
            c.p_value,
            i + 1,
            list(dict.fromkeys(x for e in ev[3 * i : 3 * i + 3] for x in e)),
        )
        for i, c in enumerate(out)
    )


@dataclass(frozen=True, slots=True)
class Wedge:
    """D courting T (rising D→T cooperation) while D and E are at odds and T and E are close.

    ``outcome`` is ``fell`` when T–E's score over the ``horizon`` windows after ``window`` is below its score
    during it, ``held`` when not, ``unknown`` when T and E have too few events afterwards.
    """

    window: Window
    divider: str
    target: str
    adversary: str
    slope: float
    ci: tuple[float, float]
    p_value: float
    s_de: float
    s_te: float
    s_te_after: float | None
    outcome: str
    rank: int = 0
    evidence: list[str] = field(default_factory=list)
    evidence_after: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "window": self.window.to_dict(),
            "divider": self.divider,
            "target": self.target,
            "adversary": self.adversary,
            "slope": _r(self.slope),
            "ci": [_r(self.ci[0]), _r(self.ci[1])],
            "p_value": _r(self.p_value),
            "s_de": _r(self.s_de),
            "s_te": _r(self.s_te),
            "s_te_after": _r(self.s_te_after),
            "outcome": self.outcome,
            "te_fell": {"fell": True, "held": False}.get(self.outcome),
            "evidence": list(self.evidence),
            "evidence_after": list(self.evidence_after),
        }

    def to_record(self) -> dict[str, Any]:
        d = self.to_dict()
        w = d.pop("window")
        ci = d.pop("ci")
        return {
            "window_start": w["start"],
            "window_end": w["end"],
            **d,
            "ci_low": ci[0],
            "ci_high": ci[1],
            "evidence": " ".join(self.evidence),
            "evidence_after": " ".join(self.evidence_after),
        }


def find_wedges(
    store: Store,
    window: str | WindowSpec = "quarter",
    *,
    span: int = D.SPAN,
    horizon: int = D.HORIZON,
    threshold: float = D.THRESHOLD,
    min_events: int = D.MIN_EVENTS,
    measure: str = "net",
    level: str = "country",
    modality: str | Sequence[str] = ("asserted",),
    start: str | date | None = None,
    end: str | date | None = None,
    actors: str | Sequence[str] | None = None,
    limit: int = 50,
    draws: int = D.BOOTSTRAP,
    evidence: int = D.EVIDENCE,
    seed: int = 0,
) -> Frame[Wedge]:
    """Crawford's wedge: D's cooperation toward T rises over ``span`` windows while s_DE < −τ and s_TE > τ.

    s_DE and s_TE pool the span's events (at least ``min_events``); afterwards, T–E over ``horizon`` windows
    says whether the wedge worked (``outcome``).
    """
    spec = WindowSpec.parse(window)
    params = GraphParams(threshold, min_events, measure)
    if horizon < 1:
        raise AnalysisError(f"--horizon {horizon} must be at least 1 window", code="E072")
    sel = selection(level, modality, start, end, actors)
    dgrid = build_grid(store, sel, spec, params, directed=True, span=span)
    ugrid = build_grid(store, sel, spec, params, directed=False, span=span)
    slopes = sliding_slopes(dgrid.scores(measure), dgrid.n >= min_events, span)
    # the same events fill both grids, so their windows line up; s_DE and s_TE pool each span's events
    assert dgrid.first == ugrid.first and dgrid.width == ugrid.width
    pooled_n, pooled_s = _pooled_grid(ugrid, span, measure)
    ok = (pooled_n >= min_events) & np.isfinite(pooled_s)
    pos = _cells(ugrid, ok & (pooled_s > threshold))
    neg = _cells(ugrid, ok & (pooled_s < -threshold))

    r, c = np.nonzero(slopes > 0)
    rise = pa.table(
        {
            "t": c.astype(np.int64),
            "d": [dgrid.dyads[i][0] for i in r],
            "g": [dgrid.dyads[i][1] for i in r],
            "s": slopes[r, c],
        }
    )
    rows = _join(
        store,
        {"r": rise, "n": neg, "p": pos},
        """SELECT r.t, r.d, r.g, n.y AS e, r.s FROM {r} r
                    JOIN {n} n ON n.t = r.t AND n.x = r.d
                    JOIN {p} p ON p.t = r.t AND p.x = r.g AND p.y = n.y
                    WHERE n.y <> r.g""",
    )
    cands = _runs([((d, g, e), int(t), float(s)) for t, d, g, e, s in rows if sel.keeps((d, g, e))])
    cands.sort(key=lambda c: -c[2])
    cands = cands[: max(limit, 0)]
    rng = np.random.default_rng(seed)
    out: list[Wedge] = []
    for (d, g, e), t, s in cands:
        boot = bootstrap_slopes(dgrid, dgrid.index[(d, g)], t, span, min_events, measure, draws, rng)
        lo, hi = np.nanpercentile(boot, [2.5, 97.5])
        ut = t
        s_de, _ = pooled(ugrid, ugrid.index[_key(d, e)], ut - span + 1, ut, measure)
        te_row = ugrid.index[_key(g, e)]
        s_te, _ = pooled(ugrid, te_row, ut - span + 1, ut, measure)
        after, n_after = pooled(ugrid, te_row, ut + 1, ut + horizon, measure)
        outcome = "unknown" if n_after < min_events else ("fell" if after < s_te else "held")
        out.append(
            Wedge(
                dgrid.span(t - span + 1, t),
                d,
                g,
                e,
                s,
                (float(lo), float(hi)),
                float(np.mean(boot <= 0)),
                s_de,
                s_te,
                after if n_after else None,
                outcome,
            )
        )
    out.sort(key=lambda w: (-w.ci[0], -w.slope, w.window.start or date.min))
    reqs: list[EvidenceRequest] = []
    for w in out:
        reqs.append(EvidenceRequest(w.divider, w.target, w.window, directed=True))
        assert w.window.end is not None
        last = spec.index(w.window.end)  # ordinal of the span's last window
        later = Window(spec.window_at(last + 1).start, spec.window_at(last + horizon).end)
        reqs.append(EvidenceRequest(w.target, w.adversary, later))
    ev = evidence_for(store, sel, reqs, evidence)
    return Frame(
        Wedge(
            w.window,
            w.divider,
            w.target,
            w.adversary,
            w.slope,
            w.ci,
            w.p_value,
            w.s_de,
            w.s_te,
            w.s_te_after,
            w.outcome,
            i + 1,
            ev[2 * i],
            ev[2 * i + 1],
        )
        for i, w in enumerate(out)
    )


def _pooled_grid(grid: Grid, span: int, measure: str) -> tuple[np.ndarray, np.ndarray]:
    def wsum(x: np.ndarray) -> np.ndarray:
        c = np.cumsum(x, axis=1)
        out = c.copy()
        out[:, span:] = c[:, span:] - c[:, :-span]
        return out

    n = wsum(grid.n)
    with np.errstate(invalid="ignore", divide="ignore"):
        if measure == "goldstein":
            s = wsum(grid.gsum) / np.maximum(n, 1) / 10.0
        else:
            s = (wsum(grid.coop) - wsum(grid.conf)) / np.maximum(n, 1)
    s = np.where(n > 0, s, np.nan)
    s[:, : span - 1] = np.nan
    return n, np.asarray(s)


def _cells(grid: Grid, mask: np.ndarray) -> pa.Table:
    """(t, x, y) of the masked dyad-window cells, each undirected dyad in both orders."""
    r, c = np.nonzero(mask)
    xs = [grid.dyads[i][0] for i in r]
    ys = [grid.dyads[i][1] for i in r]
    return pa.table({"t": np.concatenate([c, c]).astype(np.int64), "x": xs + ys, "y": ys + xs})
