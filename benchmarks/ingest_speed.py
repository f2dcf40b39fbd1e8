"""Ingest and time-expression cost, as ratios against the spaCy parse of the same texts in the same run.

Run: .venv/bin/python benchmarks/ingest_speed.py [N_ARTICLES]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from triadic.ingest import read_articles, read_inputs
from triadic.nlp import load_pipeline
from triadic.nlp.timex import find_time_expressions

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [*sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt")),
           *sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.md")),
           *sorted((ROOT / "src" / "triadic" / "data" / "demo").glob("*.txt"))]


def _corpus(n: int, folder: Path) -> tuple[Path, Path]:
    """A JSONL file and a directory of text files, each with ``n`` articles made from the samples."""
    texts = [p.read_text(encoding="utf-8") for p in SOURCES]
    jsonl = folder / "corpus.jsonl"
    tree = folder / "tree"
    tree.mkdir()
    with jsonl.open("w", encoding="utf-8") as fh:
        for i in range(n):
            # A numbered closing line keeps every article distinct (distinct content ids).
            text = f"{texts[i % len(texts)]}\n\nCorrespondent note {i}: talks continued.\n"
            fh.write(json.dumps({"id": str(i), "text": text}) + "\n")
            (tree / f"{i:06d}.txt").write_text(text, encoding="utf-8")
    return jsonl, tree


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    n_parse = min(n, 200)
    nlp = load_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        jsonl, tree = _corpus(n, Path(tmp))
        t0 = time.perf_counter()
        raw = sum(1 for _ in read_inputs([jsonl]))
        t_read = time.perf_counter() - t0
        t0 = time.perf_counter()
        arts = list(read_articles([jsonl]))
        t_jsonl = time.perf_counter() - t0
        t0 = time.perf_counter()
        arts_tree = list(read_articles([tree]))
        t_tree = time.perf_counter() - t0
    assert raw == len(arts) == len(arts_tree) == n
    texts = [a.text for a in arts[:n_parse]]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    t_parse = time.perf_counter() - t0
    ref = date(2018, 3, 28)
    t0 = time.perf_counter()
    found = sum(len(find_time_expressions(s, ref)) for d in docs for s in d.sents)
    t_timex = time.perf_counter() - t0

    per_parse = t_parse / n_parse
    rows = [
        ("spaCy parse (reference)", per_parse),
        ("read JSONL only", t_read / n),
        ("read + structure, JSONL", t_jsonl / n),
        ("read + structure, text files", t_tree / n),
        ("time expressions, every sentence", t_timex / n_parse),
    ]
    print(f"articles: {n} (parsed: {n_parse}); time expressions found: {found}")
    print(f"{'step':34} {'ms/article':>10}  ratio to parse")
    for name, secs in rows:
        print(f"{name:34} {secs * 1e3:10.2f}  {secs / per_parse:.3f}")

if __name__ == "__main__":
    main()
