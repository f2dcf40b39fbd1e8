"""Pattern inspection and one-text coding for the CLI ('triadic patterns', 'triadic explain')."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from triadic.events._patterns import Pattern, load_patterns
from triadic.model import Article, Event, Quote, Sentence, content_id

__all__ = ["PatternSummary", "check_patterns", "list_patterns", "explain_text"]


@dataclass(frozen=True, slots=True)
class PatternSummary:
    """What a set of pattern files holds."""

    files: tuple[str, ...]
    patterns: int
    codes: int
    codes_3_4_digit: int
    roots: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": list(self.files),
            "patterns": self.patterns,
            "codes": self.codes,
            "codes_3_4_digit": self.codes_3_4_digit,
            "roots": self.roots,
        }


def check_patterns(user_files: list[Path]) -> PatternSummary:
    """Validate user pattern files against the shipped ones; raises DictionaryError naming file:line."""
    ps = load_patterns(user_files)
    codes = ps.codes()
    roots = Counter(p.code[:2] for p in ps.all_patterns() if p.code in codes)
    return PatternSummary(
        files=ps.files,
        patterns=len(ps),
        codes=len(codes),
        codes_3_4_digit=sum(1 for c in codes if len(c) >= 3),
        roots=dict(sorted(roots.items())),
    )


def list_patterns(user_files: list[Path], code_prefix: str | None = None) -> list[Pattern]:
    """Every compiled pattern, optionally only those whose code starts with ``code_prefix``."""
    pats = load_patterns(user_files).all_patterns()
    if code_prefix:
        pats = [p for p in pats if p.code.startswith(code_prefix)]
    return sorted(pats, key=lambda p: (p.code, p.kind, p.spec))


def explain_text(text: str, settings: Any, ref_date: date | None = None) -> tuple[list[Event], list[Quote]]:
    """Parse, resolve actors and code one plain text (no article structure detection)."""
    from triadic.actors._resolver import ActorResolver
    from triadic.events._coder import EventCoder
    from triadic.nlp import load_pipeline

    nlp = load_pipeline(settings.spacy_model)
    coder = EventCoder.from_settings(settings)
    # (built before the parse: the resolver teaches the tokenizer its people's hyphenated given names)
    resolver = ActorResolver.from_settings(settings, nlp)
    doc = coder.repair_parse(nlp(text))  # as the Coder reads it
    index = resolver.resolve(doc, ref_date=ref_date)
    published = datetime.combine(ref_date, time()) if ref_date else None
    article = Article(id=content_id(text), text=text, published=published)
    sentences = [Sentence(i, s.text, s.start_char, s.end_char) for i, s in enumerate(doc.sents)]
    return coder.code_doc(doc, article, sentences, index)
