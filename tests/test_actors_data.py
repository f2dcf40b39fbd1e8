"""Quality checks on the shipped leader data: coverage of the required countries and consistent terms."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from triadic.actors import load_dictionary

REQUIRED = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS",
            "SAU", "ZAF", "TUR", "GBR", "USA", "PRK", "TWN", "IRN", "ISR", "UKR", "SYR"]
HEADS = ("leader", "monarch", "president", "prime_minister")


@pytest.fixture(scope="module")
def dictionary():  # type: ignore[no-untyped-def]
    return load_dictionary()


@pytest.mark.parametrize("day", [date(2001, 6, 1), date(2008, 6, 1), date(2015, 6, 1), date(2024, 6, 1)])
def test_every_required_country_has_a_head_on_sample_days(
        dictionary, day: date) -> None:  # type: ignore[no-untyped-def]
    missing = [c for c in REQUIRED if not any(dictionary.holder(c, off, day) for off in HEADS)]
    assert not missing, f"no head of state or government on {day} for {missing}"


@pytest.mark.parametrize("day", [date(2015, 6, 1), date(2024, 6, 1)])
def test_foreign_ministers_on_sample_days(dictionary, day: date) -> None:  # type: ignore[no-untyped-def]
    missing = [c for c in REQUIRED if dictionary.holder(c, "foreign_minister", day) is None]
    assert not missing, f"no foreign minister on {day} for {missing}"


def test_one_holder_per_office_at_a_time(dictionary) -> None:  # type: ignore[no-untyped-def]
    for (country, office), entries in dictionary.office_holders.items():
        if office == "other":
            continue
        for a, b in zip(entries, entries[1:], strict=False):
            assert a.end is not None, f"{country} {office}: {a.name} has no end but {b.name} follows"
            assert a.name == b.name or a.end < b.start + timedelta(days=1), \
                f"{country} {office}: {a.name} (to {a.end}) overlaps {b.name} (from {b.start})"


def test_opposition_rebel_and_army_figures_hold_no_titled_office(dictionary) -> None:  # type: ignore[no-untyped-def]
    """A title ("the Venezuelan leader") names the office holder; an opposition leader must not be one."""
    for (country, office), entries in dictionary.office_holders.items():
        if office == "other":
            continue
        odd = [e.name for e in entries if e.role not in ("GOV",)]
        assert not odd, f"{country} {office}: {odd} carry a role other than GOV"
