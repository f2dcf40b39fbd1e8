"""Recall mechanisms for reporting frames, controllers, coordination, relatives and refusals."""

from __future__ import annotations

from datetime import datetime

import pytest

from _events_fake import code_text, dyads, fake_index, triples
from triadic.model import Actor, Article, Event, Sentence, content_id


@pytest.fixture(scope="module")
def code(nlp, coder):
    def run(text: str) -> list[Event]:
        return code_text(nlp, coder, text, datetime(2024, 3, 1))

    return run


# ---------------------------------------------------------------- who acts
def test_call_on_names_who_is_to_act(code) -> None:
    got = dyads(code("China called on North Korea to resume talks with Seoul."))
    assert ("CHN", "02", "PRK") in got
    # the talks asked for are part of the appeal, not an event of their own
    assert not any(r == "04" for _, r, _ in got)


def test_appeal_to_names_who_is_to_act(code) -> None:
    got = dyads(code("Japan appealed to Russia to halt the strikes."))
    assert ("JPN", "02", "RUS") in got


def test_unresolved_pronoun_subject_is_the_reporting_speaker(code) -> None:
    evs = code("Japan said on Tuesday that it had expelled two Russian diplomats.")
    assert ("JPN", "17", "RUS") in dyads(evs)  # expelled diplomats are expelled individuals (174)


def test_pronoun_subject_without_a_reporting_clause_stays_unresolved(code) -> None:
    assert not code("It expelled two Russian diplomats.")


def test_event_noun_subject_gives_its_agent(code) -> None:
    assert ("ISR", "19", "IRN") in dyads(code("An air strike by Israel hit Iran on Sunday."))


def test_statement_participle_takes_the_issuer(code) -> None:
    assert ("RUS", "111", "JPN") in triples(code("Russia issued a statement condemning Japan."))


def test_coordinated_modifiers_are_separate_sources(code) -> None:
    got = dyads(code("Russian and Chinese warships attacked Japan."))
    assert {("RUS", "19", "JPN"), ("CHN", "19", "JPN")} <= got


# ---------------------------------------------------------------- whom
def test_coordinated_verbs_share_the_later_object(code) -> None:
    got = dyads(code("Beijing rejected and condemned the American decision."))
    assert {("CHN", "12", "USA"), ("CHN", "11", "USA")} <= got


def test_author_in_an_object_relative_is_the_target(code) -> None:
    assert ("JPN", "016", "CHN") in triples(code("Tokyo rejected a charge that Beijing had made."))
    assert ("JPN", "016", "CHN") in triples(code("Tokyo rejected the charges Beijing made on Monday."))


def test_content_clause_is_not_an_author(code) -> None:
    # "that Beijing lift ..." says what is demanded, not who made the demand
    evs = code("Tokyo rejected the idea that Beijing should lift its tariffs.")
    assert not any(e.source.actor.code == "JPN" and e.target and e.target.actor.code == "CHN" for e in evs)


def test_topic_of_a_statement_is_its_target(code) -> None:
    assert ("JPN", "012", "PRK") in triples(code("Japan expressed concern over North Korea's missile tests."))
    assert ("JPN", "012", "CHN") in triples(code("Japan voiced concern about China on Friday."))


def test_topic_preposition_names_no_target_of_material_acts(code) -> None:
    # "over" is a topic only for statements, appeals and complaints, not for an aid delivery
    evs = code("Japan sent aid to flood victims over the weekend, Russia said.")
    assert not any(e.target and e.target.actor.code == "RUS" for e in evs)


def test_of_phrase_of_an_act_names_its_target(code) -> None:
    assert ("CHN", "063", "USA") in triples(code("China approved the extradition of an American."))


def test_of_phrase_needs_a_verb_whose_subject_does_the_act(code) -> None:
    # resolving an abduction is not abducting
    evs = code("Japan urged China to resolve the abduction of Russian sailors.")
    assert not any(e.root == "18" and e.target and e.target.actor.code == "RUS" for e in evs)


def test_place_deep_in_what_is_hit_is_the_target(code) -> None:
    evs = code("Israeli troops attacked positions belonging to militants in Iran.")
    assert ("ISRMIL", "19", "IRN") in dyads(evs)


def test_protest_to_is_an_official_complaint(code) -> None:
    assert ("KOR", "114", "JPN") in triples(code("Seoul protested to Tokyo over the textbook."))


# ---------------------------------------------------------------- both ways
def test_each_other_is_reciprocal(code) -> None:
    got = dyads(code("China and Japan accused each other of provocations."))
    assert {("CHN", "11", "JPN"), ("JPN", "11", "CHN")} <= got


def test_exchange_of_fire_with_is_coded_both_ways(code) -> None:
    got = dyads(code("Israeli troops exchanged fire with Iran near the border."))
    assert {("ISRMIL", "19", "IRN"), ("IRN", "19", "ISRMIL")} <= got


