"""Targets of verbal conflict (session 19): a state's rejection or threat aimed at its own opposition or
crowds takes the state's country, a threat is aimed at whom its act's purpose is to coerce, anger "over"
a party's act disapproves of its doer, and an object "them" may refer back to a collective body."""

from __future__ import annotations

import pytest

from _events_fake import code_rules, triples


def _targets(events: list, root: str) -> set[str]:  # type: ignore[type-arg]
    return {e.target.actor.code for e in events if e.root == root and e.target}


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        # rejection (12) and threats (13) of a state aimed at its own people are domestic, as blame (11)
        ("Zambia's government rejected the opposition's demand for a recount.", "12", "ZMBOPP"),
        ("Togo's president warned protesters against marching on the presidential palace.", "13", "TGOOPP"),
        ("Ecuador's interior minister threatened the opposition with prosecution.", "13", "ECUOPP"),
    ],
)
def test_rejection_and_threat_of_own_people_are_domestic(code, text: str, root: str, target: str) -> None:
    events = code(text)
    assert target in _targets(events, root), triples(events)


def test_threat_to_foreign_party_keeps_that_party(code) -> None:
    events = code("Uganda's president warned rebels in Congo against attacking the border towns.")
    assert not any(t.startswith("UGA") for t in _targets(events, "13")), triples(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the purpose of a threatened act names whom it coerces: its object's doer, owner or itself
        ("Peru's government threatened to send soldiers to lift the road blockades by miners.", "LAB"),
        ("Chile's interior minister threatened to use force to end the occupation by students.", "EDU"),
        ("Ankara warned that it would take all measures to thwart any Greek attempt to extend its waters.",
         "GRC"),
    ],
)
def test_threat_aims_at_whom_its_purpose_coerces(code, text: str, target: str) -> None:
    events = code(text)
    assert any(t.endswith(target) or t.startswith(target) for t in _targets(events, "13")), triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "The finance minister threatened to raise taxes to cut the deficit.",
        "The company threatened to close the plant to cut costs.",
        "The army threatened to use force to restore order.",
    ],
)
def test_threat_with_no_party_in_its_purpose_has_no_target(code, text: str) -> None:
    events = code(text)
    assert not any(e.root == "13" and e.target for e in events), code_rules(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Pyongyang was angry over Seoul's live-fire drills near the border.", "KOR"),
        ("Delhi is unhappy about Beijing's new map of the border.", "CHN"),
        ("Moscow voiced strong dissatisfaction with Berlin's decision to send tanks.", "DEU"),
    ],
)
def test_anger_over_a_party_act_disapproves_of_it(code, text: str, target: str) -> None:
    events = code(text)
    assert any(t.startswith(target) for t in _targets(events, "11")), triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "Motorists were angry over rising fuel prices.",
        "Farmers were unhappy about the late rains.",
    ],
)
def test_anger_over_no_party_is_no_event(code, text: str) -> None:
    events = code(text)
    assert not any(e.root == "11" for e in events), code_rules(events)


def test_object_them_refers_back_to_a_collective_body(code) -> None:
    events = code("Bolivia's opposition called a general strike on Monday. The government accused them of "
                  "plotting to topple the president.")
    assert "BOLOPP" in _targets(events, "11"), triples(events)


def test_state_protest_against_foreign_plan_is_formal_protest(code) -> None:
    events = code("Georgia's foreign ministry protested against Russia's plan to open a naval base in "
                  "Abkhazia.")
    assert "114" in {e.cameo for e in events}, code_rules(events)
    assert not any(e.root == "14" for e in events), code_rules(events)


def test_street_protest_against_a_plan_stays_a_demonstration(code) -> None:
    events = code("Students protested against the government's plan to raise tuition fees.")
    assert any(e.root == "14" for e in events), code_rules(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Syrian army said it was ready to respond to any Turkish aggression.", "TUR"),
        ("Caracas said it would react to any American incursion.", "USA"),
    ],
)
def test_reply_held_ready_for_any_assault_is_a_threat(code, text: str, target: str) -> None:
    events = code(text)
    assert any(t.startswith(target) for t in _targets(events, "13")), triples(events)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said it would respond to the letter next week.",
        "The agency said it would respond to any complaints within a week.",
    ],
)
def test_reply_to_words_is_no_threat(code, text: str) -> None:
    events = code(text)
    assert not any(e.root == "13" for e in events), code_rules(events)


def test_warned_prison_terms_are_a_threat_of_repression(code) -> None:
    events = code("Uganda's police warned that rioters would face long prison sentences.")
    assert "137" in {e.cameo for e in events}, code_rules(events)


