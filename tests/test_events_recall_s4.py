"""Recall mechanisms of session 4: sides within one country, "that" clauses of demands and attitudes,
the source's own state as no target, and title-case verbs only in headlines."""

from __future__ import annotations

from datetime import datetime

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from _events_fake import dyads, triples
from triadic.actors._types import Mention, MentionIndex
from triadic.events import EventCoder
from triadic.model import Actor, Article, Event, Sentence, content_id

# A stand-in index with roles: the shared fake index has states and leaders only.
_ACTORS: dict[str, Actor] = {
    "nigeria": Actor("NGA", "NGA", None, "Nigeria"),
    "nigerian soldiers": Actor("NGAMIL", "NGA", "MIL", "Nigerian military"),
    "the nigerian army": Actor("NGAMIL", "NGA", "MIL", "Nigerian military"),
    "nigerian insurgents": Actor("NGAINS", "NGA", "INS", "Nigerian insurgents"),
    "a village in nigeria": Actor("NGA", "NGA", None, "Nigeria"),
    "philippine rebels": Actor("PHLREB", "PHL", "REB", "Philippine rebels"),
    "six philippine soldiers": Actor("PHLMIL", "PHL", "MIL", "Philippine military"),
    "kenyan police": Actor("KENCOP", "KEN", "COP", "Kenyan police"),
    "kenyan protesters": Actor("KENOPP", "KEN", "OPP", "Kenyan opposition"),
    "russia": Actor("RUS", "RUS", None, "Russia"),
    "russian troops": Actor("RUSMIL", "RUS", "MIL", "Russian military"),
    "russian forces": Actor("RUSMIL", "RUS", "MIL", "Russian military"),
    "syria": Actor("SYR", "SYR", None, "Syria"),
    "japan": Actor("JPN", "JPN", None, "Japan"),
    "its foreign ministry": Actor("JPNGOV", "JPN", "GOV", "Japanese government"),
    "a russian diplomat": Actor("RUSGOV", "RUS", "GOV", "Russian government"),
    "north korea": Actor("PRK", "PRK", None, "North Korea"),
    "south korea": Actor("KOR", "KOR", None, "South Korea"),
    "china": Actor("CHN", "CHN", None, "China"),
    "islamic state fighters": Actor("IMGSTA", None, None, "Islamic State"),
    "iraqi troops": Actor("IRQMIL", "IRQ", "MIL", "Iraqi military"),
    "usaid": Actor("USAGOV", "USA", "GOV", "USAID"),
    "haitian families": Actor("HTICVL", "HTI", "CVL", "Haitian civilians"),
    "belarus": Actor("BLR", "BLR", None, "Belarus"),
    "the u.s. military": Actor("USAMIL", "USA", "MIL", "US military"),
    "syrian troops": Actor("SYRMIL", "SYR", "MIL", "Syrian military"),
    "ukraine": Actor("UKR", "UKR", None, "Ukraine"),
    "the rebels": Actor("REB", None, "REB", "rebels"),
    "kenya": Actor("KEN", "KEN", None, "Kenya"),
    "the kremlin": Actor("RUSGOV", "RUS", "GOV", "Russian government"),
    "afghan soldiers": Actor("AFGMIL", "AFG", "MIL", "Afghan military"),
    "taliban fighters": Actor("TAL", None, None, "Taliban"),
    "sudanese troops": Actor("SDNMIL", "SDN", "MIL", "Sudanese military"),
    "five civilians": Actor("CVL", None, "CVL", "civilians"),
    "colombia": Actor("COL", "COL", None, "Colombia"),
    "colombian rebels": Actor("COLREB", "COL", "REB", "Colombian rebels"),
    "qatar": Actor("QAT", "QAT", None, "Qatar"),
    "egypt": Actor("EGY", "EGY", None, "Egypt"),
    "president ruto": Actor("KENGOV", "KEN", "GOV", "William Ruto"),
    "troops": Actor("MIL", None, "MIL", "military"),
    "australia": Actor("AUS", "AUS", None, "Australia"),
    "the chinese foreign minister": Actor("CHNGOV", "CHN", "GOV", "Chinese government"),
    "greek": Actor("GRC", "GRC", None, "Greece"),
}
_MAX = 5