def test_clash_with_is_coded_both_ways(code) -> None:
    # the gold conventions code fighting between two named forces both ways, as "A and B clashed"
    # (ConfliBERT's span annotation marks source and target; root F1 follows the gold conventions)
    got = dyads(code("Israeli troops clashed with Iran near the border."))
    assert {("ISRMIL", "19", "IRN"), ("IRN", "19", "ISRMIL")} <= got


def test_clashes_after_engaged_in_take_the_subject(code) -> None:
    evs = code("Israeli troops were engaged in heavy clashes with Iran.")
    assert ("ISRMIL", "19", "IRN") in dyads(evs)


# ---------------------------------------------------------------- refusal and split tokens
def test_future_negation_of_cooperation_is_a_refusal(code) -> None:
    evs = code("Japan will not lift sanctions on Russia.")
    rej = [e for e in evs if e.root == "12"]
    assert rej and rej[0].modality == "asserted" and rej[0].rule.startswith("refusal(")
    assert (rej[0].source.actor.code, rej[0].target.actor.code if rej[0].target else None) == ("JPN", "RUS")
    # the act refused did not happen: the refusal is the one event
    assert not any(e.root == "08" for e in evs)


def test_past_negation_is_no_refusal(code) -> None:
    evs = code("Japan did not lift sanctions on Russia.")
    assert not any(e.root == "12" for e in evs)
    assert any(e.root == "08" and e.modality == "negated" for e in evs)


def test_hyphenated_event_words_split_by_the_tokenizer_match(code) -> None:
    assert ("RUS", "0871", "JPN") in triples(code("Russia declared a cease-fire with Japan."))
    assert ("RUS", "0871", "JPN") in triples(code("Russia announced a weeklong cease-fire with Japan."))


# ---------------------------------------------------------------- reported obligations, adjectives, purposes
def test_reported_obligation_is_a_demand_on_its_subject(code) -> None:
    evs = code("Japan said that Russia must withdraw its troops.")
    dem = [e for e in evs if e.cameo == "100"]
    assert dem and (dem[0].source.actor.code, dem[0].target.actor.code if dem[0].target else None) == (
        "JPN",
        "RUS",
    )
    assert dem[0].rule.startswith("deontic(")


def test_reported_fact_is_no_demand(code) -> None:
    evs = code("Japan said that Russia withdrew its troops.")
    assert not any(e.root == "10" for e in evs)


def test_predicative_adjectives_are_triggers(code) -> None:
    assert ("JPN", "111", "CHN") in triples(code("Japan is critical of China's maritime claims."))
    assert ("RUS", "110", "USA") in triples(code("Russia is opposed to the deployment of American missiles."))
    assert ("KOR", "051", "USA") in triples(code("Seoul is grateful to Washington for its support."))
    evs = code("Israel is not critical of Iran.")
    assert evs and all(e.modality == "negated" for e in evs if e.cameo == "111")


def test_pronoun_subject_of_a_reported_adjective(code) -> None:
    evs = code("The United States said it is skeptical about Iranian motives.")
    assert any(e.cameo == "012" and e.source.actor.code == "USA" for e in evs)


def test_adjective_used_as_a_modifier_is_no_trigger(code) -> None:
    assert not any(e.cameo == "111" for e in code("Japan published a critical report on China."))


def test_purpose_clause_shares_the_main_subject(code) -> None:
    # the sending is the event; whom its purpose helps is its target (073 humanitarian aid)
    assert ("JPN", "07", "IRN") in dyads(code("Japan sent rescuers to help Iran."))


def test_aid_delivered_in_a_country_goes_to_it(code) -> None:
    evs = code("Japan provided $20 million in northern Iran.")
    assert any(e.root == "07" and e.target and e.target.actor.code == "IRN" for e in evs)


def test_infinitive_marker_is_not_a_pattern_preposition(code) -> None:
    # "to protest" is no "protest to": activists protesting a policy lodge no official complaint
    evs = code("Activists launched a hunger strike to protest Japan's policy.")
    assert not any(e.cameo == "114" for e in evs)


# ---------------------------------------------------------------- force on places and units
def test_unit_without_a_country_takes_the_country_it_is_hit_in(code, nlp, coder) -> None:
    from triadic.actors._types import Mention, MentionIndex

    text = "Rebels attacked an army base in Iran."
    doc = nlp(text)
    base = fake_index(doc)
    # the fake index knows no units: add a country-less military for "an army base"
    unit = doc[2:5]
    extra = Mention(
        unit.start,
        unit.end,
        unit.start_char,
        unit.end_char,
        unit.text,
        Actor("MIL", None, "MIL", "military"),
        "role",
    )
    rebels = doc[0:1]
    reb = Mention(
        0, 1, rebels.start_char, rebels.end_char, "Rebels", Actor("REB", None, "REB", "rebels"), "role"
    )
    named = {id(m): m for m in (base.at(i) for i in range(len(doc))) if m is not None}
    index = MentionIndex([reb, extra, *named.values()])
    art = Article(id=content_id(text), text=text, published=datetime(2024, 3, 1))
    evs, _ = coder.code_doc(doc, art, [Sentence(0, text, 0, len(text))], index)
    hit = [e for e in evs if e.root == "19"]
    assert hit and hit[0].target is not None and hit[0].target.actor.code == "IRNMIL"
    assert hit[0].target.actor.country == "IRN" and hit[0].target.text == "an army base"


