"""Dittmer's strategic triangles: classification, role scores, pivot advantage, listing and census."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import scipy.sparse as sp

from triadic.analysis import _defaults as D
from triadic.analysis._frame import Frame
from triadic.analysis._graph import (
    GraphParams,
    check_nan,
    edge_scores,
    require_events,
    selection,
    signs,
    window_column,
)
from triadic.analysis._select import EvidenceRequest, Selection, dyad_stats, evidence_for
from triadic.analysis._window import Window, WindowSpec
from triadic.errors import AnalysisError
from triadic.store import Store

__all__ = [
    "KINDS",
    "Triangle",
    "TriangleEdge",
    "CensusRow",
    "classify",
    "find_triangles",
    "find_pivots",
    "triangle_census",
]

# windows with up to this many actors are counted with dense matrix products
DENSE_MAX_ACTORS = 2500
# kind by number of negative edges
KINDS = ("menage", "romantic", "marriage", "unit_veto")
_counter = itertools.count()


def _key(x: str, y: str) -> tuple[str, str]:
    return (x, y) if x < y else (y, x)


@dataclass(frozen=True, slots=True)
class TriangleEdge:
    """One side of a triangle: its sign, continuous score and the number of events behind it."""

    sign: int
    score: float
    n_events: int
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "sign": self.sign,
            "score": round(self.score, 6),
            "n_events": self.n_events,
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True, slots=True)
class Triangle:
    """A triad whose three edges are all signed, classified after Dittmer.

    Args:
        actors: the three actors, sorted.
        kind: ``menage`` (+++), ``romantic`` (++−), ``marriage`` (+−−) or ``unit_veto`` (−−−).
        pivot, wings: in a romantic triangle, the actor on both positive edges and the other two.
        partners, outcast: in a stable marriage, the two on the positive edge and the third.
        scores: role score s_ij + s_ik − s_jk per actor, on the signs (pivot 3, friend 1, wing −1,
            outcast −3).
        pivot_advantages: min(s_pa, s_pb) − s_ab per actor, on the continuous edge scores.
    """

    window: Window
    actors: tuple[str, str, str]
    kind: str
    edges: dict[tuple[str, str], TriangleEdge]
    scores: dict[str, int]
    pivot_advantages: dict[str, float]
    pivot: str | None = None
    wings: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    outcast: str | None = None

    @property
    def pivot_advantage(self) -> float:
        """The pivot's advantage in a romantic triangle, else the best-placed actor's."""
        if self.pivot is not None:
            return self.pivot_advantages[self.pivot]
        return max(self.pivot_advantages.values())

    @property
    def evidence(self) -> list[str]:
        """Evidence event ids of the three edges, without repeats."""
        return list(dict.fromkeys(i for e in self.edges.values() for i in e.evidence))

    def to_dict(self) -> dict[str, Any]:
        return {
            "actors": list(self.actors),
            "kind": self.kind,
            "pivot": self.pivot,
            "wings": list(self.wings),
            "partners": list(self.partners),
            "outcast": self.outcast,
            "edges": {f"{x}-{y}": e.to_dict() for (x, y), e in sorted(self.edges.items())},
            "evidence": self.evidence,
            "window": self.window.to_dict(),
            "scores": dict(self.scores),
            "pivot_advantage": round(self.pivot_advantage, 6),
            "pivot_advantages": {k: round(v, 6) for k, v in self.pivot_advantages.items()},
        }

    def to_record(self) -> dict[str, Any]:
        d = self.to_dict()
        rec: dict[str, Any] = {
            "window_start": d["window"]["start"],
            "window_end": d["window"]["end"],
            "actors": " ".join(self.actors),
            "kind": self.kind,
            "pivot": self.pivot,
            "wings": " ".join(self.wings),
            "partners": " ".join(self.partners),
            "outcast": self.outcast,
            "pivot_advantage": d["pivot_advantage"],
        }
        for k, ((x, y), e) in enumerate(sorted(self.edges.items()), start=1):
            rec[f"edge{k}"] = f"{x}-{y}:{e.sign:+d}:{e.score:.3f}:{e.n_events}"
        rec["evidence"] = " ".join(self.evidence)
        return rec


def classify(window: Window, edges: dict[tuple[str, str], TriangleEdge]) -> Triangle:
    """Classify a triad from its three signed edges (keys are sorted actor pairs)."""
    actors = tuple(sorted({x for pair in edges for x in pair}))
    if len(actors) != 3 or len(edges) != 3:
        raise AnalysisError(
            f"a triangle needs three distinct actors and three edges, got {actors}", code="E073"
        )
    x, y, z = actors

    def e(p: str, q: str) -> TriangleEdge:
        return edges[_key(p, q)]

    scores: dict[str, int] = {}
    pa_: dict[str, float] = {}
    for p, q, r in ((x, y, z), (y, x, z), (z, x, y)):
        if e(p, q).sign not in (1, -1) or e(p, r).sign not in (1, -1) or e(q, r).sign not in (1, -1):
            raise AnalysisError(
                f"triad {x}, {y}, {z} has an unsigned edge; only fully signed triads are classified",
                code="E073",
            )
        scores[p] = e(p, q).sign + e(p, r).sign - e(q, r).sign
        pa_[p] = min(e(p, q).score, e(p, r).score) - e(q, r).score
    negatives = [pair for pair, ed in edges.items() if ed.sign < 0]
    kind = KINDS[len(negatives)]
    tri = Triangle(window, (x, y, z), kind, dict(sorted(edges.items())), scores, pa_)
    if kind == "romantic":
        wings = negatives[0]
        pivot = next(a for a in actors if a not in wings)
        return Triangle(window, (x, y, z), kind, tri.edges, scores, pa_, pivot=pivot, wings=tuple(wings))
    if kind == "marriage":
        partners = next(pair for pair, ed in edges.items() if ed.sign > 0)
        outcast = next(a for a in actors if a not in partners)
        return Triangle(
            window, (x, y, z), kind, tri.edges, scores, pa_, partners=tuple(partners), outcast=outcast
        )
    return tri


@dataclass(slots=True)
class _SignedTable:
    """Signed edges of every window as aligned arrays; actors and windows as integer ids."""

    wid: np.ndarray
    ai: np.ndarray
    bi: np.ndarray
    names: list[str]
    n: np.ndarray
    score: np.ndarray
    sign: np.ndarray
    windows: list[Window]
    evidence: list[list[str]] | None = None


def _signed_table(
    store: Store, sel: Selection, spec: WindowSpec, params: GraphParams, evidence: int, lean: bool = False
) -> _SignedTable:
    """Aggregate in DuckDB, then sign and index the edges with vectorised numpy and Arrow (no row loops)."""
    tbl = dyad_stats(store, sel, spec, evidence=evidence, lean=lean)
    require_events(tbl, store, sel, spec)
    if params.measure == "goldstein":
        check_nan(store, sel, tbl)
    scores = edge_scores(tbl, params.measure)
    n = tbl.column("n").to_numpy(zero_copy_only=False)
    sg = signs(scores, n, params)
    keep = np.flatnonzero((sg == 1) | (sg == -1))
    names_arr = pc.unique(
        pa.concat_arrays([tbl.column("a").combine_chunks(), tbl.column("b").combine_chunks()])
    )
    names_arr = names_arr.take(pc.sort_indices(names_arr))
    ai = pc.index_in(tbl.column("a"), value_set=names_arr).to_numpy(zero_copy_only=False)[keep]
    bi = pc.index_in(tbl.column("b"), value_set=names_arr).to_numpy(zero_copy_only=False)[keep]
    if spec.is_all:
        wid = np.zeros(len(keep), dtype=np.int64)
        windows = window_column(store, sel, spec, tbl.slice(0, 1))
    else:
        # rows come ordered by window, so a change of start marks a new window
        ws = tbl.column("wstart").to_numpy(zero_copy_only=False).astype("datetime64[D]").astype(np.int64)
        ws = ws[keep]
        change = np.concatenate([[True], ws[1:] != ws[:-1]]) if len(ws) else np.zeros(0, dtype=bool)
        wid = np.cumsum(change) - 1
        firsts = keep[np.flatnonzero(change)]
        windows = window_column(store, sel, spec, tbl.take(pa.array(firsts, pa.int64())))
    ev = None
    if evidence > 0:
        ev = tbl.column("evidence").take(pa.array(keep, pa.int64())).to_pylist()
    return _SignedTable(
        wid,
        ai.astype(np.int64),
        bi.astype(np.int64),
        names_arr.to_pylist(),
        n[keep],
        scores[keep],
        sg[keep],
        windows,
        ev,
    )


def _check_actors(st: _SignedTable, sel: Selection, store: Store) -> None:
    actors = set(np.unique(np.concatenate([st.ai, st.bi])).tolist())
    if len(actors) < 3:
        have = ", ".join(sorted(st.names[i] for i in actors)) or "none"
        raise AnalysisError(
            f"only {len(actors)} actor(s) with signed relations ({have}) in '{store.path}' "
            f"({sel.describe()}); a triangle needs three: lower --min-events or --threshold, "
            "or widen the window",
            code="E073",
        )


def find_triangles(
    store: Store,
    window: str | WindowSpec = D.GRAPH_WINDOW,
    *,
    threshold: float = D.THRESHOLD,
    min_events: int = D.MIN_EVENTS,
    measure: str = "net",
    level: str = "country",
    modality: str | Sequence[str] = ("asserted",),
    start: str | date | None = None,
    end: str | date | None = None,
    actors: str | Sequence[str] | None = None,
    kinds: Sequence[str] | None = None,
    evidence: int = D.EVIDENCE,
) -> Frame[Triangle]:
    """Every fully signed triad of every window, classified; ordered by window, then pivot advantage.

    Args:
        window: ``all`` (default: one window over all time), a calendar period, or ``30d`` rolling.
        actors: keep triangles that contain every listed actor, or lie wholly within the list.
        kinds: keep only these kinds (``menage``, ``romantic``, ``marriage``, ``unit_veto``).
        evidence: event ids kept per edge, strongest first.
    """
    spec = WindowSpec.parse(window)
    params = GraphParams(threshold, min_events, measure)
    sel = selection(level, modality, start, end, actors)
    wanted = _check_kinds(kinds)
    st = _signed_table(store, sel, spec, params, evidence=0, lean=True)
    _check_actors(st, sel, store)
    rows = _triangle_rows(store, st, sel, wanted)
    # evidence is fetched afterwards, only for the edges of the triangles found
    used = sorted({i for ids in rows for i in ids})
    ev: dict[int, tuple[str, ...]] = {}
    if evidence > 0 and used:
        reqs = [
            EvidenceRequest(
                st.names[st.ai[i]],
                st.names[st.bi[i]],
                Window(sel.start, sel.end) if spec.is_all else st.windows[st.wid[i]],
            )
            for i in used
        ]
        ev = {i: tuple(ids) for i, ids in zip(used, evidence_for(store, sel, reqs, evidence), strict=True)}
    out: Frame[Triangle] = Frame()
    for ids in rows:
        edges = {
            (st.names[st.ai[i]], st.names[st.bi[i]]): TriangleEdge(
                int(st.sign[i]), float(st.score[i]), int(st.n[i]), ev.get(i, ())
            )
            for i in ids
        }
        out.append(classify(st.windows[st.wid[ids[0]]], edges))
    out.sort(key=lambda t: (t.window.start or date.min, -t.pivot_advantage, t.actors))
    return out


def _triangle_rows(
    store: Store, st: _SignedTable, sel: Selection, wanted: set[str]
) -> list[tuple[int, int, int]]:
    """Edge row numbers of every fully signed triad, filtered by kind and actors inside DuckDB.

    With ``actors``, only the triangles that can pass are enumerated: those among the listed actors, and
    (for up to three listed actors) those through the first listed actor, found from its neighbours.
    """
    negatives = [KINDS.index(k) for k in sorted(wanted)]
    ids = {n: i for i, n in enumerate(st.names)}
    listed = [ids.get(a, -1) for a in sel.actors]  # -1: an actor without signed edges
    everything = np.arange(len(st.ai))
    if not listed:
        return _join_triangles(store, st, everything, negatives)
    known = np.array([x for x in listed if x >= 0], dtype=np.int64)
    inside = everything[np.isin(st.ai, known) & np.isin(st.bi, known)]
    found = set(_join_triangles(store, st, inside, negatives))
    if len(listed) <= 3 and len(known) == len(listed):
        found |= set(_star_triangles(store, st, listed, negatives))
    return sorted(found, key=lambda r: (int(st.wid[r[0]]), r))


def _edge_table(st: _SignedTable, rows: np.ndarray) -> pa.Table:
    return pa.table(
        {
            "w": st.wid[rows],
            "a": st.ai[rows],
            "b": st.bi[rows],
            "neg": (st.sign[rows] < 0).astype(np.int64),
            "i": rows,
        }
    )


def _query(store: Store, table: pa.Table, sql: str, params: list[Any]) -> list[tuple[int, int, int]]:
    name = f"_triadic_edges_{next(_counter)}"
    store.con.register(name, table)
    try:
        found = store.con.execute(sql.format(e=name), params).fetchall()
    finally:
        store.con.unregister(name)
    out: list[tuple[int, int, int]] = []
    for row in found:
        x, y, z = sorted(int(v) for v in row)
        out.append((x, y, z))
    return out


def _join_triangles(
    store: Store, st: _SignedTable, rows: np.ndarray, negatives: list[int]
) -> list[tuple[int, int, int]]:
    """Every triangle among the given edges: e1 = (x, y), e2 = (x, z), e3 = (y, z) with x < y < z."""
    return _query(
        store,
        _edge_table(st, rows),
        """SELECT e1.i, e2.i, e3.i FROM {e} e1
           JOIN {e} e2 ON e2.w = e1.w AND e2.a = e1.a AND e2.b > e1.b
           JOIN {e} e3 ON e3.w = e1.w AND e3.a = e1.b AND e3.b = e2.b
           WHERE e1.neg + e2.neg + e3.neg IN (SELECT unnest(?::BIGINT[]))""",
        [negatives],
    )


def _star_triangles(
    store: Store, st: _SignedTable, listed: list[int], negatives: list[int]
) -> list[tuple[int, int, int]]:
    """Triangles through ``listed[0]`` holding every listed actor: linked pairs of its neighbours."""
    v = listed[0]
    return _query(
        store,
        _edge_table(st, np.arange(len(st.ai))),
        """WITH s AS (SELECT w, CASE WHEN a = ? THEN b ELSE a END AS o, neg, i FROM {e} WHERE a = ? OR b = ?)
           SELECT s1.i, s2.i, e3.i FROM s s1
           JOIN s s2 ON s2.w = s1.w AND s2.o > s1.o
           JOIN {e} e3 ON e3.w = s1.w AND e3.a = s1.o AND e3.b = s2.o
           WHERE s1.neg + s2.neg + e3.neg IN (SELECT unnest(?::BIGINT[]))
             AND list_has_all([?::BIGINT, s1.o, s2.o], ?::BIGINT[])""",
        [v, v, v, negatives, v, listed],
    )


def _check_kinds(kinds: Sequence[str] | None) -> set[str]:
    wanted = set(kinds or KINDS)
    bad = wanted - set(KINDS)
    if bad:
        raise AnalysisError(
            f"unknown triangle kind {', '.join(sorted(bad))}; expected {', '.join(KINDS)}", code="E072"
        )
    return wanted


def find_pivots(store: Store, window: str | WindowSpec = D.GRAPH_WINDOW, **kwargs: Any) -> Frame[Triangle]:
    """Romantic triangles only, the strongest pivot advantage first (same arguments as find_triangles)."""
    kwargs.pop("kinds", None)
    tris = find_triangles(store, window, kinds=["romantic"], **kwargs)
    return Frame(sorted(tris, key=lambda t: (-t.pivot_advantage, t.window.start or date.min, t.actors)))


@dataclass(frozen=True, slots=True)
class CensusRow:
    """How many triangles of each kind a window's signed graph holds."""

    window: Window
    actors: int
    edges: int
    menage: int
    romantic: int
    marriage: int
    unit_veto: int

    @property
    def triangles(self) -> int:
        return self.menage + self.romantic + self.marriage + self.unit_veto

    @property
    def triangle_index(self) -> float | None:
        """Share of balanced triangles (ménage and marriage); None without triangles."""
        return (self.menage + self.marriage) / self.triangles if self.triangles else None

    def to_dict(self) -> dict[str, Any]:
        ti = self.triangle_index
        return {
            "window": self.window.to_dict(),
            "actors": self.actors,
            "edges": self.edges,
            "menage": self.menage,
            "romantic": self.romantic,
            "marriage": self.marriage,
            "unit_veto": self.unit_veto,
            "triangles": self.triangles,
            "triangle_index": None if ti is None else round(ti, 7),
        }

    def to_record(self) -> dict[str, Any]:
        d = self.to_dict()
        w = d.pop("window")
        return {"window_start": w["start"], "window_end": w["end"], **d}


