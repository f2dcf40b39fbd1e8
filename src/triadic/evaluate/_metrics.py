"""Metrics: event-set P/R/F1, class scores with coverage, actor accuracy, actor-span P/R/F1.

Everything here is a pure function of gold and predicted items, so it is tested on tiny cases
computed by hand.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from triadic.evaluate._gold import GoldActor, GoldEvent, GoldSpan
from triadic.evaluate._predict import PredActor, PredEvent

__all__ = [
    "PRF",
    "ClassScores",
    "ActorScores",
    "multiset_counts",
    "class_scores",
    "align",
    "actor_scores",
    "span_keys",
    "actor_match",
]


def _r(x: float) -> float:
    return round(x, 4)


@dataclass(slots=True)
class PRF:
    """True/false positive and false negative counts, micro-averaged into P, R and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def to_dict(self) -> dict[str, Any]:
        return {"p": _r(self.p), "r": _r(self.r), "f1": _r(self.f1), "tp": self.tp, "fp": self.fp,
                "fn": self.fn}


def multiset_counts(gold: Iterable[Hashable], pred: Iterable[Hashable]) -> tuple[int, int, int]:
    """(tp, fp, fn) of two multisets: each predicted item can match one gold item."""
    g, p = Counter(gold), Counter(pred)
    tp = sum((g & p).values())
    return tp, sum(p.values()) - tp, sum(g.values()) - tp


@dataclass(slots=True)
class ClassScores:
    """Single-label classification scores over the sentences that have a prediction.

    ``confusion[gold][pred]`` counts sentences; ``per_class`` has P/R/F1 and support by label.
    """

    n: int
    accuracy: float
    macro_f1: float
    per_class: dict[str, dict[str, float]] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_dict(self, *, detail: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"n": self.n, "accuracy": _r(self.accuracy), "macro_f1": _r(self.macro_f1)}
        if detail:
            out["per_class"] = self.per_class
            out["confusion"] = self.confusion
        return out


def class_scores(gold: Sequence[Hashable], pred: Sequence[Hashable | None],
                 labels: Sequence[Hashable] | None = None) -> ClassScores:
    """Accuracy and macro-F1; a None prediction ("coded nothing") is always wrong.

    Macro-F1 averages over the labels that occur in gold or predictions (restricted to ``labels``
    when given); None is never one of them.
    """
    if len(gold) != len(pred):
        raise ValueError("gold and predictions differ in length")
    n = len(gold)
    present = {g for g in gold} | {p for p in pred if p is not None}
    used = [lab for lab in labels if lab in present] if labels is not None else sorted(present, key=str)
    per: dict[str, dict[str, float]] = {}
    f1s = []
    for lab in used:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p != lab)
        s = PRF(tp, fp, fn)
        per[str(lab)] = {"p": _r(s.p), "r": _r(s.r), "f1": _r(s.f1), "support": tp + fn}
        f1s.append(s.f1)
    confusion: dict[str, dict[str, int]] = {}
    for g, p in zip(gold, pred, strict=True):
        row = confusion.setdefault(str(g), {})
        key = "none" if p is None else str(p)
        row[key] = row.get(key, 0) + 1
    correct = sum(1 for g, p in zip(gold, pred, strict=True) if g == p)
    return ClassScores(n=n, accuracy=correct / n if n else 0.0, macro_f1=float(np.mean(f1s)) if f1s else 0.0,
                       per_class=per, confusion=confusion)


def actor_match(gold: Sequence[GoldActor], pred: PredActor | None, *, with_role: bool) -> bool:
    """Does the coded actor equal any of the gold alternatives (by country, or country and role)?"""
    if pred is None:
        return False
    for g in gold:
        if g.country != pred.country:
            continue
        if not with_role or (g.role or None) == (pred.role or None):
            return True
    return False


def _pair_score(g: GoldEvent, p: PredEvent) -> float:
    if g.code:
        if g.root != p.root:
            return 0.0
        score = 2.0 + (g.code3 == p.code3) + (g.code == p.code)
    elif g.plover:
        if g.plover != p.plover:
            return 0.0
        score = 2.0
    else:
        return 0.0
    # Prefer pairing events whose actors agree, so actor accuracy is not hurt by an arbitrary pairing.
    score += 0.5 * actor_match(g.sources, p.source, with_role=False)
    score += 0.5 * actor_match(g.targets, p.target, with_role=False)
    return score


def align(gold: Sequence[GoldEvent], pred: Sequence[PredEvent],
          score: Callable[[GoldEvent, PredEvent], float] = _pair_score) -> list[tuple[int, int]]:
    """Best one-to-one pairing of gold and coded events that share a root (or PLOVER type)."""
    if not gold or not pred:
        return []
    m = np.array([[score(g, p) for p in pred] for g in gold])
    rows, cols = linear_sum_assignment(m, maximize=True)
    return [(int(i), int(j)) for i, j in zip(rows, cols, strict=True) if m[i, j] > 0]


@dataclass(slots=True)
class ActorScores:
    """Actor accuracy over the actor slots of paired events whose gold slot is annotated."""

    n: int = 0
    country: int = 0
    role: int = 0
    by_slot: dict[str, list[int]] = field(default_factory=lambda: {"source": [0, 0], "target": [0, 0]})

    def add(self, slot: str, gold: Sequence[GoldActor], pred: PredActor | None) -> None:
        if not gold or all(g.country is None for g in gold):
            return  # not annotated, nothing to score
        ok = actor_match(gold, pred, with_role=False)
        self.n += 1
        self.country += ok
        self.role += actor_match(gold, pred, with_role=True)
        self.by_slot[slot][0] += ok
        self.by_slot[slot][1] += 1

    def to_dict(self) -> dict[str, Any]:
        def acc(a: int, b: int) -> float:
            return _r(a / b) if b else 0.0

        return {
            "country": acc(self.country, self.n), "role": acc(self.role, self.n), "n": self.n,
            "source_country": acc(*self.by_slot["source"]), "target_country": acc(*self.by_slot["target"]),
        }


def actor_scores(pairs: Iterable[tuple[GoldEvent, PredEvent]],
                 into: ActorScores | None = None) -> ActorScores:
    """Accumulate actor accuracy over paired (gold, coded) events."""
    out = into or ActorScores()
    for g, p in pairs:
        out.add("source", g.sources, p.source)
        out.add("target", g.targets, p.target)
    return out


def span_keys(spans: Sequence[GoldSpan],
              heads: Sequence[int] | None = None) -> tuple[list[Hashable], list[Hashable]]:
    """Exact keys (role, start, end) and head keys (role, head token) of one sentence's spans.

    Args:
        heads: the head token index of each span; without it the span's last token is its head.
    """
    exact: list[Hashable] = [(s.role, s.start, s.end) for s in spans]
    hs = heads if heads is not None else [s.end - 1 for s in spans]
    head: list[Hashable] = [(s.role, h) for s, h in zip(spans, hs, strict=True)]
    return exact, head