def _index(doc: Doc) -> MentionIndex:
    """Longest-match lookup of the stand-in actors (case-insensitive)."""
    out: list[Mention] = []
    i = 0
    while i < len(doc):
        hit = next(
            (
                doc[i : i + k]
                for k in range(min(_MAX, len(doc) - i), 0, -1)
                if doc[i : i + k].text.lower() in _ACTORS
            ),
            None,
        )
        if hit is None:
            i += 1
            continue
        out.append(
            Mention(
                hit.start, hit.end, hit.start_char, hit.end_char, hit.text, _ACTORS[hit.text.lower()], "name"
            )
        )
        i = hit.end
    return MentionIndex(out)


@pytest.fixture(scope="module")
def code(nlp: Language, coder: EventCoder):
    def run(text: str) -> list[Event]:
        doc = nlp(text)
        art = Article(id=content_id(text), text=text, published=datetime(2024, 3, 1))
        sents = [Sentence(i, s.text, s.start_char, s.end_char) for i, s in enumerate(doc.sents)]
        events, _ = coder.code_doc(doc, art, sents, _index(doc))
        return events

    return run


# ---------------------------------------------------------------- two sides of one country
def test_rebels_and_the_army_of_one_country_are_two_sides(code) -> None:
    got = dyads(code("Philippine rebels killed six Philippine soldiers in an ambush."))
    assert ("PHLREB", "19", "PHLMIL") in got


def test_army_against_insurgents_of_its_own_country(code) -> None:
    got = dyads(code("The Nigerian army killed dozens of Nigerian insurgents on Monday."))
    assert any(s == "NGAMIL" and t == "NGAINS" and r in ("18", "19") for s, r, t in got)


def test_police_against_protesters_of_their_own_country(code) -> None:
    got = dyads(code("Kenyan police arrested Kenyan protesters outside parliament."))
    assert ("KENCOP", "17", "KENOPP") in got


def test_insurgents_hit_a_place_of_their_own_country(code) -> None:
    got = dyads(code("Nigerian insurgents attacked a village in Nigeria."))
    assert ("NGAINS", "19", "NGA") in got


def test_insurgents_against_the_state_itself(code) -> None:
    got = dyads(code("Nigerian insurgents attacked Nigeria."))
    assert ("NGAINS", "19", "NGA") in got


def test_a_states_own_troops_are_no_target(code) -> None:
    evs = code("Russia sent Russian troops to Syria.")
    assert not any(e.target is not None and e.target.actor.code == "RUSMIL" for e in evs)
    # troops sent to a foreign state named bare are stationed there to protect it (074; session 27)
    assert ("RUS", "07", "SYR") in dyads(evs)


def test_the_army_in_its_own_country_hits_no_place_of_it(code) -> None:
    evs = code("Nigerian soldiers attacked a village in Nigeria.")
    assert not any(e.target is not None and e.target.actor.code == "NGA" for e in evs)


# ---------------------------------------------------------------- "that" clauses of demands
def test_demand_that_names_who_is_to_act(code) -> None:
    evs = code("Japan demanded that North Korea release the fishermen.")
    assert ("JPN", "10", "PRK") in dyads(evs)
    # what is demanded has not happened
    assert not any(e.root == "08" and e.modality == "asserted" for e in evs)


def test_urge_that_with_a_modal_names_who_is_asked(code) -> None:
    got = dyads(code("China urged that South Korea should resume talks with North Korea."))
    assert ("CHN", "02", "KOR") in got


def test_a_warning_that_reports_a_future_is_no_demand(code) -> None:
    got = dyads(code("Japan warned that North Korea will fire more missiles."))
    assert not any(s == "JPN" and r in ("02", "10") for s, r, _ in got)


