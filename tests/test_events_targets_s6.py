"""Targets of statements, reactions and reported acts (session 6): coordinated sides of a group, the
authority a protest implies, the population a curfew falls on, object pronouns, reactions carried by
a noun that restates an act, the content of a denial or warning, the author of a rejected proposal.
Every sentence is written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from triadic.events import EventCoder
from triadic.model import Event
from triadic.pipeline import Coder


@pytest.fixture(scope="module")
def code(nlp, resolver, coder: EventCoder):  # noqa: ANN001 - pytest fixtures
    pipeline = Coder(nlp=nlp, resolver=resolver, event_coder=coder)

    def run(text: str) -> list[Event]:
        return list(pipeline.code_text(text, date(2024, 6, 1)).events)

    return run


def _dyads(events: list[Event]) -> set[tuple[str, str | None, str]]:
    """(source code, target code, root) of each event."""
    return {(e.source.actor.code, e.target.actor.code if e.target else None, e.root) for e in events}


def _countries(events: list[Event], root: str) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of the events of one root."""
    return {(e.source.actor.country, e.target.actor.country if e.target else None)
            for e in events if e.root == root}


# ---------------------------------------------------------------- each side of "N of A and B"
def test_ministers_of_two_countries_are_two_sides(code) -> None:  # noqa: ANN001
    got = _countries(code("The interior ministers of Chile and Peru held talks on Monday."), "04")
    assert ("CHL", "PER") in got and ("PER", "CHL") in got, got


def test_troops_from_two_countries_keep_their_role(code) -> None:  # noqa: ANN001
    events = code("Army chiefs from Kenya and Uganda held talks in Kampala on Monday.")
    sources = {e.source.actor.code for e in events if e.root == "04"}
    assert {"KENMIL", "UGAMIL"} <= sources, _dyads(events)


def test_one_country_of_a_group_stays_one_side(code) -> None:  # noqa: ANN001
    events = code("The foreign minister of Chile met Peru's president in Lima.")
    assert all(e.source.actor.country == "CHL" for e in events if e.root == "04"), _dyads(events)


def test_plural_owner_is_every_subject(code) -> None:  # noqa: ANN001
    got = _countries(code("Greece and Cyprus held their annual naval drills on Tuesday."), "06")
    assert ("GRC", "CYP") in got and ("CYP", "GRC") in got, got


# ---------------------------------------------------------------- protests and population measures
def test_strike_with_no_target_is_aimed_at_the_own_government(code) -> None:  # noqa: ANN001
    got = _dyads(code("Chilean dock workers went on strike over pension cuts."))
    assert any(t == "CHLGOV" and r == "14" for _, t, r in got), got


def test_protest_purpose_names_its_target(code) -> None:  # noqa: ANN001
    got = _dyads(code("Polish truckers blocked roads near Warsaw to protest against EU transport rules."))
    assert any(t is not None and "EU" in t and r == "14" for _, t, r in got), got
    assert not any(t == "POLGOV" and r == "14" for _, t, r in got), got


def test_protest_place_gives_the_country(code) -> None:  # noqa: ANN001
    got = _countries(code("Thousands of people rallied in Nairobi to protest against rising taxes."), "14")
    assert ("KEN", "KEN") in got or (None, "KEN") in got, got


def test_curfew_falls_on_the_population(code) -> None:  # noqa: ANN001
    events = code("The Bolivian government imposed a curfew in four cities after days of riots.")
    got = {e.target.actor.code for e in events if e.root == "17" and e.target is not None}
    assert "BOLCVL" in got, _dyads(events)


def test_emergency_abroad_falls_on_that_country(code) -> None:  # noqa: ANN001
    got = _countries(code("Indian authorities declared a state of emergency in Sri Lanka."), "17")
    assert all(t != "IND" for _, t in got), got


def test_government_protest_gets_no_implied_target(code) -> None:  # noqa: ANN001
    got = _dyads(code("Nigerian police used tear gas against protesters in Lagos."))
    assert not any(s.endswith("COP") and t is not None and t.endswith("GOV") for s, t, _ in got), got


# ---------------------------------------------------------------- object pronouns
def test_accusing_him_refers_to_the_expelled_envoy(code) -> None:  # noqa: ANN001
    got = _dyads(code("Ecuador expelled the Russian military attache, accusing him of espionage."))
    assert any(t is not None and t.startswith("RUS") and r == "11" for _, t, r in got), got


def test_coordinated_verb_pronoun_object(code) -> None:  # noqa: ANN001
    events = code("Egyptian police rounded up three Sudanese traders and later expelled them.")
    drafts_targets = {e.target.actor.country for e in events if e.target is not None and e.root == "17"}
    assert drafts_targets == {"SDN"}, _dyads(events)


