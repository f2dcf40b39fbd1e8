"""Parties of events with a trigger (session 8): the author of an owned request or decision does its
infinitive, information shared is no party to the sharing, a show of force answers (or provokes) the
threat its clause or phrase names, "what X called Y" stands for Y, a part stands in its whole, a
speaker's "his country" is the speaker's, and a misread participle keeps its subject.
Every sentence is written for this file."""

from __future__ import annotations

import pytest

from triadic.model import Event


def _dyads(events: list[Event], root: str | None = None) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of the events (of one root)."""
    return {(e.source.actor.country, e.target.actor.country if e.target else None)
            for e in events if root is None or e.root == root}


# ---------------------------------------------------------------- owned requests, offers, decisions
@pytest.mark.parametrize("text, critic, author", [
    ("Peru criticised a decision by the Chilean government to expel two Peruvian diplomats.", "PER", "CHL"),
    ("Serbia condemned a decision by Croatia to deport three Serbian journalists.", "SRB", "HRV"),
    ("Ghana rejected a request from Nigeria to extradite two Ghanaian activists.", "GHA", "NGA"),
])
def test_the_author_of_an_owned_decision_does_its_infinitive(code, text: str, critic: str,  # noqa: ANN001
                                                             author: str) -> None:
    events = code(text)
    shown = [(e.source.text, e.target.text if e.target else None, e.cameo) for e in events]
    # the critic answers the author ...
    assert any(e.source.actor.country == critic and e.target is not None
               and e.target.actor.country == author for e in events), shown
    # ... and never does what it criticises or rejects
    assert not any(e.source.actor.country == critic and e.root in ("06", "17") for e in events), shown


def test_an_owned_decision_by_the_main_subject_is_unchanged(code) -> None:  # noqa: ANN001
    # a possessive owner already did the act: "Croatia's decision to expel" is Croatia's
    events = code("Croatia's decision to expel two Serbian diplomats angered Belgrade.")
    assert not any(e.source.actor.country == "SRB" and e.root == "17" for e in events), [
        (e.source.text, e.cameo) for e in events]


# ---------------------------------------------------------------- information shared
@pytest.mark.parametrize("text, pair", [
    ("Ghana and Togo agreed to share intelligence on smugglers.", ("GHA", "TGO")),
    ("Chile and Bolivia agreed to share data on vessels crossing their waters.", ("CHL", "BOL")),
])
def test_the_topic_of_shared_information_is_no_party(code, text: str, pair: tuple[str, str]) -> None:  # noqa: ANN001
    got = _dyads(code(text), "03")
    a, b = pair
    assert (a, b) in got and (b, a) in got, got
    assert all(t in pair for _, t in got), got


def test_the_partner_hung_on_the_topic_is_the_target(code) -> None:  # noqa: ANN001
    got = _dyads(code("Qatar agreed to share intelligence on the financing of militias with Egypt."), "03")
    assert ("QAT", "EGY") in got, got


def test_a_plain_partner_of_shared_information_stays(code) -> None:  # noqa: ANN001
    got = _dyads(code("Norway shared intelligence on Russian submarines with Denmark."), "06")
    assert ("NOR", "DNK") in got, got
    assert ("NOR", "RUS") not in got, got


# ---------------------------------------------------------------- force posture and its threat
@pytest.mark.parametrize("text, pair", [
    ("Georgia put its troops on full alert after reports of troop movements on the Russian side of the "
     "border.", ("GEO", "RUS")),
    ("Estonia raised its readiness as Russian forces began large drills near the border.", ("EST", "RUS")),
    ("Taiwan put its forces on alert in response to Chinese military drills.", ("TWN", "CHN")),
])
def test_a_show_of_force_answers_the_threat_it_names(code, text: str, pair: tuple[str, str]) -> None:  # noqa: ANN001
    assert pair in _dyads(code(text), "15")


def test_a_show_of_force_in_an_after_clause_is_aimed_at_who_answers(code) -> None:  # noqa: ANN001
    text = "Japan's navy raised its alert level after North Korea fired two missiles into the sea."
    got = _dyads(code(text), "15")
    assert ("JPN", "PRK") in got and ("PRK", "JPN") in got, got


@pytest.mark.parametrize("text", [
    "Serbia put its army on alert after a meeting with the Hungarian prime minister.",
    "Egypt deployed troops to the border following talks with Sudan's army chief.",
])
def test_a_show_of_force_after_talks_answers_no_one_there(code, text: str) -> None:  # noqa: ANN001
    got = _dyads(code(text), "15")
    assert got and all(t is None for _, t in got), got


def test_an_alert_after_a_time_names_no_threat(code) -> None:  # noqa: ANN001
    got = _dyads(code("Greece put its navy on alert after two days of talks."), "15")
    assert all(t is None for _, t in got), got


# ---------------------------------------------------------------- "what X called Y"
@pytest.mark.parametrize("text, pair, root", [
    ("Peru condemned what it called the illegal detention of two Peruvian fishermen by Chile.",
     ("PER", "CHL"), "11"),
    ("Kenya said it would never negotiate with what it called the terrorist al-Shabaab group.",
     ("KEN", "KEN"), "12"),
])
def test_what_a_speaker_called_something_is_that_thing(code, text: str, pair: tuple[str, str],  # noqa: ANN001
                                                       root: str) -> None:
    got = _dyads(code(text), root)
    assert pair in got, got


# ---------------------------------------------------------------- partitive objects
def test_a_part_keeps_the_phrases_of_its_whole(code) -> None:  # noqa: ANN001
    got = _dyads(code("Lithuania closed two of its border crossings with Belarus."), "19")
    assert ("LTU", "BLR") in got, got


# ---------------------------------------------------------------- a speaker's own body
@pytest.mark.parametrize("text, pair", [
    ("Nauru's president said that his country had recognised Kosovo as an independent state.",
     ("NRU", "XKX")),
    ("Kenya's foreign minister said her country would expel two Ugandan diplomats.", ("KEN", "UGA")),
])
def test_his_country_is_the_speakers(code, text: str, pair: tuple[str, str]) -> None:  # noqa: ANN001
    assert pair in _dyads(code(text)), _dyads(code(text))


def test_an_organisations_own_office_is_the_organisation(code) -> None:  # noqa: ANN001
    events = code("The UN human rights chief said his office had opened an investigation into killings by "
                  "Ethiopian troops.")
    assert any(e.root == "09" and e.source.actor.code == "UNO" for e in events), [
        (e.source.actor.code, e.cameo) for e in events]


# ---------------------------------------------------------------- misread participles
def test_a_participle_with_an_object_keeps_its_subject(code) -> None:  # noqa: ANN001
    events = code("Turkish air strikes killed at least nine people in northern Iraq on Monday, the Iraqi "
                  "health ministry said.")
    # the strikes are the killers, not the killed
    assert not any(e.target is not None and e.target.actor.country == "TUR" for e in events), [
        (e.source.text, e.target.text if e.target else None, e.cameo) for e in events]
    assert any(e.source.actor.country == "TUR" and e.target is not None and e.target.actor.country == "IRQ"
               for e in events)


def test_a_true_passive_participle_keeps_its_patient(code) -> None:  # noqa: ANN001
    got = _dyads(code("The diplomats expelled by Russia left Moscow on Friday."), "17")
    assert all(s == "RUS" for s, _ in got) and got, got


# ---------------------------------------------------------------- acts owned in another clause
@pytest.mark.parametrize("text, group", [
    ("A roadside bomb hit a police convoy in Balochistan, and the Baloch Liberation Front claimed "
     "responsibility for the blast.", "PAK"),
    ("A truck bomb exploded outside an army base in northern Syria, killing four soldiers, and the "
     "Kurdistan Workers' Party said it had carried out the attack.", None),
])
def test_a_claimed_act_is_the_claimants(code, text: str, group: str | None) -> None:  # noqa: ANN001
    events = code(text)
    shown = [(e.source.text, e.target.text if e.target else None, e.cameo) for e in events]
    violent = [e for e in events if e.root in ("18", "19") and e.target is not None]
    assert violent, shown
    # the doer is the group that owns the act, not the pronoun or an unrelated actor
    owners = ("Baloch Liberation Front", "Kurdistan Workers' Party")
    assert all(e.source.text in owners for e in violent), shown
    if group is not None:
        assert all(e.source.actor.country == group for e in violent), shown


def test_a_vow_to_hunt_attackers_owns_no_act(code) -> None:  # noqa: ANN001
    events = code("Five soldiers were killed when a bomb exploded near their patrol, and the army said it "
                  "would hunt down the attackers.")
    assert not any(e.root in ("18", "19") and e.source.text == "the army" for e in events), [
        (e.source.text, e.cameo) for e in events]


# ---------------------------------------------------------------- role-only targets of domestic acts
@pytest.mark.parametrize("text, root, pair", [
    ("A landmine hit an army truck near Timbuktu, killing three soldiers, in an attack the Malian army "
     "blamed on jihadist fighters.", "11", ("MLI", "MLI")),
    ("Nicaragua's government stripped 30 critics of their citizenship.", "17", ("NIC", "NIC")),
])
def test_a_domestic_act_on_a_role_is_on_the_sources_people(code, text: str, root: str,  # noqa: ANN001
                                                            pair: tuple[str, str]) -> None:
    assert pair in _dyads(code(text), root), _dyads(code(text))


def test_a_role_in_a_sentence_naming_another_country_keeps_no_country(code) -> None:  # noqa: ANN001
    got = _dyads(code("The Malian army blamed jihadist fighters from Niger for the attack."), "11")
    assert ("MLI", "MLI") not in got, got


def test_an_international_role_is_not_localised(code) -> None:  # noqa: ANN001
    events = code("Sudan's government ordered two international aid organisations to leave within a week.")
    assert not any(e.target is not None and e.target.actor.code == "SDNNGO" for e in events), [
        (e.source.actor.code, e.target.actor.code if e.target else None, e.cameo) for e in events]
