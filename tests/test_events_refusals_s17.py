"""Session 17: refusals told without "refuse" or "reject". A denied intent or interest governing a
cooperative act ("has no intention of releasing", "sees no point in talks", "has no desire to hold
talks"), a pledge or readiness not to cooperate ("vowed never to give up", "is not ready to accept
mediation") and staying away from a meeting are rejections (12x), aimed at the party of the act
refused; plain negated acts, failures and reported schedules ("there were no plans for a meeting")
stay uncoded. Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _refusals(events: list) -> list[tuple[str, str, str | None]]:
    return [
        (e.source.actor.country or e.source.actor.code, e.cameo,
         (e.target.actor.country or e.target.actor.code) if e.target else None)
        for e in events if e.root == "12"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denied intent or interest: the act it governs is refused
        ("Pakistan has no intention of extraditing the suspects to India.", ("PAK", "1213", "IND")),
        ("Turkey has no intention of withdrawing its troops from northern Syria.", ("TUR", "1246", "SYR")),
        ("Pyongyang said it had no interest in talks with Seoul.", ("PRK", "125", "KOR")),
        ("Venezuela sees no point in negotiating with Colombia.", ("VEN", "125", "COL")),
        ("The Kremlin said it has no desire to hold talks with Ukraine.", ("RUS", "125", "UKR")),
        ("Britain has no intention of returning the sculptures to Greece.", ("GBR", "1243", "GRC")),
        # a pledge or readiness not to cooperate is a refusal, not a pledge
        ("Iran vowed not to hand over the suspects to Argentina.", ("IRN", "1213", "ARG")),
        ("Ethiopia is not ready to accept African Union mediation.", ("ETH", "126", "AFU")),
        ("Lebanon is not willing to extradite the banker to France.", ("LBN", "1213", "FRA")),
        # staying away from a meeting or boycotting a dialogue rejects it (125)
        ("Russia stayed away from the peace conference in Switzerland.", ("RUS", "125", "CHE")),
    ],
)
def test_a_refusal_told_without_a_verb_of_refusal(code, text: str, expected: tuple) -> None:
    found = _refusals(code(text))
    src, cameo, tgt = expected
    assert any(s == src and c == cameo and (t == tgt or tgt is None) for s, c, t in found), found


def test_a_vow_never_to_yield_is_a_refusal_not_a_pledge(code) -> None:
    events = code("Kim Jong Un vowed never to give up North Korea's nuclear weapons.")
    assert any(e.cameo == "1246" for e in events), [(e.cameo, e.rule) for e in events]
    assert not any(e.root == "03" for e in events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The president did not visit Japan during his Asian tour.",
        "The two sides failed to reach a deal on the border dispute.",
        "Investors have no interest in the government's new bond issue.",
        "Hamas said it is ready to release the hostages.",
        "Moscow pledged to send aid to Syria.",
        "Britain sees a point in talks with Iran.",
        # a schedule reported, not a refusal stated
        "Officials in Tokyo said there were no plans for a meeting between Japan and China.",
    ],
)
def test_no_refusal_without_a_stated_refusal(code, text: str) -> None:
    assert not _refusals(code(text)), text


def test_a_willing_party_pledges(code) -> None:
    events = code("Hamas said it is ready to release the hostages.")
    assert any(e.root == "03" for e in events), [(e.cameo, e.rule) for e in events]
