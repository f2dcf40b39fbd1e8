"""Draft a scenario from observed relations in the store: positions and saliences suggested from events.

* **Capabilities** come from ``data/capabilities.yaml``, a CINC-like composite (see that file).
* **Positions** place the actors on one axis by their observed affinity: A[i, j] is the event-weighted
  mean Goldstein score (÷10) of asserted events between i and j in either direction (0 when none,
  1 on the diagonal). The leading eigenvector of A separates blocs (actors who cooperate share a sign,
  adversaries get opposite signs); it is rescaled to 0-100. An axis from relations has no direction of
  its own, so the *first* actor given is put at the low end; the analyst checks and flips it.
* **Saliences** grow with how engaged an actor is with the others: ``0.2 + 0.8 × events_i / max events``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from triadic.errors import ScenarioError
from triadic.simulate._scenario import Scenario, parse_scenario, scenario_to_dict

__all__ = ["CapabilityTable", "capability_table", "ActorEvidence", "Draft", "draft_scenario", "draft_to_yaml"]

_CODE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class CapabilityTable:
    """Default capabilities (percent of world material resources, CINC-like) by ISO-3 code."""

    year: int
    source: str
    default: float
    values: dict[str, float]

    def get(self, code: str) -> float | None:
        return self.values.get(code)


@cache
def capability_table() -> CapabilityTable:
    """The shipped table, composite computed from its indicators."""
    text = resources.files("triadic.simulate").joinpath("data/capabilities.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    world = raw["world"]
    keys = ("gdp_usd_tn", "milex_usd_bn", "pop_m")
    values = {
        code: round(100.0 * sum(float(ind[k]) / float(world[k]) for k in keys) / len(keys), 4)
        for code, ind in raw["countries"].items()
    }
    return CapabilityTable(int(raw["year"]), str(raw["source"]), float(raw["default_capability"]), values)


@dataclass(frozen=True, slots=True)
class ActorEvidence:
    """What the store says about one actor's relations with the others."""

    code: str
    events: int
    mean_goldstein: float | None
    capability_from_table: bool


@dataclass(frozen=True, slots=True)
class Draft:
    """A drafted scenario and the evidence behind each suggestion."""

    scenario: Scenario
    evidence: tuple[ActorEvidence, ...]
    store: str
    total_events: int


def _parse_actors(actors: list[str] | str) -> list[str]:
    items = actors.split(",") if isinstance(actors, str) else actors
    codes = [a.strip().upper() for a in items if a.strip()]
    for c in codes:
        if not _CODE.match(c):
            raise ScenarioError(f"--actors: '{c}' is not an ISO 3166 alpha-3 country code such as PRK",
                                code="E087")
    if len(set(codes)) != len(codes):
        raise ScenarioError("--actors: an actor is listed twice", code="E087")
    if len(codes) < 2:
        raise ScenarioError("--actors: a scenario needs at least two actors (comma-separated ISO-3 codes)",
                            code="E087")
    return codes


def _dyads(store_path: str | Path, codes: list[str], since: date | None,
           until: date | None) -> list[dict[str, Any]]:
    from triadic.store import Store

    sql = (
        "SELECT source_country AS s, target_country AS t, count(*) AS n, avg(goldstein) AS g "
        "FROM events WHERE source_country IN (SELECT unnest(?::VARCHAR[])) "
        "AND target_country IN (SELECT unnest(?::VARCHAR[])) AND source_country <> target_country "
        "AND goldstein IS NOT NULL AND coalesce(modality, 'asserted') = 'asserted'"
    )
    params: list[Any] = [codes, codes]
    if since is not None:
        sql += " AND event_date >= ?"
        params.append(since)
    if until is not None:
        sql += " AND event_date <= ?"
        params.append(until)
    sql += " GROUP BY 1, 2"
    with Store(store_path, read_only=True) as store:
        return store.query(sql, params)


