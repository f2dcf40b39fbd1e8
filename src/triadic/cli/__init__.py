"""Command-line interface. Each command module registers thin wrappers around library functions."""

from __future__ import annotations

from triadic.cli._app import app

# Importing the command modules registers their commands on ``app``. Typer lists commands in the order
# they were registered, so this order is the order of `triadic --help`: keep it, do not sort it.
# isort: off
from triadic.cli import code as _code  # noqa: F401,E402
from triadic.cli import actors as _actors  # noqa: F401,E402
from triadic.cli import analysis as _analysis  # noqa: F401,E402
from triadic.cli import simulate as _simulate  # noqa: F401,E402
from triadic.cli import train as _train  # noqa: F401,E402
from triadic.cli import evaluate as _evaluate  # noqa: F401,E402
from triadic.cli import interop as _interop  # noqa: F401,E402
from triadic.cli import serve as _serve  # noqa: F401,E402
from triadic.cli import ingest as _ingest  # noqa: F401,E402
from triadic.cli import events as _events  # noqa: F401,E402
from triadic.cli import engines as _engines  # noqa: F401,E402
# isort: on

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point."""
    app()
