"""Secondary drafts: purpose, content and setting clauses that belong to another draft's event."""

from __future__ import annotations

from dataclasses import replace
from itertools import chain

from spacy.tokens import Doc, Span, Token

from triadic.events._clauses import adjunct_owner, visit_setting
from triadic.events._draft import _Draft
from triadic.events._finders import Trigger
from triadic.events._modality import conditional_act, conditional_mark, modality_of
from triadic.events._patterns import Grammar
from triadic.events._reading import SentenceReader
from triadic.events._syntax import clause_verb, names_own_doer, that_marked
from triadic.events._tree import (
    DocTable,
    dep_labels,
    dependents,
    doc_tokens,
    has_to,
    lower_lemmas,
    lower_words,
    tokens_of,
)

__all__ = ["SecondaryMarker"]


# clauses that may carry a subject of their own inside a participle's phrase
_OWN_CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl"})


class SecondaryMarker(SentenceReader):
    """The drafting's secondary events (a base of :class:`~triadic.events._drafting.EventDrafter`):
    which drafts only say part of another draft's event, and which tokens are an act's content."""

    def _subordinate(self, drafts: list[_Draft], by_tok: dict[int, Trigger]) -> None:
        """Mark a purpose or content clause as secondary to the event it belongs to: "sent aid to
        [help] X" is the sending, "rejected the request to [extradite] X" the rejection."""
        primary: dict[int, _Draft] = {}
        for d in drafts:
            if d.secondary is None:
                primary.setdefault(d.trigger.i, d)
        demands = {d.trigger.i: d for d in drafts if d.rule.startswith("deontic(") and d.secondary is None}
        # the governing draft ("agreed", "urged") of each verb a control chain embeds ("to host")
        governed = {
            d.trigger.i: d.secondary
            for d in drafts
            if d.secondary is not None and d.secondary.trigger.i != d.trigger.i
            and d.secondary.secondary is None
        }
        for d in drafts:
            verb_of = _object_clause(d.trigger)
            governing = governed.get(verb_of.i) if verb_of is not None else None
            if governing is not None and governing is not d and (d.secondary is None or _idle(d.secondary)):
                # "agreed to host peace [talks] between A and B": the talks are what is agreed, as
                # the hosting is; the agreement is the event
                d.secondary = governing
                continue
            if d.secondary is not None:
                continue
            # inside the reported clause of a demand ("said [Rome must withdraw]"), not elsewhere
            # under its verb
            # (most sentences have no demand: then the walk up is skipped)
            demand = next(
                (demands[a.head.i] for a in (d.trigger, *d.trigger.ancestors)
                 if a.dep_ == "ccomp" and a.head.i != a.i and a.head.i in demands),
                None,
            ) if demands else None
            if demand is not None and demand is not d:
                # "Assad said Turkey must mediate": what the speaker says another must do is the
                # content of the demand, not an event
                d.secondary = demand
                continue
            if _decided_by_other(d, primary, self.g):
                # "criticised a decision by Panama to [suspend] the concession": what another party,
                # named, has decided is that party's act, neither the purpose nor the content of
                # the criticism
                continue
            cond = _condition_owner(d.trigger, primary, self.g)
            if cond is not None and cond is not d and cond.secondary is None:
                # "warned it would impose sanctions if Minsk sent troops": the condition is part of the
                # threat (or of whatever act it is set on), not an event of its own
                d.secondary = cond
                continue
            head = _purpose_head(d.trigger, self.g)
            if head is None and d.trigger.pos_ in ("NOUN", "PROPN"):
                # "met in Doha to complete a peace [accord]": an event noun in a purpose clause
                # whose own verb is no event serves the act as that clause does
                cv = clause_verb(d.trigger)
                if cv is not None and cv.i not in by_tok:
                    head = _purpose_head(cv, self.g)
            owner = primary.get(head.i) if head is not None else None
            if owner is None and head is not None:
                # "granted a [credit] to Laos to build X": the act is the verb's event noun
                owner = next((p for p in primary.values() if p.clause is head and p is not d
                              and p.trigger.pos_ in ("NOUN", "PROPN")), None)
            if (owner is not None and owner.code in self.g.destination_codes and d.targets
                    and d.code[:2] in self.g.journey_purpose_roots and d.trigger.pos_ in ("VERB", "AUX")):
                # "travelled to Port Moresby to sign a pact with Papua New Guinea": what the journey
                # was made to do with a party is an act of its own beside the visit (CAMEO 042 and
                # 057), as an act done during a visit is
                continue
            if owner is not None and owner is not d and owner.secondary is None:
                d.secondary = owner
                _protest_aim(owner, d, self.g)
                continue
            participle = d.trigger.dep_ == "acl" and d.trigger.tag_ in ("VBN", "VBG")
            # an aside that backs or arms a party ("soldiers, supported by militias, attacked")
            # still only says who is meant
            aside = _parenthetical_act(d.trigger) and d.code[:2] not in self.g.allegiance_roots
            # (a joint act between its doers describes no party: "the deal, signed by A and B on
            # Monday, allows ...", "a pact signed between A and B boosts trade" report the signing)
            if participle and not aside and not d.reciprocal:
                # "warplanes supported by Russia pounded X", "the coalition fighting the rebels
                # declared a truce": a participle describing a party of the clause's event
                # (only of its subject: "a statement calling on X to ..." is what the statement says)
                noun = d.trigger.head
                subject = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i != noun.i
                owner = primary.get(noun.head.i) if subject else None
                if owner is not None and owner is not d and owner.secondary is None:
                    d.secondary = owner
                    _protest_aim(owner, d, self.g)
                    continue
            if _consequence(d.trigger) and d.trigger.head.i in primary:
                # "blocked the avenue, demanding new elections": the demand says what the protest is for
                _protest_aim(primary[d.trigger.head.i], d, self.g)
            if _consequence(d.trigger) and self.g.lemma(d.trigger) in self.g.result_verbs:
                # "shelled Kharkiv, [killing] four civilians", "stormed parliament, [forcing] the
                # president to flee": what the act led to is part of that act's event (other acts
                # are their own: "raided a camp, arresting 15", "cut ties, accusing X of meddling")
                owner = primary.get(d.trigger.head.i)
                if owner is not None and owner is not d and owner.secondary is None:
                    d.secondary = owner
                    continue
            if d.code == "010" and _consequence(d.trigger) and self.g.lemma(d.trigger) in self.g.speech_verbs:
                # "asked Washington for tanks, telling lawmakers that ...": the saying
                # that trails an act is how the act was made, not a statement of its own
                owner = next(
                    (primary[a.i] for a in d.trigger.ancestors if a.i in primary and primary[a.i] is not d),
                    None,
                )
                if owner is not None and owner.secondary is None and owner.code[:2] != "01":
                    d.secondary = owner
                    continue
            stopper = _prevented_by(d.trigger, self.g)
            owner = primary.get(stopper.i) if stopper is not None else None
            if owner is not None and owner is not d:
                d.stopped = True
            if owner is not None and owner is not d and owner.secondary is None:
                # "banned a rally", "vetoed a UN statement condemning X": what was stopped
                d.secondary = owner
                continue
            content_owner = self._content_owner(d.trigger, primary)
            if content_owner is not None and content_owner is not d:
                d.secondary = content_owner
                continue
            if d.trigger.pos_ in ("NOUN", "PROPN"):
                # A noun in a prepositional phrase of a clause whose verb is an event ("rejected the
                # call at a summit", "failed to reach a deal after talks", "imposed sanctions over
                # the conflict") is its setting or topic: coded only when the verb's event is not.
                answered = primary.get(d.trigger.head.head.i) if d.trigger.head.lower_ == "as" else None
                if (d.trigger.dep_ == "pobj" and answered is not None
                        and (answered.code[:2] == "12" or answered.code[:3] == "016")
                        and names_own_doer(d.trigger, self.g)):
                    # "rejected as baseless Y's accusation": the parser's "as" object is what is
                    # answered, Y's own act (see ``_owned_objects``), not a setting
                    continue
                if d.trigger.dep_ == "pobj" and d.trigger.head.lower_ == "of" \
                        and self.g.lemma(d.trigger.head.head) in self.g.amount_words \
                        and d.trigger.head.head.dep_ in ("dobj", "nsubjpass"):
                    # "hosted a new round of [talks] between A and B": the acts an amount counts are
                    # the verb's object, as "hosted talks" is, not the setting of its act
                    continue
                verb = adjunct_owner(d.trigger)
                if verb is not None and self._own_journey(d, primary.get(verb.i)):
                    # "praised Israel during a visit to Jerusalem", "laid a wreath on the first day of
                    # a visit to Poland": a journey with its own destination is an act of its own
                    # (CAMEO 042), not the mere setting of what was done there
                    continue
                if verb is None or visit_setting(d.trigger, self.g):
                    # "criticised X during a visit by Y": a visit with its own doer is no setting
                    continue
                if verb.i in by_tok and _setting_of_meeting(d.trigger, verb, by_tok[verb.i], self.g):
                    # "arrived for a summit with X": the meeting the visit is for is an event too,
                    # unless it is held with the side visited ("will travel to Ethiopia for talks"):
                    # then the visit is that meeting
                    owner = primary.get(verb.i)
                    if owner is not None and owner is not d and owner.secondary is None and \
                            _same_meeting(d, owner):
                        d.secondary = owner
                    continue
                owner = primary.get(verb.i)
                # "failed to reach a deal at talks": when the verb's act did not happen (or was
                # refused), the setting where it did not is an event ("a deal on a treaty" is not)
                if owner is None or owner is d or owner.secondary is not None:
                    continue
                if self._said_as(d, owner):
                    # "In a warning to Moscow, the NATO chief said ...": the words said are that
                    # warning, made by the speaker to whom the noun addresses it
                    d.sources = list(owner.sources)
                    owner.secondary = d
                    continue
                if _own_doer(d, owner, self.g):
                    # "freed the hostages after mediation by Norway": an act the phrase credits to
                    # another party by name is that party's event, besides the clause's own; with
                    # no party of its own it bears on the clause's doer ("the army withdrew at the
                    # request of Kenya": asked of the army)
                    if not d.targets and not d.notarget:
                        d.targets = list(owner.sources)
                    continue
                unmet = owner.modality == "negated" or owner.rule.startswith("refusal(")
                setting = d.trigger.dep_ == "pobj" and d.trigger.head.lower_ in self.g.location_preps
                if not (unmet and setting):
                    d.secondary = owner
                    if not owner.targets and d.targets and d.code == owner.code and not owner.notarget:
                        # "would respond with countermeasures to the U.S. tariffs": the verb's own
                        # pattern noun is the same act, and whom it is aimed at is the verb's target
                        owner.targets = list(d.targets)
        for d in drafts:
            if d.secondary is None and d.code[:2] == "14" and d.code in self.g.derive and \
                    _demand_purpose(d.trigger, self.g):
                # "went on strike to demand higher pay": a demand that names no party of its own
                # drafts no event, but still says the protest is for a change of policy
                _protest_aim(d, replace(d, code="10", rule="demand"), self.g)
        for d in drafts:
            if d.secondary is None and self.g.lemma(d.trigger) in self.g.means_reactions:
                act = _means_act(d.trigger, primary)
                if act is not None and act is not d and act.secondary is None:
                    # "retaliated by expelling two diplomats": the act the "by" phrase names is the
                    # reaction itself, the reacting verb no second event
                    d.secondary = act

    def _said_as(self, d: _Draft, owner: _Draft) -> bool:
        """``d`` is an addressed verbal act (``addressed_roots``: a warning, rebuke, appeal) named with
        its addressee and no doer, in an "in" phrase of a bare statement ("In a rebuke to Beijing, X
        said ..."): what is said is made as that act, so the act is the event and the saying its
        vehicle."""
        return (d.trigger.dep_ == "pobj" and d.trigger.head.lower_ == "in" and not d.sources
                and bool(d.targets) and d.code[:2] in self.g.addressed_roots and owner.code[:2] == "01"
                and owner.trigger.pos_ in ("VERB", "AUX")
                and self.g.lemma(owner.trigger) in self.g.speech_verbs and not owner.targets)

    def _own_journey(self, d: _Draft, owner: _Draft | None) -> bool:
        """``d`` is a visit noun with a destination of its own ("a visit to Ankara") beside a clause
        whose act is no consultation: a meeting or visit verb and its visit are one event."""
        g = self.g
        if d.code not in g.destination_codes or not d.targets:
            return False
        if not any(c.dep_ == "prep" and c.lower_ in g.journey_preps for c in dependents(d.trigger)):
            return False
        if owner is not None and owner is not d and owner.code[:2] == d.code[:2]:
            return False
        if not d.sources and owner is not None and owner is not d:
            # "during a visit to Ankara" names no visitor: the clause's doer made the journey
            visited = {m.actor.country for m in d.targets}
            d.sources = [m for m in owner.sources if m.actor.country not in visited]
        return bool(d.sources)

    def _content_owner(self, tok: Token, primary: dict[int, _Draft]) -> _Draft | None:
        """The coded verb whose object is a proposal, plan or call whose clause holds ``tok``
        ("rejected the suggestion [that Europe would recognise ...]", "will not accept any proposal
        [to receive refugees]"): what was only proposed is the content of that act."""
        prev = tok
        for a in tok.ancestors:
            # a clause of content ("that X would ...", "to receive ..."), not a participle
            # saying who made it ("threats made by X")
            content = any(
                c.dep_ in ("nsubj", "nsubjpass", "mark") or (c.dep_ == "aux" and c.tag_ == "TO")
                for c in dependents(prev)
            )
            # the parser may read an infinitive of content as a relative clause ("calls [to resign]")
            infinitive = prev.dep_ == "relcl" and has_to(prev)
            if a.pos_ in ("NOUN", "PROPN") and (prev.dep_ in ("acl", "ccomp") or infinitive) and content and (
                self.g.lemma(a) in self.g.intent_nouns
            ):
                verb = clause_verb(a)
                owner = primary.get(verb.i) if verb is not None else None
                return owner if owner is not None and owner.secondary is None else None
            prev = a
        return None

    def _forecast_tokens(self, sent: Span) -> set[int]:
        """Tokens of what a commentator says will, may or will not happen ("analysts said Beijing
        was unlikely to [retaliate]"): a forecast by someone outside the events is no act. Only
        clauses that are not asserted: "observers said troops fired on the crowd" reports an act."""
        out: set[int] = set()
        g = self.g
        if g.sentence_lacks(sent, g.commentator_nouns):
            return out  # most sentences name no commentator: skip reading every token
        for tok in tokens_of(sent):
            # the cheap, rare dependency first: ``pos_`` is one of the dearest token attributes
            if tok.dep_ != "nsubj" or tok.pos_ != "NOUN" or g.lemma(tok) not in g.commentator_nouns:
                continue
            verb = tok.head
            lem = g.lemma(verb)
            comp = g.complements.get(lem)
            if lem not in g.speech_verbs and (comp is None or comp.family is not None):
                # "experts urged X to ...": an appeal is an act of its own, not a forecast
                continue
            for c in dependents(verb):
                if c.dep_ in ("ccomp", "xcomp"):
                    out.update(_content_span(c))
        return out

    def _generic_tokens(self, sent: Span) -> set[int]:
        """Tokens of a relative clause in the present that describes what its noun does or is
        ("the mission that is helping police fight gangs", "the minister, who supports the
        sanctions"): a standing trait or activity, not an act done at a time. Also the tokens of an
        embedded question ("unclear whether X will attack Y", "an inquiry into whether X helped Y"):
        an open question asserts no act. And a simple present with an adverb of frequency ("Beijing
        routinely condemns ...", "Hungary often blocks ..."): a habit, not an act at a time. And an event
        noun under a free-choice determiner ("any attack") or a noun of dread ("fears of a war"): a kind
        of act, or one only feared, not one done."""
        out: set[int] = set()
        g = self.g
        # each branch needs a word of the sentence (a dependent's, which the parse keeps inside it):
        # most sentences have none, and skip reading every token
        lo, hi = sent.start, sent.end
        words = lower_words(sent.doc)[lo:hi]
        deps = dep_labels(sent.doc)[lo:hi]
        marked = not (g.conditional_marks.isdisjoint(words) and g.habitual_adverbs.isdisjoint(words)
                      and g.recurrence_determiners.isdisjoint(words)
                      and g.hypothetical_determiners.isdisjoint(words) and g.dread_nouns.isdisjoint(words))
        if not marked and "relcl" not in deps:
            return out
        toks = tokens_of(sent)
        if not marked:
            # with none of those words only the relative-clause branch can apply: read its verbs alone
            toks = [t for t, d in zip(toks, deps, strict=True) if d == "relcl"]
        for tok in toks:
            if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in g.hypothetical_determiners
                                          for c in dependents(tok)):
                # "any Israeli attack would be met with a response": a kind of act, not one done
                out.add(tok.i)
            elif tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                    and tok.head.head.lower_ in g.dread_nouns:
                # "raising fears of a new war": an act only feared
                out.add(tok.i)
            elif _embedded_question(tok, g):
                out.update(_content_span(tok))
            elif _habitual(tok, g):
                out.update(_habit_span(tok))
            elif (
                tok.dep_ == "relcl"
                and tok.pos_ in ("VERB", "AUX")
                and _present(tok)
                # "diplomats whom it accuses of spying": a charge stands as said now, an act of its own
                and tok.lemma_.lower() not in self.g.content_verbs
                and self.g.lemma(tok) not in self.g.speech_verbs
                # "the province, where troops are battling rebels": what goes on at a place or
                # time is an act, not a trait of the noun
                and not any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in dependents(tok))
            ):
                out.update(_content_span(tok))
        return out

    def _asserted(self, t: Trigger) -> bool:
        """The trigger's event is told as done, not as planned, possible or denied."""
        clause = t.token if t.pattern.kind == "verb" else clause_verb(t.token)
        return modality_of(t.token, clause, self.g) == "asserted"

    def _content_tokens(self, sent: Span) -> set[int]:
        """Tokens inside the content of an accusation or denial ("accused X of [failing to stop ...]")."""
        out: set[int] = set()
        # the sentence's corrected and plain lemmas, sliced from the document's tables once
        lemmas = self.g.lemmas(sent.doc)[sent.start : sent.end]
        plain = lower_lemmas(sent.doc)[sent.start : sent.end]
        if self.g.content_nouns.isdisjoint(lemmas) and self.g.content_verbs.keys().isdisjoint(plain):
            return out  # most sentences have no word of an accusation or denial: skip reading every token
        for tok, lemma, plain_lemma in zip(tokens_of(sent), lemmas, plain, strict=True):
            if lemma in self.g.content_nouns and tok.pos_ == "NOUN":  # the rare word first
                for c in dependents(tok):
                    if c.dep_ in ("acl", "relcl", "ccomp") and _that_clause(c):
                        out.update(_content_span(c))
                continue
            preps = self.g.content_verbs.get(plain_lemma)
            if not preps or tok.pos_ not in ("VERB", "AUX"):
                continue
            before = len(out)
            for c in dependents(tok):
                if c.dep_ in ("xcomp", "ccomp") and c.dep_ in preps:
                    out.update(_content_span(c) - self._own_participles(c))
                elif c.dep_ == "prep" and c.lower_ in preps:
                    # only clauses ("of sheltering militants"): "blamed Ukraine for the damage" keeps
                    # its noun, which names no event of its own anyway
                    for p in dependents(c):
                        if p.dep_ == "pcomp":
                            out.update(_content_span(p))
            if len(out) > before:
                out |= self._content_outcomes(tok)
        return out

    def _content_outcomes(self, verb: Token) -> set[int]:
        """A comma-set outcome participle the parser hung on an accusing or denying verb after its
        content ("denied shelling a market, [killing] 15 people", "accused X of raiding a town,
        [killing] 20"): the result of the act accused or denied, not an act of the speaker's."""
        out: set[int] = set()
        for c in dependents(verb):
            if (
                c.dep_ == "advcl"
                and c.tag_ == "VBG"
                and c.i > 0
                and c.doc[c.i - 1].text == ","
                and self.g.lemma(c) in self.g.content_outcome_verbs
                and not any(k.dep_ in ("nsubj", "nsubjpass", "mark") for k in dependents(c))
            ):
                out |= {t.i for t in c.subtree}
                # "..., killing 19, in an attack the RSF denied carrying out": a clause with a subject
                # of its own inside the participle's phrase is its own act
                for t in c.subtree:
                    if t.i != c.i and t.dep_ in _OWN_CLAUSES and any(
                            k.dep_ in ("nsubj", "nsubjpass") for k in dependents(t)):
                        out -= {k.i for k in t.subtree}
        return out


    def _own_participles(self, clause: Token) -> set[int]:
        """A comma-set participle closing a denied clause, unless it tells the denied act's result:
        "denied that it had armed the rebels, [dismissing the charges as baseless]" is the
        denier's own act, which the parser hangs inside the clause."""
        out: set[int] = set()
        for c in dependents(clause):
            if (
                c.dep_ == "advcl"
                and c.tag_ == "VBG"
                and c.i > clause.i
                and c.i > 0
                and c.doc[c.i - 1].text == ","
                and self.g.lemma(c) not in self.g.result_verbs
            ):
                out |= {t.i for t in c.subtree}
        return out


