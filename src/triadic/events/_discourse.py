"""Targets named earlier in the article: the author of the act a reaction's definite event noun refers
back to ("ECOWAS gave the junta a week to restore the president. The junta rejected [the ultimatum].")."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Span, Token

from triadic.events._arg_targets import ACTOR_ENTS, authored, requested_by
from triadic.events._draft import _Draft
from triadic.events._modality import modality_of
from triadic.events._patterns import Grammar
from triadic.events._syntax import MentionLike, named_owners, on_side, side_of
from triadic.events._tree import dependents, doc_tokens

__all__ = ["DiscourseMemory", "discourse_words"]


@dataclass(frozen=True, slots=True)
class NounLink:
    """What acts an event noun can restate: verbs telling it, and CAMEO code families."""

    lemmas: frozenset[str]
    codes: tuple[str, ...]
    generic: bool = False


@dataclass(frozen=True, slots=True)
class DiscourseWords:
    """The word links of ``data/discourse.yaml``."""

    window: int
    generic_window: int
    roots: tuple[str, ...]
    generic_roots: tuple[str, ...]
    determiners: frozenset[str]
    object_preps: frozenset[str]
    uncoded_modalities: frozenset[str]
    owner_preps: frozenset[str]
    nouns: Mapping[str, NounLink]
    # every verb of the links (``NounLink.lemmas``), read for every sentence of every document: made
    # once with the words, not once per document (None: made from ``nouns`` by the memory)
    link_verbs: frozenset[str] | None = None


def _words(values: Iterable[Any] | None) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values or ())


def _codes(values: Iterable[Any] | None) -> tuple[str, ...]:
    return tuple(str(v) for v in values or ())


@cache
def discourse_words() -> DiscourseWords:
    """The shipped word links, read once."""
    text = resources.files("triadic.events").joinpath("data/discourse.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    nouns: dict[str, NounLink] = {}
    for noun, link in (data.get("nouns") or {}).items():
        key = str(noun).lower()
        # the noun itself tells the act too ("held drills" / "the drills")
        nouns[key] = NounLink(_words(link.get("lemmas")) | {key}, _codes(link.get("codes")))
    for noun in data.get("generic_nouns") or ():
        nouns[str(noun).lower()] = NounLink(frozenset(), (), generic=True)
    return DiscourseWords(
        window=int(data.get("window", 3)),
        generic_window=int(data.get("generic_window", 1)),
        roots=_codes(data.get("roots")),
        generic_roots=_codes(data.get("generic_roots")),
        determiners=_words(data.get("determiners")),
        object_preps=_words(data.get("object_preps")),
        uncoded_modalities=_words(data.get("uncoded_modalities")),
        owner_preps=_words(data.get("owner_preps")),
        nouns=nouns,
        link_verbs=_link_verbs(nouns),
    )


def _link_verbs(nouns: Mapping[str, NounLink]) -> frozenset[str]:
    return frozenset(w for link in nouns.values() for w in link.lemmas)


@dataclass(frozen=True, slots=True)
class _Act:
    """An event coded from an earlier sentence: its sentence, the words that tell it, code and doers."""

    sentence: int
    words: frozenset[str]
    code: str
    sources: tuple[MentionLike, ...]
    done: bool  # coded as an event, or told as done: it may be the antecedent, not only a rival


class DiscourseMemory:
    """The acts coded from an article's last sentences, for reactions that refer back to one of them.

    Used by the coder sentence by sentence, in order: :meth:`resolve` before a sentence's drafts are
    realised, :meth:`remember` after, with the drafts that made events.
    """

    def __init__(self, g: Grammar, words: DiscourseWords | None = None) -> None:
        self.g = g
        self.w = words or discourse_words()
        self._acts: list[_Act] = []
        verbs = self.w.link_verbs
        self._link_verbs = verbs if verbs is not None else _link_verbs(self.w.nouns)

    def remember(
        self,
        sentence: int,
        told: Iterable[_Draft],
        coded: Collection[int],
        span: Span | None = None,
        sources_of: Callable[[Token], Sequence[MentionLike]] | None = None,
    ) -> None:
        """Keep the acts sentence ``sentence`` tells: each one's trigger lemma and, for a light verb
        ("held drills", "imposed sanctions", "carried out an airstrike"), its objects' lemmas.

        Args:
            told: the drafts past the coder's filters, whether or not they made events.
            coded: ids of those that made events. An act that found no target of its own ("carried
                out an airstrike near Damascus") is still the act a later "the strike" refers to, if
                told as done; one told as possible only stands in the way of another reading.
            span, sources_of: the sentence, and the coder's finder of a verb's doers, for the verbs of
                the links no pattern coded.
        """
        g = self.g
        for d in told:
            if not d.sources:
                continue
            tok = d.trigger
            words = {g.lemma(tok), tok.lemma_.lower()}
            if not d.code.startswith(self.w.roots):
                # what a light verb does is its object ("held drills"); what a reaction answers
                # ("rejected the offer", "would not end the strike") is someone else's act, or no act
                words.update(o.lemma_.lower() for o in _objects(tok, frozenset()))
            done = id(d) in coded or d.modality in self.w.uncoded_modalities
            self._acts.append(_Act(sentence, frozenset(words), d.code, tuple(d.sources), done))
        if span is not None and sources_of is not None:
            # "Turkey proposed a monitoring mission": a verb of the links that no pattern coded still
            # tells the act "the proposal" refers to, when its doer resolves as the coder's sources do
            # the document's lemma table read by index, the closed set of link verbs first: most
            # sentences have none (checked on the sentence's slice at C speed before any word is looked
            # at), and a token decodes its tag anew on every read
            lemmas = g.lemmas(span.doc)
            if not self._link_verbs.isdisjoint(lemmas[span.start : span.end]):
                triggers = {d.trigger.i for d in told}
                toks = doc_tokens(span.doc)
                for i in range(span.start, span.end):
                    lemma = lemmas[i]
                    if lemma not in self._link_verbs or i in triggers:
                        continue
                    tok = toks[i]
                    if tok.pos_ != "VERB":
                        continue
                    if modality_of(tok, tok, g) not in self.w.uncoded_modalities:
                        continue
                    doers = sources_of(tok)
                    if doers:
                        self._acts.append(_Act(sentence, frozenset({lemma}), "", tuple(doers), True))
        horizon = sentence - max(self.w.window, self.w.generic_window)
        self._acts = [a for a in self._acts if a.sentence > horizon]

    def resolve(self, drafts: Sequence[_Draft], sentence: int) -> None:
        """Give a targetless reaction to a definite, ownerless event noun the doers of the one act of
        the last sentences that noun restates; none when no act, or acts by different parties, or one
        by the reactor's own side fit. The rule names the antecedent sentence (``+discourse(sN)``)."""
        for d in drafts:
            if d.targets or d.reciprocal or not d.sources or d.secondary is not None:
                continue
            if not d.code.startswith(self.w.roots) or d.trigger.pos_ not in ("VERB", "AUX"):
                continue
            nouns = [o for o in _objects(d.trigger, self.w.object_preps) if self._refers_back(o)]
            if len(nouns) != 1:
                continue
            found = self._antecedent(nouns[0], sentence, d.sources)
            if found is None:
                continue
            act, targets = found
            d.targets, d.notarget = targets, False
            d.rule = f"{d.rule}+discourse(s{act.sentence})"

    def _refers_back(self, noun: Token) -> bool:
        """A definite event noun of the links with no owner of its own in the sentence: the
        same-sentence owners (a possessor or actor modifier, "by X", "proposed by X") are the
        coder's own (``authored``, ``requested_by``, ``named_owners``) and take precedence."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.w.nouns:
            return False
        kids = list(dependents(noun))
        if not any(c.dep_ == "det" and c.lower_ in self.w.determiners for c in kids):
            return False
        if any(c.dep_ == "poss" for c in kids):
            return False  # "its offer", "their drills": an owner told in the sentence, pronoun or not
        if authored(noun) or requested_by(noun) or named_owners(noun, self.g.agent_preps):
            return False
        # "the decision of the state government", "the offer from Qatar's emir", "the decisions taken
        # at the meeting of X's security council": a party in the noun's own "of"/"from"/"by" phrase
        # or in a clause on it may be its owner; the sentence, not the story, tells it
        phrases = [c for c in kids if (c.dep_ in ("prep", "agent") and c.lower_ in self.w.owner_preps)
                   or c.dep_ in ("acl", "relcl")]
        return not any(w.ent_type_ in ACTOR_ENTS for c in phrases for w in c.subtree)

    def _antecedent(
        self, noun: Token, sentence: int, reactors: Sequence[MentionLike]
    ) -> tuple[_Act, list[MentionLike]] | None:
        link = self.w.nouns[noun.lemma_.lower()]
        window = self.w.generic_window if link.generic else self.w.window
        acts = [a for a in self._acts if sentence - window <= a.sentence < sentence and self._fits(a, link)]
        if not acts:
            return None
        doers = {frozenset(m.actor.code for m in a.sources) for a in acts}
        if len(doers) != 1:
            return None  # acts by different parties: the noun's owner is ambiguous
        side = side_of(reactors)
        done = [a for a in acts if a.done]
        if not done:
            return None
        act = max(done, key=lambda a: a.sentence)
        if any(on_side(m, side) for m in act.sources):
            return None  # the reactor's own act ("withdrew the offer"): no one else is answered
        return act, list(act.sources)

    def _fits(self, act: _Act, link: NounLink) -> bool:
        if link.generic:
            return act.code.startswith(self.w.generic_roots)
        return bool(act.words & link.lemmas) or (bool(link.codes) and act.code.startswith(link.codes))


def _objects(verb: Token, preps: frozenset[str]) -> list[Token]:
    """The verb's direct objects (and their conjuncts), and the objects of ``preps`` on it."""
    direct = [c for c in dependents(verb) if c.dep_ == "dobj"]
    direct += [x for c in direct for x in dependents(c) if x.dep_ == "conj"]
    direct += [o for p in dependents(verb) if p.dep_ == "prep" and p.lower_ in preps
               for o in dependents(p) if o.dep_ == "pobj"]
    return direct
