"""Parties a draft takes from beyond its own arguments: the other side of an exchange, who must
act, whom an attitude is about, a joint act's counterpart, the sides of a mediation, an attitude's topic."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from triadic.events._arg_phrases import argument_words
from triadic.events._clauses import adjunct_owner
from triadic.events._draft import _Draft
from triadic.events._finders import Trigger, _modifier_actors, summed_act
from triadic.events._patterns import Grammar
from triadic.events._reading import SentenceReader
from triadic.events._syntax import MentionIndexLike, MentionLike, actors_of, on_side, prep_objects, side_of
from triadic.events._tree import dependents

__all__ = ["ImpliedPartyFinder"]


class ImpliedPartyFinder(SentenceReader):
    """The drafting's implied parties (a base of :class:`~triadic.events._drafting.EventDrafter`):
    sources and targets a trigger's own arguments do not name."""

    def _mutual(self, t: Trigger, clause: Token | None, targets: Sequence[MentionLike]) -> bool:
        """The targets, named with "with", are the other side of an exchange marked ``<>`` in its
        pattern ("exchanged fire with B", "traded accusations with B"): both sides act.

        Also for the codes a user lists in ``mirrored_codes`` (none by default: "A signed a deal with
        B" is coded A -> B, as the blind gold codes it; "A and B signed" stays both ways). Not
        elsewhere: "A met with B" names who acted (ConfliBERT's annotation marks them source and
        target; coding them both ways measured worse on its dev data and on the blind gold). "A
        clashed with B" is marked ``<>``: the gold conventions code fighting between two named forces
        both ways. Not for an intent (``one_sided_codes``): "A agreed to a truce with B" is A's, as
        A's signing is."""
        pat = t.pattern
        if "<>" not in pat.spec and not pat.code.startswith(argument_words().mirrored_codes):
            return False
        if "<>" in pat.spec and pat.code.startswith(argument_words().one_sided_codes):
            # "agreed to a truce with B": an intent is the speaker's own; B's side is not told
            return False
        heads = [h for h in (t.token, t.obj, clause) if h is not None]
        sides = {w.idx for h in heads for p in prep_objects(h, frozenset({"with"})) for w in p.subtree}
        return all(m.start_char in sides for m in targets)

    def _others(
        self, heads: Iterable[Token], index: MentionIndexLike, sources: Sequence[MentionLike], *,
        countries: bool = False,
    ) -> list[MentionLike]:
        """The actors ``heads`` name, other than the sources (with ``countries``, other than their
        countries too: "Russia" is then no counterpart of "Russian troops")."""
        own = {m.actor.code for m in sources}
        if countries:
            own |= {m.actor.country for m in sources if m.actor.country}
        return [
            m
            for h in heads
            for m in actors_of(h, index, self.g)
            if m.actor.code not in own and not (countries and m.actor.country in own)
        ]

    def _obliged(
        self, verb: Token, index: MentionIndexLike, sources: Sequence[MentionLike]
    ) -> list[MentionLike]:
        """Who a speaker says must act: the subject of a reported clause of obligation ("Paris said
        Rome must withdraw its troops")."""
        for c in dependents(verb):
            if c.dep_ != "ccomp" or not self._deontic(c):
                continue
            found = self._subject_parties(c, index, sources)
            if found:
                return found
        return []

    def _subject_parties(
        self, clause: Token, index: MentionIndexLike, sources: Sequence[MentionLike]
    ) -> list[MentionLike]:
        """The actors named as the subject of ``clause``, other than the sources."""
        subs = [s for s in dependents(clause) if s.dep_ in ("nsubj", "nsubjpass")]
        return self._others(subs, index, sources)

    def _about_whom(
        self, verb: Token, t: Trigger, index: MentionIndexLike, sources: Sequence[MentionLike]
    ) -> list[MentionLike]:
        """The subject of the "that" clause an attitude is about ("expressed optimism [that Tokyo
        will ...]", "is worried [that Moscow could ...]"), on the verb, its adjective or its object."""
        heads = [verb] + ([t.obj] if t.obj is not None else [])
        # "alarmed by reports that Syrian forces had shelled ...", "concerned about news that Seoul
        # will ...": the news an attitude is about carries the clause the attitude is about
        g = self.g
        heads += [o for p in dependents(verb) if p.dep_ == "prep" and p.lower_ in g.attitude_news_preps
                  for o in dependents(p) if o.dep_ == "pobj" and g.lemma(o) in g.attitude_news_nouns]
        for h in heads:
            for c in dependents(h):
                # a clause on the noun with a subject of its own is its content ("hopes [Seoul will
                # ...]"); a participle ("concern voiced by ...") has none
                if c.dep_ not in ("ccomp", "acl"):
                    continue
                found = self._subject_parties(c, index, sources)
                if found:
                    return found
        return []

    def _counterpart(
        self, obj: Token, index: MentionIndexLike, sources: Sequence[MentionLike]
    ) -> list[MentionLike]:
        """The first "with" party inside a joint act's object ("an agreement to promote trade [with
        Israel]"), other than the sources."""
        for w in obj.subtree:
            if w.dep_ == "pobj" and w.head.lower_ == "with" and w.head.i > obj.i:
                found = self._others([w], index, sources)
                if found:
                    return found
        return []

    def _mediated(
        self, tok: Token, index: MentionIndexLike, sources: Sequence[MentionLike]
    ) -> list[MentionLike]:
        """The parties of a mediation named by a "between" phrase in its own words ("a mediation
        effort to end the rift between A and B")."""
        own = {m.actor.code for m in sources}
        # "the truce between A and B, mediated by C", "Qatar-mediated talks between A and B": a
        # participle on the noun of what was mediated finds its sides on that noun
        heads = [tok] + ([tok.head] if tok.dep_ in ("compound", "acl", "amod") else [])
        out: list[MentionLike] = []

        def add(ms: Sequence[MentionLike]) -> None:
            for m in ms:
                if m.actor.code not in own and all(m.actor.code != x.actor.code for x in out):
                    out.append(m)

        for h in heads:
            for w in h.subtree:
                if w.dep_ != "pobj" or w.head.lower_ not in self.g.between_preps:
                    continue
                add(actors_of(w, index, self.g) + _modifier_actors(w, index))
            if out:
                return out
        noun = tok.head
        if tok.dep_ in ("acl", "amod") and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            # "A and B, in talks brokered by C, agreed ...": the sides are who acted in the talks (the
            # parser may hang the phrase on the subject itself)
            at = noun.head.head
            # "A and B agreed to restore ties in a deal brokered by C": the phrase may hang on an
            # infinitive whose subject is its governing verb's
            while at.pos_ in ("VERB", "AUX") and at.dep_ == "xcomp" and not any(
                    c.dep_ == "nsubj" for c in dependents(at)):
                at = at.head
            if at.pos_ in ("VERB", "AUX"):
                add([m for c in dependents(at) if c.dep_ == "nsubj" for m in actors_of(c, index, self.g)])
            elif at.pos_ in ("NOUN", "PROPN") and at.dep_ == "nsubj":
                add(actors_of(at, index, self.g))
        return out


