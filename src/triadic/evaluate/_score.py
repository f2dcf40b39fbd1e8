"""Score coded events against gold records: fills an EvaluationReport and lists each error."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from triadic.evaluate._gold import GoldEvent, GoldRecord, GoldSpan
from triadic.evaluate._metrics import (
    PRF,
    ActorScores,
    actor_match,
    actor_scores,
    align,
    class_scores,
    multiset_counts,
    span_keys,
)
from triadic.evaluate._predict import PredArgument, PredEvent, SpanRule, main_event, record_spans
from triadic.evaluate._report import ClassSection, EvaluationReport, PloverSection, SpanSection
from triadic.events.codebook import penta_of_root

__all__ = ["Fallback", "HeadFinder", "score_records", "STATEMENT", "PENTA_TO_QUAD"]

# A fallback for sentences where triadic coded nothing: "majority" (the most frequent gold class of
# the evaluated sentences, the usual majority baseline), "none" (left wrong), or a classifier that
# returns a penta class 0-4 for each text.
Fallback = str | Callable[[list[str]], list[int]]
# Given texts and character spans in each, return the character offset of each span's head word.
HeadFinder = Callable[[list[str], list[list[tuple[int, int]]]], list[list[int]]]
STATEMENT = "STATEMENT"  # the PLOVER-type label of CAMEO 01x statements, which PLOVER has no type for
PENTA_TO_QUAD = {0: 1, 1: 1, 2: 2, 3: 3, 4: 4}


def _first_country(actors: Sequence[Any]) -> str | None:
    return actors[0].country if actors else None


def _triple_gold(e: GoldEvent) -> Hashable:
    return (_first_country(e.sources), _first_country(e.targets), e.root)


def _triple_pred(e: PredEvent) -> Hashable:
    return (e.source.country if e.source else None, e.target.country if e.target else None, e.root)


@dataclass(slots=True)
class _Acc:
    """Running totals across records."""

    root: PRF = field(default_factory=PRF)
    code3: PRF = field(default_factory=PRF)
    code: PRF = field(default_factory=PRF)
    triple: PRF = field(default_factory=PRF)
    per_root: dict[str, PRF] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    actor: ActorScores = field(default_factory=ActorScores)
    any_codes: bool = False
    any_triples: bool = False
    any_actors: bool = False
    gold_events: int = 0
    pred_events: int = 0
    plover_events: PRF = field(default_factory=PRF)
    plover_gold: list[str] = field(default_factory=list)
    plover_pred: list[str] = field(default_factory=list)
    plover_n: int = 0
    any_plover: bool = False


def _known(actors: Sequence[Any]) -> bool:
    # A slot is scored only when the gold names a country (as ActorScores does).
    return any(a.country is not None for a in actors)


def _confusion_pairs(gold: Sequence[GoldEvent], pred: Sequence[PredEvent]) -> list[tuple[int, int]]:
    # Unlike the scoring alignment, pair events across roots (preferring same root and same actors)
    # so that the confusion matrix shows which roots are mistaken for which.
    def score(g: GoldEvent, p: PredEvent) -> float:
        return (0.1 + 3 * (g.root == p.root) + actor_match(g.sources, p.source, with_role=False)
                + actor_match(g.targets, p.target, with_role=False))

    return align(gold, pred, score)


def _events(rec: GoldRecord, pred: list[PredEvent], acc: _Acc, errors: list[dict[str, Any]]) -> None:
    gold = rec.events or []
    if rec.has_codes:
        acc.any_codes = True
        acc.gold_events += len(gold)
        acc.pred_events += len(pred)
        acc.root.add(*multiset_counts([g.root for g in gold], [p.root for p in pred]))
        acc.code3.add(*multiset_counts([g.code3 for g in gold], [p.code3 for p in pred]))
        acc.code.add(*multiset_counts([g.code for g in gold], [p.code for p in pred]))
        groots, proots = Counter(g.root or "" for g in gold), Counter(p.root for p in pred)
        for r in set(groots) | set(proots):
            tp = min(groots[r], proots[r])
            acc.per_root.setdefault(r, PRF()).add(tp, proots[r] - tp, groots[r] - tp)
        pairs = _confusion_pairs(gold, pred)
        for gi, pi in pairs:
            row = acc.confusion.setdefault(gold[gi].root or "", {})
            row[pred[pi].root] = row.get(pred[pi].root, 0) + 1
        for gi in set(range(len(gold))) - {g for g, _ in pairs}:
            row = acc.confusion.setdefault(gold[gi].root or "", {})
            row["none"] = row.get("none", 0) + 1
        for pi in set(range(len(pred))) - {p for _, p in pairs}:
            row = acc.confusion.setdefault("none", {})
            row[pred[pi].root] = row.get(pred[pi].root, 0) + 1
        if rec.has_actors:
            acc.any_triples = True
            acc.triple.add(*multiset_counts([_triple_gold(g) for g in gold], [_triple_pred(p) for p in pred]))
    if rec.has_plover:
        acc.any_plover = True
        acc.plover_events.add(*multiset_counts([g.plover for g in gold if g.plover],
                                               [p.plover for p in pred if p.plover]))
        if gold:
            acc.plover_n += 1
            top = main_event(pred)
            if top is not None:
                acc.plover_gold.append(gold[0].plover or STATEMENT)
                acc.plover_pred.append(top.plover or STATEMENT)
    if not (rec.has_codes or rec.has_plover):
        return
    paired = align(gold, pred)
    if rec.has_actors:
        acc.any_actors = True
        actor_scores(((gold[g], pred[p]) for g, p in paired), into=acc.actor)
    base = {"file": rec.file, "line": rec.line, "record": rec.id, "text": rec.text}
    for gi, pi in paired:
        g, p = gold[gi], pred[pi]
        differs = [k for k, bad in (
            ("code", bool(g.code) and g.code != p.code),
            ("source", _known(g.sources) and not actor_match(g.sources, p.source, with_role=True)),
            ("target", _known(g.targets) and not actor_match(g.targets, p.target, with_role=True)),
        ) if bad]
        if differs:
            errors.append({**base, "kind": "mismatch", "differs": differs, "gold": g.to_dict(),
                           "predicted": p.to_dict()})
    for gi in sorted(set(range(len(gold))) - {g for g, _ in paired}):
        errors.append({**base, "kind": "missed", "gold": gold[gi].to_dict(), "predicted": None})
    for pi in sorted(set(range(len(pred))) - {p for _, p in paired}):
        errors.append({**base, "kind": "false", "gold": None, "predicted": pred[pi].to_dict()})


def _fallback_labels(strategy: Fallback, gold: list[int], texts: list[str]) -> tuple[str, list[int | None]]:
    """The name of the fallback and its label for each of ``texts``."""
    if callable(strategy):
        labels = list(strategy(texts)) if texts else []
        return getattr(strategy, "__name__", "classifier"), [int(x) for x in labels]
    if strategy == "majority":
        top = min(Counter(gold).items(), key=lambda kv: (-kv[1], kv[0]))[0] if gold else None
        return "majority", [top] * len(texts)
    return "none", [None] * len(texts)


def _class_section(gold: list[int], pred: list[int | None], anyhit: list[bool], fallback: list[int | None],
                   strategy: str, labels: Sequence[int]) -> ClassSection:
    covered = [i for i, p in enumerate(pred) if p is not None]
    fb = [p if p is not None else fallback[i] for i, p in enumerate(pred)]
    uncovered_labels = {fallback[i] for i, p in enumerate(pred) if p is None}
    return ClassSection(
        n=len(gold),
        covered=class_scores([gold[i] for i in covered], [pred[i] for i in covered], labels),
        fallback=class_scores(gold, fb, labels),
        strict=class_scores(gold, pred, labels),
        fallback_strategy=strategy,
        fallback_label=(str(next(iter(uncovered_labels))) if len(uncovered_labels) == 1
                        and None not in uncovered_labels else None),
        any_accuracy=sum(anyhit[i] for i in covered) / len(covered) if covered else 0.0,
    )


def _scheme(rec: GoldRecord) -> Literal["cameo", "phoenix"]:
    return "phoenix" if rec.penta_scheme == "phoenix" else "cameo"


def _class_root(i: int, preds: Sequence[list[PredEvent]], classes: Sequence[str | None] | None) -> str | None:
    """The root a text is classified under: its sentence code, else its main event's root."""
    if classes is not None and classes[i]:
        return classes[i][:2]  # type: ignore[index]
    top = main_event(preds[i])
    return top.root if top else None