def draft_scenario(store_path: str | Path, actors: list[str] | str, dimension: str,
                   since: date | None = None, until: date | None = None) -> Draft:
    """Suggest a one-dimension scenario for ``actors`` on ``dimension`` from the store's events."""
    codes = _parse_actors(actors)
    dimension = dimension.strip()
    if not dimension:
        raise ScenarioError("--dimension: give the issue's name, e.g. \"sanctions enforcement\"", code="E087")
    rows = _dyads(store_path, codes, since, until)
    idx = {c: i for i, c in enumerate(codes)}
    n = len(codes)
    count = np.zeros((n, n))
    gsum = np.zeros((n, n))
    for r in rows:
        i, j = idx[r["s"]], idx[r["t"]]
        count[i, j] += r["n"]
        gsum[i, j] += r["n"] * float(r["g"])
    total = int(count.sum())
    if total == 0:
        raise ScenarioError(f"store '{store_path}' has no asserted events between {', '.join(codes)}; "
                            "code or import news about them first, or check the codes and dates", code="E087")
    both = count + count.T
    affinity = np.divide(gsum + gsum.T, both, out=np.zeros((n, n)), where=both > 0) / 10.0
    np.fill_diagonal(affinity, 1.0)
    _, vecs = np.linalg.eigh(affinity)
    v = vecs[:, -1]
    if v[0] > np.median(v):
        v = -v
    spread = float(v.max() - v.min())
    pos = 100.0 * (v - v.min()) / spread if spread > 1e-9 else np.full(n, 50.0)
    involvement = both.sum(axis=1)
    sal = 0.2 + 0.8 * involvement / involvement.max()
    table = capability_table()
    evidence = []
    actors_out = []
    for i, c in enumerate(codes):
        cap = table.get(c)
        mean_g = float((gsum[i].sum() + gsum[:, i].sum()) / involvement[i]) if involvement[i] else None
        evidence.append(ActorEvidence(c, int(involvement[i]), mean_g, cap is not None))
        actors_out.append({
            "code": c,
            "name": c,
            "capability": cap if cap is not None else table.default,
            "position": {dimension: round(float(pos[i]), 1)},
            "salience": {dimension: round(float(sal[i]), 2)},
        })
    data = {
        "name": f"{dimension} ({', '.join(codes)})",
        "description": f"Draft from {total} asserted events in {Path(str(store_path)).name}; edit it.",
        "dimensions": [{"name": dimension, "scale": [0.0, 100.0],
                        "low": f"where {codes[0]} stands (check the direction)",
                        "high": "the opposite end"}],
        "actors": actors_out,
    }
    return Draft(parse_scenario(data, source="draft"), tuple(evidence), str(store_path), total)


def draft_to_yaml(draft: Draft) -> str:
    """The draft as commented YAML for the analyst to edit."""
    table = capability_table()
    lines = [
        "# Draft scenario written by `triadic scenario draft`: check and edit every number before use.",
        f"# Evidence: {draft.total_events} asserted events among the actors in {draft.store}.",
        "# Positions: the actors' places on the leading axis of their observed affinity (mean Goldstein",
        "#   between each pair), rescaled to 0-100, the first actor at the low end. Check the direction!",
        "# Saliences: 0.2 + 0.8 x (the actor's events with the others / the busiest actor's).",
        f"# Capabilities: CINC-like composite for {table.year}, see triadic/simulate/data/capabilities.yaml",
        f"#   ({table.source}).",
    ]
    for e in draft.evidence:
        if e.events == 0:
            note = "no events: position and salience are placeholders"
        else:
            g = f"{e.mean_goldstein:+.2f}" if e.mean_goldstein is not None else "n/a"
            note = f"{e.events} event{'s' if e.events != 1 else ''}, mean Goldstein {g}"
        cap = "" if e.capability_from_table else "; capability not in the table, default used"
        lines.append(f"#   {e.code}: {note}{cap}")
    body = yaml.safe_dump(scenario_to_dict(draft.scenario), sort_keys=False, allow_unicode=True)
    return "\n".join(lines) + "\n" + body
