"""Statements without an addressee stay quotes, not dyadic events, unless the user asks for them."""

from __future__ import annotations

from datetime import date

from triadic.config import Settings
from triadic.pipeline import Coder

TEXT = "The Chilean foreign ministry said on Monday that the border would stay open."


def test_untargeted_statement_is_dropped_by_default(nlp: object) -> None:
    coded = Coder(Settings(), nlp=nlp).code_text(TEXT, date(2021, 6, 2))  # type: ignore[arg-type]
    assert not [e for e in coded.events if e.root == "01" and e.target is None]
    # the sentence is still classified as a statement
    assert coded.sentences[0].code is not None and coded.sentences[0].code.startswith("01")


def test_untargeted_statement_kept_on_request(nlp: object) -> None:
    coded = Coder(Settings(untargeted_statements=True), nlp=nlp).code_text(  # type: ignore[arg-type]
        TEXT, date(2021, 6, 2))
    assert [e for e in coded.events if e.root == "01" and e.target is None]


def test_claim_of_responsibility_and_no_comment_keep_no_target(nlp: object) -> None:
    # CAMEO codes these acts without an addressee, so the default keeps them.
    text = ("The Kremlin declined to comment on Tuesday. "
            "The Islamic State group claimed responsibility for the bombing in a statement. "
            "Iran's foreign ministry denied any involvement in the explosion.")
    coded = Coder(Settings(), nlp=nlp).code_text(text, date(2025, 5, 6))  # type: ignore[arg-type]
    assert {e.cameo[:3] for e in coded.events if e.target is None} >= {"011", "015", "016"}
