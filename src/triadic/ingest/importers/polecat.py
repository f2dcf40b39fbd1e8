"""POLECAT weekly files: tab-separated with a drifting header; PLOVER types and modes; COW cells."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from triadic.ingest.importers._base import Batch
from triadic.ingest.importers._codes import CODE_FIELDS, plover_mapper
from triadic.ingest.importers._countries import CountryLookup, cow_fn, load_countries
from triadic.ingest.importers._formats import HeaderMatch
from triadic.ingest.importers._headered import HeaderedConverter
from triadic.ingest.importers._vec import Arr, Lookup, Reasons, parse_int

__all__ = ["PolecatEvents"]


class PolecatEvents(HeaderedConverter):
    """POLECAT rows to canonical events; id ``polecat:<Event ID>``.

    POLECAT codes PLOVER, not CAMEO: ``plover_type``/``plover_mode`` keep its type and mode, and
    ``cameo``/``root`` get the representative CAMEO code of that type and mode (data/plover.yaml) so
    analysis by root and quad works. ``goldstein`` is POLECAT's Event Intensity where given.
    """

    dataset = "polecat"
    version = "weekly"

    def __init__(self, header: HeaderMatch, countries: CountryLookup | None = None,
                 keep_raw: bool = True) -> None:
        table = countries if countries is not None else load_countries()
        super().__init__(header, table, keep_raw)
        self.codes = Lookup(plover_mapper(), CODE_FIELDS)
        self.cow = Lookup(cow_fn(table), [("iso3", pa.string())])

    def _country(self, batch: Batch, name_col: str, cow_col: str) -> Arr:
        named = self.countries(self.col(batch, name_col))["iso3"]
        return pc.coalesce(named, self.cow(self.col(batch, cow_col))["iso3"])

    def columns(self, batch: Batch, reasons: Reasons) -> dict[str, Arr]:
        def col(name: str) -> Arr:
            return self.col(batch, name)

        eid, day = self.event_id_and_day(batch, reasons, "YYYY-MM-DD")
        key = pc.binary_join_element_wise(pc.fill_null(col("Event Type"), ""),
                                          pc.fill_null(col("Event Mode"), ""), "|")
        codes = self.codes(key)
        reasons.add(pc.is_valid(codes["error"]), lambda: codes["error"])
        intensity = self.intensity(batch, reasons, "Event Intensity")
        quad, quad_bad = parse_int(col("Quad Code"), pa.int8())
        quad_ok = pc.and_(pc.greater_equal(quad, 1), pc.less_equal(quad, 4))
        src_iso = self._country(batch, "Actor Country", "Actor COW")
        tgt_iso = self._country(batch, "Recipient Country", "Recipient COW")
        return {
            "id": pc.binary_join_element_wise(pa.scalar("polecat:"), eid, ""),
            "article_id": col("Story ID"),
            "source_code": self.actor_code(src_iso, col("Primary Actor Sector")),
            "source_country": src_iso,
            "source_role": self.roles(col("Primary Actor Sector"))["role"],
            "source_name": col("Actor Name"),
            "target_code": self.actor_code(tgt_iso, col("Primary Recipient Sector")),
            "target_country": tgt_iso,
            "target_role": self.roles(col("Primary Recipient Sector"))["role"],
            "target_name": col("Recipient Name"),
            "cameo": codes["cameo"],
            "root": codes["root"],
            # POLECAT's own quad code when it is 1-4, else the quad of the representative CAMEO root
            "quad": pc.if_else(pc.fill_null(pc.and_(quad_ok, pc.invert(quad_bad)), False), quad,
                               codes["quad"]),
            "goldstein": pc.coalesce(intensity, codes["goldstein"]),
            "plover_type": codes["plover_type"],
            "plover_mode": codes["plover_mode"],
            "event_date": day,
            "origin_id": eid,
            **self.geo(batch),
        }
