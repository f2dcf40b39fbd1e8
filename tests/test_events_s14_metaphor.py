"""Conflict words in their non-violent senses (session 14): an attack on a policy or a value is
criticism, a war of words is words, targets, hits and bombardments of an economic or verbal kind are
no force, a vow to fight an abstract ill is no intent toward anyone, and aid a noun or a misread
participle stops is reduced, not given. Next to each, the violent sense stays. Every sentence is
written for this file."""

from __future__ import annotations

import pytest

from triadic.model import Event


def _roots(events: list[Event]) -> list[str]:
    return sorted(e.cameo[:2] for e in events)


# ---------------------------------------------------------------- attacks on things are criticism
@pytest.mark.parametrize("text", [
    "Zambia's opposition launched a fierce attack on the government's budget in parliament.",
    "The Labour leader mounted a scathing attack on the prime minister in parliament.",
    "Greek unions accused the government of an assault on workers' rights.",
])
def test_an_attack_on_a_policy_or_in_words_is_criticism(code, text: str) -> None:  # noqa: ANN001
    roots = _roots(code(text))
    assert "19" not in roots and "18" not in roots, roots


def test_an_attack_on_a_policy_is_coded_as_criticism(code) -> None:  # noqa: ANN001
    assert "11" in _roots(code("Zambia's opposition launched a fierce attack on the government's budget."))


def test_a_policy_called_an_attack_fights_no_one(code) -> None:  # noqa: ANN001
    roots = _roots(code("Portugal's new labour law is an attack on workers, the unions said."))
    assert "19" not in roots, roots


@pytest.mark.parametrize("text", [
    "Militants launched an attack on an army convoy in northern Burkina Faso.",
    "Jihadists launched a deadly attack on Malian soldiers near Gao.",
])
def test_an_attack_on_a_force_stays_an_assault(code, text: str) -> None:  # noqa: ANN001
    assert "19" in _roots(code(text))


# ---------------------------------------------------------------- wars, targets, hits, bombardments
def test_a_war_of_words_is_criticism_both_ways(code) -> None:  # noqa: ANN001
    roots = _roots(code("Kenya and Tanzania have waged a war of words over the border."))
    assert roots == ["11", "11"], roots


@pytest.mark.parametrize("text", [
    "Nigeria's president faces a legal battle over the election result.",
    "Economists warned of a currency war between Tokyo and Seoul.",
    "The ruling party is targeting young voters with its housing plan.",
    "Reporters bombarded the Kenyan minister with questions about the scandal.",
    "The new tariffs hit Mexican farmers hard.",
])
def test_economic_legal_and_verbal_senses_are_no_force(code, text: str) -> None:  # noqa: ANN001
    roots = _roots(code(text))
    assert not {"13", "18", "19"} & set(roots), roots


def test_targeting_with_sanctions_is_a_sanction(code) -> None:  # noqa: ANN001
    roots = _roots(code("Brussels targeted Russian banks with a new round of sanctions."))
    assert "16" in roots and "19" not in roots, roots


def test_targeting_militants_stays_force(code) -> None:  # noqa: ANN001
    assert "19" in _roots(code("Pakistani troops targeted militants in North Waziristan."))


# ---------------------------------------------------------------- strikes and deals
def test_a_union_that_strikes_a_deal_agrees(code) -> None:  # noqa: ANN001
    roots = _roots(code("Turkey and the European Union struck a deal on migrants."))
    assert "14" not in roots and "05" in roots, roots


def test_workers_who_strike_still_strike(code) -> None:  # noqa: ANN001
    assert "14" in _roots(code("Nurses in Kenya have been striking since January."))


# ---------------------------------------------------------------- vows to fight ills
@pytest.mark.parametrize("text", [
    "The Kenyan president vowed to fight corruption in the police force.",
    "Ghana's new government pledged to fight inflation.",
])
def test_a_vow_to_fight_an_ill_is_no_intent(code, text: str) -> None:  # noqa: ANN001
    assert code(text) == []


def test_a_pledge_to_give_aid_stays_an_intent(code) -> None:  # noqa: ANN001
    assert "03" in _roots(code("Japan pledged to provide aid to the Philippines."))


# ---------------------------------------------------------------- aid stopped
@pytest.mark.parametrize("text", [
    "Washington announced the suspension of military aid to Egypt.",
    "Germany announced an end to development aid to Niger.",
])
def test_aid_a_noun_ends_is_reduced(code, text: str) -> None:  # noqa: ANN001
    roots = _roots(code(text))
    assert roots == ["16"], roots


# ---------------------------------------------------------------- legislative and persuasive senses
@pytest.mark.parametrize("text", [
    "Republicans killed the immigration bill in the Senate.",
    "Beijing is waging a charm offensive in Africa.",
    "The Kenyan president was besieged by reporters outside the court.",
])
def test_bills_killed_and_offensives_of_charm_are_no_force(code, text: str) -> None:  # noqa: ANN001
    roots = _roots(code(text))
    assert not {"18", "19"} & set(roots), roots


@pytest.mark.parametrize(("text", "root"), [
    ("Gunmen killed a lawmaker in Mogadishu.", "18"),
    ("Russian troops besieged Mariupol for weeks.", "19"),
])
def test_killing_people_and_besieging_cities_stay_force(code, text: str, root: str) -> None:  # noqa: ANN001
    assert root in _roots(code(text))


def test_a_misread_stopping_participle_stops_the_aid(code) -> None:  # noqa: ANN001
    # the tagger can read "froze" as an adjective on "aid": the aid is stopped, not given
    roots = _roots(code("Sweden froze aid to Uganda over the anti-gay law."))
    assert "07" not in roots, roots


@pytest.mark.parametrize("text", [
    "Trump waged a trade war against China.",
    "Teachers in Nigeria launched a general strike over pay.",
])
def test_a_force_verb_takes_the_sense_of_its_named_object(code, text: str) -> None:  # noqa: ANN001
    # "waged a trade war": the object's own sense (a trade war, 110; a general strike, 14) is the event
    roots = _roots(code(text))
    assert "19" not in roots and roots, roots
