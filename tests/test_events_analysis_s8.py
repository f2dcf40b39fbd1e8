"""Analysis-register modality: yes/no questions and capacity phrases assert no act."""

from __future__ import annotations

import pytest

from triadic.model import Event


def _modalities(events: list[Event], root: str) -> list[str]:
    return [e.modality for e in events if e.root == root]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Did Egypt expel the Sudanese envoy last week?", "17"),
        ("Does Algeria still back the rebels in the north?", "05"),
        ("Will Chile recall its ambassador from Peru?", "16"),
        ("Has Norway condemned Iran over the raid?", "11"),
    ],
)
def test_yes_no_question_is_hypothetical(code, text: str, root: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in code(text) if e.root == root]
    assert found, [(e.cameo, e.modality) for e in code(text)]
    assert all(e.modality == "hypothetical" for e in found), [(e.cameo, e.modality) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Egypt expelled the Sudanese envoy last week.",
        # a wh-question takes the act as given: the expulsion happened, the question is why
        "Why did Egypt expel the Sudanese envoy?",
        # a statement that only ends with a question someone asked is not inverted
        "Egypt expelled the Sudanese envoy, and Khartoum asked why?",
    ],
)
def test_statements_and_wh_questions_stay_asserted(code, text: str) -> None:  # type: ignore[no-untyped-def]
    hits = [e.modality for e in code(text) if e.root == "17"]
    assert hits and hits[0] == "asserted", [(e.cameo, e.modality) for e in code(text)]


def test_capacity_adjective_is_not_an_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Venezuela is capable of shelling Guyana's border posts.")
    assert events, "the capacity phrase should still name the act, as a possibility"
    assert all(e.modality == "hypothetical" for e in events), [(e.cameo, e.modality) for e in events]
    done = code("Venezuela shelled Guyana's border posts.")
    assert any(e.modality == "asserted" for e in done), [(e.cameo, e.modality) for e in done]


def test_incapacity_denies_the_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenya is incapable of stopping the raids by Somali militants.")
    shown = [(e.cameo, e.modality) for e in events]
    assert events and not any(e.modality in ("asserted", "planned") for e in events), shown
