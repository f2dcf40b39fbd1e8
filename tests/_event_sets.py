"""Shared helpers for the event tests: what a sentence's events say, as sets that compare easily."""

from __future__ import annotations

from collections.abc import Iterable

from triadic.model import Event

__all__ = ["coded_roots", "coded_triples"]


def coded_triples(events: Iterable[Event]) -> set[tuple[str, str, str | None]]:
    """Each event as (CAMEO code, source actor code, target actor code or None)."""
    return {(e.cameo, e.source.actor.code, e.target.actor.code if e.target else None) for e in events}


def coded_roots(events: Iterable[Event]) -> set[str]:
    """The CAMEO roots (two digits) of the events."""
    return {e.cameo[:2] for e in events}