def triangle_census(
    store: Store,
    window: str | WindowSpec = "month",
    *,
    threshold: float = D.THRESHOLD,
    min_events: int = D.MIN_EVENTS,
    measure: str = "net",
    level: str = "country",
    modality: str | Sequence[str] = ("asserted",),
    start: str | date | None = None,
    end: str | date | None = None,
) -> Frame[CensusRow]:
    """Counts of each triangle kind per window, by sparse matrix products (no triangle is listed)."""
    spec = WindowSpec.parse(window)
    params = GraphParams(threshold, min_events, measure)
    sel = selection(level, modality, start, end)
    st = _signed_table(store, sel, spec, params, evidence=0, lean=True)
    out: Frame[CensusRow] = Frame()
    if not len(st.wid):
        return out
    bounds = np.flatnonzero(np.concatenate([[True], st.wid[1:] != st.wid[:-1], [True]]))
    # many small products: one BLAS thread each is far faster than threads contending for cores
    with _single_blas_thread():
        for lo, hi in itertools.pairwise(bounds.tolist()):
            ai, bi, sg = st.ai[lo:hi], st.bi[lo:hi], st.sign[lo:hi]
            nodes, counts = _census(ai, bi, sg)
            out.append(CensusRow(st.windows[st.wid[lo]], nodes, int(hi - lo), *counts))
    return out


