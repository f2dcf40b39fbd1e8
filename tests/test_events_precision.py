"""Precision of the event coder on news it was not written for: places are not parties, what someone
is accused of is not an event, planned and conditional events are not asserted, appeals are not
reciprocal, and the learned fallback does not invent dyads."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from triadic.actors._types import Mention, MentionIndex
from triadic.events import ClassifierLike, EventCoder, load_patterns
from triadic.model import Actor, Article, Event, Sentence, content_id

_ACTORS: dict[str, Actor] = {
    "iran": Actor("IRN", "IRN", None, "Iran"),
    "tehran": Actor("IRN", "IRN", None, "Iran"),
    "the european union": Actor("IGOEU", None, None, "European Union", kind="igo"),
    "vienna": Actor("AUT", "AUT", None, "Austria"),
    "geneva": Actor("CHE", "CHE", None, "Switzerland"),
    "barbados": Actor("BRB", "BRB", None, "Barbados"),
    "venezuela": Actor("VEN", "VEN", None, "Venezuela"),
    "colombia": Actor("COL", "COL", None, "Colombia"),
    "the iaea": Actor("IGOIAEA", None, None, "IAEA", kind="igo"),
    "india": Actor("IND", "IND", None, "India"),
    "pakistan": Actor("PAK", "PAK", None, "Pakistan"),
    "pakistani": Actor("PAK", "PAK", None, "Pakistan"),
    "militants": Actor("REB", None, None, "militants"),
    "police": Actor("PAKCOP", "PAK", "COP", "Pakistani police"),
    "civilians": Actor("CVL", None, None, "civilians"),
    "reporters": Actor("MED", None, None, "media"),
    "prisoners": Actor("CVL", None, None, "prisoners"),
    "russia": Actor("RUS", "RUS", None, "Russia"),
    "the russian foreign minister": Actor("RUSGOV", "RUS", "GOV", "Russian foreign minister"),
    "moscow": Actor("RUS", "RUS", None, "Russia"),
    "ukraine": Actor("UKR", "UKR", None, "Ukraine"),
    "turkey": Actor("TUR", "TUR", None, "Turkey"),
    "qatar": Actor("QAT", "QAT", None, "Qatar"),
    "egypt": Actor("EGY", "EGY", None, "Egypt"),
    "cairo": Actor("EGY", "EGY", None, "Egypt"),
    "israel": Actor("ISR", "ISR", None, "Israel"),
    "israeli": Actor("ISR", "ISR", None, "Israel"),
    "egyptian": Actor("EGY", "EGY", None, "Egypt"),
    "hamas": Actor("HMS", None, None, "Hamas", kind="group"),
    "saudi arabia": Actor("SAU", "SAU", None, "Saudi Arabia"),
    "the united states": Actor("USA", "USA", None, "United States"),
    "washington": Actor("USA", "USA", None, "United States"),
    "germany": Actor("DEU", "DEU", None, "Germany"),
    "the german chancellor": Actor("DEUGOV", "DEU", "GOV", "German chancellor"),
    "beijing": Actor("CHN", "CHN", None, "China"),
    "china": Actor("CHN", "CHN", None, "China"),
    "japan": Actor("JPN", "JPN", None, "Japan"),
    "tokyo": Actor("JPN", "JPN", None, "Japan"),
    "south korea": Actor("KOR", "KOR", None, "South Korea"),
    "south korean": Actor("KOR", "KOR", None, "South Korea"),
    "japanese": Actor("JPN", "JPN", None, "Japan"),
    "seoul": Actor("KOR", "KOR", None, "South Korea"),
    "serbia": Actor("SRB", "SRB", None, "Serbia"),
    "kosovo": Actor("KSV", "KSV", None, "Kosovo"),
    "the eu": Actor("IGOEU", None, None, "European Union", kind="igo"),
}
_MAX = 4


def _index(doc: Doc) -> MentionIndex:
    """Longest-match lookup of this file's actors over the tokens (case-insensitive)."""
    out: list[Mention] = []
    i = 0
    while i < len(doc):
        for k in range(min(_MAX, len(doc) - i), 0, -1):
            span = doc[i : i + k]
            actor = _ACTORS.get(span.text.lower())
            if actor is not None:
                out.append(
                    Mention(span.start, span.end, span.start_char, span.end_char, span.text, actor, "name")
                )
                i = span.end
                break
        else:
            i += 1
    return MentionIndex(out)


class _AlwaysCooperate:
    """A stand-in classifier that calls every sentence 'material cooperation' with certainty."""

    def predict(self, texts: list[str]) -> Sequence[tuple[str, float]]:
        return [("07", 0.99) for _ in texts]


