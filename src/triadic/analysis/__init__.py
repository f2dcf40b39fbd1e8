"""Analysis of the stored events: relation series, signed graphs, Dittmer triangles, pivots, wedges, balance.

Every function reads the canonical ``events`` table through a :class:`triadic.store.Store`, aggregates in
DuckDB, and returns a :class:`Frame`: a list of typed rows with ``to_dicts()``, ``to_arrow()`` and
``to_pandas()`` (pandas optional).
"""

from typing import TYPE_CHECKING

from triadic._lazy import lazy_exports

if TYPE_CHECKING:
    from triadic.analysis._balance import BalanceReport, SignedEdgeList, balance, read_signed_edges
    from triadic.analysis._defaults import EVIDENCE, MIN_EVENTS, THRESHOLD
    from triadic.analysis._detect import PivotTrend, Wedge, ends_against_middle, find_wedges
    from triadic.analysis._frame import Frame
    from triadic.analysis._graph import SignedEdge, signed_graph
    from triadic.analysis._select import Selection
    from triadic.analysis._series import DyadWindow, relation_series
    from triadic.analysis._triangles import (
        KINDS,
        CensusRow,
        Triangle,
        TriangleEdge,
        classify,
        find_pivots,
        find_triangles,
        triangle_census,
    )
    from triadic.analysis._window import Window, WindowSpec
    from triadic.analysis._windowbalance import WindowBalance, balance_by_window

__all__ = [
    "Frame",
    "Window",
    "WindowSpec",
    "Selection",
    "THRESHOLD",
    "MIN_EVENTS",
    "EVIDENCE",
    "KINDS",
    "DyadWindow",
    "relation_series",
    "SignedEdge",
    "signed_graph",
    "Triangle",
    "TriangleEdge",
    "classify",
    "find_triangles",
    "find_pivots",
    "CensusRow",
    "triangle_census",
    "PivotTrend",
    "ends_against_middle",
    "Wedge",
    "find_wedges",
    "BalanceReport",
    "SignedEdgeList",
    "balance",
    "read_signed_edges",
    "WindowBalance",
    "balance_by_window",
]

# The parts load on first use: importing triadic.analysis (as the CLI does) must not pull in scipy.
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "._balance": ("BalanceReport", "SignedEdgeList", "balance", "read_signed_edges"),
        "._defaults": ("EVIDENCE", "MIN_EVENTS", "THRESHOLD"),
        "._detect": ("PivotTrend", "Wedge", "ends_against_middle", "find_wedges"),
        "._frame": ("Frame",),
        "._graph": ("SignedEdge", "signed_graph"),
        "._select": ("Selection",),
        "._series": ("DyadWindow", "relation_series"),
        "._triangles": (
            "KINDS",
            "CensusRow",
            "Triangle",
            "TriangleEdge",
            "classify",
            "find_pivots",
            "find_triangles",
            "triangle_census",
        ),
        "._window": ("Window", "WindowSpec"),
        "._windowbalance": ("WindowBalance", "balance_by_window"),
    },
)
