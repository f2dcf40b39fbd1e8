"""Precision of the event coder (session 8): an order or ultimatum that makes a foreign party leave is
an expulsion; whom a report is told at home is its audience; the remarks a clause was said in, a name
given to something and a noun naming a party are no acts; an agreed noun's purpose is not what was
agreed; a speaker's directed plan is its intent; targetless statements come from the grammar. Every
sentence is written for this file."""

from __future__ import annotations

import pytest

from triadic.model import Event


def _codes(events: list[Event]) -> set[str]:
    return {e.cameo for e in events}


def _roots(events: list[Event]) -> set[str]:
    return {e.root for e in events}


# ---------------------------------------------------------------- made to leave: expulsion
@pytest.mark.parametrize(("text", "expected", "target"), [
    ("Algeria ordered the Moroccan ambassador to leave the country within 48 hours.", "174", "ambassador"),
    ("Chad forced the French ambassador to leave the country on Monday.", "174", "ambassador"),
    ("The junta in Niger ordered the UN peacekeeping mission to withdraw its troops by March.", "1661",
     "mission"),
])
def test_made_to_leave_is_expelled(code, text: str, expected: str, target: str) -> None:  # noqa: ANN001
    events = code(text)
    hits = [e for e in events if e.cameo == expected]
    assert hits, [(e.cameo, e.rule) for e in events]
    assert target in (hits[0].target.text if hits[0].target else "").lower()
    # the order is the expulsion itself, not a demand to withdraw (106) nor a coercion (170)
    assert not _codes(events) & {"106", "170"}


def test_a_demand_to_withdraw_stays_a_demand(code) -> None:  # noqa: ANN001
    # only a party that can make someone leave expels; a demand on another state is 106
    events = code("Iraq demanded that Turkey withdraw its troops from northern Iraq.")
    assert "106" in _codes(events)
    assert not _roots(events) & {"16", "17"}


def test_expulsion_recode_is_exposed_on_the_coder(coder, nlp) -> None:  # noqa: ANN001
    # the expulsion code comes from the shipped "expel" patterns, chosen by whom the order names
    doc = nlp("Chad ordered the aid agencies to leave the country.")
    order = next(t for t in doc if t.lemma_ == "order")
    assert order.lemma_ in coder.g.expelling_verbs
    agencies = next(t for t in doc if t.lower_ == "agencies")
    leave = next(p for p in coder.patterns.verbs["leave"] if p.code in coder.g.departure_codes)
    found = coder._expulsion(leave, [agencies])
    assert found is not None and found.code.startswith("166")
    # a demand is no expelling verb
    demand = nlp("Chad demanded the aid agencies leave the country.")
    head = next(t for t in demand if t.lemma_ == "demand")
    assert head.lemma_ not in coder.g.expelling_verbs


# ---------------------------------------------------------------- whom a report is told to
@pytest.mark.parametrize("text", [
    "The defence minister of Kenya told parliament that the army was ready for any scenario.",
    "Egypt's prime minister told the Senate his government had no intention of devaluing again.",
])
def test_the_audience_of_a_report_is_no_target(code, text: str) -> None:  # noqa: ANN001
    assert "010" not in _codes(code(text))


def test_a_statement_said_of_someone_stays(code) -> None:  # noqa: ANN001
    # what is said explicitly "of" a party (not to an audience) keeps its statement dyad; the subject
    # of a reported clause is no target of the saying (the saying is no event of its own)
    # (blame laid on the party the "of" phrase names is the speaker's accusation of it, 112, as "said
    # the US was responsible for the crisis" is; session 19)
    events = code("Iran's foreign minister said of the United States that it was responsible for the crisis.")
    assert any(e.cameo in ("010", "112") and e.target is not None and "united states" in e.target.text.lower()
               for e in events)



# ---------------------------------------------------------------- what an agreement is for
def test_the_purpose_of_an_agreed_truce_is_not_what_was_agreed(code) -> None:  # noqa: ANN001
    events = code("Sudan's army and the rebels agreed to a truce to allow aid deliveries.")
    rules = [e.rule or "" for e in events]
    # the truce is what both sides agreed to; letting aid in is what the truce is for
    assert any("truce" in r for r in rules), rules
    assert not any(r.startswith("complement:agree(verb:allow") for r in rules), rules


