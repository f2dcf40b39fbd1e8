"""The bundled demo: nine short 2018 articles on the Korean peninsula, coded end to end."""

from __future__ import annotations

import json
import time
from importlib import resources
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from triadic.config import load_settings
from triadic.engines.local import code_inputs
from triadic.errors import StoreError
from triadic.output import events_table
from triadic.store import Store

__all__ = ["demo_corpus_dir", "run_demo"]


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
    console.print(events_table(run.coded, title="Events coded from the demo corpus"))
    tt = Table(title="Strategic triangles (all time, asserted events)", header_style="bold")
    for col in ("actors", "kind", "pivot", "wings / partners", "edges", "evidence"):
        tt.add_column(col, overflow="fold")
    for t in triangles:
        d = t.to_dict()
        who = ", ".join(d.get("wings") or d.get("partners") or [])
        edges = "  ".join(f"{k} {v['sign'] if isinstance(v, dict) else v}"
                          for k, v in (d.get("edges") or {}).items())
        tt.add_row(" ".join(d["actors"]), d["kind"], d.get("pivot") or "-", who, edges,
                   str(len(d.get("evidence") or [])))
    console.print(tt)
    for line in pivots:
        console.print(f"[bold green]{line}[/]")
    console.print(f"{run.articles} articles, {run.events} events, {len(triangles)} triangles in "
                  f"{elapsed:.1f}s; store: {store_path}  (try: triadic triangles --store {store_path})")
    return summary
