"""Event coding: CAMEO patterns, modality, quotes, dates and the codebook."""

from typing import TYPE_CHECKING

from triadic._lazy import lazy_exports

if TYPE_CHECKING:
    from triadic.events._arguments import Arguments, arguments_of, phrase_span
    from triadic.events._coder import ClassifierLike, EventCoder, SentenceReading, Trigger, select_main_event
    from triadic.events._patterns import (
        Complement,
        Grammar,
        Pattern,
        PatternSet,
        load_patterns,
        shipped_patterns,
    )
    from triadic.events._report import PatternSummary, check_patterns, explain_text, list_patterns

__all__ = [
    "EventCoder",
    "ClassifierLike",
    "Trigger",
    "select_main_event",
    "SentenceReading",
    "Arguments",
    "arguments_of",
    "phrase_span",
    "Pattern",
    "PatternSet",
    "Grammar",
    "Complement",
    "load_patterns",
    "shipped_patterns",
    "PatternSummary",
    "check_patterns",
    "explain_text",
    "list_patterns",
]

# The parts load on first use: the codebook and the classifier's options are importable without spaCy.
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "._coder": ("ClassifierLike", "EventCoder", "Trigger", "select_main_event", "SentenceReading"),
        "._arguments": ("Arguments", "arguments_of", "phrase_span"),
        "._patterns": ("Complement", "Grammar", "Pattern", "PatternSet", "load_patterns", "shipped_patterns"),
        "._report": ("PatternSummary", "check_patterns", "explain_text", "list_patterns"),
    },
)