_FINITE = ("VBD", "VBZ", "VBP")


def _setting_of_meeting(noun: Token, clause: Token, trig: Trigger, g: Grammar) -> bool:
    """``noun`` is the purpose or setting of a meeting or visit verb ("arrived for a summit with X",
    "met at talks"), so the verb's subject takes part in it; so does a speaker in the meeting it
    speaks at ("during a meeting with Erdogan, Putin said ...", "urged calm during a call with X")."""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep":
        return False
    # the parser may hang the setting on the verb's object ("called for a truce during a call")
    on = head.head
    if on.i != clause.i and not (on.dep_ in ("dobj", "pobj") and clause.i in (on.head.i, on.head.head.i)):
        return False
    if trig.pattern.code.startswith("04"):
        return head.lower_ in ("for", "at", "during")
    # any words spoken there, not only a bare "said": "urged restraint during a call with X" (a
    # meeting "with" the counterpart; "condemned X at a summit between A and B" is others' summit)
    spoken = (
        g.lemma(clause) in g.speech_verbs
        if trig.pattern.code == "010"
        else trig.pattern.code[:2] in g.carrier_roots
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in dependents(noun))
    )
    return spoken and head.lower_ in g.carrier_preps and noun.lemma_.lower() in g.carrier_meetings


# complement clauses: a conditional mark on one of these asks a question, it sets no condition
_QUESTION_DEPS = ("ccomp", "csubj", "pcomp")


