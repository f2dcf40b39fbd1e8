"""The Typer application and the error boundary shared by every command module."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from triadic import __version__
from triadic.errors import InputError, TriadicError

__all__ = ["app", "command", "console", "err_console", "error_boundary", "fail", "notice", "text_argument"]

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    name="triadic",
    help="Code who-did-what-to-whom events from news, store them, and name the strategic triangles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)


def notice(label: str, message: object) -> None:
    """Print one yellow ``label: message`` line to stderr (warnings, skipped inputs)."""
    err_console.print(f"[yellow]{label}:[/] {escape(str(message))}", highlight=False, soft_wrap=True)


def text_argument(source: str, error_code: str) -> str:
    """The text a command was given: '-' for stdin, a path to a UTF-8 file, or the text itself."""
    if source == "-":
        return sys.stdin.read()
    p = Path(source)
    try:
        is_file = "\n" not in source and len(source) < 1024 and p.is_file()
    except OSError:
        is_file = False  # not a usable path name ("File name too long"): it is the text itself
    if not is_file:
        return source
    try:
        return p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read '{p}' as UTF-8 text: {exc}", code=error_code) from exc


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one error line to stderr and return the Exit to raise."""
    # escape: messages quote user input and package names such as 'triadic[spark]'
    err_console.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def error_boundary(func: F) -> Callable[..., Any]:
    """Wrap a command so that TriadicErrors become one line and a non-zero exit, never a traceback."""

    @functools.wraps(func)
    def wrapper(*a: Any, **kw: Any) -> Any:
        try:
            return func(*a, **kw)
        except TriadicError as exc:
            raise fail(str(exc), exc.exit_code) from None
        except KeyboardInterrupt:
            raise fail("interrupted", 130) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0) from None

    return wrapper


def command(*args: Any, **kwargs: Any) -> Callable[[F], F]:
    """Register a CLI command on ``app`` behind :func:`error_boundary`."""

    def decorator(func: F) -> F:
        app.command(*args, **kwargs)(error_boundary(func))
        return func

    return decorator


def _version(value: bool) -> None:
    if value:
        console.print(f"triadic {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    """triadic: who is playing whom in world politics."""
