"""`triadic read` (article structure, no coding) and `triadic dates` (time expressions in a text)."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from triadic.cli._app import command, console, notice
from triadic.cli.code import parse_date_option
from triadic.ingest import ArticleLayout, Skipped, layout_of, read_articles, write_skipped
from triadic.output import check_format

__all__ = ["read", "dates"]

_CSV_COLS = ("id", "source", "title", "byline", "published", "dateline", "url", "paragraphs", "characters",
             "captions", "boilerplate")


@command("read")
def read(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or '-' for stdin.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | json | jsonl | csv.")] = "table",
    date_opt: Annotated[str | None, typer.Option(
        "--date", help="Publication date YYYY-MM-DD; overrides the article's own.")] = None,
    skipped_file: Annotated[Path | None, typer.Option(
        "--skipped", help="Write skipped inputs (bad JSONL lines, binary or empty files) to this JSONL file.",
    )] = None,
    text: Annotated[bool, typer.Option(
        "--text", help="Include the normalised body in json/jsonl/csv.")] = False,
) -> None:
    """Show the structure found in articles: title, byline, date, dateline, captions, boilerplate."""
    out = check_format(fmt, ("table", "json", "jsonl", "csv"))
    published = parse_date_option(date_opt)
    skipped: list[Skipped] = []
    found = read_articles(paths, stdin=sys.stdin, published=published, on_skip=skipped.append)
    layouts = [layout_of(a) for a in found]
    for s in skipped:
        notice("skipped", s)
    if skipped_file is not None:
        write_skipped(skipped, skipped_file)
    if out == "json":
        sys.stdout.write(json.dumps([lay.to_dict(with_text=text) for lay in layouts], ensure_ascii=False,
                                    indent=2) + "\n")
    elif out == "jsonl":
        for lay in layouts:
            sys.stdout.write(json.dumps(lay.to_dict(with_text=text), ensure_ascii=False) + "\n")
    elif out == "csv":
        _write_csv(layouts, text)
    else:
        table = Table("source", "title", "byline", "published", "dateline", "paras", "captions",
                      "boilerplate")
        for lay in layouts:
            table.add_row(lay.source or "", lay.title or "", lay.byline or "", lay.published or "",
                          lay.dateline or "", str(lay.paragraphs), str(len(lay.captions)),
                          str(len(lay.boilerplate)))
        console.print(table)


def _write_csv(layouts: list[ArticleLayout], text: bool) -> None:
    cols = [*_CSV_COLS, *(["text"] if text else [])]
    w = csv.writer(sys.stdout)
    w.writerow(cols)
    for lay in layouts:
        d = lay.to_dict(with_text=text)
        w.writerow([" | ".join(d[c]) if isinstance(d[c], list) else d[c] for c in cols])


@command("dates")
def dates(
    text: Annotated[str, typer.Argument(help="A sentence or text; '-' reads stdin.")],
    date_opt: Annotated[str, typer.Option("--date", help="Reference (publication) date YYYY-MM-DD.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | json.")] = "table",
) -> None:
    """Show the time expressions in a text and the dates they resolve to against --date."""
    from triadic.nlp import load_pipeline
    from triadic.nlp.timex import find_time_expressions

    out = check_format(fmt, ("table", "json"))
    ref = parse_date_option(date_opt)
    body = sys.stdin.read() if text == "-" else text
    exprs = find_time_expressions(load_pipeline()(body), ref.date() if ref else None)
    rows = [{"text": e.text, "start": e.start_char, "end": e.end_char, "date": e.date.isoformat(),
             "end_date": e.end_date.isoformat() if e.end_date else None, "precision": e.precision}
            for e in exprs]
    if out == "json":
        sys.stdout.write(json.dumps(rows) + "\n")
        return
    cols = ("text", "start", "end", "date", "end_date", "precision")
    table = Table(*cols)
    for r in rows:
        table.add_row(*("" if r[k] is None else str(r[k]) for k in cols))
    console.print(table)
