"""spaCy pipeline loading and batching, time expressions, and coreference."""

from typing import TYPE_CHECKING

from triadic._lazy import lazy_exports

if TYPE_CHECKING:
    from triadic.nlp.pipeline import load_pipeline

__all__ = ["load_pipeline"]

# spaCy loads on first use, so that importing triadic.nlp.timex (or the package) costs nothing.
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        ".pipeline": ("load_pipeline",),
    },
)
