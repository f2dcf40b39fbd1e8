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
def read(nlp, coder):
    """Parse one sentence and return the arguments of its main trigger, checking every span's offsets."""
    from triadic.events import Arguments

    def run(text: str) -> Arguments:
        doc = nlp(text)
        found = coder.read_sentence(next(iter(doc.sents)))
        assert found is not None, text
        args = found.arguments
        for span in (*args.sources, *args.targets, *args.reciprocal):
            assert text[span.start : span.end] == span.text  # offsets point at the words
        return args

    return run


@pytest.fixture(scope="session")
def resolver(nlp):
    """The actor resolver with the shipped dictionaries, for tests that resolve text without coding it."""
    from triadic.actors import ActorResolver

    return ActorResolver(nlp)


@pytest.fixture(scope="session")
def code(nlp, resolver, coder):
    """Code one text with the full pipeline (shared models), published on 1 March 2026; its events.

    Test modules that need another date or settings define their own ``code``."""
    from datetime import date

    from triadic.pipeline import Coder

    pipeline = Coder(nlp=nlp, resolver=resolver, event_coder=coder)

    def run(text: str) -> list:
        return list(pipeline.code_text(text, date(2026, 3, 1)).events)

    return run


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the checkout; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} not present")
    return SHARED


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "t.duckdb"
