"""Session 11 party finding on real-news wordings: a noun pattern "X of/on/to Y" carries its arguments on
its first noun, and a yielding act held back until another party acts is aimed at that party."""

from __future__ import annotations

import pytest
from tests._events_fake import dyads, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "source", "root", "target"), [
    ("Denmark announced a suspension of aid to Egypt on Monday.", "DNK", "16", "EGY"),
    ("Japan announced the suspension of assistance to Myanmar after the coup.", "JPN", "16", "MMR"),
    ("Sweden ordered a freeze on aid to Zambia over the corruption scandal.", "SWE", "16", "ZMB"),
    ("The Netherlands announced a suspension of funding to Nicaragua last week.", "NLD", "16", "NIC"),
])
def test_phrase_pattern_takes_arguments_of_its_first_noun(code, text: str, source: str, root: str,
                                                          target: str) -> None:
    got = dyads(code(text))
    assert any(s.startswith(source) and r == root and (t or "").startswith(target) for s, r, t in got), got


def test_phrase_pattern_without_party_makes_no_dyad(code) -> None:
    # no recipient named anywhere: the first noun gives no target, and none is invented
    got = dyads(code("Denmark announced a suspension of aid on Monday."))
    assert all(t is None for _, r, t in got if r == "16"), got


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Washington said it will not lift the embargo until Havana frees political prisoners.", "USA", "CUB"),
    ("Moscow will not lift the ban until the European Union provides proof of safety.", "RUS", "EU"),
    ("Washington will not ease sanctions unless Pyongyang gives up its nuclear weapons.", "USA", "PRK"),
    ("The army said it would not withdraw its troops until the rebels lay down their arms.", "MIL", "REB"),
])
def test_refused_yield_is_aimed_at_the_awaited_party(code, text: str, source: str, target: str) -> None:
    got = dyads(code(text))
    assert any(source in s and r == "12" and target in (t or "") for s, r, t in got), got


def test_awaited_clause_without_party_adds_none(code) -> None:
    # "until the protests end": no party is awaited, the resignation refused stays without a target
    got = dyads(code("The president said he will not resign until the protests end."))
    assert all(t is None for _, r, t in got if r == "12"), got


@pytest.mark.parametrize(("text", "source", "targets"), [
    ("Qatar launched a mediation effort in the Sudanese conflict last night.", "QAT", {"SDN"}),
    ("Norway ended its mediation efforts in the Sri Lankan civil war.", "NOR", {"LKA"}),
    ("Kuwait offered to mediate in the Qatar crisis.", "KWT", {"QAT"}),
    ("Turkey launched a mediation effort in the dispute between Israel and Hamas.", "TUR", {"ISR", "HMS"}),
])
def test_mediation_reaches_the_parties_of_its_dispute(code, text: str, source: str,
                                                      targets: set[str]) -> None:
    got = dyads(code(text))
    hit = {t for s, r, t in got if s.startswith(source) and r in ("03", "04", "16") and t is not None}
    assert targets <= {t[:3] for t in hit}, got


def test_mediation_in_a_dispute_naming_no_party_has_no_target(code) -> None:
    got = dyads(code("Qatar launched a mediation effort in the long-running dispute last night."))
    assert all(t is None for s, r, t in got if s.startswith("QAT")), got


# A place is where, not who (session 14). A boundary named as a place ("near the Indian border", "off the
# Greek coast") names no party of the act, nor the nationality of people there; a force posture still
# faces the state across the line; the topic of a discussion is no participant; a purpose of a planned
# act is planned.

@pytest.mark.parametrize(("text", "wrong"), [
    ("Myanmar's junta bombed a village near the Indian border, killing 30 people.", "IND"),
    ("Burundian rebels attacked a military post near the Rwandan border.", "RWA"),
    ("Afghan police seized two tons of heroin near the Iranian border.", "IRN"),
    ("Chadian rebels seized a town near the Libyan border on Sunday.", "LBY"),
    ("Mali's army said it killed dozens of jihadists near the Algerian frontier.", "DZA"),
    ("Guatemalan soldiers detained 300 migrants near the Mexican border.", "MEX"),
    ("The World Food Programme delivered aid to displaced families near the Syrian border.", "SYR"),
])
def test_a_boundary_named_as_a_place_is_no_party(code, text: str, wrong: str) -> None:
    got = triples(code(text))
    assert not any((t or "").startswith(wrong) or s.startswith(wrong) for s, _, t in got), got


def test_visiting_own_troops_on_a_border_is_no_visit_to_the_neighbour(code) -> None:
    got = dyads(code("Pakistan's army chief visited troops on the Afghan border."))
    assert not any((t or "").startswith("AFG") for _, _, t in got), got


def test_people_near_a_border_do_not_take_its_country(code) -> None:
    got = dyads(code("The rebels seized control of the town of Bunagana near the Ugandan border."))
    assert not any(s.startswith("UGA") for s, _, _ in got), got


