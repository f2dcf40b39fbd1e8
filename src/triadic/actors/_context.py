"""The country a definite phrase belongs to when it names none: the article's context, voted by the earlier
country mentions ("the army", "the government", "state media")."""

from __future__ import annotations

from itertools import chain

from spacy.tokens import Token

from triadic.actors._types import Mention
from triadic.actors._work import Work

__all__ = ["context_country", "in_topic", "stateish"]

# How many earlier sentences vote on what a definite "the army" belongs to.
_CONTEXT_SENTS = 4
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Prepositions of a subject matter: "talks on X", "a call about Y".
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def in_topic(tok: Token) -> bool:
    """The word lies in a phrase of what something is about ("a call on ways to revive talks [with
    Washington]"): a party named there is the subject matter, not one of those acting."""
    return any(a.dep_ == "prep" and a.lower_ in _TOPIC_PREPS for a in tok.ancestors)


def stateish(m: Mention) -> bool:
    """A mention of one state or its body, which can vote on an article's country."""
    # A news agency's country ("Reuters", "Yonhap") is where the reporter works, not what the story is about;
    # a named company ("Gazprom", "Huawei") trades abroad as much as at home.
    if m.actor.role == "BUS" and m.via == "name":
        return False
    return m.actor.country is not None and m.actor.kind == "state" and not m.members and m.actor.role != "MED"


def _local_owner(m: Mention) -> bool:
    """A mention that is no state but says whose country a sentence is about: an armed group of one state
    ("the Pakistani Taliban") or a country's people ("France's farmers' union", "Kenyan teachers")."""
    a = m.actor
    if a.country is None or m.members or a.role == "MED":
        return False
    return a.kind == "group" or (a.kind == "person" and m.via == "role")


def _weight(work: Work, m: Mention) -> float:
    """How strongly a mention makes its country the topic: subjects count double, by-/with-phrases half."""
    tok = work.root(m.start, m.end)
    for t in chain((tok,), tok.ancestors):  # one at a time: the walk stops at the first clause
        if t.dep_ in _SUBJECT_DEPS:
            return 2.0
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "inside", "across") and t is tok:
            return 2.0  # where the news happens ("fighting in Khartoum") is what the article is about
        if t.dep_ == "pobj" and t.head.lower_ in ("by", "with", "to", "from", "for"):
            return 0.5
        if t.dep_ in ("ROOT", "ccomp", "advcl", "relcl"):
            break
    return 1.0


def context_country(work: Work, i: int, max_sents: int | None = None,
                    exclude: frozenset[str] = frozenset()) -> Mention | None:
    """The country a definite phrase at token ``i`` belongs to ("the army", "the government").

    The nearest country earlier in the same sentence wins. Otherwise the earlier sentences vote: each
    country mention counts by its grammatical weight (subjects most) over its distance in sentences, and
    the article's first country gets a topic bonus, so a foreign capital named in passing does not take
    over from the country the paragraph is about. With no country named before, the dateline's country.

    Args:
        max_sents: only ask whether any country lies within this many sentences before (nearest one).
        exclude: countries that cannot own the phrase (the sponsor of "US-backed fighters").
    """
    here = work.sentence_index(i)
    if max_sents is not None:
        first = work.sent_starts[max(0, here - max_sents)]
        for m in work.before(i):
            if m.start < first:
                return work.dateline
            if stateish(m) and m.actor.country not in exclude:
                return m
        return work.dateline
    sent_start = work.sent_starts[here] if here >= 0 else 0
    scores: dict[str, float] = {}
    best: dict[str, Mention] = {}
    freq: dict[str, int] = {}
    topic: Mention | None = None  # ends as the earliest country named
    # With no state named earlier in the sentence, a group or people of one country there owns the phrase
    # ("The Pakistani Taliban announced a ceasefire with the government").
    local: Mention | None = None
    aside: Mention | None = None  # the nearest country of the sentence named only as a subject matter
    for m in work.before(i):
        if local is None and m.start >= sent_start and _local_owner(m) and m.actor.country not in exclude:
            local = m
        if not stateish(m) or m.actor.country in exclude:
            continue
        if m.start >= sent_start:
            # "a call on reviving talks with Washington, the ministry said": what the news is about
            # owns no body of those who made it, unless the sentence names no other country
            if in_topic(work.root(m.start, m.end)) and not in_topic(work.toks[i]):
                aside = aside or m
                continue
            return m  # the same sentence: the nearest country
        if aside is not None:
            return aside
        topic = m
        key = m.actor.country or ""
        dist = here - work.sentence_index(m.start)
        if dist > _CONTEXT_SENTS:
            freq[key] = freq.get(key, 0) + 1
            continue
        freq[key] = freq.get(key, 0) + 1
        scores[key] = scores.get(key, 0.0) + _weight(work, m) / (1 + dist)
        best.setdefault(key, m)
    for key in scores:
        scores[key] += 0.25 * min(freq[key], 4)  # how often the article has named the country so far
    # A group or people of one country say whose government is meant only when no earlier sentence names a
    # state: people abroad ("a Syrian refugee sued the government") deal with another's, and an armed group
    # may fight a foreign army ("Hezbollah fired at the army" after a sentence on Israel).
    if aside is not None:
        return aside  # the article's first sentence: nothing earlier to vote
    if local is not None and not scores:
        return local
    if not scores:
        dl = work.dateline
        return topic or (dl if dl is None or dl.actor.country not in exclude else None)
    # Ties go to the nearer country (dicts keep insertion order, nearest first).
    win = max(scores, key=lambda k: scores[k])
    return best[win]
