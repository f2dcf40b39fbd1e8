"""Per-value mappings used by the importers: CAMEO codes, PLOVER types, sector roles."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

import pyarrow as pa
import yaml

from triadic.errors import InputError
from triadic.events.codebook import Codebook, get_codebook, normalise_code

__all__ = ["CodeResult", "CODE_FIELDS", "cameo_mapper", "plover_mapper", "role_of_sectors", "PLOVER_TYPES"]


@dataclass(frozen=True, slots=True)
class CodeResult:
    """The canonical CAMEO columns of one raw code, or why the code is rejected."""

    cameo: str | None = None
    root: str | None = None
    quad: int | None = None
    goldstein: float | None = None
    plover_type: str | None = None
    plover_mode: str | None = None
    error: str | None = None


CodeResultFn = Callable[[str | None], CodeResult]

CODE_FIELDS: tuple[tuple[str, pa.DataType], ...] = (
    ("cameo", pa.string()), ("root", pa.string()), ("quad", pa.int8()), ("goldstein", pa.float64()),
    ("plover_type", pa.string()), ("plover_mode", pa.string()), ("error", pa.string()),
)


def _result(code: str, book: Codebook) -> CodeResult:
    info = book.lookup(code)
    return CodeResult(info.code, info.root, info.quad, info.goldstein, info.plover_type, info.plover_mode)


def map_cameo(raw: str | None, root_hint: str | None, book: Codebook, column: str) -> CodeResult:
    """Normalise a raw CAMEO code, restoring lost leading zeros, and look it up.

    Args:
        root_hint: the row's root code column (GDELT EventRootCode), which settles "11" = 011 or 11.
    """
    s = (raw or "").strip()
    if not s:
        return CodeResult(error=f"missing CAMEO code in {column}")
    # Event codes have at least three digits, so a shorter one lost its leading zero ("20" is 020).
    digits = s.zfill(3) if s.isdigit() and len(s) == 2 else s
    try:
        code = normalise_code(digits)
    except InputError:
        return CodeResult(error=f"bad CAMEO code '{s[:20]}' in {column}: expected 3-4 digits with root 01-20")
    hint = (root_hint or "").strip()
    if hint:
        if not hint.isdigit() or len(hint) > 2 or code[:2] != hint.zfill(2):
            return CodeResult(error=f"root code '{hint[:20]}' does not match CAMEO code '{s[:20]}' in "
                                    f"{column}")
    if code not in book:
        return CodeResult(error=f"unknown CAMEO code '{s[:20]}' in {column}: not in the CAMEO codebook")
    return _result(code, book)


def cameo_mapper(table: Literal["gdelt", "icews"], column: str) -> CodeResultFn:
    """A function for :class:`Lookup` over ``code`` or ``code|root`` strings."""
    book = get_codebook(table)

    def fn(value: str | None) -> CodeResult:
        code, _, root = (value or "").partition("|")
        return map_cameo(code, root or None, book, column)

    return fn


@cache
def _plover_defaults() -> dict[str, str]:
    text = resources.files("triadic.ingest.importers").joinpath("data/plover.yaml").read_text("utf-8")
    return {k.upper(): str(v) for k, v in yaml.safe_load(text)["defaults"].items()}


PLOVER_TYPES: tuple[str, ...] = tuple(_plover_defaults())


@cache
def _plover_by_mode() -> dict[tuple[str, str], str]:
    book = get_codebook("gdelt")
    best: dict[tuple[str, str], str] = {}
    for code in book.codes():
        info = book.lookup(code)
        if not info.plover_type or not info.plover_mode:
            continue
        key = (info.plover_type, info.plover_mode)
        if key not in best or (len(code), code) < (len(best[key]), best[key]):
            best[key] = code
    return best


def plover_mapper() -> CodeResultFn:
    """A function for :class:`Lookup` over ``TYPE|mode`` strings (POLECAT Event Type and Event Mode)."""
    book = get_codebook("gdelt")
    defaults = _plover_defaults()
    by_mode = _plover_by_mode()

    def fn(value: str | None) -> CodeResult:
        typ, _, mode = (value or "").partition("|")
        typ, mode = typ.strip().upper(), mode.strip().lower()
        if not typ:
            return CodeResult(error="missing PLOVER type in Event Type")
        if typ not in defaults:
            return CodeResult(error=f"unknown PLOVER type '{typ[:20]}' in Event Type: expected one of "
                                    f"{', '.join(sorted(defaults))}")
        code = by_mode.get((typ, mode), defaults[typ])
        r = _result(code, book)
        return CodeResult(r.cameo, r.root, r.quad, r.goldstein, typ, mode or None)

    return fn


@dataclass(frozen=True, slots=True)
class Role:
    role: str | None


@cache
def _role_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    text = resources.files("triadic.ingest.importers").joinpath("data/sector_roles.yaml").read_text("utf-8")
    return tuple((re.compile(r"\b" + re.escape(r["keyword"]), re.I), r["role"])
                 for r in yaml.safe_load(text)["roles"])


def role_of_sectors(sectors: str | None) -> Role:
    """The CAMEO role code suggested by a sector list ("Government, Executive" gives GOV)."""
    if not sectors:
        return Role(None)
    for pattern, role in _role_patterns():
        if pattern.search(sectors):
            return Role(role)
    return Role(None)
