"""Bare state bodies in what a state's own body reports are that state's ("Troops killed nine rebels, Peru's
army said" -> PERMIL), and bare troops where a one-country sentence is set are that country's."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from triadic.actors._countries import shipped_data_dir
from triadic.actors._domestic import give_country
from triadic.actors._types import Mention
from triadic.actors._work import Work
from triadic.actors._yaml import read_yaml_cached, word_set

__all__ = ["ReportWords", "report_words", "reported_bodies"]


@dataclass(frozen=True, slots=True)
class ReportWords:
    """Word lists of ``data/reporters.yaml``."""

    verbs: frozenset[str]
    speaker_roles: frozenset[str]
    body_roles: frozenset[str]
    media_roles: frozenset[str]
    world_outlets: frozenset[str]


@lru_cache(maxsize=1)
def report_words() -> ReportWords:
    """The shipped lists (read once)."""
    data = read_yaml_cached(shipped_data_dir() / "reporters.yaml") or {}

    return ReportWords(verbs=word_set(data, "verbs"),
                       speaker_roles=frozenset(w.upper() for w in word_set(data, "speaker_roles")),
                       body_roles=frozenset(w.upper() for w in word_set(data, "body_roles")),
                       media_roles=frozenset(w.upper() for w in word_set(data, "media_roles")),
                       world_outlets=word_set(data, "world_outlets"))


def _speaker_verb(work: Work, m: Mention, verbs: frozenset[str]) -> Token | None:
    """The reporting verb ``m`` is the subject of ("the army said"), if any."""
    tok = work.root(m.start, m.end)
    if tok.dep_ != "nsubj" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = tok.head
    return verb if verb.lemma_.lower() in verbs else None


def _reported_span(verb: Token) -> tuple[int, int, int, int] | None:
    """Token range of what ``verb`` reports, and the range of the verb's own clause to leave out.

    "The army said troops ..." reports its ccomp; "Troops ..., the army said" hangs the verb on the
    reported clause (parataxis or ccomp), so the report is the head's clause less the verb's own subtree."""
    own = (verb.left_edge.i, verb.right_edge.i + 1)
    for c in verb.children:
        if c.dep_ == "ccomp":
            return c.left_edge.i, c.right_edge.i + 1, -1, -1
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i != verb.i and verb.i > verb.head.i:
        head = verb.head
        return head.left_edge.i, head.right_edge.i + 1, own[0], own[1]
    return None


def _according_span(work: Work, m: Mention) -> tuple[int, int, int, int] | None:
    """The clause a source is cited for ("X received a call ..., according to the Qatar News Agency"), less
    the citing phrase itself."""
    tok = work.root(m.start, m.end)
    to = tok.head
    if tok.dep_ != "pobj" or to.lower_ != "to" or to.head.lower_ != "according":
        return None
    acc = to.head
    clause = acc.head
    if acc.dep_ != "prep" or clause.i == acc.i or clause.pos_ not in ("VERB", "AUX"):
        return None
    return clause.left_edge.i, clause.right_edge.i + 1, acc.left_edge.i, acc.right_edge.i + 1


def reported_bodies(work: Work) -> None:
    """Give each bare state body ("troops", "police") in a state body's report the reporter's country.

    An army, ministry or government reporting an operation speaks of its own forces; a body named for
    another country keeps its own code, and only bare role phrases ("Soldiers", "the police") change."""
    words = report_words()
    mentions = work.live()
    bare = [m for m in mentions if m.via == "role" and m.actor.country is None and not m.members
            and m.actor.role in words.body_roles]
    # titled officials with no country ("Prime Minister X"), which only a national outlet's report places
    titled = [m for m in mentions if m.via in ("role", "title") and m.actor.country is None and not m.members
              and m.actor.role in words.media_roles]
    if not bare and not titled:
        return
    for sp in mentions:
        a = sp.actor
        if a.country is None or a.kind != "state" or sp.members:
            continue
        if a.role == "MED" and sp.via == "name" and a.name.lower() not in words.world_outlets:
            owned = titled
        elif (a.role or "GOV") in words.speaker_roles:
            owned = bare
        else:
            continue
        if not owned:
            continue
        verb = _speaker_verb(work, sp, words.verbs)
        span = _reported_span(verb) if verb is not None else _according_span(work, sp)
        if span is None:
            continue
        lo, hi, skip_lo, skip_hi = span
        for m in owned:
            if lo <= m.start < hi and not skip_lo <= m.start < skip_hi and work.at(m.start) is m:
                give_country(work, m, a.country)
