"""CLI: 'triadic patterns' lists and checks event patterns; 'triadic explain' codes one text, showing why."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from triadic.cli._app import command, console, text_argument
from triadic.errors import ConfigError, InputError

_FORMATS = ("table", "json", "jsonl", "csv")


def _check_format(fmt: str) -> None:
    if fmt not in _FORMATS:
        raise ConfigError(f"unknown --format '{fmt}'; use one of {', '.join(_FORMATS)}", code="E140")


def _emit(rows: list[dict[str, object]], fmt: str, title: str) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        if rows:
            w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
    else:
        table = Table(title=title)
        for k in rows[0] if rows else ["(none)"]:
            table.add_column(str(k))
        for r in rows:
            table.add_row(*("" if v is None else str(v) for v in r.values()))
        console.print(table)


@command("patterns")
def patterns_cmd(
    patterns: Annotated[
        list[Path] | None, typer.Option("--patterns", help="Extra pattern file (YAML); repeatable.")
    ] = None,
    code: Annotated[
        str | None,
        typer.Option("--code", help="Only codes starting with this (04, 163), or none: the no-event senses."),
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Only validate the files and print a summary.")
    ] = False,
    fmt: Annotated[str, typer.Option("--format", help="table, json, jsonl or csv.")] = "table",
) -> None:
    """List the event patterns (shipped plus yours), or --check your pattern files."""
    from triadic.config import load_settings
    from triadic.events import check_patterns, list_patterns

    _check_format(fmt)
    if code is not None and not (code.isdigit() or code == "none"):
        raise ConfigError(
            f"--code '{code}' is not a CAMEO code prefix; use digits such as 04 or 163, or none",
            code="E141",
        )
    settings = load_settings(patterns=patterns or [])
    if check:
        summary = check_patterns(list(settings.patterns))
        if fmt in ("json", "jsonl"):
            sys.stdout.write(json.dumps(summary.to_dict()) + "\n")
        else:
            console.print(
                f"ok: {summary.patterns} patterns for {summary.codes} CAMEO codes "
                f"({summary.codes_3_4_digit} three- or four-digit) from {len(summary.files)} files",
                highlight=False,
            )
        return
    rows: list[dict[str, object]] = [
        {
            "code": p.code,
            "kind": p.kind,
            "pattern": p.spec,
            "notarget": p.notarget,
            "reciprocal": p.reciprocal,
            "origin": p.origin,
        }
        for p in list_patterns(list(settings.patterns), code)
    ]
    _emit(rows, fmt, "event patterns")


@command("explain")
def explain_cmd(
    text: Annotated[str, typer.Argument(help="Text to code, a path to a text file, or '-' for stdin.")],
    on: Annotated[
        str | None, typer.Option("--date", help="Publication date YYYY-MM-DD for event dates.")
    ] = None,
    patterns: Annotated[
        list[Path] | None, typer.Option("--patterns", help="Extra pattern file (YAML); repeatable.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json, jsonl or csv.")] = "table",
) -> None:
    """Code one text and show each event with the words and the rule that made it."""
    from triadic.config import load_settings
    from triadic.events import explain_text

    _check_format(fmt)
    ref: date | None = None
    if on is not None:
        try:
            ref = date.fromisoformat(on)
        except ValueError:
            raise ConfigError(f"--date '{on}' is not a date; write YYYY-MM-DD", code="E142") from None
    body = _read(text)
    if not body.strip():
        raise InputError("nothing to code: the text is empty", code="E143")
    events, quotes = explain_text(body, load_settings(patterns=patterns or []), ref)
    if fmt == "json":
        sys.stdout.write(
            json.dumps(
                {"events": [e.to_dict() for e in events], "quotes": [q.to_dict() for q in quotes]},
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
        return
    if fmt == "jsonl":
        for e in events:
            sys.stdout.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
        return
    rows: list[dict[str, object]] = [
        {
            "source": e.source.actor.code,
            "cameo": e.cameo,
            "target": e.target.actor.code if e.target else None,
            "modality": e.modality,
            "date": e.date.isoformat() if e.date else None,
            "trigger": e.trigger.text,
            "rule": e.rule,
            "quote": e.attributed_to,
            "goldstein": e.goldstein,
        }
        for e in events
    ]
    _emit(rows, fmt, "events")


def _read(source: str) -> str:
    return text_argument(source, "E144")
