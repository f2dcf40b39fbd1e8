"""``evaluate``: read gold files, code their texts with triadic, score, and write the error list."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING, Any

from triadic.config import Settings, load_settings
from triadic.errors import ConfigError, InputError, PipelineError
from triadic.evaluate._gold import GOLD_FORMATS, GoldRecord
from triadic.evaluate._predict import (
    SPAN_RULES,
    CoderLike,
    PredArgument,
    PredEvent,
    SpanRule,
    pred_events,
    sentence_arguments,
)
from triadic.evaluate._readers import read_gold
from triadic.evaluate._report import EvaluationReport
from triadic.evaluate._score import Fallback, HeadFinder, score_records
from triadic.model import MODALITIES, CodedArticle

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["evaluate", "spacy_head_finder", "FALLBACKS"]

FALLBACKS = ("majority", "none", "classifier")


def published_date(value: str | None) -> date | None:
    """A gold record's date as the publication date to code it with (ISO or YYYYMMDD), else None.

    The date matters: it resolves "last week", picks the office holder of the day, and keeps old
    events out. A date triadic cannot read codes the record as undated, as a record without one.
    """
    if not value:
        return None
    text = value.strip()
    for fmt, width in (("%Y-%m-%d", 10), ("%Y%m%d", 8)):
        try:
            return datetime.strptime(text[:width], fmt).date()
        except ValueError:
            continue
    return None


def _code_dated(coder: CoderLike, texts: list[str], dates: list[date | None]) -> list[CodedArticle]:
    # Runs of records that share a date are coded together, so an undated gold file is one batch.
    out: list[CodedArticle] = []
    start = 0
    for when, run in groupby(dates):
        n = len(list(run))
        out.extend(coder.code_texts(texts[start:start + n], when))
        start += n
    return out


def spacy_head_finder(nlp: Language, batch_size: int = 64) -> HeadFinder:
    """A HeadFinder that parses each text once and takes each span's syntactic root."""

    def find(texts: list[str], spans: list[list[tuple[int, int]]]) -> list[list[int]]:
        out: list[list[int]] = []
        cache: dict[str, Any] = {}
        unique = list(dict.fromkeys(texts))
        for text, doc in zip(unique, nlp.pipe(unique, batch_size=batch_size), strict=True):
            cache[text] = doc
        for text, ranges in zip(texts, spans, strict=True):
            doc = cache[text]
            heads = []
            for s, e in ranges:
                span = doc.char_span(s, e, alignment_mode="expand")
                heads.append(span.root.idx if span is not None and len(span) else s)
            out.append(heads)
        return out

    return find


def classifier_fallback(settings: Settings) -> Callable[[list[str]], list[int]]:
    """A fallback that asks triadic's learned sentence classifier for the penta class."""
    from triadic.events.classifier import load_classifier

    clf = load_classifier(settings)
    if clf is None:
        raise ConfigError("--fallback classifier needs a trained classifier, and none is available "
                          "(use_classifier is off or no model is installed); train one with 'triadic "
                          "train' or use --fallback majority", code="E208")

    def classifier(texts: list[str]) -> list[int]:
        return [p.penta for p in clf.predict(texts)]

    return classifier


def _realign(tokens: Sequence[str], text: str) -> list[tuple[int, int]]:
    # The coder may return a normalised text; find each token in it, in order.
    out, pos = [], 0
    for tok in tokens:
        at = text.find(tok, pos)
        if at < 0:
            at = pos
        out.append((at, at + len(tok)))
        pos = at + len(tok)
    return out


def _modalities(modality: Sequence[str] | None) -> frozenset[str] | None:
    """The modalities to score, checked against the model's; None keeps every event."""
    if modality is None:
        return None
    wanted = frozenset(m.strip().lower() for m in modality if m.strip())
    unknown = sorted(wanted - set(MODALITIES))
    if unknown or not wanted:
        raise ConfigError(f"unknown modality {', '.join(repr(u) for u in unknown) or '(none given)'} for "
                          f"--modality; expected a comma-separated list of {', '.join(MODALITIES)}",
                          code="E210")
    return wanted


