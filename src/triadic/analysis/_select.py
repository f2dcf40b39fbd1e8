"""Which events an analysis reads, and the DuckDB aggregations every analysis starts from.

All heavy lifting happens in DuckDB: one grouped scan turns the ``events`` table into per-window dyad
statistics, and Python only sees those aggregates.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import duckdb
import pyarrow as pa

from triadic.analysis._window import Window, WindowSpec
from triadic.errors import AnalysisError
from triadic.model import MODALITIES
from triadic.store import Store

__all__ = ["Selection", "dyad_stats", "evidence_for", "date_range"]

LEVELS = ("country", "code")
_UNASSERTED = ("planned", "hypothetical")
_counter = itertools.count()


@dataclass(frozen=True, slots=True)
class Selection:
    """The events an analysis reads.

    Args:
        level: ``country`` (ISO-3 of source and target; events without a country are skipped) or ``code``
            (the full actor code with its role, such as ``PRKGOV``).
        modalities: the modalities that count towards scores; NULL modality (imports) counts as asserted.
            Planned and hypothetical events are always tallied apart in relation series.
        start, end: inclusive date bounds; with either set, undated events are skipped.
        actors: keep rows whose actors are all in this list, or that contain every listed actor.
    """

    level: str = "country"
    modalities: tuple[str, ...] = ("asserted",)
    start: date | None = None
    end: date | None = None
    actors: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise AnalysisError(f"unknown actor level '{self.level}'; expected country or code", code="E072")
        bad = [m for m in self.modalities if m not in MODALITIES]
        if bad or not self.modalities:
            raise AnalysisError(
                f"unknown modality {', '.join(bad) or '(none given)'}; expected one or more of "
                f"{', '.join(MODALITIES)}",
                code="E072",
            )
        if self.start and self.end and self.start > self.end:
            raise AnalysisError(f"--from {self.start} is after --to {self.end}; swap them", code="E072")

    @property
    def columns(self) -> tuple[str, str]:
        return (
            ("source_country", "target_country")
            if self.level == "country"
            else ("source_code", "target_code")
        )

    def describe(self) -> str:
        """The filters in words, for error messages."""
        parts = [f"{self.level} level", f"modality {'/'.join(self.modalities)}"]
        if self.start or self.end:
            parts.append(f"dates {self.start or '…'} to {self.end or '…'}")
        if self.actors:
            parts.append(f"actors {','.join(self.actors)}")
        return ", ".join(parts)

    def keeps(self, actors: Sequence[str]) -> bool:
        """Whether a row with these actors passes the ``actors`` filter."""
        if not self.actors:
            return True
        wanted, have = set(self.actors), set(actors)
        return have <= wanted or wanted <= have

    def base_sql(self, *, with_unasserted: bool = False) -> tuple[str, list[Any]]:
        """SELECT of the usable dyadic events: id, a, b, event_date, quad, goldstein, modality, counted."""
        src, tgt = self.columns
        mods = list(dict.fromkeys([*self.modalities, *(_UNASSERTED if with_unasserted else ())]))
        # modalities are checked against the fixed MODALITIES list, so inlining them as literals is safe;
        # literal IN lists are much faster than parameterised subqueries on large stores
        where = [
            f"{src} IS NOT NULL",
            f"{tgt} IS NOT NULL",
            f"{src} <> {tgt}",
            "quad BETWEEN 1 AND 4",
            f"coalesce(modality, 'asserted') IN ({_literals(mods)})",
        ]
        params: list[Any] = []
        if self.start:
            where.append("event_date >= ?")
            params.append(self.start)
        if self.end:
            where.append("event_date <= ?")
            params.append(self.end)
        sql = (
            f"SELECT id, {src} AS a, {tgt} AS b, event_date, quad, goldstein, "
            "coalesce(modality, 'asserted') AS modality, "
            f"coalesce(modality, 'asserted') IN ({_literals(self.modalities)}) AS counted "
            f"FROM events WHERE {' AND '.join(where)}"
        )
        return sql, params


def _literals(values: Sequence[str]) -> str:
    assert all(v in MODALITIES for v in values)
    return ", ".join(f"'{v}'" for v in values)


def _run(store: Store, sql: str, params: Sequence[Any]) -> pa.Table:
    try:
        # DuckDB draws a progress bar on stdout for long queries, which would corrupt JSON and CSV output
        store.con.execute("SET enable_progress_bar = false")
        return store.con.sql(sql, params=list(params)).to_arrow_table()
    except duckdb.CatalogException as exc:
        raise AnalysisError(
            f"store '{store.path}' has no events table; run 'triadic code' or 'triadic import' first ({exc})",
            code="E070",
        ) from exc
    except duckdb.Error as exc:
        raise AnalysisError(f"analysis query failed on '{store.path}': {exc}", code="E070") from exc


def date_range(store: Store, sel: Selection) -> tuple[date | None, date | None]:
    """First and last event date among the selected events that count."""
    base, params = sel.base_sql()
    row = _run(
        store, f"SELECT min(event_date) AS lo, max(event_date) AS hi FROM ({base}) WHERE counted", params
    ).to_pylist()[0]
    return row["lo"], row["hi"]


def _rolling_windows(lo: date, hi: date, spec: WindowSpec) -> pa.Table:
    # window ends sit on ordinals divisible by step so the same dates give the same windows in every run
    first = -(-lo.toordinal() // spec.step) * spec.step
    ends = list(range(first, hi.toordinal() + spec.step, spec.step))
    ends = [e for e in ends if e - spec.days + 1 <= hi.toordinal()] or [first]
    return pa.table(
        {
            "wstart": pa.array(
                [date.fromordinal(e) - timedelta(days=spec.days - 1) for e in ends], pa.date32()
            ),
            "wend": pa.array([date.fromordinal(e) for e in ends], pa.date32()),
        }
    )


def _windowed_sql(
    store: Store, sel: Selection, spec: WindowSpec, *, with_unasserted: bool
) -> tuple[str, list[Any], str | None, str]:
    """Events with their window start ``wstart``, the SQL giving ``wend`` from it, and a registered name."""
    base, params = sel.base_sql(with_unasserted=with_unasserted)
    if spec.is_all:
        return f"SELECT NULL::DATE AS wstart, * FROM ({base})", params, None, "NULL::DATE"
    if spec.kind == "rolling":
        wend = f"(wstart + INTERVAL {spec.days - 1} DAY)::DATE"
        lo, hi = date_range(store, sel)
        if lo is None or hi is None:
            return f"SELECT NULL::DATE AS wstart, * FROM ({base}) WHERE false", params, None, wend
        name = f"_triadic_windows_{next(_counter)}"
        store.con.register(name, _rolling_windows(lo, hi, spec))
        sql = (
            f"SELECT w.wstart, e.* FROM ({base}) e JOIN {name} w ON e.event_date BETWEEN w.wstart AND w.wend"
        )
        return sql, params, name, wend
    # the window end is computed once per group after aggregating, not once per event
    start, end = spec.bucket_sql("wstart")
    return (
        f"SELECT date_trunc('{spec.kind}', event_date)::DATE AS wstart, * FROM ({base}) "
        "WHERE event_date IS NOT NULL",
        params,
        None,
        end,
    )


def dyad_stats(
    store: Store,
    sel: Selection,
    spec: WindowSpec,
    *,
    directed: bool = False,
    evidence: int = 0,
    detail: bool = False,
    lean: bool = False,
) -> pa.Table:
    """Per window and dyad: counts, cooperation, conflict and Goldstein sums of the counted events.

    Columns: wstart, wend, a, b, n, coop, conf, gsum (NaN if a score is NaN), gsq, and with ``detail``
    q1..q4, n_planned, n_hypothetical, p_coop, p_conf, volume (counted events of the window over all dyads);
    with ``evidence`` > 0, ``evidence``: up to that many event ids, the strongest Goldstein scores first.
    Undirected dyads have a < b. Rows without counted events are dropped unless ``detail`` is set.
    ``lean`` leaves out gsq and orders rows by window only (for the census, which needs speed).
    """
    sql, params, reg, wend = _windowed_sql(store, sel, spec, with_unasserted=detail)
    x, y = ("a", "b") if directed else ("least(a, b)", "greatest(a, b)")
    # without the planned/hypothetical tallies every selected event counts, and plain aggregates are faster
    only, also = ("FILTER (counted)", "counted AND ") if detail else ("", "")
    cols = [
        f"count(*) {only} AS n",
        f"count(*) FILTER ({also}quad <= 2) AS coop",
        f"count(*) FILTER ({also}quad >= 3) AS conf",
        f"coalesce(sum(goldstein) {only}, 0.0) AS gsum",
    ]
    if not lean:
        cols.append(f"coalesce(sum(goldstein * goldstein) {only}, 0.0) AS gsq")
    if detail:
        cols += [f"count(*) FILTER (counted AND quad = {q}) AS q{q}" for q in (1, 2, 3, 4)]
        cols += [
            "count(*) FILTER (modality = 'planned' AND NOT counted) AS n_planned",
            "count(*) FILTER (modality = 'hypothetical' AND NOT counted) AS n_hypothetical",
            "count(*) FILTER (NOT counted AND quad <= 2) AS p_coop",
            "count(*) FILTER (NOT counted AND quad >= 3) AS p_conf",
        ]
    if evidence > 0:
        # ties on |Goldstein| are broken by id so evidence lists are reproducible
        cols.append(
            f"max_by(id, struct_pack(g := abs(goldstein), i := id), {int(evidence)}) {only} AS evidence"
        )
    # grouping by fresh names: 'a' and 'b' would bind to the input columns, not to least/greatest
    agg = f"SELECT wstart, {x} AS da, {y} AS db, {', '.join(cols)} FROM ({sql}) GROUP BY wstart, da, db"
    agg = f"SELECT wstart, {wend} AS wend, * EXCLUDE (wstart) RENAME (da AS a, db AS b) FROM ({agg})"
    if detail:
        agg = f"SELECT *, sum(n) OVER (PARTITION BY wstart) AS volume FROM ({agg})"
    else:
        agg = f"SELECT * FROM ({agg}) WHERE n > 0"
    order = " ORDER BY wstart" if lean else " ORDER BY wstart, a, b"
    try:
        return _run(store, agg + order, params)
    finally:
        if reg:
            store.con.unregister(reg)


@dataclass(frozen=True, slots=True)
class EvidenceRequest:
    """Events of one dyad over a stretch of time."""

    a: str
    b: str
    window: Window
    directed: bool = False


def evidence_for(
    store: Store, sel: Selection, requests: Sequence[EvidenceRequest], k: int
) -> list[list[str]]:
    """Up to ``k`` counted event ids per request, strongest Goldstein scores first, in one query."""
    if not requests or k <= 0:
        return [[] for _ in requests]
    base, params = sel.base_sql()
    name = f"_triadic_requests_{next(_counter)}"
    store.con.register(
        name,
        pa.table(
            {
                "rid": list(range(len(requests))),
                "ra": [r.a for r in requests],
                "rb": [r.b for r in requests],
                "rs": pa.array([r.window.start for r in requests], pa.date32()),
                "re": pa.array([r.window.end for r in requests], pa.date32()),
                "rd": [r.directed for r in requests],
            }
        ),
    )
    try:
        rows = _run(
            store,
            f"""
            WITH e AS ({base}),
            hits AS (
              -- two equi-joins (as given, and reversed for undirected requests) so DuckDB can hash-join
              SELECT q.rid, e.id, e.goldstein, e.event_date, q.rs, q.re FROM e JOIN {name} q
                ON e.a = q.ra AND e.b = q.rb
              UNION ALL
              SELECT q.rid, e.id, e.goldstein, e.event_date, q.rs, q.re FROM e JOIN {name} q
                ON e.a = q.rb AND e.b = q.ra AND NOT q.rd)
            SELECT rid, list(id ORDER BY g DESC, id DESC) AS ids FROM (
              SELECT rid, id, abs(goldstein) AS g,
                     row_number() OVER (PARTITION BY rid ORDER BY abs(goldstein) DESC, id DESC) AS rn
              FROM hits
              WHERE (rs IS NULL OR event_date >= rs) AND (re IS NULL OR event_date <= re))
            WHERE rn <= ? GROUP BY rid""",
            [*params, k],
        ).to_pylist()
    finally:
        store.con.unregister(name)
    out: list[list[str]] = [[] for _ in requests]
    for r in rows:
        out[r["rid"]] = list(r["ids"])
    return out
