"""Time expressions in a sentence, resolved against the publication date, and event dates.

Offsets in :class:`TimeExpr` are character offsets into the Doc's text (``Span.start_char``
convention), so for a Doc of ``Article.text`` they are article offsets.

Direction. Expressions that do not say which way to look ("on Wednesday", "in April", "the
weekend", "March 26") are resolved by the tense of the verb they attach to: past tense looks
back (the reference day counts), future, modal and "plans to"-style chains look ahead, and
anything else takes the nearest candidate. :func:`assign_event_date` uses the event's modality
as well: a planned or hypothetical event looks ahead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from triadic.nlp._docs import doc_text
from triadic.nlp._timex_rules import Direction, RawMatch, lexicon, resolve, scan

__all__ = ["TimeExpr", "find_time_expressions", "assign_event_date", "direction_of"]

# Dependency labels that open a new clause: a time expression beyond one does not date the trigger.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "conj", "csubj", "pcomp"})
_VERBAL = frozenset({"VERB", "AUX"})


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression and the period it names.

    Args:
        date: the first day of the period.
        precision: ``day``, ``week``, ``month`` or ``year``; parts of a month ("late last month")
            are ``month`` and parts of a year or seasons ("this spring") are ``year``, with the
            exact range in ``end_date``.
        end_date: the last day of the period; None for a single day.
    """

    text: str
    start_char: int
    end_char: int
    date: dt.date
    precision: str
    end_date: dt.date | None = None


def find_time_expressions(span: Span | Doc, ref_date: date | None) -> list[TimeExpr]:
    """Every time expression in ``span`` that can be resolved, in text order.

    With ``ref_date`` None only absolute expressions ("March 26, 2018", "2018-03-26", "in 2018")
    are returned.
    """
    return [expr for expr, _ in _find(span, ref_date, None)]


# the last sentence's candidates, with its doc and (doc length, span, reference date, direction); swapped as
# one tuple so that a reader never pairs a doc with another doc's candidates
_LAST_FOUND: list[tuple[Doc | None, tuple[object, ...], list[tuple[TimeExpr, RawMatch]]]] = [(None, (), [])]


def assign_event_date(sent: Span, trigger: Token, ref_date: date | None,
                      modality: str) -> tuple[date | None, str | None]:
    """The date and precision of the event whose trigger is ``trigger``.

    The rule (see docs/ingest.md): the time expression attached to the trigger, else the nearest
    one in the trigger's clause, resolved in the direction the modality and tense give. With no
    time expression, an asserted or negated event takes the publication date with precision
    ``day`` (news reports what happened since the last edition); a planned or hypothetical event
    gets no date. With no publication date, only an absolute date in the sentence dates an event.
    """
    forward = modality in ("planned", "hypothetical")
    override: Direction = "future" if forward else None
    # the events of one sentence ask in turn, mostly with the same reference date and direction
    doc = sent.doc
    key = (len(doc), sent.start, sent.end, ref_date, override)
    last_doc, last_key, candidates = _LAST_FOUND[0]
    if last_doc is not doc or last_key != key:
        candidates = _find(sent, ref_date, override)
        _LAST_FOUND[0] = (doc, key, candidates)
    best: tuple[int, int, TimeExpr] | None = None
    for expr, raw in candidates:
        rank = _attachment(sent, raw, trigger)
        if rank is None:
            continue
        distance = abs(_token_at(sent, raw.start).i - trigger.i)
        if best is None or (rank, distance) < best[:2]:
            best = (rank, distance, expr)
    if best is not None:
        return best[2].date, best[2].precision
    if ref_date is None or forward:
        return None, None
    return ref_date, "day"


def direction_of(token: Token) -> Direction:
    """Whether the verb (or event noun) ``token`` looks back ("past"), ahead ("future"), or neither."""
    lex = lexicon()
    head = token
    for _ in range(4):
        if head.pos_ not in _VERBAL and head.pos_ != "NOUN":
            break
        for child in head.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in lex.future_aux:
                return "future"
            if child.dep_ in ("aux", "auxpass") and child.lower_ == "going" and head.tag_ == "VB":
                return "future"
            if child.dep_ == "amod" and child.lower_ in lex.future_modifiers:
                return "future"
        if head.dep_ == "xcomp" and head.head.lemma_.lower() in lex.future_heads:
            return "future"
        if head.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in head.children):
            return "past"
        if head.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have"
                                      for c in head.children):
            return "past"
        if head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
            head = head.head
            continue
        break
    return None