def _means_act(verb: Token, primary: dict[int, _Draft]) -> _Draft | None:
    """The draft of the gerund in ``verb``'s "by" phrase ("responded by [closing] its airspace")."""
    for prep in dependents(verb):
        if prep.dep_ == "prep" and prep.lower_ == "by":
            for ger in dependents(prep):
                if ger.dep_ == "pcomp" and ger.tag_ == "VBG" and ger.i in primary:
                    return primary[ger.i]
    return None


def _embedded_question(tok: Token, g: Grammar) -> bool:
    """``tok`` heads a yes/no question embedded as a complement ("wonder whether ...", "asked if
    ...", "[whether X recognises Y] remains open"): a conditional mark on a complement clause."""
    return (
        tok.dep_ in _QUESTION_DEPS
        and tok.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "mark" and c.lower_ in g.conditional_marks for c in dependents(tok))
    )


def _habitual(verb: Token, g: Grammar) -> bool:
    """``verb`` is a simple present, active or passive, with an adverb of frequency ("routinely
    condemns", "train together annually") or a phrase of recurrence ("are held every two years")."""
    return (
        verb.tag_ in ("VBZ", "VBP", "VBN")  # the rarer test first: ``pos_`` is dear to read
        and verb.pos_ == "VERB"
        and (_present(verb) or _present_passive(verb))
        and any(c.dep_ == "advmod" and c.lower_ in g.habitual_adverbs or _recurrence(c, g)
                for c in dependents(verb))
    )


