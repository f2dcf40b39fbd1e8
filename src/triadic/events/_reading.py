"""Reading a sentence: its pattern triggers and the main event it is about, with its arguments."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from triadic.events._arg_phrases import is_time
from triadic.events._arguments import Arguments, arguments_of
from triadic.events._clauses import (
    PREDICATIVE,
    asked_clause,
    bare_guest,
    bare_participle,
    gone_on_with,
    infinitive_of_object,
)
from triadic.events._finders import PartyFinder, Trigger
from triadic.events._matching import noun_matches, object_fits, plain_object_keys, verb_matches, words_below
from triadic.events._modality import conditional_mark, modality_of
from triadic.events._patterns import NO_EVENT, Complement, Grammar, Pattern
from triadic.events._syntax import (
    agreed_object,
    asks_for_act,
    clause_verb,
    delayed_complement,
    ended_act,
    is_passive,
    manner_of_force,
    prep_objects,
    shares_governor,
    that_marked,
)
from triadic.events._tree import (
    DocTable,
    conjuncts,
    dep_labels,
    dependents,
    has_to,
    lower_lemmas,
    lower_words,
    token_memo,
    tokens_of,
)
from triadic.model import Event

__all__ = ["SentenceReading", "SentenceReader", "reserved_right"]

# parts of speech a trigger can have (a past participle "VBN" can also be read as an adjective)
_TRIGGER_POS = frozenset({"ADJ", "VERB", "AUX", "NOUN", "PROPN"})
# the CAMEO root of voiced intent, whose sub-codes (031 material, 032 diplomatic ...) the intended act picks
_INTENT_FAMILY = "03"
# Named-entity types of a modifier that names who owns an act noun ("the Houthi threat to ...").
_OWNER_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
# the telephone-call code: "called X" with a leader as object is a call (see _phoned)
_CALL_CODE = "041"
# Naming a party's act with a word of blame ("called the drills a provocation", "called the strike an
# act of aggression", "called the decision illegal") is criticism of it; a pattern made here, since
# the act is told by the structure (a naming verb and its predicate), not by one word.
_DISPARAGING = Pattern(
    code="111", kind="verb", head="", words=(), objects=frozenset(), intransitive=False,
    notarget=False, reciprocal=False, spec="naming+disparaging", origin="structural:_reading",
)

# Entity types that are no reason for criticism: when or where ("for two hours", "over Gaza").
_NO_REASON_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "QUANTITY"})

# "Came under fire from X over Y": the figurative fire is criticism (CAMEO 111), from X to the subject.
_UNDER_FIRE = Pattern(
    code="111", kind="noun", head="fire", words=(), objects=frozenset(), intransitive=False,
    notarget=False, reciprocal=False, spec="under fire+over", origin="structural:_reading",
)

# "Came under fire from gunmen": fire suffered with no reason is shooting (CAMEO 190), from the "from"
# party to the subject.
_UNDER_GUNFIRE = Pattern(
    code="190", kind="noun", head="fire", words=(), objects=frozenset(), intransitive=False,
    notarget=False, reciprocal=False, spec="under fire", origin="structural:_reading",
)


@dataclass(frozen=True, slots=True)
class SentenceReading:
    """What a sentence is mainly about: its CAMEO code, the rule, and the main trigger's arguments."""

    code: str
    rule: str
    arguments: Arguments


# The last root of cooperation (01-08): a plan of an act under it is an intent to cooperate.
_LAST_COOPERATION_ROOT = "08"


