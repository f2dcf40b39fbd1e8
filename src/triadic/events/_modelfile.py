"""The classifier's file format: a zip holding a JSON header and the fitted estimators.

The header is read and checked before anything is unpickled, so a file from another program or
an incompatible triadic version is refused with a clear message instead of a pickle error.
Unpickling still runs code from the file: load only models you made or trust (docs/learning.md).
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import joblib

from triadic.errors import ModelError

__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "ModelHeader", "write_model_file", "read_model_file",
           "read_model_header"]

FORMAT_NAME = "triadic-event-classifier"
FORMAT_VERSION = 1
_HEADER = "header.json"
_PAYLOAD = "model.joblib"
# A fixed timestamp keeps the bytes of a rebuilt model identical (scripts/train_default.py).
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


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

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT_NAME, **{k: getattr(self, k) for k in self.__slots__}}


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


def read_model_header(path: Path) -> ModelHeader:
    """Read and validate the header only."""
    if not path.is_file():
        raise ModelError(f"model file '{path}' does not exist; train one with 'triadic train LABELLED.jsonl "
                         f"--out {path}'", code="E064")
    try:
        with zipfile.ZipFile(path) as zf:
            raw = json.loads(zf.read(_HEADER))
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelError(f"'{path}' is not a triadic classifier file (made by 'triadic train'): {exc}",
                         code="E061") from None
    except OSError as exc:
        raise ModelError(f"cannot read model file '{path}': {exc}", code="E061") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise ModelError(f"'{path}' is not a triadic classifier file (made by 'triadic train')", code="E061")
    version = raw.get("format_version")
    if version != FORMAT_VERSION:
        raise ModelError(f"model '{path}' has format version {version}, this triadic reads version "
                         f"{FORMAT_VERSION}; retrain it with 'triadic train'", code="E062")
    try:
        return ModelHeader(**{k: raw[k] for k in ModelHeader.__slots__})
    except (KeyError, TypeError) as exc:
        raise ModelError(f"model '{path}' has an incomplete header ({exc}); retrain it with 'triadic train'",
                         code="E061") from None


def read_model_file(path: Path) -> tuple[ModelHeader, Any]:
    """Validate the header, then unpickle the payload."""
    header = read_model_header(path)
    try:
        with zipfile.ZipFile(path) as zf, zf.open(_PAYLOAD) as fh:
            payload = joblib.load(io.BytesIO(fh.read()))
    except Exception as exc:  # noqa: BLE001 - unpickling can raise anything; report it as one error
        raise ModelError(f"cannot load model '{path}' (trained with scikit-learn {header.sklearn_version}): "
                         f"{type(exc).__name__}: {exc}; retrain it with 'triadic train'",
                         code="E063") from exc
    return header, payload