def _topic_parties(drafts: list[_Draft], g: Grammar) -> None:
    """An attitude with no target takes the parties of the event it is about ("voiced concern
    about the fighting between A and B" is a worry about A and B); that event is then its topic."""
    for d in drafts:
        if d.targets or d.code not in g.attitude_codes or d.trigger.pos_ not in ("VERB", "AUX"):
            continue
        own = {m.actor.code for m in d.sources}
        for n in drafts:
            tok = n.trigger
            owner = adjunct_owner(tok) if tok.pos_ in ("NOUN", "PROPN") else None
            if n is d or owner is None or owner.i != d.trigger.i:
                continue
            # the noun's own preposition, or that of the noun it completes ("escalation of [fighting]")
            chain = (tok, *tok.ancestors)
            preps = {a.head.lower_ for a in chain if a.dep_ == "pobj" and a.head.dep_ == "prep"}
            if not preps & g.topic_preps:
                continue
            parties: list[MentionLike] = []
            for m in [*n.sources, *n.targets]:
                if m.actor.code not in own and all(m.actor.code != x.actor.code for x in parties):
                    parties.append(m)
            if parties:
                d.targets = parties
                break


def _reaction_targets(drafts: list[_Draft], g: Grammar) -> None:
    """A reaction told beside a report ("Iran freed the sailors, Paris said, [welcoming the
    gesture]") with no party of its own, whose object names the reported act, is aimed at whoever
    did that act."""
    for d in drafts:
        tok = d.trigger
        if d.targets or d.reciprocal or not d.sources or tok.tag_ != "VBG" or tok.dep_ != "advcl":
            continue
        speech = tok.head
        if g.lemma(speech) not in g.speech_verbs:
            continue
        if not any(
            c.dep_ == "dobj" and g.lemma(c) in g.reaction_nouns
            and any(k.dep_ == "det" and k.lower_ in ("the", "this", "that") for k in dependents(c))
            and not any(k.dep_ in ("prep", "poss", "compound", "amod") for k in dependents(c))
            for c in dependents(tok)
        ):
            continue
        # the reported act: the clause the speech verb reports, or the one it is a parenthesis of
        reported = {c.i for c in dependents(speech) if c.dep_ == "ccomp"}
        if speech.dep_ == "parataxis":
            reported.add(speech.head.i)
        own = side_of(d.sources)
        for o in drafts:
            if o is d or o.trigger.i not in reported or not o.sources:
                continue
            doers = [m for m in o.sources if not on_side(m, own)]
            if doers:
                d.targets, d.notarget = doers, False
                break


