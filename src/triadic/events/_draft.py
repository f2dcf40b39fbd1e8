"""The draft of an event, and its chain of secondaries: the drafts that say what it says."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from triadic.events._syntax import MentionLike

__all__ = ["_Draft", "_rank", "_superseded", "rule_draft"]


@dataclass(slots=True)
class _Draft:
    """An event before ids, codes and dates are attached."""

    trigger: Token
    code: str
    rule: str
    sources: list[MentionLike]
    targets: list[MentionLike]
    notarget: bool
    reciprocal: bool
    modality: str
    confidence: float
    clause: Token | None
    # the target is the other side of an exchange ("exchanged fire with B"): coded both ways
    mutual: bool = False
    # the draft that says what this one says, as the sentence's event: "agreed to [release] X" is
    # the agreement, "sent aid [to help] X" the sending. This one is coded only if that one is not.
    secondary: _Draft | None = None
    # the act a ban or veto stopped ("vetoed a resolution [demanding] X"): never an event, even when
    # the stopping draft makes none
    stopped: bool = False


def rule_draft(
    trigger: Token,
    code: str,
    rule: str,
    sources: list[MentionLike],
    targets: list[MentionLike],
    *,
    modality: str = "asserted",
    reciprocal: bool = False,
    notarget: bool = False,
) -> _Draft:
    """A draft a rule adds beside the matched ones (a claim, a verdict, an intent): the rules' fixed
    confidence (0.8), and its own trigger as its clause."""
    return _Draft(
        trigger=trigger,
        code=code,
        rule=rule,
        sources=list(sources),
        targets=list(targets),
        notarget=notarget,
        reciprocal=reciprocal,
        modality=modality,
        confidence=0.8,
        clause=trigger,
    )


def _rank(d: _Draft) -> int:
    """How many drafts stand before ``d`` in its chain of secondaries (0 for a primary draft)."""
    n = 0
    cur = d.secondary
    while cur is not None and n < 10:
        n += 1
        cur = cur.secondary
    return n


def _superseded(d: _Draft, coded: set[int]) -> bool:
    """A draft before ``d`` in its chain of secondaries was coded."""
    cur = d.secondary
    for _ in range(10):
        if cur is None:
            return False
        if id(cur) in coded:
            return True
        cur = cur.secondary
    return False
