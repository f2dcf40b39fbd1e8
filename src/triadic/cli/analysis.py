"""`triadic relations`, `triangles`, `pivots`, `wedges` and `balance`: thin wrappers over triadic.analysis."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.table import Table
from rich.text import Text

from triadic.analysis._defaults import BOOTSTRAP, EVIDENCE, HORIZON, MIN_EVENTS, SPAN, THRESHOLD
from triadic.cli._app import command, console, err_console
from triadic.errors import AnalysisError
from triadic.output import check_format
from triadic.store import Store, default_store_path

if TYPE_CHECKING:
    from triadic.analysis import Frame

# The analysis functions (scipy, pyarrow.compute) and the plots (matplotlib) are imported inside each
# command, so that `triadic --help` and every other command start without them.

__all__ = ["relations", "triangles", "pivots", "wedges", "balance_cmd"]

_STORE = typer.Option(None, "--store", help="DuckDB store (default: $TRIADIC_STORE or ./triadic.duckdb).")
_FROM = typer.Option(None, "--from", help="First day, YYYY-MM-DD (undated events are then left out).")
_TO = typer.Option(None, "--to", help="Last day, YYYY-MM-DD.")
_ACTORS = typer.Option(
    None,
    "--actors",
    help="Comma-separated actors: keep rows that contain all of them, or lie wholly among them.",
)
_MIN = typer.Option(MIN_EVENTS, "--min-events", help="Fewer events than this on a dyad in a window: no edge.")
_THR = typer.Option(
    THRESHOLD, "--threshold", help="|score| must exceed this for a sign (scores lie in [-1, 1])."
)
_MEASURE = typer.Option(
    "net", "--measure", help="Edge score: net (net cooperation) or goldstein (mean / 10)."
)
_LEVEL = typer.Option("country", "--level", help="Actors as country (ISO-3) or full code with role.")
_MODALITY = typer.Option("asserted", "--modality", help="Comma-separated modalities that count.")
_FORMAT = typer.Option("table", "--format", "-f", help="table, json, csv or jsonl.")
_EVIDENCE = typer.Option(EVIDENCE, "--evidence", help="Evidence event ids kept per edge or dyad.")
_KIND = typer.Option([], "--kind", help="Only this kind (repeatable): menage, romantic, marriage, unit_veto.")
_EDGES = typer.Argument(None, help="CSV with columns source,target,sign; omit to use --store.")
_PLOT = typer.Option(None, "--plot", help="Also draw a figure to this .png or .svg file.")


def _open(store: Path | None) -> Store:
    return Store(store or default_store_path(), read_only=True)


def _selection(threshold: float, min_events: int, measure: str, level: str, modality: str,
               start: str | None, end: str | None) -> dict[str, Any]:
    """The event selection and edge-sign options every analysis command passes on unchanged."""
    return {"threshold": threshold, "min_events": min_events, "measure": measure, "level": level,
            "modality": modality, "start": start, "end": end}


def _emit(frame: Frame[Any], fmt: str, columns: Sequence[str], title: str, empty: str) -> None:
    """Print a result frame as JSON (array), JSONL, CSV or a rich table of ``columns``."""
    if fmt == "json":
        typer.echo(json.dumps(frame.to_dicts(), indent=2, ensure_ascii=False))
        return
    if fmt == "jsonl":
        for d in frame.to_dicts():
            typer.echo(json.dumps(d, ensure_ascii=False))
        return
    records = frame.to_records()
    if fmt == "csv":
        keys = list(dict.fromkeys(k for r in records for k in r)) or list(columns)
        w = csv.DictWriter(sys.stdout, fieldnames=keys, lineterminator="\n")
        w.writeheader()
        w.writerows(records)
        sys.stdout.flush()
        return
    if not records:
        err_console.print(empty, highlight=False)
        return
    t = Table(title=title, header_style="bold")
    for c in columns:
        t.add_column(c, overflow="fold")
    for r in records:
        # Text cells: edge labels such as "A-B:+1:..." must not turn into emoji or markup
        t.add_row(*(Text(_cell(r, c)) for c in columns))
    console.print(t)


def _cell(rec: dict[str, Any], col: str) -> str:
    """A table cell; 'window' joins start and end, 'edge_list' stacks a triangle's edge columns."""
    if col == "window":
        return f"{rec.get('window_start') or '…'}..{rec.get('window_end') or '…'}"
    if col == "edge_list":
        return "\n".join(str(rec[k]) for k in ("edge1", "edge2", "edge3") if rec.get(k))
    v = rec.get(col)
    if isinstance(v, float):
        return f"{v:.3f}"
    return "" if v is None else str(v)


