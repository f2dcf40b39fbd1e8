"""The transformer backend at prediction time: a fine-tuned sequence classifier read from a local folder.

Imported only when a transformer model is trained or loaded (after ``require_learn``), so the default
install never imports torch. Loading always passes ``local_files_only=True``: nothing is downloaded.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
import transformers
from transformers import AutoModelForSequenceClassification, AutoTokenizer

from triadic.errors import ModelError
from triadic.events._estimator import Sample
from triadic.events._schemes import penta_map

__all__ = ["KIND", "TransformerModel", "load_transformer", "quiet", "library_versions"]

KIND = "transformer"
_PREDICT_BATCH = 32


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Silence transformers' load reports and progress bars for the duration, then restore them."""
    log = transformers.logging
    level = log.get_verbosity()
    bars = log.is_progress_bar_enabled()
    log.set_verbosity_error()
    log.disable_progress_bar()
    try:
        yield
    finally:
        log.set_verbosity(level)
        if bars:
            log.enable_progress_bar()


def library_versions() -> dict[str, str]:
    """The versions a model was trained with, kept in its header."""
    return {"torch": str(torch.__version__), "transformers": str(transformers.__version__)}


@dataclass
class TransformerModel:
    """A fine-tuned classifier over ``labels``: CAMEO roots ("01".."20") or penta classes ("0".."4").

    With root labels, penta probabilities are the root probabilities summed by ``penta_scheme``.
    """

    model: Any
    tokenizer: Any
    labels: list[str]
    penta_scheme: str
    max_length: int
    kind: str = KIND
    # The root probabilities already decide the penta class: no second vote to blend in.
    root_share: float = 0.0

    @property
    def by_root(self) -> bool:
        return len(self.labels[0]) == 2

    @property
    def penta_classes(self) -> list[int]:
        return list(range(5)) if self.by_root else [int(c) for c in self.labels]

    @property
    def root_classes(self) -> list[str] | None:
        return list(self.labels) if self.by_root else None

    def transform(self, samples: Sequence[Sample]) -> list[str]:
        return [s.text for s in samples]

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        """Raw class scores, computed in batches without gradients."""
        self.model.eval()
        rows: list[np.ndarray] = []
        with torch.inference_mode():
            for start in range(0, len(texts), _PREDICT_BATCH):
                enc = self.tokenizer(list(texts[start:start + _PREDICT_BATCH]), padding=True, truncation=True,
                                     max_length=self.max_length, return_tensors="pt")
                rows.append(self.model(**enc).logits.float().numpy())
        return np.vstack(rows) if rows else np.zeros((0, len(self.labels)), dtype=np.float32)

    def predict_proba(self, x: Sequence[str]) -> tuple[np.ndarray, np.ndarray | None]:
        z = self.logits(x)
        z = z - z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        if not self.by_root:
            return p, None
        scheme = penta_map(self.penta_scheme)
        penta = np.zeros((p.shape[0], 5), dtype=p.dtype)
        for j, root in enumerate(self.labels):
            penta[:, scheme[root]] += p[:, j]
        return penta, p

    def explain(self, row: Any, label: int, top: int = 3) -> tuple[str, ...]:
        # A fine-tuned transformer has no per-feature weights to name; its evidence stays empty.
        return ()

    def save(self, folder: Path) -> None:
        """Write weights, config and tokenizer with save_pretrained."""
        with quiet():
            self.model.save_pretrained(folder)
            self.tokenizer.save_pretrained(folder)


def load_transformer(folder: Path, penta_scheme: str, max_length: int) -> TransformerModel:
    """Load a fine-tuned model written by :meth:`TransformerModel.save`, from disk only."""
    try:
        with quiet():
            tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
            model = AutoModelForSequenceClassification.from_pretrained(folder, local_files_only=True)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"cannot load the transformer model in '{folder}': {exc}; retrain it with 'triadic "
                         f"train --backend transformer'", code="E063") from None
    id2label = model.config.id2label
    labels = [str(id2label[i]) for i in range(len(id2label))]
    model.eval()
    return TransformerModel(model=model, tokenizer=tokenizer, labels=labels, penta_scheme=penta_scheme,
                            max_length=max_length)
