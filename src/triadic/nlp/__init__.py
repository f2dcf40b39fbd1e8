"""spaCy pipeline loading and batching, time expressions, and coreference."""

from triadic.nlp.pipeline import load_pipeline

__all__ = ["load_pipeline"]