class SentenceReader(PartyFinder):
    """The event coder's sentence reading (a base of :class:`~triadic.events._coder.EventCoder`):
    pattern triggers, the sentence's main event and its arguments, and the control chains they share."""

    # ------------------------------------------------------------------ triggers
    # set up by EventCoder.__init__: the doc whose triggers are remembered, and those triggers by sentence
    _trigger_doc: Doc | None
    _trigger_memo: dict[tuple[int, int], list[Trigger]]
    # Tokens whose most specific verb pattern is a "no event" sense ("recognised the need for"),
    # filled as triggers are found.
    _no_event_verbs: set[int]
    # every word a trigger can be found by (pattern keys, describing verbs, figurative fire nouns)
    _trigger_words: frozenset[str]

    def triggers(self, sent: Span) -> list[Trigger]:
        """Every token of the sentence that matches a pattern, most specific pattern per token."""
        if self._trigger_doc is not sent.doc:
            self._trigger_doc, self._trigger_memo, self._no_event_verbs = sent.doc, {}, set()
        key = (sent.start, sent.end)
        found = self._trigger_memo.get(key)
        if found is None:
            found = self._trigger_memo[key] = self._find_triggers(sent)
        return list(found)

    def _find_triggers(self, sent: Span) -> list[Trigger]:
        out: list[Trigger] = []
        verbs, nouns, adjs = self.patterns.verbs, self.patterns.nouns, self.patterns.adjectives
        amounts = self.g.amount_words
        keys = self._trigger_words
        toks = tokens_of(sent)
        blocked: set[int] = set()
        # only a headline written in title case hides its verbs as names; in running text a
        # capitalised "State" or "Force" is part of a name ("Islamic State fighters")
        # (worked out only when a capitalised name could be such a verb: most sentences have none)
        headline: bool | None = None
        # the document's lemmas and lower-cased words, read once per document (a token decodes its
        # strings anew on every read)
        lemmas, lows, deps = self.g.lemmas(sent.doc), lower_words(sent.doc), dep_labels(sent.doc)
        for tok in toks:
            i = tok.i
            lemma = lemmas[i]
            if lemma not in keys and lows[i] not in keys:
                # no branch below finds anything for a word no pattern or word list names, save an
                # unnamed title-case name (a headline's verb) and an "-ing" noun (a misread progressive)
                # (the tag's id first: it decodes no string, and most words are neither)
                pos_id = tok.pos
                if not (pos_id == PROPN and not tok.ent_type) \
                        and not (pos_id == NOUN and lows[i].endswith("ing")):
                    continue
            pos = tok.pos_
            if pos not in _TRIGGER_POS and tok.tag_ != "VBN":
                continue  # no branch below reads such a word: skip its dependents
            if adjs and deps[i] in PREDICATIVE and (pos == "ADJ" or bare_participle(tok)):
                # "Seoul is critical of Tokyo", "Kenya is concerned about ...": an adjective said
                # of the subject (the parser tags some participles as verbs)
                found = None
                for p in adjs.get(lemma) or adjs.get(lows[i]) or ():
                    obj = verb_matches(tok, p, amounts)
                    if obj is not None:
                        found = Trigger(tok, p, obj if obj.i != tok.i else None)
                        break
                if found is not None:
                    if found.pattern.code != NO_EVENT:
                        out.append(found)
                    continue
            if pos == "PROPN" and tok.is_title and not tok.ent_type_ and lemma not in nouns and (
                headline if headline is not None else (headline := _title_case(toks))
            ):
                # a title-case headline ("Turkey Condemns Attack"): the tagger reads verbs as names
                # and keeps their inflection; look the lower-cased word up by its plain forms
                head = next((f for f in _plain_forms(tok.lower_) if f in verbs), None)
                if head is not None:
                    for p in verbs[head]:
                        obj = verb_matches(tok, p, amounts)
                        if obj is not None:
                            if p.code != NO_EVENT:
                                out.append(Trigger(tok, p, obj if obj.i != tok.i else None))
                            break
                    continue
            # a noun with a subject of its own is a verb the tagger misread; only a word with verb
            # patterns needs its dependents looked at
            if pos == "VERB" and lemma in self.g.describing_verbs and _disparaged(tok, self.g):
                # "described the strike as an act of aggression": a verb with no event of its own
                out.append(Trigger(tok, _DISPARAGING, None))
                continue
            cands = (verbs.get(lemma) or verbs.get(lows[i])) if pos in ("VERB", "AUX", "NOUN") else None
            if not cands and pos == "NOUN" and lows[i].endswith("ing") and _misread_progressive(tok):
                # "Egypt, which is mediating between A and B": a progressive the tagger read as a noun
                # keeps its "-ing" as its lemma; look it up by its plain forms
                cands = next((verbs[f] for f in _ing_forms(lows[i]) if f in verbs), None)
            if cands and (pos != "NOUN" or any(deps[c.i] == "nsubj" for c in dependents(tok))):
                naming = lemma in self.g.naming_verbs and (_names_predicate(tok) or _disparaged(tok, self.g))
                okeys = None  # the verb's plain objects' keys, read at the first pattern with objects only
                for p in cands:
                    if p.code == "120" and lemma in self.g.consent_verbs and not any(
                            c.dep_ == "neg" for c in dependents(tok)):
                        # "accepted the plan": consent given is no rejection, and no trigger of one
                        continue
                    if p.code == "130" and lemma in self.g.manner_reprisals and not (
                            p.words or p.objects or p.prep_objects) and not reserved_right(
                            tok, self.g) and not unhesitating(tok, self.g) and not any(
                            c.dep_ == "advmod" and c.lower_ in self.g.reprisal_manners
                            for c in dependents(tok)) and not any(
                            manner_of_force(o, self.g) or (
                                self.g.lemma(o) in self.g.measure_nouns and _reply_of_force(o, self.g))
                            for o in _reply_manners(tok)) and not _answers_any_assault(tok, nouns, self.g) \
                            and not _answers_told_act(tok, verbs, nouns, self.g):
                        # "would respond to the letter" is no threat; "would respond decisively" or
                        # "with retaliatory measures" is, and so is "ready to respond to any aggression"
                        continue
                    if p.code[:2] == "11" and lemma in self.g.reprisal_verbs \
                            and _struck_back_at_assault(tok, nouns):
                        # "would hit back hard at any Israeli aggression": struck back at an assault, not
                        # at words, the reply is a reprisal (the verb's "back" pattern, 130), not criticism
                        # ("hit back at critics"); the parser may hang "back" where that pattern misses it
                        back = next((q for q in cands if q.code == "130" and "back" in q.words), None)
                        if back is not None:
                            out.append(Trigger(tok, back, None))
                            break
                        continue
                    if p.code == _CALL_CODE and p.objects and not p.words and lemma in self.g.calling_verbs \
                            and not self._phoned(tok):
                        # "called on Nigerian leaders to ...": an appeal, not a call placed to them
                        # (only for a verb of calling: "held a call with X" is a call)
                        continue
                    if p.words and not words_below(tok).issuperset(p.words):
                        continue  # a word the pattern asks for is missing: ``verb_matches`` fails at once
                    if p.objects and not p.words:
                        # most of a verb's object patterns name no object it has: two set tests turn them
                        # down where ``verb_matches`` would (``plain_object_keys``)
                        if okeys is None:
                            okeys = plain_object_keys(tok, amounts)
                        fit_words, carried, named = okeys
                        if fit_words.isdisjoint(p.objects) and carried.isdisjoint(p.carriers) and not named:
                            continue
                    obj = verb_matches(tok, p, amounts)
                    if obj is not None and p.code == "130" and lemma in self.g.reply_manner_verbs \
                            and self.g.lemma(obj) in self.g.reply_given_nouns | self.g.measure_nouns \
                            and not _reply_of_force(obj, self.g):
                        # "would give a crushing response" is a threat; "gave a response to the letter" no
                        continue
                    if obj is not None and p.objects and p.code != NO_EVENT and obj.i != tok.i \
                            and self._figurative_object(obj, p, nouns, sent.start):
                        # "warned of a currency war", "waged a trade war": the object the pattern
                        # asks for is, in this phrase, a "no event" or a non-violent sense of its noun
                        continue
                    if obj is not None and naming and (obj.i != tok.i or p.words):
                        # "called the boycott a cynical stunt": the boycott is only named, and a
                        # word under it is its own ("called the attack on X an act of terror" is
                        # no "call on")
                        continue
                    if obj is not None:
                        # a "no event" sense ("hit a snag") blocks the weaker patterns, and
                        # what it matched ("took out a loan") is no event either
                        if p.code != NO_EVENT:
                            out.append(Trigger(tok, p, obj if obj.i != tok.i else None))
                        else:
                            self._no_event_verbs.add(tok.i)
                            if obj.i != tok.i:
                                blocked.add(obj.i)
                        break
                if naming and (not out or out[-1].token.i != tok.i) and _disparaged(tok, self.g):
                    out.append(Trigger(tok, _DISPARAGING, None))
                continue
            # a noun used as a modifier ("attack helicopters", "peace talks") is not the event,
            # unless what it modifies only carries it ("a mediation effort")
            # a date or time is no event noun ("on March 31" names the month, not a march)
            # (a noun with no pattern, most of them, is let go before its entity type and head are read)
            if pos not in ("NOUN", "PROPN"):
                continue
            cands = nouns.get(lemma) or nouns.get(lows[i])
            if (
                (cands or lemma in self.g.figurative_fire_nouns)
                and tok.ent_type_ not in ("DATE", "TIME")
                and (deps[i] != "compound" or tok.head.lemma_.lower() in self.g.carrier_nouns)
            ):
                if lemma in self.g.figurative_fire_nouns and _under_fire(tok, self.g) and not any(
                        c.dep_ == "compound" for c in dependents(tok)):
                    # "came under fire from the UN over settlements": criticism the subject suffers
                    # ("came under rocket fire" is shooting, read by the noun's own patterns); with no
                    # reason, "came under heavy fire from jihadists" is shooting the subject suffers
                    if _under_fire_over(tok, self.g):
                        out.append(Trigger(tok, _UNDER_FIRE, None))
                    elif _under_gunfire(tok, self.g):
                        out.append(Trigger(tok, _UNDER_GUNFIRE, None))
                    continue
                if cands:
                    for p in cands:
                        if noun_matches(tok, p, sent.start):
                            if p.code != NO_EVENT and not (
                                    p.code[:2] in self.g.figurative_roots and self._characterises(tok)):
                                out.append(Trigger(tok, p, None))
                            break
        if self._no_event_verbs and out:
            # "vowed to fight corruption", "pledged to tackle inflation": a plain verb of intent
            # whose infinitive is a "no event" sense promises no act toward any party, so it is no
            # intent to cooperate (03) either
            # (the vow itself then reads as "no event", so the sentence gets no fallback code)
            vows = {t.token.i for t in out if _vows_no_event(t, self._no_event_verbs)}
            if vows:
                self._no_event_verbs.update(vows)
                out = [t for t in out if t.token.i not in vows]
        helpers = _helpers_of_acts(out, self.g)
        if helpers:
            blocked |= helpers
        return [t for t in out if t.token.i not in blocked] if blocked else out

    def _characterises(self, tok: Token) -> bool:
        """``tok`` is predicated of a law, policy or decision ("the reform is an attack on workers")."""
        head = tok.head
        if tok.dep_ != "attr" or head.lemma_.lower() != "be":
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in self.g.characterised_things
                   for c in dependents(head))

    def _figurative_object(self, obj: Token, pat: Pattern, nouns: Mapping[str, Sequence[Pattern]],
                           start: int) -> bool:
        """``obj`` is named by a noun pattern with modifiers that is a "no event" sense ("price war",
        "heart attack"), or, for a pattern of force, a sense that is no force ("trade war" 110)."""
        for p in nouns.get(obj.lemma_.lower()) or nouns.get(obj.lower_) or ():
            if p.words and noun_matches(obj, p, start):
                return p.code == NO_EVENT or (
                    pat.code[:2] in self.g.figurative_roots and p.code[:2] not in self.g.figurative_roots
                    and p.code[:2] not in self.g.forced_on_roots)
        return False

    def sentence_code(
        self,
        sent: Span,
        events: Sequence[Event] = (),
        through_speech: tuple[str, ...] = ("asserted", "negated", "planned"),
    ) -> tuple[str, str] | None:
        """``(code, rule)`` of what a sentence is mainly about, for sentence classification.

        Candidates are the sentence's coded events and its pattern matches without a resolved dyad
        (so a sentence whose actors did not resolve is still classified). The one nearest the root
        of the parse wins, coded events first; a speech verb ("said") gives way to an event it
        reports when that event's modality is in ``through_speech``.
        """
        found = self.read_sentence(sent, events, through_speech)
        return None if found is None else (found.code, found.rule)

    def read_sentence(
        self,
        sent: Span,
        events: Sequence[Event] = (),
        through_speech: tuple[str, ...] = ("asserted", "negated", "planned"),
    ) -> SentenceReading | None:
        """The sentence's code and rule (as :meth:`sentence_code`) and its main trigger's arguments:
        source, target and reciprocal noun phrases, whether or not they resolve to actors."""
        trigs = {t.token.i: t for t in self.triggers(sent)}
        if not trigs and not events:
            return None  # no candidate at all (most sentences of a long article)
        tok_at = {t.idx: t for t in tokens_of(sent)} if events else {}
        # (token, code, rule, modality, coded); a trigger's modality as the (trigger, clause) it is read
        # from, worked out only for the candidates the ranking below looks at (``mod``)
        cands: dict[int, tuple[Token, str, str, str | tuple[Token, Token | None], bool]] = {}
        g = self.g

        def mod(c: tuple[Token, str, str, str | tuple[Token, Token | None], bool]) -> str:
            m = c[3]
            return m if isinstance(m, str) else modality_of(m[0], m[1], g)

        # the trigger whose arguments stand for a governing verb ("agreed to [hold talks] with X")
        inner_of: dict[int, Trigger] = {}
        for e in events:
            tok = tok_at.get(e.trigger.start)
            if tok is not None and tok.i not in cands:
                cands[tok.i] = (tok, e.cameo, e.rule or "", e.modality, True)
        for t in trigs.values():
            clause = t.token if t.pattern.kind == "verb" else clause_verb(t.token)
            gov = self._governor(clause) if clause is not None else None
            if gov is not None and gov[1].family is not None:
                inner_of.setdefault(gov[0].i, t)
            if t.token.i not in cands:
                if gov is not None and gov[1].family is not None and gov[0].i not in cands:
                    # "agreed to resign": the governing verb's own code stands for the sentence
                    head = gov[0]
                    code = self.g.derived_code(gov[1].family, t.pattern.code,
                                               forceful=not ended_act(t.token, self.g))
                    rule = f"complement:{head.lemma_.lower()}({t.pattern.rule})->{code}"
                    cands[head.i] = (head, code, rule, (head, head), False)
                cands[t.token.i] = (
                    t.token,
                    t.pattern.code,
                    t.pattern.rule,
                    (t.token, clause),
                    False,
                )
        if not cands:
            return None
        ranked = sorted(cands.values(), key=lambda c: (_depth(c[0]), not c[4], c[0].i))
        # "Syrian opposition members said ...": a word inside the speaker's own subject names who
        # speaks, not what the sentence reports
        ranked = [c for c in ranked if not _in_speaker(c[0], self.g)] or ranked
        best = ranked[0]
        if not best[4] and _agentless(best[0]):
            # "three soldiers were killed as A launched strikes on B": what befell someone at the
            # hands of nobody named is the setting; the act with a coded doer is the event
            doers = [c for c in ranked[1:] if c[4] and _in_clause_of(c[0], best[0], self.g)]
            if doers:
                best = doers[0]
        code, rule = best[1], best[2]
        # whose arguments the reading gives: a fronted report's own ("A will meet B, officials said")
        speaker: Token | None = None
        if best[0].lemma_.lower() in self.g.dispatch_verbs:
            # "sent a team to Qatar to investigate ...": what those sent are to do is the event;
            # who sent them, and where, stay the arguments
            purpose = [c for c in ranked[1:] if _purpose_of(c[0], best[0])]
            if purpose:
                speaker, best = best[0], purpose[0]
                code, rule = best[1], best[2]
        if best[1] == "010" and best[0].lemma_.lower() in self.g.speech_verbs:
            head = best[0]
            inner = [
                c
                for c in ranked[1:]
                if c[1][:2] != "01"
                # "A will meet B in Paris, A's office said": a report written after what it reports
                # is about it, whatever its modality
                and (mod(c) in through_speech or _fronted(c[0], head))
                and _governed_by(c[0], head)
            ]
            if inner:
                said = mod(inner[0])
                if said not in through_speech or said not in _TOLD_AS_DONE:
                    # "Oslo said Rome will send aid": the code is the aid, the arguments stay the
                    # report's (measured: the embedded act's own phrases lower span F1 there)
                    speaker = head
                best = inner[0]
                code, rule = best[1], best[2]
            elif self._deontic(best[0]):
                # "X said Y must disarm": reported obligation is a demand.
                code, rule = "100", f"deontic({best[2]})->100"
        if rule == best[2]:
            best_mod = mod(best)
            if best_mod != "negated" and self._deontic(best[0]) and best[1][:2] not in ("01", "10"):
                code = self.g.derived_code("10", best[1])
                rule = f"deontic({best[2]})->{code}"
            elif best_mod == "negated" and "02" <= best[1][:2] <= "08":
                # CAMEO codes a cooperative act that is refused or not done as a rejection (12x).
                code = self.g.derived_code("12", best[1])
                rule = f"negated({best[2]})->{code}"
        arg_tok = speaker if speaker is not None else best[0]
        return SentenceReading(code=code, rule=rule, arguments=self._arguments(arg_tok, trigs, inner_of))

    def _arguments(self, tok: Token, trigs: dict[int, Trigger], inner_of: dict[int, Trigger]) -> Arguments:
        """Arguments of the main trigger; a governing verb takes its embedded event's targets."""
        t = trigs.get(tok.i)
        nouns = self._event_nouns
        inner = inner_of.get(tok.i)
        # A governing verb without a pattern of its own is read with none: handing it the embedded
        # event's pattern ("A and B agreed to allow access") measured worse on span gold.
        args = arguments_of(tok, t.pattern if t else None, t.obj if t else None, self.g, nouns)
        if inner is not None and not (args.targets or args.reciprocal):
            sub = arguments_of(inner.token, inner.pattern, inner.obj, self.g, nouns)
            if sub.reciprocal:
                return sub.with_trigger(args.trigger)
            return Arguments(sources=args.sources or sub.sources, targets=sub.targets, trigger=args.trigger)
        return args

    def _deontic(self, tok: Token) -> bool:
        """A clause at or under ``tok`` says what someone must do ("must disarm", "must be avoided")."""
        for c in dependents(tok) if tok.pos_ in ("VERB", "AUX") else ():
            if c.dep_ in ("ccomp", "xcomp") and any(
                a.dep_ in ("aux", "auxpass") and a.lower_ in self.g.deontic_aux for a in dependents(c)
            ):
                return True
        return any(a.dep_ == "aux" and a.lower_ in self.g.deontic_aux for a in dependents(tok))

    def _governor(self, clause: Token) -> tuple[Token, Any] | None:
        """The governing verb of a control chain over ``clause`` ("agreed to [hold]"), if any."""
        # asked about each trigger's clause by the drafter (twice) and the sentence reading: once per doc
        table = _GOVERNORS.table(clause.doc, self)
        i = clause.i
        if i in table:
            return table[i]
        found = table[i] = self._find_governor(clause)
        return found

    def _find_governor(self, clause: Token) -> tuple[Token, Any] | None:
        """:meth:`_governor`, worked out."""
        head = clause.head
        if bare_guest(clause, self.g):
            # "told visiting Russian officials": the bare participle names the guest, it is no act
            # the verb asks or governs
            return None
        if clause.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in self.g.gerund_control_preps:
            # "committed to allowing inspectors": the parser reads the gerund as the object of "to"
            comp = self.g.complements.get(self.g.lemma(head.head))
            if comp is None and head.head.pos_ == "NOUN":
                # "affirmed its commitment to supporting Sudan": the gerund after an intent noun
                return self._voiced_intent(head.head)
            return (head.head, comp) if comp is not None and comp.family is not None else None
        if clause.dep_ == "xcomp" and head.pos_ == "VERB" and self.g.lemma(head) in self.g.helping_verbs:
            # "is prepared to help mediate": the helped act is the helper's own, governed as "help" is
            return self._governor(head)
        if gone_on_with(clause, self.g):
            # "pledged to continue supplying weapons", "vowed to keep sending aid": going on with an
            # act is that act, promised as the governor of "continue" says (0332, 033 here)
            return self._governor(head)
        if shares_governor(clause):
            # "agreed to lift sanctions and restore ties", "urged X to disarm and to free Y": a verb
            # coordinated with a governed infinitive is governed the same way
            return self._governor(head)
        refused = self._rejected_appeal(clause, head) if head.pos_ in ("NOUN", "VERB") else None
        if refused is not None:
            return refused
        named = self._named_complement(clause, head)
        if named is not None:
            return named
        comp = self.g.complements.get(self.g.lemma(head))
        if (comp is not None and head.pos_ == "NOUN" and clause.dep_ in ("acl", "ccomp")
                and head.lemma_.lower() in self.g.mandative_nouns and comp.object_control
                and that_marked(clause)):
            # "repeated its demand that Washington lift sanctions": the noun's "that" clause is what
            # it asks, as the verb's is ("demanded that Washington lift"); None if it reports a fact
            asks = comp.family in self.g.mandative_families and asks_for_act(clause, self.g)
            return (head, comp) if asks else None
        if comp is None:
            if clause.dep_ == "acl" and has_to(clause):
                # "expressed readiness to deepen ties with X": voiced intent, as "is ready to" is
                return self._voiced_intent(head)
            if clause.dep_ == "advcl" and has_to(clause) and head.pos_ == "VERB":
                # "affirmed the Kingdom's keenness to strengthen ties": the parser may hang the noun's
                # infinitive on the voicing verb; the intent noun is still the verb's object before it
                nouns = [c for c in dependents(head) if c.dep_ == "dobj" and c.i < clause.i]
                return self._voiced_intent(nouns[-1]) if nouns else None
            return None
        if clause.dep_ == "xcomp" and agreed_object(head, clause, self.g):
            # "agreed to a truce [to allow aid in]": what is agreed is the truce; the infinitive
            # after it says what the truce is for
            return None
        if self._phoned(head):
            # "called Lavrov to discuss Syria": a telephone call and its purpose, not an appeal to
            # Lavrov to discuss (that is "called on Lavrov to")
            return None
        if clause.dep_ == "xcomp" or delayed_complement(clause, self.g):
            return head, comp
        if clause.dep_ == "advcl" and comp.object_control and infinitive_of_object(clause, head, self.g):
            # "cut aid to press Cairo to release prisoners": the parser hangs the controlled
            # infinitive as an adverbial clause; the verb's object is still who is to act
            return head, comp
        # "called for Iran to release ...", "demanded that Iran release ...": the clause names who
        # is asked to act, for a verb whose object is the one to act
        if clause.dep_ in ("advcl", "ccomp") and comp.object_control and asked_clause(clause, comp, self.g):
            return head, comp
        return None

    def _named_complement(self, clause: Token, head: Token) -> tuple[Token, Complement] | None:
        """The noun of a governing verb whose infinitive ``clause`` is ("Iran's vow to retaliate",
        "Serbia's refusal to recognise Kosovo", "issued a threat to cut off gas"), read as that verb
        (``complement_nouns``). The parser may read the infinitive as a relative clause, or hang it on
        the verb past the noun ("issued a vow to retaliate"). The noun needs an owner: its possessor or
        "by"/"from" phrase, or the subject of a verb that voices it; not one denied ("no offer")."""
        g = self.g
        if not has_to(clause):
            return None
        found: Token | None = None
        if head.pos_ == "NOUN" and clause.dep_ in ("acl", "relcl"):
            found = head
        elif head.pos_ == "VERB" and clause.dep_ == "advcl":
            found = next((c for c in dependents(head) if c.dep_ == "dobj" and c.i < clause.i
                          and g.lemma(c) in g.complement_nouns), None)
        if found is None or g.lemma(found) in g.announced_intent_nouns:
            return self._announced_plan(clause, head)
        noun = found
        verb = g.complement_nouns.get(g.lemma(noun))
        comp = g.complements.get(verb) if verb is not None else None
        if comp is None or comp.family is None:
            return None
        if any(c.dep_ in ("det", "neg") and c.lower_ in g.negators for c in dependents(noun)):
            return None
        if any(c.dep_ == "prep" and c.lower_ == "of" and c.i < clause.i for c in dependents(noun)):
            # "Trump's offer of talks to improve ties": what is offered is the "of" phrase; the
            # infinitive says what for
            return None
        owned = any(
            (c.dep_ == "poss" and c.pos_ != "PRON")
            or (c.dep_ in ("prep", "agent") and c.lower_ in g.undergo_agent_preps)
            # "the Houthi threat to attack ships", "a Russian offer to mediate"
            or (c.dep_ in ("compound", "amod") and c.i < noun.i and c.ent_type_ in _OWNER_ENTS)
            for c in dependents(noun))
        voiced = noun.dep_ == "dobj" and (
            g.lemma(noun.head) in g.light_verbs or g.lemma(noun.head) in g.complement_noun_voicers)
        if owned:
            return noun, comp
        # "reiterated its commitment to support X": an intent noun's voicing verb governs the act, as
        # "is committed to" does (so the verb's own pattern is not coded beside it)
        return (self._voiced_intent(noun) or (noun, comp)) if voiced else None

    def _announced_plan(self, clause: Token, head: Token) -> tuple[Token, Complement] | None:
        """The plan noun whose infinitive ``clause`` is, announced by its own owner ("Poland announced
        plans to supply tanks", "unveiled its intention to send troops"): the actor's announced intent
        (CAMEO 03), read as "intends to". Not a plan someone else owns ("announced Germany's plan")."""
        g = self.g
        noun = head
        if head.pos_ == "VERB" and clause.dep_ == "advcl":
            noun = next((c for c in dependents(head) if c.dep_ == "dobj" and c.i < clause.i), head)
        elif not (head.pos_ == "NOUN" and clause.dep_ in ("acl", "relcl")):
            return None
        verb = g.announced_intent_nouns.get(g.lemma(noun))
        comp = g.complements.get(verb) if verb is not None else None
        if comp is None or comp.family is None or noun.dep_ != "dobj":
            return None
        if g.lemma(noun.head) not in g.plan_announcing_verbs:
            return None
        # only a plan to cooperate (03): an announced plan of force or sanctions ("announced plans to
        # expel Russian troops") stays that act, planned, as CAMEO's threats need a threatened party
        intents = g.derive.get("03", {})
        pats = [t.pattern for t in self.triggers(clause.sent) if t.token.i == clause.i]
        if not pats or not all(
            p.code[:2] <= _LAST_COOPERATION_ROOT or any(k and p.code.startswith(k) for k in intents)
            for p in pats
        ):
            return None
        if any((c.dep_ == "poss" and c.pos_ != "PRON")
               or (c.dep_ in ("det", "neg") and c.lower_ in g.negators) for c in dependents(noun)):
            return None
        return noun, comp

    def _phoned(self, verb: Token) -> bool:
        """``verb`` is a calling verb whose direct object a telephone-call (041) pattern of it meets and
        that has no control preposition ("called President Xi", not "called on President Xi")."""
        lem = self.g.lemma(verb)
        if lem not in self.g.calling_verbs:
            return False
        kids = dependents(verb)
        # the appeal's "on" follows the verb ("called on X"); a later one is a date ("called X on Friday")
        if any(c.i == verb.i + 1 and c.lower_ in self.g.control_preps for c in kids):
            return False
        # the parser reads a bare name after "called" as a predicate ("called President Xi Jinping"),
        # which it is only beside an object ("called the drills a provocation")
        objs = [o for o in kids if o.dep_ == "dobj"] or [o for o in kids if o.dep_ == "oprd"]
        calls = [p for p in self.patterns.verbs.get(lem, ()) if p.code == _CALL_CODE and p.objects]
        # an adjective after the object is what it is called ("called the prime minister weak")
        named = any(c.dep_ == "amod" and c.i > o.i for o in objs for c in dependents(o))
        if any(c.dep_ in ("xcomp", "advcl") and self.g.lemma(c) in self.g.summons_acts for c in kids):
            return False  # "called the minister to appear before the committee": a summons
        return not named and any(object_fits(o, p) for o in objs for p in calls)

    def _voiced_intent(self, noun: Token) -> tuple[Token, Complement] | None:
        """The verb voicing an intent noun whose act the noun names ("expressed readiness to deepen
        ties", "reaffirmed its commitment to supporting X"): the noun is itself an intent (03) trigger,
        so the voicing verb governs the named act as "is ready to" does, and the act sets the sub-code."""
        g = self.g
        verb = noun.head
        if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.i == noun.i:
            return None
        lem = g.lemma(noun)
        if lem not in g.intent_nouns:
            return None
        # an intent noun, or one an intent verb pattern voices as its object ("expressed its desire to
        # improve ties", "signalled its openness to resume talks")
        voicing = self.patterns.verbs.get(g.lemma(verb), ())
        voiced = any(p.code[:2] == _INTENT_FAMILY and lem in p.objects for p in voicing)
        for c in dependents(noun):
            # "doubted Russia's willingness": another party's intent, only judged by the subject;
            # "showed no willingness": denied intent (left to the negation rules). A verb that itself
            # voices intent ("affirmed the Kingdom's keenness to", "reaffirmed Oman's readiness to", the
            # style of official readouts) names the speaker's own side as the possessor.
            if (c.dep_ == "poss" and c.pos_ != "PRON" and not voiced) or (
                c.dep_ == "det" and c.lower_ in g.negators
            ):
                return None
        if not any(p.code[:2] == _INTENT_FAMILY for p in self.patterns.nouns.get(lem, ())) and not voiced:
            return None
        return verb, Complement(modality="planned" if lem in g.planned_nouns else "hypothetical",
                                family=_INTENT_FAMILY)

    def _rejected_appeal(self, clause: Token, head: Token) -> tuple[Token, Any] | None:
        """The rejection governing an appeal's infinitive ("rejected calls for the president to
        resign", "refused demands from X to halt the offensive"): an appeal noun is the object of a
        refusal verb, so the act asked for is what is refused. ``head`` is the noun the infinitive
        hangs on, or the refusal verb itself when the parser hangs it there past the noun."""
        g = self.g
        if clause.dep_ not in ("acl", "advcl", "relcl") or not has_to(clause):
            return None
        if head.pos_ == "NOUN":
            nouns, verb = ([head] if head.dep_ == "dobj" else []), head.head
        else:
            nouns, verb = [c for c in dependents(head) if c.dep_ == "dobj" and c.i < clause.i], head
        if not any(
            (asked := g.complements.get(g.lemma(n))) is not None and asked.object_control
            and asked.family in g.mandative_families
            for n in nouns
        ):
            return None
        refusal = g.complements.get(g.lemma(verb))
        if refusal is None or refusal.family is None or refusal.modality != "negated" or \
                any(c.dep_ == "neg" for c in dependents(verb)):
            return None
        return verb, refusal


