"""The country table: ISO, CAMEO, COW and FIPS codes for every country and territory."""

from __future__ import annotations

from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from triadic.actors._types import Country
from triadic.actors._yaml import line_of, read_yaml_cached
from triadic.errors import DictionaryError
from triadic.model import Actor

__all__ = ["CountryTable", "country_table", "shipped_data_dir", "parse_country", "norm_name"]


def shipped_data_dir() -> Path:
    """Folder of the shipped actor dictionaries."""
    return Path(str(resources.files("triadic.actors") / "data"))


def norm_name(name: str) -> str:
    """Key for name lookups: lower case, no dots, no leading 'the', single spaces."""
    s = " ".join(name.replace(".", "").replace(",", " ").lower().split())
    return s[4:] if s.startswith("the ") else s


def _opt_date(value: Any, where: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise DictionaryError(f"{where}: '{value}' is not a date; write YYYY-MM-DD", code="E034") from exc


def parse_country(entry: dict[str, Any], where: str) -> Country:
    """Build a Country from one YAML mapping, checking its code fields."""
    for key in ("iso3", "name"):
        if not entry.get(key):
            raise DictionaryError(f"{where}: country entry lacks '{key}'", code="E032")
    iso3 = str(entry["iso3"]).upper()
    if len(iso3) != 3 or not iso3.isalpha():
        raise DictionaryError(f"{where}: iso3 '{iso3}' must be three letters", code="E032")
    iso2 = entry.get("iso2")
    if iso2 is not None and (len(str(iso2)) != 2 or not str(iso2).isalpha()):
        raise DictionaryError(f"{where}: iso2 '{iso2}' must be two letters", code="E032")
    cow = entry.get("cow")
    if cow is not None and not isinstance(cow, int):
        raise DictionaryError(f"{where}: cow '{cow}' must be an integer", code="E032")
    return Country(
        iso3=iso3,
        iso2=str(iso2).upper() if iso2 else None,
        cameo=str(entry.get("cameo") or iso3).upper(),
        name=str(entry["name"]),
        cow=cow,
        fips=str(entry["fips"]).upper() if entry.get("fips") else None,
        historical=bool(entry.get("historical", False)),
        valid_from=_opt_date(entry.get("valid_from"), where),
        valid_to=_opt_date(entry.get("valid_to"), where),
    )


class CountryTable:
    """Lookups between country codes and names. Built once from ``countries.yaml``; immutable."""

    def __init__(self, countries: list[Country], names: dict[str, str]) -> None:
        self._all = list(countries)
        self._by_iso3 = {c.iso3: c for c in countries}
        self._by_cameo = {c.cameo: c for c in countries}
        self._by_iso2: dict[str, Country] = {}
        self._by_fips: dict[str, Country] = {}
        self._by_cow: dict[int, Country] = {}
        # Current states win shared codes (COW 365 is Russia, not the Soviet Union).
        for c in sorted(countries, key=lambda c: c.historical, reverse=True):
            if c.iso2:
                self._by_iso2[c.iso2] = c
            if c.fips:
                self._by_fips[c.fips] = c
            if c.cow is not None:
                self._by_cow[c.cow] = c
        self._by_name = dict(names)

    def get(self, code: str) -> Country | None:
        """Country by ISO-3 or CAMEO code (``ROU`` or ``ROM``), case-insensitive."""
        k = code.strip().upper()
        return self._by_iso3.get(k) or self._by_cameo.get(k)

    def is_known(self, code: str) -> bool:
        """True for a known ISO-3 or CAMEO country code."""
        return self.get(code) is not None

    def iso3_from_name(self, name: str) -> str | None:
        """ISO-3 code from a country name, variant or adjective ("the U.S.", "Burma", "North Korean")."""
        return self._by_name.get(norm_name(name))

    def iso3_from_iso2(self, code: str) -> str | None:
        c = self._by_iso2.get(code.strip().upper())
        return c.iso3 if c else None

    def iso3_from_fips(self, code: str) -> str | None:
        """ISO-3 from a FIPS 10-4 code as used by GDELT geography and ICEWS (``KS`` → ``KOR``)."""
        c = self._by_fips.get(code.strip().upper())
        return c.iso3 if c else None

    def iso3_from_cow(self, code: int | str) -> str | None:
        """ISO-3 from a Correlates of War code, numeric (``731``) or as text."""
        try:
            c = self._by_cow.get(int(str(code).strip()))
        except ValueError:
            return None
        return c.iso3 if c else None

    def code_and_name(self, iso3: str) -> tuple[str, str]:
        """CAMEO code and name of ``iso3`` as the table has them; a code the table does not know stands
        for itself in both."""
        c = self.get(iso3)
        return (c.cameo, c.name) if c else (iso3, iso3)

    def state_actor(self, iso3: str) -> Actor:
        """The state ``iso3`` itself (no role), coded and named as the table has it."""
        cameo, name = self.code_and_name(iso3)
        return Actor(code=cameo, country=iso3, role=None, name=name, kind="state")

    def cameo_of(self, iso3: str) -> str | None:
        """CAMEO code for an ISO-3 code (``ROU`` → ``ROM``)."""
        c = self.get(iso3)
        return c.cameo if c else None

    def all(self) -> list[Country]:
        """Every country and territory, historical states included, in file order."""
        return list(self._all)

    def __len__(self) -> int:
        return len(self._all)


def build_country_table(path: Path) -> CountryTable:
    """Read a countries YAML file into a CountryTable, validating each entry."""
    data = read_yaml_cached(path)
    if not isinstance(data, dict) or not isinstance(data.get("countries"), list):
        raise DictionaryError(f"{path}: expected a top-level 'countries:' list", code="E032")
    countries: list[Country] = []
    names: dict[str, str] = {}
    seen: dict[str, int | None] = {}
    for entry in data["countries"]:
        where = f"{path}:{line_of(entry)}"
        c = parse_country(entry, where)
        if c.iso3 in seen:
            raise DictionaryError(f"{where}: country {c.iso3} is defined twice (first at line "
                                  f"{seen[c.iso3]})", code="E033")
        seen[c.iso3] = line_of(entry)
        countries.append(c)
        for term in [c.name, *entry.get("names", []), *entry.get("adj", [])]:
            names.setdefault(norm_name(str(term)), c.iso3)
        names.setdefault(c.iso3.lower(), c.iso3)
    return CountryTable(countries, names)


@cache
def country_table() -> CountryTable:
    """The shipped country table, built once per process."""
    return build_country_table(shipped_data_dir() / "countries.yaml")
