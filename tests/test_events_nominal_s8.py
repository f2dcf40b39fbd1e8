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
