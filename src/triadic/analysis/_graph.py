"""Signed graphs: one per window, each edge signed from its score with a threshold and a minimum of events."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from triadic.analysis import _defaults as D
from triadic.analysis._frame import Frame
from triadic.analysis._select import Selection, date_range, dyad_stats
from triadic.analysis._window import Window, WindowSpec, parse_date
from triadic.errors import AnalysisError
from triadic.store import Store

__all__ = [
    "SignedEdge",
    "GraphParams",
    "signed_graph",
    "edge_scores",
    "signs",
    "selection",
    "check_nan",
    "window_column",
    "require_events",
]


def selection(
    level: str = "country",
    modality: str | Sequence[str] = ("asserted",),
    start: str | date | None = None,
    end: str | date | None = None,
    actors: str | Sequence[str] | None = None,
) -> Selection:
    """Build a :class:`Selection` from user-style arguments (comma-separated strings allowed)."""
    mods = tuple(m.strip() for m in modality.split(",")) if isinstance(modality, str) else tuple(modality)
    if isinstance(actors, str):
        acts = tuple(a.strip().upper() for a in actors.split(",") if a.strip())
    else:
        acts = tuple(a.upper() for a in actors or ())
    return Selection(
        level=level,
        modalities=mods,
        start=parse_date(start, "--from date"),
        end=parse_date(end, "--to date"),
        actors=acts,
    )


@dataclass(frozen=True, slots=True)
class GraphParams:
    """How edges get a sign: ``measure`` score, |score| > ``threshold``, at least ``min_events`` events."""

    threshold: float = D.THRESHOLD
    min_events: int = D.MIN_EVENTS
    measure: str = "net"

    def __post_init__(self) -> None:
        if not (isinstance(self.threshold, int | float) and 0.0 <= self.threshold < 1.0):
            raise AnalysisError(
                f"threshold {self.threshold} is out of range; scores lie in [-1, 1], so give "
                "a value in [0, 1), for example 0.1",
                code="E072",
            )
        if self.min_events < 1:
            raise AnalysisError(f"min-events {self.min_events} must be at least 1", code="E072")
        if self.measure not in D.MEASURES:
            raise AnalysisError(
                f"unknown measure '{self.measure}'; expected {' or '.join(D.MEASURES)}", code="E072"
            )


def edge_scores(tbl: pa.Table, measure: str) -> np.ndarray:
    """Score per row: net cooperation (coop − conf) / n, or mean Goldstein / 10; both in [-1, 1]."""
    n = np.maximum(tbl.column("n").to_numpy(zero_copy_only=False).astype(float), 1.0)
    if measure == "goldstein":
        return np.asarray(tbl.column("gsum").to_numpy(zero_copy_only=False) / n / 10.0)
    coop = tbl.column("coop").to_numpy(zero_copy_only=False)
    conf = tbl.column("conf").to_numpy(zero_copy_only=False)
    return np.asarray((coop - conf) / n)


def signs(scores: np.ndarray, n: np.ndarray, params: GraphParams) -> np.ndarray:
    """+1 / −1 beyond the threshold, 0 in between; edges under the event minimum are −2 (no edge)."""
    s = np.where(scores > params.threshold, 1, np.where(scores < -params.threshold, -1, 0))
    return np.where(n >= params.min_events, s, -2).astype(np.int8)


def check_nan(store: Store, sel: Selection, tbl: pa.Table) -> None:
    """Raise if any counted event has a NaN Goldstein score, naming one so it can be fixed."""
    if tbl.num_rows == 0 or not np.isnan(tbl.column("gsum").to_numpy(zero_copy_only=False)).any():
        return
    base, params = sel.base_sql()
    bad = store.con.execute(
        f"SELECT id, count(*) OVER () FROM ({base}) WHERE counted AND isnan(goldstein) LIMIT 1", params
    ).fetchone()
    ident, count = (bad[0], bad[1]) if bad else ("?", "some")
    raise AnalysisError(
        f"{count} event(s) have a NaN Goldstein score (for example '{ident}'), so scores "
        "cannot be computed; re-import them or delete them from the store, or use the 'net' "
        "measure",
        code="E074",
    )


def require_events(tbl: pa.Table, store: Store, sel: Selection, spec: WindowSpec) -> None:
    """Raise a clear error when the selection holds no events at all."""
    if tbl.num_rows == 0:
        src, tgt = sel.columns
        try:
            row = store.con.execute(f"SELECT count(*), min({src}) FROM events WHERE {src} = {tgt}").fetchone()
        except duckdb.Error:
            row = None
        if row and row[0]:
            raise AnalysisError(
                f"no events between two different actors in '{store.path}' ({sel.describe()}): "
                f"{row[0]} event(s) have the same actor ({row[1]}…) as source and target at "
                f"{sel.level} level; relations need two actors: try --level code",
                code="E073",
            )
        raise AnalysisError(
            f"no events to analyse in '{store.path}' ({sel.describe()}, window {spec.text}); "
            "widen --from/--to, drop --actors, or code or import events first",
            code="E070",
        )


def window_column(store: Store, sel: Selection, spec: WindowSpec, tbl: pa.Table) -> list[Window]:
    """The :class:`Window` of each row; for ``all`` the span of the selected events' dates."""
    if spec.is_all:
        lo, hi = (sel.start, sel.end)
        if lo is None or hi is None:
            dlo, dhi = date_range(store, sel)
            lo, hi = lo or dlo, hi or dhi
        w = Window(lo, hi)
        return [w] * tbl.num_rows
    cache: dict[tuple[date, date], Window] = {}
    out = []
    for s, e in zip(tbl.column("wstart").to_pylist(), tbl.column("wend").to_pylist(), strict=True):
        out.append(cache.setdefault((s, e), Window(s, e)))
    return out