# ---------------------------------------------------------------- attitudes about someone
def test_optimism_that_names_whom_it_is_about(code) -> None:
    got = triples(code("Japan voiced optimism that South Korea will resume talks."))
    assert ("JPN", "013", "KOR") in got


def test_concern_that_names_whom_it_is_about(code) -> None:
    got = triples(code("Japan is concerned that Russia could close the pipeline."))
    assert ("JPN", "012", "RUS") in got


def test_concern_about_nobody_named_has_no_target(code) -> None:
    evs = code("Japan expressed concern that prices are rising.")
    assert all(e.target is None for e in evs if e.cameo == "012")


# ---------------------------------------------------------------- the source's own state
def test_own_ministry_is_no_target_of_a_summons(code) -> None:
    got = dyads(code("Japan summoned a Russian diplomat to its foreign ministry on Monday."))
    assert ("JPN", "11", "RUSGOV") in got


# ---------------------------------------------------------------- title-case words
def test_capitalised_name_in_running_text_is_no_verb(code) -> None:
    evs = code("Islamic State fighters attacked Iraqi troops near the border on Sunday.")
    assert not any(e.trigger.text == "State" for e in evs)
    assert ("IMGSTA", "19", "IRQMIL") in dyads(evs)


def test_capitalised_name_is_no_trigger_in_running_text(nlp: Language, coder: EventCoder) -> None:
    sent = next(
        iter(nlp("Kurdish forces killed dozens of Islamic State fighters near the border on Sunday.").sents)
    )
    words = {t.token.text for t in coder.triggers(sent)}
    assert "killed" in words and "State" not in words


def test_title_case_headline_keeps_its_verbs(nlp: Language, coder: EventCoder) -> None:
    sent = next(iter(nlp("Turkey Bombed Kurdish Villages Overnight").sents))
    codes = {t.token.lower_: t.pattern.code for t in coder.triggers(sent)}
    assert sent[1].pos_ == "PROPN"  # the case this guards: the tagger took the verb for a name
    assert codes.get("bombed", "")[:2] == "19"


# ---------------------------------------------------------------- parse slips
def test_acronym_subject_read_as_a_modifier_still_acts(code, nlp: Language) -> None:
    text = "USAID provided food to Haitian families."
    assert nlp(text)[0].dep_ != "nsubj"  # the case this guards: the tagger took the name for an adverb
    evs = code(text)
    assert ("USAGOV", "07", "HTICVL") in dyads(evs)


def test_pronoun_subject_under_an_adjective_clause_finds_its_speaker(code) -> None:
    got = dyads(code("Japan made it clear it would not lift sanctions on North Korea."))
    assert ("JPN", "12", "PRK") in got


def test_target_of_coordinated_objects_hangs_on_the_first(code) -> None:
    got = dyads(
        code("The U.S. military launched air and artillery strikes on Syrian troops after the attack.")
    )
    assert ("USAMIL", "19", "SYRMIL") in got


# ---------------------------------------------------------------- force shown in a place
def test_troops_on_alert_in_another_country_target_it(code) -> None:
    got = dyads(code("Russian troops remained on alert in Belarus."))
    assert ("RUSMIL", "15", "BLR") in got


# ---------------------------------------------------------------- vocabulary and claims
def test_provide_someone_with_something_is_aid(code) -> None:
    evs = code("Japan provided Ukraine with generators and blankets.")
    assert ("JPN", "07", "UKR") in dyads(evs)
    assert all(e.rule != "classifier" for e in evs)


def test_intent_to_provide_someone_with_something(code) -> None:
    got = dyads(code("Japan agreed to provide Ukraine with generators."))
    assert ("JPN", "03", "UKR") in got


def test_place_of_the_claimed_act_names_the_target(code) -> None:
    got = triples(code("The rebels claimed responsibility for the bombing of a hotel in Kenya."))
    assert ("REB", "015", "KEN") in got


