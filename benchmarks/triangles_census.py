"""Triangle census on a synthetic store of 10M events, 200 actors and 120 monthly windows.

Prints the census time as a ratio to one aggregating DuckDB scan of the same events, measured in the same
run (target: ≤ 3×). Usage: .venv/bin/python benchmarks/triangles_census.py [--events N] [--repeat R]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from triadic.analysis import triangle_census
from triadic.analysis.synthetic import random_events
from triadic.store import Store

SCAN = """SELECT date_trunc('month', event_date) AS m, source_country, target_country,
                 count(*) AS n, sum(goldstein) AS g, count(*) FILTER (quad <= 2) AS coop
          FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL
          GROUP BY ALL"""


def best_of(repeat: int, fn: object) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--actors", type=int, default=200)
    ap.add_argument("--months", type=int, default=120)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument(
        "--reuse",
        type=Path,
        default=None,
        help="Keep the synthetic store in this file and reuse it on later runs.",
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.reuse or Path(tmp) / "bench.duckdb"
        if args.reuse and path.exists():
            run(path, args)
            return
        t0 = time.perf_counter()
        tbl = random_events(args.events, args.actors, args.months, seed=1)
        t_gen = time.perf_counter() - t0
        store = Store(path)
        t0 = time.perf_counter()
        store.con.register("_bench", tbl)
        store.con.execute(f"INSERT INTO events ({', '.join(tbl.column_names)}) SELECT * FROM _bench")
        store.con.unregister("_bench")
        store.con.execute("CHECKPOINT")
        t_load = time.perf_counter() - t0
        del tbl
        store.close()
        print(
            f"store: {args.events:,} events, {args.actors} actors, {args.months} months "
            f"(generated in {t_gen:.1f}s, loaded in {t_load:.1f}s)"
        )
        run(path, args)


def run(path: Path, args: argparse.Namespace) -> None:
    """Time the reference scan and the census on the store at ``path``."""
    with Store(path, read_only=True) as db:
        # both contenders hand their result to Python as Arrow; the first run warms the buffer cache
        db.con.sql(SCAN).to_arrow_table()
        t_scan = best_of(args.repeat, lambda: db.con.sql(SCAN).to_arrow_table())
        result: list[object] = []
        t_census = best_of(args.repeat, lambda: result.append(triangle_census(db, "month")))
        census = result[-1]
    rows = list(census)  # type: ignore[call-overload]
    total = sum(r.triangles for r in rows)
    print(
        f"census: {len(rows)} windows, {total:,} triangles "
        f"(menage {sum(r.menage for r in rows):,}, romantic {sum(r.romantic for r in rows):,}, "
        f"marriage {sum(r.marriage for r in rows):,}, unit veto {sum(r.unit_veto for r in rows):,})"
    )
    print(f"one aggregating scan: {t_scan:.3f}s (best of {args.repeat})")
    print(f"triangle census:      {t_census:.3f}s (best of {args.repeat})")
    ratio = t_census / t_scan
    print(f"ratio census / scan:  {ratio:.2f}x  (target <= 3x: {'met' if ratio <= 3 else 'NOT met'})")


if __name__ == "__main__":
    main()
