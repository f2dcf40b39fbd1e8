"""Structural balance of each window's signed graph in the store."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from triadic.analysis import _defaults as D
from triadic.analysis._balance import BalanceReport, balance
from triadic.analysis._frame import Frame
from triadic.analysis._graph import signed_graph
from triadic.analysis._window import Window, WindowSpec
from triadic.errors import AnalysisError
from triadic.store import Store

__all__ = ["WindowBalance", "balance_by_window"]


@dataclass(frozen=True, slots=True)
class WindowBalance:
    """The balance measures of one window's signed graph (edges signed ±1 only)."""

    window: Window
    report: BalanceReport

    def to_dict(self) -> dict[str, Any]:
        return {"window": self.window.to_dict(), **self.report.to_dict()}

    def to_record(self) -> dict[str, Any]:
        w = self.window.to_dict()
        return {"window_start": w["start"], "window_end": w["end"], **self.report.to_dict(details=True)}


def balance_by_window(
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
) -> Frame[WindowBalance]:
    """Balance of every window whose signed graph has at least two actors; others are skipped."""
    edges = signed_graph(
        store,
        window,
        threshold=threshold,
        min_events=min_events,
        measure=measure,
        level=level,
        modality=modality,
        start=start,
        end=end,
        actors=actors,
        evidence=0,
    )
    by_window: dict[Window, list[tuple[str, str, int]]] = {}
    for e in edges:
        if e.sign in (1, -1):
            by_window.setdefault(e.window, []).append((e.a, e.b, e.sign))
    out: Frame[WindowBalance] = Frame(WindowBalance(w, balance(rows)) for w, rows in by_window.items())
    if not out:
        raise AnalysisError(
            "no window has a signed edge (|score| above --threshold with --min-events events); "
            "lower them or widen the window",
            code="E078",
        )
    return out