@dataclass(frozen=True, slots=True)
class SignedEdge:
    """An edge of a window's signed graph.

    ``sign`` is +1, −1, or 0 when the score lies within ±threshold (enough events, no clear sign).
    """

    window: Window
    a: str
    b: str
    n_events: int
    score: float
    sign: int
    directed: bool = False
    evidence: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "window": self.window.to_dict(),
            "a": self.a,
            "b": self.b,
            "directed": self.directed,
            "n_events": self.n_events,
            "score": round(self.score, 6),
            "sign": self.sign,
            "evidence": list(self.evidence),
        }

    def to_record(self) -> dict[str, Any]:
        d = self.to_dict()
        w = d.pop("window")
        return {"window_start": w["start"], "window_end": w["end"], **d}


def signed_graph(
    store: Store,
    window: str | WindowSpec = D.GRAPH_WINDOW,
    *,
    threshold: float = D.THRESHOLD,
    min_events: int = D.MIN_EVENTS,
    measure: str = "net",
    directed: bool = False,
    level: str = "country",
    modality: str | Sequence[str] = ("asserted",),
    start: str | date | None = None,
    end: str | date | None = None,
    actors: str | Sequence[str] | None = None,
    evidence: int = D.EVIDENCE,
) -> Frame[SignedEdge]:
    """The signed graph of every window: edges with ``min_events`` events+, signed by ``threshold``."""
    spec = WindowSpec.parse(window)
    params = GraphParams(threshold, min_events, measure)
    sel = selection(level, modality, start, end, actors)
    tbl = dyad_stats(store, sel, spec, directed=directed, evidence=evidence)
    require_events(tbl, store, sel, spec)
    if measure == "goldstein":
        check_nan(store, sel, tbl)
    scores = edge_scores(tbl, measure)
    n = tbl.column("n").to_numpy(zero_copy_only=False)
    sg = signs(scores, n, params)
    wins = window_column(store, sel, spec, tbl)
    a, b = tbl.column("a").to_pylist(), tbl.column("b").to_pylist()
    ev = tbl.column("evidence").to_pylist() if evidence > 0 else [[] for _ in a]
    out: Frame[SignedEdge] = Frame()
    for i in range(tbl.num_rows):
        if sg[i] == -2 or not sel.keeps((a[i], b[i])):
            continue
        out.append(
            SignedEdge(
                wins[i], a[i], b[i], int(n[i]), float(scores[i]), int(sg[i]), directed, list(ev[i] or [])
            )
        )
    return out
