"""p50 / p99 latency of the dashboard's main API calls over loopback HTTP, on the demo store and on a
synthetic store of 1,000,000 events built with DuckDB SQL.

Each figure is also given as a ratio to ``/api/health`` (the framework and HTTP round trip alone), measured in
the same run, because the machine is shared and noisy. Every call is time-boxed (``--budget`` seconds).
Usage: .venv/bin/python benchmarks/web_latency.py [--events 1000000] [--requests 40] [--budget 20]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from _web_store import COUNTRIES, build_demo, build_synthetic  # noqa: E402

from triadic.web import BackgroundServer  # noqa: E402


# (label, path, params); the same calls on both stores, with actors that exist in each
def calls(
    a: str, b: str, month: tuple[str, str], year: tuple[str, str]
) -> list[tuple[str, str, dict[str, str]]]:
    return [
        ("health (reference)", "/api/health", {}),
        ("overview", "/api/overview", {}),
        ("events, first page", "/api/events", {}),
        ("events, actor", "/api/events", {"actor": a}),
        ("events, dyad + quad", "/api/events", {"dyad": f"{a}-{b}", "quad": "3,4"}),
        ("events, page 200", "/api/events", {"page": "200"}),
        ("relations, all time", "/api/relations", {}),
        ("relations, one month", "/api/relations", {"start": month[0], "end": month[1]}),
        ("dyad series, monthly", "/api/dyad", {"a": a, "b": b}),
        ("triangles, all time", "/api/triangles", {}),
        (
            "triangles, monthly, one year",
            "/api/triangles",
            {"window": "month", "start": year[0], "end": year[1], "limit": "200"},
        ),
        ("pivots + ends-against-middle", "/api/pivots", {"draws": "200"}),
        ("article view", "/api/articles/{first}", {}),
    ]


def pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, max(0, round(q / 100 * (len(s) - 1))))]


def measure(
    url: str,
    label_calls: list[tuple[str, str, dict[str, str]]],
    requests: int,
    budget: float,
) -> list[tuple[str, int, float, float, int]]:
    out = []
    with httpx.Client(base_url=url, timeout=300) as cl:
        arts = cl.get("/api/articles", params={"per_page": 1}).json()["articles"]
        for label, path, params in label_calls:
            if "{first}" in path:
                if not arts:
                    continue
                path = path.replace("{first}", arts[0]["id"])
            cl.get(path, params=params)  # warm-up: caches, plans
            times: list[float] = []
            t_end = time.perf_counter() + budget
            status = 200
            while len(times) < requests and time.perf_counter() < t_end:
                t0 = time.perf_counter()
                r = cl.get(path, params=params)
                times.append(time.perf_counter() - t0)
                status = max(status, r.status_code)
            out.append((label, len(times), pct(times, 50) * 1000, pct(times, 99) * 1000, status))
    return out


def report(name: str, rows: list[tuple[str, int, float, float, int]]) -> None:
    ref = rows[0][2]
    print(f"\n{name}")
    print(f"  {'call':32} {'n':>4} {'p50 ms':>9} {'p99 ms':>9} {'p50/health':>11}  status")
    for label, n, p50, p99, status in rows:
        print(f"  {label:32} {n:>4} {p50:>9.1f} {p99:>9.1f} {p50 / ref:>10.1f}x  {status}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument(
        "--requests", type=int, default=40, help="requests per call (fewer if the budget runs out)"
    )
    ap.add_argument("--budget", type=float, default=20.0, help="seconds per call at most")
    ap.add_argument("--skip-demo", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="triadic-web-bench-") as tmp:
        if not args.skip_demo:
            demo = Path(tmp) / "demo.duckdb"
            try:
                build_demo(demo)
            except Exception as exc:  # noqa: BLE001 - the coder may be unavailable; the big store still runs
                print(f"demo store unavailable: {exc!r}")
            else:
                with BackgroundServer(demo) as srv:
                    rows = measure(
                        srv.url,
                        calls("PRK", "USA", ("2018-06-01", "2018-06-30"), ("2018-01-01", "2018-12-31")),
                        args.requests,
                        args.budget,
                    )
                report("demo store (9 articles)", rows)
        big = Path(tmp) / "big.duckdb"
        secs = build_synthetic(big, args.events)
        print(f"\nbuilt a synthetic store of {args.events:,} events in {secs:.1f} s")
        with BackgroundServer(big) as srv:
            stats = httpx.get(srv.url + "api/overview", timeout=300).json()
            rows = measure(
                srv.url,
                calls(COUNTRIES[3], COUNTRIES[0], ("2016-06-01", "2016-06-30"), ("2016-01-01", "2016-12-31")),
                args.requests,
                args.budget,
            )
        report(
            f"synthetic store ({stats['events']:,} events, {stats['actors']} actor codes, "
            f"{stats['first_date']} to {stats['last_date']})",
            rows,
        )
    bad = [r for r in rows if r[4] >= 400]
    if bad:
        raise SystemExit(f"calls failed: {bad}")


if __name__ == "__main__":
    main()