def _classes(records: Sequence[GoldRecord], preds: Sequence[list[PredEvent]], fallback: Fallback,
             report: EvaluationReport, classes: Sequence[str | None] | None = None) -> None:
    idx = [i for i, r in enumerate(records) if r.label is not None]
    if not idx:
        return
    gold = [int(records[i].label) for i in idx]  # type: ignore[arg-type]
    pred: list[int | None] = []
    anyhit: list[bool] = []
    for i, g in zip(idx, gold, strict=True):
        root = _class_root(i, preds, classes)
        scheme = _scheme(records[i])
        pred.append(penta_of_root(root, scheme) if root else None)
        anyhit.append(any(penta_of_root(p.root, scheme) == g for p in preds[i]))
    uncovered_texts = [records[i].text for i, p in zip(idx, pred, strict=True) if p is None]
    name, fb_uncovered = _fallback_labels(fallback, gold, uncovered_texts)
    it = iter(fb_uncovered)
    fb_penta: list[int | None] = [next(it) if p is None else None for p in pred]
    report.penta = _class_section(gold, pred, anyhit, fb_penta, name, (0, 1, 2, 3, 4))
    gq = [PENTA_TO_QUAD[g] for g in gold]
    pq: list[int | None] = [PENTA_TO_QUAD[p] if p is not None else None for p in pred]
    anyq = [any(PENTA_TO_QUAD[penta_of_root(p.root, _scheme(records[i]))] == PENTA_TO_QUAD[g]
                for p in preds[i])
            for i, g in zip(idx, gold, strict=True)]
    if name == "majority":
        _, fq = _fallback_labels("majority", gq, uncovered_texts)
        it = iter(fq)
        fb_quad: list[int | None] = [next(it) if p is None else None for p in pq]
    else:
        fb_quad = [PENTA_TO_QUAD[f] if f is not None else None for f in fb_penta]
    report.quad = _class_section(gq, pq, anyq, fb_quad, name, (1, 2, 3, 4))


