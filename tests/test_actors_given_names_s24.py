"""Hyphenated given names of known people stay one word, so the parse keeps the sentence's verb."""

from __future__ import annotations

from datetime import date

import pytest

from triadic.pipeline import Coder


def test_resolver_teaches_tokenizer_hyphenated_given_names(nlp, resolver) -> None:
    words = [t.text for t in nlp("President Moon Jae-in spoke to Tsai Ing-wen.")]
    assert "Jae-in" in words and "Ing-wen" in words
    # an ordinary hyphenated word is still split as spaCy splits it
    assert "Long-range" not in [t.text for t in nlp("Long-range missiles were shown.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # split, "in" was read as a preposition and the sentence lost its verb
        ("Moon Jae-in and Kim Jong-un held talks with Donald Trump in Singapore on Tuesday.",
         {("KORGOV", "USAGOV", "04"), ("PRKGOV", "USAGOV", "04")}),
        ("Moon Jae-in criticised Japan's export curbs on Thursday.", {("KORGOV", "JPN", "11")}),
    ],
)
def test_events_of_sentences_naming_hyphenated_given_names(nlp, resolver, coder, text: str,
                                                           expected: set) -> None:
    # published while Moon was in office
    events = Coder(nlp=nlp, resolver=resolver, event_coder=coder).code_text(text, date(2018, 6, 14)).events
    got = {(e.source.actor.code, e.target.actor.code if e.target else None, e.cameo[:2]) for e in events}
    assert expected <= got, got