# Modalities of a reported act whose own arguments stand for the sentence ("A said B attacked C").
_TOLD_AS_DONE = ("asserted", "negated")


def _under_fire(tok: Token, g: Grammar) -> bool:
    """``tok`` is the fire of "came under fire", "is under fire": an undergo verb's "under" object."""
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ in g.undergo_preps and prep.dep_ == "prep"
            and prep.head.lemma_.lower() in g.undergo_verbs)


def _under_fire_over(tok: Token, g: Grammar) -> bool:
    """"Came under fire from the UN over settlements", "is under fire for its handling of ...": fire
    suffered for a reason (an "over"/"for" phrase on the clause or the noun) is criticism; fire from
    gunmen has no reason and stays an attack."""
    if not _under_fire(tok, g):
        return False
    clause = tok.head.head
    # a reason, not a time or place ("for two hours", "over Gaza"), on the clause, the noun or the party
    # the fire comes from ("from the opposition over the tax rise")
    return any(c.dep_ == "prep" and c.lower_ in g.criticism_reason_preps and any(
        o.dep_ == "pobj" and not is_time(o) and o.ent_type_ not in _NO_REASON_ENTS for o in dependents(c))
        for h in (clause, tok, *prep_objects(clause, g.undergo_agent_preps)) for c in dependents(h))


