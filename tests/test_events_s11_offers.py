"""Offers and requests to send forces (0334 / 0234) and time-limit ultimatums whose period the parser
attaches as a time adverb (139)."""

from __future__ import annotations

import pytest

from _events_fake import code_rules


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Turkey offered to send troops to Qatar.", "Qatar"),
        ("Egypt offered to send forces to Libya.", "Libya"),
        ("Rwanda promised to dispatch soldiers to Mozambique.", "Mozambique"),
        ("Kenya pledged to send 1,000 police officers to Haiti.", "Haiti"),
    ],
)
def test_offer_to_send_forces_is_0334_at_host(code, text: str, host: str) -> None:
    events = code(text)
    offers = [e for e in events if e.root == "03"]
    assert [e.cameo for e in offers] == ["0334"], code_rules(events)
    assert offers[0].target is not None and host in offers[0].target.text


@pytest.mark.parametrize(
    "text",
    [
        "Mali asked France to send troops.",
        "The Somali government appealed to Ethiopia to send soldiers.",
    ],
)
def test_request_to_send_forces_is_0234(code, text: str) -> None:
    events = code(text)
    assert "0234" in {e.cameo for e in events}, code_rules(events)


def test_threat_to_send_troops_stays_a_threat(code) -> None:
    events = code("Turkey threatened to send troops to Syria.")
    assert "138" in {e.cameo for e in events}, code_rules(events)
    assert not any(e.root == "03" for e in events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("ECOWAS gave Niger's junta one week to restore the president or face intervention.", "junta"),
        ("The army gave the rebels 48 hours to surrender.", "rebels"),
        ("The government gave protesters two hours to leave the square.", "protesters"),
    ],
)
def test_period_as_second_object_is_ultimatum(code, text: str, target: str) -> None:
    events = code(text)
    ultimatums = [e for e in events if e.cameo == "139"]
    assert ultimatums, code_rules(events)
    assert ultimatums[0].target is not None and target in ultimatums[0].target.text


@pytest.mark.parametrize(
    "text",
    [
        "The president visited the troops last week.",
        "The minister gave a speech last week.",
    ],
)
def test_time_adverb_after_object_is_no_ultimatum(code, text: str) -> None:
    assert "139" not in {e.cameo for e in code(text)}