def _present_passive(verb: Token) -> bool:
    """``verb`` is a simple present passive ("are held"), with no other auxiliary."""
    auxes = [c for c in dependents(verb) if c.dep_ in ("aux", "auxpass")]
    return (verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass"
            and auxes[0].tag_ in ("VBZ", "VBP"))


def _recurrence(tok: Token, g: Grammar) -> bool:
    """``tok`` is a phrase of time that recurs ("every year", "each spring", "every two years")."""
    return tok.dep_ in ("npadvmod", "tmod") and any(
        c.dep_ == "det" and c.lower_ in g.recurrence_determiners for c in dependents(tok))


def _habit_span(verb: Token) -> set[int]:
    """The tokens of a habitual clause, without a coordinated verb ("often strikes ..., and on
    Monday its jets [bombed] ..."): each coordinated verb is judged on its own tense."""
    out: set[int] = set()
    stack = [verb]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        stack.extend(c for c in dependents(tok) if not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))
    return out


def _present(verb: Token) -> bool:
    """``verb`` is in the simple or progressive present with no other auxiliary ("supports", "is
    helping"): a perfect, a past, a passive or a modal tells of an act at some time."""
    auxes = [c for c in dependents(verb) if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxes
    return (
        verb.tag_ == "VBG"
        and len(auxes) == 1
        and auxes[0].dep_ == "aux"
        and auxes[0].tag_ in ("VBZ", "VBP")
        and auxes[0].lemma_ == "be"
    )


# What a complete clause has and a relative clause's gap lacks ("a claim that Moscow rejected _").
_COMPLETE_DEPS = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "nsubjpass", "agent", "dative"})


