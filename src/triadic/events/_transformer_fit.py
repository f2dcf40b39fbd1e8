"""Fine-tuning a local transformer as a sentence classifier (``triadic train --backend transformer``).

A plain PyTorch loop: AdamW with linear warm-up and decay, class-balanced cross-entropy (macro-F1 is
the score that matters, and user corpora are rarely balanced), dynamic padding per batch.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

from triadic.errors import ModelError
from triadic.events._transformer import TransformerModel, quiet
from triadic.events._transformer_setup import TransformerOptions

__all__ = ["FitStats", "fit_transformer"]


@dataclass(frozen=True, slots=True)
class FitStats:
    """What one fine-tuning run took."""

    seconds: float
    steps: int
    final_loss: float


def _load_base(base: Path, labels: Sequence[str]) -> tuple[Any, Any]:
    ids = {i: lab for i, lab in enumerate(labels)}
    try:
        with quiet():
            tokenizer = AutoTokenizer.from_pretrained(base, local_files_only=True)
            # ignore_mismatched_sizes: the base may already carry a classification head of another size
            # (a checkpoint fine-tuned elsewhere); that head is replaced by a fresh one.
            model = AutoModelForSequenceClassification.from_pretrained(
                base, local_files_only=True, num_labels=len(labels), id2label=ids,
                label2id={lab: i for i, lab in ids.items()}, ignore_mismatched_sizes=True)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"cannot load base model '{base}' as a sequence classifier: {exc}; give a folder "
                         f"written by save_pretrained with a model type transformers knows",
                         code="E164") from None
    model.config.problem_type = "single_label_classification"
    return model, tokenizer


def _class_weights(targets: Sequence[int], n: int) -> torch.Tensor:
    counts = np.bincount(np.asarray(targets), minlength=n).astype(np.float64)
    weights = np.where(counts > 0, len(targets) / (n * np.maximum(counts, 1.0)), 0.0)
    return torch.tensor(weights, dtype=torch.float32)


def _schedule(step: int, total: int, warm: int) -> float:
    if step < warm:
        return (step + 1) / warm
    return max(0.0, (total - step) / max(1, total - warm))


def fit_transformer(
    base: Path,
    texts: Sequence[str],
    targets: Sequence[int],
    labels: Sequence[str],
    *,
    penta_scheme: str,
    options: TransformerOptions,
    seed: int,
    progress: Callable[[str], None] | None = None,
) -> tuple[TransformerModel, FitStats]:
    """Fine-tune the model in ``base`` on ``texts`` with class indices ``targets`` into ``labels``.

    Args:
        progress: called with one line per epoch (loss and time), for the CLI to show.
    """
    if options.threads:
        torch.set_num_threads(options.threads)
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    model, tokenizer = _load_base(base, labels)
    enc = tokenizer(list(texts), truncation=True, max_length=options.max_length)
    # Every field the tokenizer gives (ids, attention mask, token types), padded per batch below.
    fields: dict[str, list[list[int]]] = {k: list(v) for k, v in enc.items()}
    ids = fields["input_ids"]
    y = torch.tensor(list(targets), dtype=torch.long)
    loss_fn = torch.nn.CrossEntropyLoss(weight=_class_weights(targets, len(labels)))
    decay = [p for n, p in model.named_parameters() if p.ndim > 1]
    rest = [p for n, p in model.named_parameters() if p.ndim <= 1]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": options.weight_decay},
                             {"params": rest, "weight_decay": 0.0}], lr=options.learning_rate)
    per_epoch = -(-len(ids) // options.batch_size)
    total = per_epoch * options.epochs
    warm = max(1, int(options.warmup * total))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: _schedule(s, total, warm))
    model.train()
    t0 = time.perf_counter()
    step = 0
    last = float("nan")
    for epoch in range(options.epochs):
        order = rng.permutation(len(ids))
        losses: list[float] = []
        for start in range(0, len(order), options.batch_size):
            batch = order[start:start + options.batch_size]
            chunk = {k: [v[i] for i in batch] for k, v in fields.items()}
            padded = tokenizer.pad(chunk, return_tensors="pt")
            logits = model(**padded).logits
            loss = loss_fn(logits, y[torch.as_tensor(batch)])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            losses.append(float(loss.detach()))
        last = float(np.mean(losses))
        if progress is not None:
            progress(f"epoch {epoch + 1}/{options.epochs}: loss {last:.4f}, {time.perf_counter() - t0:.0f} s")
    model.eval()
    fitted = TransformerModel(model=model, tokenizer=tokenizer, labels=list(labels),
                              penta_scheme=penta_scheme, max_length=options.max_length)
    return fitted, FitStats(seconds=time.perf_counter() - t0, steps=step, final_loss=last)
