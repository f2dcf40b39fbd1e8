"""Coder precision and structure, session 6: coordinated infinitives share their governor, a dated
visit is planned rather than intended, a meeting a visit is for is that visit, trailing or fronted
reports are no statements of their own, what a veto or ban stops is no event, a naming verb calls no
strike, and what an offer or agreement embeds is its content. Every sentence is written for this file."""

from __future__ import annotations

from datetime import datetime

import pytest

from triadic.events import EventCoder
from triadic.model import Article, Event, content_id
from triadic.pipeline import Coder

_WHEN = datetime(2025, 6, 11)


@pytest.fixture(scope="module")
def code(nlp, resolver, coder):  # noqa: ANN001
    pipeline = Coder(nlp=nlp, resolver=resolver, event_coder=coder)

    def run(text: str) -> list[Event]:
        art = Article(id=content_id(text), text=text, published=_WHEN)
        return list(pipeline.code_article(art).events)

    return run


def _roots(events: list[Event]) -> list[str]:
    return sorted(e.root for e in events)


def _by_root(events: list[Event], root: str) -> list[Event]:
    return [e for e in events if e.root == root]


# ---------------------------------------------------------------- coordinated infinitives
def test_second_infinitive_of_an_agreement_is_part_of_the_agreement(code) -> None:  # noqa: ANN001
    evs = code("Britain agreed to lift sanctions and restore diplomatic ties with Iran.")
    intents = _by_root(evs, "03")
    assert any(e.target is not None and e.target.actor.country == "IRN" for e in intents), evs
    # the restoring is what was agreed, not something done
    assert not [e for e in evs if e.root == "05" and e.modality == "asserted"], evs


def test_second_infinitive_of_an_appeal_is_no_event(code) -> None:  # noqa: ANN001
    evs = code("The Philippines urged the rebels to lay down their arms and to release the hostages.")
    assert _by_root(evs, "02"), evs
    assert not _by_root(evs, "08"), [(e.cameo, e.rule) for e in evs]


# ---------------------------------------------------------------- scheduled visits
def test_dated_visit_reported_by_its_own_side_is_planned(code) -> None:  # noqa: ANN001
    evs = code("The Chilean president will travel to Argentina next week, officials in Santiago said.")
    visits = [e for e in evs if e.cameo == "042"]
    assert visits and all(e.modality == "planned" for e in visits), [(e.cameo, e.rule) for e in evs]
    assert not _by_root(evs, "03")


def test_undated_visit_a_speaker_announces_stays_an_intent(code) -> None:  # noqa: ANN001
    evs = code("Argentina's president said he would visit Chile.")
    assert [e.cameo for e in evs if e.root == "03"] == ["036"], [(e.cameo, e.rule) for e in evs]


def test_talks_with_the_side_visited_are_the_visit(code) -> None:  # noqa: ANN001
    text = ("Kenya's president will travel to Ethiopia next month for talks with Prime Minister Abiy Ahmed, "
            "officials in Nairobi said.")
    evs = code(text)
    assert _roots(evs) == ["04"], [(e.cameo, e.rule) for e in evs]
    assert evs[0].cameo == "042"


def test_talks_with_a_third_side_stay_an_event(code) -> None:  # noqa: ANN001
    evs = code("Kenya's foreign minister will fly to Brussels on Monday for talks with Chinese officials.")
    assert any(e.target is not None and e.target.actor.country == "CHN" for e in _by_root(evs, "04")), evs


# ---------------------------------------------------------------- reports that are no statements
def test_trailing_telling_is_how_the_appeal_was_made(code) -> None:  # noqa: ANN001
    evs = code("Poland's defence minister asked Washington to accelerate shipments of tanks, telling "
               "lawmakers in Warsaw that the army needed them before winter.")
    assert _by_root(evs, "02"), evs
    assert not _by_root(evs, "01"), [(e.cameo, e.rule) for e in evs]


def test_fronted_report_is_no_statement_about_its_subject(code) -> None:  # noqa: ANN001
    evs = code("Egypt has not yet replied to the letter, a spokesman in Khartoum said.")
    assert not _by_root(evs, "01"), [(e.cameo, e.source.actor.code, e.rule) for e in evs]


def test_reported_clause_subject_is_no_target_of_the_saying(code) -> None:  # noqa: ANN001
    # the act of saying is no event of its own (gold conventions): its clause's subject is no target
    evs = code("Iran said the United States was responsible for the crisis.")
    assert not [e for e in evs if e.cameo == "010"], [(e.cameo, e.rule) for e in evs]


# ---------------------------------------------------------------- what is stopped or only named
def test_what_a_veto_stops_is_no_event(code) -> None:  # noqa: ANN001
    evs = code("Japan vetoed a UN statement condemning Russia.")
    assert _by_root(evs, "12"), evs
    assert not _by_root(evs, "11"), [(e.cameo, e.rule) for e in evs]


