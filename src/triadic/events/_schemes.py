"""Groupings of CAMEO roots into penta classes, read from ``data/penta_schemes.yaml``."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

from triadic.errors import ConfigError

__all__ = ["PENTA_SCHEMES", "DEFAULT_SCHEME", "penta_map"]

PENTA_SCHEMES = ("phoenix", "cameo")
# ConfliBERT's labelled data, the reference for the penta targets, follows the Phoenix grouping.
DEFAULT_SCHEME = "phoenix"


@cache
def _schemes() -> dict[str, dict[str, int]]:
    raw = yaml.safe_load(resources.files("triadic.events").joinpath("data/penta_schemes.yaml")
                         .read_text("utf-8"))
    out: dict[str, dict[str, int]] = {}
    for name, classes in raw["schemes"].items():
        out[name] = {str(root): int(cls) for cls, roots in classes.items() for root in roots}
        if sorted(out[name]) != [f"{r:02d}" for r in range(1, 21)]:
            raise ConfigError(f"penta scheme '{name}' must place each root 01-20 exactly once", code="E069")
    return out


def penta_map(scheme: str) -> dict[str, int]:
    """Root ("01".."20") → penta class under ``scheme``."""
    schemes = _schemes()
    if scheme not in schemes:
        raise ConfigError(f"unknown penta scheme '{scheme}'; choose one of {', '.join(schemes)}", code="E069")
    return schemes[scheme]
