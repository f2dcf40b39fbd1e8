"""Score triadic against the field's gold standards: readers for each gold format, metrics, a runner.

``evaluate(paths, gold_format="auto")`` returns an :class:`EvaluationReport`; its ``to_dict()``
has stable keys (``n``, ``coverage``, ``root``, ``code``, ``triple``, ``penta``, ``plover``,
``actor``, ...), holding only the metrics the gold supports.
"""

from triadic.evaluate._gold import (
    GOLD_FORMATS,
    GoldActor,
    GoldEvent,
    GoldRecord,
    GoldSet,
    GoldSpan,
    Skipped,
    gold_actor,
)
from triadic.evaluate._labels import PLOVER_LEGACY, PLOVER_TYPES, normalise_plover
from triadic.evaluate._metrics import (
    PRF,
    ActorScores,
    ClassScores,
    actor_scores,
    align,
    class_scores,
    multiset_counts,
    span_keys,
)
from triadic.evaluate._predict import (
    CoderLike,
    PredActor,
    PredArgument,
    PredEvent,
    event_spans,
    main_event,
    pred_events,
    record_spans,
    sentence_arguments,
)
from triadic.evaluate._read_conflibert import detokenize
from triadic.evaluate._readers import detect_format, read_gold
from triadic.evaluate._report import (
    ClassSection,
    EvaluationReport,
    PloverSection,
    SpanSection,
    flat_rows,
    render_table,
)
from triadic.evaluate._runner import FALLBACKS, classifier_fallback, evaluate, spacy_head_finder
from triadic.evaluate._score import STATEMENT, Fallback, HeadFinder, score_records

__all__ = [
    "evaluate",
    "EvaluationReport",
    "ClassSection",
    "PloverSection",
    "SpanSection",
    "render_table",
    "flat_rows",
    "read_gold",
    "detect_format",
    "GOLD_FORMATS",
    "FALLBACKS",
    "Fallback",
    "HeadFinder",
    "GoldActor",
    "GoldEvent",
    "GoldRecord",
    "GoldSet",
    "GoldSpan",
    "Skipped",
    "gold_actor",
    "PLOVER_TYPES",
    "PLOVER_LEGACY",
    "normalise_plover",
    "PRF",
    "ActorScores",
    "ClassScores",
    "actor_scores",
    "align",
    "class_scores",
    "multiset_counts",
    "span_keys",
    "CoderLike",
    "PredActor",
    "PredEvent",
    "pred_events",
    "main_event",
    "event_spans",
    "PredArgument",
    "record_spans",
    "sentence_arguments",
    "detokenize",
    "score_records",
    "spacy_head_finder",
    "classifier_fallback",
    "STATEMENT",
]