def test_naming_a_strike_calls_no_strike(code) -> None:  # noqa: ANN001
    evs = code("Pakistan's prime minister called the boycott a cynical stunt.")
    assert not _by_root(evs, "14"), [(e.cameo, e.rule) for e in evs]


def test_calling_a_strike_is_still_a_strike(code) -> None:  # noqa: ANN001
    evs = code("The union called a general strike in Lagos.")
    assert _by_root(evs, "14"), evs


# ---------------------------------------------------------------- content of an offer or a call
def test_talks_an_agreement_embeds_are_its_content(code) -> None:  # noqa: ANN001
    evs = code("Norway agreed to host peace talks between Colombia and the ELN.")
    assert _by_root(evs, "03"), evs
    assert not _by_root(evs, "04"), [(e.cameo, e.rule) for e in evs]


def test_resignation_a_rejected_call_asks_for_is_no_event(code) -> None:  # noqa: ANN001
    evs = code("The Zambian president rejected appeals from the opposition to resign.")
    assert _by_root(evs, "12"), evs
    assert not _by_root(evs, "08"), [(e.cameo, e.rule) for e in evs]


# ---------------------------------------------------------------- grammar data
def test_shipped_grammar_has_the_new_word_lists(coder: EventCoder) -> None:
    g = coder.g
    assert "veto" in g.prevention_verbs and "call" in g.naming_verbs and "04" in g.scheduled_roots



# ---------------------------------------------------------------- coordination the parser misplaces
def test_second_verb_of_a_speaker_hung_on_the_reported_clause_is_the_speakers(code) -> None:  # noqa: ANN001
    evs = code("Seoul said the new export rules would harm its chipmakers and urged Tokyo to drop them.")
    appeals = _by_root(evs, "02")
    assert appeals and appeals[0].source.actor.country == "KOR", [(e.cameo, e.rule) for e in evs]
    assert appeals[0].modality == "asserted"


def test_pronoun_object_of_a_second_act_is_the_first_acts_object(code) -> None:  # noqa: ANN001
    evs = code("Egyptian police arrested three Sudanese activists and deported them to Khartoum.")
    codes = {e.cameo for e in evs if e.target is not None and e.target.actor.country == "SDN"}
    assert {"173", "174"} <= codes, [(e.cameo, e.rule) for e in evs]


# ---------------------------------------------------------------- conditions, purposes and results
def test_condition_of_a_threat_is_part_of_the_threat(code) -> None:  # noqa: ANN001
    evs = code("The United States warned it would impose sanctions on Belarus if Minsk sent troops into "
               "Ukraine.")
    assert _by_root(evs, "13"), evs
    assert not _by_root(evs, "15"), [(e.cameo, e.rule) for e in evs]


def test_treaty_a_meeting_is_held_to_finalise_is_the_meetings_purpose(code) -> None:  # noqa: ANN001
    evs = code("The Chadian and Sudanese foreign ministers met in Doha to complete a peace accord.")
    assert _by_root(evs, "04"), evs
    assert not _by_root(evs, "05"), [(e.cameo, e.rule) for e in evs]


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Britain withdrew its soldiers from Oman, ending its war there.", "08", None),
        ("Chilean dockworkers went on strike on Friday, closing government offices in Valparaiso.",
         "14", "17"),
    ],
)
def test_what_an_act_ended_or_closed_is_part_of_it(code, text: str, kept: str,  # noqa: ANN001
                                                    dropped: str | None) -> None:
    evs = code(text)
    assert _by_root(evs, kept), evs
    assert len(evs) == 1 or (dropped is not None and not _by_root(evs, dropped)), \
        [(e.cameo, e.rule) for e in evs]


# ---------------------------------------------------------------- settings and purpose clauses
def test_visit_with_its_own_doer_during_a_refusal_is_an_event_of_its_own(code) -> None:  # noqa: ANN001
    evs = code("Slovakia's prime minister declined to endorse the plan during a visit by the Dutch foreign "
               "minister.")
    visits = [e for e in evs if e.cameo == "042"]
    assert visits and visits[0].source.actor.country == "NLD", [(e.cameo, e.rule) for e in evs]
    assert visits[0].target is not None and visits[0].target.actor.country == "SVK"


def test_visit_during_an_act_of_the_host_is_not_its_setting(code) -> None:  # noqa: ANN001
    evs = code("Austria's chancellor criticised Italy's migration policy during a visit by the Italian "
               "president.")
    assert {e.root for e in evs} >= {"11", "04"}, [(e.cameo, e.rule) for e in evs]


def test_infinitive_of_purpose_is_no_preposition_of_the_verb(code) -> None:  # noqa: ANN001
    evs = code("Ethiopia expelled two Somali reporters who had come to report on the elections.")
    assert not _by_root(evs, "04"), [(e.cameo, e.rule) for e in evs]
    assert _by_root(evs, "17")