def test_agreed_object_needs_a_noun_before_the_infinitive(nlp, coder) -> None:  # noqa: ANN001
    from triadic.events._syntax import agreed_object

    doc = nlp("The rebels agreed to a truce to allow aid deliveries.")
    agree = next(t for t in doc if t.lemma_ == "agree")
    allow = next(t for t in doc if t.lemma_ == "allow")
    assert agreed_object(agree, allow, coder.g)
    plain = nlp("Sudan and Chad agreed on Monday to reopen the border.")
    agree2 = next(t for t in plain if t.lemma_ == "agree")
    reopen = next(t for t in plain if t.lemma_ == "reopen")
    assert not agreed_object(agree2, reopen, coder.g)


# ---------------------------------------------------------------- words a statement was made in
@pytest.mark.parametrize("text", [
    "Iran's defence minister warned that foreign ships entering the strait would face seizure, in remarks "
    "broadcast on state television.",
    "Mali's foreign minister said the border would stay closed, in a statement read on national radio.",
])
def test_the_remarks_a_warning_was_made_in_are_no_statement(code, text: str) -> None:  # noqa: ANN001
    events = code(text)
    assert not [e for e in events if e.cameo == "010" and e.trigger.text.lower() in ("remarks", "statement")]


def test_solidarity_stood_in_is_still_expressed(code) -> None:  # noqa: ANN001
    # "stands in solidarity" is empathy expressed (018), not the words of another statement
    events = code("Canada's prime minister said Ottawa stands in solidarity with Ukraine.")
    assert "018" in _codes(events)


# ---------------------------------------------------------------- names given to something
def test_what_someone_calls_a_threat_is_not_their_threat(code) -> None:  # noqa: ANN001
    events = code("Greece's prime minister put the navy on alert, citing what he called a threat to Greek "
                  "islands from Turkish warships.")
    assert "13" not in _roots(events)
    assert "152" in _codes(events)


def test_naming_an_attack_on_someone_is_no_call_on_them(code) -> None:  # noqa: ANN001
    events = code("Russia called the Ukrainian drone attack on the Kremlin an act of terrorism.")
    assert "02" not in _roots(events), [(e.cameo, e.rule) for e in events]
    # an appeal with no predicate noun stays an appeal
    assert "02" in _roots(code("Russia called on Ukraine to halt its drone attacks."))


# ---------------------------------------------------------------- an ultimatum to depart
def test_a_deadline_to_leave_is_part_of_the_expulsion(code) -> None:  # noqa: ANN001
    events = code("Niger's junta expelled three French diplomats on Friday and gave them 72 hours to leave "
                  "the country.")
    assert "174" in _codes(events)
    assert "139" not in _codes(events), [(e.cameo, e.rule) for e in events]


def test_a_deadline_to_act_stays_an_ultimatum(code) -> None:  # noqa: ANN001
    events = code("Bolivia's farmers gave the government 72 hours to scrap the fuel decree.")
    assert "139" in _codes(events)


# ---------------------------------------------------------------- a speaker's own directed plan
def test_a_purchase_a_speaker_announces_is_its_intent(code) -> None:  # noqa: ANN001
    # a code listed as mutual is still directed here: the buyer's announced purchase is its intent
    events = code("Poland's defence minister said the country would buy 32 fighter jets from South Korea.")
    assert "0311" in _codes(events), [(e.cameo, e.rule) for e in events]


def test_a_joint_act_announced_stays_planned(code) -> None:  # noqa: ANN001
    events = code("Officials said Brazil and Argentina will meet in Buenos Aires next week.")
    assert "03" not in _roots(events)


# ---------------------------------------------------------------- targetless statements as data
def test_targetless_statements_come_from_the_grammar(coder, code) -> None:  # noqa: ANN001
    keep = coder.g.targetless_statements
    assert {"011", "015", "016"} <= keep and "010" not in keep
    claimed = code("The Pakistani Taliban claimed responsibility for the bombing.")
    assert any(e.cameo == "015" and e.target is None for e in claimed)
    # a plain untargeted statement is a quote, not an event
    assert not [e for e in code("Kenya's president said the economy was growing.") if e.cameo == "010"]


def test_foreign_troops_ordered_out_are_a_demand_to_withdraw(code) -> None:  # noqa: ANN001
    # armed units ordered to go are forces expelled (166, session 10; was 106); no individuals are expelled
    events = code("Niger's junta ordered French troops to leave the country by the end of the year.")
    assert "166" in _codes(events) and "174" not in _codes(events)


def test_telling_another_side_stays_a_statement(code) -> None:  # noqa: ANN001
    events = code("The Kenyan president told Uganda's president that the budget was too small.")
    assert any(e.cameo == "010" and e.target is not None for e in events)
