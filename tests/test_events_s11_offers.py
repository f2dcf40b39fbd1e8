"""Offers and requests to send forces (0334 / 0234) and time-limit ultimatums whose period the parser
attaches as a time adverb (139)."""

from __future__ import annotations

import pytest

from _events_fake import code_rules


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Turkey offered to send troops to Qatar.", "Qatar"),
        ("Egypt offered to send forces to Libya.", "Libya"),
        ("Rwanda promised to dispatch soldiers to Mozambique.", "Mozambique"),
        ("Kenya pledged to send 1,000 police officers to Haiti.", "Haiti"),
    ],
)
def test_offer_to_send_forces_is_0334_at_host(code, text: str, host: str) -> None:
    events = code(text)
    offers = [e for e in events if e.root == "03"]
    assert [e.cameo for e in offers] == ["0334"], code_rules(events)
    assert offers[0].target is not None and host in offers[0].target.text


@pytest.mark.parametrize(
    "text",
    [
        "Mali asked France to send troops.",
        "The Somali government appealed to Ethiopia to send soldiers.",
    ],
)
def test_request_to_send_forces_is_0234(code, text: str) -> None:
    events = code(text)
    assert "0234" in {e.cameo for e in events}, code_rules(events)


def test_threat_to_send_troops_stays_a_threat(code) -> None:
    events = code("Turkey threatened to send troops to Syria.")
    assert "138" in {e.cameo for e in events}, code_rules(events)
    assert not any(e.root == "03" for e in events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("ECOWAS gave Niger's junta one week to restore the president or face intervention.", "junta"),
        ("The army gave the rebels 48 hours to surrender.", "rebels"),
        ("The government gave protesters two hours to leave the square.", "protesters"),
    ],
)
def test_period_as_second_object_is_ultimatum(code, text: str, target: str) -> None:
    events = code(text)
    ultimatums = [e for e in events if e.cameo == "139"]
    assert ultimatums, code_rules(events)
    assert ultimatums[0].target is not None and target in ultimatums[0].target.text


@pytest.mark.parametrize(
    "text",
    [
        "The president visited the troops last week.",
        "The minister gave a speech last week.",
    ],
)
def test_time_adverb_after_object_is_no_ultimatum(code, text: str) -> None:
    assert "139" not in {e.cameo for e in code(text)}


# Session 12 (intents whose party hangs below the infinitive, and mediation between two sides).


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kuwait pledged to invest in Jordan's economy.", "JOR"),
        ("Qatar promised to invest in Rwanda.", "RWA"),
        ("Turkey offered to help rebuild Aleppo.", "SYR"),
        ("The Gulf states pledged to help finance the reconstruction of Lebanon.", "LBN"),
    ],
)
def test_intent_reaches_the_party_below_its_infinitive(code, text: str, target: str) -> None:
    events = code(text)
    intents = [e for e in events if e.cameo.startswith("03")]
    assert intents, code_rules(events)
    aimed = [e for e in intents if e.target is not None and e.target.actor.code.startswith(target)]
    assert aimed, code_rules(events)


def test_money_invested_in_a_country_goes_to_it(code) -> None:
    events = code("Japan invested heavily in Vietnam last year.")
    assert any(e.cameo == "061" and e.target is not None and e.target.actor.code == "VNM" for e in events), \
        code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said investors were unlikely to invest in Zimbabwe.",
        "The army helped evacuate residents from the flooded town.",
    ],
)
def test_no_new_intent_or_help_event(code, text: str) -> None:
    events = code(text)
    assert not any(e.cameo.startswith(("03", "06")) for e in events), code_rules(events)
    assert "070" not in {e.cameo for e in events}, code_rules(events)


@pytest.mark.parametrize(
    ("text", "mediator", "sides"),
    [
        ("Norway's mediation between Colombia and the ELN resumed.", "NOR", {"COL", "COLREB"}),
        ("Oman said it was ready to resume its mediation between Iran and the United States.", "OMN",
         {"IRN", "USA"}),
    ],
)
def test_mediation_is_aimed_at_the_sides_it_is_between(
    code, text: str, mediator: str, sides: set[str]
) -> None:
    events = code(text)
    mediations = [e for e in events if e.cameo in ("045", "039")]
    assert mediations, code_rules(events)
    assert {e.source.actor.code for e in mediations} == {mediator}, code_rules(events)
    assert {e.target.actor.code for e in mediations if e.target} <= sides, code_rules(events)


# Session 17: offers answered, permitted acts, persons handed over.


@pytest.mark.parametrize(
    ("text", "code_", "owner", "answerer"),
    [
        ("Bangladesh accepted Japan's offer of supplies after the cyclone.", "033", "Japan", "Bangladesh"),
        ("Colombia accepted Norway's offer of talks.", "036", "Norway", "Colombia"),
        ("Kyiv welcomed Seoul's offer of reconstruction assistance.", "033", "Seoul", "Kyiv"),
        ("Khartoum welcomed Cairo's offer of a truce.", "0356", "Cairo", "Khartoum"),
        ("Fiji welcomed Australia's offer of humanitarian aid.", "0333", "Australia", "Fiji"),
    ],
)
def test_answered_offer_is_owner_intent_to_answerer(
    code, text: str, code_: str, owner: str, answerer: str
) -> None:
    events = code(text)
    offers = [e for e in events if e.cameo == code_]
    assert offers, code_rules(events)
    assert owner in offers[0].source.text
    assert offers[0].target is not None and answerer in offers[0].target.text


def test_supplies_pledged_are_aid_intended(code) -> None:
    events = code("Canada pledged winter supplies to Ukraine.")
    assert "033" in {e.cameo for e in events}, code_rules(events)