def test_pronoun_object_after_an_event_noun(code) -> None:  # noqa: ANN001
    text = "Students demanded the dismissal of Serbia's interior minister, accusing him of brutality."
    got = _dyads(code(text))
    assert any(t is not None and t.startswith("SRB") and r == "11" for _, t, r in got), got


# ---------------------------------------------------------------- reactions carried by a restating noun
def test_a_charge_denied_targets_the_accuser(code) -> None:  # noqa: ANN001
    got = _dyads(code("Ghana accused Togo of harbouring gunmen, an accusation Lome denied."))
    assert any(s.startswith("TGO") and t is not None and t.startswith("GHA") and r == "01"
               for s, t, r in got), got


def test_a_move_welcomed_targets_the_mover(code) -> None:  # noqa: ANN001
    got = _dyads(code("Tokyo eased its export curbs on Seoul, a step welcomed by South Korea."))
    assert any(s.startswith("KOR") and t is not None and t.startswith("JPN") and r == "05"
               for s, t, r in got), got


def test_a_claim_rejected_targets_the_claimant(code) -> None:  # noqa: ANN001
    got = _dyads(code("Norway accused Russia of jamming GPS signals, a claim that Moscow rejected."))
    assert any(s.startswith("RUS") and t is not None and t.startswith("NOR") and r == "12"
               for s, t, r in got), got


# ---------------------------------------------------------------- content of a denial
def test_denial_targets_the_other_party_of_its_content(code) -> None:  # noqa: ANN001
    got = _dyads(code("Caracas denied that Venezuelan soldiers had entered Guyanese territory."))
    assert any(s.startswith("VEN") and t is not None and t.startswith("GUY") and r == "01"
               for s, t, r in got), got


def test_denial_of_own_act_alone_has_no_target(code) -> None:  # noqa: ANN001
    got = _dyads(code("The Kremlin denied that it had ordered the attack."))
    assert not any(r == "01" and t is not None for _, t, r in got), got


# ---------------------------------------------------------------- the author of what is rejected
def test_rejected_proposal_targets_its_author(code) -> None:  # noqa: ANN001
    got = _dyads(code("Brazil turned down a Chinese plan to build a railway to Peru."))
    assert any(s.startswith("BRA") and t is not None and t.startswith("CHN") and r == "12"
               for s, t, r in got), got


def test_refusing_to_comply_with_a_ruling_targets_its_author(code) -> None:  # noqa: ANN001
    got = _dyads(code("Romania refused to comply with a ruling by the European Court of Human Rights."))
    assert any(s.startswith("ROM") and t is not None and r == "12" for s, t, r in got), got


# ---------------------------------------------------------------- whom an accusation accuses
def test_accusation_noun_targets_the_subject_of_its_clause(code) -> None:  # noqa: ANN001
    events = code("Kyiv renewed its accusation that Belarusian troops were massing near the border.")
    got = {(e.source.actor.country, e.target.actor.country) for e in events
           if e.root == "11" and e.target is not None}
    assert ("UKR", "BLR") in got, _dyads(events)


def test_unauthored_offer_is_made_by_who_the_sentence_says_offered(code) -> None:  # noqa: ANN001
    got = _dyads(code("Caracas rejected the offer, two days after Bogota offered to host negotiations."))
    assert any(s.startswith("VEN") and t is not None and t.startswith("COL") and r == "12"
               for s, t, r in got), got


def test_authored_offer_keeps_its_own_author(code) -> None:  # noqa: ANN001
    got = _dyads(code("Serbia rejected Kosovo's proposal, a day after the EU offered to mediate."))
    assert any(s.startswith("SRB") and r == "12" for s, _, r in got), got
    assert not any(t == "EUR" and r == "12" for _, t, r in got), got


# ---------------------------------------------------------------- own people abroad
def test_reaction_to_the_arrest_of_own_citizen_abroad_targets_that_state(code) -> None:  # noqa: ANN001
    got = _countries(code("Australia criticised the jailing of an Australian academic in Myanmar."), "11")
    assert ("AUS", "MMR") in got, got


def test_reaction_to_foreign_victims_keeps_them(code) -> None:  # noqa: ANN001
    got = _countries(code("Norway condemned the jailing of three Turkish journalists in Ankara."), "11")
    assert ("NOR", "TUR") in got, got


# ---------------------------------------------------------------- an owner pronoun on the object
def test_owner_pronoun_of_a_coordinated_verb_object(code) -> None:  # noqa: ANN001
    events = code("Iranian police detained two British tourists and seized their passports.")
    assert all(e.target is not None and e.target.actor.country == "GBR" for e in events if e.root == "17"), \
        _dyads(events)


