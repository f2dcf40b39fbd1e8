"""`triadic train`: fit the learned event classifier on the user's labelled sentences."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from triadic.cli._app import command, console
from triadic.config import load_settings
from triadic.errors import ConfigError
from triadic.events._kinds import KINDS
from triadic.events._schemes import DEFAULT_SCHEME, PENTA_SCHEMES
from triadic.events.codebook import PENTA_LABELS

if TYPE_CHECKING:
    from triadic.events.classifier import TrainResult

__all__ = ["train"]


def _usage(out: Path) -> str:
    return (f"use it with: triadic code --classifier {out} ...  |  export TRIADIC_CLASSIFIER={out}  |  "
            f"'classifier: {out}' in triadic.yaml")


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _print_table(res: TrainResult) -> None:
    r = res.report
    t = Table(title=f"triadic train ({r.kind}, labels: {r.labels}, penta scheme: {r.penta_scheme})")
    t.add_column("penta class")
    t.add_column("sentences", justify="right")
    t.add_column("held-out F1", justify="right")
    for c, name in PENTA_LABELS.items():
        t.add_row(f"{c} {name}", str(r.class_counts.get(c, 0)), _fmt(r.per_class_f1.get(c)))
    console.print(t)
    if r.n_test:
        console.print(f"held out {r.n_test} of {res.n_records}: penta macro-F1 {_fmt(r.macro_f1)}, accuracy "
                      f"{_fmt(r.accuracy)}" + (f", root accuracy {_fmt(r.root_accuracy)}"
                                               if r.root_accuracy is not None else ""), highlight=False)
    else:
        console.print("no held-out evaluation (--eval-split 0)", highlight=False)
    console.print(f"model (refit on all {res.n_records} sentences) written to {res.out}", highlight=False)
    console.print(_usage(res.out), highlight=False, soft_wrap=True)


@command("train")
def train(
    labelled: Annotated[Path, typer.Argument(help='JSONL: {"text": ..., and one of "cameo": "042" | '
                                             '"root": "04" | "penta": 1} per line.')],
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the model.")] = Path(
        "triadic-classifier.zip"),
    kind: Annotated[str, typer.Option("--kind", help=f"Model kind: {' | '.join(KINDS)}.")] = "sklearn",
    eval_split: Annotated[float, typer.Option("--eval-split", help="Share held out for evaluation "
                                              "(0 = none).")] = 0.2,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the held-out split.")] = 13,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | json.")] = "table",
    model: Annotated[str | None, typer.Option("--spacy-model", help="spaCy pipeline name or path.")] = None,
    scheme: Annotated[str, typer.Option("--penta-scheme", help=f"How CAMEO codes group into penta classes: "
                                        f"{' | '.join(PENTA_SCHEMES)}.")] = DEFAULT_SCHEME,
) -> None:
    """Train the learned event classifier on labelled sentences and report held-out macro-F1."""
    from triadic.events.classifier import train_file

    fmt = fmt.lower()
    if fmt not in ("table", "json"):
        raise ConfigError(f"unknown --format '{fmt}' for train; expected table or json", code="E066")
    settings = load_settings(spacy_model=model)
    res = train_file(labelled, out, kind=kind, eval_split=eval_split, seed=seed,
                     spacy_model=settings.spacy_model, penta_scheme=scheme)
    if fmt == "json":
        console.print_json(json.dumps({**res.report.to_dict(), "out": str(res.out), "records": res.n_records,
                                       "usage": _usage(res.out)}))
    else:
        _print_table(res)