def _single_blas_thread() -> AbstractContextManager[object]:
    try:
        from threadpoolctl import threadpool_limits  # installed with scikit-learn
    except ImportError:  # pragma: no cover - only slower without it
        return nullcontext()
    return threadpool_limits(limits=1, user_api="blas")


def _census(ai: np.ndarray, bi: np.ndarray, sign: np.ndarray) -> tuple[int, tuple[int, int, int, int]]:
    """Actors, and (+++, ++−, +−−, −−−) counts: trace(P³)/6, Σ N∘P²/2, Σ P∘N²/2, trace(N³)/6.

    Only the actors present in the window are indexed; dense BLAS products while that is small (fast),
    sparse products for very large windows (memory).
    """
    # renumber the window's actors 0..k-1 by counting, cheaper than sorting with np.unique
    both = np.concatenate([ai, bi])
    seen = np.bincount(both) > 0
    index = np.cumsum(seen) - 1
    k = int(seen.sum())
    r, c = index[ai], index[bi]
    pos, neg = sign > 0, sign < 0
    if k <= DENSE_MAX_ACTORS:
        p = np.zeros((k, k))
        q = np.zeros((k, k))
        p[r[pos], c[pos]] = p[c[pos], r[pos]] = 1.0
        q[r[neg], c[neg]] = q[c[neg], r[neg]] = 1.0
        pp, qq = p @ p, q @ q
        sums = (pp * p).sum(), (pp * q).sum(), (qq * p).sum(), (qq * q).sum()
    else:

        def sym(mask: np.ndarray) -> sp.csr_matrix:
            rr, cc = r[mask], c[mask]
            ones = np.ones(2 * len(rr))
            return sp.csr_matrix((ones, (np.concatenate([rr, cc]), np.concatenate([cc, rr]))), shape=(k, k))

        ps, qs = sym(pos), sym(neg)
        pps, qqs = ps @ ps, qs @ qs
        sums = pps.multiply(ps).sum(), pps.multiply(qs).sum(), qqs.multiply(ps).sum(), qqs.multiply(qs).sum()
    m, ro, ma, u = (int(round(float(x))) for x in sums)
    return k, (m // 6, ro // 2, ma // 2, u // 6)
