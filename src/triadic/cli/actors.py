"""CLI: 'triadic actors' resolves the actors in a text; 'triadic actors-check' validates dictionaries."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from triadic.cli._app import command, console, text_argument
from triadic.errors import ConfigError

_FORMATS = ("table", "json", "jsonl", "csv")


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--date '{value}' is not a date; write YYYY-MM-DD", code="E037") from None


def _read_text(source: str) -> str:
    return text_argument(source, "E038")


@command("actors")
def actors_cmd(
    text: Annotated[str, typer.Argument(help="Text to resolve, a path to a text file, or '-' for stdin.")],
    on: Annotated[str | None, typer.Option(
        "--date", help="Reference date YYYY-MM-DD (who held office).")] = None,
    actors: Annotated[list[Path] | None, typer.Option(
        "--actors", help="Extra actor dictionary (YAML); repeatable.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json, jsonl or csv.")] = "table",
    dateline: Annotated[str | None, typer.Option(
        "--dateline", help="The article's dateline, e.g. 'KABUL, Afghanistan (AP)': the country of bare "
                           "'police' or 'the government' when the text names none.")] = None,
) -> None:
    """Show every actor mention in a text: country, capital, leader, organisation, role, person."""
    from triadic.actors import resolve_text
    from triadic.config import load_settings
    from triadic.nlp import load_pipeline

    if fmt not in _FORMATS:
        raise ConfigError(f"unknown --format '{fmt}'; use one of {', '.join(_FORMATS)}", code="E037")
    settings = load_settings(actors=actors or [])
    index = resolve_text(_read_text(text), load_pipeline(settings.spacy_model), ref_date=_parse_date(on),
                         user_files=list(settings.actors), dateline=dateline)
    rows = [m.to_dict() for m in index.mentions]
    if fmt == "json":
        console.print_json(json.dumps(rows, ensure_ascii=False))
    elif fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["text"])
        w.writeheader()
        for r in rows:
            w.writerow({**r, "members": " ".join(r["members"])})
    else:
        table = Table("text", "code", "name", "kind", "via", "antecedent")
        for r in rows:
            table.add_row(r["text"], r["code"], r["name"], r["kind"], r["via"], r["antecedent"] or "")
        console.print(table)


@command("actors-check")
def actors_check_cmd(
    files: Annotated[list[Path] | None, typer.Argument(
        help="User actor dictionaries (YAML) to validate.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """Validate actor dictionaries: the shipped ones plus yours. Errors name the file and line."""
    from triadic.actors import check_dictionaries

    if fmt not in ("table", "json"):
        raise ConfigError(f"unknown --format '{fmt}'; use table or json", code="E037")
    summary = check_dictionaries(list(files or []))
    if fmt == "json":
        console.print_json(json.dumps(asdict(summary)))
        return
    console.print(f"[green]ok[/]: {summary.terms} terms, {summary.countries} countries, {summary.leaders} "
                  f"leaders, {summary.ambiguous} ambiguous terms, {summary.roles} role nouns "
                  f"from {len(summary.files)} files")
