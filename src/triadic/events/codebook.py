"""The CAMEO codebook: names, Goldstein weights, quad and penta classes, and the PLOVER mapping.

The table ships as ``data/cameo_codebook.tsv`` (version :data:`CODEBOOK_VERSION`), built by
``scripts/build_codebook.py`` from GDELT's CAMEO lookups and the CAMEO→PLOVER 2021 table.
GDELT's weights are the default; ``table="icews"`` uses ICEWS's for 016, 022, 164 and 165.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Literal

from triadic.errors import ConfigError, InputError

__all__ = [
    "CODEBOOK_VERSION",
    "CODEBOOK_SOURCE",
    "CodeInfo",
    "Codebook",
    "get_codebook",
    "quad_of_root",
    "penta_of_root",
    "normalise_code",
    "PENTA_LABELS",
    "QUAD_LABELS",
]

CODEBOOK_VERSION = "cameo-1.1b3+gdelt-lookups+plover-2021-09"
CODEBOOK_SOURCE = (
    "GDELT CAMEO event-code and Goldstein lookups (GDELT Project), with the 106/1213 defects fixed; "
    "ICEWS weights for 016, 022, 164, 165; CAMEO2PLOVER 2021-09-17 (openeventdata/PLOVER)"
)
PENTA_LABELS = {
    0: "make a public statement",
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
QUAD_LABELS = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
_CODE_RE = re.compile(r"^\d{2,4}$")


def quad_of_root(root: str | int) -> int:
    """Quad class 1-4 of a CAMEO root (01-05 → 1, 06-08 → 2, 09-13 → 3, 14-20 → 4)."""
    r = int(root)
    if not 1 <= r <= 20:
        raise InputError(f"'{root}' is not a CAMEO root; expected 01 to 20", code="E091")
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def penta_of_root(root: str | int, scheme: Literal["cameo", "quad", "phoenix"] = "cameo") -> int:
    """Penta class 0-4: like the quad class but with root 01 (public statement) split off as 0.

    ``scheme="cameo"`` (alias ``"quad"``) is the grouping in triadic's reference notes;
    ``scheme="phoenix"`` follows the Phoenix/PETRARCH class that the ConfliBERT labels use: appeals
    (02) count with statements (0) and reducing relations (16) counts as verbal conflict (3).
    """
    r = int(root)
    if scheme == "phoenix":
        if r in (1, 2):
            return 0
        if r == 16:
            return 3
        return quad_of_root(r)
    return 0 if r == 1 else quad_of_root(r)


def normalise_code(code: str | int) -> str:
    """Restore a CAMEO code's leading zero where a spreadsheet dropped it ("42" → "042")."""
    s = str(code).strip()
    if not s.isdigit():
        raise InputError(f"invalid CAMEO code '{code}': codes are 2-4 digits such as '042' or '1411'",
                         code="E092")
    # A lost leading zero shows as an odd length or an impossible root (> 20): "4" → "04",
    # "42" → "042", "211" → "0211". "11" stays root 11: without context it cannot be "011".
    if len(s) == 1 or (len(s) in (2, 3) and int(s[:2]) > 20):
        s = "0" + s
    if not _CODE_RE.match(s) or not 1 <= int(s[:2]) <= 20:
        raise InputError(f"invalid CAMEO code '{code}': the root must be 01-20", code="E092")
    return s


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """One CAMEO code with everything derived from it."""

    code: str
    name: str
    root: str
    quad: int
    penta: int
    goldstein: float
    plover_type: str | None
    plover_mode: str | None


class Codebook:
    """CAMEO lookups. ``lookup`` accepts any known code; unknown codes raise InputError listing the fix."""

    def __init__(self, table: Literal["gdelt", "icews"] = "gdelt") -> None:
        if table not in ("gdelt", "icews"):
            raise ConfigError(f"unknown Goldstein table '{table}'; expected 'gdelt' or 'icews'", code="E024")
        self.table = table
        self._codes: dict[str, CodeInfo] = {}
        text = resources.files("triadic.events").joinpath("data/cameo_codebook.tsv").read_text("utf-8")
        col = 2 if table == "gdelt" else 3
        for line in text.splitlines()[1:]:
            f = line.split("\t")
            code = f[0]
            root = code[:2]
            self._codes[code] = CodeInfo(
                code=code, name=f[1], root=root, quad=quad_of_root(root), penta=penta_of_root(root),
                goldstein=float(f[col]), plover_type=f[4] or None, plover_mode=f[5] or None,
            )
        # PLOVER has no statement type; keep its type null for 01x, and give each code its root's
        # PLOVER type when the code itself has none mapped.
        for code, info in list(self._codes.items()):
            if info.plover_type is None and code[:2] != "01":
                parent = self._codes.get(code[:3]) or self._codes.get(code[:2])
                if parent and parent.plover_type:
                    self._codes[code] = replace(info, plover_type=parent.plover_type)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._codes

    def __len__(self) -> int:
        return len(self._codes)

    def codes(self) -> list[str]:
        return list(self._codes)

    def lookup(self, code: str) -> CodeInfo:
        try:
            return self._codes[code]
        except KeyError:
            near = [c for c in self._codes if c.startswith(code[:2])][:8]
            raise InputError(
                f"unknown CAMEO code '{code}'; codes under root {code[:2]} include {', '.join(near)}"
                if near else f"unknown CAMEO code '{code}'; roots run from 01 to 20",
                code="E093",
            ) from None


@cache
def get_codebook(table: Literal["gdelt", "icews"] = "gdelt") -> Codebook:
    """The shared, cached codebook for a weight table."""
    return Codebook(table)