@command("relations")
def relations(
    store: Path | None = _STORE,
    window: str = typer.Option(
        "month",
        "--window",
        "-w",
        help="day, week, month, quarter, year, all, or rolling 30d (30d:7 steps by 7 days).",
    ),
    start: str | None = _FROM,
    end: str | None = _TO,
    actors: str | None = _ACTORS,
    directed: bool = typer.Option(False, "--directed", help="Keep source → target apart."),
    graph: bool = typer.Option(False, "--graph", help="Print each window's signed graph instead of series."),
    min_events: int = _MIN,
    threshold: float = _THR,
    measure: str = _MEASURE,
    level: str = _LEVEL,
    modality: str = _MODALITY,
    evidence: int = _EVIDENCE,
    fmt: str = _FORMAT,
    plot: Path | None = _PLOT,
    plot_measure: str = typer.Option(
        "net_coop",
        "--plot-measure",
        help="Series to plot: net_coop, goldstein_mean, net_coop_norm, goldstein_norm, share or n.",
    ),
) -> None:
    """Dyadic relation series per window: quad counts, Goldstein, net cooperation, volume-normalised."""
    from triadic.analysis import relation_series, signed_graph

    fmt = check_format(fmt)
    with _open(store) as db:
        if graph:
            edges = signed_graph(
                db,
                window,
                **_selection(threshold, min_events, measure, level, modality, start, end),
                directed=directed,
                actors=actors,
                evidence=evidence,
            )
            if plot:
                from triadic.analysis._plot import plot_network

                plot_network(edges, plot)
            _emit(edges, fmt, ("window", "a", "b", "n_events", "score", "sign"), "Signed graph", "no edges")
            return
        rows = relation_series(
            db,
            window,
            directed=directed,
            level=level,
            modality=modality,
            start=start,
            end=end,
            actors=actors,
            evidence=evidence,
        )
    if plot:
        from triadic.analysis._plot import plot_series

        plot_series(rows, plot, measure=plot_measure)
    _emit(
        rows,
        fmt,
        (
            "window",
            "a",
            "b",
            "n",
            "cooperative",
            "conflictual",
            "goldstein_mean",
            "net_coop",
            "share",
            "net_coop_norm",
            "n_planned",
            "n_hypothetical",
        ),
        f"Relations by {window}",
        "no relations",
    )


@command("triangles")
def triangles(
    store: Path | None = _STORE,
    window: str = typer.Option(
        "all",
        "--window",
        "-w",
        help="all (default), day, week, month, quarter, year, or rolling 30d / 30d:7.",
    ),
    start: str | None = _FROM,
    end: str | None = _TO,
    actors: str | None = _ACTORS,
    min_events: int = _MIN,
    threshold: float = _THR,
    measure: str = _MEASURE,
    level: str = _LEVEL,
    modality: str = _MODALITY,
    evidence: int = _EVIDENCE,
    kind: list[str] = _KIND,
    census: bool = typer.Option(False, "--census", help="Count the kinds per window instead of listing."),
    fmt: str = _FORMAT,
    plot: Path | None = _PLOT,
) -> None:
    """Dittmer's strategic triangles: every fully signed triad, with pivot, wings, partners and outcast."""
    from triadic.analysis import find_triangles, signed_graph, triangle_census

    fmt = check_format(fmt)
    with _open(store) as db:
        if census:
            counts = triangle_census(
                db,
                window,
                **_selection(threshold, min_events, measure, level, modality, start, end),
            )
            _emit(
                counts,
                fmt,
                (
                    "window",
                    "actors",
                    "edges",
                    "menage",
                    "romantic",
                    "marriage",
                    "unit_veto",
                    "triangle_index",
                ),
                "Triangle census",
                "no windows",
            )
            return
        tris = find_triangles(
            db,
            window,
            **_selection(threshold, min_events, measure, level, modality, start, end),
            actors=actors,
            kinds=kind or None,
            evidence=evidence,
        )
        if plot:
            from triadic.analysis._plot import plot_network

            edges = signed_graph(
                db,
                window,
                **_selection(threshold, min_events, measure, level, modality, start, end),
                actors=actors,
                evidence=0,
            )
            plot_network(edges, plot, triangles=tris, window=tris[0].window if tris else None)
    _emit(
        tris,
        fmt,
        ("window", "actors", "kind", "pivot", "wings", "partners", "outcast", "pivot_advantage", "edge_list"),
        f"Strategic triangles ({window})",
        "no fully signed triads; try --min-events 1 or a lower --threshold",
    )


