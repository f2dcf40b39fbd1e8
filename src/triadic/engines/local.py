"""The local engine: read inputs, code them in one or more processes, write them to the store in batches.

Documents stream from the readers in chunks to the workers, with a bounded number of chunks in flight, and
come back in input order, so a run gives the same events and ids whatever the number of workers. Every
write batch is one transaction and the store skips article ids it already holds, so a run that was killed
can simply be run again: articles already stored are recognised by their content hash and not coded again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TextIO

from triadic.config import Settings
from triadic.engines._pool import chunked, code_chunks, resolve_workers
from triadic.engines._work import ChunkResult, raise_error
from triadic.errors import InputError
from triadic.model import Article, CodedArticle
from triadic.store import Store

__all__ = ["CodeRun", "code_inputs", "iter_articles"]

ProgressFn = Callable[[int], None]


@dataclass(slots=True)
class CodeRun:
    """What a coding run did.

    ``articles`` counts every article read; ``articles_skipped`` those already in the store (passed over
    before coding when ``skip_stored`` is on, so their events are not counted in ``events``).
    """

    articles: int = 0
    articles_new: int = 0
    articles_skipped: int = 0
    events: int = 0
    events_new: int = 0
    quotes: int = 0
    coded: list[CodedArticle] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped_inputs: list[str] = field(default_factory=list)
    workers: int = 1


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


@dataclass(slots=True)
class _Tally:
    """Per-run bookkeeping the chunk loop fills in."""

    run: CodeRun
    keep: bool
    warned_no_date: bool = False
    first_error: InputError | None = None
    produced: int = 0

    def add_chunk(self, res: ChunkResult) -> Iterator[CodedArticle]:
        if res.error is not None:
            raise_error(res.error)
        self.run.articles += res.known
        self.run.articles_skipped += res.known
        for f in res.failures:
            self.first_error = self.first_error or InputError(f.message, code=f.code)
            self.run.skipped_inputs.append(str(f.skipped))
        self.produced += len(res.coded) + res.known
        yield from res.coded

    def add_coded(self, c: CodedArticle) -> None:
        run = self.run
        run.articles += 1
        run.events += len(c.events)
        run.quotes += len(c.quotes)
        for w in c.warnings:
            if w.startswith("no publication date"):
                if self.warned_no_date:
                    continue
                self.warned_no_date = True
            run.warnings.append(f"{c.article.source or c.article.id}: {w}")
        if self.keep:
            run.coded.append(c)


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
    workers: int | None = None,
    skip_stored: bool | None = None,
    chunk_size: int | None = None,
) -> CodeRun:
    """Code every article under ``paths`` and write the results to ``store`` (if given).

    Args:
        published: overrides each article's publication date (the reference for event dates).
        keep: keep the coded articles in the result (for printing); off for large runs.
        progress: called with the number of articles finished after each chunk.
        workers: processes that code in parallel (default ``settings.workers``; 0 = one per core).
        skip_stored: pass over articles whose id is already in ``store`` before coding them (resume);
            default: on when ``keep`` is off (a printed run shows every article's events).
        chunk_size: documents per unit of work (default ``settings.batch_size``).
    """
    from triadic.ingest import read_inputs

    n_workers = resolve_workers(workers, settings)
    skip = (not keep) if skip_stored is None else skip_stored
    known = frozenset(store.coded_article_ids()) if (store is not None and skip) else frozenset()
    run = CodeRun(workers=n_workers)
    tally = _Tally(run, keep)
    raws = read_inputs(paths, stdin=stdin, on_skip=lambda s: run.skipped_inputs.append(str(s)))
    chunks = chunked(raws, chunk_size or settings.batch_size)
    results = code_chunks(chunks, settings, published=published, known=known, workers=n_workers)

    def coded() -> Iterator[CodedArticle]:
        for res in results:
            yield from tally.add_chunk(res)
            if progress is not None and res.done:
                progress(res.done)

    for batch in _batched(coded(), write_batch):
        if store is not None:
            res = store.write_coded(batch)
            run.articles_new += res.articles_added
            run.articles_skipped += res.articles_skipped
            run.events_new += res.events_added
        for c in batch:
            tally.add_coded(c)
    if tally.produced == 0 and tally.first_error is not None:
        raise tally.first_error
    return run
