"""Event coding: CAMEO patterns, modality, quotes, dates and the codebook."""

from triadic.events._coder import ClassifierLike, EventCoder, Trigger, select_main_event
from triadic.events._patterns import Complement, Grammar, Pattern, PatternSet, load_patterns, shipped_patterns
from triadic.events._report import PatternSummary, check_patterns, explain_text, list_patterns

__all__ = [
    "EventCoder",
    "ClassifierLike",
    "Trigger",
    "select_main_event",
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
