"""Column lists of the imported formats, read from ``data/formats.yaml``, and header matching."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

__all__ = [
    "GDELT_VERSIONS",
    "HeaderFormat",
    "HeaderMatch",
    "gdelt_columns",
    "gdelt_version_for",
    "header_format",
    "header_key",
]

# Field counts of headerless GDELT rows, by version name in formats.yaml.
GDELT_VERSIONS: tuple[str, ...] = ("1.0-historical", "1.0", "2.0", "2.0-mentions")


@cache
def _data() -> dict[str, Any]:
    text = resources.files("triadic.ingest.importers").joinpath("data/formats.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError("formats.yaml must be a mapping")  # packaging defect, not user input
    return data


def gdelt_columns(version: str) -> tuple[str, ...]:
    """Column names of one GDELT version, in file order."""
    return tuple(_data()["gdelt"][version])


def gdelt_version_for(n_fields: int) -> str | None:
    """The GDELT version whose rows have ``n_fields`` tab-separated fields, if any."""
    for version in GDELT_VERSIONS:
        if len(gdelt_columns(version)) == n_fields:
            return version
    return None


def header_key(name: str) -> str:
    """Compare header names ignoring case, spaces, underscores and a byte-order mark."""
    return re.sub(r"[\s_\-\ufeff]+", "", name).lower()


@dataclass(frozen=True, slots=True)
class HeaderMatch:
    """Where each known column sits in one file's header, and what is missing or extra."""

    index: dict[str, int]
    missing: tuple[str, ...]
    extra: tuple[str, ...]
    n_fields: int


@dataclass(frozen=True, slots=True)
class HeaderFormat:
    """A headered format (ICEWS, POLECAT): its columns, the ones it cannot do without, and aliases."""

    dataset: str
    columns: tuple[str, ...]
    required: tuple[str, ...]
    aliases: dict[str, str]
    extra: tuple[str, ...]

    def match(self, header: list[str]) -> HeaderMatch:
        """Locate the known columns in a header; names are matched loosely and through aliases."""
        known = {header_key(c): c for c in (*self.columns, *self.extra)}
        known.update({header_key(a): c for a, c in self.aliases.items()})
        index: dict[str, int] = {}
        extra: list[str] = []
        for i, name in enumerate(header):
            canon = known.get(header_key(name))
            if canon is None:
                extra.append(name)
            elif canon not in index:  # a repeated column: the first one wins
                index[canon] = i
        missing = tuple(c for c in self.required if c not in index)
        return HeaderMatch(index=index, missing=missing, extra=tuple(extra), n_fields=len(header))


@cache
def header_format(dataset: str) -> HeaderFormat:
    """The header description of ``icews`` or ``polecat``."""
    d = _data()[dataset]
    return HeaderFormat(
        dataset=dataset,
        columns=tuple(d["columns"]),
        required=tuple(d.get("required") or ()),
        aliases=dict(d.get("aliases") or {}),
        extra=tuple(d.get("extra") or ()),
    )
