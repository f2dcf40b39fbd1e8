"""Session 9, round 2: threats, warnings and clause structure. A warning whose content is what the
speaker's own side could or would do is a threat (13x); every sentence is written for this file."""

from __future__ import annotations

import pytest


def _roots(events: list) -> list[str]:
    return [e.root for e in events if e.modality != "negated"]


@pytest.mark.parametrize(
    ("text", "code_prefix", "target"),
    [
        # a coercive act the own side could do is recoded in the threat family (191 -> 1381)
        (
            "Venezuela's defence minister warned on Tuesday that Caracas could seal the border with "
            "Colombia if Bogota allowed foreign troops in.",
            "138",
            "COL",
        ),
        (
            "Bolivia's interior minister warned that La Paz might close the border with Peru if "
            "smuggling went on.",
            "138",
            "PER",
        ),
    ],
)
def test_warned_coercive_act_of_own_side_is_a_threat(code, text: str, code_prefix: str, target: str) -> None:
    events = code(text)
    threats = [e for e in events if e.root == "13"]
    assert threats, [(e.cameo, e.rule) for e in events]
    assert any(
        e.cameo.startswith(code_prefix) and e.target and e.target.actor.country == target for e in threats
    )
    # the blockade itself is only threatened: no closure (19x) is coded as well
    assert "19" not in _roots(events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Serbia's army chief warned that his troops were ready to take back the villages by force.",
        "Armenia's prime minister warned that Yerevan reserved the right to respond to any attack.",
        "Chad's army warned on Monday that its soldiers would not stand idly by.",
    ],
)
def test_warned_uncoded_act_of_own_side_is_the_threat(code, text: str) -> None:
    events = code(text)
    assert "13" in _roots(events), [(e.cameo, e.rule) for e in events]
    # "would not stand idly by" is no refusal (12) nor a denied act
    assert "12" not in _roots(events) and "05" not in _roots(events), [(e.cameo, e.rule) for e in events]


def test_threat_by_armed_forces_is_military(code) -> None:
    events = code("Serbia's army chief warned that his troops were ready to take back the villages by force.")
    assert any(e.cameo == "138" for e in events), [(e.cameo, e.rule) for e in events]


def test_warning_about_others_stays_a_comment(code) -> None:
    # what someone else might do is a pessimistic comment about it, no threat by the speaker
    events = code("Kenya's foreign minister warned that Somalia could close its airspace to Kenyan flights.")
    assert "13" not in _roots(events), [(e.cameo, e.rule) for e in events]


def test_warned_threat_aimed_at_condition_doer(code) -> None:
    events = code(
        "Guyana's president warned that Georgetown would respond firmly if Venezuela sent troops "
        "across the river."
    )
    threats = [e for e in events if e.root == "13"]
    assert any(e.target and e.target.actor.country == "VEN" for e in threats), [
        (e.cameo, e.rule, e.target) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Peru's national teachers' union called a general strike for April 12 to demand higher pay.",
        "Peru's national teachers' union called a general strike for Monday.",
        "Peru's national teachers' union called a general strike on April 12.",
    ],
)
def test_strike_called_for_a_day_ahead_is_kept_as_planned(code, text: str) -> None:
    events = code(text)
    strikes = [e for e in events if e.root == "14"]
    assert strikes, [(e.cameo, e.rule, e.date) for e in events]
    # published on 1 March 2026: the day the strike is called for lies ahead, never last year
    assert all(e.date is not None and e.date.year == 2026 and e.date.month >= 3 for e in strikes)
    assert all(e.modality == "planned" for e in strikes)


def test_day_with_written_year_long_past_stays_background(code) -> None:
    events = code("Peru's national teachers' union called a general strike on April 12, 2025.")
    assert not [e for e in events if e.root == "14"], [(e.cameo, e.date) for e in events]


def test_strike_for_a_stretch_of_days_is_not_a_date(code) -> None:
    events = code("Peru's national teachers' union called a general strike for three days.")
    strikes = [e for e in events if e.root == "14"]
    assert strikes and all(e.modality == "asserted" for e in strikes), [(e.cameo, e.modality) for e in events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenya informed Uganda on Tuesday that it was closing the border crossing.", "KEN", "UGA"),
        (
            "Bolivia notified Chile on Sunday that it was terminating the two states' fisheries treaty.",
            "BOL",
            "CHL",
        ),
    ],
)
def test_own_act_notified_to_an_addressee_is_aimed_at_it(code, text: str, source: str, target: str) -> None:
    events = code(text)
    acts = [e for e in events if e.root != "01" and e.target is not None]
    assert any(
        e.source.actor.country == source and e.target.actor.country == target for e in acts
    ), [(e.cameo, e.rule, e.target) for e in events]
    # the notice is no consultation (064) of its own
    assert not [e for e in events if e.cameo == "064"], [(e.cameo, e.rule) for e in events]


def test_news_about_others_told_to_an_addressee_is_not_aimed_at_it(code) -> None:
    events = code("Kenya told Uganda that rebels were massing troops at the border.")
    assert not [
        e for e in events if e.root == "15" and e.target is not None and e.target.actor.country == "UGA"
    ], [(e.cameo, e.rule, e.target) for e in events]


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Ghana's President John Mahama and Ivorian President Alassane Ouattara agreed to reopen the border.",
         "GHA", "CIV"),
        ("Kenya's President William Ruto and Tanzanian President Samia Suluhu Hassan signed a trade pact.",
         "KEN", "TZA"),
    ],
)
def test_coordinated_leader_after_an_apposed_name_is_a_co_subject(code, text: str, a: str, b: str) -> None:
    events = code(text)
    pairs = {
        (e.source.actor.country, e.target.actor.country) for e in events if e.target is not None
    }
    assert {(a, b), (b, a)} <= pairs, [(e.cameo, e.source.actor.code, e.target) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's energy minister warned that Nairobi could run out of fuel within weeks.",
        "Chad's interior minister warned that the government would need more time.",
    ],
)
def test_worry_about_own_side_aimed_at_no_one_is_no_threat(code, text: str) -> None:
    events = code(text)
    assert "13" not in _roots(events), [(e.cameo, e.rule) for e in events]
