"""Base for formats with a header row (ICEWS, POLECAT): columns found by name, not position."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from triadic.ingest.importers._base import Batch, EventConverter
from triadic.ingest.importers._codes import role_of_sectors
from triadic.ingest.importers._countries import CountryLookup, country_fn, load_countries
from triadic.ingest.importers._formats import HeaderMatch
from triadic.ingest.importers._vec import (
    Arr,
    Lookup,
    Reasons,
    blank_to_null,
    message,
    parse_date,
    parse_float,
)

__all__ = ["HeaderedConverter", "DATE_FORMATS"]

# ICEWS writes ISO dates in most years and m/d/y in some; both are accepted, ISO first.
DATE_FORMATS: list[str] = [
    r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[ T][\d:.]+Z?)?$",
    r"^(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})$",
    r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$",
]


class HeaderedConverter(EventConverter):
    """Shared column access and country/role lookups for headered formats."""

    def __init__(self, header: HeaderMatch, countries: CountryLookup | None = None,
                 keep_raw: bool = True) -> None:
        super().__init__(keep_raw)
        self.header = header
        self.n_fields = header.n_fields
        self.used = tuple(sorted(header.index.values()))
        table = countries if countries is not None else load_countries()
        self.countries = Lookup(country_fn(table), [("iso3", pa.string())])
        self.roles = Lookup(role_of_sectors, [("role", pa.string())])

    def col(self, batch: Batch, name: str) -> Arr:
        """A column by its canonical name, trimmed, blanks as null; all-null if the file lacks it."""
        i = self.header.index.get(name)
        if i is None:
            return pa.nulls(batch.n, pa.string())
        return blank_to_null(batch.field(i))

    def event_id_and_day(self, batch: Batch, reasons: Reasons, expected: str) -> tuple[Arr, Arr]:
        """The "Event ID" and the parsed "Event Date"; rows lacking either get a quarantine reason.

        Args:
            expected: the date formats the file uses, named in the reason ("YYYY-MM-DD").
        """
        eid = self.col(batch, "Event ID")
        reasons.add(pc.is_null(eid), "missing Event ID")
        raw_date = self.col(batch, "Event Date")
        day = parse_date(raw_date, DATE_FORMATS)
        reasons.add(pc.is_null(day),
                    lambda: message("bad date '", raw_date, f"' in Event Date: expected {expected}"))
        return eid, day

    def intensity(self, batch: Batch, reasons: Reasons, name: str) -> Arr:
        """The -10..10 intensity column ``name`` as floats; bad or out-of-range values are quarantined."""
        raw = self.col(batch, name)
        value, bad = parse_float(raw)
        reasons.add(bad, lambda: message(f"bad {name} '", raw, "': expected a number"))
        reasons.add(pc.or_(pc.less(value, -10.0), pc.greater(value, 10.0)),
                    lambda: message(f"{name} '", raw, "' is outside -10..10"))
        return value

    def geo(self, batch: Batch) -> dict[str, Arr]:
        """The event's place from the City/Country/Latitude/Longitude columns, where the file has them."""
        lat, _ = parse_float(self.col(batch, "Latitude"))
        lon, _ = parse_float(self.col(batch, "Longitude"))
        return {"geo_name": self.col(batch, "City"),
                "geo_country": self.countries(self.col(batch, "Country"))["iso3"],
                "geo_lat": lat, "geo_lon": lon}

    def actor_code(self, iso3: Arr, sectors: Arr) -> Arr:
        """CAMEO-style actor code: the ISO-3 country plus the role the sector list suggests."""
        role = pc.fill_null(self.roles(sectors)["role"], "")
        return pc.binary_join_element_wise(iso3, role, "")
