"""A noun phrase that sums up a clause after a comma is no second object of the clause's verb."""

from __future__ import annotations

import pytest

from triadic.nlp._participle import repair_summary_objects

pytestmark = pytest.mark.slow


def _pairs(events: list, root: str) -> set[tuple[str, str | None]]:
    """(source code, target code) of the events with CAMEO root ``root``."""
    return {(e.source.actor.code, e.target.actor.code if e.target else None)
            for e in events if e.root == root}


# "..., the army said, the worst incident in months": the model hangs the summing-up phrase on the
# verb as a second direct object, and the verb's pattern ("trade fire") no longer matches
# (``repair_summary_objects``)
@pytest.mark.parametrize("text", [
    "Indian and Pakistani soldiers traded fire across the frontier, the Indian army said, the worst "
    "incident in months.",
    "Kyrgyz and Tajik border guards exchanged fire near a disputed village, officials said, the most "
    "serious clash since the border deal was signed.",
])
def test_summary_phrase_keeps_the_reciprocal_fire(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    pairs = _pairs(events, "19")
    assert len(pairs) == 2 and all(s != t for s, t in pairs), \
        [(e.cameo, e.source.actor.code, e.rule) for e in events]


def _event_nouns() -> frozenset[str]:
    """Head lemmas of the shipped event noun patterns."""
    from triadic.events._patterns import load_patterns

    return frozenset(load_patterns([]).nouns)


def test_summary_phrase_is_relabelled(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = repair_summary_objects(nlp(
        "Indian and Pakistani soldiers traded fire across the frontier, the Indian army said, the worst "
        "incident in months."), _event_nouns())
    deps = {t.lower_: t.dep_ for t in doc}
    assert deps["fire"] == "dobj"
    assert deps["incident"] != "dobj"


@pytest.mark.parametrize(("text", "word"), [
    # a gerund phrase after the comma is an act of its own, not a summing-up noun
    ("Hundreds of farmers drove tractors into Madrid on Monday, burning tyres outside the ministry.",
     "tyres"),
    # a summing-up event noun names the clause's act again, with the clause's doer
    ("Rebels overran an army post near Goma, local sources said, the second assault on the army this week.",
     "assault"),
    # a verb's only object stays its object
    ("Colombian troops captured the rebel commander near Cali on Sunday.", "commander"),
])
def test_other_objects_are_kept(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    before = {t.i: t.dep_ for t in doc}
    repair_summary_objects(doc, _event_nouns())
    assert all(t.dep_ == before[t.i] for t in doc if t.lower_ == word)
