"""Session 11 party finding on real-news wordings: a noun pattern "X of/on/to Y" carries its arguments on
its first noun, and a yielding act held back until another party acts is aimed at that party."""

from __future__ import annotations

import pytest
from tests._events_fake import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "source", "root", "target"), [
    ("Denmark announced a suspension of aid to Egypt on Monday.", "DNK", "16", "EGY"),
    ("Japan announced the suspension of assistance to Myanmar after the coup.", "JPN", "16", "MMR"),
    ("Sweden ordered a freeze on aid to Zambia over the corruption scandal.", "SWE", "16", "ZMB"),
    ("The Netherlands announced a suspension of funding to Nicaragua last week.", "NLD", "16", "NIC"),
])
def test_phrase_pattern_takes_arguments_of_its_first_noun(code, text: str, source: str, root: str,
                                                          target: str) -> None:
    got = dyads(code(text))
    assert any(s.startswith(source) and r == root and (t or "").startswith(target) for s, r, t in got), got


def test_phrase_pattern_without_party_makes_no_dyad(code) -> None:
    # no recipient named anywhere: the first noun gives no target, and none is invented
    got = dyads(code("Denmark announced a suspension of aid on Monday."))
    assert all(t is None for _, r, t in got if r == "16"), got


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Washington said it will not lift the embargo until Havana frees political prisoners.", "USA", "CUB"),
    ("Moscow will not lift the ban until the European Union provides proof of safety.", "RUS", "EU"),
    ("Washington will not ease sanctions unless Pyongyang gives up its nuclear weapons.", "USA", "PRK"),
    ("The army said it would not withdraw its troops until the rebels lay down their arms.", "MIL", "REB"),
])
def test_refused_yield_is_aimed_at_the_awaited_party(code, text: str, source: str, target: str) -> None:
    got = dyads(code(text))
    assert any(source in s and r == "12" and target in (t or "") for s, r, t in got), got


def test_awaited_clause_without_party_adds_none(code) -> None:
    # "until the protests end": no party is awaited, the resignation refused stays without a target
    got = dyads(code("The president said he will not resign until the protests end."))
    assert all(t is None for _, r, t in got if r == "12"), got


@pytest.mark.parametrize(("text", "source", "targets"), [
    ("Qatar launched a mediation effort in the Sudanese conflict last night.", "QAT", {"SDN"}),
    ("Norway ended its mediation efforts in the Sri Lankan civil war.", "NOR", {"LKA"}),
    ("Kuwait offered to mediate in the Qatar crisis.", "KWT", {"QAT"}),
    ("Turkey launched a mediation effort in the dispute between Israel and Hamas.", "TUR", {"ISR", "HMS"}),
])
def test_mediation_reaches_the_parties_of_its_dispute(code, text: str, source: str,
                                                      targets: set[str]) -> None:
    got = dyads(code(text))
    hit = {t for s, r, t in got if s.startswith(source) and r in ("03", "04", "16") and t is not None}
    assert targets <= {t[:3] for t in hit}, got


def test_mediation_in_a_dispute_naming_no_party_has_no_target(code) -> None:
    got = dyads(code("Qatar launched a mediation effort in the long-running dispute last night."))
    assert all(t is None for s, r, t in got if s.startswith("QAT")), got