def _that_clause(clause: Token) -> bool:
    """``clause`` is a finite clause opened by the conjunction "that" ("allegations [that police beat
    protesters]"), not a relative clause whose "that" is a pronoun ("the claims [that he made]", which
    the parser may also mark as a conjunction: its verb then lacks the object the noun stands for)."""
    if clause.tag_ not in (*_FINITE, "VBN", "VB", "MD") or not that_marked(clause):
        return False
    verbs = [clause, *(c for c in dependents(clause) if c.dep_ == "conj")]
    return any(c.dep_ in _COMPLETE_DEPS for v in verbs for c in dependents(v))


def _content_span(head: Token) -> set[int]:
    """The tokens of a content clause, without a finite verb the parser hung on it by coordination
    ("denied targeting civilians and [blamed Ukraine]": "blamed" is the subject's own act)."""
    out: set[int] = set()
    stack = [head]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        for c in dependents(tok):
            if c.dep_ == "conj" and c.tag_ in _FINITE and head.tag_ not in _FINITE:
                continue
            stack.append(c)
    return out


def _protest_aim(protest: _Draft, aim: _Draft, g: Grammar) -> None:
    """Give a protest of no stated aim (141-145) the aim of the demand or protest that says what it is
    for ("marched to demand the resignation of X" 1411, "went on strike to demand higher pay" 1432)."""
    if protest.code[:2] != "14" or protest.code not in g.derive or aim.code[:2] not in ("10", "14") \
            or aim.modality == "negated":
        return
    code = g.derived_code(protest.code, aim.code)
    if code != protest.code:
        protest.code = code
        protest.rule = f"{protest.rule}+aim({aim.rule})->{code}"


