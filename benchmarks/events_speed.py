"""Event-coder speed against the spaCy parse alone, measured in the same run on the same texts.

Run: .venv/bin/python benchmarks/events_speed.py [--repeat N]
Texts are the shipped demo articles (written for triadic), repeated N times. Reported:
  parse            nlp.pipe alone
  parse+coder      parse, then EventCoder.code_doc on mentions resolved beforehand (the coder's own cost)
  parse+actors+coder  the whole path from text to events
as throughput ratios to parse alone (target: parse+coder >= 0.8x).
"""

from __future__ import annotations

import argparse
import time
from datetime import datetime
from importlib import resources

from triadic.actors._resolver import ActorResolver
from triadic.config import load_settings
from triadic.events import EventCoder
from triadic.model import Article, Sentence, content_id
from triadic.nlp import load_pipeline


def _texts(repeat: int) -> list[str]:
    folder = resources.files("triadic").joinpath("data/demo")
    base = [
        p.read_text("utf-8")
        for p in sorted(folder.iterdir(), key=lambda p: p.name)
        if p.name.endswith(".txt")
    ]
    return base * repeat


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=6)
    args = ap.parse_args()
    settings = load_settings()
    nlp = load_pipeline(settings.spacy_model)
    resolver = ActorResolver.from_settings(settings, nlp)
    coder = EventCoder.from_settings(settings)
    texts = _texts(args.repeat)
    list(nlp.pipe(texts[:4]))  # warm up
    chars = sum(len(t) for t in texts)

    # Parse alone is timed twice, first and last; the faster run is the reference, so machine
    # noise does not flatter the coder.
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - t0

    indexes = [resolver.resolve(d, ref_date=None) for d in docs]
    t0 = time.perf_counter()
    n_events = 0
    for text, doc, idx in zip(texts, docs, indexes, strict=True):
        art = Article(id=content_id(text), text=text, published=datetime(2018, 6, 1))
        sents = [Sentence(i, s.text, s.start_char, s.end_char) for i, s in enumerate(doc.sents)]
        n_events += len(coder.code_doc(doc, art, sents, idx)[0])
    coding = time.perf_counter() - t0

    t0 = time.perf_counter()
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=32), strict=True):
        idx = resolver.resolve(doc, ref_date=None)
        art = Article(id=content_id(text), text=text, published=datetime(2018, 6, 1))
        sents = [Sentence(i, s.text, s.start_char, s.end_char) for i, s in enumerate(doc.sents)]
        coder.code_doc(doc, art, sents, idx)
    whole = time.perf_counter() - t0

    t0 = time.perf_counter()
    list(nlp.pipe(texts, batch_size=32))
    parse = min(parse, time.perf_counter() - t0)

    print(f"{len(texts)} texts, {chars} chars, {n_events} events")
    print(f"parse alone          {parse:7.2f}s  1.00x")
    print(
        f"parse+coder          {parse + coding:7.2f}s  {parse / (parse + coding):.2f}x of parse-alone "
        "throughput"
        f"  (coder alone {coding:.2f}s = {coding / parse:.1%} of parse)"
    )
    print(f"parse+actors+coder   {whole:7.2f}s  {parse / whole:.2f}x of parse-alone throughput")


if __name__ == "__main__":
    main()
