"""Send 10,000 malformed and hostile requests to the dashboard on loopback; every answer must be 2xx or 4xx.

The requests mix SQL fragments, huge and non-finite numbers, impossible dates, unknown actors, control
characters, path traversal, oversized values, unknown parameters and broken JSON bodies into every endpoint,
from four client threads at once (the server gives each request its own DuckDB cursor). Bounded in count
(``--requests``) and time (``--seconds``). At the end the server must still answer and the store must be
unchanged. Exits non-zero on any 5xx, dropped connection or change.
Usage: .venv/bin/python benchmarks/web_fuzz.py [--requests 10000] [--seconds 300] [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from _web_store import build_demo, build_synthetic  # noqa: E402

from triadic.web import BackgroundServer  # noqa: E402

HOSTILE = [
    "' OR '1'='1",
    "1; DROP TABLE events; --",
    "PRK') UNION SELECT text FROM articles --",
    '" OR 1=1 --',
    "1 OR 1=1",
    "'; COPY events TO '/tmp/x.csv'; --",
    "$1",
    "?",
    "%",
    "_",
    "*",
    "\\",
    "';ATTACH '/tmp/x' AS y;--",
    "9" * 40,
    "-1",
    "0",
    "-99999999999999999999",
    "1e308",
    "1e-308",
    "nan",
    "NaN",
    "inf",
    "-inf",
    "0x10",
    "1.5",
    "2018-02-30",
    "0000-00-00",
    "99999-01-01",
    "2018-13-01",
    "yesterday",
    "2018/01/01",
    "-2018-01-01",
    "1e9",
    "ZZZ",
    "QQQQQQ",
    "XX",
    "A",
    "",
    " ",
    ",",
    ",,,",
    "PRK,,USA",
    "PRK-",
    "-USA",
    "PRK-USA-CHN",
    "PRK>USA",
    "\x00",
    "%00",
    "\u202e",
    "😀",
    "ñ",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "..%2f..%2f",
    "A" * 3000,
    "1," * 500,
    "PRK," * 300,
    "e" + "0" * 200,
    "{}",
    "[]",
    "null",
    "true",
    "None",
]
VALID = {
    "actor": ["PRK", "USA", "chn", "PRKGOV", "KOR,JPN"],
    "dyad": ["PRK-USA", "CHN-USA"],
    "directed": ["true", "false"],
    "code": ["042", "17", "1"],
    "root": ["14", "4", "20"],
    "quad": ["1", "3,4"],
    "modality": ["asserted", "planned"],
    "dataset": ["triadic", "gdelt"],
    "start": ["2018-01-01", "2017-06-01"],
    "end": ["2018-12-31", "2018-03-01"],
    "page": ["1", "2", "1000"],
    "per_page": ["1", "50", "200"],
    "level": ["country", "code"],
    "min_events": ["1", "2", "5"],
    "threshold": ["0", "0.1", "0.5"],
    "measure": ["net", "goldstein"],
    "max_nodes": ["2", "60"],
    "window": ["all", "month", "quarter", "30d", "90d:30", "year"],
    "kinds": ["romantic", "menage,marriage"],
    "limit": ["1", "50"],
    "trend_window": ["month", "quarter"],
    "span": ["2", "3", "6"],
    "draws": ["10", "50"],
    "a": ["PRK", "CHN"],
    "b": ["USA", "KOR"],
    "ids": ["x1,x2"],
    "article": ["a1"],
    "actors": ["PRK,USA,CHN"],
}
ENDPOINTS = {
    "/api/events": [
        "actor",
        "dyad",
        "directed",
        "code",
        "root",
        "quad",
        "modality",
        "dataset",
        "start",
        "end",
        "page",
        "per_page",
        "ids",
        "article",
    ],
    "/api/relations": [
        "start",
        "end",
        "level",
        "modality",
        "min_events",
        "threshold",
        "measure",
        "actors",
        "max_nodes",
    ],
    "/api/dyad": ["a", "b", "window", "start", "end", "level", "modality"],
    "/api/triangles": [
        "window",
        "kinds",
        "limit",
        "start",
        "end",
        "min_events",
        "threshold",
        "measure",
        "level",
    ],
    "/api/pivots": ["window", "trend_window", "span", "draws", "limit", "start", "end", "min_events"],
    "/api/overview": [],
    "/api/articles": ["page", "per_page"],
    "/api/scenarios": [],
}
BODIES = [
    {"scenario": "peninsula-talks"},
    {"scenario": "peninsula-talks", "model": "spatial", "runs": 5},
    {"scenario": "' OR 1=1 --"},
    {"scenario": "../../etc/passwd"},
    {"text": "a: &x [1]\nb: *x\n"},
    {"text": "!!python/object/apply:os.system ['true']"},
    {"text": "actors: 5"},
    {"text": "x" * 199_000},
    {"text": ",,,\n1,2,3", "format": "ktab"},
    {"scenario": "peninsula-talks", "runs": 10**12},
    {"scenario": "peninsula-talks", "seed": -5},
    {"scenario": "peninsula-talks", "model": "' OR 1=1"},
    {"scenario": None, "text": None},
    {"scenario": 5},
    [],
    "not an object",
    None,
]


def request(rng: random.Random) -> tuple[str, str, dict[str, str] | None, str | None]:
    """One random request: (method, path, query params, raw JSON body)."""
    roll = rng.random()
    if roll < 0.07:
        body = rng.choice(BODIES)
        raw = json.dumps(body) if rng.random() < 0.9 else rng.choice(["{", "{'a': 1}", "\x00", "[" * 5000])
        return "POST", "/api/simulate", None, raw
    if roll < 0.14:
        bad = quote(rng.choice(HOSTILE), safe="") or "x"
        path = rng.choice(
            ["/api/events/", "/api/articles/", "/events/", "/articles/", "/static/", "/api/nope/"]
        )
        return "GET", path + bad, None, None
    path = rng.choice(list(ENDPOINTS))
    params: dict[str, str] = {}
    for name in ENDPOINTS[path]:
        r = rng.random()
        if r < 0.3:
            params[name] = rng.choice(HOSTILE)
        elif r < 0.55:
            params[name] = rng.choice(VALID[name])
    if rng.random() < 0.1:
        params[rng.choice(["foo", "select", "'", "page[]"])] = rng.choice(HOSTILE)
    return "GET", path, params, None


def store_fingerprint(client: httpx.Client) -> tuple[int, int, int]:
    o = client.get("/api/overview").json()
    return o["events"], o["articles"], o["quotes"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--requests", type=int, default=10_000)
    ap.add_argument("--seconds", type=float, default=300.0)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="triadic-web-fuzz-") as tmp:
        store = Path(tmp) / "demo.duckdb"
        try:
            build_demo(store)
        except Exception as exc:  # noqa: BLE001 - without the coder, fuzz a synthetic store instead
            print(f"demo store unavailable ({exc!r}); fuzzing a 20,000-event synthetic store")
            build_synthetic(store, 20_000)
        with BackgroundServer(store) as srv:
            statuses: Counter[int] = Counter()
            failures: list[str] = []
            lock = threading.Lock()
            deadline = time.monotonic() + args.seconds
            rng = random.Random(args.seed)
            plan = [request(rng) for _ in range(args.requests)]
            local = threading.local()

            def send(item: tuple[str, str, dict[str, str] | None, str | None]) -> None:
                if time.monotonic() > deadline:
                    return
                if not hasattr(local, "client"):
                    local.client = httpx.Client(base_url=srv.url, timeout=60)
                method, path, params, raw = item
                try:
                    r = local.client.request(
                        method,
                        path,
                        params=params,
                        content=raw,
                        headers={"content-type": "application/json"} if raw else None,
                    )
                    code = r.status_code
                except httpx.HTTPError as exc:
                    code = -1
                    r = None
                    with lock:
                        failures.append(f"{method} {path} {params}: {exc!r}")
                with lock:
                    statuses[code] += 1
                    if code >= 500 and r is not None:
                        failures.append(f"{code} {method} {path} {params} {raw and raw[:80]}: {r.text[:200]}")

            with httpx.Client(base_url=srv.url, timeout=60) as check:
                before = store_fingerprint(check)
                t0 = time.perf_counter()
                with ThreadPoolExecutor(args.threads) as pool:
                    list(pool.map(send, plan))
                elapsed = time.perf_counter() - t0
                alive = check.get("/api/health").status_code == 200 and check.get("/").status_code == 200
                after = store_fingerprint(check)
    sent = sum(statuses.values())
    print(f"sent {sent:,} requests in {elapsed:.1f} s ({sent / elapsed:.0f}/s, {args.threads} threads)")
    print("status counts: " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items())))
    ok_share = sum(v for k, v in statuses.items() if 200 <= k < 300) / max(sent, 1)
    print(f"2xx share {ok_share:.1%}; still serving: {alive}; store unchanged: {before == after}")
    for f in failures[:20]:
        print("FAIL", f)
    if failures or not alive or before != after or sent < args.requests:
        raise SystemExit(
            f"fuzz failed: {len(failures)} bad answers, alive={alive}, unchanged={before == after}, "
            f"sent {sent} of {args.requests}"
        )
    print("OK: every answer was 2xx or 4xx")


if __name__ == "__main__":
    main()