def _demand_purpose(tok: Token, g: Grammar) -> bool:
    """A "to" clause of demand on ``tok`` or on its object's phrase ("marched to demand ...", "went on
    strike to demand ...")."""
    holders = [tok]
    for c in dependents(tok):
        if c.dep_ == "dobj":
            holders.append(c)
        elif c.dep_ == "prep":
            holders.extend(o for o in dependents(c) if o.dep_ == "pobj")
    for h in holders:
        for c in dependents(h):
            if c.dep_ not in ("advcl", "xcomp", "acl", "relcl") or c.tag_ != "VB":
                continue
            comp = g.complements.get(g.lemma(c))
            if comp is not None and comp.family == "10" and has_to(c):
                return True
    return False


def _purpose_head(tok: Token, g: Grammar) -> Token | None:
    """The event word a subjectless "to" clause serves: the verb of a purpose clause ("sent troops
    to help X"), or the verb or event noun whose object the clause completes ("rejected a request
    to extradite X", "welcomed the decision to send troops")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    kids = list(dependents(tok))
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids) or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in kids
    ):
        return None
    head = tok.head
    if tok.dep_ in ("advcl", "xcomp") and head.pos_ in ("VERB", "AUX"):
        # a control verb's own complement is its content, handled as a chain (see ``_governor``)
        return None if head.lemma_.lower() in g.complements else head
    if tok.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        return clause_verb(head) or head
    return None


def _parenthetical_act(tok: Token) -> bool:
    """A passive participle set off by a comma, with its own agent ("the Kurds, [attacked by Turkish
    troops], retreated"): it reports an event, where a bound one ("warplanes supported by Russia")
    only says which party is meant."""
    # the rare agent first: a comma is read off a token built anew
    return any(c.dep_ == "agent" for c in dependents(tok)) and tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _consequence(tok: Token) -> bool:
    """``tok`` is a trailing present participle with no subject of its own that says what the act of
    the verb before it led to ("struck the town, killing ten")."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and tok.head.i < tok.i
        and tok.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in dependents(tok))
    )


