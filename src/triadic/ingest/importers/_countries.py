"""Country codes to ISO-3: names (ICEWS), ISO-2/ISO-3 codes, FIPS (GDELT geo) and COW (POLECAT)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

__all__ = ["CountryLookup", "Iso3", "load_countries", "country_fn", "cow_fn", "fips_fn"]


class CountryLookup(Protocol):
    """What the importers need from :func:`triadic.actors.country_table`."""

    def iso3_from_name(self, name: str) -> str | None: ...
    def iso3_from_fips(self, code: str) -> str | None: ...
    def iso3_from_cow(self, code: int | str) -> str | None: ...
    def iso3_from_iso2(self, code: str) -> str | None: ...
    def is_known(self, iso3: str) -> bool: ...


class _NoCountries:
    """Stand-in while the actors country table is unavailable: maps nothing."""

    def iso3_from_name(self, name: str) -> str | None:
        return None

    def iso3_from_fips(self, code: str) -> str | None:
        return None

    def iso3_from_cow(self, code: int | str) -> str | None:
        return None

    def iso3_from_iso2(self, code: str) -> str | None:
        return None

    def is_known(self, iso3: str) -> bool:
        return False


def load_countries() -> CountryLookup:
    """The actors layer's country table, or a stand-in that maps nothing if it is not installed."""
    try:
        from triadic.actors import country_table
    except ImportError:
        return _NoCountries()
    table: CountryLookup = country_table()
    return table


@dataclass(frozen=True, slots=True)
class Iso3:
    iso3: str | None


_NONE = {"", "none", "null", "nan", "n/a", "-"}


def country_fn(table: CountryLookup) -> Callable[[str | None], Iso3]:
    """A function for :class:`Lookup`: a country name, ISO-3 or ISO-2 code to ISO-3."""

    def fn(value: str | None) -> Iso3:
        v = (value or "").strip()
        if v.lower() in _NONE:
            return Iso3(None)
        if len(v) == 3 and v.isalpha() and v.isupper() and table.is_known(v):
            return Iso3(v)
        if len(v) == 2 and v.isalpha() and v.isupper():
            got = table.iso3_from_iso2(v)
            if got:
                return Iso3(got)
        return Iso3(table.iso3_from_name(v))

    return fn


def cow_fn(table: CountryLookup) -> Callable[[str | None], Iso3]:
    """A function for :class:`Lookup`: a COW cell ("2", "2;200", "None") to the ISO-3 of its first code."""

    def fn(value: str | None) -> Iso3:
        for part in (value or "").replace(",", ";").split(";"):
            p = part.strip()
            if p.lower() in _NONE:
                continue
            got = table.iso3_from_cow(int(p) if p.isdigit() else p)
            if got:
                return Iso3(got)
        return Iso3(None)

    return fn


def fips_fn(table: CountryLookup) -> Callable[[str | None], Iso3]:
    """A function for :class:`Lookup`: a FIPS 10-4 country code (GDELT geo columns) to ISO-3."""

    def fn(value: str | None) -> Iso3:
        v = (value or "").strip()
        return Iso3(table.iso3_from_fips(v) if v else None)

    return fn