def _summed_reactions(drafts: list[_Draft], g: Grammar) -> None:
    """A reaction in a relative clause on a comma-set noun that sums up the clause before it ("two
    nationals were detained in Manila, a move Beijing condemned") with no party of its own answers
    whoever did that clause's act, as its draft has it (also a state the coder inferred for a passive
    arrest)."""
    roots = argument_words().reaction_roots
    for d in drafts:
        if d.targets or d.reciprocal or not d.sources or not d.code.startswith(roots):
            continue
        act = summed_act(d.trigger, g) or _restated_act(d, drafts, g)
        if act is None:
            continue
        own = side_of(d.sources)
        for o in drafts:
            if o is d or o.trigger.i != act.i or not o.sources:
                continue
            doers = [m for m in o.sources if not on_side(m, own)]
            if doers:
                d.targets, d.notarget = doers, False
                break


def _restated_act(d: _Draft, drafts: list[_Draft], g: Grammar) -> Token | None:
    """The trigger of the act an earlier clause tells, when the reaction's object is a bare
    definite noun that names it again ("American bombers struck three sites, and Tehran condemned
    [the attack]"); None otherwise."""
    nouns = argument_words().summary_nouns
    if not any(
            c.dep_ == "dobj" and c.lemma_.lower() in nouns
            and any(k.dep_ == "det" and k.lower_ in ("the", "this", "that") for k in dependents(c))
            and not any(k.dep_ not in ("det", "punct") for k in dependents(c) if k.i < c.i)
            and not any(k.dep_ in ("prep", "relcl", "acl") for k in dependents(c))
            for c in dependents(d.trigger)):
        return None
    if d.trigger.dep_ != "conj":
        return None
    # the clause the reaction is joined to, not an "after" clause inside it ("Israel struck Gaza
    # after Hamas fired rockets, and Egypt condemned the attack" is about the strike)
    head = d.trigger.head
    roots = argument_words().reaction_roots
    if any(o is not d and o.trigger.i == head.i and o.sources and not o.code.startswith(roots)
           for o in drafts):
        return head
    return None


def _is_audience(m: MentionLike, g: Grammar) -> bool:
    """The mention is the press or another audience a statement is made to, not a party."""
    return m.actor.code in g.audience_roles or (m.actor.role or "") in g.audience_roles
