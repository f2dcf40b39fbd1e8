"""The transformer backend's options and checks, importable without torch.

Everything here runs before torch or transformers are imported: the CLI checks that the ``learn``
extra is installed and that the base model is a local directory, and only then loads the heavy code
in ``_transformer.py``. Nothing in triadic downloads weights.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import asdict, dataclass
from pathlib import Path

from triadic.errors import DependencyError, ModelError

__all__ = ["BACKENDS", "INSTALL_HINT", "TransformerOptions", "require_learn", "check_base_model"]

# sklearn: the light default (``--kind`` picks its features); transformer: fine-tunes local weights.
BACKENDS = ("sklearn", "transformer")
INSTALL_HINT = "pip install 'triadic[learn]'"
_CONFIG = "config.json"
_WEIGHTS = ("model.safetensors", "pytorch_model.bin", "model.safetensors.index.json",
            "pytorch_model.bin.index.json")
_TOKENIZER = ("tokenizer.json", "vocab.txt", "vocab.json", "spiece.model", "sentencepiece.bpe.model")


@dataclass(frozen=True, slots=True)
class TransformerOptions:
    """How to fine-tune; the defaults suit a BERT-base model on a few thousand sentences.

    Args:
        epochs: passes over the training data.
        batch_size: sentences per optimisation step.
        learning_rate: peak AdamW learning rate (linear warm-up over ``warmup`` of the steps, then decay).
        max_length: sentences are cut to this many word pieces.
        threads: torch CPU threads; None keeps torch's default.
    """

    epochs: int = 3
    batch_size: int = 16
    learning_rate: float = 5e-5
    max_length: int = 128
    warmup: float = 0.1
    weight_decay: float = 0.01
    threads: int | None = None

    def check(self) -> None:
        """Refuse values that cannot train (ConfigError E066 comes from the caller's option names)."""
        from triadic.errors import ConfigError

        bad = [(name, value) for name, value, ok in (
            ("--epochs", self.epochs, self.epochs >= 1),
            ("--batch-size", self.batch_size, self.batch_size >= 1),
            ("--learning-rate", self.learning_rate, 0.0 < self.learning_rate < 1.0),
            ("--max-length", self.max_length, 8 <= self.max_length <= 4096),
        ) if not ok]
        if bad:
            name, value = bad[0]
            raise ConfigError(f"invalid {name} {value}; epochs and batch size must be at least 1, the "
                              f"learning rate between 0 and 1, the maximum length 8-4096 word pieces",
                              code="E066")

    def to_dict(self) -> dict[str, object]:
        return {k: v for k, v in asdict(self).items() if v is not None}


def require_learn() -> None:
    """Import torch and transformers, or raise DependencyError E163 saying how to install them."""
    missing: list[str] = []
    for name in ("torch", "transformers"):
        try:
            # transformers is imported only once torch is there: without it, it half-loads.
            if not missing:
                importlib.import_module(name)
            elif importlib.util.find_spec(name) is None:
                missing.append(name)
        except (ImportError, ValueError):
            missing.append(name)
    if missing:
        raise DependencyError(f"the transformer backend needs {' and '.join(missing)}, which "
                              f"{'is' if len(missing) == 1 else 'are'} not installed; install the learn "
                              f"extra: {INSTALL_HINT}", code="E163")


def check_base_model(path: str | Path | None) -> Path:
    """The base model's directory, checked to hold a config, weights and a tokenizer; ModelError E164 if not.

    Only a local directory is accepted: a hub name such as ``bert-base-uncased`` is refused rather
    than downloaded. A triadic transformer model directory stands for the weights inside it.
    """
    if path is None or not str(path).strip():
        raise ModelError("the transformer backend needs --base-model DIR: a local directory with "
                         "transformer weights (for example a copy of ConfliBERT or MiniLM)", code="E164")
    p = Path(path).expanduser()
    if not p.is_dir():
        hint = "it does not exist" if not p.exists() else "it is a file"
        raise ModelError(f"base model '{path}' is not a local directory ({hint}); triadic never downloads "
                         f"weights: copy the model to disk (the folder with {_CONFIG} and the weights) and "
                         f"give its path", code="E164")
    if not (p / _CONFIG).is_file() and (p / "header.json").is_file() and (p / "model" / _CONFIG).is_file():
        p = p / "model"  # a model written by 'triadic train --backend transformer': fine-tune it further
    if not (p / _CONFIG).is_file():
        raise ModelError(f"base model directory '{p}' has no {_CONFIG}; give the folder that holds the "
                         f"transformer's {_CONFIG}, weights and tokenizer (as written by save_pretrained)",
                         code="E164")
    if not any((p / w).is_file() for w in _WEIGHTS):
        raise ModelError(f"base model directory '{p}' has no weights ({' or '.join(_WEIGHTS[:2])}); copy the "
                         f"complete model folder", code="E164")
    if not any((p / t).is_file() for t in _TOKENIZER):
        raise ModelError(f"base model directory '{p}' has no tokenizer files ({', '.join(_TOKENIZER[:3])}); "
                         f"copy the complete model folder, tokenizer included", code="E164")
    return p.resolve()
