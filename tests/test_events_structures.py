"""Structures the event coder must read: voice, coordination, nominal events, control chains, clauses."""

from __future__ import annotations

from datetime import datetime

import pytest

from _events_fake import code_text, dyads, fake_index, triples
from triadic.events import EventCoder, load_patterns
from triadic.model import Article, Event, Sentence, content_id


@pytest.fixture(scope="module")
def code(nlp, coder):  # type: ignore[no-untyped-def]
    def run(text: str) -> list[Event]:
        return code_text(nlp, coder, text, datetime(2018, 5, 16))

    return run


def test_active_voice(code) -> None:
    evs = code("Russia criticized Japan over the fishing quotas.")
    assert ("RUS", "111", "JPN") in triples(evs)


def test_passive_voice_swaps_roles(code) -> None:
    evs = code("Japan was sharply criticized by Russia on Monday.")
    assert ("RUS", "111", "JPN") in triples(evs)
    assert not any(e.source.actor.code == "JPN" for e in evs)


def test_passive_without_agent_gives_no_event(code) -> None:
    assert code("Japan was criticized for the decision.") == []


def test_coordinated_targets_give_one_event_each(code) -> None:
    evs = code("Pyongyang announced summits with South Korea and the U.S. this spring.")
    got = {(s, c[:2], t) for s, c, t in triples(evs)}
    assert ("PRK", "04", "KOR") in got and ("PRK", "04", "USA") in got


def test_coordinated_sources(code) -> None:
    evs = code("China and Russia condemned Japan.")
    assert {("CHN", "111", "JPN"), ("RUS", "111", "JPN")} <= triples(evs)


def test_nominal_event_with_possessive_source(code) -> None:
    evs = code("Kim's visit to Beijing took the region by surprise.")
    assert ("PRKGOV", "042", "CHN") in triples(evs)


def test_nominal_dispute_with(code) -> None:
    # a standing "dispute" is a state and codes nothing since session 8; an act noun keeps its with-target
    evs = code("China remains locked in a war of words with the U.S.")
    assert ("CHN", "11", "USA") in dyads(evs)


def test_prepositional_target(code) -> None:
    evs = code("Iran held talks with Russia in Tehran.")
    assert ("IRN", "046", "RUS") in triples(evs)
    evs = code("The EU stepped up pressure against Iran.")
    assert ("IGOEU", "10", "IRN") in dyads(evs)


def test_control_chain_plans_to_visit(code) -> None:
    evs = code("North Korea plans to visit Moscow soon.")
    visit = [e for e in evs if e.cameo == "042"]
    assert visit and visit[0].source.actor.code == "PRK" and visit[0].target.actor.code == "RUS"
    assert visit[0].modality == "planned"


def test_agreed_to_hold_talks_codes_the_intent_only(code) -> None:
    evs = code("Japan agreed to hold talks with China.")
    t = triples(evs)
    assert ("JPN", "036", "CHN") in t  # express intent to meet or negotiate
    # the talks have not happened: one event, the agreement
    assert not any(e.cameo == "046" for e in evs)


def test_object_control_urged(code) -> None:
    evs = code("Trump urged China to cut ties with North Korea.")
    t = triples(evs)
    assert any(s == "USAGOV" and c.startswith("02") and tg == "CHN" for s, c, tg in t)
    # what China is urged to do is the appeal's content, not a second event
    assert ("CHN", "161", "PRK") not in t


def test_relative_clause_subject(code) -> None:
    evs = code("Trump, who met Kim in Singapore, later praised Moon.")
    r = dyads(evs)
    assert ("USAGOV", "04", "PRKGOV") in r and ("USAGOV", "05", "KORGOV") in r


def test_apposition(code) -> None:
    evs = code("Kim, the North Korean leader, visited Moscow.")
    assert ("PRKGOV", "042", "RUS") in triples(evs)


def test_reciprocal_meeting_both_ways(code) -> None:
    evs = code("Kim Jong-un and Moon Jae-in met at the border village.")
    r = dyads(evs)
    assert ("PRKGOV", "04", "KORGOV") in r and ("KORGOV", "04", "PRKGOV") in r