def _under_gunfire(tok: Token, g: Grammar) -> bool:
    """"Came under heavy fire from jihadists": fire with no reason, from armed men named by a noun of
    them (``armed_nouns``, "from rebels", "from Hezbollah fighters"), is shooting; fire from a party
    only named ("came under fire from Washington") may be words and is left alone."""
    clause = tok.head.head
    doers = prep_objects(clause, g.undergo_agent_preps) + prep_objects(tok, g.undergo_agent_preps)
    return bool(doers) and all(g.lemma(o) in g.armed_nouns or o.lower_ in g.armed_nouns for o in doers)


def _reply_manners(tok: Token) -> list[Token]:
    """The objects of a reply's "with" phrases: on the verb ("would respond with full force to any
    attack"), or where the parser hangs one on the act replied to ("would respond to any aggression
    with full force")."""
    return [*prep_objects(tok, frozenset({"with"})),
            *(w for o in prep_objects(tok, frozenset({"to"})) for w in prep_objects(o, frozenset({"with"})))]


def reserved_right(tok: Token, g: Grammar) -> bool:
    """"Reserved the right to respond": a reply the actor keeps as its option, said as a warning,
    is a reprisal however it is worded (no manner of force needed)."""
    right = tok.head
    return (tok.dep_ == "acl" and right.lemma_.lower() in g.reserved_nouns and right.dep_ == "dobj"
            and right.head.lemma_.lower() in g.reserving_verbs)


