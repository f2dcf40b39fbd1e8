"""Trigger finding: "no event" senses, amounts and partitives, lemma corrections, compound modifiers,
time phrases, speakers' subjects and sending verbs. Every sentence is written for this file."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from _events_fake import sentence_code as _code
from _events_fake import trigger_codes as _triggers
from triadic.cli import app
from triadic.events import EventCoder, load_patterns, shipped_patterns
from triadic.events._patterns import NO_EVENT


# 1. "no event" senses block the weaker pattern on the same word, and what they matched.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The border negotiations hit a snag on Friday.", "hit"),
        ("Lisbon pressed ahead with the pension reform.", "pressed"),
        ("The cabinet promised to fight corruption in the customs service.", "fight"),
        ("The airline fired employees after the strike.", "fired"),
    ],
)
def test_no_event_sense_blocks_the_trigger(nlp: Language, coder: EventCoder, text: str, word: str) -> None:
    assert word not in _triggers(nlp, coder, text)


def test_no_event_sense_blocks_its_object(nlp: Language, coder: EventCoder) -> None:
    trig = _triggers(nlp, coder, "Ghana took out a loan to finance the new port.")
    assert "loan" not in trig and "took" not in trig
    # the other sense is untouched: a loan given is aid
    assert _code(nlp, coder, "The World Bank gave Ghana a loan for the new port.") == "071"


def test_real_senses_still_code(nlp: Language, coder: EventCoder) -> None:
    # artillery as the doer is fighting with artillery (CAMEO 194), a sense of "hit" all the same
    assert _code(nlp, coder, "Artillery hit the outskirts of the town overnight.") == "194"
    assert _code(nlp, coder, "Rebels fired rockets at the airport.") in {"190", "194"}


def test_no_event_patterns_are_no_code(tmp_path: Path) -> None:
    ps = shipped_patterns()
    assert NO_EVENT not in ps.codes()
    assert any(p.code == NO_EVENT for p in ps.verbs["hit"])
    # a user file may add its own "none" senses
    f = tmp_path / "mine.yaml"
    f.write_text('codes:\n  none:\n    verbs: ["roll out +carpet"]\n', encoding="utf-8")
    mine = load_patterns([f])
    assert any(p.code == NO_EVENT and p.user for p in mine.verbs["roll"])
    r = CliRunner().invoke(app, ["patterns", "--check", "--patterns", str(f)])
    assert r.exit_code == 0, r.output


# 2. Amounts and partitives: the object inside "of" meets the pattern's +object.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Uganda welcomed thousands of refugees from South Sudan.", "075"),
        ("Kenya withdrew hundreds of its soldiers from Somalia.", "0874"),
        ("Chad expelled some of the peacekeepers last week.", "1661"),
        ("Sweden took in a number of refugees from Eritrea.", "075"),
    ],
)
def test_amounts_reach_the_real_object(nlp: Language, coder: EventCoder, text: str, code: str) -> None:
    assert _code(nlp, coder, text) == code


def test_no_amount_keeps_its_own_object(nlp: Language, coder: EventCoder) -> None:
    # "the decision of the court": not an amount, so its own head meets the pattern
    assert _code(nlp, coder, "The mayor welcomed the decision of the court.") == "051"


# 3. Lemma corrections at trigger lookup (the workaround forms are gone from the YAML).
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Farmers staged a protest outside the ministry.", "141"),
        ("The insurgents waged a campaign against the police.", "190"),
        ("A judge fined the ferry company for the spill.", "116"),
        ("Riot police cordoned off the parliament building.", "191"),
        ("The senator lambasted Ottawa over the pipeline.", "111"),
    ],
)
def test_lemma_corrections(nlp: Language, coder: EventCoder, text: str, code: str) -> None:
    assert _code(nlp, coder, text) == code


def test_workaround_forms_removed() -> None:
    ps = shipped_patterns()
    for form in ("staged", "waged", "raped", "fined", "cordoned", "lambasted"):
        assert form not in ps.verbs
    g = ps.grammar
    assert g is not None and g.lemma_fixes["staged"] == "stage"


# 4. Compound modifiers, time phrases.
def test_compound_modifier_never_triggers(nlp: Language, coder: EventCoder) -> None:
    trig = _triggers(nlp, coder, "Peru bought attack helicopters from Russia.")
    assert "attack" not in trig
    assert _code(nlp, coder, "Peru bought attack helicopters from Russia.") == "061"
    # the head of "peace talks" is still the event
    assert _triggers(nlp, coder, "Sudan and Chad resumed peace talks.").get("talks") == "046"


def test_compound_before_a_carrier_noun_triggers(nlp: Language, coder: EventCoder) -> None:
    assert _code(nlp, coder, "Oman launched a mediation effort between the two parties.") is not None


def test_time_phrase_is_no_pattern_preposition(nlp: Language, coder: EventCoder) -> None:
    assert _code(nlp, coder, "Canada called Mexico on Tuesday about the tariffs.") != "020"
    assert _code(nlp, coder, "Canada called on Mexico to lift the tariffs.") is not None


# 5. A trigger inside the speaker's own subject is not the main event.
def test_speaker_subject_is_not_the_event(nlp: Language, coder: EventCoder) -> None:
    got = _code(nlp, coder, "Members of the Libyan opposition said Egypt had bombed Derna.")
    assert got is not None and got[:2] == "19"
    text = "The envoy of the truce monitors said Niger had arrested the journalists."
    reading = coder.read_sentence(next(iter(nlp(text).sents)))
    assert reading is not None and reading.code == "173"


# 6. Sending people and things to a party.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ankara sent a delegation to Baghdad.", "042"),
        ("Qatar dispatched an envoy to Kabul.", "042"),
        ("Norway sent relief supplies to Gaza.", "070"),
        ("Britain sent troops to Estonia.", "154"),
    ],
)
def test_send_to_party(nlp: Language, coder: EventCoder, text: str, code: str) -> None:
    assert _code(nlp, coder, text) == code


def test_sent_to_investigate_is_the_investigation(nlp: Language, coder: EventCoder) -> None:
    got = _code(nlp, coder, "Brazil sent officials to Bolivia to investigate the explosion.")
    assert got is not None and got[:2] == "09"


def test_title_case_headline_verbs(nlp: Language, coder: EventCoder) -> None:
    trig = _triggers(nlp, coder, "Ukraine Shelled Border Villages Overnight")
    assert trig.get("shelled", "")[:2] == "19"
    # a name stays a name, and so does a lower-case sentence's proper noun
    assert "ukraine" not in trig
    assert "marches" not in _triggers(nlp, coder, "The team of Paul Marches won the cup in Lyon.")


def test_plain_forms() -> None:
    from triadic.events._reading import _plain_forms

    assert "condemn" in _plain_forms("condemns")
    assert "bomb" in _plain_forms("bombed")
    assert "close" in _plain_forms("closed")
    assert "stop" in _plain_forms("stopped")
    assert "deny" in _plain_forms("denies")


def _triples(text: str) -> set[tuple[str, str, str]]:
    import json

    r = CliRunner().invoke(app, ["explain", text, "--format", "json"])
    assert r.exit_code == 0, r.output
    events = json.loads(r.output[r.output.index("{") :])["events"]
    return {(e["source"]["code"], e["cameo"], (e["target"] or {}).get("code", "")) for e in events}


def test_amount_keeps_source_and_target() -> None:
    # the source's own soldiers inside the amount are what it acts with; the target is where from
    assert ("KEN", "0874", "SOM") in _triples("Kenya withdrew hundreds of its soldiers from Somalia.")
    assert any(
        s == "UGA" and c == "075" and t.startswith("SSD")
        for s, c, t in _triples("Uganda welcomed thousands of refugees from South Sudan.")
    )


def test_sending_officials_is_a_visit() -> None:
    assert any(
        s == "RUS" and c == "042" and t.startswith("BLR")
        for s, c, t in _triples("Russia sent officials to Minsk.")
    )
