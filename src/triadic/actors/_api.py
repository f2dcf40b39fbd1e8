"""One-call helpers behind the CLI: resolve a text, and check dictionary files."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spacy.language import Language

from triadic.actors._dictionary import load_dictionary, shipped_files
from triadic.actors._resolver import ActorResolver
from triadic.actors._types import MentionIndex
from triadic.errors import InputError

__all__ = ["DictionarySummary", "check_dictionaries", "resolve_text"]


@dataclass(frozen=True, slots=True)
class DictionarySummary:
    """What a set of dictionaries defines, after validation."""

    files: tuple[str, ...]
    terms: int
    countries: int
    leaders: int
    ambiguous: int
    roles: int
    by_via: dict[str, int] = field(default_factory=dict)


def check_dictionaries(user_files: list[Path]) -> DictionarySummary:
    """Validate the shipped dictionaries plus ``user_files``; raises DictionaryError on the first problem."""
    d = load_dictionary(user_files)
    by_via: Counter[str] = Counter()
    for entries in d.terms.values():
        by_via[entries[0].via] += 1
    leaders = {e.name for entries in d.terms.values() for e in entries if e.via == "leader"}
    return DictionarySummary(
        files=tuple(str(p) for p in [*shipped_files(), *user_files]), terms=len(d.terms),
        countries=len(d.countries), leaders=len(leaders), ambiguous=len(d.ambiguous), roles=len(d.roles),
        by_via=dict(sorted(by_via.items())))


def resolve_text(text: str, nlp: Language, *, ref_date: date | None = None,
                 user_files: list[Path] | None = None, dateline: str | None = None) -> MentionIndex:
    """Parse ``text`` and resolve its actor mentions as of ``ref_date`` (``dateline``: see ActorResolver)."""
    if not text.strip():
        raise InputError("no text to resolve: give a sentence, a file path, or '-' for stdin", code="E038")
    resolver = ActorResolver(nlp, user_files or [])
    return resolver.resolve(nlp(text), ref_date=ref_date, dateline=dateline)
