"""Session 18: statements (CAMEO 01) that were drafted but lost. An attitude's target named on a
gerund ("not optimistic about reaching a deal with X") or on the verb that reports a quoted attitude
("'We are not optimistic,' Berlin said of talks with Washington"); a warning that talks with a party
could fail (012); admissions of one's own coercion or of an unowned strike (015); owning up (015);
distinct acts without addressee kept side by side (015 and 016); a claim told as a participle;
agreement voiced or parties "in agreement" (019). Every sentence is written for this file."""

from __future__ import annotations

import pytest


def _codes(events) -> list[tuple[str, str, str]]:
    return [(e.cameo, e.source.actor.code, e.target.actor.code if e.target else "-") for e in events]


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        ("Chile's finance minister said she was not optimistic about reaching a deal with the IMF.",
         "012", "IMF"),
        ("Ghana's president said he was hopeful about concluding an agreement with the IMF.", "013", "IMF"),
        ('"We are not optimistic," Ankara said of talks with Athens.', "012", "GRC"),
        ("Hungary warned that talks with the European Union could fail.", "012", "EU"),
    ],
)
def test_attitude_targets(code, text: str, cameo: str, target: str) -> None:
    events = code(text)
    got = [e for e in events if e.cameo == cameo]
    assert got and all(e.target is not None and e.target.actor.code.startswith(target[:2]) for e in got), \
        _codes(events)


def test_a_gerund_an_attitude_is_about_is_only_hoped_for(code) -> None:
    events = code("Chile's finance minister said she was not optimistic about reaching a deal with the IMF.")
    assert not any(e.root == "05" for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan army acknowledged that its soldiers had fired on the crowd in Nairobi.",
        "Pakistan's army admitted that an air strike had hit a village near the border.",
        "The Guards admitted shooting down the passenger plane by mistake.",
        "The militia owned up to the ambush on the convoy.",
        "The Israeli army acknowledged the strike on the camp.",
    ],
)
def test_admissions_are_claims_of_responsibility(code, text: str) -> None:
    events = code(text)
    assert any(e.cameo == "015" and e.target is None for e in events), _codes(events)


def test_a_conceded_fact_is_no_yielding(code) -> None:
    events = code("The ministry conceded that the economy had shrunk in the third quarter.")
    assert not any(e.root == "08" for e in events), _codes(events)


def test_claim_and_denial_are_two_acts(code) -> None:
    events = code("The rebels claimed responsibility for the ambush and denied attacking civilians.")
    assert {"015", "016"} <= {e.cameo for e in events}, _codes(events)


def test_a_claim_told_as_a_participle_is_kept(code) -> None:
    events = code("A spokesman said the group had fired missiles at the vessel, claiming the attack "
                  "as revenge.")
    assert any(e.cameo == "015" for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Spain and Portugal voiced agreement on the need for a common water policy.",
        "The Spanish prime minister said Spain and Portugal were in full agreement on water policy.",
    ],
)
def test_agreement_voiced_is_accord(code, text: str) -> None:
    events = code(text)
    assert any(e.cameo == "019" for e in events) and not any(e.cameo == "057" for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Economists warned that talks with creditors could fail.",
        "The company admitted that the strike by dock workers had halted exports.",
        "An analyst was pessimistic about reaching a deal with the IMF.",
    ],
)
def test_no_statement_from_non_political_speakers(code, text: str) -> None:
    events = code(text)
    assert not any(e.root == "01" for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Italian officials cast doubt on a gas deal with Algeria.", "DZA"),
        ("The Thai foreign minister voiced little hope for a border deal with Cambodia.", "KHM"),
        ("The Thai foreign minister said he had little hope that talks with Cambodia would resume.", "KHM"),
    ],
)
def test_doubt_about_a_joint_act_is_pessimism(code, text: str, target: str) -> None:
    events = code(text)
    assert any(e.cameo == "012" and e.target is not None and e.target.actor.code.startswith(target)
               for e in events), _codes(events)
    assert not any(e.cameo == "013" for e in events), _codes(events)


def test_doubt_on_words_stays_disapproval(code) -> None:
    events = code("Italy cast doubt on Algeria's account of the incident.")
    assert not any(e.cameo == "012" for e in events), _codes(events)


def test_views_that_coincide_are_accord(code) -> None:
    events = code("Hanoi and Jakarta said their views on the South China Sea converged.")
    assert any(e.cameo == "019" for e in events), _codes(events)