def _run(nlp: Language, text: str, classifier: ClassifierLike | None = None) -> list[Event]:
    doc = nlp(text)
    art = Article(id=content_id(text), text=text, published=datetime(2023, 5, 10))
    sents = [Sentence(i, s.text, s.start_char, s.end_char) for i, s in enumerate(doc.sents)]
    coder = EventCoder(load_patterns(), classifier=classifier)
    events, _ = coder.code_doc(doc, art, sents, _index(doc))
    for e in events:  # every event still points at its own words
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text and e.rule
    return events


@pytest.fixture(scope="module")
def code(nlp: Language) -> Callable[[str], list[Event]]:
    def run(text: str) -> list[Event]:
        return _run(nlp, text)

    return run


def triples(events: list[Event]) -> set[tuple[str, str, str | None]]:
    return {(e.source.actor.code, e.cameo, e.target.actor.code if e.target else None) for e in events}


def by_code(events: list[Event], prefix: str) -> list[Event]:
    return [e for e in events if e.cameo.startswith(prefix)]


# ------------------------------------------------------------------ places are not parties
def test_place_of_talks_held_is_not_their_target(code) -> None:
    evs = code("Iran and the European Union held a fresh round of talks in Vienna on Tuesday.")
    got = triples(evs)
    assert ("IRN", "046", "IGOEU") in got and ("IGOEU", "046", "IRN") in got
    assert not any(e.target is not None and e.target.actor.code == "AUT" for e in evs)


def test_place_of_a_signing_is_not_a_party(code) -> None:
    evs = code("Colombia and Venezuela signed a border agreement in Barbados.")
    assert not any(e.target is not None and e.target.actor.code == "BRB" for e in evs)
    assert ("COL", "057", "VEN") in triples(evs)


# ------------------------------------------------------------------ content of accusations and denials
def test_what_is_alleged_is_not_an_event(code) -> None:
    evs = code("India accused Pakistan of sheltering militants who attacked police in Kashmir.")
    assert ("IND", "112", "PAK") in triples(evs)
    assert [e.cameo for e in evs] == ["112"]  # neither the sheltering nor the attack is asserted


def test_what_is_denied_is_not_an_event_but_a_coordinated_act_is(code) -> None:
    evs = code("Moscow denied shelling civilians and blamed Ukraine for the fire.")
    got = triples(evs)
    assert ("RUS", "112", "UKR") in got
    assert not any(e.target is not None and e.target.actor.code == "CVL" for e in evs)


# ------------------------------------------------------------------ planned events
def test_preparing_for_a_meeting_is_planned(code) -> None:
    evs = code("Tehran is preparing for a meeting with the IAEA.")
    meet = [e for e in evs if e.target is not None and e.target.actor.code == "IGOIAEA"]
    assert meet and all(e.modality == "planned" for e in meet)


def test_scheduled_visit_is_planned(code) -> None:
    evs = code("A visit to Beijing by the German chancellor has been scheduled.")
    visit = by_code(evs, "04")
    assert visit and all(e.modality == "planned" for e in visit)
    assert visit[0].date is None  # a planned event with no time expression takes no date


def test_event_dated_after_publication_is_planned(code) -> None:
    evs = code("Iran holds talks with the IAEA in Geneva next month.")
    talks = [e for e in evs if e.target is not None and e.target.actor.code == "IGOIAEA"]
    assert talks and all(e.modality == "planned" for e in talks)
    assert not any(e.target is not None and e.target.actor.code == "CHE" for e in evs)


def test_talks_that_are_unlikely_are_negated(code) -> None:
    evs = code("Talks between Israel and Hamas are unlikely this week.")
    assert by_code(evs, "04") and all(e.modality == "negated" for e in by_code(evs, "04"))


# ------------------------------------------------------------------ conditions
def test_negated_event_inside_a_condition_is_hypothetical(code) -> None:
    evs = code("Washington could act if Venezuela fails to release prisoners.")
    rel = by_code(evs, "084")
    assert rel and all(e.modality == "hypothetical" for e in rel)


# ------------------------------------------------------------------ appeals and mediation
def test_co_signers_of_an_appeal_do_not_appeal_to_each_other(code) -> None:
    evs = code("Saudi Arabia and the United States called on both sides to return to negotiations.")
    assert not any(
        e.target is not None and {e.source.actor.code, e.target.actor.code} == {"SAU", "USA"} for e in evs
    )


def test_appeal_to_named_parties_still_coded(code) -> None:
    evs = code("Saudi Arabia urged Russia and Ukraine to resume talks.")
    got = {(s, c[:2], t) for s, c, t in triples(evs)}
    assert ("SAU", "02", "RUS") in got and ("SAU", "02", "UKR") in got


