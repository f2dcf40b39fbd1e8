"""DuckDB schema: one canonical event table shared by self-coded and imported events."""

from __future__ import annotations

__all__ = ["SCHEMA_VERSION", "EVENT_COLUMNS", "DDL", "EVENT_COLUMN_TYPES"]

SCHEMA_VERSION = 1

# The canonical event schema. Self-coded events fill the span columns; imported events
# (GDELT, ICEWS, POLECAT) fill origin_* and raw and leave spans null. Analysis and the
# dashboard read only this table, so they work unchanged on either.
EVENT_COLUMN_TYPES: dict[str, str] = {
    "id": "VARCHAR",
    "article_id": "VARCHAR",
    "dataset": "VARCHAR",
    "sentence_index": "INTEGER",
    "sentence_text": "VARCHAR",
    "sentence_start": "INTEGER",
    "sentence_end": "INTEGER",
    "source_code": "VARCHAR",
    "source_country": "VARCHAR",
    "source_role": "VARCHAR",
    "source_name": "VARCHAR",
    "source_text": "VARCHAR",
    "source_start": "INTEGER",
    "source_end": "INTEGER",
    "target_code": "VARCHAR",
    "target_country": "VARCHAR",
    "target_role": "VARCHAR",
    "target_name": "VARCHAR",
    "target_text": "VARCHAR",
    "target_start": "INTEGER",
    "target_end": "INTEGER",
    "cameo": "VARCHAR",
    "root": "VARCHAR",
    "quad": "TINYINT",
    "goldstein": "DOUBLE",
    "plover_type": "VARCHAR",
    "plover_mode": "VARCHAR",
    "modality": "VARCHAR",
    "event_date": "DATE",
    "date_precision": "VARCHAR",
    "trigger_text": "VARCHAR",
    "trigger_start": "INTEGER",
    "trigger_end": "INTEGER",
    "attributed_to": "VARCHAR",
    "confidence": "DOUBLE",
    "rule": "VARCHAR",
    # where the event happened: GDELT ActionGeo_*, ICEWS and POLECAT City/Country/Latitude/Longitude
    "geo_name": "VARCHAR",
    "geo_country": "VARCHAR",
    "geo_lat": "DOUBLE",
    "geo_lon": "DOUBLE",
    "origin_file": "VARCHAR",
    "origin_line": "BIGINT",
    "origin_id": "VARCHAR",
    "raw": "VARCHAR",
}
EVENT_COLUMNS: tuple[str, ...] = tuple(EVENT_COLUMN_TYPES)

_event_cols = ",\n    ".join(f"{k} {v}" for k, v in EVENT_COLUMN_TYPES.items() if k != "id")

DDL: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    title VARCHAR,
    byline VARCHAR,
    published TIMESTAMP,
    source VARCHAR,
    url VARCHAR,
    external_id VARCHAR,
    dateline VARCHAR,
    text VARCHAR NOT NULL,
    captions VARCHAR[],
    boilerplate VARCHAR[],
    coded_at TIMESTAMP DEFAULT current_timestamp
)""",
    """CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    code VARCHAR,
    rule VARCHAR,
    PRIMARY KEY (article_id, idx)
)""",
    f"""CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY,
    {_event_cols}
)""",
    """CREATE TABLE IF NOT EXISTS quotes (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    speaker_name VARCHAR,
    speaker_affiliation VARCHAR,
    speaker_code VARCHAR,
    text VARCHAR,
    start_char INTEGER,
    end_char INTEGER,
    kind VARCHAR
)""",
    """CREATE TABLE IF NOT EXISTS quarantine (
    dataset VARCHAR,
    file VARCHAR,
    line BIGINT,
    reason VARCHAR,
    raw VARCHAR,
    quarantined_at TIMESTAMP DEFAULT current_timestamp
)""",
    # stores created by an older triadic gain the columns added since
    "ALTER TABLE sentences ADD COLUMN IF NOT EXISTS code VARCHAR",
    "ALTER TABLE sentences ADD COLUMN IF NOT EXISTS rule VARCHAR",
    *(f"ALTER TABLE events ADD COLUMN IF NOT EXISTS {k} {v}"
      for k, v in EVENT_COLUMN_TYPES.items() if k != "id"),
    """CREATE INDEX IF NOT EXISTS events_date ON events (event_date)""",
)
