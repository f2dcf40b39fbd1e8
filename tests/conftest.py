"""Shared fixtures: the expensive things (the spaCy pipeline) are loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from triadic.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def coder():
    """The event coder with the shipped patterns, compiled once for every test that codes text."""
    from triadic.events import EventCoder, load_patterns

    return EventCoder(load_patterns())


@pytest.fixture(scope="session")
def resolver(nlp):
    """The actor resolver with the shipped dictionaries, for tests that resolve text without coding it."""
    from triadic.actors import ActorResolver

    return ActorResolver(nlp)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the checkout; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} not present")
    return SHARED


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "t.duckdb"
