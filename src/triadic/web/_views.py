"""The relations, dyad, triangles and pivots views: thin adapters over :mod:`triadic.analysis`.

When the data cannot support an answer (no events in the window, fewer than three signed actors, too few
windows for a trend) the analysis raises an :class:`AnalysisError`; the dashboard shows that as an empty
result with a note rather than an error, since the request itself was fine. Bad parameters stay errors.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TypedDict

from triadic.analysis import (
    KINDS,
    ends_against_middle,
    find_pivots,
    find_triangles,
    relation_series,
    signed_graph,
)
from triadic.errors import AnalysisError
from triadic.store import Store
from triadic.web._layout import spring_layout
from triadic.web._models import DyadOut, EdgeOut, NodeOut, PivotsOut, RelationsOut, SeriesPoint, TrianglesOut

__all__ = ["GraphQuery", "relations", "dyad_series", "triangles", "pivots", "DATA_CODES"]

# analysis error codes that describe the data, not the request: shown as notes, not as 400s
DATA_CODES = frozenset({"E070", "E073", "E074", "E075"})


def _note(exc: AnalysisError) -> str:
    if exc.code not in DATA_CODES:
        raise exc
    return exc.message


class GraphKwargs(TypedDict):
    """The keyword arguments the analysis functions share."""

    start: date | None
    end: date | None
    level: str
    modality: tuple[str, ...]
    min_events: int
    threshold: float
    measure: str
    actors: tuple[str, ...] | None


@dataclass(frozen=True, slots=True)
class GraphQuery:
    """The validated parameters every graph view shares."""

    start: date | None = None
    end: date | None = None
    level: str = "country"
    modality: tuple[str, ...] = ("asserted",)
    min_events: int = 2
    threshold: float = 0.1
    measure: str = "net"
    actors: tuple[str, ...] = ()

    def kwargs(self) -> GraphKwargs:
        return {
            "start": self.start,
            "end": self.end,
            "level": self.level,
            "modality": self.modality,
            "min_events": self.min_events,
            "threshold": self.threshold,
            "measure": self.measure,
            "actors": self.actors or None,
        }


def relations(store: Store, g: GraphQuery, max_nodes: int, evidence: int = 10) -> RelationsOut:
    """The signed graph of the window [start, end], laid out; only the ``max_nodes`` busiest actors stay."""
    base = RelationsOut(
        start=g.start.isoformat() if g.start else None,
        end=g.end.isoformat() if g.end else None,
        level=g.level,
        nodes=[],
        edges=[],
        dropped_actors=0,
    )
    try:
        frame = signed_graph(store, "all", evidence=evidence, **g.kwargs())
    except AnalysisError as exc:
        return base.model_copy(update={"note": _note(exc)})
    weight: Counter[str] = Counter()
    for e in frame:
        weight[e.a] += e.n_events
        weight[e.b] += e.n_events
    keep = {a for a, _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[:max_nodes]}
    edges = [e for e in frame if e.a in keep and e.b in keep]
    degree: Counter[str] = Counter()
    events: Counter[str] = Counter()
    for e in edges:
        for x in (e.a, e.b):
            degree[x] += 1
            events[x] += e.n_events
    nodes = sorted(keep)
    pos = spring_layout(nodes, [(e.a, e.b, float(e.n_events)) for e in edges])
    note = (
        None if edges else "no pair of actors has enough events in this window; lower min_events or widen it"
    )
    return base.model_copy(
        update={
            "nodes": [
                NodeOut(id=a, events=events[a], degree=degree[a], x=pos[a][0], y=pos[a][1]) for a in nodes
            ],
            "edges": [
                EdgeOut(
                    a=e.a,
                    b=e.b,
                    n_events=e.n_events,
                    score=round(e.score, 6),
                    sign=e.sign,
                    evidence=list(e.evidence),
                )
                for e in edges
            ],
            "dropped_actors": len(weight) - len(keep),
            "note": note,
        }
    )


def dyad_series(store: Store, a: str, b: str, window: str, g: GraphQuery, evidence: int = 0) -> DyadOut:
    """The relation series of one undirected dyad, window by window."""
    out = DyadOut(a=a, b=b, window=window, series=[])
    try:
        frame = relation_series(
            store,
            window,
            level=g.level,
            modality=g.modality,
            start=g.start,
            end=g.end,
            actors=[a, b],
            evidence=evidence,
        )
    except AnalysisError as exc:
        return out.model_copy(update={"note": _note(exc)})
    pts = [
        SeriesPoint(
            start=r.window.to_dict()["start"],
            end=r.window.to_dict()["end"],
            n=r.n,
            cooperative=r.cooperative,
            conflictual=r.conflictual,
            net_coop=None if r.net_coop is None else round(r.net_coop, 6),
            goldstein_mean=None if r.goldstein_mean is None else round(r.goldstein_mean, 6),
            evidence=list(r.evidence),
        )
        for r in frame
        if {r.a, r.b} == {a, b} and r.n > 0
    ]
    note = None if pts else f"no {'/'.join(g.modality)} events between {a} and {b} in this range"
    return out.model_copy(update={"series": pts, "note": note})


def triangles(
    store: Store, window: str, g: GraphQuery, kinds: tuple[str, ...], limit: int, evidence: int = 10
) -> TrianglesOut:
    """Classified triangles of every window (strongest pivot advantage first within a window)."""
    out = TrianglesOut(window=window, total=0, kinds={k: 0 for k in KINDS}, triangles=[])
    try:
        frame = find_triangles(store, window, kinds=list(kinds) or None, evidence=evidence, **g.kwargs())
    except AnalysisError as exc:
        return out.model_copy(update={"note": _note(exc)})
    counts = Counter(t.kind for t in frame)
    return out.model_copy(
        update={
            "total": len(frame),
            "kinds": {k: counts.get(k, 0) for k in KINDS},
            "triangles": [t.to_dict() for t in frame[:limit]],
        }
    )


def pivots(
    store: Store,
    window: str,
    trend_window: str,
    span: int,
    g: GraphQuery,
    limit: int,
    draws: int,
    evidence: int = 10,
) -> PivotsOut:
    """Pivots of romantic triangles, and pivots playing both ends against the middle over time."""
    notes: list[str] = []
    piv: list[dict[str, object]] = []
    eam: list[dict[str, object]] = []
    try:
        piv = [t.to_dict() for t in find_pivots(store, window, evidence=evidence, **g.kwargs())[:limit]]
    except AnalysisError as exc:
        notes.append(_note(exc))
    try:
        eam = [
            c.to_dict()
            for c in ends_against_middle(
                store, trend_window, span=span, limit=limit, draws=draws, evidence=evidence, **g.kwargs()
            )
        ]
    except AnalysisError as exc:
        notes.append(_note(exc))
    return PivotsOut(
        window=window, trend_window=trend_window, pivots=piv, ends_against_middle=eam, notes=notes
    )
