"""The classifier's file formats: a zip holding a JSON header and the fitted estimators, or (for the
transformer backend) a directory holding the same header beside the fine-tuned weights.

The header is read and checked before anything is unpickled, so a file from another program or
an incompatible triadic version is refused with a clear message instead of a pickle error.
Unpickling still runs code from the file: load only models you made or trust (docs/learning.md).
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import joblib

from triadic.errors import ModelError

__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "ModelHeader", "write_model_file", "read_model_file",
           "read_model_header", "write_model_dir", "MODEL_SUBDIR"]

FORMAT_NAME = "triadic-event-classifier"
FORMAT_VERSION = 1
_HEADER = "header.json"
_PAYLOAD = "model.joblib"
# Inside a model directory: the backend's own files (config, weights, tokenizer) live in this folder.
MODEL_SUBDIR = "model"
# A fixed timestamp keeps the bytes of a rebuilt model identical (scripts/train_default.py).
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)
# Header fields that older model files do not have.
_OPTIONAL = ("base_model", "training")


@dataclass(frozen=True, slots=True)
class ModelHeader:
    """What a model file says about itself, readable without unpickling."""

    format_version: int
    kind: str
    spacy_model: str | None
    sklearn_version: str
    triadic_version: str
    labels: str
    penta_scheme: str
    n_train: int
    trained_on: str
    metrics: dict[str, float]
    # Only the transformer backend fills these; left empty they are not written, so the bytes of
    # scikit-learn model files stay what they were.
    base_model: str | None = None
    training: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT_NAME, **{k: getattr(self, k) for k in self.__slots__
                                          if k not in _OPTIONAL or getattr(self, k)}}


def write_model_file(path: Path, header: ModelHeader, payload: object) -> None:
    """Write header and payload atomically enough for one user: to a temp name, then rename."""
    buf = io.BytesIO()
    joblib.dump(payload, buf, compress=3)
    tmp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as zf:
            for name, data in ((_HEADER, json.dumps(header.to_json(), indent=1, sort_keys=True).encode()),
                               (_PAYLOAD, buf.getvalue())):
                zf.writestr(zipfile.ZipInfo(name, date_time=_ZIP_TIME), data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ModelError(f"cannot write model file '{path}': {exc}", code="E068") from exc


def write_model_dir(path: Path, header: ModelHeader, save_payload: Callable[[Path], None]) -> None:
    """Write a model directory: ``header.json`` plus the backend's files, saved by ``save_payload(folder)``.

    The directory is built under a temporary name and renamed at the end. An existing directory is
    replaced only when it is itself a triadic model directory: never a user's folder (or the base
    model the weights came from).
    """
    if path.exists() and not (path.is_dir() and (path / _HEADER).is_file()):
        what = "a file" if not path.is_dir() else "a directory that is not a triadic model"
        raise ModelError(f"cannot write the model to '{path}': it is {what}; give --out a new directory name",
                         code="E068")
    tmp = path.with_name(path.name + ".tmp")
    old = path.with_name(path.name + ".old")
    try:
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        save_payload(tmp / MODEL_SUBDIR)
        (tmp / _HEADER).write_text(json.dumps(header.to_json(), indent=1, sort_keys=True), encoding="utf-8")
        if path.exists():
            shutil.rmtree(old, ignore_errors=True)
            path.rename(old)
        tmp.rename(path)
        shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ModelError(f"cannot write model directory '{path}': {exc}", code="E068") from exc


def _read_raw_header(path: Path) -> object:
    if path.is_dir():
        try:
            return json.loads((path / _HEADER).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ModelError(f"'{path}' is a directory without {_HEADER}: not a triadic model directory "
                             f"(made by 'triadic train --backend transformer')", code="E061") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ModelError(f"'{path / _HEADER}' is not a triadic model header: {exc}",
                             code="E061") from None
        except OSError as exc:
            raise ModelError(f"cannot read model directory '{path}': {exc}", code="E061") from exc
    try:
        with zipfile.ZipFile(path) as zf:
            return json.loads(zf.read(_HEADER))
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelError(f"'{path}' is not a triadic classifier file (made by 'triadic train'): {exc}",
                         code="E061") from None
    except OSError as exc:
        raise ModelError(f"cannot read model file '{path}': {exc}", code="E061") from exc


def read_model_header(path: Path) -> ModelHeader:
    """Read and validate the header only, of a model file or a model directory."""
    if not path.exists():
        raise ModelError(f"model file '{path}' does not exist; train one with 'triadic train LABELLED.jsonl "
                         f"--out {path}'", code="E064")
    raw = _read_raw_header(path)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise ModelError(f"'{path}' is not a triadic classifier file (made by 'triadic train')", code="E061")
    version = raw.get("format_version")
    if version != FORMAT_VERSION:
        raise ModelError(f"model '{path}' has format version {version}, this triadic reads version "
                         f"{FORMAT_VERSION}; retrain it with 'triadic train'", code="E062")
    try:
        return ModelHeader(**{k: raw[k] for k in ModelHeader.__slots__ if k not in _OPTIONAL},
                           **{k: raw[k] for k in _OPTIONAL if raw.get(k) is not None})
    except (KeyError, TypeError) as exc:
        raise ModelError(f"model '{path}' has an incomplete header ({exc}); retrain it with 'triadic train'",
                         code="E061") from None


def read_model_file(path: Path) -> tuple[ModelHeader, Any]:
    """Validate the header, then unpickle the payload (of a zip file; directories load by backend)."""
    header = read_model_header(path)
    if path.is_dir():
        raise ModelError(f"'{path}' is a model directory of kind '{header.kind}', not a scikit-learn model "
                         f"file; load it with EventClassifier.load", code="E061")
    try:
        with zipfile.ZipFile(path) as zf, zf.open(_PAYLOAD) as fh:
            payload = joblib.load(io.BytesIO(fh.read()))
    except Exception as exc:  # noqa: BLE001 - unpickling can raise anything; report it as one error
        raise ModelError(f"cannot load model '{path}' (trained with scikit-learn {header.sklearn_version}): "
                         f"{type(exc).__name__}: {exc}; retrain it with 'triadic train'",
                         code="E063") from exc
    return header, payload
