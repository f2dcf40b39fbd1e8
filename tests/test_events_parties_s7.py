"""Parties of events with a trigger (session 7): the object of a relative clause is its modified noun
and a pronoun subject there is the governing clause's subject, the object of a causing verb does the
infinitive's act, and an agentless passive names its doer through the act it happened in.
Every sentence is written for this file."""

from __future__ import annotations

import pytest

from triadic.model import Event


def _countries(events: list[Event], root: str) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of the events of one root."""
    return {(e.source.actor.country, e.target.actor.country if e.target else None)
            for e in events if e.root == root}


# ---------------------------------------------------------------- object relative clauses
@pytest.mark.parametrize("text", [
    "Chile expelled two Peruvian diplomats it accused of spying.",
    "Chile sanctioned four Peruvian officials, whom it accused of fraud.",
    "Argentina arrested three Bolivian traders that it accused of smuggling weapons.",
])
def test_a_relative_clause_acts_on_the_noun_it_modifies(code, text: str) -> None:  # noqa: ANN001
    got = _countries(code(text), "11")
    assert any(t in ("PER", "BOL") for _, t in got), got
    # the pronoun subject of the relative clause is the main clause's subject, not a third party
    assert all(s in ("CHL", "ARG") for s, _ in got), got


def test_a_relative_clause_with_its_own_object_keeps_it(code) -> None:  # noqa: ANN001
    got = _countries(code("Kenya welcomed the Somali envoy that Ethiopia had accused of spying."), "11")
    assert ("ETH", "SOM") in got, got


def test_a_relative_clause_on_a_subject_names_no_antecedent(code) -> None:  # noqa: ANN001
    # "it" is not the main clause's subject when the modified noun is that subject
    got = code("The Peruvian diplomats it expelled last week left Santiago on Monday.")
    assert not any(e.source.actor.country == "PER" and e.target is not None
                   and e.target.actor.country == "PER" for e in got), [(e.source, e.target) for e in got]


def test_a_place_relative_is_no_object(code) -> None:  # noqa: ANN001
    # "the town where rebels attacked": the town is where, not whom
    got = code("Residents fled the Malian town of Gao, where jihadist rebels attacked an army base.")
    assert not any(e.target is not None and e.target.text.endswith("Gao") and e.root == "19" for e in got)


# ---------------------------------------------------------------- causing verbs
@pytest.mark.parametrize(("text", "root", "dyad"), [
    ("Venezuela granted asylum to a Colombian activist, prompting Bogota to recall its ambassador "
     "from Caracas.", "16", ("COL", "VEN")),
    ("The shelling of a border post by Armenian forces led Azerbaijan to close its border with "
     "Armenia.", "19", ("AZE", "ARM")),
])
def test_a_causing_verb_object_does_the_act(code, text: str, root: str, dyad: tuple[str, str]) -> None:  # noqa: ANN001
    got = _countries(code(text), root)
    assert dyad in got, got


def test_the_causing_subject_is_not_the_doer(code) -> None:  # noqa: ANN001
    got = [e for e in code("Unrest in the capital prompted Nigeria's government to send troops to Lagos.")
           if e.root == "15"]
    assert got and all(e.source.actor.code == "NGAGOV" for e in got), \
        [(e.source.actor.code, e.cameo) for e in got]


def test_an_urging_verb_still_makes_a_request(code) -> None:  # noqa: ANN001
    # object control by a request verb is not a causing verb: the urger is still coded
    got = _countries(code("France urged Mali to release the detained French journalist."), "02")
    assert any(s == "FRA" for s, _ in got), got


# ---------------------------------------------------------------- agentless passives in an act
@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Five Nigerian soldiers were killed in an attack by Boko Haram fighters on Monday.", "NGA", "NGA"),
    ("Four Colombian police officers were wounded during a raid by FARC dissidents.", "COL", "COL"),
    ("Two Israeli soldiers were killed in an ambush by Hezbollah fighters near the border.", "LBN", "ISR"),
])
def test_a_passive_names_its_doer_through_the_act(code, text: str, src: str, tgt: str) -> None:  # noqa: ANN001
    got = [e for e in code(text) if e.root in ("18", "19")]
    assert any(e.target is not None and e.target.actor.country == tgt and e.source.actor.role != "MIL"
               for e in got), [(e.source.actor.code, e.target and e.target.actor.code, e.cameo) for e in got]


def test_a_passive_act_without_a_doer_stays_uncoded(code) -> None:  # noqa: ANN001
    got = [e for e in code("Three Kenyan soldiers were killed in an attack near the Somali border.")
           if e.root in ("18", "19") and e.source.actor.country == "KEN" and e.source.actor.role != "MIL"]
    assert not got, [(e.source.actor.code, e.cameo) for e in got]


def test_a_passive_with_its_own_agent_keeps_it(code) -> None:  # noqa: ANN001
    text = "Three Iraqi soldiers were killed by Islamic State fighters in an attack by night."
    got = [e for e in code(text) if e.root in ("18", "19")]
    assert got and all(e.source.text.endswith("fighters") for e in got), \
        [(e.source.text, e.cameo) for e in got]


# ---------------------------------------------------------------- "the group" for a group named before
def test_the_group_is_the_group_named_before(code) -> None:  # noqa: ANN001
    text = ("Somalia's government suspended its participation in talks with the al-Shabaab militants, "
            "accusing the group of bombing a market.")
    got = [e for e in code(text) if e.root == "11"]
    assert any(e.source.actor.code == "SOMGOV" and e.target is not None and e.target.actor.code == "SOMREB"
               and e.target.text == "the group" for e in got), [(e.source.actor.code, e.target) for e in got]


def test_the_group_reaches_into_the_sentence_before(code) -> None:  # noqa: ANN001
    got = code("Al-Shabaab fighters stormed a hotel in Mogadishu. "
               "The group later said it had killed ten soldiers.")
    assert any(e.source.actor.code == "SOMREB" and e.source.text == "The group" and e.root == "19"
               for e in got), [(e.source.text, e.cameo) for e in got]


def test_the_group_with_no_group_before_names_nobody(code) -> None:  # noqa: ANN001
    # a state named before is no antecedent of "the group"
    got = code("Kenya accused the group of attacking a police station near the Ugandan border.")
    assert not any(e.target is not None and e.target.text == "the group" for e in got)


# ---------------------------------------------------------------- sides of an act's noun
@pytest.mark.parametrize("text", [
    "Egypt mediated a prisoner exchange between Israel and Hamas on Sunday.",
    "Qatar brokered a hostage swap between Iran and the United States.",
])
def test_a_mediated_act_targets_its_sides_not_its_people(code, text: str) -> None:  # noqa: ANN001
    got = [e for e in code(text) if e.cameo == "045"]
    targets = {e.target.actor.code for e in got if e.target is not None}
    assert len(targets) == 2 and not any(t.endswith("CVL") for t in targets), targets


# ---------------------------------------------------------------- force posture answering an act
@pytest.mark.parametrize(("text", "tgt"), [
    ("India raised the alert level of its border troops after Pakistan moved artillery closer to the "
     "frontier.", "PAK"),
    ("Japan put its fighter jets on high alert after Russian bombers flew near Hokkaido.", "RUS"),
])
def test_an_alert_answers_the_act_of_its_after_clause(code, text: str, tgt: str) -> None:  # noqa: ANN001
    got = _countries(code(text), "15")
    assert any(t == tgt for _, t in got), got


def test_an_alert_after_no_party_stays_untargeted(code) -> None:  # noqa: ANN001
    got = _countries(code("Chile put its navy on alert after a strong earthquake struck the coast."), "15")
    assert all(t is None for _, t in got), got


# ---------------------------------------------------------------- a domestic demand for a release
def test_a_partys_demand_for_its_leaders_release_targets_its_government(code) -> None:  # noqa: ANN001
    text = "Zimbabwe's main opposition party demanded the release of its detained leader."
    got = _countries(code(text), "10")
    assert ("ZWE", "ZWE") in got, got
    ev = [e for e in code(text) if e.root == "10"]
    assert all(e.target is not None and e.target.actor.role == "GOV" for e in ev)


def test_a_release_pressed_for_by_a_protest_is_the_protest(code) -> None:  # noqa: ANN001
    text = "A detained Egyptian blogger has been on hunger strike for a month to press for his release."
    assert not any(e.root == "10" for e in code(text))


def test_a_states_demand_for_its_citizens_release_implies_no_holder(code) -> None:  # noqa: ANN001
    got = [e for e in code("Canada demanded the release of its citizen.") if e.root == "10"]
    assert not any(e.target is not None and e.target.actor.code == "CANGOV" for e in got)


# ---------------------------------------------------------------- reactions drawn onto a doer
@pytest.mark.parametrize(("text", "dyad"), [
    ("China blocked a U.N. resolution on Myanmar on Tuesday, drawing sharp criticism from Britain.",
     ("GBR", "CHN")),
    ("Israel expanded settlements in the West Bank, prompting condemnation from Jordan.", ("JOR", "ISR")),
    # the participle hung inside a relative clause is still about the main clause
    ("China vetoed a draft resolution that would have condemned the junta, drawing criticism from Britain.",
     ("GBR", "CHN")),
])
def test_a_reaction_drawn_from_a_party_targets_the_doer(code, text: str, dyad: tuple[str, str]) -> None:  # noqa: ANN001
    got = _countries(code(text), "11")
    assert dyad in got, got


def test_a_verdict_condemned_targets_the_court(code) -> None:  # noqa: ANN001
    text = ("A court in Ankara jailed a Turkish journalist for two years, a verdict that rights groups "
            "condemned.")
    got = [e for e in code(text) if e.root == "11"]
    assert any(e.target is not None and e.target.actor.code == "TURJUD" for e in got), \
        [(e.source.actor.code, e.target and e.target.actor.code) for e in got]


# ---------------------------------------------------------------- a "by" on an active verb
def test_an_act_named_through_a_modifier_keeps_its_doer(code) -> None:  # noqa: ANN001
    text = ("ICC prosecutors said they were investigating alleged war crimes by Ethiopian troops during "
            "the siege of Mekelle.")
    got = [e for e in code(text) if e.cameo.startswith("09")]
    assert any(e.target is not None and e.target.actor.code == "ETHMIL" for e in got), \
        [(e.cameo, e.target) for e in got]


def test_a_part_in_talks_reaches_the_talks_counterpart(code) -> None:  # noqa: ANN001
    text = ("Somalia's government suspended its participation in talks with the al-Shabaab militants "
            "on Monday.")
    got = [e for e in code(text) if e.root == "16"]
    assert any(e.target is not None and e.target.actor.code == "SOMREB" for e in got), \
        [(e.cameo, e.target) for e in got]
