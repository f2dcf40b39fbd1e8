"""Structures read in session 5: purpose clauses, coordinated and parenthetical passives, visits by
armed units, statements about someone, warnings that carry a threat, and intent families as data."""

from __future__ import annotations

from datetime import datetime

import pytest

from _events_fake import code_text, dyads, triples
from triadic.errors import DictionaryError
from triadic.events._clauses import infinitive_of_object
from triadic.events._patterns import _ranges, shipped_patterns
from triadic.model import Event


@pytest.fixture(scope="module")
def code(nlp, coder):  # noqa: ANN001
    def run(text: str) -> list[Event]:
        return code_text(nlp, coder, text, datetime(2019, 3, 4))

    return run


# ---------------------------------------------------------------- control through an adverbial clause
def test_pressed_object_acts_out_the_infinitive_not_the_subject(code) -> None:
    evs = code("The U.S. cut aid to China to press Iran to release Israeli troops.")
    # the release would be Iran's act, never the U.S.'s own
    assert not any(e.root == "08" and e.source.actor.code == "USA" for e in evs)
    assert ("USA", "162", "CHN") in triples(evs)


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Japan pressed China to release Israeli troops.", "pressed", True),
        ("Abe called Trump to congratulate him.", "called", False),
        ("Abe called on Trump to congratulate Moon.", "called", True),
    ],
)
def test_infinitive_of_object(nlp, text: str, verb: str, expected: bool) -> None:
    g = shipped_patterns().grammar
    assert g is not None
    doc = nlp(text)
    v = next(t for t in doc if t.text == verb)
    inf = next(t for t in doc if t.head.i == v.i and any(c.tag_ == "TO" for c in t.children))
    assert infinitive_of_object(inf, v, g) is expected


# ---------------------------------------------------------------- passives
def test_coordinated_passive_shares_the_patient(code) -> None:
    evs = code("South Korea was criticized by Japan and condemned by China.")
    got = dyads(evs)
    assert ("JPN", "11", "KOR") in got and ("CHN", "11", "KOR") in got
    assert not any(e.source.actor.code == "KOR" for e in evs)


def test_coordinated_passive_without_agent_stays_uncoded(code) -> None:
    evs = code("South Korea was criticized by Japan and isolated.")
    assert {e.source.actor.code for e in evs} <= {"JPN"}


def test_parenthetical_passive_participle_is_an_event(code) -> None:
    evs = code("South Korea, attacked by North Korea, condemned Japan.")
    assert ("PRK", "19", "KOR") in dyads(evs) and ("KOR", "11", "JPN") in dyads(evs)


def test_bound_participle_only_names_a_party(code) -> None:
    evs = code("Israeli troops backed by Russia attacked Iran.")
    assert ("ISRMIL", "19", "IRN") in dyads(evs)
    assert not any(e.source.actor.code == "RUS" for e in evs)


def test_an_aside_of_allegiance_is_no_event(code) -> None:
    evs = code("Israeli troops, supported by Russia, attacked Iran.")
    assert ("ISRMIL", "19", "IRN") in dyads(evs)
    assert not any(e.source.actor.code == "RUS" for e in evs)


def test_what_a_rejected_suggestion_says_is_no_event(code) -> None:
    evs = code("Japan rejected China's suggestion that the U.S. would recognize Iran.")
    assert ("JPN", "12", "CHN") in dyads(evs)
    assert not any(e.source.actor.code == "USA" for e in evs)


# ---------------------------------------------------------------- purpose clauses
def test_purpose_clause_names_the_target_of_a_material_act(code) -> None:
    evs = code("The EU imposed sanctions to force Iran to free the prisoners.")
    assert ("IGOEU", "16", "IRN") in dyads(evs)


def test_purpose_noun_clause_names_the_target(code) -> None:
    evs = code("Japan closed its ports in a bid to pressure North Korea.")
    assert any(e.source.actor.code == "JPN" and e.target is not None and e.target.actor.code == "PRK"
               and e.root not in ("01", "02", "10") for e in evs)


def test_purpose_of_a_launched_attack_names_its_target(code) -> None:
    evs = code("Israel launched air strikes to weaken Iran.")
    assert ("ISR", "19", "IRN") in dyads(evs) or ("ISR", "18", "IRN") in dyads(evs)


def test_topic_of_a_meetings_purpose_is_no_party(code) -> None:
    evs = code("Trump will meet Moon in Seoul to discuss Japan's trade policy.")
    assert not any(e.target is not None and e.target.actor.code == "JPN" for e in evs)


