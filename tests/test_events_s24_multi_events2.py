"""Session 24 second events in long sentences, second round: bare replies and regretted decisions.

A reply promised with no word of force ("vowed to respond", "would react") is a threat (CAMEO 13)
when it answers an act of force, sanction or pressure that the sentence tells, in an "after" clause
or phrase or as the reply's "to" object; against a letter or an election it is none. A decision a
party "said it regretted" is no 010 statement aimed at the decision's author."""

from __future__ import annotations


def _pairs(events: list) -> set[tuple[str, str | None, str]]:  # type: ignore[type-arg]
    return {(e.source.actor.code, e.target.actor.code if e.target else None, e.cameo[:2]) for e in events}


def _has(pairs: set[tuple[str, str | None, str]], src: str, tgt: str, root: str) -> bool:
    return any(s.startswith(src) and t is not None and t.startswith(tgt) and r == root for s, t, r in pairs)


def test_a_vow_to_respond_after_a_strike_is_a_threat(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Iran vowed to respond after an Israeli strike destroyed its consulate in "
                        "Damascus, killing two generals."))
    assert _has(pairs, "IRN", "ISR", "13"), pairs


def test_a_vow_to_respond_after_water_cannon_fire(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Manila vowed to respond after Chinese coast guard vessels fired water cannon "
                        "at a Philippine supply boat."))
    assert _has(pairs, "PHL", "CHN", "13"), pairs


def test_would_respond_after_shelling_reported(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Pakistan said it would respond after Afghan forces shelled border posts in "
                        "Kurram district."))
    assert _has(pairs, "PAK", "AFG", "13"), pairs


def test_would_respond_to_sanctions_is_a_threat(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Moscow said it would respond to the new sanctions imposed by the European Union."))
    assert _has(pairs, "RUS", "EU", "13"), pairs


def test_responding_to_a_letter_is_no_threat(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Seoul said it would respond to the letter from Pyongyang next week."))
    assert not any(r == "13" for _, _, r in pairs), pairs


def test_responding_after_an_election_is_no_threat(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Kenya's foreign minister said Nairobi would respond after the election in Uganda."))
    assert not any(r == "13" for _, _, r in pairs), pairs


def test_a_decision_said_to_be_regretted_is_no_statement(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Algeria suspended a friendship treaty with Spain, a decision Madrid said it "
                        "deeply regretted."))
    assert _has(pairs, "DZA", "ESP", "16"), pairs
    assert not any(r == "01" and t is not None for _, t, r in pairs), pairs


def test_an_expulsion_said_to_be_regretted_is_no_statement(code) -> None:  # type: ignore[no-untyped-def]
    pairs = _pairs(code("Nairobi expelled two Ugandan diplomats on Monday, a move Kampala said it "
                        "regretted."))
    assert not any(r == "01" and t is not None for _, t, r in pairs), pairs
