"""People named by whom they belong to ("the family of X", "the relatives of the Y hostages") take that
someone's country, not the article's. Every sentence here is written for these tests."""

from __future__ import annotations


def _codes(resolver, nlp, text: str) -> dict[str, str]:
    return {m.text: m.actor.code for m in resolver.resolve(nlp(text))}


def test_family_of_a_foreign_leader_is_of_that_leaders_country(resolver, nlp) -> None:
    text = "Macron sent condolences to the family of the late Chilean President Sebastian Pinera."
    got = _codes(resolver, nlp, text)
    assert got.get("the family") == "CHLCVL", got


def test_relatives_of_foreign_hostages_are_of_the_hostages_country(resolver, nlp) -> None:
    got = _codes(resolver, nlp, "Egypt met the relatives of the Nepali hostages in Cairo.")
    assert got.get("the relatives") == "NPLCVL", got


def test_people_of_an_unnamed_place_keep_no_foreign_country(resolver, nlp) -> None:
    # nothing inside the "of" phrase names a country: the article's country, as before
    got = _codes(resolver, nlp, "Egyptian police questioned the residents of the village.")
    assert got.get("the residents") == "EGYCVL", got


def test_large_humanitarian_ngos_resolve_as_ngos(resolver, nlp) -> None:
    got = _codes(resolver, nlp, "Mercy Corps and Save the Children delivered tents to families in Chad.")
    assert got.get("Mercy Corps") == "NGO" and got.get("Save the Children") == "NGO", got


def test_described_country_noun_refers_to_the_earlier_country(resolver, nlp) -> None:
    text = "Chad faces a food crisis. Donors sent aid to the drought-hit country on Monday."
    got = _codes(resolver, nlp, text)
    assert got.get("the drought-hit country") == "TCD", got


def test_a_named_state_is_no_reference_to_an_earlier_country(resolver, nlp) -> None:
    got = _codes(resolver, nlp, "Syria faces a crisis. The Islamic State attacked a town.")
    assert got.get("The Islamic State") != "SYR", got
