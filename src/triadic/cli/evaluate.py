"""`triadic evaluate`: score triadic against gold files."""

from __future__ import annotations

import csv
import io
import json
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from triadic.cli._app import command, console, err_console, notice
from triadic.config import load_settings
from triadic.output import check_format

__all__ = ["evaluate_cmd"]


@command("evaluate")
def evaluate_cmd(
    gold: Annotated[list[str], typer.Argument(help="Gold files: PETRARCH XML, PLOVER JSON, ConfliBERT "
                                              "class TSV or BIO, triadic JSONL.")],
    gold_format: Annotated[str, typer.Option("--gold-format", "-g", help="auto | petrarch-xml | plover-json "
                                             "| conflibert-class | conflibert-ner | jsonl.")] = "auto",
    errors: Annotated[str | None, typer.Option("--errors", help="Write each missed, false and mismatched "
                                               "event (or class, span) with its sentence to this JSONL "
                                               "file.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f",
                                     help="table | json | csv (metric,value rows).")] = "table",
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="Score only the first N records of "
                                              "each file.")] = None,
    fallback: Annotated[str, typer.Option("--fallback", help="Class given to sentences where nothing "
                                          "was coded, in the fallback scores: majority | none | "
                                          "classifier.")] = "majority",
    strict: Annotated[bool, typer.Option("--strict", help="Make unknown gold labels an error instead of "
                                         "skipping and reporting them.")] = False,
    spans: Annotated[str, typer.Option("--spans", help="Spans scored against actor-span gold: main (events "
                                       "at each sentence's main trigger, else its argument phrases) | "
                                       "events | arguments.")] = "main",
    modality: Annotated[str | None, typer.Option("--modality", help="Score only coded events of these "
                                                 "modalities, comma-separated, e.g. asserted,planned,"
                                                 "hypothetical (CAMEO gold codes no negated events). "
                                                 "Default: all.")] = None,
) -> None:
    """Score triadic against gold standards: event P/R/F1, actors, penta/quad classes, PLOVER, spans."""
    from triadic.evaluate import evaluate, flat_rows, render_table

    out = check_format(fmt, ("table", "json", "csv"))
    settings = load_settings()
    with Progress(TextColumn("[bold]evaluating"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err_console, transient=True, disable=not err_console.is_terminal) as bar:
        task = bar.add_task("coding", total=None)
        report = evaluate(gold, gold_format, settings=settings, limit=limit, errors=errors, fallback=fallback,
                          strict=strict, progress=lambda done, total: bar.update(task, completed=done,
                                                                                 total=total),
                          span_rule=spans,  # type: ignore[arg-type]
                          modality=None if modality is None else modality.split(","))
    for s in report.skipped:
        notice("skipped", s)
    if errors:
        err_console.print(f"wrote {report.errors_written} error row(s) to {errors}", highlight=False)
    if out == "json":
        typer.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    elif out == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(("metric", "value"))
        writer.writerows(flat_rows(report))
        typer.echo(buf.getvalue(), nl=False)
    else:
        console.print(render_table(report))
