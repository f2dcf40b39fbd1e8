"""Vectorised helpers over Arrow arrays: checks that collect quarantine reasons, parsing, lookups."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeAlias, TypeVar

import pyarrow as pa
import pyarrow.compute as pc

__all__ = ["Reasons", "Lookup", "blank_to_null", "parse_date", "parse_float", "parse_int", "matches",
           "message", "constant", "Arr"]

T = TypeVar("T")
Arr: TypeAlias = "pa.Array | pa.ChunkedArray"

_FLOAT_RE = r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$"
_INT_RE = r"^[+-]?\d{1,18}$"


def constant(value: Any, n: int, type_: pa.DataType) -> pa.Array:
    """An array of ``n`` copies of one value (or nulls)."""
    if value is None:
        return pa.nulls(n, type_)
    return pa.repeat(pa.scalar(value, type_), n)


def blank_to_null(a: Arr) -> Arr:
    """Trim whitespace; empty strings and the literal 'None'/'NULL' become null."""
    t = pc.utf8_trim_whitespace(a)
    blank = pc.is_in(t, value_set=pa.array(["", "None", "NULL", "null", "NA"]))
    return pc.if_else(blank, pa.scalar(None, pa.string()), t)


def matches(a: Arr, pattern: str) -> Arr:
    """True where the value matches the regular expression (null stays null)."""
    return pc.match_substring_regex(a, pattern)


def message(prefix: str, values: Arr, suffix: str) -> Arr:
    """Per-row reason text quoting the offending value."""
    shown = pc.fill_null(pc.utf8_slice_codeunits(values, 0, 40), "")
    return pc.binary_join_element_wise(pa.scalar(prefix), shown, pa.scalar(suffix), "")


def parse_date(a: Arr, patterns: Sequence[str], lo: int = 1800, hi: int = 2200) -> Arr:
    """Dates from strings trying regexes with named groups ``y``, ``m``, ``d`` in order; else null.

    Impossible dates (2016-02-30) are null, not rolled over; two-digit years are 1969-2068.
    """
    out: Arr = pa.nulls(len(a), pa.date32())
    for regex in patterns:
        ok = pc.fill_null(matches(a, regex), False)
        if not pc.any(ok).as_py():
            continue
        parts = pc.extract_regex(pc.if_else(ok, a, pa.scalar(None, pa.string())), regex)
        y = pc.cast(pc.struct_field(parts, "y"), pa.int32())
        y = pc.if_else(pc.less(y, 69), pc.add(y, 2000), pc.if_else(pc.less(y, 100), pc.add(y, 1900), y))
        m = pc.cast(pc.struct_field(parts, "m"), pa.int32())
        d = pc.cast(pc.struct_field(parts, "d"), pa.int32())
        text = pc.binary_join_element_wise(
            pc.cast(y, pa.string()), pc.utf8_lpad(pc.cast(m, pa.string()), 2, "0"),
            pc.utf8_lpad(pc.cast(d, pa.string()), 2, "0"), "-")
        parsed = pc.strptime(text, format="%Y-%m-%d", unit="s", error_is_null=True)
        # strptime rolls 02-30 over to 03-01: keep only dates whose month and day survive unchanged
        exact = pc.and_(pc.equal(pc.month(parsed), m), pc.equal(pc.day(parsed), d))
        exact = pc.and_(exact, pc.and_(pc.greater_equal(y, lo), pc.less_equal(y, hi)))
        day = pc.cast(pc.cast(parsed, pa.timestamp("s")), pa.date32())
        out = pc.if_else(pc.and_(pc.fill_null(exact, False), pc.is_null(out)), day, out)
    return out


def parse_float(a: Arr) -> tuple[Arr, Arr]:
    """``(values, bad)``: doubles, null where blank; ``bad`` is true where a value is not a number."""
    ok = matches(a, _FLOAT_RE)
    bad = pc.and_(pc.is_valid(a), pc.invert(pc.fill_null(ok, False)))
    vals = pc.cast(pc.if_else(pc.fill_null(ok, False), a, pa.scalar(None, pa.string())), pa.float64())
    return vals, bad


def parse_int(a: Arr, type_: pa.DataType | None = None) -> tuple[Arr, Arr]:
    """``(values, bad)`` for integers, as :func:`parse_float`."""
    ok = matches(a, _INT_RE)
    bad = pc.and_(pc.is_valid(a), pc.invert(pc.fill_null(ok, False)))
    vals = pc.cast(pc.if_else(pc.fill_null(ok, False), a, pa.scalar(None, pa.string())), type_ or pa.int64())
    return vals, bad


class Reasons:
    """The first quarantine reason of each row; a row with none is good."""

    def __init__(self, n: int) -> None:
        self.reason: Arr = pa.nulls(n, pa.string())
        self.any = False

    def add(self, bad: Arr, why: str | Callable[[], Arr]) -> None:
        """Record ``why`` for rows where ``bad`` is true and no earlier reason applies.

        Args:
            why: a fixed text, or a function building per-row texts (called only if some row is bad).
        """
        bad = pc.fill_null(bad, False)
        if not pc.any(bad).as_py():
            return
        self.any = True
        text = pa.scalar(why) if isinstance(why, str) else why()
        self.reason = pc.if_else(pc.and_(bad, pc.is_null(self.reason)), text, self.reason)

    def ok(self) -> Arr:
        return pc.is_null(self.reason)


class Lookup(Generic[T]):
    """Map each distinct value of an array through a Python function once, then spread the results.

    The results are cached across batches: the distinct values of these columns (codes, country
    names, sector lists) are few compared with the rows.
    """

    def __init__(self, fn: Callable[[str | None], T], fields: Sequence[tuple[str, pa.DataType]],
                 max_cache: int = 200_000) -> None:
        self.fn = fn
        self.fields = list(fields)
        self.cache: dict[str | None, T] = {}
        self.max_cache = max_cache

    def __call__(self, a: Arr) -> dict[str, Arr]:
        uniq = pc.unique(a)
        if len(self.cache) > self.max_cache:
            self.cache.clear()
        results = []
        for v in uniq.to_pylist():
            r = self.cache.get(v)
            if r is None:
                r = self.cache[v] = self.fn(v)
            results.append(r)
        idx = pc.index_in(a, value_set=uniq, skip_nulls=False)
        out: dict[str, Arr] = {}
        for name, type_ in self.fields:
            out[name] = pc.take(pa.array([getattr(r, name) for r in results], type_), idx)
        return out
