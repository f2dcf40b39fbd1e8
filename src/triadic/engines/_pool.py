"""Chunks of raw documents coded in order: in this process, or by a pool with a bounded number in flight."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime

from triadic.config import Settings
from triadic.engines._work import ChunkResult, code_chunk, init_worker, run_chunk
from triadic.errors import ConfigError, EngineError
from triadic.ingest import RawDocument

__all__ = ["chunked", "code_chunks", "resolve_workers"]


def resolve_workers(workers: int | None, settings: Settings) -> int:
    """The number of worker processes: ``workers``, else the settings; 0 means one per CPU core."""
    n = settings.workers if workers is None else workers
    if n < 0:
        raise ConfigError(f"--workers must be 0 (one per core) or a positive number, not {n}", code="E110")
    return n or (os.cpu_count() or 1)


def chunked(raws: Iterable[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    """Consecutive lists of ``size`` documents (the last may be shorter)."""
    chunk: list[RawDocument] = []
    for raw in raws:
        chunk.append(raw)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _in_process(chunks: Iterable[list[RawDocument]], settings: Settings, published: datetime | None,
                known: frozenset[str]) -> Iterator[ChunkResult]:
    from triadic.pipeline import Coder

    coder = Coder(settings)
    for chunk in chunks:
        yield code_chunk(coder, chunk, published, known)


def _pooled(chunks: Iterable[list[RawDocument]], settings: Settings, published: datetime | None,
            known: frozenset[str], workers: int) -> Iterator[ChunkResult]:
    # spawn, not fork: the parent holds a DuckDB connection and threads that must not be copied into children
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init_worker,
                               initargs=(settings.model_dump_json(), known))
    # Two chunks per worker in flight keeps every process busy while bounding memory; results are taken
    # in submission order, so output does not depend on which worker finishes first.
    limit = 2 * workers
    pending: deque[Future[ChunkResult]] = deque()
    source = iter(chunks)
    try:
        while True:
            while len(pending) < limit:
                chunk = next(source, None)
                if chunk is None:
                    break
                pending.append(pool.submit(run_chunk, chunk, published))
            if not pending:
                break
            yield pending.popleft().result()
    except BrokenProcessPool as exc:
        raise EngineError(f"a worker process died ({exc}); check memory (each worker loads the spaCy "
                          "pipeline) or rerun with fewer --workers; stored batches are kept, rerun to resume",
                          code="E111") from None
    finally:
        for fut in pending:
            fut.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def code_chunks(chunks: Iterable[list[RawDocument]], settings: Settings, *, published: datetime | None,
                known: frozenset[str], workers: int) -> Iterator[ChunkResult]:
    """Code every chunk and yield the results in input order, with ``workers`` processes."""
    if workers <= 1:
        return _in_process(chunks, settings, published, known)
    return _pooled(chunks, settings, published, known, workers)
