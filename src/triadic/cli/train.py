"""`triadic train`: fit the learned event classifier on the user's labelled sentences."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from triadic.cli._app import command, console, err_console
from triadic.config import load_settings
from triadic.errors import ConfigError
from triadic.events._kinds import KINDS
from triadic.events._schemes import DEFAULT_SCHEME, PENTA_SCHEMES
from triadic.events._transformer_setup import BACKENDS, TransformerOptions
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
    base = f", base model: {res.base_model}" if res.base_model else ""
    t = Table(title=f"triadic train ({r.kind}{base}, labels: {r.labels}, penta scheme: {r.penta_scheme})")
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
    on = f"refit on all {res.n_records}" if res.n_model == res.n_records else f"trained on {res.n_model}"
    console.print(f"model ({on} sentences) written to {res.out}", highlight=False)
    console.print(_usage(res.out), highlight=False, soft_wrap=True)


_DEFAULT_OUT = {"sklearn": Path("triadic-classifier.zip"), "transformer": Path("triadic-classifier")}
_DEFAULTS = TransformerOptions()
_T = "transformer backend"
# "\\[" keeps rich from reading "[learn]" as markup in --help.
_BACKEND_HELP = (f"{' | '.join(BACKENDS)}; transformer fine-tunes local weights and needs the learn extra: "
                 "pip install 'triadic\\[learn]'.")
_OUT_HELP = ("Where to write the model (default: triadic-classifier.zip; for the transformer backend a "
             "directory, triadic-classifier).")
_BASE_HELP = f"{_T}: local directory of the weights to fine-tune (never downloaded)."


@command("train")
def train(
    labelled: Annotated[Path, typer.Argument(help='JSONL: {"text": ..., and one of "cameo": "042" | '
                                             '"root": "04" | "penta": 1} per line.')],
    out: Annotated[Path | None, typer.Option("--out", "-o", help=_OUT_HELP)] = None,
    kind: Annotated[str | None, typer.Option("--kind", help=f"sklearn backend features: {' | '.join(KINDS)} "
                                             "(default: sklearn).")] = None,
    eval_split: Annotated[float, typer.Option("--eval-split", help="Share held out for evaluation "
                                              "(0 = none).")] = 0.2,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the held-out split.")] = 13,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | json.")] = "table",
    model: Annotated[str | None, typer.Option("--spacy-model", help="spaCy pipeline name or path.")] = None,
    scheme: Annotated[str, typer.Option("--penta-scheme", help=f"How CAMEO codes group into penta classes: "
                                        f"{' | '.join(PENTA_SCHEMES)}.")] = DEFAULT_SCHEME,
    backend: Annotated[str, typer.Option("--backend", help=_BACKEND_HELP)] = "sklearn",
    base_model: Annotated[Path | None, typer.Option("--base-model", help=_BASE_HELP)] = None,
    epochs: Annotated[int, typer.Option("--epochs", help=f"{_T}: passes over the data.")] = _DEFAULTS.epochs,
    batch_size: Annotated[int, typer.Option("--batch-size", help=f"{_T}: sentences per step.")] =
        _DEFAULTS.batch_size,
    learning_rate: Annotated[float, typer.Option("--learning-rate", help=f"{_T}: peak AdamW learning "
                                                 "rate.")] = _DEFAULTS.learning_rate,
    max_length: Annotated[int, typer.Option("--max-length", help=f"{_T}: word pieces kept per sentence.")] =
        _DEFAULTS.max_length,
    refit: Annotated[bool, typer.Option("--refit/--no-refit", help="After the held-out evaluation, train "
                                        "again on all data (--no-refit keeps the evaluated model).")] = True,
) -> None:
    """Train the learned event classifier on labelled sentences and report held-out macro-F1."""
    from triadic.events.classifier import train_file

    fmt = fmt.lower()
    if fmt not in ("table", "json"):
        raise ConfigError(f"unknown --format '{fmt}' for train; expected table or json", code="E066")
    backend = backend.strip().lower()
    if backend not in BACKENDS:
        raise ConfigError(f"unknown --backend '{backend}'; choose one of {', '.join(BACKENDS)}", code="E066")
    if backend == "transformer" and kind is not None:
        raise ConfigError("--kind chooses the sklearn backend's features; leave it out with --backend "
                          "transformer", code="E066")
    if backend == "sklearn" and base_model is not None:
        raise ConfigError("--base-model belongs to the transformer backend; add --backend transformer "
                          "(pip install 'triadic[learn]')", code="E066")
    target = out or _DEFAULT_OUT[backend]
    if backend == "transformer" and target.suffix.lower() == ".zip":
        raise ConfigError(f"the transformer backend writes a directory; give --out a directory name without "
                          f".zip, not '{target}'", code="E066")
    options = TransformerOptions(epochs=epochs, batch_size=batch_size, learning_rate=learning_rate,
                                 max_length=max_length)
    settings = load_settings(spacy_model=model)
    res = train_file(labelled, target, kind=kind or "sklearn", eval_split=eval_split, seed=seed,
                     spacy_model=settings.spacy_model, penta_scheme=scheme, backend=backend,
                     base_model=base_model, options=options, refit=refit,
                     progress=lambda line: err_console.print(line, highlight=False))
    if fmt == "json":
        console.print_json(json.dumps({**res.report.to_dict(), "out": str(res.out), "records": res.n_records,
                                       "model_trained_on": res.n_model, "base_model": res.base_model,
                                       "usage": _usage(res.out)}))
    else:
        _print_table(res)
