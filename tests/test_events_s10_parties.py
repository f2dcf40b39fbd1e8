"""Session 10 party rules in coding: a force posture faces the state across a border, not a place at home;
an attack on a held site hits its holder; an outlet's titled official is its country's."""

from __future__ import annotations

import pytest
from tests._events_fake import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Ecuador sent troops to the province of Sucumbios, near its border with Colombia.", "ECU", "COL"),
    ("Sudan's army sent reinforcements to Kassala near the border with Eritrea.", "SDNMIL", "ERI"),
])
def test_posture_faces_state_across_border(code, text: str, source: str, target: str) -> None:
    got = dyads(code(text))
    assert (source, "15", target) in got, got


def test_attack_on_manned_checkpoint_hits_its_holder(code) -> None:
    got = dyads(code("A suicide bomber blew himself up at a checkpoint manned by Syrian soldiers near Homs, "
                     "killing four."))
    assert any(t == "SYRMIL" and r == "18" for _, r, t in got), got


def test_outlet_titled_official_in_call(code) -> None:
    got = dyads(code("Prime Minister Ahmed Salem received a phone call on Monday from Oman's foreign "
                     "minister, the Qatar News Agency reported."))
    assert ("OMNGOV", "04", "QATGOV") in got, got
