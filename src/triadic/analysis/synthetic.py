"""Synthetic event streams with known structure, for tests, examples and benchmarks.

Rows follow the canonical ``events`` schema; only the columns analysis reads are filled.
"""

from __future__ import annotations

import itertools
from datetime import date

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from triadic.store import Store

__all__ = ["EventStream", "random_events", "GOLDSTEIN_OF_QUAD"]

# a typical Goldstein weight for each quad class (verbal/material cooperation, verbal/material conflict)
GOLDSTEIN_OF_QUAD = {1: 3.0, 2: 7.0, 3: -4.0, 4: -9.0}
_ROOT_OF_QUAD = {1: "04", 2: "07", 3: "11", 4: "17"}


class EventStream:
    """Build events by hand: ``add`` single events or ``relation`` for a batch between two actors."""

    def __init__(self, prefix: str = "syn") -> None:
        self.prefix = prefix
        self._ids = itertools.count(1)
        self.rows: list[dict[str, object]] = []

    def add(
        self,
        source: str,
        target: str,
        day: date | str | None,
        quad: int,
        *,
        n: int = 1,
        goldstein: float | None = None,
        modality: str = "asserted",
        source_role: str | None = None,
        target_role: str | None = None,
        source_country: str | None = "",
        target_country: str | None = "",
    ) -> list[str]:
        """Add ``n`` events source → target on ``day``; countries default to the actor codes."""
        d = date.fromisoformat(day) if isinstance(day, str) else day
        ids = []
        for _ in range(n):
            ident = f"{self.prefix}{next(self._ids):07d}"
            root = _ROOT_OF_QUAD[quad]
            self.rows.append(
                {
                    "id": ident,
                    "article_id": "synthetic",
                    "dataset": "synthetic",
                    "source_code": source + (source_role or ""),
                    "target_code": target + (target_role or ""),
                    "source_country": source if source_country == "" else source_country,
                    "target_country": target if target_country == "" else target_country,
                    "source_role": source_role,
                    "target_role": target_role,
                    "cameo": root + "0",
                    "root": root,
                    "quad": quad,
                    "goldstein": GOLDSTEIN_OF_QUAD[quad] if goldstein is None else goldstein,
                    "modality": modality,
                    "event_date": d,
                }
            )
            ids.append(ident)
        return ids

    def relation(
        self,
        a: str,
        b: str,
        day: date | str | None,
        *,
        coop: int = 0,
        conf: int = 0,
        both_ways: bool = True,
        modality: str = "asserted",
    ) -> list[str]:
        """``coop`` cooperative (quad 1) and ``conf`` conflictual (quad 3) events a → b (and b → a)."""
        ids = self.add(a, b, day, 1, n=coop, modality=modality) + self.add(
            a, b, day, 3, n=conf, modality=modality
        )
        if both_ways:
            ids += self.add(b, a, day, 1, n=coop, modality=modality) + self.add(
                b, a, day, 3, n=conf, modality=modality
            )
        return ids

    def write(self, store: Store) -> Store:
        """Insert the rows into a writable store and return it."""
        from triadic.store import rows_to_arrow

        store.insert_events(rows_to_arrow(self.rows))
        return store


def random_events(
    n: int,
    actors: int,
    months: int,
    *,
    seed: int = 0,
    first: date = date(2010, 1, 1),
) -> pa.Table:
    """``n`` random dyadic events among ``actors`` countries over ``months`` months (vectorised, fast).

    Each unordered pair gets a fixed tendency to cooperate, so signed graphs have structure.
    """
    rng = np.random.default_rng(seed)
    names = np.array([f"A{i:03d}" for i in range(actors)], dtype=object)
    src = rng.integers(0, actors, n)
    tgt = (src + rng.integers(1, actors, n)) % actors  # never a self-dyad
    lo, hi = np.minimum(src, tgt), np.maximum(src, tgt)
    tendency = rng.random((actors, actors))
    coop = rng.random(n) < tendency[lo, hi]
    quad = np.where(coop, rng.integers(1, 3, n), rng.integers(3, 5, n)).astype(np.int8)
    gold = np.choose(quad - 1, [np.full(n, 3.0), np.full(n, 7.0), np.full(n, -4.0), np.full(n, -9.0)])
    days = (
        date(first.year + (first.month - 1 + months) // 12, (first.month - 1 + months) % 12 + 1, 1) - first
    ).days
    day = np.datetime64(first) + rng.integers(0, days, n).astype("timedelta64[D]")
    ids = pc.binary_join_element_wise("r", pc.cast(pa.array(np.arange(n)), pa.string()), "")
    return pa.table(
        {
            "id": ids,
            "source_country": pa.array(names[src], pa.string()),
            "target_country": pa.array(names[tgt], pa.string()),
            "source_code": pa.array(names[src], pa.string()),
            "target_code": pa.array(names[tgt], pa.string()),
            "quad": pa.array(quad, pa.int8()),
            "goldstein": pa.array(gold, pa.float64()),
            "modality": pa.array(np.full(n, "asserted", dtype=object), pa.string()),
            "event_date": pa.array(day, pa.date32()),
            "dataset": pa.array(np.full(n, "synthetic", dtype=object), pa.string()),
        }
    )
