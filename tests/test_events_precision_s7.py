"""Precision of the event coder (session 7): what an allegation or a commentator's forecast says is
no act, a present relative clause describes its noun, a control verb governs its infinitive across an
adverbial, a statement that reports a coded act is not coded again, and an appeal's addressee is the
subject of its "that" clause when an adverbial stands where an object would. Every sentence is
written for this file."""

from __future__ import annotations

import pytest

from triadic.events import EventCoder
from triadic.events._secondary import _that_clause
from triadic.events._syntax import delayed_complement
from triadic.model import Event


def _triggers(events: list[Event]) -> set[str]:
    return {e.trigger.text.lower() for e in events}


# ---------------------------------------------------------------- allegations and rumours
@pytest.mark.parametrize(("text", "content"), [
    ("A rights group called for an inquiry into allegations that Ugandan soldiers beat and detained "
     "journalists during the vote.", {"beat", "detained"}),
    ("Prosecutors opened a case into claims that the governor's guards attacked opposition supporters.",
     {"attacked"}),
    ("Peru's government dismissed Bolivia's accusation that Lima had armed the rebels.", {"armed"}),
    ("Reports that Serbian police beat students angered the opposition in Belgrade.", {"beat"}),
])
def test_what_an_allegation_says_is_not_an_event(code, text: str, content: set[str]) -> None:  # noqa: ANN001
    assert not _triggers(code(text)) & content


def test_an_act_told_as_done_is_still_coded(code) -> None:  # noqa: ANN001
    # the same act, asserted by a speaker rather than alleged, is an event
    events = code("Uganda's opposition said Ugandan soldiers detained 12 journalists.")
    assert "detained" in _triggers(events)


def test_that_clause_tells_content_from_relative_clause(nlp) -> None:  # noqa: ANN001
    content = nlp("The claim that Chile bribed the judges was false.")
    relative = nlp("Peru accused Chile of bribing the judges, a claim that Santiago denied.")
    assert _that_clause(next(t for t in content if t.lower_ == "bribed"))
    assert not _that_clause(next(t for t in relative if t.lower_ == "denied"))


# ---------------------------------------------------------------- commentators' forecasts
@pytest.mark.parametrize("text", [
    "Observers said Moscow was unlikely to attack Finland this year.",
    "Analysts expect Egypt to expel the Sudanese envoy next week.",
    "Experts said Iran could expel the inspectors before the summer.",
])
def test_a_commentators_forecast_is_no_event(code, text: str) -> None:  # noqa: ANN001
    events = code(text)
    assert not {e for e in events if e.root in ("16", "17", "19")}, [e.cameo for e in events]


def test_a_commentator_reporting_an_act_keeps_it(code) -> None:  # noqa: ANN001
    events = code("Observers said Serbian police fired on the crowd in Novi Sad.")
    assert any(e.root in ("17", "18", "19") for e in events)


def test_an_actors_own_forecast_keeps_its_modality(code) -> None:  # noqa: ANN001
    # a minister is a party, not a commentator: the denied attack stays, as negated
    events = code("Finland's defence minister said Moscow was unlikely to attack Finland this year.")
    attacks = [e for e in events if e.root == "19"]
    assert attacks and all(e.modality == "negated" for e in attacks)


# ---------------------------------------------------------------- present relative clauses
def test_a_present_relative_clause_describes_its_noun(code) -> None:  # noqa: ANN001
    events = code("Kenya sent 300 officers to join the mission that is helping Haiti's police fight gangs.")
    assert not {"helping", "fight"} & _triggers(events)
    events = code("The foreign minister, who supports the sanctions against Russia, flew to Kyiv on Monday.")
    assert "supports" not in _triggers(events)
    assert any(e.root == "04" for e in events)


@pytest.mark.parametrize(("text", "root"), [
    # what goes on at a place is an act
    ("Pakistan imposed a curfew in the valley, where soldiers are fighting Taliban militants.", "19"),
    # a charge stands as it is said now
    ("Sudan expelled two Egyptian diplomats whom it accuses of spying.", "11"),
    # a past act in a relative clause is an act
    ("Police arrested a Chadian trader who had smuggled rifles to the rebels.", "17"),
])
def test_other_relative_clauses_keep_their_acts(code, text: str, root: str) -> None:  # noqa: ANN001
    assert any(e.root == root for e in code(text)), [e.cameo for e in code(text)]


# ---------------------------------------------------------------- control across an adverbial
def test_a_threat_governs_its_infinitive_across_an_adverbial(code) -> None:  # noqa: ANN001
    events = code("The U.S. president threatened on Monday to impose tariffs on Mexico unless it stopped "
                  "the migrants.")
    assert any(e.root == "13" and e.cameo != "130" for e in events), [e.cameo for e in events]
    assert not [e for e in events if e.root == "16"]


@pytest.mark.parametrize(("text", "verb", "governed"), [
    ("The president threatened on Monday to impose tariffs on Mexico.", "impose", True),
    ("Turkey offered on Saturday to host talks between the two sides.", "host", True),
    ("The minister stopped in Paris to meet Macron.", "meet", False),
    ("Spain sent 100 troops to Lebanon to protect the UN mission.", "protect", False),
])
def test_delayed_complement(nlp, coder: EventCoder, text: str, verb: str, governed: bool) -> None:  # noqa: ANN001
    tok = next(t for t in nlp(text) if t.lower_ == verb)
    assert delayed_complement(tok, coder.g) is governed


# ---------------------------------------------------------------- bare reports of coded acts
@pytest.mark.parametrize("text", [
    "The army shelled rebel positions near Goma, the defence minister told parliament on Tuesday.",
    "The defence minister told parliament that the army had shelled the rebels near Goma.",
])
def test_telling_of_a_coded_act_is_not_an_event(code, text: str) -> None:  # noqa: ANN001
    events = code(text)
    assert any(e.root == "19" for e in events)
    assert not [e for e in events if e.cameo == "010"]


def test_a_statement_reporting_no_act_stays(code) -> None:  # noqa: ANN001
    # session 8: telling one's own parliament is reporting to an audience (no event, see
    # test_events_precision_s8); a statement told to another country's leader stays a statement
    events = code("The Kenyan president told Uganda's president that the budget was too small.")
    assert any(e.cameo == "010" for e in events)
    assert not [e for e in code("The Kenyan minister told parliament that the budget was too small.")
                if e.cameo == "010"]


# ---------------------------------------------------------------- whom a demand is made of
@pytest.mark.parametrize("text", [
    "Japan demanded on Friday that Russia withdraw its troops from the islands.",
    "Japan demanded that Russia withdraw its troops from the islands.",
])
def test_a_demand_is_made_of_its_clauses_subject(code, text: str) -> None:  # noqa: ANN001
    events = code(text)
    demands = [e for e in events if e.root == "10"]
    assert demands and all(e.target is not None and e.target.actor.country == "RUS" for e in demands)
    assert not [e for e in events if e.root == "08"]  # the withdrawal is demanded, not done


# ---------------------------------------------------------------- background phrases of governed clauses
def test_a_background_noun_is_not_what_an_intent_governs(code) -> None:  # noqa: ANN001
    events = code("Peru and Ecuador said they were determined to keep trading despite their dispute "
                  "over fishing quotas.")
    # the dispute is not the content of their determination (no 03x intent made of it)
    assert not [e for e in events if e.root == "03" and "dispute" in e.rule], [e.rule for e in events]
