"""Coding one chunk of raw documents: the unit of work of the local engine's processes.

The same function runs in the parent (one worker) and in pool processes (several), so results do not
depend on the number of workers. A worker process loads the pipeline once, in the pool initializer.
"""

from __future__ import annotations

import signal
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

from triadic import errors
from triadic.config import Settings
from triadic.errors import InputError, TriadicError
from triadic.ingest import RawDocument, Skipped, parse_article
from triadic.model import Article, CodedArticle

__all__ = ["ChunkResult", "Failure", "WorkerState", "code_chunk", "init_worker", "raise_error", "run_chunk"]


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be structured (its InputError, kept as data so it pickles faithfully)."""

    skipped: Skipped
    message: str
    code: str


@dataclass(slots=True)
class ChunkResult:
    """What coding one chunk gave: coded articles in input order, stored ids passed over, failures."""

    coded: list[CodedArticle] = field(default_factory=list)
    known: int = 0
    failures: list[Failure] = field(default_factory=list)
    error: tuple[str, str, str] | None = None  # (class name, message, code) of a fatal TriadicError

    @property
    def done(self) -> int:
        """Documents this chunk accounted for (coded, already stored, or failed)."""
        return len(self.coded) + self.known + len(self.failures)


def _articles(raws: Sequence[RawDocument], published: datetime | None, known: frozenset[str],
              result: ChunkResult) -> list[Article]:
    out: list[Article] = []
    for raw in raws:
        try:
            article = parse_article(raw, published=published)
        except InputError as exc:
            result.failures.append(Failure(Skipped(raw.source, raw.line, exc.message), exc.message, exc.code))
            continue
        if article.id in known:  # stored by an earlier (perhaps interrupted) run: no need to code it again
            result.known += 1
            continue
        out.append(article)
    return out


def code_chunk(coder: object, raws: Sequence[RawDocument], published: datetime | None,
               known: frozenset[str]) -> ChunkResult:
    """Structure and code ``raws`` with ``coder`` (a :class:`~triadic.pipeline.Coder`), skipping ``known``."""
    from triadic.pipeline import Coder

    assert isinstance(coder, Coder)
    result = ChunkResult()
    articles = _articles(raws, published, known, result)
    if articles:
        result.coded = list(coder.code_articles(articles))
    return result


@dataclass(slots=True)
class WorkerState:
    """What a pool process keeps between chunks: its pipeline (or why it did not load), the stored ids."""

    coder: object | None = None
    known: frozenset[str] = frozenset()
    error: tuple[str, str, str] | None = None


@cache
def _state() -> WorkerState:
    # one per process, filled by init_worker; a cache rather than a module global, so imports share nothing
    return WorkerState()


def _error_tuple(exc: TriadicError) -> tuple[str, str, str]:
    return (type(exc).__name__, exc.message, exc.code)


def init_worker(settings_json: str, known: frozenset[str]) -> None:
    """Pool initializer: load the pipeline once for the life of the process."""
    from triadic.pipeline import Coder

    # Ctrl-C is the parent's to handle: it stops feeding work and shuts the pool down cleanly
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    state = _state()
    state.known = known
    try:
        state.coder = Coder(Settings.model_validate_json(settings_json))
    except TriadicError as exc:  # reported with the first chunk, so the parent shows the real message
        state.error = _error_tuple(exc)


def run_chunk(raws: Sequence[RawDocument], published: datetime | None) -> ChunkResult:
    """Pool task: code one chunk with this process's pipeline."""
    state = _state()
    if state.error is not None or state.coder is None:
        return ChunkResult(error=state.error or ("EngineError", "worker has no pipeline", "E111"))
    try:
        return code_chunk(state.coder, raws, published, state.known)
    except TriadicError as exc:
        return ChunkResult(error=_error_tuple(exc))


def raise_error(error: tuple[str, str, str]) -> None:
    """Re-raise in the parent a TriadicError a worker returned as data."""
    name, message, code = error
    cls = getattr(errors, name, None)
    if not (isinstance(cls, type) and issubclass(cls, TriadicError)):
        cls = errors.EngineError
    raise cls(message, code=code)
