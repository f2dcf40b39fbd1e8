"""The kinds of learned classifier, apart from their estimators so that the CLI can list them cheaply."""

from __future__ import annotations

__all__ = ["KINDS"]

# sklearn: words, characters and parse cues; sklearn-text: no spaCy parse (faster, a little weaker).
KINDS = ("sklearn", "sklearn-text")
