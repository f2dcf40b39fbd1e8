"""Session 22: verbal conflict (CAMEO 11-13) recall. A trailing retort ("..., a charge India denies")
leaves the accusation before it at the root; a name fused to a participle of putting forward ("an
Egyptian-brokered proposal") owns the answered noun, and is whom its rejection answers; an uncoded act
the warner's own side says it would do is aimed at the party it names as its object; a fate told to
an addressee by pronoun ("told Turkey it would face consequences") threatens that addressee; a reaction
drawn by an act noun lands on the noun's "by" doer; a deadline to surrender is an ultimatum, not an
expulsion. Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _dyads(events: list, root: str) -> set[tuple[str, str | None]]:
    return {(e.source.actor.code, e.target.actor.code if e.target else None)
            for e in events if e.root == root}


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        # a trailing retort keeps the accusation (nlp.repair_retorts)
        ("Beijing has repeatedly accused New Delhi of provoking the clashes in the Galwan Valley, "
         "a charge India denies.", "11", "CHNGOV", "INDGOV"),
        ("Rwanda is accused by Kinshasa of backing the M23 rebels, a charge Kigali denies.",
         "11", "CODGOV", "RWA"),
        ("Kenya blamed Somalia for the attack, an allegation Mogadishu dismissed.", "11", "KEN", "SOM"),
        # the fused proposer of a rejected proposal
        ("Hamas rebuffed an Egyptian-brokered truce proposal.", "12", "HMS", "EGY"),
        ("Hamas rejected a Qatari-mediated offer.", "12", "HMS", "QAT"),
        # the object of the own side's warned-of act
        ("North Korea warned that it would turn Seoul into a sea of fire.", "13", "PRK", "KORGOV"),
        ("Iran warned that it would wipe Israel off the map.", "13", "IRN", "ISR"),
        # a fate told to an addressee by pronoun
        ("The United States told Turkey it would face consequences if it bought Russian air defence systems.",
         "13", "USA", "TUR"),
        # a reaction drawn onto an act noun's "by" doer
        ("The threat by Washington to withhold funding from the WHO drew criticism from Beijing.",
         "11", "CHN", "USAGOV"),
        ("The seizure of the tanker by Iran drew condemnation from Britain.", "11", "GBR", "IRN"),
        # a deadline to surrender
        ("The Ethiopian government gave Tigrayan forces 72 hours to surrender.", "13", "ETHGOV", "ETHREB"),
    ],
)
def test_verbal_conflict_is_coded_with_its_target(
    code, text: str, root: str, source: str, target: str
) -> None:
    events = code(text)
    coded = [(e.cameo, e.source.actor.code, e.target.actor.code if e.target else None) for e in events]
    assert (source, target) in _dyads(events, root), coded


@pytest.mark.parametrize(
    "text",
    [
        # a cooperative act the speaker would do is no threat
        "Russia warned that it would help Ukraine.",
        "Turkey warned that it would recognise Kosovo.",
    ],
)
def test_warned_cooperation_is_no_threat(code, text: str) -> None:
    assert not any(e.root == "13" for e in code(text))


def test_ultimatum_to_surrender_is_no_expulsion(code) -> None:
    events = code("The army ordered the rebels to surrender.")
    assert not any(e.root == "17" for e in events), [e.cameo for e in events]
