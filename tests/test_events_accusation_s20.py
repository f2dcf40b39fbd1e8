"""Session 20: accusations and rejections told without the plain verbs. "Held X responsible" whatever
the parser makes of the adjective, "charged that ..." as an allegation, graft and atrocities reported
of another party as facts (1121, 112x), and talks ruled out (125). Every sentence is written for this
file."""

from __future__ import annotations

import pytest


def _side(ref) -> str:
    return ref.actor.country or ref.actor.code


def _dyads(events) -> list[tuple[str, str, str | None]]:
    return [(e.cameo, _side(e.source), _side(e.target) if e.target is not None else None) for e in events]


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("Kenya's president held the opposition responsible for the violence in Nairobi.", "112",
         "KEN", "KEN"),
        ("Iraq held Turkey accountable for the drone strike.", "112", "IRQ", "TUR"),
        ("Venezuela charged that Colombia had sheltered paramilitary groups on its border.", "112",
         "VEN", "COL"),
        ("The prosecutor said the former minister had embezzled millions from the state oil company.",
         "1121", None, None),
        ("Kenya's opposition said the election commission had rigged the results.", "1121", "KEN", "KEN"),
        ("Amnesty International said Israeli forces had committed war crimes in Gaza.", "1124", None, "ISR"),
        ("Ukraine said Russian troops had committed genocide in Bucha.", "1124", "UKR", "RUS"),
        ("Israel ruled out talks with Hamas.", "125", "ISR", None),
    ],
)
def test_an_accusation_or_rejection_without_the_plain_verb(code, text: str, cameo: str, source: str | None,
                                                            target: str | None) -> None:
    events = code(text)
    assert any(
        e.cameo == cameo and e.target is not None
        and (source is None or _side(e.source) == source) and (target is None or _side(e.target) == target)
        for e in events
    ), _dyads(events)


@pytest.mark.parametrize(
    "text",
    [
        # a responsible post held is an office
        "The party held responsible positions in three ministries.",
        # common crime reported by police is no accusation between parties
        "Police said the suspect had committed the crime alone.",
        # one's own side: no claim of graft
        "Zambia's president said his predecessor had looted the treasury.",
        # a legal charge of a person stays an arrest or charge (173)
        "Prosecutors charged the former president with corruption.",
    ],
)
def test_no_accusation(code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.root == "11" and e.cameo != "116"], _dyads(events)
