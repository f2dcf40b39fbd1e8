"""`triadic simulate` and `triadic scenario draft`: what-if bargaining from the command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.table import Table

from triadic.cli._app import app, command, console, error_boundary
from triadic.errors import ConfigError

__all__ = ["scenario_app"]

F = TypeVar("F", bound=Callable[..., Any])

scenario_app = typer.Typer(help="Draft and check bargaining scenarios.", no_args_is_help=True,
                           add_completion=False, pretty_exceptions_enable=False)
app.add_typer(scenario_app, name="scenario")


def _scenario_command(name: str) -> Callable[[F], F]:
    """Register on the ``scenario`` sub-app with the same error boundary as ``command``."""

    def decorator(func: F) -> F:
        scenario_app.command(name)(error_boundary(func))
        return func

    return decorator


def _fmt(values: Any) -> str:
    return ", ".join(f"{float(v):.3f}" for v in values)


def _print_table(res: Any) -> None:
    dims = ", ".join(res.dimensions)
    t = Table(title=f"{res.model} — {dims}")
    t.add_column("round", justify="right")
    t.add_column("mean")
    t.add_column("median")
    for r in res.rounds:
        t.add_row(str(r.round), _fmt(r.mean), _fmt(r.median))
    console.print(t)
    status = "converged" if res.converged else "did not converge"
    console.print(f"outcome: [bold]{_fmt(res.outcome)}[/] ({status})", highlight=False)
    unc = res.uncertainty
    if unc is None:
        return
    q = unc.quantiles()
    console.print(f"over {unc.runs} noisy runs (seed {unc.seed}): 5%..95% = "
                  f"[{_fmt(q['p05'])}] .. [{_fmt(q['p95'])}], median [{_fmt(q['p50'])}]", highlight=False)
    s = Table(title="sensitivity: whose inputs move the outcome most")
    s.add_column("actor")
    s.add_column("effect", justify="right")
    s.add_column("via position", justify="right")
    s.add_column("via salience", justify="right")
    for item in unc.sensitivity[:10]:
        s.add_row(item.actor, f"{item.effect:.4f}", f"{item.position_effect:.4f}",
                  f"{item.salience_effect:.4f}")
    console.print(s)


_SCENARIO = typer.Argument(..., help="Scenario YAML, or a KTAB CSV (.csv).")
_MODEL = typer.Option("bdm", "--model", "-m", help="mean | median | bdm | spatial")
_RUNS = typer.Option(0, "--runs", "-n", help="Noisy runs for an outcome distribution (0 = none).")
_SEED = typer.Option(None, "--seed", help="Noise seed (default: the scenario's parameters.noise.seed).")
_FORMAT = typer.Option("table", "--format", "-f", help="table | json")
_PLOT = typer.Option(None, "--plot", help="Write a plot (PNG, SVG or PDF) here.")
_STORE = typer.Option(..., "--store", help="DuckDB store to read events from.")
_ACTORS = typer.Option(..., "--actors", help="Comma-separated ISO-3 codes, e.g. PRK,CHN,USA.")
_DIMENSION = typer.Option(..., "--dimension", help="The issue, e.g. \"sanctions enforcement\".")
_OUT = typer.Option(None, "--out", "-o", help="Write the YAML here (default: stdout).")
_SINCE = typer.Option(None, "--since", help="Only events on or after YYYY-MM-DD.")
_UNTIL = typer.Option(None, "--until", help="Only events on or before YYYY-MM-DD.")


@command("simulate")
def simulate_cmd(
    scenario: Path = _SCENARIO,
    model: str = _MODEL,
    runs: int = _RUNS,
    seed: int | None = _SEED,
    fmt: str = _FORMAT,
    plot: Path | None = _PLOT,
) -> None:
    """Run a bargaining model on a scenario: rounds, outcome, and with --runs its distribution."""
    from triadic.simulate import MODELS, load_scenario, plot_result, run_scenario

    if fmt not in ("table", "json"):
        raise ConfigError(f"--format must be table or json, got '{fmt}'", code="E086")
    if model not in MODELS:
        raise ConfigError(f"--model must be one of {', '.join(MODELS)}, got '{model}'", code="E086")
    res = run_scenario(load_scenario(scenario), model=model, runs=runs, seed=seed)
    if plot is not None:
        plot_result(res, plot)
    if fmt == "json":
        typer.echo(json.dumps(res.to_dict(), ensure_ascii=False))
    else:
        _print_table(res)


@_scenario_command("draft")
def draft_cmd(
    store: Path = _STORE,
    actors: str = _ACTORS,
    dimension: str = _DIMENSION,
    out: Path | None = _OUT,
    since: str | None = _SINCE,
    until: str | None = _UNTIL,
) -> None:
    """Draft a scenario whose positions and saliences are suggested by observed relations."""
    from triadic.simulate import draft_scenario, draft_to_yaml

    def _day(v: str | None, flag: str) -> date | None:
        if v is None:
            return None
        try:
            return date.fromisoformat(v)
        except ValueError:
            raise ConfigError(f"{flag} must be a date YYYY-MM-DD, got '{v}'", code="E087") from None

    draft = draft_scenario(store, actors, dimension, _day(since, "--since"), _day(until, "--until"))
    text = draft_to_yaml(draft)
    if out is None:
        typer.echo(text, nl=False)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"--out: cannot write '{out}': {exc}", code="E087") from exc
    console.print(f"wrote draft scenario for {len(draft.evidence)} actors to {out}", highlight=False)


@_scenario_command("check")
def check_cmd(scenario: Path = _SCENARIO) -> None:
    """Validate a scenario (YAML or KTAB CSV) and summarise it; errors name the bad field's path."""
    from triadic.simulate import load_scenario

    sc = load_scenario(scenario)
    console.print(f"ok: {sc.name}: {len(sc.actors)} actors, {len(sc.dimensions)} dimension(s) "
                  f"({', '.join(sc.dimension_names)}), {len(sc.shocks)} shock(s)", highlight=False)