def test_term_faced_by_no_warned_party_is_no_threat(code) -> None:
    events = code("Analysts said the president would face a tough second term.")
    assert not any(e.root == "13" for e in events), code_rules(events)


def test_threatened_people_of_the_purpose_are_domestic(code) -> None:
    events = code("Paraguay's government threatened to send police to break up the blockades by farmers.")
    assert "PRYAGR" in _targets(events, "13"), triples(events)


# --- session 19 (VTRIG): wordings of refusal and criticism that coded no trigger ---------------------


@pytest.mark.parametrize(
    ("text", "code_prefix"),
    [
        # a gerund a phrasal refusal governs is refused, as under "refused to" (12x), never done
        ("Belgrade ruled out recognising the independence of Kosovo.", "12"),
        ("Spain ruled out sending fighter jets to Ukraine.", "122"),
        ("Ankara has ruled out withdrawing its troops from northern Iraq.", "124"),
    ],
)
def test_ruled_out_gerund_is_a_refusal(code, text: str, code_prefix: str) -> None:
    events = code(text)
    assert any(e.cameo.startswith(code_prefix) for e in events), triples(events)
    assert not any(e.root in ("05", "07", "08") for e in events), triples(events)


def test_not_ruled_out_is_a_possibility_not_a_refusal(code) -> None:
    events = code("The White House has not ruled out easing sanctions on Caracas.")
    assert not any(e.root == "12" for e in events), triples(events)
    assert all(e.modality == "hypothetical" for e in events), triples(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a quoted judgement of a pronoun the "of" phrase names is criticism of that thing's owner (111)
        ('"This is completely unacceptable," the Dutch foreign minister said of Turkey\'s decision.', "TUR"),
        ('"It is a flagrant provocation," the Chinese foreign ministry said of the Japanese patrol.', "JPN"),
    ],
)
def test_quoted_judgement_said_of_a_party_s_act_criticises_it(code, text: str, target: str) -> None:
    events = code(text)
    assert any(e.cameo == "111" and e.target and e.target.actor.code.startswith(target) for e in events), \
        triples(events)


@pytest.mark.parametrize(
    "text",
    [
        '"It was a very constructive meeting," the Indian minister said of his talks in Beijing.',
        '"It is unacceptable," the spokesman said.',
    ],
)
def test_quoted_favourable_or_unaimed_judgement_is_no_criticism(code, text: str) -> None:
    events = code(text)
    assert not any(e.root == "11" for e in events), triples(events)


def test_swipe_at_a_party_in_an_adjunct_criticises_it(code) -> None:
    events = code("In a swipe at Brussels, Poland's prime minister said the migration pact was dead.")
    assert any(e.cameo == "111" and e.target and e.target.actor.code.startswith("EU") for e in events), \
        triples(events)


def test_proposal_called_a_non_starter_is_rejected(code) -> None:
    events = code("Taipei said Beijing's proposal was a non-starter.")
    assert any(e.root == "12" for e in events), triples(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # calling a party by an insult is criticism of it (111), as naming its act so is
        ("Chile's president called the Venezuelan leader a dictator.", "VEN"),
        ("Iran's foreign minister called Israel a terrorist regime.", "ISR"),
    ],
)
def test_name_calling_is_criticism(code, text: str, target: str) -> None:
    events = code(text)
    assert any(e.cameo == "111" and e.target and e.target.actor.code.startswith(target) for e in events), \
        triples(events)
    assert not any(e.root == "02" for e in events), triples(events)


def test_talks_spurned_are_a_rejected_proposal_to_negotiate(code) -> None:
    events = code("Eritrea spurned talks with Ethiopia on the disputed border.")
    assert any(e.cameo == "125" for e in events), triples(events)


def test_verb_after_a_judged_claim_is_the_speaker_s(code) -> None:
    # the parser hangs "accused" on the reported copula; a claim does nothing, so the speaker accuses
    events = code("Rwanda said Congo's allegations were baseless and accused Kinshasa of arming rebels.")
    assert any(e.root == "11" and e.source.actor.code.startswith("RWA")
               and e.target and e.target.actor.code.startswith("COD") for e in events), triples(events)


def test_a_government_protest_with_no_party_named_is_formal(code) -> None:  # type: ignore[no-untyped-def]
    # a government does not take to the streets: "would protest" with no one named is a formal protest (11)
    events = code("Canberra's foreign minister said the government would protest in the strongest terms.")
    assert not any(e.root == "14" for e in events), code_rules(events)
    # people still demonstrate
    assert any(e.root == "14" for e in code("Thousands of farmers protested in Paris on Monday."))