def test_offer_not_accepted_is_no_acceptance(code) -> None:
    events = code("Caracas did not accept Bogota's offer of talks.")
    assert "120" in {e.cameo for e in events}, code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "Syria allowed UN inspectors to visit the Damascus research centre.",
        "North Korea allowed IAEA monitors to visit the Yongbyon complex.",
    ],
)
def test_permitted_visit_is_no_visit(code, text: str) -> None:
    events = code(text)
    assert "0862" in {e.cameo for e in events}, code_rules(events)
    assert not any(e.root == "04" for e in events), code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "Russia handed over 25 Ukrainian prisoners to Ukraine.",
        "Armenia handed over 12 Azerbaijani detainees to Azerbaijan.",
        "Israel transferred the bodies of 15 Lebanese fighters to Lebanon.",
    ],
)
def test_persons_handed_over_before_a_number_are_released(code, text: str) -> None:
    events = code(text)
    assert "0841" in {e.cameo for e in events}, code_rules(events)


def test_rebels_took_over_villages_still_seize(code) -> None:
    events = code("Houthi rebels took over 15 villages in Marib.")
    assert not any(e.root == "08" for e in events), code_rules(events)


def test_promise_not_kept_is_not_planned(code) -> None:
    events = code("Critics said Nicaragua failed to keep its promise to release jailed Nicaraguan priests.")
    assert all(e.modality != "planned" for e in events if e.root == "08"), code_rules(events)


@pytest.mark.parametrize(
    ("text", "code_"),
    [
        ("Canada paid for 300 howitzer shells for Ukraine.", "072"),
        ("Spain will pay for two Patriot batteries for Ukraine, the defence minister said.", "0332"),
    ],
)
def test_weapons_paid_for_are_military_aid(code, text: str, code_: str) -> None:
    events = code(text)
    assert code_ in {e.cameo for e in events}, code_rules(events)


# ------------------------------------------------- session 18: cooperation and yielding without triggers
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # going on with an act is that act, promised as the governor says
        ("Germany pledged to continue supplying weapons to Ukraine.", "0332"),
        ("Japan vowed to keep sending aid to Gaza.", "033"),
        ("Britain promised to continue to support Ukraine.", "032"),
        # the weapons and relief goods pledged are those 072 and 073 send
        ("Britain pledged 10,000 artillery shells to Kyiv.", "0332"),
        ("Japan pledged tents and blankets to flood victims in Pakistan.", "0333"),
    ],
)
def test_promised_aid_and_going_on_with_an_act_are_intents(code, text: str, expected: str) -> None:
    events = code(text)
    assert expected in {e.cameo for e in events}, code_rules(events)


def test_going_on_with_an_act_alone_is_the_act(code) -> None:
    events = code("Russia continued shelling Kharkiv on Monday.")
    assert {e.root for e in events} == {"19"}, code_rules(events)


def test_promised_tax_system_is_no_military_aid(code) -> None:
    events = code("The government promised a fairer tax system to voters.")
    assert "0332" not in {e.cameo for e in events}, code_rules(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pardon of the jailed frees them (0841), as annotators class it
        ("Venezuela pardoned 110 opposition activists ahead of the election.", "0841"),
        ("Myanmar's junta announced an amnesty for 5,000 prisoners to mark the new year.", "0841"),
        # a law withdrawn is a policy change conceded, no pullout
        ("India withdrew the controversial farm laws after a year of protests.", "0832"),
        # requirements waived are eased
        ("Saudi Arabia waived visa requirements for Chinese tourists.", "081"),
        # inspectors let back in, with no other party named
        ("North Korea will readmit international nuclear inspectors, Seoul said.", "0862"),
        # information told in a "with" phrase is shared, no aid
        ("The FBI provided Mexican authorities with information on cartel leaders.", "064"),
        # an airspace opened to another's flights ends its closure
        ("Saudi Arabia opened its airspace to Israeli airlines.", "0872"),
        # "unfroze" is the past of "unfreeze"
        ("The United States unfroze $6 billion in Iranian funds held in South Korea.", "08"),
    ],
)
def test_yielding_wordings_are_coded(code, text: str, expected: str) -> None:
    events = code(text)
    assert any(e.cameo.startswith(expected) for e in events), code_rules(events)


def test_a_new_air_route_is_no_humanitarian_access(code) -> None:
    events = code("The airline opened a new route to Lisbon.")
    assert "0863" not in {e.cameo for e in events}, code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya renewed its appeal for international help to fight the locust plague.",
        "Pakistan made a fresh appeal for aid after the floods.",
    ],
)
def test_an_appeal_made_or_renewed_for_help_is_an_appeal_for_aid(code, text: str) -> None:
    events = code(text)
    assert "023" in {e.cameo for e in events}, code_rules(events)


def test_a_signalled_possibility_of_ones_own_act_is_an_intent(code) -> None:
    events = code("Iran signalled it could release the detained French couple.")
    assert "0353" in {e.cameo for e in events}, code_rules(events)


def test_a_said_possibility_stays_a_possibility(code) -> None:
    events = code("Iran said it could release the detained French couple.")
    assert not any(e.root == "03" for e in events), code_rules(events)


# Session 19: "committed to a ceasefire" is the intent to de-escalate (0356) both ways, as "agreed to a
# ceasefire".
def test_commit_to_ceasefire_is_0356_both_ways(code) -> None:
    events = code("Armenia and Azerbaijan committed to a ceasefire along their border.")
    assert {(e.cameo, e.source.actor.code) for e in events} >= {("0356", "ARM"), ("0356", "AZE")}, \
        [(e.cameo, e.rule) for e in events]