def test_a_meeting_place_is_no_party(code) -> None:
    evs = code("Japan and Kenya will gather for a meeting in the Kremlin next week.")
    assert not any(e.target is not None and e.target.actor.code == "RUSGOV" for e in evs)
    assert {("JPN", "04", "KEN"), ("KEN", "04", "JPN")} <= dyads(evs)


# ---------------------------------------------------------------- events suffered and gerund subjects
def test_came_under_attack_from_names_the_doer(code) -> None:
    got = dyads(code("Afghan soldiers came under attack from Taliban fighters."))
    assert ("TAL", "19", "AFGMIL") in got
    assert not any(s == "AFGMIL" for s, _, _ in got)  # the victim is never the doer


def test_came_under_attack_from_nobody_named_has_no_doer(code) -> None:
    evs = code("Afghan soldiers came under attack near the border.")
    assert not any(e.source.actor.code == "AFGMIL" for e in evs)


def test_gerund_subject_keeps_its_parties(code) -> None:
    got = dyads(code("Fighting between Sudanese troops and the rebels killed dozens of people."))
    assert {("SDNMIL", "19", "REB"), ("REB", "19", "SDNMIL")} <= got


def test_gerund_subject_by_agent_is_the_doer(code) -> None:
    got = dyads(code("Shelling by Russian forces killed five civilians in Kharkiv."))
    assert ("RUSMIL", "20", "CVL") in got or ("RUSMIL", "18", "CVL") in got


def test_what_someone_is_warned_against_is_no_event(code) -> None:
    evs = code("Russia warned Japan against deploying Russian troops near North Korea.")
    assert ("RUS", "13", "JPN") in dyads(evs)
    assert not any(e.source.actor.code == "JPN" for e in evs)


def test_ceasefire_in_a_place_targets_it(code) -> None:
    got = triples(code("Colombian rebels declared a unilateral ceasefire in Colombia on Sunday."))
    assert ("COLREB", "0871", "COL") in got


def test_a_states_own_ceasefire_does_not_target_itself(code) -> None:
    evs = code("Colombia declared a unilateral ceasefire in Colombia on Sunday.")
    assert not any(e.target is not None and e.target.actor.code == "COL" for e in evs)


# ---------------------------------------------------------------- hopes and pronoun speakers
def test_hope_that_names_whom_it_is_about(code) -> None:
    got = triples(code("Japan hopes South Korea will resume talks with China."))
    assert ("JPN", "013", "KOR") in got


def test_hoped_to_is_planned_not_done(code) -> None:
    # spaCy lemmatises "hoped" as "hop": the complement is still found
    evs = code("Japan hoped to sign a trade deal with Kenya.")
    signed = [e for e in evs if e.root == "05" or e.root == "03"]
    assert signed and all(e.modality != "asserted" or e.root == "03" for e in signed)


def test_resolved_pronoun_source_is_written_out_by_its_speaker(nlp: Language, coder: EventCoder) -> None:
    text = "Japan said on Monday that it hoped South Korea would resume talks."
    doc = nlp(text)
    it = next(t for t in doc if t.lower_ == "it")
    # the index resolved the pronoun (as coreference does): its actor is the speaker's
    base = list(_index(doc))
    pron = Mention(it.i, it.i + 1, it.idx, it.idx + 2, "it", _ACTORS["japan"], "coref")
    index = MentionIndex(sorted([*base, pron], key=lambda m: m.start))
    art = Article(id=content_id(text), text=text, published=datetime(2024, 3, 1))
    sents = [Sentence(i, s.text, s.start_char, s.end_char) for i, s in enumerate(doc.sents)]
    evs = [e for e in coder.code_doc(doc, art, sents, index)[0] if e.cameo == "013"]
    assert evs and all(e.source.text == "Japan" and e.target and e.target.actor.code == "KOR" for e in evs)


