"""Session 21: events whose trigger was found but whose target did not resolve. A deposed leader is a
former official, not the government acting on them; a newsroom's editors and correspondents are the
media; "its" in the patient of an act of obstruction is another party's; a judged act's author named by
"by" after the noun is the one criticised; a threat of force "from" a party received is that party's.
Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _codes(events) -> list[tuple[str, str, str]]:
    return [(e.cameo, e.source.actor.code, e.target.actor.code if e.target else "-") for e in events]


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        ("The military government in Niger has refused to release the ousted president.", "12", "NERELI"),
        ("Guinea's junta refused to free the deposed president Alpha Conde.", "12", "GINELI"),
        ("Police in Hong Kong arrested the editors of a pro-democracy website.", "17", "HKGMED"),
        ("A court in Minsk convicted two correspondents of a banned news outlet.", "11", "BLRMED"),
        ("A Hong Kong court convicted four former editors of a banned newspaper.", "11", "HKGMED"),
        ("The IAEA said Iran had barred its inspectors from the Fordow site.", "12", "IAE"),
        ("Britain said Russia had expelled its defence attache in retaliation.", "17", "GBR"),
        ("Azerbaijan's foreign ministry said the remarks by the French president were unacceptable.", "11",
         "FRAGOV"),
        ("Moscow said the remarks by Washington were a provocation.", "11", "USAGOV"),
        ("Caracas faced threats of sanctions from the European Union.", "13", "VENGOV"),
        ("Colombia's government has received threats of violence from the ELN rebels.", "13", "COLGOV"),
    ],
)
def test_the_target_resolves(code, text: str, root: str, target: str) -> None:
    events = code(text)
    assert any(e.root == root and e.target is not None and e.target.actor.code == target for e in events), \
        _codes(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # one's own people barred or deported stay one's own ("own", or no other owner in the sentence)
        ("Russia barred its athletes from travelling to the games.", "RUSCVL"),
        ("China deported its own citizens who had entered illegally.", "CHNCVL"),
    ],
)
def test_its_stays_the_doers_without_another_owner(code, text: str, target: str) -> None:
    events = code(text)
    assert all(e.target is not None and e.target.actor.code == target for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Seoul said the talks with Tokyo were constructive.",
        "Kabul said the withdrawal from Afghanistan was a mistake.",
        "The president said the visit by the Chinese premier was a success.",
    ],
)
def test_no_criticism_of_a_by_phrase_without_blame(code, text: str) -> None:
    events = code(text)
    assert not any(e.root == "11" for e in events), _codes(events)


def test_a_withdrawal_from_a_country_names_no_critic(code) -> None:
    # "from Afghanistan" is where the withdrawal leaves, not who criticises it
    events = code("Washington faced criticism of its withdrawal from Afghanistan.")
    assert not any(e.root == "11" and e.source.actor.code == "AFG" for e in events), _codes(events)