def test_mediation_between_two_parties_targets_both(code) -> None:
    evs = code("Qatar and Egypt are mediating between Israel and Hamas.")
    got = triples(evs)
    for src in ("QAT", "EGY"):
        for tgt in ("ISR", "HMS"):
            assert (src, "045", tgt) in got
    assert ("QAT", "045", "EGY") not in got


def test_reciprocal_talks_between_keep_their_own_sides(code) -> None:
    evs = code("Turkey hosted talks between Russia and Ukraine.")
    got = triples(evs)
    assert ("RUS", "046", "UKR") in got and ("UKR", "046", "RUS") in got


def test_coordinated_modifiers_of_a_between_object_are_both_parties(code) -> None:
    evs = code("Talks between Israeli and Egyptian officials began on Monday.")
    got = triples(evs)
    assert ("ISR", "046", "EGY") in got and ("EGY", "046", "ISR") in got


# ------------------------------------------------------------------ the learned fallback
def test_classifier_does_not_pair_co_subjects(nlp) -> None:
    evs = _run(nlp, "Qatar and Egypt kept busy with Israel this week.", _AlwaysCooperate())
    assert ("QAT", "070", "ISR") in triples(evs)
    assert not any(
        e.target is not None and {e.source.actor.code, e.target.actor.code} == {"QAT", "EGY"} for e in evs
    )


def test_classifier_not_used_when_the_main_verb_matched_a_pattern(nlp) -> None:
    # "accused" is a pattern; its target does not resolve, so the sentence has no event, and the
    # classifier must not pair the subject with some other actor of the sentence
    evs = _run(nlp, "India accused the rebels of looting homes near Pakistan.", _AlwaysCooperate())
    assert not any(e.rule == "classifier" for e in evs)


def test_classifier_still_used_where_no_pattern_matched(nlp) -> None:
    evs = _run(nlp, "India and Pakistan are neighbours, and Turkey sees Pakistan often.", _AlwaysCooperate())
    assert all(e.rule == "classifier" for e in evs)


# ------------------------------------------------------------------ sentence arguments
def test_possessive_pronoun_source_reads_as_the_clause_subject(nlp, coder) -> None:
    doc = nlp("Pakistan repeated its demand for an inquiry.")
    reading = coder.read_sentence(doc[:])
    assert reading is not None and reading.code.startswith("10")
    assert [s.text for s in reading.arguments.sources] == ["Pakistan"]


# ------------------------------------------------------------------ travel, meetings and their settings
def test_arriving_in_a_capital_visits_its_country(code) -> None:
    evs = code("The South Korean president arrived in Tokyo on Thursday.")
    assert ("KOR", "042", "JPN") in triples(evs)


def test_meeting_in_a_city_still_has_no_place_target(code) -> None:
    evs = code("Russia and Ukraine will meet in Vienna.")
    assert not any(e.target is not None and e.target.actor.code == "AUT" for e in evs)


def test_summit_a_visitor_arrives_for_includes_the_visitor(code) -> None:
    evs = code("The Japanese delegation arrived in Beijing for a summit with South Korea.")
    assert any(e.cameo.startswith("04") and e.rule.startswith("noun:summit") for e in evs)
    assert ("JPN", "044", "KOR") in triples(evs)
    # where the visit and the summit name the same sides they are one event (the visit, coded first)
    same = code("The Japanese delegation arrived in Seoul for a summit with South Korea.")
    assert [e.root for e in same if e.target is not None and e.target.actor.code == "KOR"] == ["04"]


def test_talks_where_a_deal_failed_still_took_place(code) -> None:
    evs = code("Serbia and Kosovo failed to reach a deal at talks hosted by the EU.")
    # the deal not reached is a rejection of it (127), not an asserted agreement (057)
    deal = [e for e in evs if e.cameo == "127"]
    talks = [e for e in evs if e.rule.startswith("noun:talk")]
    assert deal and not [e for e in evs if e.cameo == "057" and e.modality != "negated"]
    assert talks and all(e.modality == "asserted" for e in talks)


# ------------------------------------------------------------------ patterns added from the articles
def test_welcoming_a_decision_is_approval_not_hosting(code) -> None:
    evs = code("Japan welcomed South Korea's decision.")
    assert {e.cameo for e in evs} == {"051"}


def test_welcoming_a_visitor_is_still_hosting(code) -> None:
    evs = code("Japan welcomed the South Korean president.")
    assert ("JPN", "043", "KOR") in triples(evs)


