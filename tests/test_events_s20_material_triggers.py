"""Session 20: missing triggers of material cooperation (06-08) and meetings at a third place (044).
Intelligence exchanged both ways (064), captives handed to a side (0841), curbs on trade (085) or on aid
(0863) lifted, blacklisted parties delisted (085), envoys let in (086), a foreign force's deployment
accepted (0861), air cover and naval escorts (074), a convoy let in whose participle the parser hangs
on it, negotiators who sit down in a third city (044). Negatives keep their readings. Every sentence is
written for this file."""

from __future__ import annotations

import pytest

from _event_sets import coded_triples


def _codes(events: list) -> set[str]:
    return {e.cameo for e in events}


def test_intelligence_exchanged_is_shared_both_ways(code) -> None:
    events = code("Seoul and Tokyo exchanged military intelligence on North Korea's missile tests.")
    pairs = {(c, s[:3], t[:3] if t else None) for c, s, t in coded_triples(events)}
    assert ("064", "KOR", "JPN") in pairs and ("064", "JPN", "KOR") in pairs, pairs


def test_hostages_handed_to_the_red_cross_are_released(code) -> None:
    events = code("Hamas handed four hostages to the Red Cross in Khan Younis on Thursday.")
    assert "0841" in _codes(events), coded_triples(events)
    assert "181" not in _codes(events), coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing lifted its ban on Japanese beef imports on Tuesday.",
        "Ottawa eased restrictions on exports to Pakistan.",
    ],
)
def test_trade_curbs_lifted_ease_an_embargo(code, text: str) -> None:
    events = code(text)
    assert "085" in _codes(events), coded_triples(events)


def test_restrictions_on_aid_lifted_allow_humanitarian_access(code) -> None:
    events = code("Sudan's government lifted restrictions on aid convoys bound for Darfur.")
    assert "0863" in _codes(events), coded_triples(events)


def test_restrictions_on_workers_stay_an_easing(code) -> None:
    events = code("Jordan lifted restrictions on Syrian workers on Sunday.")
    assert "0863" not in _codes(events), coded_triples(events)


def test_convoy_with_its_participle_is_let_in(code) -> None:
    events = code("Ethiopia's army allowed a UN convoy carrying wheat and medicine into Mekelle on Friday.")
    assert "0863" in _codes(events), coded_triples(events)


def test_delisting_eases_sanctions(code) -> None:
    events = code("Britain delisted Iran's central bank on Monday.")
    assert "085" in _codes(events), coded_triples(events)


def test_a_list_of_candidates_is_no_sanction(code) -> None:
    events = code("The party removed him from its list of candidates for the election.")
    assert not any(e.cameo.startswith("08") for e in events), coded_triples(events)


def test_envoy_let_in_is_international_involvement(code) -> None:
    events = code("Myanmar allowed the UN special envoy to visit Naypyidaw in May.")
    assert "086" in _codes(events), coded_triples(events)


def test_foreign_force_accepted_is_received(code) -> None:
    events = code("Mali accepted the deployment of a Russian force on Tuesday.")
    assert "0861" in _codes(events), coded_triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "American jets provided air cover for Iraqi troops near Mosul.",
        "The Indian navy provided escort to merchant ships in the Gulf of Aden.",
    ],
)
def test_air_cover_and_escort_are_protection(code, text: str) -> None:
    events = code(text)
    assert "074" in _codes(events), coded_triples(events)


def test_political_cover_is_no_protection(code) -> None:
    events = code("Washington gave Israel political cover at the Security Council.")
    assert "074" not in _codes(events), coded_triples(events)


def test_negotiators_sitting_down_in_a_third_city_meet_there(code) -> None:
    events = code("Iranian and American negotiators sat down in Muscat on Saturday.")
    pairs = coded_triples(events)
    assert {p[0] for p in pairs} == {"044"} and len(pairs) == 2, pairs


def test_protesters_sitting_down_hold_no_meeting(code) -> None:
    events = code("Hundreds of protesters sat down in the road outside parliament.")
    assert "044" not in _codes(events), coded_triples(events)
