"""GDELT: 1.0 events (57 or 58 columns), 2.0 events (61) and 2.0 mentions (16); tab-separated, no header."""

from __future__ import annotations

from collections.abc import Callable

import pyarrow as pa
import pyarrow.compute as pc

from triadic.errors import StoreError
from triadic.ingest.importers._base import Batch, Converted, Converter, EventConverter, split_bad
from triadic.ingest.importers._codes import CODE_FIELDS, cameo_mapper
from triadic.ingest.importers._countries import fips_fn, load_countries
from triadic.ingest.importers._formats import gdelt_columns
from triadic.ingest.importers._vec import (
    Arr,
    Lookup,
    Reasons,
    blank_to_null,
    constant,
    matches,
    message,
    parse_date,
    parse_float,
    parse_int,
)
from triadic.store import Store

__all__ = ["GdeltEvents", "GdeltMentions", "gdelt_converter", "MENTIONS_DDL"]

_DAY = [r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$"]
_STAMP = [r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})[0-2]\d[0-5]\d[0-6]\d$"]


# the fields the canonical event is made from; the rest stay in ``raw``
_EVENT_FIELDS = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "EventCode", "EventRootCode",
    "GoldsteinScale", "DATEADDED", "SOURCEURL", "ActionGeo_FullName", "ActionGeo_CountryCode",
    "ActionGeo_Lat", "ActionGeo_Long",
)


class GdeltEvents(EventConverter):
    """GDELT event rows to canonical events; id ``gdelt:<GLOBALEVENTID>``."""

    dataset = "gdelt"

    def __init__(self, version: str, keep_raw: bool = True) -> None:
        super().__init__(keep_raw)
        self.version = version
        names = gdelt_columns(version)
        self.n_fields = len(names)
        self.idx = {c: i for i, c in enumerate(names)}
        self.used = tuple(sorted(self.idx[c] for c in _EVENT_FIELDS if c in self.idx))
        self.codes = Lookup(cameo_mapper("gdelt", "EventCode"), CODE_FIELDS)
        # GDELT's geo columns use FIPS 10-4 country codes; the canonical geo_country is ISO-3
        self.fips = Lookup(fips_fn(load_countries()), [("iso3", pa.string())])
        # GDELT 1.0 DATEADDED is a day (YYYYMMDD); 2.0 adds the time of day (YYYYMMDDHHMMSS, UTC).
        self.added_formats = _DAY if version.startswith("1.0") else _STAMP

    def columns(self, batch: Batch, reasons: Reasons) -> dict[str, Arr]:
        def col(name: str) -> Arr:
            return blank_to_null(batch.field(self.idx[name]))

        gid = col("GLOBALEVENTID")
        reasons.add(pc.invert(pc.fill_null(matches(gid, r"^\d{1,19}$"), False)),
                    lambda: message("bad GLOBALEVENTID '", gid, "': expected a number"))
        sqldate = col("SQLDATE")
        day = parse_date(sqldate, _DAY)
        reasons.add(pc.is_null(day),
                    lambda: message("bad date '", sqldate, "' in SQLDATE: expected YYYYMMDD"))
        added = col("DATEADDED")
        added_ok = parse_date(added, self.added_formats)
        fmt = "YYYYMMDD" if self.added_formats is _DAY else "YYYYMMDDHHMMSS"
        reasons.add(pc.is_null(added_ok),
                    lambda: message("bad date '", added, f"' in DATEADDED: expected {fmt}"))
        code_key = pc.binary_join_element_wise(batch.field(self.idx["EventCode"]),
                                               batch.field(self.idx["EventRootCode"]), "|")
        codes = self.codes(code_key)
        reasons.add(pc.is_valid(codes["error"]), lambda: codes["error"])
        gs, gs_bad = parse_float(col("GoldsteinScale"))
        reasons.add(gs_bad, lambda: message("bad GoldsteinScale '", col("GoldsteinScale"),
                                            "': expected a number"))
        gs_range = pc.or_(pc.less(gs, -10.0), pc.greater(gs, 10.0))
        reasons.add(gs_range, lambda: message("GoldsteinScale '", col("GoldsteinScale"),
                                              "' is outside -10..10"))
        a2 = col("Actor2Code")
        has_target = pc.or_(pc.is_valid(a2), pc.is_valid(col("Actor2Name")))
        out: dict[str, Arr] = {
            "id": pc.binary_join_element_wise(pa.scalar("gdelt:"), gid, ""),
            "article_id": col("SOURCEURL") if "SOURCEURL" in self.idx else None,
            "source_code": col("Actor1Code"),
            "source_country": col("Actor1CountryCode"),
            "source_role": col("Actor1Type1Code"),
            "source_name": col("Actor1Name"),
            "target_code": a2,
            "target_country": pc.if_else(has_target, col("Actor2CountryCode"), pa.scalar(None, pa.string())),
            "target_role": col("Actor2Type1Code"),
            "target_name": col("Actor2Name"),
            "cameo": codes["cameo"],
            "root": codes["root"],
            "quad": codes["quad"],
            "goldstein": pc.coalesce(gs, codes["goldstein"]),
            "plover_type": codes["plover_type"],
            "plover_mode": codes["plover_mode"],
            "event_date": day,
            "origin_id": gid,
            **self._geo(col),
        }
        return {k: v for k, v in out.items() if v is not None}

    def _geo(self, col: Callable[[str], Arr]) -> dict[str, Arr]:
        """Where the action took place; a malformed coordinate becomes null, not a quarantined row."""
        if "ActionGeo_Lat" not in self.idx:
            return {}
        lat, _ = parse_float(col("ActionGeo_Lat"))
        lon, _ = parse_float(col("ActionGeo_Long"))
        return {"geo_name": col("ActionGeo_FullName"),
                "geo_country": self.fips(col("ActionGeo_CountryCode"))["iso3"],
                "geo_lat": lat, "geo_lon": lon}


