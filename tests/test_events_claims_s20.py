"""Session 20: claims of responsibility (015) and comments (012, 013) that were realised and then lost.
A comment to no one, dropped later as a quote, no longer shadows the claim beside it; a report
that names the speaking group again as "the group" is its claim; "sceptical of X" and "concerned
by X" name what the attitude is about, and the one concerned stays the source. Every sentence is
written for this file."""

from __future__ import annotations

import pytest


def _codes(events) -> list[tuple[str, str, str]]:
    return [(e.cameo, e.source.actor.code, e.target.actor.code if e.target else "-") for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The Arakan Army said it had attacked the base and was confident of further victories.",
        "The Houthis said they had targeted the vessel and were pessimistic about the talks.",
        ("Israel's military said it was responsible for the blast but was pessimistic that the hostages "
         "could be found."),
    ],
)
def test_a_comment_to_no_one_leaves_the_claim(code, text: str) -> None:
    events = code(text)
    assert any(e.cameo == "015" and e.target is None for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Houthi military spokesman Yahya Saree said the group had targeted an Israeli vessel with drones.",
        "A Hamas spokesman said the movement had fired rockets at Ashdod.",
    ],
)
def test_the_group_named_again_claims(code, text: str) -> None:
    events = code(text)
    assert any(e.cameo == "015" for e in events), _codes(events)
    assert any(e.root == "19" for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        # another party the speaker reports on
        "A Houthi spokesman said the Saudi-led coalition had struck Sanaa.",
        # a state reporting an operation, and a group unresolved
        "Israel said the group had fired rockets from Lebanon.",
        # a kind of fighter, not the speaking organisation itself
        "Police said the militants had attacked a checkpoint in Peshawar.",
    ],
)
def test_no_claim_for_another_doer(code, text: str) -> None:
    events = code(text)
    assert not any(e.cameo == "015" for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("German Chancellor Friedrich Merz said he was sceptical of the American plan.", "012", "DEU", "USA"),
        ("The Kremlin said it was wary of NATO's expansion.", "012", "RUS", "NAT"),
        ("The UN said it was deeply concerned by the Syrian government's offensive in Idlib.",
         "012", "UNO", "SYR"),
        ("The EU was worried by China's move.", "012", "EUR", "CHN"),
        ("Seoul was alarmed by Pyongyang's missile launch.", "012", "KOR", "PRK"),
        ("Japan was encouraged by North Korea's offer.", "013", "JPN", "PRK"),
    ],
)
def test_attitude_of_and_by_name_its_target(code, text: str, cameo: str, source: str, target: str) -> None:
    events = code(text)
    assert any(e.cameo == cameo and e.source.actor.code.startswith(source) and e.target is not None
               and e.target.actor.code.startswith(target) for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Workers were worried by the company's plans.",
        "The minister said he was proud of the army.",
        "No group has claimed responsibility for the bombing in Quetta.",
    ],
)
def test_no_attitude_or_claim_without_parties(code, text: str) -> None:
    events = code(text)
    assert not any(e.root == "01" for e in events), _codes(events)