# ---------------------------------------------------------------- mediation, information, force shown
def test_mediation_parties_named_in_its_purpose(code) -> None:
    got = dyads(
        code("President Ruto launched a mediation effort to end the dispute between Qatar and Egypt.")
    )
    assert {("KENGOV", "04", "QAT"), ("KENGOV", "04", "EGY")} <= got


def test_what_information_is_about_is_no_party(code) -> None:
    evs = code("Japan shared intelligence on North Korea with South Korea.")
    assert ("JPN", "06", "KOR") in dyads(evs)
    assert not any(e.target is not None and e.target.actor.code == "PRK" for e in evs)


def test_troops_mobilized_are_no_target(code) -> None:
    evs = code("Russia mobilized troops near its border.")
    assert evs and not any(e.target is not None and e.target.actor.code == "MIL" for e in evs)


def test_deadline_for_someone_to_act_targets_them(code) -> None:
    got = dyads(code("Japan set a deadline for North Korea to return the abductees."))
    assert ("JPN", "13", "PRK") in got


def test_counterpart_of_an_agreement_deep_in_its_purpose(code) -> None:
    got = dyads(code("Kenya signed an agreement to promote bilateral trade and investment with Qatar."))
    assert ("KEN", "05", "QAT") in got


def test_what_someone_is_to_do_is_not_done(code) -> None:
    evs = code("Japan set a deadline for North Korea to return the abductees to Japan.")
    returned = [e for e in evs if e.source.actor.code == "PRK"]
    assert returned and all(e.modality != "asserted" for e in returned)


# ---------------------------------------------------------------- consultations
def test_a_call_received_from_someone_is_theirs(code) -> None:
    got = triples(code("Japan received a phone call from Russia on Monday."))
    assert ("RUS", "041", "JPN") in got
    assert not any(s == "JPN" and c == "043" for s, c, _ in got)


def test_a_visitor_received_is_still_a_reception(code) -> None:
    got = triples(code("Japan received the Chinese foreign minister on Monday."))
    assert ("JPN", "043", "CHNGOV") in got


def test_discussing_a_topic_stays_mutual(code) -> None:
    got = dyads(code("Japan and Australia discussed defence cooperation on Monday."))
    assert {("JPN", "04", "AUS"), ("AUS", "04", "JPN")} <= got


def test_speaker_at_a_meeting_takes_part_in_it(code) -> None:
    got = dyads(code("During a meeting with Kenya, Japan said the pipeline would be finished."))
    assert ("JPN", "04", "KEN") in got


# ---------------------------------------------------------------- nouns of intent
def test_plans_to_act_belong_to_who_announced_them(code) -> None:
    evs = [
        e for e in code("Japan announced plans to expel Russian troops.") if e.root == "16" or e.root == "17"
    ]
    assert evs and all(e.source.actor.code == "JPN" and e.modality != "asserted" for e in evs)


def test_a_possessors_decision_to_act_is_planned(code) -> None:
    evs = code("Japan's decision to expel a Russian diplomat angered Russia.")
    expel = [e for e in evs if e.target is not None and e.target.actor.code == "RUSGOV"]
    assert expel and all(e.source.actor.code == "JPN" and e.modality == "planned" for e in expel)


# ---------------------------------------------------------------- owners and groups in a place
def test_a_ship_named_by_its_owner_targets_the_owner(code) -> None:
    got = dyads(code("Kenya seized a Greek-owned oil tanker on Monday."))
    assert ("KEN", "17", "GRC") in got


def test_police_fire_at_protesters_of_their_own_country(code) -> None:
    got = triples(code("Kenyan police fired tear gas at Kenyan protesters on Monday."))
    assert ("KENCOP", "175", "KENOPP") in got


def test_recipient_deep_inside_what_is_returned(code, nlp: Language) -> None:
    text = "Japan returned twelve statues that date back to the ninth century to Kenya on Monday."
    assert next(t for t in nlp(text) if t.text == "Kenya").head.head.dep_ != "ROOT"  # hung inside the object
    got = triples(code(text))
    assert ("JPN", "0842", "KEN") in got  # statues handed back are property returned (0842)
