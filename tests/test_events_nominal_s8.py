"""A reaction in a comma-set "which" clause that ends a main clause answers that clause's act."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _reactions(events: list, root: str) -> set[tuple[str, str | None]]:
    """(source code, target code) of the events with CAMEO root ``root``."""
    return {(e.source.actor.code, e.target.actor.code if e.target else None)
            for e in events if e.root == root}


@pytest.mark.parametrize(
    ("text", "source", "target", "not_target"),
    [
        # the relative clause hangs on the partner named in a "with" phrase of the object
        ("Hungary signed a gas deal with Russia, which Brussels condemned as a betrayal.",
         "EUR", "HUN", "RUS"),
        # ... or on the place named by the object's "on" phrase
        ("Israel launched airstrikes on Lebanon, which Hezbollah condemned.", "HEZ", "ISR", "LBN"),
        # ... or on a group hit by the main verb's own "at" phrase
        ("Police fired tear gas at protesters, which Amnesty International criticised.", "AMN", "COP", "OPP"),
    ],
)
def test_which_clause_reaction_targets_the_main_clause_doer(code, text, source, target, not_target) -> None:  # type: ignore[no-untyped-def]
    pairs = _reactions(code(text), "11")
    assert (source, target) in pairs
    assert (source, not_target) not in pairs


def test_which_clause_with_possessed_subject_targets_its_country(code) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code("Serbia's parliament approved a trade treaty with the European Union, "
                              "which Moscow has criticised as a hostile step.") if e.root == "11"]
    assert events and all(e.target is not None and e.target.actor.country == "SRB" for e in events)


def test_blaming_clause_keeps_the_modified_noun(code) -> None:  # type: ignore[no-untyped-def]
    # "criticised for": the noun the clause modifies is who is blamed, not the main clause's doer
    pairs = _reactions(code("Germany sold tanks to Turkey, which Greece criticised for its threats."), "11")
    assert ("GRC", "DEU") not in pairs
    assert ("GRC", "TUR") in pairs


def test_passive_main_clause_keeps_the_agent(code) -> None:  # type: ignore[no-untyped-def]
    # no active subject to fall back on: the agent the clause hangs on stays the target
    pairs = _reactions(code("The border was closed by Pakistan, which India condemned."), "11")
    assert ("IND", "PAK") in pairs


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Chile condemned as illegal the decision by Peru to close the border.", "CHL", "PER"),
        ("Norway denounced as reckless the missile test by North Korea.", "NOR", "PRK"),
    ],
)
def test_object_shifted_past_an_as_predicate_names_the_author(code, text, source, target) -> None:  # type: ignore[no-untyped-def]
    # "condemned as illegal the decision by X": the parser hangs the object on "as"; its "by" names
    # whom the reaction answers
    events = [e for e in code(text) if e.root == "11"]
    assert [(e.source.actor.country, e.target.actor.country if e.target else None) for e in events] == [
        (source, target)]


def test_as_phrase_without_a_shifted_object_names_no_author(code) -> None:  # type: ignore[no-untyped-def]
    # a plain "as" predicate after the object: nothing is shifted, the object's own "by" still counts
    pairs = {(e.source.actor.country, e.target.actor.country if e.target else None)
             for e in code("Chile condemned the decision by Peru as illegal.") if e.root == "11"}
    assert pairs == {("CHL", "PER")}


@pytest.mark.parametrize("text", [
    "Turkey's drone strikes on Kobani, which Iraq condemned, wounded six people.",
    "The shelling by Turkey of Kobani, which Iraq condemned, wounded six people.",
])
def test_which_clause_on_a_subject_event_noun_targets_its_owner(code, text: str) -> None:  # type: ignore[no-untyped-def]
    # the clause hangs on the place the strikes hit; the reaction answers whoever struck
    pairs = _reactions(code(text), "11")
    assert ("IRQ", "TUR") in pairs


@pytest.mark.parametrize(("text", "root", "source", "target"), [
    # the act a clause's act answers, its doer named by a possessive or a "by" phrase
    ("Moscow expelled two Estonian diplomats in retaliation for Tallinn's expulsion of a Russian "
     "embassy official last month.", "17", "EST", "RUS"),
    ("Venezuela expelled Argentina's diplomats in response to Buenos Aires' criticism of the election "
     "result.", "11", "ARG", "VEN"),
    ("Pakistan lodged a strong protest with Kabul over cross-border attacks by Afghan Taliban fighters "
     "on its border posts.", "19", "AFG", "PAK"),
    # the clause of a decision another party, named, has taken
    ("Moscow condemned Helsinki's decision to close all border crossings with Russia.", "19", "FIN", "RUS"),
    # an answered act whose doer a nationality or organisation modifier names, as a possessive would
    ("Kyiv rejected the Russian proposal for a ceasefire over Easter.", "02", "RUS", "UKR"),
    ("Pakistan denied Indian allegations that it backed the militants.", "11", "IND", "PAK"),
    # help its giver named is given: the giver's act beside the welcome of it
    ("Kenya welcomed Japan's donation of 20,000 tonnes of rice.", "07", "JPN", "KEN"),
    ("Lebanon welcomed the French humanitarian aid.", "07", "FRA", "LBN"),
])
def test_answered_act_with_a_named_doer_is_its_own_event(code, text, root, source, target) -> None:  # type: ignore[no-untyped-def]
    pairs = {(e.source.actor.country, e.target.actor.country if e.target else None)
             for e in code(text) if e.root == root}
    assert (source, target) in pairs


@pytest.mark.parametrize(("text", "root"), [
    # a statement named only as a topic says no content: no event of its own
    ("China summoned the Japanese ambassador over remarks by Japan's prime minister on Taiwan.", "01"),
    # a proposal only asks: what it proposes is not done
    ("Canada rejected India's proposal to expel more diplomats.", "17"),
    # the government's plan is no decision taken
    ("The opposition criticised the government's plan to raise fuel prices.", "07"),
    # an agreement is named after where it was made, not by whom
    ("Moscow rejected the Minsk agreements.", "05"),
    # help turned down or merely proposed was never given
    ("Ethiopia rejected aid from Egypt.", "07"),
    ("Serbia welcomed the Russian proposal for talks.", "02"),
])
def test_topic_without_an_act_of_its_own_is_no_event(code, text, root) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code(text) if e.root == root]


# a "by" doer the model hangs on the reacting verb ("condemned the abduction of X by Y": "condemned ...
# by Y") is the nominal act's own doer (triadic/nlp/_participle.py, ``repair_stray_agents``)
@pytest.mark.parametrize(("text", "code_", "source", "target"), [
    ("Rights groups condemned the abduction of three Kenyan activists by Ugandan security agents.",
     "181", "UGA", "KEN"),
    ("Washington criticised the detention of two American journalists by Russian authorities.",
     "173", "RUS", "USA"),
    ("Human Rights Watch condemned the sentencing of the blogger by a Saudi court.", "116", "SAUJUD", "SAU"),
    # phrases of the noun the model also hung on the verb may stand between
    ("Washington criticised the jailing of two reporters for ten years by a court in Myanmar.",
     "173", "MMRJUD", "MED"),
])
def test_stray_by_is_the_nominal_acts_doer(code, text: str, code_: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert any(e.cameo == code_ and e.source.actor.code.startswith(source) and e.target is not None
               and e.target.actor.code.startswith(target) for e in events), \
        [(e.cameo, e.rule) for e in events]
    assert any(e.root == "11" for e in events)


@pytest.mark.parametrize("text", [
    # a "by" of time, measure or means is no doer
    "The council will review the sanctions by Friday.",
    "The bank raised the price of bread by 10 percent.",
    "Moscow retaliated by expelling two German diplomats.",
    # a bare singular noun is a means or manner
    "Police stopped the march of protesters through the city by force.",
])
def test_stray_by_needs_a_party(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    # no nominal act takes the "by" phrase's words for its doer
    tail = text.rsplit(" by ", 1)[1]
    assert not any(e.rule.startswith("noun:") and e.source.text in tail for e in events), \
        [(e.cameo, e.source.text, e.rule) for e in events]


# a passive's "by" doer the model hangs on the object of the verb's "with" phrase ("threatened with
# arrest by police") is the passive's doer (``repair_passive_agents``)
@pytest.mark.parametrize(("text", "root", "source"), [
    ("Opposition leaders were threatened with arrest by police in Harare.", "13", "ZWECOP"),
    ("Several activists were threatened with prosecution by the authorities in Minsk.", "13", "BLR"),
])
def test_passive_by_under_with_is_the_doer(code, text: str, root: str, source: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert any(e.root == root and e.source.actor.code.startswith(source) for e in events), \
        [(e.cameo, e.source.actor.code, e.rule) for e in events]


def test_passive_by_time_is_no_doer(code) -> None:  # type: ignore[no-untyped-def]
    assert not code("The bill was approved with amendments by Friday.")


def test_party_possessive_title_is_the_party(code) -> None:  # type: ignore[no-untyped-def]
    # "the Labour Party's spokesman" speaks for the party, as "a spokesman of the ruling party" does
    events = code("The Labour Party's spokesman criticised the government over the spending cuts.")
    assert any(e.root == "11" and e.source.actor.role == "PTY" for e in events), \
        [(e.cameo, e.source.actor.code, e.rule) for e in events]
