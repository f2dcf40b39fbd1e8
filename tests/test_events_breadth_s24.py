"""Coder, session 24: less common wording of events across the CAMEO roots (headline verbs, idioms, light
verbs, naming verbs), coded by CAMEO's definitions, and their literal senses left uncoded."""

from __future__ import annotations

from datetime import datetime

from spacy.language import Language

from _events_fake import code_text, triples
from triadic.events import EventCoder
from triadic.model import Event

_WHEN = datetime(2021, 3, 9)


def _code(nlp: Language, coder: EventCoder, text: str) -> list[Event]:
    return code_text(nlp, coder, text, _WHEN)


def _roots(nlp: Language, coder: EventCoder, text: str) -> set[str]:
    return {e.root for e in _code(nlp, coder, text)}


# ---------------------------------------------------------------- criticism (111)
def test_retort_over_a_policy_is_criticism_not_gunfire(nlp, coder) -> None:
    evs = _code(nlp, coder, "Beijing fired back at Washington over the new tariffs.")
    assert ("CHN", "111", "USA") in triples(evs)
    assert not [e for e in evs if e.root == "19"]


def test_troops_firing_back_at_an_enemy_still_fight(nlp, coder) -> None:
    assert "11" not in _roots(nlp, coder, "Israeli troops fired back at the gunmen near the fence.")


def test_lecturing_a_party_on_conduct_is_criticism(nlp, coder) -> None:
    evs = _code(nlp, coder, "Moscow lectured Tokyo on democracy and human rights.")
    assert ("RUS", "111", "JPN") in triples(evs)


def test_a_lecture_on_a_subject_is_no_event(nlp, coder) -> None:
    assert not _code(nlp, coder, "The professor lectured the students on Korean history.")


def test_termed_with_a_word_of_blame_is_criticism(nlp, coder) -> None:
    evs = _code(nlp, coder, "Seoul termed Pyongyang's missile launch a cynical ploy.")
    assert ("KOR", "111", "PRK") in {t for t in triples(evs) if t[1] == "111"}
    asa = _code(nlp, coder, "Tokyo termed Beijing's remarks as irresponsible.")
    assert ("JPN", "111", "CHN") in triples(asa)


def test_termed_with_praise_is_no_criticism(nlp, coder) -> None:
    assert "11" not in _roots(nlp, coder, "Japan termed the talks with South Korea productive.")


def test_new_pejorative_names_are_criticism(nlp, coder) -> None:
    evs = _code(nlp, coder, "Russia called Japan's claims a fabrication.")
    assert ("RUS", "111", "JPN") in triples(evs)


# ---------------------------------------------------------------- threats (130), options (014)
def test_promised_punishment_is_a_threat(nlp, coder) -> None:
    evs = _code(nlp, coder, "Iran pledged harsh punishment against Israel for the killing.")
    assert ("IRN", "130", "ISR") in triples(evs)


def test_idea_floated_is_an_option_considered(nlp, coder) -> None:
    evs = _code(nlp, coder, "Japan floated the idea of a summit with North Korea.")
    assert "014" in {e.cameo for e in evs}


# ---------------------------------------------------------------- reduced relations (16), rejection (12)
def test_plug_pulled_on_aid_stops_aid(nlp, coder) -> None:
    evs = _code(nlp, coder, "Washington pulled the plug on aid to Pyongyang.")
    assert ("USA", "162", "PRK") in triples(evs)


def test_deal_walked_out_of_is_rejected(nlp, coder) -> None:
    evs = _code(nlp, coder, "Russia walked out of the fisheries agreement with Japan.")
    assert ("RUS", "127", "JPN") in triples(evs)


def test_quitting_a_body_is_no_resignation(nlp, coder) -> None:
    assert "0831" not in {e.cameo for e in _code(nlp, coder, "Russia quit the Council of Europe.")}
    assert "0831" in {e.cameo for e in _code(nlp, coder, "Trump quit his post on Friday.")}


# ---------------------------------------------------------------- coerce (17), fight (19)
def test_curfew_slapped_on_a_city_is_a_curfew(nlp, coder) -> None:
    evs = _code(nlp, coder, "Chinese authorities slapped a curfew on the city after the riots.")
    assert "1723" in {e.cameo for e in evs}


def test_troops_trading_blows_fight_both_ways(nlp, coder) -> None:
    evs = _code(nlp, coder, "Chinese and Russian troops came to blows on the border.")
    assert {("CHN", "190", "RUS"), ("RUS", "190", "CHN")} <= triples(evs)


# ---------------------------------------------------------------- visits, hosting, cooperation (04, 05)
def test_jetting_to_a_capital_is_a_visit(nlp, coder) -> None:
    evs = _code(nlp, coder, "Trump jetted to Seoul for talks with Moon.")
    assert ("USAGOV", "042", "KOR") in triples(evs)


def test_a_feted_visitor_is_hosted(nlp, coder) -> None:
    evs = _code(nlp, coder, "Xi Jinping feted Kim with a banquet in Beijing.")
    assert ("CHNGOV", "043", "PRKGOV") in triples(evs)


def test_ties_formalised_and_cemented_are_cooperation(nlp, coder) -> None:
    assert "050" in {e.cameo for e in _code(nlp, coder, "Israel and Japan formalised ties.")}
    assert "050" in {e.cameo for e in _code(nlp, coder, "Russia and Iran cemented their partnership.")}


def test_support_thrown_behind_a_bid_endorses_it(nlp, coder) -> None:
    evs = _code(nlp, coder, "Washington threw its support behind Tokyo's bid.")
    assert ("USA", "051", "JPN") in triples(evs)