def _struck_back_at_assault(tok: Token, nouns: Mapping[str, Sequence[Pattern]]) -> bool:
    """``tok`` strikes "back at" an assault, a noun of CAMEO 14-20 ("hit back at any Israeli aggression";
    the parser may hang "back" on a manner adverb, "hit back hard")."""
    near = [*dependents(tok), *(b for c in dependents(tok) if c.dep_ == "advmod" for b in dependents(c))]
    aims = prep_objects(tok, frozenset({"at"}))
    return any(c.lower_ == "back" for c in near) and any(
        p.code[:2] >= "14" for o in aims for p in nouns.get(o.lemma_.lower(), ()))


def _answers_any_assault(tok: Token, nouns: Mapping[str, Sequence[Pattern]], g: Grammar) -> bool:
    """``tok`` reacts "to" any assault that may come, a noun of CAMEO 14-20 under a free-choice
    determiner ("would respond to any American aggression", "ready to react to any incursion"): a reply
    held ready for a kind of attack is a reprisal threatened, as a reply of force is (a reply to the
    letter, or to the attack that took place, is not)."""
    return any(
        any(c.dep_ == "det" and c.lower_ in g.hypothetical_determiners for c in dependents(o))
        and any(p.code[:2] >= "14" for p in nouns.get(o.lemma_.lower(), ()))
        for o in prep_objects(tok, frozenset({"to"})))


