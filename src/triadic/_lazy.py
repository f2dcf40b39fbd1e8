"""Lazy package exports: a package names its public API up front and imports each part on first use.

Importing a package such as ``triadic.analysis`` then costs nothing until one of its names is used, so the
CLI can start (and ``triadic --help`` answer) without loading scipy, spaCy, scikit-learn or matplotlib.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(
    package: str, exports: Mapping[str, Sequence[str]]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A module ``__getattr__`` and ``__dir__`` (PEP 562) serving ``exports`` lazily.

    Args:
        package: the package's ``__name__``.
        exports: relative submodule (``"._coder"``) → the names the package re-exports from it.
    """
    where = {name: module for module, names in exports.items() for name in names}

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        # later look-ups find the name in the package itself and no longer come here
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *where})

    return __getattr__, __dir__