MENTIONS_DDL = """CREATE TABLE IF NOT EXISTS mentions (
    id VARCHAR PRIMARY KEY,
    event_id VARCHAR NOT NULL,
    event_time TIMESTAMP,
    mention_time TIMESTAMP,
    mention_type TINYINT,
    source_name VARCHAR,
    identifier VARCHAR,
    sentence_id INTEGER,
    actor1_offset INTEGER,
    actor2_offset INTEGER,
    action_offset INTEGER,
    in_raw_text TINYINT,
    confidence INTEGER,
    doc_len INTEGER,
    doc_tone DOUBLE,
    translation_info VARCHAR,
    extras VARCHAR,
    dataset VARCHAR,
    origin_file VARCHAR,
    origin_line BIGINT
)"""

_MENTION_INTS: tuple[tuple[str, str, pa.DataType], ...] = (
    ("MentionType", "mention_type", pa.int8()),
    ("SentenceID", "sentence_id", pa.int32()),
    ("Actor1CharOffset", "actor1_offset", pa.int32()),
    ("Actor2CharOffset", "actor2_offset", pa.int32()),
    ("ActionCharOffset", "action_offset", pa.int32()),
    ("InRawText", "in_raw_text", pa.int8()),
    ("Confidence", "confidence", pa.int32()),
    ("MentionDocLen", "doc_len", pa.int32()),
)


def _bad_value(values: Arr, template: str) -> Callable[[], Arr]:
    """A deferred per-row reason: ``template`` with ``{}`` replaced by the row's value."""
    prefix, _, suffix = template.partition("{}")
    return lambda: message(prefix, values, suffix)


