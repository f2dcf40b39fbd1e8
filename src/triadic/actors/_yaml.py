"""YAML reading for dictionaries: line numbers kept on every mapping, and YAML 1.2 booleans only."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from triadic.errors import DictionaryError

__all__ = ["LINE_KEY", "read_yaml", "read_yaml_cached", "line_of", "word_set"]

# Stored inside each loaded mapping so that validation errors can name the line of the bad entry.
LINE_KEY = "__line__"


# The C parser is several times faster on the large shipped files; fall back when libyaml is absent.
_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_Base):
    """Safe loader that records the line of each mapping and reads only true/false as booleans."""


# YAML 1.1 turns NO (Norway's ISO code) and ON into booleans; dictionaries need them as strings.
_LineLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _construct_mapping(loader: Any, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


@cache
def _read_cached(path: Path, mtime: float) -> Any:
    return read_yaml(path)


def read_yaml_cached(path: Path) -> Any:
    """Like :func:`read_yaml` but parsed once per file version; callers must not modify the result."""
    return _read_cached(path, path.stat().st_mtime)


def read_yaml(path: Path, text: str | None = None) -> Any:
    """Parse a dictionary file; malformed YAML becomes a DictionaryError naming file and line."""
    try:
        body = text if text is not None else path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(f"{path}: cannot read actor dictionary: {exc}", code="E031") from exc
    try:
        return yaml.load(body, Loader=_LineLoader)  # noqa: S506 - our loader derives from SafeLoader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise DictionaryError(
            f"{path}{line}: malformed YAML ({problem}); fix the syntax at that line", code="E031"
        ) from exc


def line_of(entry: Any) -> int | None:
    """The line a loaded mapping started on, if known."""
    return entry.get(LINE_KEY) if isinstance(entry, dict) else None


def word_set(data: Any, key: str) -> frozenset[str]:
    """The lower-cased word list under ``key`` of a loaded mapping (empty when absent)."""
    return frozenset(str(v).lower() for v in (data or {}).get(key) or ())