@command("pivots")
def pivots(
    store: Path | None = _STORE,
    window: str = typer.Option(
        "quarter",
        "--window",
        "-w",
        help="Consecutive windows to compare: day, week, month, quarter (default), year, or 90d:30.",
    ),
    span: int = typer.Option(SPAN, "--span", help="Windows over which slopes are fitted."),
    static: bool = typer.Option(False, "--static", help="List romantic-triangle pivots per window instead."),
    start: str | None = _FROM,
    end: str | None = _TO,
    actors: str | None = _ACTORS,
    min_events: int = _MIN,
    threshold: float = _THR,
    measure: str = _MEASURE,
    level: str = _LEVEL,
    modality: str = _MODALITY,
    evidence: int = _EVIDENCE,
    limit: int = typer.Option(50, "--limit", help="Candidates kept (strongest first) and bootstrapped."),
    draws: int = typer.Option(BOOTSTRAP, "--draws", help="Bootstrap resamples."),
    fmt: str = _FORMAT,
) -> None:
    """ "Ends against the middle": a pivot warming to two actors while they cool to each other, ranked."""
    from triadic.analysis import ends_against_middle, find_pivots

    fmt = check_format(fmt)
    with _open(store) as db:
        if static:
            rows: Frame[Any] = find_pivots(
                db,
                window,
                **_selection(threshold, min_events, measure, level, modality, start, end),
                actors=actors,
                evidence=evidence,
            )
            _emit(
                rows,
                fmt,
                ("window", "pivot", "wings", "pivot_advantage", "edge_list"),
                "Pivots of romantic triangles",
                "no romantic triangles",
            )
            return
        rows = ends_against_middle(
            db,
            window,
            span=span,
            **_selection(threshold, min_events, measure, level, modality, start, end),
            actors=actors,
            limit=limit,
            draws=draws,
            evidence=evidence,
        )
    cols = ["rank", "window", "pivot", "wings", "statistic", "ci_low", "ci_high", "p_value", "significant"]
    _emit(
        rows,
        fmt,
        cols,
        f"Ends against the middle ({window}, span {span})",
        "no pivot candidates: no pair of rising ties with a falling third side",
    )


@command("wedges")
def wedges(
    store: Path | None = _STORE,
    window: str = typer.Option(
        "quarter",
        "--window",
        "-w",
        help="Consecutive windows: day, week, month, quarter (default), year, or 90d:30.",
    ),
    span: int = typer.Option(SPAN, "--span", help="Windows over which D→T's slope is fitted."),
    horizon: int = typer.Option(HORIZON, "--horizon", help="Windows after the span to follow T–E."),
    start: str | None = _FROM,
    end: str | None = _TO,
    actors: str | None = _ACTORS,
    min_events: int = _MIN,
    threshold: float = _THR,
    measure: str = _MEASURE,
    level: str = _LEVEL,
    modality: str = _MODALITY,
    evidence: int = _EVIDENCE,
    limit: int = typer.Option(50, "--limit", help="Candidates kept (strongest first)."),
    draws: int = typer.Option(BOOTSTRAP, "--draws", help="Bootstrap resamples."),
    fmt: str = _FORMAT,
) -> None:
    """Crawford's wedge: D courts T while D–E is hostile and T–E friendly; did T–E then fall?"""
    from triadic.analysis import find_wedges

    fmt = check_format(fmt)
    with _open(store) as db:
        rows = find_wedges(
            db,
            window,
            span=span,
            horizon=horizon,
            **_selection(threshold, min_events, measure, level, modality, start, end),
            actors=actors,
            limit=limit,
            draws=draws,
            evidence=evidence,
        )
    _emit(
        rows,
        fmt,
        (
            "rank",
            "window",
            "divider",
            "target",
            "adversary",
            "slope",
            "ci_low",
            "s_de",
            "s_te",
            "s_te_after",
            "outcome",
        ),
        f"Wedges ({window}, span {span})",
        "no wedge candidates",
    )


@command("balance")
def balance_cmd(
    edges: Path | None = _EDGES,
    store: Path | None = _STORE,
    window: str = typer.Option("all", "--window", "-w", help="With --store: the windows to measure."),
    start: str | None = _FROM,
    end: str | None = _TO,
    actors: str | None = _ACTORS,
    min_events: int = _MIN,
    threshold: float = _THR,
    measure: str = _MEASURE,
    level: str = _LEVEL,
    modality: str = _MODALITY,
    details: bool = typer.Option(False, "--details", help="Add the frustration lower bound and method."),
    fmt: str = _FORMAT,
) -> None:
    """Structural balance: triangle index, Estrada–Benzi walk index and frustration index."""
    from triadic.analysis import balance, balance_by_window, read_signed_edges

    fmt = check_format(fmt)
    if edges is not None:
        if store is not None:
            raise AnalysisError("give either an EDGES.csv file or --store, not both", code="E072")
        report = balance(read_signed_edges(edges))
        d = report.to_dict(details=details)
        if fmt in ("json", "jsonl"):
            typer.echo(json.dumps(d, indent=2 if fmt == "json" else None))
        elif fmt == "csv":
            w = csv.DictWriter(sys.stdout, fieldnames=list(d), lineterminator="\n")
            w.writeheader()
            w.writerow(d)
        else:
            t = Table(title=f"Balance of {edges.name}", header_style="bold", show_header=False)
            for k, v in report.to_dict(details=True).items():
                t.add_row(k, str(v))
            console.print(t)
        return
    with _open(store) as db:
        rows = balance_by_window(
            db,
            window,
            **_selection(threshold, min_events, measure, level, modality, start, end),
            actors=actors,
        )
    _emit(
        rows,
        fmt,
        (
            "window",
            "nodes",
            "edges",
            "triangle_index",
            "walk_index",
            "frustration",
            "frustration_exact",
            "frustration_index",
        ),
        f"Balance ({window})",
        "",
    )