def _find(span: Span | Doc, ref_date: date | None,
          override: Direction) -> list[tuple[TimeExpr, RawMatch]]:
    base = span.start_char if isinstance(span, Span) else 0
    doc = span.doc if isinstance(span, Span) else span
    # ``span.text`` joins the tokens anew for every event of the sentence; the doc's text is made once
    text = doc_text(doc)[base:span.end_char] if isinstance(span, Span) else doc_text(doc)
    out: list[tuple[TimeExpr, RawMatch]] = []
    for raw in scan(text):
        if ref_date is None and not raw.absolute:
            continue
        direction = override or direction_of(_verb_of(_root_of(doc, base + raw.start, base + raw.end)))
        period = resolve(raw, ref_date, direction)
        if period is None:
            continue
        expr = TimeExpr(text[raw.start:raw.end], base + raw.start, base + raw.end, period.start,
                        period.precision, period.end)
        out.append((expr, raw))
    return out


def _root_of(doc: Doc, start: int, end: int) -> Token:
    """The token of a character range whose head lies outside it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return doc[0]
    return span.root


def _token_at(sent: Span, rel_start: int) -> Token:
    span = sent.doc.char_span(sent.start_char + rel_start, sent.start_char + rel_start + 1,
                              alignment_mode="expand")
    return span[0] if span is not None and len(span) else sent.root


def _verb_of(token: Token) -> Token:
    """The verb (or event noun) a time expression attaches to: its nearest verbal ancestor."""
    for anc in token.ancestors:
        if anc.pos_ in _VERBAL:
            return anc
    return token.sent.root if token.doc.has_annotation("SENT_START") else token


def _dates_a_topic(root: Token, trigger: Token) -> bool:
    """The expression modifies a noun that is the object of a topic preposition ("over the May 2023
    riots"): it dates that other event, not the trigger."""
    noun = root.head
    return (
        root.dep_ in ("compound", "nmod", "amod", "nummod", "poss")
        and noun.i != root.i
        and noun != trigger
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.dep_ == "pobj"
        and noun.head.lower_ in lexicon().topic_preps
    )


def _measures_record(root: Token) -> bool:
    """The expression is the "since" or "in" phrase of a noun marked as a record ("the first such
    meeting since 2016", "their first meeting in six years"): it measures the time since the last
    one, and dates no act."""
    lex = lexicon()
    prep = root.head if root.dep_ == "pobj" else root if root.lower_ in lex.record_preps else None
    if prep is None or prep.lower_ not in lex.record_preps or prep.dep_ != "prep":
        return False
    noun = prep.head
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("amod", "advmod", "det") and c.lower_ in lex.record_words for c in noun.children)


def _attachment(sent: Span, raw: RawMatch, trigger: Token) -> int | None:
    """0 when the expression hangs off the trigger, 1 when in the trigger's clause, 2 when in the clause a
    "when" clause holding the trigger hangs off, None otherwise."""
    root = _root_of(sent.doc, sent.start_char + raw.start, sent.start_char + raw.end)
    if _dates_a_topic(root, trigger) or _measures_record(root):
        return None
    # Walk up from the expression; reaching the trigger before any clause boundary means "attached".
    node = root
    crossed = False
    while True:
        if node == trigger:
            return 0 if not crossed else None
        if node.head.i == node.i:
            break
        if node.dep_ in _CLAUSE_DEPS:
            crossed = True
        if node.pos_ in _VERBAL and node.i != root.i:
            break
        node = node.head
    # ``node`` is the verb the expression hangs off: the same clause if the trigger reaches it
    # through non-clausal links (xcomp chains, noun modifiers, prepositions).
    t = trigger
    rank = 1
    while True:
        if t == node:
            return rank
        if t.dep_ == "advcl" and t.head.i != t.i and any(
                c.dep_ in ("mark", "advmod") and c.lower_ == "when" for c in t.children):
            # "the war, which began in April 2023 when fighting erupted between ...": a "when" clause
            # happens at the time its main clause names (ranked after the clause's own expressions)
            rank = 2
            t = t.head
            continue
        if t.dep_ in _CLAUSE_DEPS or t.head.i == t.i:
            return None
        t = t.head
