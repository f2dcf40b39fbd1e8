"""Corpora for the engine tests, made from the bundled demo articles (each copy made unique)."""

from __future__ import annotations

import json
from pathlib import Path

from triadic.demo import demo_corpus_dir

__all__ = ["make_corpus", "store_events"]


def make_corpus(root: Path, copies: int, *, jsonl: bool = False, text: bool = True) -> int:
    """Write ``copies`` rounds of the demo articles, each copy ending with its own line so its id differs.

    Text files go under ``root/txt/<round>/``; with ``jsonl`` the same documents also go, with a date, as
    records of ``root/records.jsonl``. Returns the number of documents written.
    """
    bases = sorted(demo_corpus_dir().glob("*.txt"))
    n = 0
    records = []
    for r in range(copies):
        for base in bases:
            body = base.read_text(encoding="utf-8").rstrip() + f"\n\nCopy {r} of this report.\n"
            if text:
                d = root / "txt" / f"r{r:03d}"
                d.mkdir(parents=True, exist_ok=True)
                (d / base.name).write_text(body, encoding="utf-8")
                n += 1
            if jsonl:
                records.append({"text": body + f"\nRecord {r}.\n", "title": base.stem, "date": "2018-06-12"})
    if jsonl:
        with (root / "records.jsonl").open("w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec) + "\n")
        n += len(records)
    return n


def store_events(path: Path) -> dict[str, tuple[object, ...]]:
    """Every event of a store, keyed by id, as a tuple of its canonical columns."""
    from triadic.store import EVENT_COLUMNS, Store

    with Store(path, read_only=True) as s:
        rows = s.con.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events").fetchall()
    return {r[0]: tuple(r) for r in rows}
