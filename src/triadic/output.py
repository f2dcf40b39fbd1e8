"""Render coded articles as JSON, JSONL, CSV or a rich table."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from triadic.errors import ConfigError
from triadic.model import CodedArticle
from triadic.store.db import event_row

__all__ = ["OUTPUT_FORMATS", "check_format", "write_coded", "events_table", "CSV_COLUMNS"]

OUTPUT_FORMATS = ("json", "jsonl", "csv", "table")
CSV_COLUMNS = (
    "article_id", "id", "sentence_index", "source_code", "source_country", "source_role", "source_name",
    "source_text", "source_start", "source_end", "target_code", "target_country", "target_role",
    "target_name", "target_text", "target_start", "target_end", "cameo", "root", "quad", "goldstein",
    "plover_type", "plover_mode", "modality", "event_date", "date_precision", "trigger_text",
    "trigger_start", "trigger_end", "attributed_to", "confidence", "rule", "sentence_text",
)


def check_format(fmt: str, allowed: Sequence[str] = OUTPUT_FORMATS) -> str:
    """Validate an output format name, listing the valid ones if it is unknown."""
    f = fmt.lower().strip()
    if f not in allowed:
        raise ConfigError(f"unknown --format '{fmt}'; expected one of {', '.join(allowed)}", code="E025")
    return f


def _default(o: Any) -> Any:
    if isinstance(o, date):
        return o.isoformat()
    raise TypeError(f"not JSON serialisable: {type(o).__name__}")


def events_table(coded: Iterable[CodedArticle], title: str | None = None, limit: int | None = None,
                 compact: bool = False) -> Table:
    """A rich table with one row per event: who did what to whom, with the trigger and modality.

    Args:
        compact: leave out the sentence column (for narrow terminals and overviews).
    """
    t = Table(title=title, show_lines=False, header_style="bold")
    cols = ["#", "source", "cameo", "target", "goldstein", "modality", "date", "trigger"]
    for col in cols if compact else [*cols, "sentence"]:
        t.add_column(col, overflow="fold", no_wrap=col in ("modality", "date", "cameo", "goldstein"))
    n = 0
    for c in coded:
        for e in c.events:
            n += 1
            if limit is not None and n > limit:
                continue
            s_idx = e.sentence.index
            row = [
                str(n),
                e.source.actor.code,
                e.cameo,
                e.target.actor.code if e.target else "-",
                f"{e.goldstein:+.1f}",
                e.modality,
                e.date.isoformat() if e.date else "-",
                escape(e.trigger.text),
            ]
            if not compact:
                more = "…" if len(e.sentence.text) > 90 else ""
                row.append(escape(f"[{s_idx}] {e.sentence.text[:90]}{more}"))
            t.add_row(*row)
    if limit is not None and n > limit:
        t.caption = f"{n - limit} more events not shown"
    return t


def write_coded(coded: Sequence[CodedArticle], fmt: str, out: TextIO, console: Console | None = None) -> None:
    """Write coded articles to ``out`` in one of :data:`OUTPUT_FORMATS`."""
    fmt = check_format(fmt)
    if fmt == "json":
        json.dump([c.to_dict() for c in coded], out, ensure_ascii=False, indent=2, default=_default)
        out.write("\n")
    elif fmt == "jsonl":
        for c in coded:
            for e in c.events:
                out.write(json.dumps({"article_id": c.article.id, **e.to_dict()}, ensure_ascii=False,
                                     default=_default) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(CSV_COLUMNS), extrasaction="ignore")
        w.writeheader()
        for c in coded:
            for e in c.events:
                w.writerow(event_row(e))
        out.write(buf.getvalue())
    else:
        (console or Console(file=out)).print(events_table(coded))
