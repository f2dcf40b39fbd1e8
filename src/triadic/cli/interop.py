"""`triadic import`, `triadic export`, `triadic load`: GDELT/ICEWS/POLECAT in, Parquet/CSV/JSONL/GDELT out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from triadic.cli._app import command, console, err_console
from triadic.config import load_settings
from triadic.errors import ImportFormatError
from triadic.output import check_format

__all__ = ["import_", "export", "load"]


def _store_path(store: Path | None) -> Path:
    return load_settings(store=store).store


StoreOpt = Annotated[Path | None, typer.Option("--store", "-s", help="DuckDB file (default: $TRIADIC_STORE "
                                                                  "or triadic.duckdb).")]


@command("import")
def import_(
    dataset: Annotated[str, typer.Argument(help="gdelt | icews | polecat.")],
    paths: Annotated[list[str], typer.Argument(help="Files, directories or globs; .gz and .zip are read.")],
    store: StoreOpt = None,
    keep_raw: Annotated[bool, typer.Option("--raw/--no-raw", help="Keep each original row in events.raw. "
                                           "Off by default: origin_file and origin_line always point to "
                                           "the row, and keeping it slows imports by about a "
                                           "third.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit non-zero if any row was "
                                         "quarantined.")] = False,
    encoding: Annotated[str, typer.Option("--encoding", help="The files' encoding, e.g. latin-1 or "
                                          "cp1252; rows that are not valid in it are "
                                          "quarantined.")] = "utf-8",
    chunk_mb: Annotated[int, typer.Option("--chunk-mb", min=1, max=1024, help="Megabytes read per batch: "
                                          "larger is faster, smaller uses less memory.")] = 16,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Summary as table | json.")] = "table",
) -> None:
    """Import GDELT, ICEWS or POLECAT files; bad rows go to the quarantine table with file, line, reason."""
    from triadic.ingest.importers import ImportOptions, import_files
    from triadic.store import Store

    out = check_format(fmt, ("table", "json"))
    path = _store_path(store)
    with Store(path) as db, Progress(
        TextColumn("[bold]importing[/] {task.description}"), BarColumn(), DownloadColumn(),
        TimeRemainingColumn(), console=err_console, transient=True, disable=not err_console.is_terminal,
    ) as bar:
        task = bar.add_task(dataset, total=None)

        def progress(done: int, total: int, label: str) -> None:
            bar.update(task, completed=done, total=total, description=Path(label.split(":")[0]).name)

        options = ImportOptions(keep_raw=keep_raw, chunk_bytes=chunk_mb << 20, encoding=encoding)
        summary = import_files(dataset.lower(), paths, db, options, progress)
    if out == "json":
        typer.echo(json.dumps(summary.to_dict(), indent=2))
    else:
        t = Table(header_style="bold", title=f"{dataset} → {summary.store}")
        for col in ("file", "version", "rows read", "imported", "duplicates", "quarantined"):
            t.add_column(col, justify="left" if col in ("file", "version") else "right", overflow="fold")
        for f in summary.files:
            t.add_row(Path(f.file).name, f.version or f"[red]rejected:[/] {f.rejected}", str(f.rows_read),
                      str(f.imported), str(f.duplicates), str(f.quarantined))
        t.add_row("[bold]total", "", str(summary.rows_read), str(summary.imported), str(summary.duplicates),
                  str(summary.quarantined))
        console.print(t)
        rate = summary.rows_read / summary.seconds if summary.seconds > 0 else 0.0
        console.print(f"{summary.seconds:.1f}s, {rate:,.0f} rows/s. Quarantined rows: "
                      "SELECT * FROM quarantine", highlight=False)
    if strict and summary.quarantined:
        raise ImportFormatError(f"{summary.quarantined} row(s) quarantined (--strict); see the quarantine "
                                f"table in {summary.store}", code="E105")


@command("export")
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="parquet | csv | jsonl | gdelt (GDELT 2.0 "
                                     "event rows).")],
    where: Annotated[list[str] | None, typer.Option(
        "--where", "-w", help="Filter key=value, repeatable; keys: dataset, source, target, actor, cameo, "
        "root, quad, plover, modality, from, to, id; alternatives with | (root=14|18).")] = None,
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", help="Destination. Parquet: a directory (partitioned by year/month) or a .parquet "
        "file. Others: a file, or standard output when omitted.")] = None,
    store: StoreOpt = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing file or write into a "
                                            "non-empty directory.")] = False,
) -> None:
    """Export stored events as Parquet, CSV, JSONL or GDELT 2.0 rows."""
    from triadic.store import Store
    from triadic.store.export import export_events

    with Store(_store_path(store), read_only=True) as db:
        res = export_events(db, fmt.lower().strip(), out, where or [], overwrite=overwrite)
    if res.out != "-":
        layout = " partitioned by year/month" if res.partitioned else ""
        err_console.print(f"exported {res.rows} event(s) as {res.format} to {res.out}{layout}",
                          highlight=False)


@command("load")
def load(
    path: Annotated[Path, typer.Argument(help="Parquet file, directory (year=/month= partitions) or glob.")],
    store: StoreOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Summary as table | json.")] = "table",
) -> None:
    """Load canonical events from Parquet written by 'triadic export' or the Spark engine."""
    from triadic.store import Store
    from triadic.store.export import load_parquet

    out = check_format(fmt, ("table", "json"))
    with Store(_store_path(store)) as db:
        res = load_parquet(path, db)
    data = {"files": res.files, "rows_read": res.rows_read, "imported": res.imported,
            "duplicates": res.duplicates, "quarantined": res.quarantined}
    if out == "json":
        typer.echo(json.dumps(data, indent=2))
    else:
        console.print(", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in data.items()), highlight=False)
