"""Two parse mechanisms (session 25 PKNOWN): a second clause's subject read as a conjunct of the first
clause's last noun (``repair_clause_subjects``), and a title-case headline parsed as if written in
sentence case (``nlp._recase``)."""

from __future__ import annotations

import pytest
from tests._events_fake import dyads

from triadic.nlp._participle import repair_clause_subjects
from triadic.nlp._recase import recased_headline


def _country_dyads(events) -> set[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    """(source country, root, target country) of each event, by the first three letters of each code."""
    return {(s[:3], r, t[:3] if t else None) for s, r, t in dyads(events)}


pytestmark = pytest.mark.slow


# "A did X to B and C did Y to D": two clauses, two different dyads
@pytest.mark.parametrize(("text", "first", "second"), [
    ("Estonia closed a Russian consulate in Narva and Finland expelled the Belarusian charge d'affaires.",
     ("EST", "16"), ("FIN", "17")),
    ("Norway expelled a Syrian diplomat and Austria summoned Damascus's envoy.",
     ("NOR", "17"), ("AUT", "11")),
    ("Brazil signed a trade deal with Chile and Peru held talks with Ecuador on the same day.",
     ("BRA", "05"), ("PER", "04")),
])
def test_second_clause_keeps_its_own_subject(code, text: str, first: tuple[str, str],
                                              second: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    got = {(s[:3], r) for s, r, _ in dyads(code(text))}
    assert first in got and second in got, got


def test_second_clause_subject_is_no_target_of_the_first(code) -> None:  # type: ignore[no-untyped-def]
    got = dyads(code("Norway expelled a Syrian diplomat and Austria summoned Damascus's envoy."))
    assert not any(t is not None and t.startswith("AUT") for _, _, t in got), got


@pytest.mark.parametrize(("text", "word"), [
    # an object conjunct that no verb follows, and a verb that has a subject of its own
    ("Police arrested the leader and his deputy in Lagos.", "deputy"),
    ("Chile sent aid to Peru and Bolivia, officials said.", "Bolivia"),
])
def test_object_conjuncts_are_kept(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    doc = repair_clause_subjects(nlp(text))
    tok = next(t for t in doc if t.text == word)
    assert tok.dep_ == "conj", [(t.text, t.dep_, t.head.text) for t in doc]


@pytest.mark.parametrize(("text", "expected"), [
    ("Iraq Slams Turkey Over Border Raids", ("IRQ", "11", "TUR")),
    ("Serbia Expels Three Croatian Diplomats", ("SRB", "17", "HRV")),
    ("Algeria Accuses Morocco Of Backing Separatists", ("DZA", "11", "MAR")),
    ("Hungary Detains Ukrainian Journalist In Budapest", ("HUN", "17", "UKR")),
    ("Qatar Hosts Afghan Peace Talks", ("QAT", "04", "AFG")),
    ("Chile, Argentina Sign Energy Pact", ("CHL", "05", "ARG")),
])
def test_title_case_headline_is_parsed_in_sentence_case(code, text: str,
                                                         expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    got = _country_dyads(code(text))
    assert expected in got, got


def test_title_case_headline_keeps_its_text(code) -> None:  # type: ignore[no-untyped-def]
    text = "Serbia Expels Three Croatian Diplomats"
    events = code(text)
    assert events and events[0].source.text == "Serbia" and events[0].target is not None
    assert events[0].target.text[0].isupper(), events[0].target.text


def test_recasing_spares_names_and_body_sentences() -> None:
    stop, words = frozenset({"over", "of", "on", "in", "the"}), frozenset({"claim", "attack", "slam"})
    names = {"Islamic State", "Rapid Support Forces"}.__contains__
    got = recased_headline("Islamic State Claims Attack On Rapid Support Forces", stop, words, names)
    assert got == "Islamic State claims attack on Rapid Support Forces"
    # a body sentence has lower-case content words: it is no title-case headline
    assert recased_headline("Iraq slammed Turkey over the raids on Monday.", stop, words, names) is None
    assert recased_headline("IRAQ SLAMS TURKEY OVER RAIDS", stop, words, names) is None


# a sanction, coercion or use of force with no target of its own answers the act its "after"/"following"
# phrase names: that act's doer is the target ("answered_roots")
@pytest.mark.parametrize(("text", "expected"), [
    ("Japan suspended yen loans after China's nuclear test.", ("JPN", "16", "CHN")),
    ("The EU imposed new sanctions following Russia's invasion of Ukraine.", ("EUR", "16", "RUS")),
    ("The US Treasury imposed sanctions after the arrest of opposition leaders by Venezuelan security "
     "forces.", ("USA", "16", "VEN")),
    ("Israeli troops raided the camp following a shooting attack by Palestinian gunmen.",
     ("ISR", "19", "PSE")),
])
def test_reprisal_targets_the_doer_of_the_act_it_follows(code, text: str,
                                                          expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    got = _country_dyads(code(text))
    assert expected in got, got


def test_reprisal_without_a_told_doer_gets_no_invented_target(code) -> None:  # type: ignore[no-untyped-def]
    # the clashes and the attack name no doer: the arrests keep only the people they befell
    assert dyads(code("Police detained dozens following clashes in the capital.")) == set()
    got = dyads(code("Kenyan police arrested six suspects following the attack."))
    assert got and all(t == "KENCRM" for _, r, t in got if r == "17"), got


# an act that draws a reaction: a party named before the reaction noun (its nationality or owner) does it
# to the act's doer, as a "from" party does ("eliciting_verbs")
@pytest.mark.parametrize(("text", "expected"), [
    ("India's purchase of Russian oil triggered American sanctions.", ("USA", "16", "IND")),
    ("Beijing's survey of the disputed atoll drew Vietnamese condemnation.", ("VNM", "11", "CHN")),
])
def test_reaction_named_by_its_doers_nationality(code, text: str,
                                                 expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    got = _country_dyads(code(text))
    assert expected in got, got


def test_drawn_reaction_without_a_party_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    assert dyads(code("The opposition leader's speech drew loud applause.")) == set()
