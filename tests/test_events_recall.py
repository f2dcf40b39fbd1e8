"""Recall on unseen news: passive participles, reporting frames, per-pattern reciprocals, force on a place."""

from __future__ import annotations

from datetime import datetime

import pytest

from _events_fake import code_text, dyads, triples
from triadic.errors import DictionaryError
from triadic.events import load_patterns
from triadic.model import Event


@pytest.fixture(scope="module")
def code(nlp, coder):  # type: ignore[no-untyped-def]
    def run(text: str) -> list[Event]:
        return code_text(nlp, coder, text, datetime(2024, 3, 1))

    return run


# ---------------------------------------------------------------- passives and participles with an agent
def test_participle_with_agent_on_a_noun_is_the_agents_act(code) -> None:
    evs = code("The embargo imposed by Washington on Iran remains in force.")
    assert ("USA", "163", "IRN") in triples(evs)
    assert not any(e.source.actor.code == "IRN" for e in evs)


def test_participle_agent_on_an_event_noun_gives_a_reciprocal_pact(code) -> None:
    evs = code("The truce agreed by Israel and Iran in March broke down on Sunday.")
    got = dyads(evs)
    assert ("ISR", "03", "IRN") in got and ("IRN", "03", "ISR") in got


def test_author_of_the_rejected_object_is_the_target(code) -> None:
    evs = code("Tokyo flatly rejected a charge by Beijing on Thursday.")
    assert ("JPN", "016", "CHN") in triples(evs)


def test_author_of_a_welcomed_decision_is_the_target(code) -> None:
    evs = code("Seoul praised the decision by Pyongyang to reopen the hotline.")
    assert ("KOR", "051", "PRK") in triples(evs)


# ---------------------------------------------------------------- events inside a reporting frame
def test_reported_strike_on_a_place_is_coded_against_the_place(code) -> None:
    evs = code("Israeli troops shelled positions in Iran overnight, the army said.")
    assert ("ISRMIL", "19", "IRN") in dyads(evs)


def test_rockets_fired_at_a_country_are_an_attack_on_it(code) -> None:
    evs = code("Iran fired rockets at Israel late on Sunday, officials in Tehran said.")
    assert ("IRN", "19", "ISR") in dyads(evs)


def test_place_is_not_a_target_when_a_party_is_named(code) -> None:
    evs = code("Russian jets bombed Japan's fishing fleet near China, Moscow said.")
    got = dyads(evs)
    assert ("RUS", "19", "JPN") in got
    assert ("RUS", "19", "CHN") not in got


def test_place_of_a_meeting_is_still_no_target(code) -> None:
    # only force reads a place as what is hit
    evs = code("Russia signed a gas deal in Iran on Monday.")
    assert not any(e.target is not None and e.target.actor.code == "IRN" for e in evs)


# ---------------------------------------------------------------- reciprocal per pattern
def test_exchanging_prisoners_is_coded_both_ways(code) -> None:
    evs = code("Russia and Japan exchanged prisoners on Friday.")
    got = triples(evs)
    assert ("RUS", "0841", "JPN") in got and ("JPN", "0841", "RUS") in got


def test_trading_accusations_is_coded_both_ways(code) -> None:
    evs = code("China and Japan traded accusations over the disputed islands.")
    got = triples(evs)
    assert ("CHN", "112", "JPN") in got and ("JPN", "112", "CHN") in got


def test_one_sided_use_of_a_reciprocal_pattern_stays_directed(code) -> None:
    evs = code("South Korea reopened the border crossing to North Korea.")
    got = {(s, c[:3], t) for s, c, t in triples(evs)}
    assert ("KOR", "087", "PRK") in got
    assert not any(e.source.actor.code == "PRK" for e in evs)


def test_release_of_one_sides_prisoners_is_not_reciprocal(code) -> None:
    evs = code("Iran released two Israeli prisoners on Monday.")
    assert not any(e.source.actor.code == "ISR" for e in evs)


def _user_patterns(tmp_path, spec: str):  # type: ignore[no-untyped-def]
    f = tmp_path / "mine.yaml"
    f.write_text(f'version: 1\ncodes:\n  "0841":\n    verbs: ["{spec}"]\n', encoding="utf-8")
    return [p for p in load_patterns([f]).all_patterns() if p.user]


def test_reciprocal_marker_in_a_user_pattern(tmp_path) -> None:
    assert [p.reciprocal for p in _user_patterns(tmp_path, "hand over <> +hostage")] == [True]
    assert [p.reciprocal for p in _user_patterns(tmp_path, "hand over +hostage")] == [False]


