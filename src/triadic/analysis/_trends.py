"""Trends over consecutive windows: dense dyad-by-window grids, sliding slopes and their bootstrap."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from triadic.analysis._graph import GraphParams, check_nan, require_events
from triadic.analysis._select import Selection, dyad_stats
from triadic.analysis._window import Window, WindowSpec
from triadic.errors import AnalysisError
from triadic.store import Store

__all__ = ["Grid", "build_grid", "sliding_slopes", "pooled", "bootstrap_slopes", "check_span"]


@dataclass(slots=True)
class Grid:
    """Per dyad (rows) and consecutive window (columns): counts and Goldstein sums of counted events.

    Column j is the window with ordinal ``first + j`` of ``spec``; windows without events are zeros.
    """

    spec: WindowSpec
    first: int
    dyads: list[tuple[str, str]]
    index: dict[tuple[str, str], int]
    n: np.ndarray
    coop: np.ndarray
    conf: np.ndarray
    gsum: np.ndarray
    gsq: np.ndarray

    @property
    def width(self) -> int:
        return int(self.n.shape[1])

    def window(self, j: int) -> Window:
        return self.spec.window_at(self.first + j)

    def span(self, j0: int, j1: int) -> Window:
        """The stretch of time from window j0 to window j1, inclusive."""
        return Window(self.window(j0).start, self.window(j1).end)

    def scores(self, measure: str) -> np.ndarray:
        return _score(self.n, self.coop, self.conf, self.gsum, measure)


def _score(n: np.ndarray, coop: np.ndarray, conf: np.ndarray, gsum: np.ndarray, measure: str) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        if measure == "goldstein":
            return np.asarray(np.where(n > 0, gsum / np.maximum(n, 1) / 10.0, np.nan))
        return np.asarray(np.where(n > 0, (coop - conf) / np.maximum(n, 1), np.nan))


def check_span(spec: WindowSpec, span: int) -> None:
    if spec.is_all:
        raise AnalysisError(
            "trend detectors compare consecutive windows; use --window day, week, month, "
            "quarter, year or a rolling window such as 90d:30, not 'all'",
            code="E071",
        )
    if span < 2:
        raise AnalysisError(f"--span {span} is too short; a slope needs at least 2 windows", code="E072")


def build_grid(
    store: Store, sel: Selection, spec: WindowSpec, params: GraphParams, *, directed: bool, span: int
) -> Grid:
    """Aggregate in DuckDB, then lay the dyad-window statistics out on a dense grid."""
    check_span(spec, span)
    tbl = dyad_stats(store, sel, spec, directed=directed)
    require_events(tbl, store, sel, spec)
    if params.measure == "goldstein":
        check_nan(store, sel, tbl)
    key = "wend" if spec.kind == "rolling" else "wstart"
    wdates: list[date] = tbl.column(key).to_pylist()
    ords = {d: spec.index(d) for d in set(wdates)}
    first, last = min(ords.values()), max(ords.values())
    if last - first + 1 < span:
        w0, w1 = spec.window_at(first), spec.window_at(last)
        raise AnalysisError(
            f"only {last - first + 1} {spec.text} window(s) from {w0.start} to {w1.end} hold "
            f"events; a trend over --span {span} windows needs at least {span}: use a shorter "
            "--window, a smaller --span, or a longer --from/--to",
            code="E075",
        )
    a, b = tbl.column("a").to_pylist(), tbl.column("b").to_pylist()
    dyads = sorted(set(zip(a, b, strict=True)))
    index = {d: i for i, d in enumerate(dyads)}
    rows = np.fromiter((index[(x, y)] for x, y in zip(a, b, strict=True)), dtype=np.int64, count=len(a))
    cols = np.fromiter((ords[d] - first for d in wdates), dtype=np.int64, count=len(a))
    shape = (len(dyads), last - first + 1)

    def lay(name: str, dtype: type) -> np.ndarray:
        out: np.ndarray = np.zeros(shape, dtype=dtype)
        out[rows, cols] = tbl.column(name).to_numpy(zero_copy_only=False)
        return out

    return Grid(
        spec,
        first,
        dyads,
        index,
        lay("n", np.int64),
        lay("coop", np.int64),
        lay("conf", np.int64),
        lay("gsum", np.float64),
        lay("gsq", np.float64),
    )


def _windowed_sum(x: np.ndarray, span: int) -> np.ndarray:
    """Sum over the last ``span`` columns ending at each column (NaN-free input), same shape."""
    c = np.cumsum(x, axis=-1)
    out = c.copy()
    out[..., span:] = c[..., span:] - c[..., :-span]
    return out


def sliding_slopes(score: np.ndarray, valid: np.ndarray, span: int) -> np.ndarray:
    """OLS slope per window of the scores over the ``span`` windows ending there; NaN with < 2 valid points.

    Slopes are in score units per window. Works on any leading shape (dyads, or bootstrap draws).
    """
    x = np.broadcast_to(np.arange(score.shape[-1], dtype=float), score.shape)
    v = valid.astype(float)
    y = np.where(valid, score, 0.0)
    k = _windowed_sum(v, span)
    sx, sy = _windowed_sum(x * v, span), _windowed_sum(y, span)
    sxx, sxy = _windowed_sum(x * x * v, span), _windowed_sum(x * y, span)
    den = k * sxx - sx * sx
    with np.errstate(invalid="ignore", divide="ignore"):
        slope = np.where((k >= 2) & (den > 0), (k * sxy - sx * sy) / np.where(den > 0, den, 1.0), np.nan)
    slope[..., : span - 1] = np.nan  # a full span must fit before the first window
    return np.asarray(slope)


def pooled(grid: Grid, row: int, j0: int, j1: int, measure: str) -> tuple[float, int]:
    """Score of one dyad over windows j0..j1 pooled together, and its number of events."""
    j0, j1 = max(j0, 0), min(j1, grid.width - 1)
    if j1 < j0 or row < 0:
        return float("nan"), 0
    sl = slice(j0, j1 + 1)
    n = grid.n[row, sl].sum()
    s = _score(
        np.array(n),
        np.array(grid.coop[row, sl].sum()),
        np.array(grid.conf[row, sl].sum()),
        np.array(grid.gsum[row, sl].sum()),
        measure,
    )
    return float(s), int(n)


def bootstrap_slopes(
    grid: Grid,
    row: int,
    j: int,
    span: int,
    min_events: int,
    measure: str,
    draws: int,
    rng: np.random.Generator,
) -> np.ndarray:
    """Slopes of one dyad over the span ending at window j, re-estimated on resampled events.

    Within each window the dyad's events are resampled with replacement: a multinomial draw of
    (cooperative, conflictual, neutral) counts for net cooperation, or a normal draw of the mean for
    Goldstein.
    """
    sl = slice(j - span + 1, j + 1)
    n, coop, conf = grid.n[row, sl], grid.coop[row, sl], grid.conf[row, sl]
    valid = n >= min_events
    if measure == "goldstein":
        mean = grid.gsum[row, sl] / np.maximum(n, 1)
        var = np.maximum(grid.gsq[row, sl] / np.maximum(n, 1) - mean**2, 0.0)
        sims = rng.normal(mean, np.sqrt(var / np.maximum(n, 1)), size=(draws, span)) / 10.0
    else:
        sims = np.zeros((draws, span))
        for w in range(span):
            if n[w] == 0:
                continue
            p = np.array([coop[w], conf[w], n[w] - coop[w] - conf[w]], dtype=float) / n[w]
            c = rng.multinomial(int(n[w]), p, size=draws)
            sims[:, w] = (c[:, 0] - c[:, 1]) / n[w]
    valid_b = np.broadcast_to(valid, sims.shape)
    return sliding_slopes(sims, valid_b, span)[:, -1]