def test_launching_drills_is_a_show_of_force(code) -> None:
    evs = code("China launched large drills near Japan on Saturday.")
    assert [(e.source.actor.code, e.cameo) for e in evs] == [("CHN", "150")]


# ------------------------------------------------------------------ negative subjects, raised subjects
def test_negative_subject_negates_the_event_it_governs(code) -> None:
    evs = code("Nobody expects Iran to resume talks with the IAEA.")
    talks = [e for e in evs if e.target is not None and e.target.actor.code == "IGOIAEA"]
    assert talks and all(e.modality == "negated" for e in talks)


def test_expecting_someone_to_act_makes_the_act_planned(code) -> None:
    evs = code("Washington expects Iran to resume talks with the IAEA.")
    talks = [e for e in evs if e.source.actor.code == "IRN" and e.target is not None]
    assert talks and all(e.modality == "planned" for e in talks)


# ------------------------------------------------------------------ first person inside a quote
def test_we_inside_a_direct_quote_is_the_speaker(code) -> None:
    evs = code('"We are ready to sign a peace treaty with Ukraine," the Russian foreign minister said.')
    # "ready to sign" is an intent to sign (03x), coded once: the signing has not happened
    sign = [e for e in evs if e.root == "03"]
    assert sign and sign[0].source.actor.code == "RUSGOV" and sign[0].target is not None
    assert sign[0].target.actor.code == "UKR" and sign[0].attributed_to is not None
    assert not any(e.cameo == "057" for e in evs)


def test_we_outside_a_quote_stays_unresolved(code) -> None:
    assert not [
        e for e in code("Russia said we are ready to sign a treaty with Ukraine.") if e.cameo == "057"
    ]


def test_reporters_are_the_audience_of_a_statement_not_its_target(code) -> None:
    evs = code("Russia told reporters that talks with Ukraine had stalled.")
    assert not any(e.target is not None and e.target.actor.code == "MED" for e in evs)
    assert ("RUS", "010", None) in triples(evs)


def test_criticising_the_press_still_targets_it(code) -> None:
    assert ("RUS", "111", "MED") in triples(code("Russia criticized reporters for the coverage."))


class _AlwaysThreaten:
    """A stand-in classifier that calls every sentence a threat (root 13) with certainty."""

    def predict(self, texts: list[str]) -> Sequence[tuple[str, float]]:
        return [("13", 0.99) for _ in texts]


def test_classifier_target_is_not_taken_from_an_accusation(nlp: Language) -> None:
    evs = _run(nlp, "India accused the rebels of looting homes near Pakistan.", _AlwaysThreaten())
    assert not [e for e in evs if e.rule == "classifier"]


class _AlwaysStatement:
    """A stand-in classifier that calls every sentence a statement (root 01) with certainty."""

    def predict(self, texts: list[str]) -> Sequence[tuple[str, float]]:
        return [("01", 0.99) for _ in texts]


def test_classifier_codes_no_statement(nlp: Language) -> None:
    # a statement is an event only when what is said is an act aimed at someone; a sentence label
    # cannot say that, and the dyad would be the subject and any nearby actor
    evs = _run(nlp, "India and Pakistan are neighbours, and Turkey sees Pakistan often.", _AlwaysStatement())
    assert not evs


def test_classifier_not_used_when_the_main_verb_is_a_no_event_sense(nlp: Language) -> None:
    # "recognised the need for" is a "no event" sense of a 054 verb: it has said what the sentence is
    text = "India recognised the need for more investment in Pakistan."
    assert not _run(nlp, text, _AlwaysCooperate())
    assert _run(nlp, "Turkey sees Pakistan often, and India watches Pakistan closely.", _AlwaysCooperate())


def test_classifier_not_used_on_a_copular_sentence(nlp: Language) -> None:
    # "X is Y's biggest provider of aid" describes a standing state: no act of the day to guess
    assert not _run(nlp, "India is Nepal's largest trading partner and a close friend of Bhutan.",
                    _AlwaysCooperate())
    assert not _run(nlp, "Turkey was the first country to recognise Pakistan in 1947.", _AlwaysCooperate())


def test_classifier_not_used_on_a_linking_verb_or_a_held_count(nlp: Language) -> None:
    # "has become", "remains" describe a standing state as "is" does; "has 3,000 troops in X" is a tally
    # of what a party holds: no act of the day for the fallback to guess
    assert not _run(nlp, "Japan has become Indonesia's largest trading partner.", _AlwaysCooperate())
    assert not _run(nlp, "Canada remains the biggest foreign investor in Chile.", _AlwaysCooperate())
    assert not _run(nlp, "Britain has about 900 soldiers in Estonia.", _AlwaysCooperate())