def _answers_told_act(tok: Token, verbs: Mapping[str, Sequence[Pattern]],
                      nouns: Mapping[str, Sequence[Pattern]], g: Grammar) -> bool:
    """``tok`` replies to an act of force or pressure the sentence tells ("vowed to respond after
    Chinese vessels rammed its boat", "would react to the sanctions"; ``reply_act_marks``)."""
    def hostile(pats: Sequence[Pattern]) -> bool:
        return any(p.code[:2] in g.reply_act_roots for p in pats)

    heads = [tok]
    while heads[-1].dep_ == "xcomp" and heads[-1].head.pos_ in ("VERB", "AUX"):
        # "vowed to respond [after ...]": the parser may hang the clause on "vowed"
        heads.append(heads[-1].head)
    for h in heads:
        for c in dependents(h):
            if c.i < h.i:
                continue
            if c.dep_ == "advcl" \
                    and any(k.dep_ == "mark" and k.lower_ in g.reply_act_marks for k in dependents(c)) \
                    and any(s.dep_ == "nsubj" and s.pos_ != "PRON" for s in dependents(c)) \
                    and hostile(verbs.get(c.lemma_.lower(), ())):
                return True  # "after Israeli jets struck targets in Lebanon": a told act with its own doer
    acts = [*prep_objects(tok, frozenset({"to"})),
            *(o for h in heads for o in prep_objects(h, g.reply_act_marks))]
    return any(o.pos_ == "NOUN" and hostile(nouns.get(o.lemma_.lower(), ())) for o in acts)


