"""One event per reported act: control chains, refusals and purpose clauses code their main event
only; plural references code one event per actor they name; the sentence reading's main trigger."""

from __future__ import annotations

from datetime import datetime

from _events_fake import fake_index
from triadic.actors._types import Mention, MentionIndex
from triadic.events import EventCoder
from triadic.model import Actor, Article, Event, Sentence, content_id

KOREAS = (Actor("PRK", "PRK", None, "North Korea"), Actor("KOR", "KOR", None, "South Korea"))


def _run(nlp, coder: EventCoder, text: str, plural: str | None = None) -> list[Event]:
    """Code ``text``; the words ``plural`` (if given) are one mention naming both Koreas."""
    doc = nlp(text)
    art = Article(id=content_id(text), text=text, published=datetime(2019, 3, 4))
    sents = [Sentence(i, s.text, s.start_char, s.end_char) for i, s in enumerate(doc.sents)]
    index = fake_index(doc)
    if plural is not None:
        at = text.index(plural)
        span = doc.char_span(at, at + len(plural))
        assert span is not None
        mention = Mention(
            span.start,
            span.end,
            span.start_char,
            span.end_char,
            span.text,
            KOREAS[0],
            "coref",
            members=KOREAS,
        )
        index = MentionIndex([m for m in index if m.end <= span.start or m.start >= span.end] + [mention])
    return coder.code_doc(doc, art, sents, index)[0]


def triples(events: list[Event]) -> set[tuple[str, str, str | None]]:
    return {(e.source.actor.code, e.root, e.target.actor.code if e.target else None) for e in events}


def test_agreement_to_act_is_one_intent_event(nlp, coder) -> None:
    evs = _run(nlp, coder, "Japan agreed to lift its sanctions on Iran.")
    assert [e.root for e in evs] == ["03"]
    assert (evs[0].source.actor.code, evs[0].target.actor.code if evs[0].target else None) == ("JPN", "IRN")
    assert evs[0].modality == "asserted" and (evs[0].rule or "").startswith("complement:agree(")


def test_agreement_to_an_act_without_target_still_codes(nlp, coder) -> None:
    evs = _run(nlp, coder, "Kim agreed to resign.")
    assert [(e.root, e.target) for e in evs] == [("03", None)]


def test_appeal_codes_the_appeal_not_the_act_asked_for(nlp, coder) -> None:
    evs = _run(nlp, coder, "Seoul urged Tokyo to lift its sanctions on China.")
    assert ("KOR", "02", "JPN") in triples(evs)
    assert not any(e.root == "08" for e in evs)


def test_refusal_is_the_one_event(nlp, coder) -> None:
    evs = _run(nlp, coder, "Tokyo will not lift its sanctions on Pyongyang.")
    assert [e.root for e in evs] == ["12"]
    assert evs[0].modality == "asserted"


def test_purpose_clause_belongs_to_the_act_it_serves(nlp, coder) -> None:
    evs = _run(nlp, coder, "Japan sent troops to North Korea to help Seoul.")
    assert evs and {e.trigger.text for e in evs} == {"sent"}


def test_purpose_clause_codes_when_the_act_it_serves_does_not(nlp, coder) -> None:
    # "travelled" has no pattern: the purpose clause is the only event and stays
    evs = _run(nlp, coder, "Moon travelled to the border to meet Kim.")
    assert ("KORGOV", "04", "PRKGOV") in triples(evs)


def test_governing_verbs_own_phrase_pattern_wins(nlp, coder) -> None:
    evs = _run(nlp, coder, "Russia refused to lift the ban on Japan.")
    rej = [e for e in evs if e.root == "12"]
    assert rej and all(e.trigger.text == "refused" for e in evs)
    assert rej[0].target is not None and rej[0].target.actor.code == "JPN"


def test_plural_subject_codes_each_member(nlp, coder) -> None:
    evs = _run(nlp, coder, "Both Koreas condemned Japan.", plural="Both Koreas")
    assert triples(evs) == {("PRK", "11", "JPN"), ("KOR", "11", "JPN")}


def test_plural_subject_of_a_reciprocal_act_is_reciprocal(nlp, coder) -> None:
    evs = _run(nlp, coder, "The two sides held talks in Geneva.", plural="The two sides")
    assert triples(evs) == {("PRK", "04", "KOR"), ("KOR", "04", "PRK")}


def test_plural_target_codes_each_member(nlp, coder) -> None:
    evs = _run(nlp, coder, "China criticized both Koreas.", plural="both Koreas")
    assert triples(evs) == {("CHN", "11", "PRK"), ("CHN", "11", "KOR")}


def test_destination_inside_a_long_object(nlp, coder) -> None:
    # the parser hangs "to Iran" on "artifacts", inside the object's "of" phrase
    evs = _run(nlp, coder, "The U.S. returned dozens of stolen artifacts to Iran.")
    assert any(e.target is not None and e.target.actor.code == "IRN" for e in evs)


def test_name_beside_a_pronoun_possessor_is_the_target(nlp, coder) -> None:
    text = "China is considering sending aid to its neighbour North Korea."
    doc = nlp(text)
    index = fake_index(doc)
    its = next(t for t in doc if t.lower_ == "its")
    china = next(iter(index))
    own = Mention(its.i, its.i + 1, its.idx, its.idx + 3, "its", china.actor, "coref")
    art = Article(id=content_id(text), text=text, published=datetime(2019, 3, 4))
    sents = [Sentence(i, s.text, s.start_char, s.end_char) for i, s in enumerate(doc.sents)]
    evs = coder.code_doc(doc, art, sents, MentionIndex([*index, own]))[0]
    # "its" says whose neighbour; the neighbour named is North Korea
    assert any(e.target is not None and e.target.actor.code == "PRK" for e in evs)


def _reading(nlp, coder: EventCoder, text: str):
    doc = nlp(text)
    return coder.read_sentence(doc[:], _run(nlp, coder, text))


def test_planned_event_before_its_reporting_verb_is_the_reading(nlp, coder) -> None:
    found = _reading(nlp, coder, "Kim will visit Moscow next month, Pyongyang said.")
    # the visit, not the saying; announced by Kim's own side it is an intent to visit (036)
    assert found is not None and "visit" in (found.rule or "") and found.code in ("036", "042")


def test_doer_clause_wins_over_a_passive_without_agent(nlp, coder) -> None:
    found = _reading(nlp, coder, "Two guards were killed as Israel launched strikes on Iran.")
    assert found is not None and found.arguments.trigger is not None
    assert found.arguments.trigger.text == "launched"


def test_each_side_of_a_coordinated_group_shows_its_own_words(nlp) -> None:
    from triadic.config import load_settings
    from triadic.pipeline import Coder

    text = "Dutch and Belgian warships shelled rebel positions in Yemen on Friday."
    events = Coder(load_settings(), nlp=nlp).code_texts([text])[0].events
    by_country = {e.source.actor.country: e.source.text for e in events}
    assert {"NLD", "BEL"} <= set(by_country), [(e.cameo, e.source.actor.code) for e in events]
    # Each event names its own side: the Dutch one must not show "Belgian warships".
    assert "Belgian" not in by_country["NLD"] and "Dutch" in by_country["NLD"]
    assert "Belgian" in by_country["BEL"]
