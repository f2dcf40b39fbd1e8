"""Dyadic relation series: per window and pair of actors, counts, Goldstein and net cooperation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from triadic.analysis import _defaults as D
from triadic.analysis._frame import Frame
from triadic.analysis._graph import check_nan, require_events, selection, window_column
from triadic.analysis._select import dyad_stats
from triadic.analysis._window import Window, WindowSpec
from triadic.store import Store

__all__ = ["DyadWindow", "relation_series"]


def _ratio(x: float, n: float) -> float | None:
    return x / n if n else None


@dataclass(frozen=True, slots=True)
class DyadWindow:
    """One pair of actors in one window.

    Counts, sums and means cover the counted modalities (asserted by default); planned and hypothetical
    events are tallied apart in ``n_planned``, ``n_hypothetical`` and ``net_coop_unasserted``.
    The ``*_norm`` fields and ``share`` divide by ``volume``, the counted events of the window over all dyads,
    so that growth in news volume does not read as growth in relations.
    """

    window: Window
    a: str
    b: str
    directed: bool
    n: int
    quad: tuple[int, int, int, int]
    goldstein_sum: float
    volume: int
    n_planned: int = 0
    n_hypothetical: int = 0
    unasserted_coop: int = 0
    unasserted_conf: int = 0
    evidence: list[str] = field(default_factory=list)

    @property
    def cooperative(self) -> int:
        return self.quad[0] + self.quad[1]

    @property
    def conflictual(self) -> int:
        return self.quad[2] + self.quad[3]

    @property
    def goldstein_mean(self) -> float | None:
        return _ratio(self.goldstein_sum, self.n)

    @property
    def net_coop(self) -> float | None:
        """(cooperative − conflictual) / total; None without counted events."""
        return _ratio(self.cooperative - self.conflictual, self.n)

    @property
    def share(self) -> float | None:
        return _ratio(self.n, self.volume)

    @property
    def net_coop_norm(self) -> float | None:
        """(cooperative − conflictual) / window volume."""
        return _ratio(self.cooperative - self.conflictual, self.volume)

    @property
    def goldstein_norm(self) -> float | None:
        """Goldstein sum / window volume."""
        return _ratio(self.goldstein_sum, self.volume)

    @property
    def net_coop_unasserted(self) -> float | None:
        return _ratio(self.unasserted_coop - self.unasserted_conf, self.n_planned + self.n_hypothetical)

    def to_dict(self) -> dict[str, Any]:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 6)

        return {
            "window": self.window.to_dict(),
            "a": self.a,
            "b": self.b,
            "directed": self.directed,
            "n": self.n,
            "quad": {str(i + 1): q for i, q in enumerate(self.quad)},
            "cooperative": self.cooperative,
            "conflictual": self.conflictual,
            "goldstein_sum": r(self.goldstein_sum),
            "goldstein_mean": r(self.goldstein_mean),
            "net_coop": r(self.net_coop),
            "volume": self.volume,
            "share": r(self.share),
            "net_coop_norm": r(self.net_coop_norm),
            "goldstein_norm": r(self.goldstein_norm),
            "n_planned": self.n_planned,
            "n_hypothetical": self.n_hypothetical,
            "net_coop_unasserted": r(self.net_coop_unasserted),
            "evidence": list(self.evidence),
        }

    def to_record(self) -> dict[str, Any]:
        d = self.to_dict()
        w, q = d.pop("window"), d.pop("quad")
        ev = d.pop("evidence")
        return {
            "window_start": w["start"],
            "window_end": w["end"],
            **d,
            **{f"quad{k}": v for k, v in q.items()},
            "evidence": " ".join(ev),
        }


def relation_series(
    store: Store,
    window: str | WindowSpec = D.SERIES_WINDOW,
    *,
    directed: bool = False,
    level: str = "country",
    modality: str | Sequence[str] = ("asserted",),
    start: str | date | None = None,
    end: str | date | None = None,
    actors: str | Sequence[str] | None = None,
    evidence: int = D.EVIDENCE,
) -> Frame[DyadWindow]:
    """Relation series of every dyad (directed or not) in every window, with window-volume normalisation.

    Args:
        window: ``day``, ``week``, ``month`` (default), ``quarter``, ``year``, ``all``, or ``30d`` rolling.
        actors: one actor gives all its dyads; several give the dyads among them.
    """
    spec = WindowSpec.parse(window)
    sel = selection(level, modality, start, end, actors)
    tbl = dyad_stats(store, sel, spec, directed=directed, evidence=evidence, detail=True)
    require_events(tbl, store, sel, spec)
    check_nan(store, sel, tbl)
    wins = window_column(store, sel, spec, tbl)
    col = {c: tbl.column(c).to_pylist() for c in tbl.column_names if c not in ("wstart", "wend")}
    out: Frame[DyadWindow] = Frame()
    for i in range(tbl.num_rows):
        a, b = col["a"][i], col["b"][i]
        if not sel.keeps((a, b)):
            continue
        out.append(
            DyadWindow(
                wins[i],
                a,
                b,
                directed,
                int(col["n"][i]),
                (int(col["q1"][i]), int(col["q2"][i]), int(col["q3"][i]), int(col["q4"][i])),
                float(col["gsum"][i]),
                int(col["volume"][i]),
                int(col["n_planned"][i]),
                int(col["n_hypothetical"][i]),
                int(col["p_coop"][i]),
                int(col["p_conf"][i]),
                list(col["evidence"][i] or []) if evidence > 0 else [],
            )
        )
    if not out:
        require_events(tbl.slice(0, 0), store, sel, spec)
    return out
