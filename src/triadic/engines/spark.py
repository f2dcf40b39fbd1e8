"""The Spark engine: code articles on a cluster (or ``local[N]``) and aggregate dyads over large event sets.

``code_spark`` reads text files and JSONL from any path Spark can read (local, HDFS, S3), codes them with
one triadic pipeline per executor process, and writes the canonical event schema as Parquet partitioned by
``year`` and ``month``; ``triadic load DIR --store FILE`` brings it into DuckDB. ``dyad_windows_spark``
computes the dyad-window aggregates of such a Parquet event set without DuckDB.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from triadic.config import Settings
from triadic.engines._spark_session import check_spark, spark_session
from triadic.errors import EngineError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

__all__ = ["DyadRun", "SparkRun", "check_spark", "code_spark", "dyad_windows_spark", "spark_session"]


@dataclass(frozen=True, slots=True)
class SparkRun:
    """What a Spark coding run did."""

    articles: int
    events: int
    skipped: int
    output: str
    master: str
    partitions: int


@dataclass(frozen=True, slots=True)
class DyadRun:
    """What a Spark dyad-window job wrote."""

    rows: int
    windows: int
    output: str
    window: str
    directed: bool
    level: str


def _check_output(spark: SparkSession, output: str) -> None:
    """Refuse to write into a non-empty output (Spark would fail late, after all the coding)."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    assert jvm is not None
    path = jvm.org.apache.hadoop.fs.Path(output)
    fs = path.getFileSystem(conf)
    if fs.exists(path) and (not fs.getFileStatus(path).isDirectory() or len(fs.listStatus(path)) > 0):
        raise EngineError(f"output '{output}' already exists and is not empty; choose a new directory",
                          code="E114")


def _analysis_error(exc: Exception, what: str) -> EngineError:
    msg = str(exc).split("\n")[0]
    return EngineError(f"{what}: {msg}", code="E113")


def _job_error(exc: Exception) -> EngineError:
    """The failed job's cause in one line: the last error line of the Python worker's traceback."""
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    last = lines[-1] if lines else ""
    cause = next((ln for ln in reversed(lines) if "Error" in ln or "Exception" in ln), last)
    return EngineError(f"the Spark coding job failed: {cause[:300]}; see the Spark log above for the "
                       "failing task", code="E116")


def code_spark(
    input_path: str,
    output: str,
    settings: Settings,
    *,
    master: str | None = None,
    published: datetime | None = None,
    partitions: int | None = None,
    spark: SparkSession | None = None,
) -> SparkRun:
    """Code every text (.txt .text .md, one article per file) and JSONL (.jsonl .json .ndjson, one per line)
    file under ``input_path`` and write the events to ``output`` as Parquet partitioned by year/month.

    Args:
        master: Spark master (``local[2]``, ``spark://host:7077``, ``yarn``); None: spark-submit's, or
            local[*].
        partitions: how many pieces the documents are cut into (default: twice the default parallelism).
        spark: an existing session to use (kept open); otherwise one is started and stopped.
    """
    check_spark()
    if spark is None:
        with spark_session(master, "triadic-code") as session:
            return _code(session, input_path, output, settings, published, partitions)
    return _code(spark, input_path, output, settings, published, partitions)


def _code(spark: SparkSession, input_path: str, output: str, settings: Settings, published: datetime | None,
          partitions: int | None) -> SparkRun:
    from pyspark.errors import AnalysisException

    from triadic.engines._spark_code import code_partitions, read_documents

    _check_output(spark, output)
    sc = spark.sparkContext
    n = partitions or max(2, 2 * sc.defaultParallelism)
    try:
        docs = read_documents(spark, input_path).repartition(n)
    except AnalysisException as exc:
        raise _analysis_error(exc, f"cannot read input '{input_path}'") from None
    counters = (sc.accumulator(0), sc.accumulator(0))
    events = code_partitions(docs, settings.model_dump_json(), published, counters)
    # an article read twice gives the same event ids; keep each event once
    events = events.dropDuplicates(["id"])
    try:
        events.write.partitionBy("year", "month").mode("errorifexists").parquet(output)
    except AnalysisException as exc:
        raise _analysis_error(exc, f"cannot write '{output}'") from None
    except Exception as exc:  # a failed task surfaces as a Py4J or PySpark error of varying type
        raise _job_error(exc) from None
    n_events = spark.read.parquet(output).count()
    return SparkRun(articles=int(counters[0].value), events=int(n_events), skipped=int(counters[1].value),
                    output=output, master=str(sc.master), partitions=n)


def dyad_windows_spark(
    events_path: str,
    output: str,
    *,
    window: str = "month",
    directed: bool = False,
    level: str = "country",
    modality: Sequence[str] = ("asserted",),
    master: str | None = None,
    spark: SparkSession | None = None,
) -> DyadRun:
    """Aggregate canonical events (Parquet, e.g. from :func:`code_spark`) into dyad windows, as Parquet.

    Args:
        window: all, day, week, month, quarter or year (calendar windows, as in ``triadic series``).
        level: ``country`` (source/target country) or ``actor`` (full actor codes).
    """
    check_spark()
    if spark is None:
        with spark_session(master, "triadic-dyads") as session:
            return _dyads(session, events_path, output, window, directed, level, modality)
    return _dyads(spark, events_path, output, window, directed, level, modality)


def _dyads(spark: SparkSession, events_path: str, output: str, window: str, directed: bool, level: str,
           modality: Sequence[str]) -> DyadRun:
    from pyspark.errors import AnalysisException

    from triadic.engines._spark_dyads import dyad_frame

    _check_output(spark, output)
    try:
        events = spark.read.parquet(events_path)
    except AnalysisException as exc:
        raise _analysis_error(exc, f"cannot read events Parquet '{events_path}'") from None
    missing = {"source_country", "target_country", "source_code", "target_code", "quad", "goldstein",
               "modality", "event_date"} - set(events.columns)
    if missing:
        raise EngineError(f"'{events_path}' does not hold canonical triadic events (missing "
                          f"{', '.join(sorted(missing))})", code="E113")
    frame = dyad_frame(events, window=window, directed=directed, level=level, modality=modality)
    frame = frame.orderBy("window_start", "a", "b")
    frame.write.mode("errorifexists").parquet(output)
    written = spark.read.parquet(output)
    return DyadRun(rows=written.count(), windows=written.select("window_start").distinct().count(),
                   output=output, window=window, directed=directed, level=level)


if __name__ == "__main__":
    # 'spark-submit .../triadic/engines/spark.py code --engine spark IN --output OUT' runs the CLI there
    from triadic.cli import main

    main()
