"""Coding speed on the dev-set sentences: spaCy parse alone versus triadic with 1 and 2 workers.

Run: .venv/bin/python benchmarks/speed.py [--limit N] [--eval-dir DIR]
All three are measured in the same run on the same texts, and reported as ratios, because the
machine is shared and absolute figures drift. Each worker process loads the pipeline once; the
2-worker figure is timed after both workers have loaded and warmed up (start-up is shown apart).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from _devsets import DEFAULT_EVAL_DIR, find_dev_sets

_WORKER: dict[str, Any] = {}


def _init_worker() -> None:
    # Runs once in each spawned worker: load the whole pipeline there, as shipped (classifier and all).
    from triadic.config import load_settings
    from triadic.pipeline import Coder

    _WORKER["coder"] = Coder(load_settings())


def _signature(coded: list[Any]) -> list[list[tuple[str, str, str | None]]]:
    # What was coded per text, to check that parallel coding gives the serial result.
    return [[(e.cameo, e.source.actor.code, e.target.actor.code if e.target else None) for e in c.events]
            for c in coded]


def _code_chunk(texts: list[str]) -> list[list[tuple[str, str, str | None]]]:
    return _signature(_WORKER["coder"].code_texts(texts))


def _texts(eval_dir: Path, limit: int) -> tuple[list[str], list[str]]:
    from triadic.evaluate import read_gold

    present, missing = find_dev_sets(eval_dir)
    texts: list[str] = []
    for ds in present:
        for p in ds.paths:
            texts.extend(r.text for r in read_gold(p, ds.gold_format).records)
    notes = [f"MISSING: {ds.name} ({eval_dir}/{ds.pattern})" for ds in missing]
    if limit and len(texts) > limit:
        step = len(texts) / limit  # spread the sample over every dev set present
        texts = [texts[int(i * step)] for i in range(limit)]
    return texts, notes


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    ap.add_argument("--limit", type=int, default=600,
                    help="sentences to time (spread over the dev sets); 0 = all")
    ap.add_argument("--batch-size", type=int, default=None,
                    help="documents per nlp.pipe batch for the reference parse and the worker chunks; "
                         "default: triadic's own batch_size setting, so that both sides parse alike")
    ap.add_argument("--repeat", type=int, default=2, help="alternate the runs this many times; keep the best")
    args = ap.parse_args()
    texts, notes = _texts(args.eval_dir, args.limit)
    print(f"triadic speed benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    for note in notes:
        print(note)
    if not texts:
        print("no dev-set sentences found; nothing to time")
        return 1
    print(f"{len(texts)} sentences from the dev sets under {args.eval_dir}"
          + (f" (sampled evenly, --limit {args.limit})" if args.limit else "")
          + f"; best of {max(1, args.repeat)} alternated runs")

    from triadic.config import load_settings
    from triadic.errors import TriadicError
    from triadic.nlp import load_pipeline
    from triadic.pipeline import Coder

    settings = load_settings()
    if args.batch_size is None:
        args.batch_size = settings.batch_size
    elif args.batch_size != settings.batch_size:
        print(f"note: the reference parses in batches of {args.batch_size}, triadic in batches of "
              f"{settings.batch_size}; the ratio then also measures the batch size")
    print(f"batch size {args.batch_size}")
    nlp = load_pipeline(settings.spacy_model)
    list(nlp.pipe(texts[:20]))  # warm-up
    try:
        # The target is set without the learned model; the shipped default (with it) is timed too.
        coder = Coder(settings.model_copy(update={"use_classifier": False}))
        learned = Coder(settings, nlp=coder.nlp, resolver=coder.resolver)
    except (ImportError, TriadicError) as exc:
        print(f"triadic's pipeline cannot be built yet ({exc}); nothing measured")
        return 1
    with_model = learned.event_coder.classifier is not None
    coder.code_texts(texts[:20])  # warm-up
    learned.code_texts(texts[:20])
    # Alternate the reference and the coders so that load on the shared machine hits all alike.
    t_parse = t_one = t_learned = float("inf")
    # CPU time as well: on a shared machine it moves far less than wall time.
    c_parse = c_one = c_learned = float("inf")
    sig_one: list[list[tuple[str, str, str | None]]] = []
    sig_learned: list[list[tuple[str, str, str | None]]] = []
    for _ in range(max(1, args.repeat)):
        t0, c0 = time.perf_counter(), time.process_time()
        for _doc in nlp.pipe(texts, batch_size=args.batch_size):
            pass
        t_parse = min(t_parse, time.perf_counter() - t0)
        c_parse = min(c_parse, time.process_time() - c0)
        t0, c0 = time.perf_counter(), time.process_time()
        coded = coder.code_texts(texts)
        t_one = min(t_one, time.perf_counter() - t0)
        c_one = min(c_one, time.process_time() - c0)
        sig_one = _signature(coded)
        if with_model:
            t0, c0 = time.perf_counter(), time.process_time()
            coded = learned.code_texts(texts)
            t_learned = min(t_learned, time.perf_counter() - t0)
            c_learned = min(c_learned, time.process_time() - c0)
            sig_learned = _signature(coded)
    if not with_model:
        sig_learned = sig_one
    rss_main = _rss_mb(resource.RUSAGE_SELF)

    chunks = [texts[i:i + args.batch_size] for i in range(0, len(texts), args.batch_size)]
    ctx = mp.get_context("spawn")
    t_start = time.perf_counter()
    with ctx.Pool(2, initializer=_init_worker) as pool:
        pool.map(_code_chunk, [texts[:10], texts[10:20]], chunksize=1)  # both workers loaded and warm
        t_ready = time.perf_counter() - t_start
        t_two = float("inf")
        sig_two: list[list[tuple[str, str, str | None]]] = []
        for _ in range(max(1, args.repeat)):
            t0 = time.perf_counter()
            parts = pool.map(_code_chunk, chunks, chunksize=1)
            t_two = min(t_two, time.perf_counter() - t0)
            sig_two = [s for part in parts for s in part]
    rss_child = _rss_mb(resource.RUSAGE_CHILDREN)

    n = len(texts)
    rows = [
        ("spaCy parse alone (reference)", n / t_parse, 1.0),
        ("triadic, 1 worker, no classifier", n / t_one, t_parse / t_one),
    ]
    if with_model:
        rows.append(("triadic, 1 worker, classifier", n / t_learned, t_parse / t_learned))
    rows.append(("triadic, 2 workers, as shipped", n / t_two, t_parse / t_two))
    print()
    print(f"{'run':<34} {'sentences/s':>12} {'x spaCy parse':>14}")
    for name, rate, ratio in rows:
        print(f"{name:<34} {rate:>12.1f} {ratio:>14.3f}")
    print()
    print(f"CPU time per sentence: spaCy parse {1000 * c_parse / n:.1f} ms, triadic 1 worker without the "
          f"classifier {1000 * c_one / n:.1f} ms (x{c_one / c_parse:.3f} the parse CPU, "
          f"x{c_parse / c_one:.3f} the parse speed)")
    if with_model:
        print(f"  with the learned classifier {1000 * c_learned / n:.1f} ms (x{c_learned / c_parse:.3f} the "
              f"parse CPU, x{c_parse / c_learned:.3f} the parse speed)")
    else:
        print("  no learned classifier is installed (scripts/train_default.py builds the default); "
              "only the rules were timed")
    t_shipped = t_learned if with_model else t_one
    print(f"2 workers / 1 worker (as shipped) speed-up: {t_shipped / t_two:.2f}x  (2-worker start-up, "
          f"loading both pipelines: {t_ready:.1f}s, not included)")
    differ = sum(1 for a, b in zip(sig_learned, sig_two, strict=True) if a != b)
    print(f"events coded: {sum(map(len, sig_one))} (1 worker, no classifier), {sum(map(len, sig_learned))} "
          f"(1 worker, as shipped), {sum(map(len, sig_two))} (2 workers, as shipped); sentences coded "
          f"differently in parallel: {differ}")
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} CPUs, 1-minute load average {load:.1f} at the end"
          + (" - busy: the 2-worker figure cannot show a speed-up when the CPUs are already taken"
             if load >= (os.cpu_count() or 1) else ""))
    print(f"peak RSS: main process {rss_main:.0f} MiB (spaCy + triadic), largest worker {rss_child:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
