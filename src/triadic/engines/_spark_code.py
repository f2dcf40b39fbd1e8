"""The Spark coding job: text and JSONL in, canonical events out as Parquet partitioned by year and month.

Each Python worker process builds the triadic pipeline once (a per-process cache keyed by the settings)
and reuses it for every partition it is given, since Spark reuses its Python workers between tasks.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlparse

from triadic.errors import InputError
from triadic.ingest import RawDocument, parse_article
from triadic.model import Article, Event
from triadic.store import EVENT_COLUMN_TYPES, event_row

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import StructType

    from triadic.pipeline import Coder

__all__ = ["TEXT_GLOB", "JSONL_GLOB", "code_partitions", "event_struct", "read_documents"]

TEXT_GLOB = "*.{txt,text,md}"
JSONL_GLOB = "*.{jsonl,json,ndjson}"
_OPTIONAL = ("title", "date", "url", "id", "byline")


def event_struct() -> StructType:
    """The canonical event columns as a Spark schema, plus the ``year`` and ``month`` partition columns."""
    from pyspark.sql import types as T

    spark_types = {"VARCHAR": T.StringType(), "INTEGER": T.IntegerType(), "BIGINT": T.LongType(),
                   "TINYINT": T.ByteType(), "DOUBLE": T.DoubleType(), "DATE": T.DateType()}
    fields = [T.StructField(c, spark_types[t], True) for c, t in EVENT_COLUMN_TYPES.items()]
    fields += [T.StructField("year", T.IntegerType(), True), T.StructField("month", T.IntegerType(), True)]
    return T.StructType(fields)


def read_documents(spark: SparkSession, path: str) -> DataFrame:
    """Rows (kind, path, value): one per text file (whole file) and one per JSONL line under ``path``."""
    from pyspark.sql import functions as F

    def reader(glob: str) -> Any:
        return spark.read.option("recursiveFileLookup", "true").option("pathGlobFilter", glob)

    texts = reader(TEXT_GLOB).text(path, wholetext=True)
    lines = reader(JSONL_GLOB).text(path)
    cols = [F.col("_metadata.file_path").alias("path"), F.col("value")]
    return (texts.select(F.lit("text").alias("kind"), *cols)
            .unionByName(lines.select(F.lit("jsonl").alias("kind"), *cols)))


def _local_path(uri: str) -> str:
    # file: URIs become plain paths so a document's source reads as it does with the local engine
    # (the structure finder takes a missing year from the file name)
    if uri.startswith("file:"):
        return unquote(urlparse(uri).path)
    return uri


def _raw(kind: str, path: str, value: str) -> RawDocument | None:
    source = _local_path(path)
    if kind == "text":
        text = value.removeprefix("\ufeff")
        return RawDocument(text=text, source=source, kind="text") if text.strip() else None
    if not value.strip():
        return None
    try:
        obj = json.loads(value)
    except json.JSONDecodeError:
        return None
    body: Any = obj.get("text") if isinstance(obj, dict) else None
    if not isinstance(body, str) or not body.strip():
        return None
    meta: dict[str, str | None] = {}
    for key in _OPTIONAL:
        val: Any = obj.get(key)
        if isinstance(val, int) and not isinstance(val, bool) and key == "id":
            val = str(val)
        if val is not None and not isinstance(val, str):
            return None
        meta[key] = (val.strip() or None) if isinstance(val, str) else None
    return RawDocument(text=body, source=source, kind="jsonl", title=meta["title"], date=meta["date"],
                       url=meta["url"], id=meta["id"], byline=meta["byline"])


@lru_cache(maxsize=2)
def _coder(settings_json: str) -> Coder:
    """One pipeline per Python worker process (Spark reuses workers across tasks and partitions)."""
    from triadic.config import Settings
    from triadic.pipeline import Coder

    return Coder(Settings.model_validate_json(settings_json))


_CASTS: dict[str, type] = {"INTEGER": int, "BIGINT": int, "TINYINT": int, "DOUBLE": float}
_COLUMN_CASTS = tuple((c, _CASTS.get(t)) for c, t in EVENT_COLUMN_TYPES.items())


def _row(event: Event) -> tuple[Any, ...]:
    """An event as a tuple in the order of :func:`event_struct`: canonical columns, then year and month."""
    row = event_row(event)
    values = [(v if cast is None or v is None else cast(v))
              for c, cast in _COLUMN_CASTS for v in (row.get(c),)]
    when = row.get("event_date")
    return (*values, when.year if when else None, when.month if when else None)


def _partition(docs: Iterable[Any], settings_json: str, published: datetime | None,
               counters: Any) -> Iterator[tuple[Any, ...]]:
    coder = _coder(settings_json)
    articles, skipped = 0, 0

    def articles_of() -> Iterator[Article]:
        nonlocal skipped
        for doc in docs:
            raw = _raw(doc["kind"], doc["path"], doc["value"])
            if raw is None:
                skipped += 1
                continue
            try:
                yield parse_article(raw, published=published)
            except InputError:
                skipped += 1

    for coded in coder.code_articles(articles_of()):
        articles += 1
        for event in coded.events:
            yield _row(event)
    counters[0].add(articles)
    counters[1].add(skipped)


def code_partitions(docs: DataFrame, settings_json: str, published: datetime | None,
                    counters: Any) -> DataFrame:
    """Events of every document, coded partition by partition (``counters``: articles and skipped)."""
    fn = partial(_partition, settings_json=settings_json, published=published, counters=counters)
    return docs.sparkSession.createDataFrame(docs.rdd.mapPartitions(fn), event_struct())