class GdeltMentions(Converter):
    """GDELT 2.0 mention rows into the ``mentions`` table; ``event_id`` joins ``events.id``."""

    dataset = "gdelt"
    version = "2.0-mentions"

    def __init__(self) -> None:
        names = gdelt_columns(self.version)
        self.n_fields = len(names)
        self.idx = {c: i for i, c in enumerate(names)}

    def convert(self, batch: Batch) -> Converted:
        reasons = Reasons(batch.n)

        def col(name: str) -> Arr:
            return blank_to_null(batch.field(self.idx[name]))

        gid = col("GLOBALEVENTID")
        reasons.add(pc.invert(pc.fill_null(matches(gid, r"^\d{1,19}$"), False)),
                    lambda: message("bad GLOBALEVENTID '", gid, "': expected a number"))
        stamps: dict[str, Arr] = {}
        for name in ("EventTimeDate", "MentionTimeDate"):
            raw = col(name)
            ts = pc.strptime(raw, format="%Y%m%d%H%M%S", unit="s", error_is_null=True)
            ts = pc.if_else(pc.fill_null(matches(raw, r"^\d{14}$"), False), ts,
                            pa.scalar(None, pa.timestamp("s")))
            reasons.add(pc.is_null(ts),
                        _bad_value(raw, f"bad date '{{}}' in {name}: expected YYYYMMDDHHMMSS"))
            stamps[name] = ts
        ints: dict[str, Arr] = {}
        for src, dst, typ in _MENTION_INTS:
            raw = col(src)
            vals, bad = parse_int(raw, typ)
            reasons.add(bad, _bad_value(raw, f"bad {src} '{{}}': expected an integer"))
            ints[dst] = vals
        tone, tone_bad = parse_float(col("MentionDocTone"))
        reasons.add(tone_bad, lambda: message("bad MentionDocTone '", col("MentionDocTone"), "'"))
        event_id = pc.binary_join_element_wise(pa.scalar("gdelt:"), gid, "")
        ident = col("MentionIdentifier")
        mid = pc.binary_join_element_wise(
            event_id, pc.fill_null(col("MentionTimeDate"), ""), pc.fill_null(col("SentenceID"), ""),
            pc.fill_null(ident, ""), ":")
        n = batch.n
        table = pa.table({
            "id": mid, "event_id": event_id, "event_time": stamps["EventTimeDate"],
            "mention_time": stamps["MentionTimeDate"], "mention_type": ints["mention_type"],
            "source_name": col("MentionSourceName"), "identifier": ident,
            "sentence_id": ints["sentence_id"], "actor1_offset": ints["actor1_offset"],
            "actor2_offset": ints["actor2_offset"], "action_offset": ints["action_offset"],
            "in_raw_text": ints["in_raw_text"], "confidence": ints["confidence"], "doc_len": ints["doc_len"],
            "doc_tone": tone, "translation_info": col("MentionDocTranslationInfo"), "extras": col("Extras"),
            "dataset": constant("gdelt", n, pa.string()),
            "origin_file": constant(batch.label, n, pa.string()),
            "origin_line": pa.array(batch.lines, pa.int64()),
        })
        ok, bad = split_bad(batch, reasons, self.dataset)
        return Converted(table if ok is None else table.filter(ok), bad)

    def write(self, store: Store, converted: Converted) -> tuple[int, int]:
        with store.transaction(lambda exc: StoreError(
                f"writing mentions to '{store.path}' failed and was rolled back: {exc}", code="E048")) as con:
            con.execute(MENTIONS_DDL)
            before = con.execute("SELECT count(*) FROM mentions").fetchall()[0][0]
            con.register("_mention_batch", converted.table)
            try:
                con.execute("INSERT OR IGNORE INTO mentions SELECT * FROM _mention_batch")
            finally:
                con.unregister("_mention_batch")
            after = con.execute("SELECT count(*) FROM mentions").fetchall()[0][0]
            if converted.quarantined:
                con.executemany(
                    "INSERT INTO quarantine (dataset, file, line, reason, raw) VALUES (?, ?, ?, ?, ?)",
                    [(q.dataset, q.file, q.line, q.reason, q.raw) for q in converted.quarantined])
        added = int(after) - int(before)
        return added, converted.table.num_rows - added


def gdelt_converter(version: str, keep_raw: bool = True) -> Converter:
    """The converter for one GDELT version name (see :data:`GDELT_VERSIONS`)."""
    if version == "2.0-mentions":
        return GdeltMentions()
    return GdeltEvents(version, keep_raw)
