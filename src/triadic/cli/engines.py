"""`triadic spark-dyads`: dyad-window aggregates of a Parquet event set, computed with Spark."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer

from triadic.cli._app import command, console, err_console
from triadic.output import check_format

__all__ = ["spark_dyads"]


@command("spark-dyads")
def spark_dyads(
    events: Annotated[str, typer.Argument(help="Canonical events as Parquet (e.g. from 'triadic code "
                                          "--engine spark --output DIR'); any path Spark can read.")],
    output: Annotated[str, typer.Option("--output", "-o", help="New Parquet directory for the dyad "
                                        "windows.")],
    window: Annotated[str, typer.Option("--window", help="all | day | week | month | quarter | "
                                        "year.")] = "month",
    directed: Annotated[bool, typer.Option("--directed", help="Keep source→target order (default: "
                                           "unordered pairs).")] = False,
    level: Annotated[str, typer.Option("--level", help="country | actor.")] = "country",
    modality: Annotated[str, typer.Option("--modality", help="Counted modalities, comma-separated.")]
    = "asserted",
    master: Annotated[str | None, typer.Option("--master", help="Spark master, e.g. local[2] "
                                               "[default: local[*], or the one spark-submit sets].")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | json (the run summary).")] = "table",
) -> None:
    """Count events, quad classes and Goldstein sums per window and dyad with Spark, written as Parquet."""
    from triadic.engines.spark import dyad_windows_spark

    out_fmt = check_format(fmt, ("table", "json"))
    mods = tuple(m.strip() for m in modality.split(",") if m.strip())
    res = dyad_windows_spark(events, output, window=window, directed=directed, level=level, modality=mods,
                             master=master)
    if out_fmt == "json":
        console.print_json(json.dumps(asdict(res)))
        return
    err_console.print(f"wrote {res.rows} dyad-window row(s) over {res.windows} {res.window} window(s) to "
                      f"{res.output}", highlight=False, soft_wrap=True)