def _same_meeting(noun: _Draft, visit: _Draft) -> bool:
    """A meeting noun held with no side but the one a visit or hosting verb already names ("travel
    to Ethiopia for talks with its prime minister"): both consult roots, the noun's targets all of the
    visited countries."""
    if noun.code[:2] != "04" or visit.code[:2] != "04" or not visit.targets:
        return False
    visited = {m.actor.country or m.actor.code for m in visit.targets}
    # only a party the noun is held with ("talks with X", "a summit between A and B") makes it
    # another meeting; what the talks are about ("for talks on the war in Ukraine") is their topic,
    # and a visit for talks on it is the one consultation
    # (only for a meeting noun: a guest's visit the hosting implies stands at the guest's name)
    parties = noun.targets
    if noun.trigger.pos_ == "NOUN" and not noun.rule.startswith("hosted("):
        spans = [(p.left_edge.i, p.right_edge.i) for p in dependents(noun.trigger)
                 if p.dep_ == "prep" and p.lower_ in ("with", "between", "among", "involving")]
        parties = [m for m in noun.targets if any(lo <= m.start <= hi for lo, hi in spans)]
    return all((m.actor.country or m.actor.code) in visited for m in parties)


def _prevented_by(tok: Token, g: Grammar) -> Token | None:
    """The verb that stops what ``tok`` names: ``tok`` is an event noun it takes as object or passive
    subject ("banned a [rally]"), a participle or relative clause on such a noun ("vetoed a
    statement [condemning] X"), or the verb of its "from" phrase ("barred X from [leaving]")."""
    noun = tok
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "pcomp" and tok.head.lower_ == "from":
        # "banned a journalist from [leaving] the country", "barred rebels from [entering]": the act
        # kept from happening is no event; the ban is
        stopper = tok.head.head
        return stopper if stopper.pos_ == "VERB" and g.lemma(stopper) in g.prevention_verbs else None
    if tok.pos_ in ("VERB", "AUX"):
        if tok.dep_ not in ("acl", "relcl") or tok.head.pos_ not in ("NOUN", "PROPN"):
            return None
        noun = tok.head
    elif tok.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and g.lemma(verb) in g.prevention_verbs:
        return verb
    return None


