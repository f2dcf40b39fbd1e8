"""Acts CAMEO codes without a target: investigations with no named suspect."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "cameo"), [
    ("Prosecutors in Lima opened an investigation on Monday after a bridge collapse killed twelve people.",
     "091"),
    ("Brazil's federal police launched an investigation into the leak of classified documents.", "091"),
])
def test_targetless_act_is_coded(code, text: str, cameo: str) -> None:  # noqa: ANN001
    events = [e for e in code(text) if e.cameo == cameo]
    assert events, [(e.cameo, e.target) for e in code(text)]
    assert events[0].target is None and events[0].source is not None


def test_a_spacecraft_probe_is_no_investigation(code) -> None:  # noqa: ANN001
    events = code("India's space agency said its lunar probe had landed near the moon's south pole.")
    assert not [e for e in events if e.root == "09"]
