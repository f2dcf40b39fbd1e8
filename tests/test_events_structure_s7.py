"""Pattern-format reach and clause structure (session 7, round 2): prepositions nested on a particle
("out of"), the doer of an infinitive for ``+subject:``, a governing pattern that names its governed
verb, accusations and threats whose content is an act, announced force postures, measures of goods
as amounts. Every sentence is written for this file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests._events_fake import trigger_codes

from triadic.events import EventCoder, load_patterns
from triadic.events._matching import through_amount
from triadic.events._patterns import shipped_patterns
from triadic.events._syntax import prep_objects
from triadic.model import Event
from triadic.pipeline import Coder

_USER = """\
codes:
  "164":
    verbs: ["pull out of +negotiation", "walk out +of:assembly"]
  "166":
    verbs: ["leave +country +subject:envoy|ambassador"]
  "1663":
    verbs: ["order leave +charity|agency"]
"""


@pytest.fixture(scope="module")
def user_coder(tmp_path_factory: pytest.TempPathFactory) -> EventCoder:
    path: Path = tmp_path_factory.mktemp("structure") / "mine.yaml"
    path.write_text(_USER, encoding="utf-8")
    return EventCoder(load_patterns([path]))


def _codes(events: list[Event]) -> set[str]:
    return {e.cameo for e in events}


# ---------------------------------------------------------------- nested prepositions
def test_a_preposition_on_an_objectless_particle_reaches_its_object(nlp) -> None:  # noqa: ANN001
    doc = nlp("The deputies walked out of parliament on Monday.")
    verb = next(t for t in doc if t.lower_ == "walked")
    assert [t.lower_ for t in prep_objects(verb, {"out", "of"})] == ["parliament"]
    # a preposition with an object of its own is not looked behind
    doc = nlp("The deputies walked in the rain.")
    verb = next(t for t in doc if t.lower_ == "walked")
    assert [t.lower_ for t in prep_objects(verb, {"in", "of"})] == ["rain"]


def test_a_pattern_object_behind_out_of(nlp, user_coder: EventCoder) -> None:  # noqa: ANN001
    text = "Hungary pulled out of the negotiations with Slovakia."
    assert trigger_codes(nlp, user_coder, text)["pulled"] == "164"
    # another object after "out of" is not the pattern's
    assert trigger_codes(nlp, user_coder, "Hungary pulled out of the region.").get("pulled") != "164"


def test_a_prepositional_object_behind_out(nlp, user_coder: EventCoder) -> None:  # noqa: ANN001
    text = "The deputies walked out of the assembly in anger."
    assert trigger_codes(nlp, user_coder, text)["walked"] == "164"


# ---------------------------------------------------------------- the doer of an infinitive
@pytest.mark.parametrize("text", [
    "Colombia ordered the Peruvian envoy to leave the country.",
    "Colombia told the Peruvian ambassador to leave the country within a week.",
    "Colombia gave the Peruvian envoy 72 hours to leave the country.",
])
def test_subject_sees_whom_the_governing_verb_moves(nlp, user_coder: EventCoder, text: str) -> None:  # noqa: ANN001
    assert trigger_codes(nlp, user_coder, text).get("leave") == "166"


def test_subject_of_an_infinitive_is_not_its_governors_object_when_it_is_someone_else(
    nlp, user_coder: EventCoder  # noqa: ANN001
) -> None:
    text = "The envoy urged the farmers to leave the country."
    assert trigger_codes(nlp, user_coder, text).get("leave") != "166"


def test_the_marker_of_the_triggers_own_clause_is_no_preposition(nlp, coder: EventCoder) -> None:  # noqa: ANN001
    # "for" introduces who is to leave; it is no "leave for" (a trip)
    assert trigger_codes(nlp, coder, "Peru set a deadline for the miners to leave.").get("leave") != "042"


# ---------------------------------------------------------------- governing patterns
def test_a_pattern_naming_its_governed_verb_takes_that_verbs_target(code) -> None:  # noqa: ANN001
    events = code("Kenya declined to comment on the Ugandan report.")
    assert [(e.cameo, e.target.actor.country if e.target else None) for e in events] == [("011", "UGA")]


def test_a_governed_verb_named_by_its_governor_is_no_event_of_its_own(code) -> None:  # noqa: ANN001
    events = code("Serbia threatened to walk out of the meeting with Kosovo.")
    assert all(e.trigger.text.lower() != "walk" for e in events)


# ---------------------------------------------------------------- what an accusation or threat names
@pytest.mark.parametrize("text", [
    "Russia accused Ukraine of opening fire on its border posts.",
    "Armenia accused Azerbaijan of launching an offensive.",
])
def test_an_accused_armed_act_named_through_a_light_verb(code, text: str) -> None:  # noqa: ANN001
    assert "1123" in _codes(code(text))


def test_an_accusation_of_an_unarmed_act_stays_general(code) -> None:  # noqa: ANN001
    assert "1123" not in _codes(code("China accused Japan of violating the agreement."))


def test_a_threatened_protest_is_a_threat_of_dissent(code) -> None:  # noqa: ANN001
    assert "133" in _codes(code("The French unions threatened to call a strike against the government."))


# ---------------------------------------------------------------- announced force postures
def test_an_announced_deployment_is_the_posture_planned(code) -> None:  # noqa: ANN001
    events = code("Turkey said it would deploy troops to its border with Syria.")
    assert [(e.cameo, e.modality) for e in events] == [("154", "planned")]


def test_a_threatened_deployment_stays_a_threat(code) -> None:  # noqa: ANN001
    assert _codes(code("Turkey threatened to deploy troops to its border with Syria.")) == {"138"}


# ---------------------------------------------------------------- measures of goods
@pytest.mark.parametrize(("text", "inner"), [
    ("Qatar shipped 500 tonnes of rice.", "rice"),
    ("Norway sold two million barrels of oil.", "oil"),
    ("Russia pumped 3 billion cubic metres of gas.", "gas"),
])
def test_a_measure_of_goods_is_looked_through(nlp, text: str, inner: str) -> None:  # noqa: ANN001
    amounts = shipped_patterns().grammar.amount_words
    doc = nlp(text)
    measure = next(t for t in doc if t.dep_ == "dobj")
    found = through_amount(measure, amounts)
    assert found is not None and found.lower_ == inner


def test_sent_tonnes_of_food_is_humanitarian_aid(code) -> None:  # noqa: ANN001
    assert "073" in _codes(code("Qatar sent 500 tonnes of food to Sudan."))


# ---------------------------------------------------------------- clause structure
def test_a_call_naming_something_an_attack_is_no_appeal(code) -> None:  # noqa: ANN001
    events = code("Austria defended Slovenia, calling the Commission's stance an attack on sovereignty.")
    assert "020" not in _codes(events)


def test_a_participle_closing_a_denied_clause_is_the_deniers_act(code) -> None:  # noqa: ANN001
    events = code("Chile denied that it had supplied weapons to Bolivian rebels, dismissing Peru's "
                  "allegations as baseless.")
    # the participle names whom the denial answers: one 016, Chile to Peru (not to the rebels)
    denials = [(e.source.actor.country, e.target.actor.country if e.target else None)
               for e in events if e.cameo == "016"]
    assert denials == [("CHL", "PER")]


def test_a_result_participle_stays_inside_what_is_denied(code) -> None:  # noqa: ANN001
    events = code("Chile denied that its troops had shelled the Bolivian town, killing ten civilians.")
    assert all(e.trigger.text.lower() != "killing" for e in events)


@pytest.mark.parametrize("text", [
    "Egypt's president spoke by telephone with his Turkish counterpart and urged restraint.",
    "Egypt's president met his Turkish counterpart in Cairo and urged restraint.",
])
def test_words_after_a_contact_are_addressed_to_its_party(code, text: str) -> None:  # noqa: ANN001
    urged = [e for e in code(text) if e.trigger.text.lower() == "urged"]
    assert urged and urged[0].target is not None and urged[0].target.actor.country == "TUR"


def test_a_statement_after_a_contact_is_not_addressed(code) -> None:  # noqa: ANN001
    events = code("Egypt's president met his Turkish counterpart in Cairo and said the region needed calm.")
    assert all(e.trigger.text.lower() != "said" for e in events)


def test_a_conjunction_read_as_a_preposition_keeps_its_clause_subject(code) -> None:  # noqa: ANN001
    events = code("Ecuador expelled the Mexican ambassador after Mexico granted asylum to a "
                  "Venezuelan general.")
    granted = [e for e in events if e.trigger.text.lower() == "granted"]
    assert granted and granted[0].source.actor.country == "MEX"


# ---------------------------------------------------------------- conditions
def test_a_verb_inside_a_condition_stays_hypothetical(code) -> None:  # noqa: ANN001
    events = code("The EU will lift sanctions on Minsk if Belarus releases the political prisoners.")
    assert all(e.modality == "hypothetical" for e in events if e.trigger.text.lower() == "releases")


def test_a_condition_on_talks_makes_no_talks(code) -> None:  # noqa: ANN001
    events = code("Norway said it would keep mediating if both sides showed good faith, after talks "
                  "on a new ceasefire stalled in May.")
    assert not {"046", "0871"} & _codes(events)


def test_a_governing_pattern_needs_no_target_where_its_governed_verb_needs_none(code) -> None:  # noqa: ANN001
    events = code("The Peruvian junta refused to step down despite pressure from its neighbours.")
    assert "1231" in _codes(events)


def test_a_governing_pattern_names_its_governed_verb_and_object(
    nlp, resolver, user_coder: EventCoder  # noqa: ANN001
) -> None:
    # "order leave +agency": ordering aid agencies out is an expulsion, not a demand (10x)
    pipeline = Coder(nlp=nlp, resolver=resolver, event_coder=user_coder)
    text = "Sudan ordered two Norwegian aid agencies to leave the country."
    events = pipeline.code_text(text, date(2026, 3, 1)).events
    assert [e.cameo for e in events] == ["1663"]


def test_two_coordinated_acts_of_one_root_with_their_own_codes_are_two_events(code) -> None:  # noqa: ANN001
    events = code("Peru's president declared a state of emergency in two provinces and imposed a curfew "
                  "in Lima.")
    assert {"1724", "1723"} <= _codes(events)


def test_one_act_told_twice_with_one_code_stays_one_event(code) -> None:  # noqa: ANN001
    events = code("Ghana recalled its ambassador from Togo and withdrew its envoy from Lome.")
    assert [e.cameo for e in events].count("161") <= 1