def _object_clause(tok: Token) -> Token | None:
    """The verb an event noun is the object of ("host [talks]", "host a round of [talks]"); not
    the verb of a phrase it only sits in ("recognise X during a [visit]")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    cur = tok
    for _ in range(3):
        head = cur.head
        if cur.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of" and head.head.pos_ == "NOUN":
            cur = head.head
            continue
        break
    head = cur.head
    return head if cur.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") else None


def _idle(d: _Draft) -> bool:
    """``d`` can make no event: no target, no reciprocal sides and not an act without a target."""
    return not d.targets and not d.notarget and not (d.reciprocal and len(d.sources) > 1)


def _conditional_clauses(doc: Doc, g: Grammar) -> frozenset[int]:
    """The indices of the document's "if" or "unless" clauses (an ``advcl`` with a conditional mark),
    found once per document."""
    table = _CONDITIONS.table(doc, g)
    found: frozenset[int] | None = table.get("clauses")
    if found is None:
        toks = doc_tokens(doc)
        found = table["clauses"] = frozenset(
            i for i, dep in enumerate(dep_labels(doc)) if dep == "advcl" and conditional_mark(toks[i], g))
    return found


_CONDITIONS = DocTable()


def _condition_owner(tok: Token, primary: dict[int, _Draft], g: Grammar) -> _Draft | None:
    """The draft of the threat, offer or demand an "if" or "unless" clause holding ``tok`` qualifies.

    Only there: in "If the U.S. raises tariffs, China could ease sanctions" both halves are events of
    their own (hypothetical), but "warned it would impose sanctions if Minsk sent troops" is one threat."""
    clauses = _conditional_clauses(tok.doc, g)
    if not clauses:
        return None  # most documents have no condition: skip the walk up the tree
    for a in chain((tok,), tok.ancestors):  # one at a time: the walk stops at the first condition
        if a.i in clauses:
            if not any(conditional_act(b, g) for b in (a.head, *a.head.ancestors)):
                return None
            for b in (a.head, *a.head.ancestors):
                if b.i in primary:
                    return primary[b.i]
            return None
    return None


def _own_doer(d: _Draft, owner: _Draft, g: Grammar) -> bool:
    """The event noun ``d`` names its own doer ("mediation by Norway", "Egypt's invitation"), one that
    is not among the doers of the clause's act ``owner``: a separate party's act, not a setting."""
    noun = d.trigger
    head = noun.head
    # the background of the act ("after", "following", "amid"), not "before" an act that has not
    # happened yet; a noun the act only looks into ("an inquiry into abuses by X") is its topic
    if noun.dep_ != "pobj" or head.lower_ == "before":
        return False
    # or the act the clause's act answers ("recalled its envoy in protest at France's support for
    # X", "in retaliation for Moscow's expulsion of ..."): a prior act of another party, which the
    # gold conventions code when its doer is named
    answered = head.lower_ in g.cause_preps or (
        head.lower_ in g.cause_noun_preps and g.lemma(head.head) in g.cause_nouns)
    # or a definite act an inquiry looks into, its doer named by "by" ("an inquiry into the killing of
    # 12 protesters by the security forces"): the definite noun tells the act as done, not a topic
    probed = head.lower_ in g.probe_preps and any(
        c.dep_ == "det" and c.lower_ == "the" for c in dependents(noun)) and any(
        c.dep_ == "prep" and c.lower_ in g.agent_preps for c in dependents(noun))
    if head.lower_ not in g.background_preps and not answered and not probed:
        return False
    if answered and head.lower_ not in g.background_preps and d.code[:2] == "01":
        # "summoned the envoy over Y's remarks on Taiwan": a statement named only as a topic, its
        # content untold, is no event of its own (the conventions code a statement by its content)
        return False
    if not names_own_doer(noun, g) or not d.sources or not owner.sources:
        return False
    # a doer the noun only inherits from the clause ("talks after its own offer") is the same party
    theirs = {m.start_char for m in owner.sources}
    return not any(m.start_char in theirs for m in d.sources)


def _decided_by_other(d: _Draft, primary: dict[int, _Draft], g: Grammar) -> bool:
    """``d`` is the clause of a decision noun that names its own doer ("a decision by the Panamanian
    government to suspend X", "the Netherlands' decision to restrict exports"), a party other than the
    doer of the coded verb that holds the noun: the decided act is that party's event (the gold
    conventions code a nominal event whose source is named), not the content of that verb's act."""
    noun = d.trigger.head
    if d.trigger.dep_ != "acl" or noun.pos_ not in ("NOUN", "PROPN") or g.lemma(noun) not in g.decision_nouns:
        return False
    # with a target of its own: "welcomed Japan's decision to lift export curbs" names no party
    # the lifting is done to, and an event needs a target
    if not has_to(d.trigger) or not names_own_doer(noun, g) or not d.sources or not d.targets:
        return False
    verb = clause_verb(noun)
    owner = primary.get(verb.i) if verb is not None else None
    if owner is None or owner is d or not owner.sources:
        return False
    theirs = {m.start_char for m in owner.sources}
    return not any(m.start_char in theirs for m in d.sources)
