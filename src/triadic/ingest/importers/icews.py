"""ICEWS Dataverse event files: tab-separated with a header; countries as names; ids unique per date."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from triadic.ingest.importers._base import Batch
from triadic.ingest.importers._codes import CODE_FIELDS, cameo_mapper
from triadic.ingest.importers._countries import CountryLookup
from triadic.ingest.importers._formats import HeaderMatch
from triadic.ingest.importers._headered import HeaderedConverter
from triadic.ingest.importers._vec import Arr, Lookup, Reasons, parse_int

__all__ = ["IcewsEvents"]


class IcewsEvents(HeaderedConverter):
    """ICEWS rows to canonical events; id ``icews:<Event ID>:<Event Date as YYYY-MM-DD>``."""

    dataset = "icews"
    version = "dataverse"

    def __init__(self, header: HeaderMatch, countries: CountryLookup | None = None,
                 keep_raw: bool = True) -> None:
        super().__init__(header, countries, keep_raw)
        self.codes = Lookup(cameo_mapper("icews", "CAMEO Code"), CODE_FIELDS)

    def columns(self, batch: Batch, reasons: Reasons) -> dict[str, Arr]:
        def col(name: str) -> Arr:
            return self.col(batch, name)

        eid, day = self.event_id_and_day(batch, reasons, "YYYY-MM-DD or M/D/YYYY")
        codes = self.codes(col("CAMEO Code"))
        reasons.add(pc.is_valid(codes["error"]), lambda: codes["error"])
        intensity = self.intensity(batch, reasons, "Intensity")
        src_iso = self.countries(col("Source Country"))["iso3"]
        tgt_iso = self.countries(col("Target Country"))["iso3"]
        sentence, _ = parse_int(col("Sentence Number"), pa.int32())
        return {
            "id": pc.binary_join_element_wise(pa.scalar("icews"), eid, pc.cast(day, pa.string()), ":"),
            "article_id": col("Story ID"),
            "sentence_index": sentence,
            "source_code": self.actor_code(src_iso, col("Source Sectors")),
            "source_country": src_iso,
            "source_role": self.roles(col("Source Sectors"))["role"],
            "source_name": col("Source Name"),
            "target_code": self.actor_code(tgt_iso, col("Target Sectors")),
            "target_country": tgt_iso,
            "target_role": self.roles(col("Target Sectors"))["role"],
            "target_name": col("Target Name"),
            "cameo": codes["cameo"],
            "root": codes["root"],
            "quad": codes["quad"],
            "goldstein": pc.coalesce(intensity, codes["goldstein"]),
            "plover_type": codes["plover_type"],
            "plover_mode": codes["plover_mode"],
            "event_date": day,
            "origin_id": eid,
            **self.geo(batch),
        }
