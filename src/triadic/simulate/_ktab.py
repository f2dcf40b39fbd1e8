"""Read KTAB's scenario CSV so studies made for KAPSARC's SMP move over unchanged.

Layout: the first line is ``scenario name,description,number of actors,number of dimensions,``; the second a
header ``Actor,Description,Influence,<Dim> Position,<Dim> Salience,...``; then one actor per row.
Positions and saliences are on 0-100. Positions keep that scale (each dimension gets the scale [0, 100]);
saliences are divided by 100; Influence becomes the capability.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from triadic.errors import ScenarioError
from triadic.simulate._scenario import Scenario, parse_scenario

__all__ = ["read_ktab_csv", "parse_ktab_text"]


def _num(text: str, where: str) -> float:
    try:
        return float(text.strip())
    except ValueError:
        raise ScenarioError(f"{where}: '{text}' is not a number", code="E082") from None


def parse_ktab_text(text: str, source: str = "ktab.csv") -> Scenario:
    """Parse the text of a KTAB CSV file into a validated :class:`Scenario`."""
    rows = [r for r in csv.reader(io.StringIO(text)) if any(c.strip() for c in r)]
    if len(rows) < 2:
        raise ScenarioError(f"{source}: a KTAB CSV needs a first line 'scenario name,description,number of "
                            "actors,number of dimensions,' and a header line", code="E082")
    head = [c.strip() for c in rows[0]]
    if len(head) < 4:
        raise ScenarioError(f"{source} line 1: expected 'scenario name,description,number of actors,number "
                            f"of dimensions,', got {len(head)} field(s)", code="E082")
    n_actors = int(_num(head[2], f"{source} line 1, number of actors"))
    n_dims = int(_num(head[3], f"{source} line 1, number of dimensions"))
    header = [c.strip() for c in rows[1]]
    while header and not header[-1]:
        header.pop()
    if [h.lower() for h in header[:3]] != ["actor", "description", "influence"]:
        raise ScenarioError(f"{source} line 2: the header must start 'Actor,Description,Influence', got "
                            f"'{','.join(header[:3])}'", code="E082")
    dim_cols = header[3:]
    if len(dim_cols) != 2 * n_dims:
        raise ScenarioError(f"{source} line 2: line 1 declares {n_dims} dimension(s), so the header needs "
                            f"{2 * n_dims} '<Dim> Position,<Dim> Salience' columns; it has {len(dim_cols)}",
                            code="E084")
    dims: list[str] = []
    for k in range(n_dims):
        pos, sal = dim_cols[2 * k], dim_cols[2 * k + 1]
        if not pos.lower().endswith(" position") or not sal.lower().endswith(" salience"):
            raise ScenarioError(f"{source} line 2: columns {4 + 2 * k}-{5 + 2 * k} must be '<Dim> Position,"
                                f"<Dim> Salience', got '{pos},{sal}'", code="E082")
        name = pos[: -len(" position")].strip()
        if sal[: -len(" salience")].strip() != name:
            raise ScenarioError(f"{source} line 2: '{pos}' and '{sal}' name different dimensions",
                                code="E084")
        dims.append(name)
    body = rows[2:]
    if len(body) != n_actors:
        raise ScenarioError(f"{source}: line 1 declares {n_actors} actor(s) but {len(body)} actor row(s) "
                            "follow", code="E082")
    actors: list[dict[str, Any]] = []
    for i, row in enumerate(body):
        line = i + 3
        cells = [c.strip() for c in row]
        while len(cells) > len(header) and not cells[-1]:
            cells.pop()
        if len(cells) != len(header):
            raise ScenarioError(f"{source} line {line} (actors[{i}]): expected {len(header)} fields, got "
                                f"{len(cells)}", code="E082")
        position: dict[str, float] = {}
        salience: dict[str, float] = {}
        for k, d in enumerate(dims):
            x = _num(cells[3 + 2 * k], f"{source} line {line} (actors[{i}].position.{d})")
            s = _num(cells[4 + 2 * k], f"{source} line {line} (actors[{i}].salience.{d})")
            if not 0 <= x <= 100:
                raise ScenarioError(f"{source} line {line}: actors[{i}].position.{d}: {x:g} is outside "
                                    "KTAB's 0-100 scale", code="E083")
            if not 0 <= s <= 100:
                raise ScenarioError(f"{source} line {line}: actors[{i}].salience.{d}: {s:g} is outside "
                                    "KTAB's 0-100 scale", code="E083")
            position[d] = x
            salience[d] = s / 100.0
        actors.append({
            "code": cells[0],
            "name": cells[1],
            "capability": _num(cells[2], f"{source} line {line} (actors[{i}].capability)"),
            "position": position,
            "salience": salience,
        })
    data = {
        "name": head[0] or Path(source).stem,
        "description": head[1],
        "dimensions": [{"name": d, "scale": [0.0, 100.0]} for d in dims],
        "actors": actors,
    }
    return parse_scenario(data, source=source)


def read_ktab_csv(path: str | Path) -> Scenario:
    """Read a KTAB CSV file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioError(f"cannot read KTAB CSV '{p}': {exc}", code="E082") from exc
    return parse_ktab_text(text, source=p.name)