def test_reciprocal_marker_rejects_other_symbols(tmp_path) -> None:
    with pytest.raises(DictionaryError, match="unexpected characters"):
        _user_patterns(tmp_path, "swap <>> +hostage")


# ---------------------------------------------------------------- demands and approvals
def test_ordering_foreign_troops_to_leave_is_a_demand_to_withdraw(code) -> None:
    # session 10: forces ordered out are expelled (166), as peacekeepers ordered out are (1661); was 106
    evs = code("Pyongyang ordered American troops to leave the country.")
    assert ("PRK", "166", "USA") in triples(evs)


def test_approving_an_accession_is_cooperation(code) -> None:
    evs = code("Japan approved South Korea's accession to the treaty on Tuesday.")
    assert any(s == "JPN" and c == "057" for s, c, _ in triples(evs))


def test_approving_a_bid_endorses_the_bidder(code) -> None:
    evs = code("Moscow approved Tokyo's bid for observer status.")
    assert ("RUS", "051", "JPN") in triples(evs)


# ---------------------------------------------------------------- nominal events with a participle
def test_mediated_talks_give_mediation_and_reciprocal_talks(code) -> None:
    evs = code("The talks mediated by Japan between Russia and China ended on Monday.")
    got = dyads(evs)
    assert ("JPN", "04", "RUS") in got and ("JPN", "04", "CHN") in got
    assert ("RUS", "04", "CHN") in got and ("CHN", "04", "RUS") in got
    assert ("JPN", "04", "JPN") not in got


def test_brokered_truce_is_mediation_plus_the_sides_truce(code) -> None:
    evs = code("China brokered a truce between Russia and Japan last week.")
    got = triples(evs)
    assert ("CHN", "045", "RUS") in got and ("CHN", "045", "JPN") in got
    assert ("RUS", "0871", "JPN") in got and ("JPN", "0871", "RUS") in got


def test_nominal_passive_names_doer_and_victim(code) -> None:
    evs = code("Iran condemned the killing of Russian advisers by Israel.")
    got = dyads(evs)
    assert ("IRN", "11", "ISR") in got
    assert ("ISR", "18", "RUS") in got


def test_possessor_does_the_nominal_act_to_the_of_phrase(code) -> None:
    evs = code("Japan's condemnation of North Korea came within hours.")
    assert ("JPN", "111", "PRK") in triples(evs)


def test_pronoun_possessor_gives_no_of_target(code) -> None:
    # "its" is left to the clause subject: no dyad is made from the pronoun alone
    evs = code("Its condemnation of North Korea came within hours.")
    assert not any(e.target is not None and e.target.actor.code == "PRK" for e in evs)


def test_revoking_an_agreement_rejects_it(code) -> None:
    evs = code("Iran revoked its nuclear agreement with Russia on Monday.")
    assert ("IRN", "127", "RUS") in triples(evs)


def test_object_relative_clause_takes_the_modified_noun_as_object(code) -> None:
    evs = code("The sanctions Washington imposed on Moscow were lifted in June.")
    assert ("USA", "163", "RUS") in triples(evs)


def test_subject_relative_clause_keeps_its_own_object(code) -> None:
    evs = code("Sanctions that hurt Japan were imposed by Washington on Russian banks.")
    got = triples(evs)
    assert ("USA", "163", "RUS") in got
    assert not any(e.source.actor.code == "JPN" for e in evs)


def test_announced_ceasefire_keeps_its_own_sides(code) -> None:
    evs = code("A ceasefire between Israel and Iran was announced by Washington.")
    got = triples(evs)
    assert ("ISR", "0871", "IRN") in got and ("IRN", "0871", "ISR") in got
    assert not any(e.source.actor.code == "USA" and e.cameo == "0871" for e in evs)


def test_doer_of_a_condemned_strike_is_the_target_wherever_by_hangs(code) -> None:
    evs = code("Iran condemned the air strike on its consulate by Israel.")
    assert ("IRN", "111", "ISR") in triples(evs)


def test_between_hung_on_the_agent_still_names_the_sides(code) -> None:
    evs = code("Talks hosted by Japan between Russia and China resumed on Monday.")
    got = dyads(evs)
    assert ("RUS", "04", "CHN") in got and ("CHN", "04", "RUS") in got


def test_direct_object_is_the_target_when_the_pattern_object_follows_a_preposition(code) -> None:
    evs = code("Iran's president accused Israel of war crimes in Syria.")
    assert any(s == "IRN" and c.startswith("112") and t == "ISR" for s, c, t in triples(evs))