def test_reciprocal_between(code) -> None:
    evs = code("Talks between Japan and Russia resumed in April.")
    r = dyads(evs)
    assert ("JPN", "04", "RUS") in r and ("RUS", "04", "JPN") in r


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China held talks with Japan.", ("CHN", "046", "JPN")),
        ("The U.S. imposed sanctions on Iran.", ("USA", "163", "IRN")),
        ("Moscow stepped up pressure on Tokyo.", ("RUS", "100", "JPN")),
        ("Japan moved to mend fences with China.", ("JPN", "050", "CHN")),
        ("Washington agreed to ease sanctions on Iran.", ("USA", "0354", "IRN")),
        ("Kim paid a visit to Moscow.", ("PRKGOV", "042", "RUS")),
        ("Iran cut ties with Israel.", ("IRN", "161", "ISR")),
    ],
)
def test_phrasal_and_light_verbs(code, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(code(text))


def test_light_verb_object_is_not_a_second_event(code) -> None:
    evs = code("China held talks with Japan.")
    assert len([e for e in evs if e.target and e.target.actor.code == "JPN"]) == 1


def test_commentary_gives_no_events(code) -> None:
    assert code("Trump is proving an adept manipulator.") == []
    assert code("The fact that China is a big country worries Japan.") == []


def test_event_needs_a_target_unless_the_code_allows_none(code) -> None:
    assert code("Russia criticized the plan.") == []
    # protests (14) may have no target
    evs = code("South Korea's opposition staged a rally in Seoul.") + code(
        "Russian protesters rallied in Moscow."
    )
    assert all(e.root == "14" for e in evs)


def test_same_actor_is_not_a_dyad(code) -> None:
    assert code("China criticized Beijing.") == []


class _FakeClassifier:
    """Stands in for the learned model: always the same root."""

    def __init__(self, root: str | None, prob: float) -> None:
        self.root, self.prob, self.calls = root, prob, 0

    def predict(self, texts: list[str]) -> list[tuple[str | None, float]]:
        self.calls += len(texts)
        return [(self.root, self.prob) for _ in texts]


def _code_with(nlp, classifier, text: str) -> list[Event]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    art = Article(id=content_id(text), text=text, published=datetime(2018, 5, 16))
    sents = [Sentence(i, s.text, s.start_char, s.end_char) for i, s in enumerate(doc.sents)]
    return EventCoder(load_patterns(), classifier=classifier).code_doc(doc, art, sents, fake_index(doc))[0]


def test_classifier_hook_only_where_a_dyad_has_no_pattern(nlp) -> None:
    clf = _FakeClassifier("04", 0.9)
    evs = _code_with(nlp, clf, "Japan outflanked Russia in the Pacific.")
    assert [(e.source.actor.code, e.cameo, e.target.actor.code, e.rule) for e in evs] == [
        ("JPN", "040", "RUS", "classifier")
    ]
    clf2 = _FakeClassifier("04", 0.9)
    evs = _code_with(nlp, clf2, "Japan criticized Russia.")  # a pattern matched: no classifier call
    assert clf2.calls == 0 and all(e.rule != "classifier" for e in evs)
    assert _code_with(nlp, _FakeClassifier("04", 0.2), "Japan outflanked Russia.") == []
    assert _code_with(nlp, _FakeClassifier(None, 0.9), "Japan outflanked Russia.") == []
    assert _code_with(nlp, None, "Japan outflanked Russia.") == []


def test_gerund_after_object_takes_the_object_as_subject(code) -> None:
    evs = code("Trump praised Kim for meeting Moon.")
    meets = [e for e in evs if e.root == "04"]
    assert meets and meets[0].source.actor.code == "PRKGOV" and meets[0].target.actor.code == "KORGOV"


def test_state_and_its_own_government_are_no_dyad(code) -> None:
    assert code("Xi Jinping visited China last week.") == []


def test_a_repeated_dyad_in_one_sentence_is_one_event(code) -> None:
    evs = code("Trump met Kim, and the meeting with Kim lasted an hour.")
    same = [
        e
        for e in evs
        if (e.source.actor.code, e.target.actor.code if e.target else None, e.root)
        == ("USAGOV", "PRKGOV", "04")
    ]
    assert len(same) == 1 and same[0].rule.startswith("verb:")


def test_target_through_a_clause_on_the_object(code) -> None:
    evs = code("Japan decided to lift the sanctions imposed on Iran.")
    assert ("JPN", "085", "IRN") in triples(evs)


def test_own_troops_are_not_the_target(code) -> None:
    evs = code("Israeli troops withdrew from Iran.") + code("Russia sent Russian troops to Japan.")
    assert all(e.target is None or e.target.actor.country != e.source.actor.country for e in evs)
    assert any(e.source.actor.code == "RUS" and e.target and e.target.actor.code == "JPN" for e in evs)


def test_instrument_subject_acts_for_its_user(code) -> None:
    evs = code("The missiles fired by Russia struck Japan.")
    assert any(e.source.actor.code == "RUS" and e.root == "19" and e.target.actor.code == "JPN" for e in evs)
