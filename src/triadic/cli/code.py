"""`triadic code` and `triadic demo`."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from triadic.cli._app import command, console, err_console, notice
from triadic.config import Settings, load_settings
from triadic.engines.local import CodeRun, code_inputs
from triadic.errors import ConfigError
from triadic.output import check_format, write_coded
from triadic.store import Store, default_store_path

__all__ = ["code", "demo", "parse_date_option"]

WorkersOpt = Annotated[int | None, typer.Option(
    "--workers", "-w", help="Processes coding in parallel; 0 = one per core. Default: 1, or the config's "
    "'workers'.")]
EngineOpt = Annotated[str, typer.Option("--engine", help="local | spark.")]
MasterOpt = Annotated[str | None, typer.Option(
    "--master", help="Spark master, e.g. local[2] [default: local[*], or the one spark-submit sets].")]
OutputOpt = Annotated[str | None, typer.Option(
    "--output", "-o", help="Parquet directory the spark engine writes (partitioned by year/month); load it "
    "with 'triadic load'.")]


def parse_date_option(value: str | None) -> datetime | None:
    """Parse ``--date YYYY-MM-DD``; a wrong form is a ConfigError naming the expected form."""
    if value is None:
        return None
    try:
        return datetime.strptime(value.strip(), "%Y-%m-%d")
    except ValueError:
        raise ConfigError(f"invalid --date '{value}'; expected YYYY-MM-DD, for example 2018-03-28",
                          code="E026") from None


class _SpeedColumn(ProgressColumn):
    """Articles per second, averaged over the last half minute."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("… articles/s" if speed is None else f"{speed:,.1f} articles/s", style="cyan")


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]coding"), BarColumn(), MofNCompleteColumn(), TextColumn("articles"), _SpeedColumn(),
        TimeElapsedColumn(), console=err_console, transient=True, disable=not err_console.is_terminal,
    )


def _report(run: CodeRun, store_path: str | None) -> None:
    for w in run.warnings:
        notice("warning", w)
    for s in run.skipped_inputs:
        notice("skipped", s)
    where = f" into {store_path}" if store_path else ""
    err_console.print(
        f"coded {run.articles} article(s), {run.events} event(s), {run.quotes} quote(s){where}: "
        f"{run.articles_new} new article(s), {run.articles_skipped} already stored, "
        f"{run.events_new} new event(s)",
        highlight=False,
    )


@command("code")
def code(
    paths: list[str] = typer.Argument(..., help="Files, directories (recursive) or '-' for stdin."),
    store: Path | None = typer.Option(None, "--store", "-s", help="DuckDB file [default: $TRIADIC_STORE or "
                                      "triadic.duckdb]."),
    fmt: str = typer.Option("table", "--format", "-f", help="json | jsonl | csv | table | none."),
    date: str | None = typer.Option(None, "--date", help="Publication date YYYY-MM-DD; overrides the "
                                    "article's own."),
    actors: list[Path] = typer.Option([], "--actors", help="Extra actor dictionary (YAML); repeatable."),
    patterns: list[Path] = typer.Option([], "--patterns", help="Extra event patterns (YAML); repeatable."),
    classifier: Path | None = typer.Option(None, "--classifier", help="Model from 'triadic train' (a .zip "
                                           "file, or a directory for the transformer backend)."),
    no_store: bool = typer.Option(False, "--no-store", help="Print only; write nothing."),
    model: str | None = typer.Option(None, "--spacy-model", help="spaCy pipeline name or path."),
    workers: WorkersOpt = None,
    engine: EngineOpt = "local",
    master: MasterOpt = None,
    output: OutputOpt = None,
) -> None:
    """Code news articles into who-did-what-to-whom events and store them."""
    eng = engine.strip().lower()
    if eng not in ("local", "spark"):
        raise ConfigError(f"unknown --engine '{engine}'; expected local or spark", code="E110")
    published = parse_date_option(date)
    settings = load_settings(store=store, actors=actors, patterns=patterns, classifier=classifier,
                             spacy_model=model, workers=workers or None)
    if eng == "spark":
        _code_spark(paths, output, master, settings, published)
        return
    if output is not None or master is not None:
        raise ConfigError("--output and --master belong to the spark engine; add --engine spark, or use "
                          "--store for the local engine", code="E110")
    out_fmt = "none" if fmt.lower() == "none" else check_format(fmt)
    store_path = None if no_store else (store or default_store_path())
    db = Store(store_path) if store_path is not None else None
    try:
        with _progress() as bar:
            task = bar.add_task("coding", total=None)
            run = code_inputs(paths, settings, published=published, store=db, keep=out_fmt != "none",
                              stdin=sys.stdin, progress=lambda n: bar.advance(task, n), workers=workers)
    finally:
        if db is not None:
            db.close()
    if out_fmt != "none":
        write_coded(run.coded, out_fmt, sys.stdout, console=console)
        sys.stdout.flush()
    _report(run, str(store_path) if store_path else None)


def _code_spark(paths: list[str], output: str | None, master: str | None, settings: Settings,
                published: datetime | None) -> None:
    from triadic.engines.spark import code_spark

    if output is None:
        raise ConfigError("the spark engine writes Parquet: pass --output DIR (then 'triadic load DIR "
                          "--store FILE')", code="E110")
    if len(paths) != 1 or paths[0] == "-":
        raise ConfigError("the spark engine reads one path (a file, directory or glob, local or on "
                          "HDFS/S3), not standard input", code="E110")
    res = code_spark(paths[0], output, settings, master=master, published=published)
    err_console.print(
        f"coded {res.articles} article(s) into {res.events} event(s) ({res.skipped} input(s) skipped) with "
        f"Spark {res.master} in {res.partitions} partition(s); wrote {res.output}; load it with "
        f"'triadic load {res.output} --store FILE'", highlight=False, soft_wrap=True,
    )


@command("demo")
def demo(
    store: Path = typer.Option(Path("triadic-demo.duckdb"), "--store", "-s",
                               help="Where to build the demo store (recreated)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json."),
) -> None:
    """Code the bundled 2018 Korea sample corpus into a fresh store and show events and triangles."""
    from triadic.demo import run_demo

    run_demo(store, fmt=check_format(fmt, ("table", "json")), console=console, err_console=err_console)
