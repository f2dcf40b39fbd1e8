"""Session 10, round 3: bare 'visiting' guests, appeals told to the press, and ended cooperation."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _trips(events: list) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, code) of each event."""
    return {
        (e.source.actor.country, e.target.actor.country if e.target else None, e.cameo) for e in events
    }


@pytest.mark.parametrize(
    ("text", "host", "guest", "hosting"),
    [
        ("Kenyan President William Ruto received visiting Ugandan President Yoweri Museveni in Nairobi.",
         "KEN", "UGA", "043"),
        ("The Vietnamese president hosted visiting Philippine President Ferdinand Marcos in Hanoi.",
         "VNM", "PHL", "043"),
        ("French President Emmanuel Macron welcomed visiting Indian Prime Minister Narendra Modi at the "
         "Elysee.",
         "FRA", "IND", "043"),
        ("Turkish President Recep Tayyip Erdogan held talks with visiting Iraqi Prime Minister Mohammed "
         "Shia al-Sudani.", "TUR", "IRQ", "046"),
    ],
)
def test_bare_visiting_guest_visits_the_host(code, text: str, host: str, guest: str, hosting: str) -> None:
    trips = _trips(code(text))
    assert (guest, host, "042") in trips, trips  # the guest is the visitor
    assert (host, guest, "042") not in trips, trips  # not the host visiting the guest
    assert (host, guest, hosting) in trips, trips  # the host's own act reaches the guest


def test_visiting_places_stays_the_subjects_visit(code) -> None:
    # a participle naming places (no titled guest) is the subject's own visit
    trips = _trips(code("French President Emmanuel Macron began an African tour on Monday, visiting Senegal "
                        "and Ghana."))
    assert ("FRA", "SEN", "042") in trips and ("FRA", "GHA", "042") in trips, trips


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Chinese Foreign Minister Wang Yi told reporters that Japan should apologise for its wartime past.",
         "JPN"),
        ("The Iranian foreign minister told journalists that the United States should lift all sanctions.",
         "USA"),
        ("Pakistan's defence minister told the press that India must stop its attacks in Kashmir.", "IND"),
        ("The Kremlin spokesman told journalists Ukraine should withdraw its troops from Kursk.", "UKR"),
    ],
)
def test_appeal_told_to_the_press_targets_the_clause_subject(code, text: str, asked: str) -> None:
    events = [e for e in code(text) if e.root == "10"]
    assert events, text
    assert all(e.target is not None and e.target.actor.country == asked for e in events), [
        (e.cameo, e.target.text if e.target else None) for e in events
    ]
    assert not any(e.target is not None and e.target.actor.role == "MED" for e in events)


def test_order_to_newspapers_still_targets_them(code) -> None:
    # an infinitive order to the press is aimed at the press itself (ordered to shut itself, it is
    # the orderer's restriction of the press, 17)
    events = code("The Afghan president ordered all Pakistani newspapers to suspend publication.")
    assert any(e.root == "17" and e.target is not None and e.target.actor.role == "MED" for e in events), [
        (e.cameo, e.target.text if e.target else None) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Russia announced the end of military cooperation with Mali on Friday.", "RUS", "MLI"),
        ("Turkey announced the suspension of security cooperation with Sweden.", "TUR", "SWE"),
        ("Australia announced the termination of economic cooperation with China.", "AUS", "CHN"),
        ("Seoul ordered a freeze on military contacts with Pyongyang.", "KOR", "PRK"),
    ],
)
def test_ended_cooperation_reduces_relations(code, text: str, src: str, tgt: str) -> None:
    trips = _trips(code(text))
    assert (src, tgt, "160") in trips, trips
    assert not any(c[:2] in ("04", "06") for _, _, c in trips), trips


def test_resumed_cooperation_stays_cooperation(code) -> None:
    trips = _trips(code("Germany announced the resumption of military cooperation with Niger."))
    assert ("DEU", "NER", "062") in trips, trips


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Indian and Chinese troops disengaged from two friction points in Ladakh.", "IND", "CHN"),
        ("Armenian and Azerbaijani forces pulled back from the line of contact.", "ARM", "AZE"),
        ("India and China completed the disengagement in Ladakh.", "IND", "CHN"),
    ],
)
def test_two_sides_stepping_back_do_so_toward_each_other(code, text: str, a: str, b: str) -> None:
    trips = {t for t in _trips(code(text)) if t[2].startswith("087")}
    assert {t[:2] for t in trips} == {(a, b), (b, a)}, trips


def test_allies_withdrawing_together_name_no_target(code) -> None:
    # a plain withdrawal by two allies from a third place is no de-escalation toward each other
    trips = _trips(code("American and British troops withdrew from the city of Basra."))
    assert not any({s, t} == {"USA", "GBR"} and c.startswith("087") for s, t, c in trips), trips


@pytest.mark.parametrize(
    "text",
    [
        "Rebels of the M23 group pulled out of Uvira on Sunday.",
        "Rebels of the Arakan Army pulled out of the port town after a week.",
        "Rebels of the Houthi movement pulled out of the coastal district of Hodeidah.",
    ],
)
def test_capitalised_plural_subject_meets_subject_words(code, text: str) -> None:
    # "Rebels" opening the sentence is tagged as a name with a plural lemma; it still meets the
    # withdrawal pattern's subject words (a pullback, not a walkout from talks)
    roots = {e.root for e in code(text)}
    assert "08" in roots and "12" not in roots, roots
