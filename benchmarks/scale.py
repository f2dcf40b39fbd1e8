"""Scale benchmark: local engine throughput with 1, 2 and N workers, Spark local overhead, peak RSS on ~1 GB.

Run: ``.venv/bin/python benchmarks/scale.py [--articles 540] [--size 1024] [--time-box 60] [--no-spark]``.
Every figure is a ratio against a reference measured in the same run (the machine may be busy).
The corpora are generated from the bundled demo articles, each copy made unique so it gets its own id.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from triadic.config import load_settings
from triadic.demo import demo_corpus_dir
from triadic.engines import code_inputs


@dataclass(frozen=True, slots=True)
class Timing:
    """One coding run: wall seconds (start-up included) and the steady rate once the first chunk is back."""

    label: str
    articles: int
    events: int
    wall: float
    steady: float
    cpu: float = 0.0  # CPU seconds of this process and its (reaped) worker processes

    @property
    def rate(self) -> float:
        return self.articles / self.wall if self.wall else 0.0


def _bases() -> list[str]:
    return [p.read_text(encoding="utf-8").rstrip() for p in sorted(demo_corpus_dir().glob("*.txt"))]


def write_jsonl(path: Path, *, articles: int | None = None, size_mb: float | None = None) -> tuple[int, int]:
    """Write unique JSONL articles until ``articles`` records or ``size_mb`` MB; returns (records, bytes)."""
    bases = _bases()
    limit = int(size_mb * 1024 * 1024) if size_mb is not None else None
    n = written = 0
    with path.open("w", encoding="utf-8") as fh:
        while True:
            if articles is not None and n >= articles:
                break
            if limit is not None and written >= limit:
                break
            text = f"{bases[n % len(bases)]}\n\nCopy {n // len(bases)} of this report."
            line = json.dumps({"text": text, "date": "2018-06-12", "id": str(n)}) + "\n"
            fh.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    return n, written


def time_local(corpus: Path, workers: int) -> Timing:
    """Code ``corpus`` with the local engine (no store: coding only) and time it."""
    stamps: list[tuple[float, int]] = []
    done = 0

    def progress(k: int) -> None:
        nonlocal done
        done += k
        stamps.append((time.perf_counter(), done))

    c0 = _cpu_seconds()
    t0 = time.perf_counter()
    run = code_inputs([corpus], load_settings(), keep=False, workers=workers, progress=progress)
    wall = time.perf_counter() - t0
    cpu = _cpu_seconds() - c0
    steady = 0.0
    # from a quarter of the way in: pool start-up and the first burst of prefetched chunks are over by then
    later = [s for s in stamps if s[1] >= done / 4]
    if len(later) > 2:
        (ta, na), (tb, nb) = later[0], later[-1]
        steady = (nb - na) / (tb - ta) if tb > ta else 0.0
    return Timing(f"local, {workers} worker(s)", run.articles, run.events, wall, steady, cpu)


def _cpu_seconds() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def time_spark(corpus: Path, out: Path, workers: int) -> Timing:
    """Code ``corpus`` with Spark ``local[workers]`` (session start-up included) and time it."""
    from triadic.engines.spark import code_spark

    t0 = time.perf_counter()
    res = code_spark(str(corpus), str(out), load_settings(), master=f"local[{workers}]")
    wall = time.perf_counter() - t0
    return Timing(f"spark local[{workers}]", res.articles, res.events, wall, 0.0)


def _tree_rss_kb(pid: int) -> tuple[int, int]:
    """(RSS of ``pid``, RSS of ``pid`` and all its descendants) in kB, from /proc."""
    def rss(p: int) -> int:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        except OSError:
            pass
        return 0

    def children(p: int) -> list[int]:
        out: list[int] = []
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                out += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
        return out

    own = rss(pid)
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        total += rss(p)
        stack += children(p)
    return own, total


def peak_rss(corpus: Path, store: Path, workers: int, time_box: float) -> dict[str, float]:
    """Run ``triadic code`` on ``corpus`` for at most ``time_box`` seconds; sample the process tree's RSS."""
    cmd = [sys.executable, "-c", "from triadic.cli import main; main()", "code", str(corpus), "--store",
           str(store), "--format", "none", "--workers", str(workers)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t0 = time.perf_counter()
    peak_own = peak_total = 0
    samples: list[tuple[float, int]] = []
    while proc.poll() is None and time.perf_counter() - t0 < time_box:
        own, total = _tree_rss_kb(proc.pid)
        peak_own, peak_total = max(peak_own, own), max(peak_total, total)
        samples.append((time.perf_counter() - t0, total))
        time.sleep(0.5)
    finished = proc.poll() is not None
    if not finished:
        proc.send_signal(signal.SIGKILL)  # a kill -9: the next run of the same command would resume
    proc.wait()
    from triadic.store import Store

    with Store(store, read_only=True) as s:
        stored = s.count("articles")
    half = [t for s_, t in samples if s_ >= time_box / 2] or [0]
    first = [t for s_, t in samples if s_ < time_box / 2] or [0]
    return {"peak_parent_mb": peak_own / 1024, "peak_tree_mb": peak_total / 1024,
            "max_first_half_mb": max(first) / 1024, "max_second_half_mb": max(half) / 1024,
            "articles_stored": stored, "seconds": time.perf_counter() - t0, "finished": float(finished)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=540, help="articles in the throughput corpus")
    ap.add_argument("--size", type=float, default=1024, help="MB of the RSS corpus (0 skips the RSS run)")
    ap.add_argument("--time-box", type=float, default=60, help="seconds the RSS run may code")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="N for the N-worker run")
    ap.add_argument("--no-spark", action="store_true", help="skip the Spark overhead run")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="triadic-scale-"))
    try:
        corpus = tmp / "corpus.jsonl"
        write_jsonl(corpus, articles=args.articles)
        print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at start")
        counts = sorted({1, 2, args.workers})
        runs = [time_local(corpus, w) for w in counts]
        base = runs[0]
        print(f"\nthroughput on {base.articles} articles ({base.events} events), against 1 worker:")
        for r in runs:
            print(f"  {r.label:22s} wall {r.wall:6.1f} s  {r.rate:6.1f} art/s  x{r.rate / base.rate:4.2f}   "
                  f"steady {r.steady:6.1f} art/s  x{(r.steady / base.steady) if base.steady else 0:4.2f}   "
                  f"CPU {r.cpu:6.1f} s (x{r.cpu / base.cpu if base.cpu else 0:4.2f} of 1 worker's)")
        print("  (CPU time of all processes, start-up included: the work the parallel runs add. On a busy "
              "machine\n   the wall-clock ratios measure the share of the cores we got, not the engine.)")
        assert all(r.events == base.events for r in runs), "event counts differ between worker counts"
        if not args.no_spark:
            local_n = next(r for r in runs if r.label.startswith(f"local, {args.workers} "))
            sp = time_spark(corpus, tmp / "spark-out", args.workers)
            print(f"\nspark local overhead (start-up included), against the local engine with {args.workers} "
                  f"worker(s):\n  {sp.label:22s} wall {sp.wall:6.1f} s  x{sp.wall / local_n.wall:4.2f} the "
                  f"local engine's time; events {sp.events} vs {local_n.events}")
        if args.size > 0:
            big = tmp / "big.jsonl"
            t0 = time.perf_counter()
            n, nbytes = write_jsonl(big, size_mb=args.size)
            print(f"\nRSS corpus: {nbytes / 2**20:,.0f} MB, {n:,} articles (written in "
                  f"{time.perf_counter() - t0:.0f} s)")
            m = peak_rss(big, tmp / "big.duckdb", args.workers, args.time_box)
            done = "finished" if m["finished"] else f"killed with -9 after {m['seconds']:.0f} s"
            print(f"  {args.workers} worker(s), {done}: {m['articles_stored']:,.0f} articles stored "
                  f"({m['articles_stored'] / n:.2%} of the corpus)\n"
                  f"  peak RSS: parent {m['peak_parent_mb']:,.0f} MB, whole process tree "
                  f"{m['peak_tree_mb']:,.0f} MB (target < 2048 MB)\n"
                  f"  flatness: max tree RSS {m['max_first_half_mb']:,.0f} MB in the first half of the run, "
                  f"{m['max_second_half_mb']:,.0f} MB in the second")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