def _head_tokens(offsets: Sequence[tuple[int, int]], heads: Sequence[int]) -> list[int]:
    out = []
    for h in heads:
        idx = next((i for i, (s, e) in enumerate(offsets) if s <= h < e), None)
        if idx is None:  # between tokens: the token before
            idx = max((i for i, (s, _) in enumerate(offsets) if s <= h), default=0)
        out.append(idx)
    return out


def _spans(records: Sequence[GoldRecord], preds: Sequence[list[PredEvent]], offsets: Sequence[Any],
           head_finder: HeadFinder | None, report: EvaluationReport, errors: list[dict[str, Any]],
           arguments: Sequence[Sequence[PredArgument]] | None = None, rule: SpanRule = "main") -> None:
    idx = [i for i, r in enumerate(records) if r.spans is not None]
    if not idx:
        return
    sec = SpanSection(n=len(idx))
    gold_spans = [records[i].spans or [] for i in idx]
    pred_spans = [record_spans(preds[i], arguments[i] if arguments is not None else (), offsets[i],
                               records[i].tokens, rule) for i in idx]

    def chars(i: int, spans: Sequence[GoldSpan]) -> list[tuple[int, int]]:
        off = offsets[i]
        return [(off[s.start][0], off[s.end - 1][1]) for s in spans]

    gheads: list[list[int] | None] = [None] * len(idx)
    pheads: list[list[int] | None] = [None] * len(idx)
    if head_finder is not None:
        texts = [records[i].text for i in idx] * 2
        ranges = [chars(i, s) for i, s in zip(idx, gold_spans, strict=True)]
        ranges += [chars(i, s) for i, s in zip(idx, pred_spans, strict=True)]
        found = head_finder(texts, ranges)
        half = len(idx)
        gheads = [_head_tokens(offsets[i], h) for i, h in zip(idx, found[:half], strict=True)]
        pheads = [_head_tokens(offsets[i], h) for i, h in zip(idx, found[half:], strict=True)]
    for k, i in enumerate(idx):
        gs, ps = gold_spans[k], pred_spans[k]
        gex, ghd = span_keys(gs, gheads[k])
        pex, phd = span_keys(ps, pheads[k])
        for role in ("S", "T", "R"):
            sec.exact[role].add(*multiset_counts([x for x in gex if x[0] == role],  # type: ignore[index]
                                                 [x for x in pex if x[0] == role]))  # type: ignore[index]
            sec.head[role].add(*multiset_counts([x for x in ghd if x[0] == role],  # type: ignore[index]
                                                [x for x in phd if x[0] == role]))  # type: ignore[index]
        sec.exact["all"].add(*multiset_counts(gex, pex))
        sec.head["all"].add(*multiset_counts(ghd, phd))
        toks = records[i].tokens or []
        base = {"file": records[i].file, "line": records[i].line, "record": records[i].id,
                "text": records[i].text}
        gset, pset = Counter(gex), Counter(pex)
        for s, key in zip(gs, gex, strict=True):
            if pset[key] > 0:
                pset[key] -= 1
            else:
                errors.append({**base, "kind": "span_missed", "role": s.role,
                               "span": " ".join(toks[s.start:s.end]), "tokens": [s.start, s.end]})
        for s, key in zip(ps, pex, strict=True):
            if gset[key] > 0:
                gset[key] -= 1
            else:
                errors.append({**base, "kind": "span_false", "role": s.role,
                               "span": " ".join(toks[s.start:s.end]), "tokens": [s.start, s.end]})
    report.spans = sec


