"""Accuracy of triadic on every gold dev set present under ../shared/eval, in one table.

Run: .venv/bin/python benchmarks/accuracy.py [--limit N] [--eval-dir DIR] [--json OUT]
Missing dev sets are listed, not silently ignored. By default every record is scored (about a
minute for the two ConfliBERT dev sets); ``--limit N`` scores the first N records of each file and
says so in the output. The held-out set benchmarks/data/heldout_events.jsonl (written by the
project, never used for tuning; see benchmarks/data/README.md) is always scored in full, as an
extra row group, and so are the later ones (heldout2 ... heldout10); the README there says which are
still blind and which became dev sets.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from _devsets import DEFAULT_EVAL_DIR, find_dev_sets

from triadic.config import load_settings
from triadic.errors import TriadicError
from triadic.evaluate import EvaluationReport, evaluate, read_gold

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout_events.jsonl"
HELDOUT_NAME = "held-out 1 (a dev set since the sixth session: its errors were read)"
HELDOUT2 = Path(__file__).resolve().parent / "data" / "heldout2_events.jsonl"
HELDOUT2_NAME = "held-out 2 (a dev set since the sixth session: its errors were read)"
HELDOUT3 = Path(__file__).resolve().parent / "data" / "heldout3_events.jsonl"
HELDOUT3_NAME = "held-out 3 (a dev set since the seventh session: its errors were read)"
HELDOUT4 = Path(__file__).resolve().parent / "data" / "heldout4_events.jsonl"
HELDOUT4_NAME = "held-out 4 (a dev set since the eighth session: its errors were read)"
HELDOUT5 = Path(__file__).resolve().parent / "data" / "heldout5_events.jsonl"
HELDOUT5_NAME = "held-out 5, written blind (seventh session), scored only to report"
HELDOUT6 = Path(__file__).resolve().parent / "data" / "heldout6_events.jsonl"
HELDOUT6_NAME = "held-out 6 (a dev set since the ninth session: its errors were read)"
HELDOUT7 = Path(__file__).resolve().parent / "data" / "heldout7_events.jsonl"
HELDOUT7_NAME = "held-out 7, written blind (eighth session), scored only to report"
HELDOUT8 = Path(__file__).resolve().parent / "data" / "heldout8_events.jsonl"
HELDOUT8_NAME = "held-out 8 (a dev set since the tenth session: its errors were read)"
HELDOUT9 = Path(__file__).resolve().parent / "data" / "heldout9_events.jsonl"
HELDOUT9_NAME = "held-out 9, written blind (tenth session), scored only to report"
HELDOUT10 = Path(__file__).resolve().parent / "data" / "heldout10_events.jsonl"
HELDOUT10_NAME = "held-out 10, written blind (eleventh session), scored only to report"


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _rows(name: str, rep: EvaluationReport, total: int) -> list[tuple[str, str, str]]:
    d = rep.to_dict()
    shown = f"{d['n']}" + (f" of {total}" if d["n"] < total else "")
    rows = [(name, "sentences scored (of total)", shown), (name, "coverage", _fmt(d["coverage"]))]
    for key in ("root", "code3", "code", "triple"):
        if key in d:
            rows.append((name, f"event {key} P / R / F1",
                         f"{_fmt(d[key]['p'])} / {_fmt(d[key]['r'])} / {_fmt(d[key]['f1'])}"))
    if "events" in d and d["events"]["extra"] is not None:
        rows.append((name, "extra events per gold event", _fmt(d["events"]["extra"])))
    for key in ("penta", "quad"):
        if key in d:
            s = d[key]
            rows.append((name, f"{key} macro-F1 covered / fallback({s['fallback']['strategy']}) / strict",
                         f"{_fmt(s['macro_f1'])} / {_fmt(s['fallback']['macro_f1'])} / "
                         f"{_fmt(s['strict']['macro_f1'])}"))
            rows.append((name, f"{key} accuracy covered / fallback / strict",
                         f"{_fmt(s['accuracy'])} / {_fmt(s['fallback']['accuracy'])} / "
                         f"{_fmt(s['strict']['accuracy'])}"))
            rows.append((name, f"{key} any-event accuracy (covered)", _fmt(s["any_event_accuracy"])))
    if "plover" in d:
        rows.append((name, "PLOVER type accuracy (covered)", _fmt(d["plover"]["accuracy"])))
    if "actor" in d:
        rows.append((name, "actor accuracy country / +role",
                     f"{_fmt(d['actor']['country'])} / {_fmt(d['actor']['role'])}"))
    if "spans" in d:
        for role in ("S", "T", "R", "all"):
            ex, hd = d["spans"][role]["exact"], d["spans"][role]["head"]
            rows.append((name, f"span {role} F1 exact / head (P / R exact)",
                         f"{_fmt(ex['f1'])} / {_fmt(hd['f1'])} ({_fmt(ex['p'])} / {_fmt(ex['r'])})"))
    rows.append((name, "seconds", f"{rep.seconds:.1f}"))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    ap.add_argument("--limit", type=int, default=0, help="first N records of each file; 0 = all")
    ap.add_argument("--json", type=Path, default=None, help="also write the full reports here")
    args = ap.parse_args()
    present, missing = find_dev_sets(args.eval_dir)
    print(f"triadic accuracy benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
          f"dev sets under {args.eval_dir}")
    for ds in missing:
        print(f"MISSING: {ds.name} (looked for {args.eval_dir}/{ds.pattern}) - not measured")
    all_heldouts = ((HELDOUT, HELDOUT_NAME), (HELDOUT2, HELDOUT2_NAME), (HELDOUT3, HELDOUT3_NAME),
                    (HELDOUT4, HELDOUT4_NAME), (HELDOUT5, HELDOUT5_NAME), (HELDOUT6, HELDOUT6_NAME),
                    (HELDOUT7, HELDOUT7_NAME), (HELDOUT8, HELDOUT8_NAME),
                    (HELDOUT9, HELDOUT9_NAME), (HELDOUT10, HELDOUT10_NAME))
    heldouts = [(p, n) for p, n in all_heldouts if p.is_file()]
    for p, _ in all_heldouts:
        if not p.is_file():
            print(f"MISSING: held-out set {p} - not measured")
    if not present and not heldouts:
        print("no dev set present; nothing to measure")
        return 1
    from triadic.pipeline import Coder

    t0 = time.perf_counter()
    try:
        coder = Coder(load_settings())
    except (ImportError, TriadicError) as exc:
        print(f"triadic's pipeline cannot be built ({exc}); nothing measured")
        return 1
    print(f"pipeline loaded in {time.perf_counter() - t0:.1f}s")
    limit = args.limit or None
    rows: list[tuple[str, str, str]] = []
    full: dict[str, object] = {}
    for ds in present:
        total = sum(len(read_gold(p, ds.gold_format).records) for p in ds.paths)
        if limit and total > limit * len(ds.paths):
            print(f"SAMPLED: {ds.name}: first {limit} records of each file ({total} in all); "
                  f"use --limit 0 for everything")
        rep = evaluate(ds.paths, ds.gold_format, coder=coder, limit=limit)
        rows.extend(_rows(ds.name, rep, total))
        full[ds.name] = rep.to_dict()
        for s in rep.skipped[:5]:
            print(f"skipped in gold: {s}")
    for heldout, heldout_name in heldouts:
        # Scored in full: 200 sentences take a few seconds.
        rep = evaluate([heldout], "jsonl", coder=coder)
        rows.extend(_rows(heldout_name, rep, rep.n))
        full[heldout_name] = rep.to_dict()
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    print()
    print(f"{'dev set':<{w0}}  {'metric':<{w1}}  value")
    print(f"{'-' * w0}  {'-' * w1}  -----")
    last = None
    for name, metric, value in rows:
        print(f"{(name if name != last else ''):<{w0}}  {metric:<{w1}}  {value}")
        last = name
    if args.json:
        args.json.write_text(json.dumps(full, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
