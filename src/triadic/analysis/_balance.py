"""Structural balance of a signed graph: triangle index, Estrada–Benzi walk index, frustration index."""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.optimize import Bounds, LinearConstraint, milp

from triadic.errors import AnalysisError

__all__ = ["BalanceReport", "SignedEdgeList", "balance", "read_signed_edges", "frustration"]

# up to this many edges the frustration index is solved exactly as an integer programme
EXACT_MAX_EDGES = 600
EXACT_TIME_LIMIT = 20.0


@dataclass(frozen=True, slots=True)
class SignedEdgeList:
    """A validated simple signed graph: node names and edges (i < j, sign ±1) by node index."""

    nodes: tuple[str, ...]
    u: np.ndarray
    v: np.ndarray
    sign: np.ndarray

    @classmethod
    def build(
        cls, edges: Iterable[tuple[str, str, float | str]], where: Sequence[str] | None = None
    ) -> SignedEdgeList:
        """Validate (source, target, sign) triples; ``where`` names each edge's origin for messages."""
        seen: dict[tuple[str, str], int] = {}
        rows: list[tuple[str, str, int]] = []
        for k, (s, t, g) in enumerate(edges):
            at = where[k] if where else f"edge {k + 1}"
            s, t = str(s).strip(), str(t).strip()
            if not s or not t:
                raise AnalysisError(
                    f"{at}: empty source or target; every edge needs two actor names", code="E076"
                )
            try:
                val = float(g)
            except (TypeError, ValueError):
                raise AnalysisError(
                    f"{at}: sign '{g}' is not a number; expected 1 or -1", code="E076"
                ) from None
            if math.isnan(val):
                raise AnalysisError(f"{at}: the sign of {s}–{t} is NaN; expected 1 or -1", code="E074")
            if val == 0:
                raise AnalysisError(
                    f"{at}: the sign of {s}–{t} is 0; balance needs signed edges (1 or -1): drop "
                    "unsigned edges",
                    code="E076",
                )
            if s == t:
                raise AnalysisError(
                    f"{at}: self-loop {s}–{t}; a signed graph for balance has no self-loops: remove the edge",
                    code="E077",
                )
            key = (s, t) if s < t else (t, s)
            if key in seen:
                first = where[seen[key]] if where else f"edge {seen[key] + 1}"
                raise AnalysisError(
                    f"{at}: duplicate edge {s}–{t} (already given at {first}); give each pair "
                    "once, with one sign",
                    code="E077",
                )
            seen[key] = k
            rows.append((key[0], key[1], 1 if val > 0 else -1))
        nodes = tuple(sorted({x for r in rows for x in r[:2]}))
        if len(nodes) < 2 or not rows:
            raise AnalysisError(
                f"a signed graph needs at least two actors and one edge; got {len(nodes)} "
                f"actor(s) and {len(rows)} edge(s)",
                code="E078",
            )
        ix = {n: i for i, n in enumerate(nodes)}
        return cls(
            nodes,
            np.array([ix[r[0]] for r in rows]),
            np.array([ix[r[1]] for r in rows]),
            np.array([r[2] for r in rows], dtype=np.int64),
        )

    @property
    def m(self) -> int:
        return len(self.sign)

    def adjacency(self, absolute: bool = False) -> sp.csr_matrix:
        w = np.abs(self.sign) if absolute else self.sign
        n = len(self.nodes)
        return sp.csr_matrix(
            (np.concatenate([w, w]), (np.concatenate([self.u, self.v]), np.concatenate([self.v, self.u]))),
            shape=(n, n),
        )


def read_signed_edges(path: str | Path) -> SignedEdgeList:
    """Read a CSV with columns ``source,target,sign`` (other columns are ignored)."""
    p = Path(path)
    if not p.is_file():
        raise AnalysisError(f"edge list '{p}' does not exist or is not a file", code="E076")
    try:
        with p.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            cols = {c.strip().lower(): c for c in reader.fieldnames or []}
            missing = [c for c in ("source", "target", "sign") if c not in cols]
            if missing:
                raise AnalysisError(
                    f"edge list '{p}' lacks column(s) {', '.join(missing)}; expected a header "
                    "source,target,sign",
                    code="E076",
                )
            rows, where = [], []
            for rec in reader:
                rows.append((rec[cols["source"]] or "", rec[cols["target"]] or "", rec[cols["sign"]]))
                where.append(f"{p.name} line {reader.line_num}")
    except UnicodeDecodeError:
        raise AnalysisError(f"edge list '{p}' is not UTF-8 text", code="E076") from None
    except csv.Error as exc:
        raise AnalysisError(f"edge list '{p}' is not valid CSV: {exc}", code="E076") from None
    return SignedEdgeList.build(rows, where)


