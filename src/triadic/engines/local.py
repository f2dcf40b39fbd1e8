"""The local engine: read inputs, code them, write them to the store in transactional batches."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TextIO

from triadic.config import Settings
from triadic.model import Article, CodedArticle
from triadic.store import Store

__all__ = ["CodeRun", "code_inputs", "iter_articles"]

ProgressFn = Callable[[int], None]


@dataclass(slots=True)
class CodeRun:
    """What a coding run did."""

    articles: int = 0
    articles_new: int = 0
    articles_skipped: int = 0
    events: int = 0
    events_new: int = 0
    quotes: int = 0
    coded: list[CodedArticle] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped_inputs: list[str] = field(default_factory=list)


def iter_articles(paths: Sequence[str | Path], *, published: datetime | None = None,
                  stdin: TextIO | None = None, skipped: list[str] | None = None) -> Iterator[Article]:
    """Read every input and detect its article structure; unreadable documents go to ``skipped``."""
    from triadic.ingest import read_articles

    yield from read_articles(paths, stdin=stdin, published=published,
                             on_skip=(lambda s: skipped.append(str(s))) if skipped is not None else None)


def _batched(items: Iterable[CodedArticle], n: int) -> Iterator[list[CodedArticle]]:
    batch: list[CodedArticle] = []
    for it in items:
        batch.append(it)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


def code_inputs(
    paths: Sequence[str | Path],
    settings: Settings,
    *,
    published: datetime | None = None,
    store: Store | None = None,
    keep: bool = True,
    stdin: TextIO | None = None,
    progress: ProgressFn | None = None,
    write_batch: int = 64,
) -> CodeRun:
    """Code every article under ``paths`` and write the results to ``store`` (if given).

    Args:
        published: overrides each article's publication date (the reference for event dates).
        keep: keep the coded articles in the result (for printing); off for large runs.
        progress: called with the number of articles finished after each one.
    """
    from triadic.pipeline import Coder

    coder = Coder(settings)
    run = CodeRun()
    skipped: list[str] = []
    articles = iter_articles(paths, published=published, stdin=stdin, skipped=skipped)
    warned_no_date = False
    for batch in _batched(coder.code_articles(articles), write_batch):
        if store is not None:
            res = store.write_coded(batch)
            run.articles_new += res.articles_added
            run.articles_skipped += res.articles_skipped
            run.events_new += res.events_added
        for c in batch:
            run.articles += 1
            run.events += len(c.events)
            run.quotes += len(c.quotes)
            for w in c.warnings:
                if w.startswith("no publication date"):
                    if warned_no_date:
                        continue
                    warned_no_date = True
                run.warnings.append(f"{c.article.source or c.article.id}: {w}")
            if keep:
                run.coded.append(c)
            if progress:
                progress(1)
    run.skipped_inputs = skipped
    return run
