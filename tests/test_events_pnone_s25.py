"""Session 25: sentences that coded nothing. A wire story's dash sets a trailing retort or summing-up
phrase off as a comma does ("... the rebels — a charge Kampala denies"), so the act before it stays at
the root; a passive's "by" doer the parser hangs on the gerund of the verb's "of"/"from" phrase ("was
barred from running by the court") is the passive's doer. Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _triples(events: list) -> set[tuple[str, str | None, str]]:
    return {(e.source.actor.code, e.target.actor.code if e.target else None, e.root) for e in events}


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        # a retort set off by a dash keeps the accusation before it (nlp.repair_retorts)
        ("Kenya accused Uganda of backing the rebels — a charge Kampala denies.", "KEN", "UGA", "11"),
        ("Peru accused Bolivia of sheltering fugitives – a claim La Paz rejects.", "PER", "BOL", "11"),
        ("Serbia accused Croatia of arming separatists - an allegation Zagreb dismissed.",
         "SRB", "HRV", "11"),
        ("The Malian junta accused Algeria of harbouring jihadists — a charge Algiers denies.",
         "MLIMIL", "DZA", "11"),
        # the retort itself answers the accuser
        ("Kenya accused Uganda of backing the rebels — a charge Kampala denies.", "UGAGOV", "KEN", "01"),
        # a summing-up phrase after a dash names the act again; its reaction lands on the doer
        ("Ghana arrested a rebel commander on Friday — an arrest that Washington welcomed.",
         "USAGOV", "GHA", "05"),
    ],
)
def test_dash_set_phrase_keeps_the_act(code, text: str, source: str, target: str, root: str) -> None:
    events = code(text)
    assert (source, target, root) in _triples(events), [(e.cameo, e.source.actor.code) for e in events]


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        # the "by" doer hung on the gerund of the passive's phrase (nlp.repair_passive_agents)
        ("The Venezuelan opposition leader was barred from running by the country's top court.",
         "VENJUD", "VENOPP", "17"),
        ("The Belarusian opposition leader was banned from leaving the country by a Minsk court.",
         "BLRJUD", "BLROPP", "17"),
        ("The Kazakh editor was accused of spying by Russian prosecutors.", "RUSJUD", None, "11"),
        ("A Bahraini activist was barred from travelling abroad by the Interior Ministry.",
         "BHRGOV", "BHRCVL", "17"),
    ],
)
def test_passive_doer_on_the_gerund(
    code, text: str, source: str | None, target: str | None, root: str
) -> None:
    events = code(text)
    found = [e for e in events if e.root == root
             and (source is None or e.source.actor.code == source)
             and (target is None or (e.target is not None and e.target.actor.code == target))]
    assert found, [(e.cameo, e.source.actor.code, e.target.actor.code if e.target else None) for e in events]


def test_passive_gerund_keeps_its_own_doer(code) -> None:
    # "accused of being paid by Moscow": Moscow pays, it does not accuse
    events = code("The activist was accused of being paid by Moscow.")
    assert not any(e.root == "11" and e.source.actor.code.startswith("RUS") for e in events), \
        [(e.cameo, e.source.actor.code) for e in events]


def test_by_of_means_is_no_doer(code) -> None:
    # "by air" names the means of travel, not who banned: the ban has no doer to code
    events = code("The opposition leader was banned from travelling by air.")
    assert not any(e.root == "17" for e in events), [(e.cameo, e.source.actor.code) for e in events]
