"""Threats whose sub-code comes from what is threatened: what a warned party "would face" or "would be"
made to suffer (137 repression, 1312 sanctions), and threats to boycott talks (134)."""

from __future__ import annotations

import pytest

from _events_fake import cameo_codes, code_rules


@pytest.mark.parametrize(
    "text",
    [
        "The army chief warned that students who join the sit-in would face arrest.",
        "Police warned that activists who block the highway will be prosecuted.",
        "The military council warned opposition leaders that they would be punished.",
        "The ruling party warned that bloggers who criticise the president could face jail.",
        # the state's force brought to bear on them ("the full force of the law")
        "Uzbekistan's interior minister warned that rioters would face the full force of the law.",
    ],
)
def test_warning_of_repression_is_137(code, text: str) -> None:
    events = code(text)
    threats = [e for e in events if e.root == "13"]
    assert threats and all(e.cameo == "137" for e in threats), code_rules(events)
    assert all(e.target is not None for e in threats)
    assert "012" not in cameo_codes(events)


def test_warning_of_sanctions_on_companies_is_1312(code) -> None:
    events = code("Washington warned that banks dealing with Pyongyang would face sanctions.")
    assert "1312" in cameo_codes(events), code_rules(events)


def test_worry_about_own_side_is_no_threat(code) -> None:
    events = code("Police warned that protesters faced arrest last week.")
    assert "137" not in cameo_codes(events)


def test_threat_to_boycott_talks_is_134(code) -> None:
    events = code("The rebels threatened to boycott the peace talks with the government.")
    assert "134" in cameo_codes(events), code_rules(events)


def test_observers_warning_is_no_threat(code) -> None:
    events = code("Amnesty International warned that dissidents who go back could face prosecution.")
    assert not any(e.root == "13" for e in events), code_rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "The military government threatened that students who occupy the campus would face arrest.",
        "The prime minister threatened that striking nurses would be dismissed and prosecuted.",
    ],
)
def test_threatened_that_addressee_would_face_repression_is_137(code, text: str) -> None:
    events = code(text)
    assert "137" in cameo_codes(events), code_rules(events)
    assert all(e.target is not None for e in events if e.cameo == "137")
