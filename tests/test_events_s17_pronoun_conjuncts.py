"""A pronoun subject coordinated with a named actor ("X said he and Y agreed"): the pronoun stands for
the speaker, and the named conjunct stays a side of its own. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from _events_fake import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chilean President Gabriel Boric said he and Argentine President Javier Milei agreed to reopen "
         "the border crossing.", {("CHLGOV", "ARGGOV"), ("ARGGOV", "CHLGOV")}),
        ("Kenya's President William Ruto said he and Ethiopian Prime Minister Abiy Ahmed discussed the "
         "security of their shared border.", {("KENGOV", "ETHGOV"), ("ETHGOV", "KENGOV")}),
    ],
)
def test_pronoun_conjunct_keeps_both_sides(code, text: str, expected: set[tuple[str, str]]) -> None:
    pairs = {(s, t) for s, _, t in triples(code(text))}
    assert expected <= pairs, pairs
