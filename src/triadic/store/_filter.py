"""A small, injection-proof filter language for export: ``key=value`` pairs on known columns.

Each expression is ``key=value``; ``|`` separates alternatives (``root=14|18``). Keys map to fixed SQL
fragments and every value is passed as a bound parameter, so no text from the user reaches the SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from triadic.errors import InputError

__all__ = ["EventFilter", "parse_where", "FILTER_KEYS"]


def _date(key: str, v: str) -> date:
    try:
        return date.fromisoformat(v)
    except ValueError:
        raise InputError(f"--where {key}={v}: expected a date as YYYY-MM-DD", code="E107") from None


def _root(key: str, v: str) -> str:
    if not v.isdigit() or not 1 <= int(v) <= 20:
        raise InputError(f"--where {key}={v}: expected a CAMEO root 01-20", code="E107")
    return v.zfill(2)


def _quad(key: str, v: str) -> int:
    if v not in ("1", "2", "3", "4"):
        raise InputError(f"--where {key}={v}: expected a quad class 1-4", code="E107")
    return int(v)


def _text(key: str, v: str) -> str:
    return v


@dataclass(frozen=True, slots=True)
class _Key:
    sql: str  # fragment with one ``?`` per use of the value
    uses: int
    convert: Callable[[str, str], Any]
    alternatives: bool = True
    help: str = ""


FILTER_KEYS: dict[str, _Key] = {
    "dataset": _Key("e.dataset = ?", 1, _text, help="dataset of origin: triadic, gdelt, icews, polecat"),
    "source": _Key("(e.source_code = ? OR e.source_country = ?)", 2, _text,
                   help="source actor code or country"),
    "target": _Key("(e.target_code = ? OR e.target_country = ?)", 2, _text,
                   help="target actor code or country"),
    "actor": _Key("(e.source_code = ? OR e.source_country = ? OR e.target_code = ? OR e.target_country = ?)",
                  4, _text, help="either side"),
    "cameo": _Key("starts_with(e.cameo, ?)", 1, _text, help="CAMEO code prefix (04 matches 040-046x)"),
    "root": _Key("e.root = ?", 1, _root, help="CAMEO root 01-20"),
    "quad": _Key("e.quad = ?", 1, _quad, help="quad class 1-4"),
    "plover": _Key("e.plover_type = ?", 1, lambda k, v: v.upper(), help="PLOVER type"),
    "modality": _Key("e.modality = ?", 1, _text, help="asserted, planned, hypothetical, negated"),
    "from": _Key("e.event_date >= ?", 1, _date, alternatives=False, help="first day, YYYY-MM-DD"),
    "to": _Key("e.event_date <= ?", 1, _date, alternatives=False, help="last day, YYYY-MM-DD"),
    "id": _Key("e.id = ?", 1, _text, help="event id"),
}


@dataclass(frozen=True, slots=True)
class EventFilter:
    """A parsed filter: a SQL condition over ``events e`` and its parameters."""

    clauses: tuple[str, ...] = ()
    params: tuple[Any, ...] = field(default_factory=tuple)

    @property
    def sql(self) -> str:
        return " AND ".join(self.clauses) if self.clauses else "TRUE"


def parse_where(expressions: Sequence[str]) -> EventFilter:
    """Parse ``key=value`` expressions (all must hold) into an :class:`EventFilter`."""
    clauses: list[str] = []
    params: list[Any] = []
    for expr in expressions:
        key, sep, value = expr.partition("=")
        key, value = key.strip().lower(), value.strip()
        spec = FILTER_KEYS.get(key)
        if not sep or spec is None or not value:
            raise InputError(
                f"bad --where '{expr}': write key=value with key one of {', '.join(FILTER_KEYS)}"
                " (alternatives with |, e.g. root=14|18)", code="E107")
        values = [v.strip() for v in value.split("|")] if spec.alternatives else [value]
        if any(not v for v in values):
            raise InputError(f"bad --where '{expr}': empty alternative", code="E107")
        parts = []
        for v in values:
            converted = spec.convert(key, v)
            parts.append(spec.sql)
            params.extend([converted] * spec.uses)
        clauses.append(parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")")
    return EventFilter(tuple(clauses), tuple(params))