# ---------------------------------------------------------------- borders, means, retreats, resignations
def test_border_with_a_country_names_the_other_side(code) -> None:  # noqa: ANN001
    got = _countries(code("Ethiopia sent more troops to its frontier with Eritrea."), "15")
    assert ("ETH", "ERI") in got, got


def test_act_done_by_means_of_another_takes_its_target(code) -> None:  # noqa: ANN001
    events = code("Sudanese troops broke the truce by shelling an Ethiopian border post.")
    got = {(e.source.actor.country, e.target.actor.country if e.target else None) for e in events
           if e.cameo == "196"}
    assert ("SDN", "ETH") in got, _dyads(events)


def test_retreat_targets_whose_ground_is_left(code) -> None:  # noqa: ANN001
    got = _countries(code("Uganda withdrew its soldiers from camps inside South Sudan."), "08")
    assert ("UGA", "SSD") in got, got


def test_retreat_from_own_ground_has_no_foreign_target(code) -> None:  # noqa: ANN001
    got = _countries(code("Russia withdrew its soldiers from camps inside its own territory."), "08")
    assert all(t is None or t == "RUS" for _, t in got), got


def test_own_journalist_sentenced_abroad_targets_that_state(code) -> None:  # noqa: ANN001
    got = _countries(code("Canada denounced the imprisonment of a Canadian blogger in Egypt."), "11")
    assert ("CAN", "EGY") in got, got


# ---------------------------------------------------------------- what talks are about is no party
def test_talks_coordinated_with_a_war_do_not_target_its_place(code) -> None:  # noqa: ANN001
    events = code("Kenya's president hosted the Tanzanian leader in Nairobi for talks on energy and "
                  "the conflict in Sudan.")
    assert not any(e.target is not None and e.target.actor.country == "SDN" for e in events), _dyads(events)


# ---------------------------------------------------------------- the act a reaction answers
def test_fronted_allegation_rejected_targets_the_accuser(code) -> None:  # noqa: ANN001
    got = _dyads(code("Lithuania accused Russia of jamming flights, an allegation Moscow rejected."))
    assert any(s.startswith("RUS") and t is not None and t.startswith("LTU") for s, t, _ in got), got


def test_reaction_after_an_act_targets_its_doer(code) -> None:  # noqa: ANN001
    got = _countries(code("Rwanda recalled its envoy after Burundi closed the border."), "16")
    assert ("RWA", "BDI") in got, got


def test_reaction_after_own_act_takes_no_target_from_it(code) -> None:  # noqa: ANN001
    got = _countries(code("Rwanda recalled its envoy after Rwandan troops crossed the border."), "16")
    assert ("RWA", "RWA") not in got, got


# ---------------------------------------------------------------- two objects
def test_first_of_two_objects_is_the_recipient(code) -> None:  # noqa: ANN001
    events = code("India will hand the Sri Lankan navy two patrol ships next year.")
    got = {e.target.actor.country for e in events if e.target is not None}
    assert got == {"LKA"}, _dyads(events)


# ---------------------------------------------------------------- a finite verb after a participle
def test_finite_verb_after_a_participle_keeps_the_main_subject(code) -> None:  # noqa: ANN001
    text = ("Jordan summoned Syria's envoy after shells hit a border village, wounding three farmers, "
            "and called for talks with the Arab League.")
    got = _dyads(code(text))
    assert any(s.startswith("JOR") and r == "02" for s, _, r in got), got


def test_a_protest_named_by_a_noun_implies_its_target_too(code) -> None:  # noqa: ANN001
    # the noun form ("a general strike by ...") gets the target the verb form ("... went on strike") gets
    events = code("A general strike by Chilean dockworkers shut the port of Valparaiso on Monday.")
    assert ("CHLLAB", "CHLGOV", "14") in _dyads(events) or any(
        e.root == "14" and e.target is not None and e.target.actor.country == "CHL" for e in events
    ), _dyads(events)


def test_sides_and_implied_targets_use_the_countrys_cameo_prefix(code) -> None:  # noqa: ANN001
    # Romania is ROU in ISO but ROM in CAMEO: the sides built here are coded as the actor resolver codes them
    sides = _dyads(code("The defence ministers of Romania and Bulgaria held talks in Sofia."))
    assert ("ROMGOV", "BGRGOV", "04") in sides, sides
    strike = _dyads(code("Thousands of teachers went on strike in Bucharest on Monday."))
    assert any(t == "ROMGOV" and r == "14" for _, t, r in strike), strike
