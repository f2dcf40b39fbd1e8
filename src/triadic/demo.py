"""The bundled demo: nine short 2018 articles on the Korean peninsula, coded end to end."""

from __future__ import annotations

import json
import time
from importlib import resources
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from triadic.config import load_settings
from triadic.engines.local import code_inputs
from triadic.errors import StoreError
from triadic.output import events_table
from triadic.store import Store

__all__ = ["demo_corpus_dir", "run_demo"]

_EVIDENCE_PER_EDGE = 3


def demo_corpus_dir() -> Path:
    """Folder of the bundled sample articles (written for triadic, about real 2018 events)."""
    return Path(str(resources.files("triadic").joinpath("data/demo")))


def _fresh_store(path: Path) -> Store:
    for p in (path, Path(str(path) + ".wal")):
        if p.exists():
            if p.is_dir():
                raise StoreError(f"demo store path '{p}' is a directory; pass --store FILE", code="E041")
            p.unlink()
    return Store(path)


def run_demo(store_path: Path, *, fmt: str = "table", console: Console | None = None,
             err_console: Console | None = None) -> dict[str, object]:
    """Code the demo corpus into a fresh store, then print its events and strategic triangles."""
    from triadic.analysis import find_triangles

    console = console or Console()
    err_console = err_console or Console(stderr=True)
    corpus = demo_corpus_dir()
    files = sorted(corpus.glob("*.txt"))
    settings = load_settings(store=store_path)
    t0 = time.perf_counter()
    db = _fresh_store(store_path)
    try:
        with Progress(TextColumn("[bold]coding demo corpus"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=err_console) as bar:
            task = bar.add_task("coding", total=len(files))
            run = code_inputs([str(f) for f in files], settings, store=db,
                              progress=lambda n: bar.advance(task, n))
        triangles = find_triangles(db)
    finally:
        db.close()
    elapsed = time.perf_counter() - t0
    tri_dicts = [t.to_dict() for t in triangles]
    romantic = [t for t in triangles if t.kind == "romantic"]
    pivots = [f"{t.pivot} is the pivot between {t.wings[0]} and {t.wings[1]}" for t in romantic]
    summary: dict[str, object] = {
        "store": str(store_path),
        "articles": run.articles,
        "events": run.events,
        "quotes": run.quotes,
        "seconds": round(elapsed, 2),
        "triangles": tri_dicts,
        "pivots": pivots,
    }
    if fmt == "json":
        console.print_json(json.dumps(summary, default=str))
        return summary
    console.print(events_table(run.coded, title="Events coded from the demo corpus", compact=True))
    tt = Table(title="Strategic triangles (all time, asserted events)", header_style="bold")
    for col in ("actors", "kind", "pivot", "wings / partners", "edges (sign, events)", "evidence"):
        tt.add_column(col, overflow="fold")
    for t in triangles:
        d = t.to_dict()
        who = ", ".join(d.get("wings") or d.get("partners") or [])
        edges = "  ".join(f"{k} {v['sign']:+d} ({v['n_events']})" for k, v in (d.get("edges") or {}).items())
        tt.add_row(" ".join(d["actors"]), d["kind"], d.get("pivot") or "-", who, edges,
                   str(len(d.get("evidence") or [])))
    console.print(tt)
    by_id = {e.id: e for c in run.coded for e in c.events}
    for t in romantic:
        console.print(f"\n[bold green]{t.pivot} is the pivot between {t.wings[0]} and {t.wings[1]}[/]; "
                      "the evidence, sentence by sentence:")
        for edge, info in t.to_dict()["edges"].items():
            sign = "cooperative" if info["sign"] > 0 else "conflictual"
            console.print(f"  [bold]{edge}[/] ({sign}, {info['n_events']} events)")
            for eid in info["evidence"][:_EVIDENCE_PER_EDGE]:
                ev = by_id.get(eid)
                if ev is None:
                    continue
                who = f"{ev.source.actor.code} {ev.cameo} {ev.target.actor.code if ev.target else '-'}"
                said = " ".join(ev.sentence.text.split())
                console.print(f"    {escape(who)}: {escape(said)}", highlight=False)
    console.print(f"\n{run.articles} articles, {run.events} events, {len(triangles)} triangles in "
                  f"{elapsed:.1f}s; store: {store_path}  (try: triadic serve --store {store_path})")
    return summary
