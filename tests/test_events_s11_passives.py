"""Acts only a state does, told in the passive with no agent: the implied state organ is the source."""

from __future__ import annotations

import pytest

from _events_fake import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "place"),
    [
        ("A well-known Iranian rapper was arrested in Tehran on Sunday.", "IRNCOP", "Tehran"),
        ("Four Kenyan students were detained in Nairobi after the march.", "KENCOP", "Nairobi"),
        ("A French aid worker was arrested in Mali last month.", "MLICOP", "Mali"),
    ],
)
def test_arrest_in_a_named_place_is_that_states_police(code, text: str, source: str, place: str) -> None:
    evs = [e for e in code(text) if e.cameo.startswith("173")]
    assert evs, text
    assert evs[0].source.actor.code == source
    assert evs[0].source.text == place  # the place's words name the state, as annotators mark it


@pytest.mark.parametrize(
    ("text", "source", "cameo"),
    [
        ("The former Peruvian president was sentenced to 15 years in prison.", "PERJUD", "116"),
        ("A Kenyan opposition lawmaker was charged with hate speech on Friday.", "KENJUD", "173"),
        ("A former Argentine minister was indicted on bribery charges.", "ARGJUD", "173"),
    ],
)
def test_a_court_act_with_no_place_is_the_patients_courts(code, text: str, source: str, cameo: str) -> None:
    found = triples(code(text))
    assert any(s == source and c == cameo for s, c, _ in found), found


def test_expulsion_is_by_the_state_it_is_from(code) -> None:
    found = triples(code("Two Dutch diplomats were expelled from Venezuela on Tuesday."))
    assert any(s == "VENGOV" and c == "174" for s, c, _ in found), found


def test_release_from_prison_is_the_states_but_freed_hostages_name_no_holder(code) -> None:
    found = triples(code("The Bahraini rights activist was released from prison on Monday."))
    assert any(s == "BHRGOV" and c == "0841" for s, c, _ in found), found
    assert not triples(code("Twelve Thai hostages were freed on Sunday."))


@pytest.mark.parametrize(
    "text",
    [
        "Three German nationals were arrested on suspicion of spying.",  # perhaps abroad
        "Two Syrian men were detained at the border.",  # whose border is unsaid
        "The Egyptian poet could be sentenced to death.",  # an act to come
        "The Malian president was removed from power in a coup.",  # no act of the state
        "A Somali journalist was killed in Mogadishu.",  # others kill too
    ],
)
def test_no_state_is_implied(code, text: str) -> None:
    found = triples(code(text))
    assert not any(s.endswith(("COP", "JUD", "GOV")) and c[:3] in ("173", "116", "172", "174")
                   for s, c, _ in found), found


def test_an_arrest_recalled_in_a_relative_clause_is_background(code) -> None:
    text = "A Turkish court freed a Kurdish journalist who was arrested in Ankara last year."
    found = triples(code(text))
    assert not any(c == "173" for _, c, _ in found), found


def test_a_named_agent_still_acts(code) -> None:
    found = triples(code("A Pakistani blogger was arrested by Indian police in Kashmir."))
    assert any(s == "INDCOP" and c == "173" for s, c, _ in found), found


def test_the_lists_are_data() -> None:
    from triadic.events._arg_phrases import argument_words

    acts = argument_words()
    assert acts.state_act_verbs["arrest"] == "COP" and acts.state_act_verbs["sentence"] == "JUD"
    assert "173" in acts.state_act_codes and "kill" not in acts.state_act_verbs


# ---------------------------------------------------------------- joint acts told with no doer
@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # a hyphen pair on the agreement noun
        ("The Kenya-Uganda oil pipeline deal was signed in Kampala on Thursday.", "KEN", "UGA"),
        # a combining form and an adjective
        ("A Sino-Vietnamese fishing accord was concluded in Hanoi.", "CHN", "VNM"),
        # a possessive coordination, which the parser may hang on the first name
        ("Peru and Bolivia's water sharing agreement was ratified on Tuesday.", "PER", "BOL"),
        # a "between" phrase on the passive verb
        ("A prisoner exchange accord was signed between Armenia and Azerbaijan in Bern.", "ARM", "AZE"),
    ],
)
def test_agreement_with_no_agent_is_signed_by_the_sides_its_words_name(
        code, text: str, a: str, b: str) -> None:
    found = triples(code(text))
    assert (a, "057", b) in found and (b, "057", a) in found, found


def test_parenthetical_signing_by_both_sides_is_reported(code) -> None:
    found = triples(code("The pact, signed by Ghana and Togo on Friday, opens the border to trade."))
    assert ("GHA", "057", "TGO") in found and ("TGO", "057", "GHA") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The accord was signed on Sunday after months of talks.",
        "The governor signed the budget bill into law on Monday.",
        "The striker signed a contract with a football club in Qatar.",
    ],
)
def test_agreement_with_no_sides_named_codes_no_signing(code, text: str) -> None:
    assert not [e for e in code(text) if e.cameo == "057"]