def test_a_visit_to_a_place_still_comes_to_it(code) -> None:  # noqa: ANN001
    evs = code("The Chinese envoy came to Seoul for talks.")
    assert any(e.cameo == "042" and e.target is not None and e.target.actor.country == "KOR" for e in evs)


def test_police_officers_arriving_abroad_make_no_political_visit(code) -> None:  # noqa: ANN001
    evs = code("Rwandan police officers arrived in Mozambique on Friday.")
    assert not [e for e in evs if e.cameo == "042"], [(e.cameo, e.rule) for e in evs]


# ---------------------------------------------------------------- attitudes about a joint act
@pytest.mark.parametrize(("text", "code_", "country"), [
    ("Serbia's president said the prospects of an agreement with Kosovo looked dim.", "012", "KSV"),
    ("Pakistan's foreign minister said the chances of a breakthrough in talks with India remained remote.",
     "012", "IND"),
    ("Norway's foreign minister said he saw little prospect of Russia returning to the Arctic Council.",
     "012", "RUS"),
    ("Ethiopia's prime minister said the prospects for lasting peace with Eritrea were good.", "013", "ERI"),
    ("Egypt's president said a deal with Ethiopia over the dam looked unlikely.", "012", "ETH"),
    ("Iran's foreign minister said an agreement with the United States was within reach.", "013", "USA"),
])
def test_a_speakers_view_of_the_prospects_of_a_joint_act(  # noqa: ANN001
        code, text: str, code_: str, country: str) -> None:
    evs = code(text)
    assert any(e.cameo == code_ and e.target is not None
               and country in (e.target.actor.country, e.target.actor.code[:3]) for e in evs), \
        [(e.cameo, e.target and e.target.actor.code, e.rule) for e in evs]


@pytest.mark.parametrize("text", [
    "Analysts at a London bank said prospects for a trade deal between Beijing and Washington looked dim.",
    "Prospects for a deal with Tehran look bleak.",
    "Farmers in the region said they saw little chance of rain before the harvest.",
])
def test_prospects_not_voiced_by_a_political_speaker_are_no_comment(code, text: str) -> None:  # noqa: ANN001
    assert not [e for e in code(text) if e.root == "01"]


def test_optimism_denied_is_pessimism(code) -> None:  # noqa: ANN001
    evs = code("Ukraine's foreign minister said he was not optimistic that Russia would agree to a "
               "ceasefire.")
    assert any(e.cameo == "012" and e.modality == "asserted" and e.target is not None
               and e.target.actor.country == "RUS" for e in evs), [(e.cameo, e.modality) for e in evs]
    assert not [e for e in evs if e.cameo == "013"]


@pytest.mark.parametrize(("text", "country"), [
    ("Greece's prime minister said he doubted that Turkey would honour its commitments on migration.",
     "TUR"),
    ("South Africa's president expressed doubt that Rwanda would withdraw its troops from eastern Congo.",
     "RWA"),
    ("Australia's trade minister said he was hopeful of a breakthrough in talks with China.", "CHN"),
    ("Vietnam's trade minister said he was upbeat about the prospects of a tariff deal with the "
     "United States.",
     "USA"),
    ("Mexico's president said she was optimistic that her government would reach an agreement with "
     "Washington.",
     "USA"),
    ("Fiji's prime minister said he was pessimistic that island states could persuade Australia to stop "
     "opening coal mines.", "AUS"),
])
def test_whom_an_attitude_is_about(code, text: str, country: str) -> None:  # noqa: ANN001
    evs = [e for e in code(text) if e.cameo in ("012", "013")]
    assert evs and all(e.target is not None and e.target.actor.country == country for e in evs), \
        [(e.cameo, e.target and e.target.actor.code) for e in evs]


def test_honouring_a_commitment_is_no_symbolic_act(code) -> None:  # noqa: ANN001
    evs = code("Greece said Turkey must honour its commitments on migration.")
    assert not [e for e in evs if e.cameo == "017"], [(e.cameo, e.rule) for e in evs]


def test_optimism_about_a_deal_is_aimed_at_the_other_side_of_the_deal(code) -> None:  # noqa: ANN001
    evs = code("Mexico's president said he was optimistic about a deal with Washington.")
    assert any(e.cameo == "013" and e.target is not None and e.target.actor.country == "USA" for e in evs), \
        [(e.cameo, e.rule) for e in evs]


# ---------------------------------------------------------------- modality of conditional acts
def test_threat_with_a_condition_is_still_made(code) -> None:  # noqa: ANN001
    evs = code("NATO threatened air strikes on Serbia unless Belgrade withdrew its forces.")
    threats = _by_root(evs, "13")
    assert threats and all(e.modality == "asserted" for e in threats), [(e.cameo, e.modality) for e in evs]


