"""``triadic serve``: the read-only dashboard."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from triadic.cli._app import command, console
from triadic.store import default_store_path


@command("serve")
def serve_cmd(
    store: Annotated[
        Path | None,
        typer.Option("--store", help="DuckDB store to show (default: $TRIADIC_STORE or triadic.duckdb)."),
    ] = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on; loopback by default.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on; 0 picks a free one.")] = 8000,
    scenarios: Annotated[
        Path | None,
        typer.Option("--scenarios", help="Extra folder of scenario files for the simulation page."),
    ] = None,
) -> None:
    """Serve the dashboard for a store, read-only, and print its URL."""
    from triadic.web import serve

    def announce(line: str) -> None:
        console.print(line, highlight=False, soft_wrap=True)
        console.file.flush()  # the URL must show at once even when stdout is a pipe

    serve(store or default_store_path(), host=host, port=port, scenarios=scenarios, announce=announce)
