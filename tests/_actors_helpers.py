"""Shared helpers for the resolver tests: resolve one sentence, then find a mention by its words."""

from __future__ import annotations

from datetime import date

from triadic.actors import ActorResolver, Mention, MentionIndex

__all__ = ["covering", "named", "resolve_text"]


def resolve_text(resolver: ActorResolver, text: str, day: date | None = date(2024, 3, 1)) -> MentionIndex:
    """Parse ``text`` with the resolver's own pipeline and resolve it against ``day``."""
    return resolver.resolve(resolver.nlp(text), ref_date=day)


def covering(index: MentionIndex, word: str) -> Mention:
    """The first mention whose text contains ``word``; fails with every mention listed."""
    hits = [m for m in index.mentions if word in m.text]
    assert hits, f"no mention with {word!r} in {[(m.text, m.actor.code) for m in index.mentions]}"
    return hits[0]


def named(index: MentionIndex, text: str) -> Mention:
    """The first mention whose text is exactly ``text``; fails with every mention listed."""
    hits = [m for m in index.mentions if m.text == text]
    assert hits, f"no mention {text!r} in {[(m.text, m.actor.code) for m in index.mentions]}"
    return hits[0]