def _reply_of_force(obj: Token, g: Grammar) -> bool:
    """The reply or measure ``obj`` is one of force or reprisal by a modifier: "a crushing response",
    "a befitting reply", "retaliatory measures" ("counter" as a compound too: "counter measures")."""
    words = g.retaliatory_adjectives if g.lemma(obj) in g.measure_nouns \
        else g.reply_manner_adjectives | g.retaliatory_adjectives
    return any(c.dep_ in ("amod", "compound") and (c.lower_ in words or c.lemma_.lower() in words)
               for c in dependents(obj))


def unhesitating(tok: Token, g: Grammar) -> bool:
    """"Would not hesitate to use force / to respond": an act the actor says it will not hold back
    from is one it holds ready, a warning of it (as a reserved right is), not a denied act."""
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN":
        tok = tok.head  # "would not hesitate to take [military action]": the noun's verb
    head = tok.head
    kids = dependents(head)
    return (tok.dep_ == "xcomp" and head.lemma_.lower() in g.unhesitating_verbs
            and any(c.dep_ == "neg" for c in kids) and future_aux(head, g))


def future_aux(verb: Token, g: Grammar) -> bool:
    """``verb`` has a future or conditional auxiliary ("will", "would", "could"): said of what is to come."""
    return any(c.dep_ == "aux" and (c.lower_ in g.intent_aux or c.lower_ in g.hypothetical_aux)
               for c in dependents(verb))


def _names_predicate(verb: Token) -> bool:
    """``verb`` has a naming predicate ("called the drills a provocation", "called Trudeau weak"). A
    lone name the parser reads as the predicate is whom the verb reaches ("called President Xi
    Jinping on Friday": a telephone call); naming takes an object and what it is called."""
    kids = dependents(verb)
    preds = [c for c in kids if c.dep_ == "oprd"]
    if not preds:
        return False
    return any(c.dep_ == "dobj" for c in kids) or any(p.pos_ != "PROPN" for p in preds)


def _disparaged(verb: Token, g: Grammar) -> bool:
    """The naming verb's predicate is a word of blame ("a provocation", "an act of aggression", "a
    clear violation of international law", "illegal"), and what is named is an act or a party, not
    the speaker's own words."""
    preds = [c for c in dependents(verb) if c.dep_ == "oprd"]
    if g.lemma(verb) in g.describing_verbs:
        # "described the drills as a threat": the predicate is the object of "as"
        # (an adjective after "as" the parser may hang as its modifier: "described it as provocative";
        # and "as" itself on the object: "described [Tokyo's remarks as] a provocation")
        heads = [verb, *(c for c in dependents(verb) if c.dep_ == "dobj")]
        preds += [o for h in heads for p in dependents(h) if p.dep_ == "prep" and p.lower_ == "as"
                  for o in dependents(p)
                  if o.dep_ == "pobj" or o.dep_ in ("amod", "acomp") and o.pos_ == "ADJ"]
    # the parser may hang the predicate on the object ("called the air strike [an act] of ...") or
    # read a plural object as a clause ("called China's drills [a provocation]")
    preds += [
        p for c in dependents(verb) if c.dep_ in ("dobj", "ccomp") and c.pos_ in ("NOUN", "PROPN", "VERB")
        for p in dependents(c) if p.dep_ in ("dobj", "oprd", "appos") and p.i > c.i
        and any(d.dep_ == "det" for d in dependents(p))
    ]
    # an adjective after the object, which the parser hangs on it as a modifier (a quoted predicate:
    # 'called the sanctions "illegal and unilateral"')
    preds += [p for c in dependents(verb) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
              for p in dependents(c) if p.dep_ == "amod" and p.pos_ == "ADJ" and p.i > c.i]
    # each of coordinated predicates blames ("baseless and irresponsible"); the wider words of a report's
    # judgement ("false", "unjustified") were tried as names and added false criticism on unseen text
    blame = g.disparaging_words | g.disparaging_names
    for c in (x for p in preds for x in (p, *conjuncts(p))):
        words = [c, *(o for p in dependents(c) if p.dep_ == "prep" and p.lower_ == "of"
                      for o in dependents(p) if o.dep_ == "pobj")]
        if c.pos_ == "NOUN":
            # "called Israel a terrorist state", "a criminal regime": the insult is the modifier
            words += [m for m in dependents(c)
                      if m.dep_ in ("amod", "compound") and g.lemma(m) in g.disparaging_names]
        if any(g.lemma(w) in blame or w.lower_ in blame for w in words):
            return True
    return False


