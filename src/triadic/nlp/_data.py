"""The data files beside the nlp package (``triadic/nlp/data/*.yaml``), each read once."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

import yaml

__all__ = ["nlp_data", "nlp_words"]


@cache
def nlp_data(name: str) -> dict[str, Any]:
    """The mapping in ``data/<name>.yaml``; callers must not change it (it is shared)."""
    text = files("triadic.nlp").joinpath(f"data/{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text) or {}


@cache
def nlp_words(name: str, key: str) -> frozenset[str]:
    """The word list under ``key`` in ``data/<name>.yaml`` (empty when the key is absent)."""
    return frozenset(nlp_data(name).get(key) or [])