@pytest.mark.parametrize(
    "text",
    [
        # a participle on the noun of what was mediated, set off by commas
        "The ceasefire between Armenia and Azerbaijan, mediated by Russia and France, took effect at noon.",
        # a hyphen compound naming the mediator
        "Norway-mediated talks between Armenia and Azerbaijan ended on Friday.",
        # the sides are the subject of the clause the brokered talks are the setting of
        "Armenia and Azerbaijan, in talks brokered by Norway, agreed to reopen the border.",
    ],
)
def test_mediation_told_by_a_participle_targets_the_sides(code, text: str) -> None:
    found = triples(code(text))
    mediation = {(s, t) for s, c, t in found if c == "045"}
    assert mediation & {("RUS", "ARM"), ("NOR", "ARM")}, found
    assert mediation & {("RUS", "AZE"), ("NOR", "AZE")}, found


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # signed at a meeting or visit: the meeting's sides signed
        ("Five agreements were signed during the Kenyan president's visit to Ghana.", "KEN", "GHA"),
        ("A trade accord was signed during a visit by Chile's foreign minister to Lima.", "CHL", "PER"),
        ("A fisheries accord was signed on the sidelines of a summit between Chile and Peru.", "CHL", "PER"),
        # a relative clause the parser hangs on the last side of the noun's "between" phrase
        ("Under the accord between Ghana and Togo, which was signed in Lome, trade resumes.", "GHA", "TGO"),
    ],
)
def test_agreement_signed_at_a_meeting_or_named_sides_is_theirs(code, text: str, a: str, b: str) -> None:
    found = {(s[:3], c, t[:3]) for s, c, t in triples(code(text))}
    assert (a, "057", b) in found and (b, "057", a) in found, found


def test_background_signing_told_by_a_dated_participle_is_no_event(code) -> None:
    # the noun is the participle's object: the signing's own date (long past) makes it history
    evs = code("The Kenya-Uganda pipeline deal, signed in March 2016, is being renegotiated.")
    assert not [e for e in evs if e.cameo == "057"]


def test_mediation_of_a_hyphen_pair_targets_both_sides(code) -> None:
    found = triples(code("Norway brokered the Armenia-Azerbaijan truce on Tuesday."))
    assert ("NOR", "045", "ARM") in found and ("NOR", "045", "AZE") in found, found


def test_predicate_noun_of_an_infinitive_relative_is_the_doer(code) -> None:
    # "became the first country to recognise X": the copula's subject recognises
    found = triples(code("Palau became the latest country to recognise Kosovo."))
    assert ("PLW", "054", "KSV") in found, found


# ---------------------------------------------------------------- parties of an agreement told less plainly
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a passive with an agent: the subject noun's "with" partner is the target
        ("The border demarcation accord with Moldova was ratified by Romania's parliament on Friday.",
         "ROMLEG", "MDA"),
        # ... or the side a hyphen pair on it names that is not the agent
        ("The Iran-Belarus cooperation treaty was ratified by Iran's parliament on Sunday.", "IRNLEG", "BLR"),
        # a possessor and a "with" partner on an agreement signed with no agent
        ("Fiji's fisheries deal with Taiwan was signed in Suva on Monday.", "FJI", "TWN"),
        # a participle on the object names the partner
        ("Ecuador's congress ratified the trade accord signed with South Korea.", "ECULEG", "KOR"),
    ],
)
def test_the_partner_of_a_ratified_or_signed_agreement(code, text: str, source: str, target: str) -> None:
    found = triples(code(text))
    assert (source, "057", target) in found, found


def test_a_legislature_named_by_its_own_name_is_its_countrys(code) -> None:
    found = triples(code("The State Duma ratified the security treaty with Belarus on Tuesday."))
    assert ("RUSLEG", "057", "BLR") in found, found


def test_signing_at_a_ceremony_attended_by_both_sides(code) -> None:
    text = "The agreements were signed at a ceremony in Canberra attended by Albanese and Marape."
    found = triples(code(text))
    assert ("AUSGOV", "057", "PNGGOV") in found and ("PNGGOV", "057", "AUSGOV") in found, found


def test_what_a_joint_act_is_about_is_no_counterpart(code) -> None:
    found = triples(code("Rome and Ankara signed an accord on the return of migrants."))
    assert all(c != "057" or t in ("ITAGOV", "TURGOV") for _, c, t in found), found
    assert ("ITAGOV", "057", "TURGOV") in found, found


def test_recognised_as_a_countrys_authority(code) -> None:
    found = triples(code("Britain recognised the opposition-led council as Libya's legitimate government."))
    assert any(s == "GBR" and c == "054" and t.startswith("LBY") for s, c, t in found), found


def test_a_mediated_exchange_between_two_sides(code) -> None:
    found = triples(code("Turkey mediated the exchange of 200 prisoners between Armenia and Azerbaijan."))
    assert ("TUR", "045", "ARM") in found and ("TUR", "045", "AZE") in found, found


def test_a_progressive_misread_as_a_noun_is_still_a_verb(code) -> None:
    found = triples(code("Oman, which is mediating between Iran and the United States, urged calm."))
    assert ("OMN", "045", "IRN") in found, found
    assert not [e for e in code("The problem is the fighting in the north.") if e.cameo.startswith("19")]