def test_force_noun_reaches_the_place_it_happens_in(code) -> None:
    assert ("JPN", "19", "CHN") in dyads(code("Japan's offensive in northern China continued."))
    # the source's own country is no target
    assert not code("Japan's offensive in northern Japan continued.")


def test_a_group_named_by_its_owner(code) -> None:
    assert ("CHN", "19", "JPN") in dyads(code("China-based groups attacked Japan."))
    assert ("IRN", "19", "ISR") in dyads(code("Militants loyal to Iran attacked Israel."))


def test_backed_is_no_owner(code) -> None:
    # "Iran-backed militants" are not Iran
    assert not any(e.source.actor.code == "IRN" for e in code("Iran-backed militants attacked Israel."))


def test_call_for_someone_to_act(code) -> None:
    got = dyads(code("Japan called for China to release the detained sailors."))
    assert ("JPN", "02", "CHN") in got
    # without an embedded pattern the appeal still goes to whom it asks
    assert ("JPN", "020", "CHN") in triples(code("Japan called for China to stay out of the dispute."))


def test_claim_of_responsibility_targets_the_victim_of_the_act(code) -> None:
    evs = code("Iran claimed responsibility for the attack on Israeli troops.")
    assert ("IRN", "015", "ISRMIL") in triples(evs)
    # a claim for nothing done to anyone has no target
    assert not any(e.target for e in code("Iran claimed credit for the deal.") if e.cameo == "015")


def test_target_one_phrase_down_what_the_act_bears_on(code) -> None:
    got = dyads(code("Washington lifted sanctions on high-tech exports to Japan and China."))
    assert {("USA", "08", "JPN"), ("USA", "08", "CHN")} <= got


def _code_with(nlp, coder, text: str, extra: list[tuple[str, Actor]]) -> list[Event]:
    """Code ``text`` with the fake index plus ``extra`` (phrase, Actor) mentions."""
    from triadic.actors._types import Mention, MentionIndex

    doc = nlp(text)
    base = fake_index(doc)
    named = {id(m): m for m in (base.at(i) for i in range(len(doc))) if m is not None}
    out = list(named.values())
    for phrase, actor in extra:
        start = text.index(phrase)
        span = doc.char_span(start, start + len(phrase))
        assert span is not None
        out = [m for m in out if m.end <= span.start or m.start >= span.end]
        out.append(Mention(span.start, span.end, span.start_char, span.end_char, phrase, actor, "name"))
    art = Article(id=content_id(text), text=text, published=datetime(2024, 3, 1))
    evs, _ = coder.code_doc(doc, art, [Sentence(0, text, 0, len(text))], MentionIndex(out))
    return evs


def test_private_name_speaks_for_its_political_apposition(nlp, coder) -> None:
    person = Actor("CVL", None, "CVL", "Li Wei", kind="person")
    evs = _code_with(nlp, coder, "Li Wei, a Chinese spokesman, criticized Japan.", [("Li Wei", person)])
    assert ("CHN", "111", "JPN") in triples(evs)
    # an apposition about someone else names no speaker: "a critic of Japan" is not Japan
    evs = _code_with(nlp, coder, "Li Wei, a critic of Japan, praised Russia.", [("Li Wei", person)])
    assert not any(e.source.actor.code == "JPN" for e in evs)


def test_bare_role_belongs_to_its_possessor_or_principal(nlp, coder) -> None:
    role = Actor("GOV", None, "GOV", "a spokesman")
    evs = _code_with(nlp, coder, "A spokesman for Iran criticized Israel.", [("A spokesman", role)])
    assert ("IRN", "111", "ISR") in triples(evs)
    evs = _code_with(nlp, coder, "Russia's chief negotiator criticized Japan.", [("chief negotiator", role)])
    assert ("RUS", "111", "JPN") in triples(evs)


def test_at_in_a_verbal_conflict_pattern_is_the_target(code) -> None:
    assert ("JPN", "111", "CHN") in triples(code("Japan lashed out at China over the fishing ban."))
    # elsewhere "at" stays a place
    evs = code("Japan met with Russia at Moscow on Monday.")
    assert not any(e.target and e.target.text == "Moscow" for e in evs)