@pytest.mark.parametrize(("text", "source", "target"), [
    # a force posture at a border faces the state across it
    ("Russia massed troops near the Ukrainian border.", "RUS", "UKR"),
    ("India moved tanks near the Pakistani frontier.", "IND", "PAK"),
    ("Ukraine deployed troops along its border with Belarus.", "UKR", "BLR"),
    # the place hit, or entered, is the target
    ("Israeli forces fired shells across the border into Lebanon on Sunday.", "ISR", "LBN"),
    ("Russian troops entered Ukrainian territory early on Thursday.", "RUS", "UKR"),
    ("Russian drones struck Ukrainian border villages overnight.", "RUS", "UKR"),
    # an embassy is its state's premises
    ("Hundreds of protesters rallied outside the US embassy in Baghdad.", "", "USA"),
])
def test_a_place_that_is_the_party_stays_the_target(code, text: str, source: str, target: str) -> None:
    got = dyads(code(text))
    assert any(s.startswith(source) and (t or "").startswith(target) for s, _, t in got), got


def test_the_topic_of_a_discussion_is_no_participant(code) -> None:
    got = dyads(code("The UN Security Council will meet on Friday to discuss the crisis in Haiti."))
    assert not any((t or "").startswith("HTI") for _, _, t in got), got
    got = dyads(code("The French foreign minister discussed the war in Ukraine with his German counterpart."))
    assert any(s.startswith("FRA") and (t or "").startswith("DEU") for s, _, t in got), got
    assert not any((t or "").startswith("UKR") for _, _, t in got), got


def test_the_purpose_of_a_planned_meeting_is_planned(code) -> None:
    events = code("The ministers will meet in Geneva on Friday to discuss trade with Chinese officials.")
    talks = [e for e in events if e.root == "04" and e.target is not None
             and e.target.actor.code.startswith("CHN")]
    assert talks and all(e.modality == "planned" for e in talks), [(e.cameo, e.modality) for e in events]


# Session 14: verbal conflict (11-13) that names its target only in the act it answers, in the clause it
# reports, or in the condition it sets; CAMEO codes none of them without a target.
@pytest.mark.parametrize(("text", "source", "root", "target"), [
    # the doer of the act an "after"/"following"/"in response to" phrase names
    ("Seoul warned of a stern response after the North Korean leader's remarks on the border.", "KOR", "13",
     "PRK"),
    ("Manila vowed retaliation following the seizure of its boats by Chinese coast guard vessels.", "PHL",
     "13", "CHN"),
    ("Tehran condemned the blast in response to Israeli strikes on its embassy.", "IRN", "11", "ISR"),
    # the party a reported "that" clause is about
    ("Colombia alleged that the Venezuelan army had crossed the border.", "COL", "11", "VEN"),
])
def test_verbal_conflict_finds_the_party_it_answers(code, text: str, source: str, root: str,
                                                    target: str) -> None:
    got = dyads(code(text))
    assert any(s.startswith(source) and r == root and (t or "").startswith(target) for s, r, t in got), got


@pytest.mark.parametrize("text", [
    "The central bank warned that inflation would remain high next year.",
    "The president rejected the proposal after lengthy talks on Tuesday.",
    "The government condemned the violence following the election.",
])
def test_verbal_conflict_without_a_party_stays_uncoded(code, text: str) -> None:
    got = dyads(code(text))
    assert all(t is None for _, r, t in got if r in ("11", "12", "13")), got


def test_warning_does_not_assert_the_act_it_warns_against(code) -> None:
    got = dyads(code("Hezbollah warned that any Israeli incursion into Lebanon would be met with force."))
    assert not any(r == "19" for _, r, _ in got), got


def test_phrasal_particle_is_not_another_phrasal_verb(code) -> None:
    # "rule out" is no "rule against" (a court's ruling, 116)
    got = dyads(code("Ankara did not rule out a new military operation against Kurdish fighters in Syria."))
    assert not any(r == "11" for _, r, _ in got), got


def test_harm_done_does_not_make_its_doer_owner_of_the_victims(code) -> None:
    got = dyads(code("Baghdad vowed revenge after a Turkish drone strike killed three of its soldiers."))
    assert not any(r == "19" and (t or "").startswith("TUR") for _, r, t in got), got


def test_claim_of_anothers_act_is_an_accusation(code) -> None:
    got = dyads(code("Azerbaijan claimed that Armenian sappers had planted mines along the road."))
    assert any(s.startswith("AZE") and r == "11" and (t or "").startswith("ARM") for s, r, t in got), got


def test_claim_of_own_act_stays_a_claim(code) -> None:
    got = dyads(code("Kyiv claimed that its troops had recaptured two villages near Bakhmut."))
    assert not any(r == "11" for _, r, _ in got), got


def test_threatened_strike_by_a_state_is_military(code) -> None:
    got = code("Iran threatened a missile strike on American bases in the Gulf.")
    assert any(e.cameo.startswith("138") for e in got), [(e.cameo, e.rule) for e in got]


def test_reprisal_with_force_is_a_threat_at_the_answered_party(code) -> None:
    got = dyads(code("Beijing said it would respond with force to the naval patrols by Manila."))
    assert any(s.startswith("CHN") and r == "13" and (t or "").startswith("PHL") for s, r, t in got), got


def test_reply_without_force_is_no_threat(code) -> None:
    got = dyads(code("The ministry said it would respond to the letter with a formal statement."))
    assert not any(r == "13" for _, r, _ in got), got