def test_purpose_of_an_appeal_is_not_whom_it_asks(code) -> None:
    evs = code("China pushed for reforms to help Japan.")
    assert not any(e.root == "02" and e.target is not None and e.target.actor.code == "JPN" for e in evs)


# ---------------------------------------------------------------- visits
def test_armed_units_arriving_make_no_visit(code) -> None:
    assert not any(e.cameo == "042" for e in code("Israeli troops arrived in Japan on Sunday."))


def test_a_leader_arriving_makes_a_visit(code) -> None:
    assert ("USAGOV", "042", "JPN") in triples(code("Trump arrived in Japan on Sunday."))


# ---------------------------------------------------------------- statements about someone
def test_said_of_names_the_target(code) -> None:
    assert ("JPN", "010", "CHN") in triples(code("Japan said of China that its economy was slowing."))


def test_reported_clause_subject_is_no_target_of_a_bare_statement(code) -> None:
    # gold conventions: the act of saying is not coded as an event of its own
    assert ("IRN", "010", "USA") not in triples(code("Iran said the U.S. was responsible for the crisis."))


def test_statement_reporting_an_event_gets_no_extra_target(code) -> None:
    evs = code("Russia said the U.S. lifted sanctions on Iran.")
    assert ("RUS", "010", "USA") not in triples(evs)


def test_pronoun_in_reported_clause_is_no_target(code) -> None:
    evs = code("Japan said it was ready.")
    assert all(e.target is None for e in evs if e.root == "01")


def test_told_that_with_an_indicative_is_a_statement(code) -> None:
    evs = code("Trump told Moon that the U.S. supports the plan.")
    assert not any(e.root == "10" for e in evs)
    assert ("USAGOV", "01", "KORGOV") in dyads(evs)


def test_told_that_with_must_is_still_a_demand(code) -> None:
    evs = code("Trump told Moon that Seoul must pay for the troops.")
    assert any(e.root == "10" for e in evs)


# ---------------------------------------------------------------- warnings that carry a threat
def test_warning_of_own_force_is_one_threat_to_the_warned(code) -> None:
    evs = code("Iran warned Israel that it would attack Israeli troops.")
    threats = [e for e in evs if e.root == "13"]
    assert threats and all(e.source.actor.code == "IRN" for e in threats)
    warned = [e for e in threats if e.trigger.text == "warned"]
    assert warned and warned[0].cameo != "130" and warned[0].target is not None
    assert warned[0].target.actor.code == "ISR"
    assert len(threats) == 1


# ---------------------------------------------------------------- intent families as data
def test_intent_families_come_from_the_grammar() -> None:
    g = shipped_patterns().grammar
    assert g is not None
    assert g.intent_family("05") == "03" and g.intent_family("19") == "13"
    assert g.intent_family("01") is None and g.intent_family("11") is None


def test_bad_intent_family_range_is_a_clear_error() -> None:
    with pytest.raises(DictionaryError, match="lowest, highest"):
        _ranges({"intent_families": {"03": "08"}}, "intent_families", "grammar.yaml")


# ---------------------------------------------------------------- reported future
def test_reported_would_is_planned(code) -> None:
    evs = code("China said Japan would send aid to North Korea.")
    aid = [e for e in evs if e.root == "07"]
    assert aid and aid[0].modality == "planned"


def test_reported_would_under_a_condition_stays_hypothetical(code) -> None:
    evs = code("China said Japan would send aid to North Korea if the talks resumed.")
    aid = [e for e in evs if e.root == "07"]
    assert aid and aid[0].modality == "hypothetical"


def test_would_outside_reported_speech_stays_hypothetical(code) -> None:
    evs = code("Japan would send aid to North Korea.")
    aid = [e for e in evs if e.root == "07"]
    assert aid and aid[0].modality == "hypothetical"


def test_sentence_reporting_a_planned_act_is_read_as_that_act(nlp, coder) -> None:  # noqa: ANN001
    sent = next(nlp("China said Japan would send aid to North Korea.").sents)
    found = coder.read_sentence(sent)
    assert found is not None and found.code[:2] == "07"
    # the arguments stay the report's: its speaker is the source phrase
    assert [s.text for s in found.arguments.sources] == ["China"]


def test_sentence_reporting_a_guess_stays_a_statement(nlp, coder) -> None:  # noqa: ANN001
    sent = next(nlp("China said Japan could send aid to North Korea.").sents)
    found = coder.read_sentence(sent)
    assert found is not None and found.code[:2] == "01"
