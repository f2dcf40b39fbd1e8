"""Dyad-window aggregates in Spark, for event sets too big for one machine's DuckDB.

The definitions follow :func:`triadic.analysis.relation_series` for calendar windows: dyadic events
(both sides known and different, quad 1-4) of the counted modalities, grouped by window and pair of
actors (sorted for undirected dyads), with the window's volume over all dyads.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from triadic.errors import EngineError

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

__all__ = ["DYAD_WINDOWS", "dyad_frame"]

DYAD_WINDOWS = ("all", "day", "week", "month", "quarter", "year")
_LEVELS = {"country": ("source_country", "target_country"), "actor": ("source_code", "target_code")}
_MODALITIES = ("asserted", "planned", "hypothetical", "negated")


def _window_end(kind: str, start: str) -> str:
    step = {"day": "1 day", "week": "7 days", "month": "1 month", "quarter": "3 months",
            "year": "1 year"}[kind]
    return f"date_sub(CAST({start} + INTERVAL {step} AS DATE), 1)"


def dyad_frame(events: DataFrame, *, window: str = "month", directed: bool = False, level: str = "country",
               modality: Sequence[str] = ("asserted",)) -> DataFrame:
    """Per window and dyad: n, quad1..4, cooperative, conflictual, Goldstein sum/mean, net_coop, volume."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    kind = window.strip().lower()
    if kind not in DYAD_WINDOWS:
        raise EngineError(f"unknown dyad window '{window}' for Spark; expected one of "
                          f"{', '.join(DYAD_WINDOWS)} "
                          "(rolling windows: load the events with 'triadic load' and use 'triadic series')",
                          code="E115")
    if level not in _LEVELS:
        raise EngineError(f"unknown level '{level}'; expected country or actor", code="E115")
    bad = [m for m in modality if m not in _MODALITIES]
    if bad or not modality:
        raise EngineError(f"unknown modality {', '.join(bad) or '(none)'}; expected some of "
                          f"{', '.join(_MODALITIES)}", code="E115")
    src, tgt = _LEVELS[level]
    ev = (events.where(F.col(src).isNotNull() & F.col(tgt).isNotNull() & (F.col(src) != F.col(tgt))
                       & F.col("quad").between(1, 4)
                       & F.coalesce(F.col("modality"), F.lit("asserted")).isin(list(modality))))
    if kind == "all":
        ev = ev.withColumn("window_start", F.lit(None).cast("date"))
    else:
        ev = (ev.where(F.col("event_date").isNotNull())
              .withColumn("window_start", F.to_date(F.date_trunc(kind, F.col("event_date")))))
    a, b = (F.col(src), F.col(tgt)) if directed else (F.least(src, tgt), F.greatest(src, tgt))
    ev = ev.select("window_start", a.alias("a"), b.alias("b"), "quad", "goldstein")
    agg = ev.groupBy("window_start", "a", "b").agg(
        F.count(F.lit(1)).alias("n"),
        *[F.count(F.when(F.col("quad") == q, 1)).alias(f"quad{q}") for q in (1, 2, 3, 4)],
        F.coalesce(F.sum("goldstein"), F.lit(0.0)).alias("goldstein_sum"),
    )
    win = Window.partitionBy("window_start")
    end = F.lit(None).cast("date") if kind == "all" else F.expr(_window_end(kind, "window_start"))
    return (agg
            .withColumn("window_end", end)
            .withColumn("directed", F.lit(directed))
            .withColumn("cooperative", F.col("quad1") + F.col("quad2"))
            .withColumn("conflictual", F.col("quad3") + F.col("quad4"))
            .withColumn("goldstein_mean", F.col("goldstein_sum") / F.col("n"))
            .withColumn("net_coop", (F.col("cooperative") - F.col("conflictual")) / F.col("n"))
            .withColumn("volume", F.sum("n").over(win))
            .withColumn("share", F.col("n") / F.col("volume"))
            .select("window_start", "window_end", "a", "b", "directed", "n",
                    "quad1", "quad2", "quad3", "quad4", "cooperative", "conflictual", "goldstein_sum",
                    "goldstein_mean", "net_coop", "volume", "share"))