def evaluate(
    paths: Sequence[str | Path],
    gold_format: str = "auto",
    *,
    coder: CoderLike | None = None,
    settings: Settings | None = None,
    limit: int | None = None,
    errors: str | Path | None = None,
    fallback: Fallback = "majority",
    strict: bool = False,
    head_finder: HeadFinder | None = None,
    chunk: int = 256,
    progress: Callable[[int, int], None] | None = None,
    span_rule: SpanRule = "main",
    modality: Sequence[str] | None = None,
) -> EvaluationReport:
    """Score triadic against gold files and return the report.

    Args:
        paths: gold files; each is read with ``gold_format`` (``auto`` detects it per file).
        coder: the coder to evaluate; a :class:`triadic.pipeline.Coder` built from ``settings`` if None.
        limit: score only the first ``limit`` records of each file.
        errors: write each missed, false and mismatched event (and class or span error) as JSONL here.
        fallback: label for sentences where nothing was coded, for the fallback class scores:
            ``majority`` (most frequent gold class), ``none`` (counted wrong), ``classifier``
            (triadic's learned sentence classifier) or any callable ``texts -> penta classes``.
        strict: unknown gold labels are errors instead of skipped and reported.
        head_finder: finds span heads for actor-span gold; spaCy's parse if None.
        progress: called with (records coded, total) after each chunk.
        span_rule: the spans actor-span gold is scored with: ``main`` (events at each sentence's main
            trigger, else its argument phrases), ``events`` (every event, else the argument phrases)
            or ``arguments`` (the argument phrases, else the events); see docs/evaluate.md.
        modality: score only coded events of these modalities (``asserted``, ``planned``,
            ``hypothetical``, ``negated``); all if None. CAMEO gold codes no negated events, so
            ``asserted, planned, hypothetical`` compares like with like.
    """
    if not paths:
        raise InputError("no gold files given; pass one or more files to evaluate", code="E094")
    if gold_format != "auto" and gold_format not in GOLD_FORMATS:
        raise ConfigError(f"unknown gold format '{gold_format}'; expected auto or one of "
                          f"{', '.join(GOLD_FORMATS)}", code="E202")
    if limit is not None and limit < 1:
        raise ConfigError(f"--limit must be a positive number of records, got {limit}", code="E203")
    if not callable(fallback) and fallback not in FALLBACKS:
        raise ConfigError(f"unknown fallback '{fallback}'; expected {' or '.join(FALLBACKS)}", code="E207")
    if span_rule not in SPAN_RULES:
        raise ConfigError(f"unknown span rule '{span_rule}'; expected {', '.join(SPAN_RULES)}", code="E209")
    kept = _modalities(modality)
    started = time.perf_counter()
    if fallback == "classifier":
        fallback = classifier_fallback(settings or load_settings())
    golds = [read_gold(p, gold_format, strict=strict) for p in paths]
    records: list[GoldRecord] = []
    for g in golds:
        records.extend(g.records[:limit] if limit else g.records)
    report = EvaluationReport(files=[str(g.path) for g in golds], formats=sorted({g.format for g in golds}),
                              limit=limit, skipped=[s for g in golds for s in g.skipped],
                              modality=None if kept is None else sorted(kept))
    errors_path = Path(errors) if errors is not None else None
    if errors_path is not None and not errors_path.parent.is_dir():
        raise InputError(f"cannot write errors to '{errors_path}': folder '{errors_path.parent}' "
                         f"does not exist", code="E206")
    if coder is None:
        from triadic.pipeline import Coder

        coder = Coder(settings or load_settings())
    texts = [r.text for r in records]
    dates = [published_date(r.date) for r in records]
    preds: list[list[PredEvent]] = []
    classes: list[str | None] = []
    arguments: list[list[PredArgument]] = []
    coded_texts: list[str] = []
    for i in range(0, len(texts), chunk):
        part = texts[i:i + chunk]
        coded = _code_dated(coder, part, dates[i:i + chunk])
        if len(coded) != len(part):
            raise PipelineError(f"the coder returned {len(coded)} results for {len(part)} texts; "
                                f"expected one per text", code="E205")
        preds.extend(pred_events([e for e in c.events if kept is None or e.modality in kept]) for c in coded)
        # what each text is mainly about, from sentence classification (set even where no dyad resolved)
        classes.extend(getattr(c, "main_code", None) for c in coded)
        coded_texts.extend(c.article.text for c in coded)
        arguments.extend(sentence_arguments(c) for c in coded)
        if progress is not None:
            progress(len(preds), len(texts))
    offsets = [
        None if r.token_offsets is None else r.token_offsets if ct == r.text else _realign(r.tokens or [], ct)
        for r, ct in zip(records, coded_texts, strict=True)
    ]
    if head_finder is None and any(r.spans is not None for r in records):
        from triadic.nlp import load_pipeline

        nlp = getattr(coder, "nlp", None) or load_pipeline((settings or load_settings()).spacy_model)
        head_finder = spacy_head_finder(nlp)
    rows = score_records(records, preds, report, offsets=offsets, fallback=fallback, head_finder=head_finder,
                         classes=classes, arguments=arguments, span_rule=span_rule)
    if errors_path is not None:
        try:
            with errors_path.open("w", encoding="utf-8") as fh:
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        except OSError as exc:
            raise InputError(f"cannot write errors to '{errors_path}': {exc.strerror}", code="E206") from exc
        report.errors_written = len(rows)
    report.seconds = time.perf_counter() - started
    return report
