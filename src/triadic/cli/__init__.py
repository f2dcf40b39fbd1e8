"""Command-line interface. Each command module registers thin wrappers around library functions."""

from __future__ import annotations

from triadic.cli._app import app

# Importing the command modules registers their commands on ``app``.
from triadic.cli import code as _code  # noqa: F401,E402

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point."""
    app()