def test_meeting_there_are_no_plans_for_is_negated(code) -> None:  # noqa: ANN001
    evs = code("Tokyo said there were no plans for talks between the Japanese and Chinese leaders.")
    meetings = _by_root(evs, "04")
    assert meetings and all(e.modality == "negated" for e in meetings), [(e.cameo, e.modality) for e in evs]


# ---------------------------------------------------------------- hosting implies a visit
@pytest.mark.parametrize(
    ("text", "guest", "host"),
    [
        ("Kenya's president hosted the visiting Ugandan leader at State House in Nairobi.", "UGA", "KEN"),
        ("Indonesia's foreign minister received her Malaysian counterpart in Jakarta.", "MYS", "IDN"),
        ("Chile's president was welcomed in Lima by Peru's prime minister.", "CHL", "PER"),
    ],
)
def test_a_hosted_guest_visited_the_host(code, text: str, guest: str, host: str) -> None:  # noqa: ANN001
    evs = code(text)
    assert any(e.cameo == "043" and e.source.actor.country == host for e in evs), evs
    visits = [e for e in evs if e.cameo == "042"]
    assert visits and visits[0].source.actor.country == guest, [(e.cameo, e.rule) for e in evs]
    assert visits[0].target is not None and visits[0].target.actor.country == host
    # the visit is not a second event at the host's verb
    assert visits[0].trigger.start != next(e for e in evs if e.cameo == "043").trigger.start


def test_welcoming_a_loan_hosts_nobody(code) -> None:  # noqa: ANN001
    evs = code("Samoa welcomed a Japanese grant for hospital equipment.")
    assert not [e for e in evs if e.cameo == "042"], [(e.cameo, e.rule) for e in evs]


# ---------------------------------------------------------------- joint agreements
def test_co_subjects_agreeing_to_an_act_agree_with_each_other(code) -> None:  # noqa: ANN001
    evs = code("Spain and Portugal agreed to share intelligence on drug trafficking networks.")
    pairs = {(e.source.actor.country, e.target.actor.country) for e in _by_root(evs, "03") if e.target}
    assert {("ESP", "PRT"), ("PRT", "ESP")} <= pairs, [(e.cameo, e.rule) for e in evs]


def test_co_subjects_of_an_appeal_still_do_not_appeal_to_each_other(code) -> None:  # noqa: ANN001
    evs = code("Spain and Portugal urged Morocco to share intelligence.")
    assert {e.target.actor.country for e in _by_root(evs, "02") if e.target} == {"MAR"}, evs


def test_second_verb_of_a_reported_perfect_stays_the_reported_doers(code) -> None:  # noqa: ANN001
    # "had attacked ... and killed": the parser tags the shared participle as a past tense
    evs = code("Nigeria said Boko Haram had stormed the village and abducted 30 girls.")
    abductions = _by_root(evs, "18")
    assert abductions and all(e.source.actor.code != "NGA" for e in abductions), \
        [(e.cameo, e.source.actor.code) for e in evs]


def test_second_verb_of_a_demander_hung_on_the_demand_is_the_demanders(code) -> None:  # noqa: ANN001
    evs = code("The farmers' union demanded that the government scrap the limits and threatened to block "
               "roads if it did not back down.")
    threats = _by_root(evs, "13")
    assert threats and all(e.source.actor.role != "GOV" for e in threats), \
        [(e.cameo, e.source.actor.code) for e in evs]
    assert not _by_root(evs, "08")


def test_hosted_troops_make_no_visit(nlp, resolver, coder) -> None:  # noqa: ANN001
    coded = Coder(nlp=nlp, resolver=resolver, event_coder=coder).code_text(
        "Romania hosted American troops at a base near Constanta.", datetime(2026, 3, 2))
    assert not any(e.cameo == "042" for e in coded.events), coded.events


@pytest.mark.parametrize(
    ("text", "source", "code", "target"),
    [
        # a warning about what others' doings could bring is a pessimistic comment about them
        ("The Philippine president warned that China's actions at sea could lead to conflict.",
         "PHLGOV", "012", "CHN"),
        # warning someone of one's own act stays a threat
        ("Turkey warned Sweden that it would block its application.", "TUR", "13", "SWE"),
    ],
)
def test_warning_is_pessimism_unless_it_is_a_threat(
    nlp, resolver, coder, text: str, source: str, code: str, target: str  # noqa: ANN001
) -> None:
    coded = Coder(nlp=nlp, resolver=resolver, event_coder=coder).code_text(text, datetime(2026, 3, 2))
    got = {(e.source.actor.code, e.cameo, e.target.actor.code if e.target else None) for e in coded.events}
    assert any(s == source and c.startswith(code) and t == target for s, c, t in got), got