@dataclass(frozen=True, slots=True)
class Frustration:
    """The frustration index L: fewest edges whose removal balances the graph, with the method used."""

    value: int
    lower_bound: int
    exact: bool
    method: str
    sides: tuple[int, ...]


def _frustrated(g: SignedEdgeList, side: np.ndarray) -> int:
    same = side[g.u] == side[g.v]
    return int(np.sum((g.sign > 0) != same))


def _ilp(g: SignedEdgeList, time_limit: float) -> Frustration | None:
    n, m = len(g.nodes), g.m
    # variables: one side bit per node, then one "frustrated" bit per edge
    rows, cols, vals, ub = [], [], [], []
    for e in range(m):
        u, v, pos = int(g.u[e]), int(g.v[e]), g.sign[e] > 0
        for k, (cu, cv, b) in enumerate(((1, -1, 0), (-1, 1, 0)) if pos else ((1, 1, 1), (-1, -1, -1))):
            r = 2 * e + k
            rows += [r, r, r]
            cols += [u, v, n + e]
            vals += [cu, cv, -1]
            ub.append(b)
    a = sp.csr_matrix((vals, (rows, cols)), shape=(2 * m, n + m))
    c = np.concatenate([np.zeros(n), np.ones(m)])
    lb_x = np.zeros(n + m)
    ub_x = np.ones(n + m)
    ub_x[0] = 0  # the two sides are interchangeable; fixing one node halves the search
    res = milp(
        c,
        constraints=LinearConstraint(a, -np.inf, np.array(ub, dtype=float)),
        integrality=np.ones(n + m),
        bounds=Bounds(lb_x, ub_x),
        options={"time_limit": time_limit},
    )
    if res.x is None:
        return None
    side = np.round(res.x[:n]).astype(int)
    value = _frustrated(g, side)
    if res.status == 0:
        return Frustration(value, value, True, "integer programme (exact)", tuple(side.tolist()))
    bound = int(math.ceil(getattr(res, "mip_dual_bound", 0.0) - 1e-9))
    return Frustration(
        value,
        max(bound, 0),
        value == bound,
        "integer programme (stopped at time limit)",
        tuple(side.tolist()),
    )


def _local_search(g: SignedEdgeList, restarts: int, seed: int) -> np.ndarray:
    """Best of several greedy single-node flips from random starts (plus one all-on-one-side start)."""
    rng = np.random.default_rng(seed)
    adj = g.adjacency().tocsr()
    best, best_val = None, None
    starts = [np.zeros(len(g.nodes), dtype=int)] + [rng.integers(0, 2, len(g.nodes)) for _ in range(restarts)]
    for side in starts:
        spin = 1 - 2 * side  # +1 / −1
        while True:
            # flipping node i changes frustration by sum_j A_ij s_i s_j (positive means flipping helps)
            gain = spin * (adj @ spin)
            i = int(np.argmin(gain))
            if gain[i] >= 0:
                break
            spin[i] = -spin[i]
        cand = (1 - spin) // 2
        val = _frustrated(g, cand)
        if best_val is None or val < best_val:
            best, best_val = cand, val
    assert best is not None
    return best


def _triangle_packing_bound(g: SignedEdgeList) -> int:
    """Edge-disjoint unbalanced triangles, packed greedily: each needs its own frustrated edge."""
    nbrs: dict[int, dict[int, int]] = {}
    for u, v, s in zip(g.u.tolist(), g.v.tolist(), g.sign.tolist(), strict=True):
        nbrs.setdefault(u, {})[v] = s
        nbrs.setdefault(v, {})[u] = s
    used: set[tuple[int, int]] = set()
    count = 0
    for u in sorted(nbrs):
        for v in sorted(x for x in nbrs[u] if x > u):
            if (u, v) in used:
                continue
            for w in sorted(x for x in nbrs[u] if x > v and x in nbrs[v]):
                if (u, w) in used or (v, w) in used:
                    continue
                if nbrs[u][v] * nbrs[u][w] * nbrs[v][w] < 0:
                    used |= {(u, v), (u, w), (v, w)}
                    count += 1
                    break
    return count


