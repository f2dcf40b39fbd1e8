"""Read and structure in one loop, with per-document failures set aside instead of ending the run."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from triadic.errors import InputError
from triadic.ingest._readers import SkipHandler, read_inputs
from triadic.ingest._records import Skipped
from triadic.ingest._structure import parse_article
from triadic.model import Article

__all__ = ["read_articles"]

log = logging.getLogger("triadic.ingest")


def read_articles(
    paths: Sequence[str | Path],
    *,
    stdin: TextIO | None = None,
    published: date | datetime | None = None,
    on_skip: SkipHandler | None = None,
) -> Iterator[Article]:
    """Every article in ``paths`` with its structure found (see :func:`read_inputs`, :func:`parse_article`).

    A document whose body is empty once boilerplate is removed (E019) is reported to ``on_skip``
    and passed over; the error is raised only if no article at all came out of the inputs, so a
    single bad file still fails with its own one-line message.
    """

    def report(item: Skipped) -> None:
        if on_skip is None:
            log.warning("skipped %s", item)
        else:
            on_skip(item)

    first_error: InputError | None = None
    count = 0
    for raw in read_inputs(paths, stdin=stdin, on_skip=report):
        try:
            article = parse_article(raw, published=published)
        except InputError as exc:
            first_error = first_error or exc
            report(Skipped(raw.source, raw.line, exc.message))
            continue
        count += 1
        yield article
    if count == 0 and first_error is not None:
        raise first_error