def _agentless(tok: Token) -> bool:
    """A passive verb with no "by" agent ("were killed"), or an intransitive one ("died")."""
    return tok.pos_ == "VERB" and is_passive(tok) and not any(c.dep_ == "agent" for c in dependents(tok))


def _in_clause_of(tok: Token, verb: Token, g: Grammar) -> bool:
    """``tok`` is in a clause joined to ``verb`` ("were killed [as A launched strikes]"), not in
    its condition ("sanctions will be imposed [if A buys ...]")."""
    # the ancestors are made one at a time: the walk mostly stops well below the root
    for a in chain((tok,), tok.ancestors):
        if a.head.i == verb.i and a.i != verb.i:
            return a.dep_ in ("advcl", "conj", "parataxis") and not conditional_mark(a, g)
    return False


def _fronted(tok: Token, verb: Token) -> bool:
    """``tok`` is in a clause put before the speech verb ``verb`` that reports it."""
    for a in chain((tok,), tok.ancestors):  # one at a time: the walk stops at the verb
        if a.head.i == verb.i:
            return a.dep_ in ("ccomp", "parataxis") and a.i < verb.i
    return False


def _title_case(toks: Sequence[Token]) -> bool:
    """Most longer words are capitalised, as in a headline ("Turkey Condemns Attack on Convoy")."""
    words = [t for t in toks if t.is_alpha and len(t) > 3]
    return len(words) > 0 and sum(t.is_title for t in words) >= 0.6 * len(words)


def _misread_progressive(tok: Token) -> bool:
    """``tok`` is an "-ing" word tagged as a noun that has a subject and a "be" auxiliary of its own
    ("which [is] mediating between ..."): a progressive verb the tagger misread (a predicate noun,
    "the problem is the fighting", hangs on the copula, not under it)."""
    if not tok.lower_.endswith("ing"):
        return False  # (most nouns: their dependents are not read)
    kids = dependents(tok)
    return any(c.dep_ == "aux" and c.lemma_ == "be" for c in kids) and any(c.dep_ == "nsubj" for c in kids)


def _ing_forms(word: str) -> tuple[str, ...]:
    """Candidate lemmas of an "-ing" word ("mediating" -> "mediate", "talking" -> "talk",
    "shipping" -> "ship")."""
    stem = word[:-3]
    out = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.append(stem[:-1])
    return tuple(out)


def _plain_forms(word: str) -> tuple[str, ...]:
    """Candidate lemmas of an inflected word the tagger left alone ("condemns", "bombed", "closed")."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("ied"):
        out.append(word[:-3] + "y")
    if word.endswith(("es", "ed")):
        out.append(word[:-2])
    if word.endswith(("s", "d")):
        out.append(word[:-1])
    if word.endswith("ed") and len(word) > 4 and word[-3] == word[-4]:
        out.append(word[:-3])  # "stopped" -> "stop"
    return tuple(out)


def _purpose_of(tok: Token, verb: Token) -> bool:
    """``tok`` heads an infinitive of purpose on ``verb`` ("sent experts [to investigate]")."""
    return (
        tok.head.i == verb.i
        and tok.dep_ in ("advcl", "xcomp")
        and has_to(tok)
    )


def _in_speaker(tok: Token, g: Grammar) -> bool:
    """``tok`` lies inside the subject of a speech verb ("[Syrian opposition members] said ...")."""
    # (labels and lemmas read from the document's tables: a token decodes its strings on every read)
    deps, lemmas = dep_labels(tok.doc), lower_lemmas(tok.doc)
    a = tok
    for _ in range(len(deps)):  # up the heads one at a time: the walk stops at the first clause
        dep, head = deps[a.i], a.head
        if dep in ("nsubj", "nsubjpass") and lemmas[head.i] in g.speech_verbs:
            return True
        if dep in ("ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "ROOT") or head.i == a.i:
            return False  # a clause of its own: its words are no part of a subject phrase
        a = head
    return False


def _governed_by(tok: Token, gov: Token) -> bool:
    """True when ``gov`` is an ancestor of ``tok``."""
    return any(a.i == gov.i for a in tok.ancestors)


def _depth_of(tok: Token) -> int:
    d = 0
    while d < 50:
        head = tok.head  # read once a step: ``Token.head`` builds a new token on every read
        if head.i == tok.i:
            break
        tok = head
        d += 1
    return d


# how deep a token lies in the parse, asked when ranking each sentence's candidates and drafts
_depth = token_memo(_depth_of)
# ``SentenceReader._governor`` by clause index, per document and coder
_GOVERNORS = DocTable()


def _vows_no_event(t: Trigger, no_event: set[int]) -> bool:
    """``t`` is a bare intent verb ("vow", "pledge") whose infinitive is a "no event" sense."""
    p = t.pattern
    if p.kind != "verb" or p.code[:2] != "03" or p.words or p.objects or p.prep_objects:
        return False
    return any(c.dep_ == "xcomp" and c.i in no_event for c in dependents(t.token))


def _helpers_of_acts(found: list[Trigger], g: Grammar) -> set[int]:
    """Tokens of verbs of helping ("help", "assist") whose infinitive is an act with a pattern of its
    own: "prepared to help mediate between X and Y" is an intent to mediate (039), "helped negotiate
    the truce" is the negotiation; the help adds no act of aid (07) beside the act it helps do. Help
    whose infinitive codes nothing ("pledged to help rebuild Gaza"), or an act of force ("helped the
    Kurds fight IS": aid to the fighters), stays aid."""
    at = {t.token.i for t in found if t.pattern.kind == "verb" and t.pattern.code[:2] in g.cooperation_roots}
    # "will help Manila by sharing intelligence", "helped Kyiv by training its pilots": the means the
    # "by" gerund names is the act of help (064, 072 ...); the help adds no aid of its own (07) beside
    # it, unless the means is itself aid ("helped Tonga by flying in water": kept, as before)
    means = {t.token.i for t in found if t.pattern.kind == "verb"
             and t.pattern.code[:2] in g.cooperation_roots and t.pattern.code[:2] != "07"}
    return {t.token.i for t in found if t.token.pos_ == "VERB" and g.lemma(t.token) in g.helping_verbs
            and (any(c.dep_ == "xcomp" and c.i in at for c in dependents(t.token))
                 or any(c.dep_ == "prep" and c.lower_ == "by" and p.dep_ == "pcomp" and p.i in means
                        for c in dependents(t.token) for p in dependents(c)))}
