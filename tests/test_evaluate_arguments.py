"""Span scoring with sentence arguments: which spans a record is scored with under each rule."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from triadic.cli import app
from triadic.evaluate import GoldSpan, PredActor, PredArgument, PredEvent, record_spans, sentence_arguments
from triadic.model import Article, CodedArticle, Sentence, Span

# "the Ruritanian navy seized a cargo ship near the strait ."
TOKENS = ["the", "Ruritanian", "navy", "seized", "a", "cargo", "ship", "near", "the", "strait", "."]
OFFSETS = [(0, 3), (4, 14), (15, 19), (20, 26), (27, 28), (29, 34), (35, 39), (40, 44), (45, 48), (49, 55),
           (55, 56)]


def actor(start: int, end: int) -> PredActor:
    return PredActor(code="RUR", country="RUR", role=None, start=start, end=end)


def args(trigger: int = 20) -> list[PredArgument]:
    return [PredArgument("S", 0, 19, trigger), PredArgument("T", 27, 39, trigger)]


def as_tuples(spans: list[GoldSpan]) -> set[tuple[str, int, int]]:
    return {(s.role, s.start, s.end) for s in spans}


def test_no_event_scores_the_argument_phrases() -> None:
    got = record_spans([], args(), OFFSETS, TOKENS)
    assert as_tuples(got) == {("S", 0, 3), ("T", 4, 7)}


def test_event_actor_widens_to_the_argument_phrase_around_it() -> None:
    # The coded source is the adjective "Ruritanian"; the annotators mark the whole phrase.
    ev = PredEvent(source=actor(4, 14), target=None, code="192", position=20)
    got = record_spans([ev], args(), OFFSETS, TOKENS)
    assert ("S", 0, 3) in as_tuples(got)


def test_actor_outside_every_phrase_gives_way_to_the_phrase_of_its_role() -> None:
    # The coder paired the event with an actor named elsewhere ("strait"); the trigger's own target
    # phrase ("a cargo ship") is what the sentence says was acted on.
    ev = PredEvent(source=actor(4, 14), target=actor(49, 55), code="192", position=20)
    assert as_tuples(record_spans([ev], args(), OFFSETS, TOKENS)) == {("S", 0, 3), ("T", 4, 7)}
    # without a target phrase at the trigger the actor stands as coded
    only_source = [PredArgument("S", 0, 19, 20)]
    assert ("T", 9, 10) in as_tuples(record_spans([ev], only_source, OFFSETS, TOKENS))


def test_phrase_no_event_actor_lies_in_still_counts() -> None:
    # an event coded with no target actor keeps the trigger's target phrase
    ev = PredEvent(source=actor(4, 14), target=None, code="1723", position=20)
    assert as_tuples(record_spans([ev], args(), OFFSETS, TOKENS)) == {("S", 0, 3), ("T", 4, 7)}
    # a second target phrase beside the one the event's actor is in is added too
    two = [*args(), PredArgument("T", 45, 55, 20)]
    ev = PredEvent(source=actor(4, 14), target=actor(35, 39), code="1723", position=20)
    assert as_tuples(record_spans([ev], two, OFFSETS, TOKENS)) == {("S", 0, 3), ("T", 4, 7), ("T", 8, 10)}


def test_main_rule_ignores_events_away_from_the_main_trigger() -> None:
    # An event triggered elsewhere (position 40) is not what the sentence is about.
    ev = PredEvent(source=actor(45, 55), target=None, code="192", position=40)
    assert as_tuples(record_spans([ev], args(), OFFSETS, TOKENS)) == {("S", 0, 3), ("T", 4, 7)}
    assert ("S", 8, 10) in as_tuples(record_spans([ev], args(), OFFSETS, TOKENS, rule="events"))


def test_arguments_rule_prefers_phrases_over_events() -> None:
    ev = PredEvent(source=actor(45, 55), target=None, code="192", position=20)
    assert as_tuples(record_spans([ev], args(), OFFSETS, TOKENS, rule="arguments")) == {("S", 0, 3),
                                                                                          ("T", 4, 7)}
    # without phrases the events still count
    assert as_tuples(record_spans([ev], [], OFFSETS, TOKENS, rule="arguments")) == {("S", 8, 10)}


def test_reciprocal_phrase_makes_its_actor_reciprocal() -> None:
    rec = [PredArgument("R", 0, 19, 20), PredArgument("R", 27, 39, 20)]
    ev = PredEvent(source=actor(4, 14), target=actor(35, 39), code="044", position=20)
    assert as_tuples(record_spans([ev], rec, OFFSETS, TOKENS)) == {("R", 0, 3), ("R", 4, 7)}


def test_sentence_arguments_read_the_coded_sentences() -> None:
    text = "The navy seized a ship."
    s = Sentence(index=0, text=text, start=0, end=len(text), code="192", rule="r",
                 sources=(Span("The navy", 0, 8),), targets=(Span("a ship", 16, 22),),
                 trigger=Span("seized", 9, 15))
    coded = CodedArticle(article=Article(id="a", text=text), sentences=[s], events=[], quotes=[])
    got = sentence_arguments(coded)
    assert [(a.role, a.start, a.end, a.trigger) for a in got] == [("S", 0, 8, 9), ("T", 16, 22, 9)]
    d = coded.to_dict()["sentences"][0]["arguments"]
    assert d["sources"][0]["text"] == "The navy" and d["trigger"]["start"] == 9
    # the event JSON contract keeps its sentence shape
    assert set(s.to_dict()) == {"index", "text", "start", "end"}


def test_unknown_span_rule_is_a_clear_error(tmp_path) -> None:  # noqa: ANN001
    gold = tmp_path / "g.txt"
    gold.write_text("Ruritania O\nprotested O\n. O\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["evaluate", str(gold), "--spans", "sideways"])
    assert r.exit_code != 0
    assert "E209" in r.output and "main, events, arguments" in r.output


@pytest.mark.slow
def test_coded_article_json_carries_sentence_arguments(nlp) -> None:  # noqa: ANN001
    from triadic.pipeline import Coder

    coder = Coder(nlp=nlp)
    art = coder.code_text("Masked men torched the customs office near the bridge.")
    d = art.to_dict()
    sent = d["sentences"][0]
    assert [s["text"] for s in sent["arguments"]["sources"]] == ["Masked men"]
    assert [s["text"] for s in sent["arguments"]["targets"]] == ["the customs office"]
    for e in d["events"]:  # events keep their contract: no argument fields leak into them
        assert set(e["sentence"]) == {"index", "text", "start", "end"}