def score_records(records: Sequence[GoldRecord], preds: Sequence[list[PredEvent]], report: EvaluationReport,
                  *, offsets: Sequence[Any] | None = None, fallback: Fallback = "majority",
                  head_finder: HeadFinder | None = None,
                  classes: Sequence[str | None] | None = None,
                  arguments: Sequence[Sequence[PredArgument]] | None = None,
                  span_rule: SpanRule = "main") -> list[dict[str, Any]]:
    """Fill ``report`` with every metric the records support; return one error row per miss.

    Args:
        classes: per record, the CAMEO code sentence classification gave it (None where none); the
            class metrics use it before the main event.
        offsets: per record, the token offsets into the coded text (for span gold); defaults to
            each record's own ``token_offsets``.
        arguments: per record, its sentences' main-trigger argument phrases: span gold is scored
            with them where a record has no event at a main trigger, and event actors widen to them.
        span_rule: which predicted spans span gold is scored with (see ``record_spans``).
    """
    errors: list[dict[str, Any]] = []
    acc = _Acc()
    report.n = len(records)
    report.covered = sum(1 for p in preds if p)
    for rec, pred in zip(records, preds, strict=True):
        if rec.events is not None:
            _events(rec, pred, acc, errors)
    if acc.any_codes:
        report.root, report.code3, report.code = acc.root, acc.code3, acc.code
        report.per_root, report.root_confusion = acc.per_root, acc.confusion
        report.gold_events, report.pred_events = acc.gold_events, acc.pred_events
        if acc.any_triples:
            report.triple = acc.triple
    if acc.any_actors:
        report.actor = acc.actor
    if acc.any_plover:
        report.plover = PloverSection(n=acc.plover_n, covered=class_scores(acc.plover_gold, acc.plover_pred),
                                      events=acc.plover_events)
    _classes(records, preds, fallback, report, classes)
    for i, (rec, pred) in enumerate(zip(records, preds, strict=True)):
        if rec.label is None or rec.events is not None:
            continue  # event gold already lists its misses event by event
        root = _class_root(i, preds, classes)
        got = penta_of_root(root, _scheme(rec)) if root else None
        if got != rec.label:
            errors.append({"file": rec.file, "line": rec.line, "record": rec.id, "text": rec.text,
                           "kind": "class" if root else "uncovered", "gold": rec.label, "predicted": got,
                           "events": [p.to_dict() for p in pred]})
    _spans(records, preds, offsets or [r.token_offsets for r in records], head_finder, report, errors,
           arguments, span_rule)
    return errors