def frustration(
    g: SignedEdgeList,
    *,
    exact_max_edges: int = EXACT_MAX_EDGES,
    time_limit: float = EXACT_TIME_LIMIT,
    seed: int = 0,
) -> Frustration:
    """Exact by integer programming up to ``exact_max_edges`` edges, else local search with a lower bound."""
    if g.m <= exact_max_edges:
        res = _ilp(g, time_limit)
        if res is not None:
            return res
    side = _local_search(g, restarts=20, seed=seed)
    value = _frustrated(g, side)
    bound = _triangle_packing_bound(g)
    return Frustration(
        value,
        bound,
        value == bound,
        "local search (upper bound) with a triangle-packing lower bound",
        tuple(side.tolist()),
    )


@dataclass(frozen=True, slots=True)
class BalanceReport:
    """Balance measures of a signed graph. ``triangle_index`` is None when the graph has no triangle."""

    nodes: int
    edges: int
    triangles: int
    balanced_triangles: int
    walk_index: float
    frustration: int
    frustration_exact: bool
    frustration_lower_bound: int
    frustration_method: str

    @property
    def triangle_index(self) -> float | None:
        return self.balanced_triangles / self.triangles if self.triangles else None

    @property
    def frustration_index(self) -> float:
        """1 − L / (m / 2): 1 for a balanced graph."""
        return 1.0 - self.frustration / (self.edges / 2.0)

    def to_dict(self, details: bool = False) -> dict[str, Any]:
        ti = self.triangle_index
        d: dict[str, Any] = {
            "nodes": self.nodes,
            "edges": self.edges,
            "triangles": self.triangles,
            "balanced_triangles": self.balanced_triangles,
            "triangle_index": None if ti is None else round(ti, 7),
            "walk_index": round(self.walk_index, 7),
            "frustration": self.frustration,
            "frustration_exact": self.frustration_exact,
            "frustration_index": round(self.frustration_index, 7),
        }
        if details:
            d["frustration_lower_bound"] = self.frustration_lower_bound
            d["frustration_method"] = self.frustration_method
        return d

    def to_record(self) -> dict[str, Any]:
        return self.to_dict(details=True)


def _walk_index(g: SignedEdgeList) -> float:
    """Σ e^λ(A) / Σ e^λ(|A|), shifted by λmax(|A|) so large graphs do not overflow."""
    a = g.adjacency().toarray().astype(float)
    lam = np.linalg.eigvalsh(a)
    lam_abs = np.linalg.eigvalsh(np.abs(a))
    top = float(lam_abs.max())
    return float(np.sum(np.exp(lam - top)) / np.sum(np.exp(lam_abs - top)))


def balance(
    edges: SignedEdgeList | Iterable[tuple[str, str, float]],
    *,
    exact_max_edges: int = EXACT_MAX_EDGES,
    time_limit: float = EXACT_TIME_LIMIT,
) -> BalanceReport:
    """Triangle index, walk index and frustration index of a signed graph given as (source, target, sign)."""
    g = edges if isinstance(edges, SignedEdgeList) else SignedEdgeList.build(edges)
    a, aa = g.adjacency(), g.adjacency(absolute=True)
    t_abs = int((aa @ aa).multiply(aa).sum())  # 6 × triangles
    t_sgn = int((a @ a).multiply(a).sum())  # 6 × (balanced − unbalanced)
    triangles = t_abs // 6
    balanced = (t_abs + t_sgn) // 12
    fr = frustration(g, exact_max_edges=exact_max_edges, time_limit=time_limit)
    return BalanceReport(
        len(g.nodes), g.m, triangles, balanced, _walk_index(g), fr.value, fr.exact, fr.lower_bound, fr.method
    )
