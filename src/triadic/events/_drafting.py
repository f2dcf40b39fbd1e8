"""Drafting events: a sentence's triggers turned into drafts with their sources, targets and modality."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from triadic.events._clauses import (
    adjunct_owner,
    asked_clause,
    each_member,
    each_other,
    for_to,
    own_countries,
    reported_intent,
)
from triadic.events._finders import Trigger, _modifier_actors
from triadic.events._modality import modality_of, stronger
from triadic.events._patterns import Grammar, Pattern
from triadic.events._reading import SentenceReader, _depth, _governed_by
from triadic.events._syntax import (
    MentionIndexLike,
    MentionLike,
    actors_of,
    clause_verb,
    controllers,
    prep_objects,
)

__all__ = ["EventDrafter"]


@dataclass(slots=True)
class _Draft:
    """An event before ids, codes and dates are attached."""

    trigger: Token
    code: str
    rule: str
    sources: list[MentionLike]
    targets: list[MentionLike]
    notarget: bool
    reciprocal: bool
    modality: str
    confidence: float
    clause: Token | None
    # the target is the other side of an exchange ("exchanged fire with B"): coded both ways
    mutual: bool = False
    # the draft that says what this one says, as the sentence's event: "agreed to [release] X" is
    # the agreement, "sent aid [to help] X" the sending. This one is coded only if that one is not.
    secondary: _Draft | None = None


class EventDrafter(SentenceReader):
    """The event coder's drafting (a base of :class:`~triadic.events._coder.EventCoder`): the drafts
    of one sentence, before ids, codes and dates are attached."""

    # ------------------------------------------------------------------ sentence coding
    def _code_sentence(self, sent: Span, index: MentionIndexLike) -> list[_Draft]:
        trigs = self.triggers(sent)
        if not trigs:
            return []
        # A noun that is the lexical object of a verb pattern ("hold talks", "impose sanctions") is
        # part of that verb's event, not an event of its own.
        # A noun with its own parties stays an event of its own ("announced a ceasefire between
        # Israel and Hamas": the announcer is not a side).
        objs = {
            t.obj.i
            for t in trigs
            if t.obj is not None and not (t.pattern.reciprocal and prep_objects(t.obj, self.g.between_preps))
        }
        trigs = [t for t in trigs if not (t.pattern.kind == "noun" and t.token.i in objs)]
        # What someone is accused of or denies is the content of that act, not an event of its own.
        content = self._content_tokens(sent)
        trigs = [t for t in trigs if t.token.i not in content]
        # "received a phone call from Putin": the call is the event (Putin's), not a reception
        receptions = {
            t.token.head.i
            for t in trigs
            if t.pattern.kind == "noun"
            and t.token.dep_ == "dobj"
            and self.g.lemma(t.token.head) in self.g.receiving_verbs
            and prep_objects(t.token, frozenset({"from"})) + prep_objects(t.token.head, frozenset({"from"}))
        }
        trigs = [t for t in trigs if t.token.i not in receptions or t.pattern.kind != "verb"]
        by_tok = {t.token.i: t for t in trigs}
        consumed: set[int] = set()
        drafts: list[_Draft] = []
        # Control chains first: a governing verb with a family ("agreed", "threatened", "urged")
        # is coded from the embedded event and not from its own plain pattern.
        for t in trigs:
            clause = t.token if t.pattern.kind == "verb" else (clause_verb(t.token) or t.token)
            gov = self._governor(clause)
            if gov is not None:
                head, comp = gov
                if comp.family is not None:
                    consumed.add(head.i)
        for t in trigs:
            if t.token.i in consumed:
                continue
            made = self._draft(t, by_tok, index)
            if made is not None:
                drafts.extend(made)
        self._intents(drafts, by_tok, index)
        _topic_parties(drafts, self.g)
        self._subordinate(drafts, by_tok)
        for d in drafts:
            # "the two sides met", "both Koreas condemned X": one event per actor a plural names
            d.sources = each_member(d.sources, sent.doc, index)
            d.targets = each_member(d.targets, sent.doc, index)
        # Confidence also says how central an event is to its sentence: events nearer the root of
        # the parse rank higher, and a bare "said" ranks below the event it reports.
        for d in drafts:
            d.confidence -= 0.03 * min(_depth(d.trigger), 10)
            if (
                d.code == "010"
                and d.trigger.lemma_.lower() in self.g.speech_verbs
                and any(o.code[:2] != "01" and _governed_by(o.trigger, d.trigger) for o in drafts)
            ):
                d.confidence *= 0.5
        return drafts

    @staticmethod
    def _phrase_pattern(head: Token, tok: Token, by_tok: dict[int, Trigger]) -> Pattern | None:
        """The governing verb's own pattern when it names the embedded word ("declined to comment",
        "refused to lift"): the phrase's meaning, more specific than the derived code."""
        own = by_tok.get(head.i)
        if own is None:
            return None
        words = {tok.lemma_.lower(), tok.lower_}
        return own.pattern if words & (set(own.pattern.words) | own.pattern.objects) else None

    def _intents(self, drafts: list[_Draft], by_tok: dict[int, Trigger], index: MentionIndexLike) -> None:
        """Recode a speaker's own future act in a clause it reports as its intent or threat ("the
        rebels said they would release X" is 0353, "announced it will impose sanctions" 1312)."""
        for d in drafts:
            root = d.code[:2]
            family = "03" if "03" <= root <= "08" else "13" if "14" <= root <= "20" else None
            own = by_tok.get(d.trigger.i)
            joint = (own is not None and own.pattern.reciprocal) or d.mutual
            if family is None or (family == "03" and joint):
                # a joint act ("said they will meet") stays the meeting both sides hold
                continue
            if d.rule.startswith(("complement", "deontic", "intent")):
                continue
            speech = reported_intent(d.trigger, self.g)
            if speech is None:
                continue
            speakers, _ = self._sources_of_verb(speech, index)
            # only what the speaker itself (or its own side) will do: "Paris said Rome will
            # withdraw" is a prediction about Rome
            side = {m.actor.code for m in speakers} | {m.actor.country for m in speakers if m.actor.country}
            if not any(m.actor.code in side or m.actor.country in side for m in d.sources):
                continue
            d.code = self.g.derived_code(family, d.code)
            d.rule = f"intent({d.rule})->{d.code}"
            d.modality = "asserted"

    def _subordinate(self, drafts: list[_Draft], by_tok: dict[int, Trigger]) -> None:
        """Mark a purpose or content clause as secondary to the event it belongs to: "sent aid to
        [help] X" is the sending, "rejected the request to [extradite] X" the rejection."""
        primary: dict[int, _Draft] = {}
        for d in drafts:
            if d.secondary is None:
                primary.setdefault(d.trigger.i, d)
        demands = {d.trigger.i: d for d in drafts if d.rule.startswith("deontic(") and d.secondary is None}
        for d in drafts:
            if d.secondary is not None:
                continue
            # inside the reported clause of a demand ("said [Rome must withdraw]"), not elsewhere
            # under its verb
            demand = next(
                (demands[a.head.i] for a in (d.trigger, *d.trigger.ancestors)
                 if a.dep_ == "ccomp" and a.head.i != a.i and a.head.i in demands),
                None,
            )
            if demand is not None and demand is not d:
                # "Assad said Turkey must mediate": what the speaker says another must do is the
                # content of the demand, not an event
                d.secondary = demand
                continue
            head = _purpose_head(d.trigger, self.g)
            owner = primary.get(head.i) if head is not None else None
            if owner is not None and owner is not d and owner.secondary is None:
                d.secondary = owner
                continue
            if d.trigger.dep_ == "acl" and d.trigger.tag_ in ("VBN", "VBG"):
                # "warplanes supported by Russia pounded X", "the coalition fighting the rebels
                # declared a truce": a participle describing a party of the clause's event
                # (only of its subject: "a statement calling on X to ..." is what the statement says)
                noun = d.trigger.head
                subject = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i != noun.i
                owner = primary.get(noun.head.i) if subject else None
                if owner is not None and owner is not d and owner.secondary is None:
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
                verb = adjunct_owner(d.trigger)
                if verb is None or (
                    verb.i in by_tok and _setting_of_meeting(d.trigger, verb, by_tok[verb.i], self.g)
                ):
                    # "arrived for a summit with X": the meeting the visit is for is an event too
                    continue
                owner = primary.get(verb.i)
                # "failed to reach a deal at talks": when the verb's act did not happen (or was
                # refused), the setting where it did not is an event ("a deal on a treaty" is not)
                if owner is None or owner is d or owner.secondary is not None:
                    continue
                unmet = owner.modality == "negated" or owner.rule.startswith("refusal(")
                setting = d.trigger.dep_ == "pobj" and d.trigger.head.lower_ in self.g.location_preps
                if not (unmet and setting):
                    d.secondary = owner

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
                for c in prev.children
            )
            if a.pos_ in ("NOUN", "PROPN") and prev.dep_ in ("acl", "ccomp") and content and (
                self.g.lemma(a) in self.g.intent_nouns
            ):
                verb = clause_verb(a)
                owner = primary.get(verb.i) if verb is not None else None
                return owner if owner is not None and owner.secondary is None else None
            prev = a
        return None

    def _content_tokens(self, sent: Span) -> set[int]:
        """Tokens inside the content of an accusation or denial ("accused X of [failing to stop ...]")."""
        out: set[int] = set()
        for tok in sent:
            preps = self.g.content_verbs.get(tok.lemma_.lower())
            if not preps or tok.pos_ not in ("VERB", "AUX"):
                continue
            for c in tok.children:
                if c.dep_ in ("xcomp", "ccomp") and c.dep_ in preps:
                    out.update(_content_span(c))
                elif c.dep_ == "prep" and c.lower_ in preps:
                    # only clauses ("of sheltering militants"): "blamed Ukraine for the damage" keeps
                    # its noun, which names no event of its own anyway
                    for p in c.children:
                        if p.dep_ == "pcomp":
                            out.update(_content_span(p))
        return out

    def _draft(self, t: Trigger, by_tok: dict[int, Trigger], index: MentionIndexLike) -> list[_Draft] | None:
        tok, pat = t.token, t.pattern
        code, rule = pat.code, pat.rule
        g = self.g
        if pat.kind == "verb":
            clause: Token | None = tok
            sources, inherited = self._sources_of_verb(tok, index)
            if not sources and pat.adjective:
                # "Russia is opposed to ...", read as a passive with the subject on the copula
                subs = [s for a in tok.children if a.dep_ in ("aux", "auxpass") for s in a.children]
                sources = [
                    m for s in subs if s.dep_ in ("nsubj", "nsubjpass") for m in actors_of(s, index, g)
                ]
            targets = self._targets_of_verb(tok, t, index, sources)
            own_codes = {m.actor.code for m in sources}
            if not sources and tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass"):
                # "Fighting between A and B killed dozens": a gerund subject is read as an event
                # noun, with its own parties and no subject of its own
                as_noun = self._actors_of_noun(tok, None, index, of_target=not pat.reciprocal)
                sources, targets = as_noun[0], targets or as_noun[1]
            if pat.code.startswith("01") and tok.lemma_.lower() in g.speech_verbs:
                # "Aliyev told reporters": the press is the audience of a statement, not its target
                targets = [m for m in targets if not _is_audience(m, g)]
                if not targets:
                    targets = self._obliged(tok, index, sources)
                    if targets:
                        # "Paris said Rome must withdraw": a reported obligation is a demand on Rome
                        code, rule = "100", f"deontic({pat.rule})->100"
            if not targets and pat.code in g.attitude_codes:
                # "voiced hope that Seoul will resume talks": whom a hope or worry is about
                targets = self._about_whom(tok, t, index, sources)
            comp = g.complements.get(g.lemma(tok))
            if not targets and comp is not None and comp.object_control:
                # "called for Britain to stay in the EU": whom the clause asks to act
                asked = [
                    n
                    for c in tok.children
                    if c.dep_ in ("advcl", "ccomp") and asked_clause(c, comp, g)
                    for n in c.children
                    if n.dep_ == "nsubj"
                ]
                targets = [m for n in asked for m in actors_of(n, index, g)]
            if not targets and pat.code[:2] in g.asking_roots:
                # "set a deadline for the UN to reform": whom a "for X to" clause asks to act
                # (the parser may hang the subject on "for" itself)
                asked = [
                    n
                    for h in ([tok, t.obj] if t.obj is not None else [tok])
                    for c in h.children
                    if c.dep_ in ("advcl", "ccomp", "acl") and for_to(c)
                    for k in c.children
                    for n in ([k] if k.dep_ == "nsubj" else [p for p in k.children if p.dep_ == "pobj"])
                    if k.dep_ == "nsubj" or (k.dep_ == "mark" and k.lower_ == "for")
                ]
                targets = [m for n in asked for m in actors_of(n, index, g) if m.actor.code not in own_codes]
            if not targets and pat.reciprocal and t.obj is not None and len(sources) < 2:
                # "signed an agreement to promote trade with Israel": the counterpart of a joint act
                # can hang deep inside what was agreed
                targets = self._counterpart(t.obj, index, sources)
            conf = 0.9 if not inherited else 0.75
        else:
            clause = clause_verb(tok)
            if (
                clause is not None
                and clause.i in by_tok
                and clause.lemma_.lower() not in g.light_verbs
                and not _setting_of_meeting(tok, clause, by_tok[clause.i], g)
                and g.lemma(clause) not in g.receiving_verbs
            ):
                # The governing verb is an event of its own ("criticised the sanctions"): the noun
                # gets only the actors written around it.
                clause_for_actors = None
            else:
                clause_for_actors = clause
            sources, targets, conf = self._actors_of_noun(
                tok, clause_for_actors, index, of_target=not pat.reciprocal
            )
            if not targets and sources and g.reaches_places(pat.code):
                # "Turkey's offensive in northern Syria", "conducted a raid in the West Bank"
                own = own_countries(sources, g)
                for h in [tok] if clause_for_actors is None else [tok, clause_for_actors]:
                    for p in prep_objects(h, g.location_preps):
                        targets.extend(m for m in actors_of(p, index, g) if m.actor.country not in own)
                    if targets:
                        break
        if not targets and sources and pat.code in g.mediation_codes:
            targets = self._mediated(tok, index, sources)
        if pat.kind == "verb" and len(each_member(sources, tok.doc, index)) >= 2 and each_other(tok):
            # "Armenia and Azerbaijan accused each other": the sides act on one another
            return [
                _Draft(
                    trigger=tok,
                    code=pat.code,
                    rule=pat.rule,
                    sources=sources,
                    targets=[],
                    notarget=False,
                    reciprocal=True,
                    modality=modality_of(tok, clause, g),
                    confidence=conf,
                    clause=clause,
                )
            ]
        # "A and B met" is reciprocal; "A and B hit the town" is not: a verb with an object is directed.
        reciprocal = pat.reciprocal and not (
            pat.kind == "verb"
            and g.lemma(tok) not in g.topic_object_verbs
            and any(
                c.dep_ in ("dobj", "nsubjpass") and (t.obj is None or c.i != t.obj.i) for c in tok.children
            )
        )
        if reciprocal and len(each_member(sources, tok.doc, index)) >= 2 and t.obj is not None:
            # "Armenia and Azerbaijan exchanged prisoners": the exchanged people are what passes
            # between the sides, not a third party
            inside = {w.idx for w in t.obj.subtree}
            targets = [m for m in targets if m.start_char not in inside]
        mod = modality_of(tok, clause, g)
        if pat.adjective and tok.dep_ == "acomp":
            # "is not critical of": the copula carries the auxiliaries and the negation
            mod = stronger(mod, modality_of(tok.head, tok.head, g))
        if (
            mod == "negated"
            and pat.kind == "noun"
            and tok.dep_ == "pobj"
            and tok.head.lower_ in g.location_preps
            and modality_of(tok, None, g) != "negated"
        ):
            # "failed to reach a deal at talks hosted by the EU": the talks took place; the
            # clause's negation is about the deal, not about the setting it happened in
            mod = "asserted"
        drafts = [
            _Draft(
                trigger=tok,
                code=code,
                rule=rule,
                sources=sources,
                targets=targets,
                notarget=pat.notarget,
                reciprocal=reciprocal,
                modality=mod,
                confidence=conf,
                clause=clause,
                mutual=bool(targets) and self._mutual(t, clause, targets),
            )
        ]
        gov = self._governor(clause) if clause is not None else None
        if (gov is None or gov[1].family is None) and clause is not None and self._refusal(clause, pat, mod):
            # "Hungary will not accept refugees": declining to cooperate is a rejection (12x), as
            # "refused to accept" is; the cooperative act itself stays, negated
            code = g.derived_code("12", pat.code)
            refusal = replace(
                drafts[0],
                code=code,
                rule=f"refusal({pat.rule})->{code}",
                modality="asserted",
                confidence=conf - 0.05,
            )
            # the refusal is the event; the act refused did not happen
            drafts[0].secondary = refusal
            drafts.append(refusal)
        if gov is not None:
            head, comp = gov
            if comp.object_control:
                # The embedded event's source is the governor's object, if it names an actor.
                objs = controllers(head, g)
                obj_actors = [m for o in objs for m in actors_of(o, index, g)]
                if obj_actors:
                    drafts[0].sources = obj_actors
            if comp.family is not None:
                code = g.derived_code(comp.family, pat.code)
                grule = f"complement:{head.lemma_.lower()}({pat.rule})->{code}"
                phrase = self._phrase_pattern(head, tok, by_tok)
                if phrase is not None:
                    code, grule = phrase.code, phrase.rule
                gsrc, _ = self._sources_of_verb(head, index)
                if comp.object_control:
                    # "called for Iran to release ...": the clause's own subject is who is asked
                    objs = controllers(head, g) or (
                        [c for c in clause.children if c.dep_ == "nsubj"]
                        if clause is not None and clause.dep_ in ("advcl", "ccomp")
                        else []
                    )
                    gtgt = [m for o in objs for m in actors_of(o, index, g)] or targets
                else:
                    gtgt = targets
                gmod = modality_of(head, head, g)
                governing = _Draft(
                    trigger=head,
                    code=code,
                    rule=grule,
                    sources=gsrc,
                    targets=gtgt,
                    # "agreed to resign": an act with no target makes an intent with none
                    notarget=code[:2] in ("01",) or (pat.notarget and not comp.object_control),
                    # "A and B urged both sides to talk": co-subjects of an appeal do not appeal
                    # to each other, although the talks they ask for are reciprocal.
                    reciprocal=reciprocal and not gtgt and not comp.object_control,
                    modality=gmod,
                    confidence=0.85,
                    clause=head,
                )
                # "agreed to release X" is one event, the agreement: the release has not happened
                drafts[0].secondary = governing
                drafts.append(governing)
        return drafts

    def _mutual(self, t: Trigger, clause: Token | None, targets: Sequence[MentionLike]) -> bool:
        """The targets, named with "with", are the other side of an exchange marked ``<>`` in its
        pattern ("exchanged fire with B", "traded accusations with B"): both sides act.

        Only there: "A clashed with B" and "A met with B" name who acted (ConfliBERT's annotation
        marks them source and target; coding them both ways measured worse on its dev data)."""
        pat = t.pattern
        if "<>" not in pat.spec:
            return False
        heads = [h for h in (t.token, t.obj, clause) if h is not None]
        sides = {w.idx for h in heads for p in prep_objects(h, frozenset({"with"})) for w in p.subtree}
        return all(m.start_char in sides for m in targets)

    def _obliged(
        self, verb: Token, index: MentionIndexLike, sources: Sequence[MentionLike]
    ) -> list[MentionLike]:
        """Who a speaker says must act: the subject of a reported clause of obligation ("Paris said
        Rome must withdraw its troops")."""
        own = {m.actor.code for m in sources}
        for c in verb.children:
            if c.dep_ != "ccomp" or not self._deontic(c):
                continue
            subs = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            found = [m for s in subs for m in actors_of(s, index, self.g) if m.actor.code not in own]
            if found:
                return found
        return []

    def _about_whom(
        self, verb: Token, t: Trigger, index: MentionIndexLike, sources: Sequence[MentionLike]
    ) -> list[MentionLike]:
        """The subject of the "that" clause an attitude is about ("expressed optimism [that Tokyo
        will ...]", "is worried [that Moscow could ...]"), on the verb, its adjective or its object."""
        own = {m.actor.code for m in sources}
        heads = [verb] + ([t.obj] if t.obj is not None else [])
        for h in heads:
            for c in h.children:
                # a clause on the noun with a subject of its own is its content ("hopes [Seoul will
                # ...]"); a participle ("concern voiced by ...") has none
                if c.dep_ not in ("ccomp", "acl"):
                    continue
                subs = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
                found = [m for s in subs for m in actors_of(s, index, self.g) if m.actor.code not in own]
                if found:
                    return found
        return []

    def _counterpart(
        self, obj: Token, index: MentionIndexLike, sources: Sequence[MentionLike]
    ) -> list[MentionLike]:
        """The first "with" party inside a joint act's object ("an agreement to promote trade [with
        Israel]"), other than the sources."""
        own = {m.actor.code for m in sources}
        for w in obj.subtree:
            if w.dep_ == "pobj" and w.head.lower_ == "with" and w.head.i > obj.i:
                found = [m for m in actors_of(w, index, self.g) if m.actor.code not in own]
                if found:
                    return found
        return []

    def _mediated(
        self, tok: Token, index: MentionIndexLike, sources: Sequence[MentionLike]
    ) -> list[MentionLike]:
        """The parties of a mediation named by a "between" phrase in its own words ("a mediation
        effort to end the rift between A and B")."""
        own = {m.actor.code for m in sources}
        heads = [tok] + ([tok.head] if tok.dep_ == "compound" else [])
        out: list[MentionLike] = []
        for h in heads:
            for w in h.subtree:
                if w.dep_ != "pobj" or w.head.lower_ not in self.g.between_preps:
                    continue
                for m in actors_of(w, index, self.g) + _modifier_actors(w, index):
                    if m.actor.code not in own and all(m.actor.code != x.actor.code for x in out):
                        out.append(m)
            if out:
                break
        return out

    def _refusal(self, tok: Token, pat: Pattern, mod: str) -> bool:
        """A cooperative act whose clause ``tok`` is negated with a future or volitional auxiliary
        ("will not lift", "won't hold talks", "would not allow"): a refusal, not only an act that
        did not happen."""
        if mod != "negated" or not ("03" <= pat.code[:2] <= "08"):
            return False
        if tok.dep_ == "xcomp" and self.g.lemma(tok.head) in self.g.failure_verbs:
            # "failed to reach a deal": an agreement not reached is rejected; other failed acts
            # ("failed to deliver aid") only did not happen
            return (
                pat.kind == "verb"
                and pat.code in self.g.failure_codes
                and not any(c.dep_ == "neg" for c in tok.head.children)
            )
        kids = list(tok.children)
        return any(c.dep_ == "neg" for c in kids) and any(
            c.dep_ == "aux" and (c.lower_ in self.g.planned_aux or c.lower_ == "would") for c in kids
        )


_FINITE = ("VBD", "VBZ", "VBP")


def _setting_of_meeting(noun: Token, clause: Token, trig: Trigger, g: Grammar) -> bool:
    """``noun`` is the purpose or setting of a meeting or visit verb ("arrived for a summit with X",
    "met at talks"), so the verb's subject takes part in it; so does a speaker in the meeting it
    speaks at ("during a meeting with Erdogan, Putin said ...")."""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.head.i != clause.i:
        return False
    if trig.pattern.code.startswith("04"):
        return head.lower_ in ("for", "at", "during")
    return (
        trig.pattern.code == "010"
        and g.lemma(clause) in g.speech_verbs
        and head.lower_ in ("at", "during")
        and noun.lemma_.lower() in g.carrier_meetings
    )


def _content_span(head: Token) -> set[int]:
    """The tokens of a content clause, without a finite verb the parser hung on it by coordination
    ("denied targeting civilians and [blamed Ukraine]": "blamed" is the subject's own act)."""
    out: set[int] = set()
    stack = [head]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        for c in tok.children:
            if c.dep_ == "conj" and c.tag_ in _FINITE and head.tag_ not in _FINITE:
                continue
            stack.append(c)
    return out


def _purpose_head(tok: Token, g: Grammar) -> Token | None:
    """The event word a subjectless "to" clause serves: the verb of a purpose clause ("sent troops
    to help X"), or the verb or event noun whose object the clause completes ("rejected a request
    to extradite X", "welcomed the decision to send troops")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    kids = list(tok.children)
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


def _rank(d: _Draft) -> int:
    """How many drafts stand before ``d`` in its chain of secondaries (0 for a primary draft)."""
    n = 0
    cur = d.secondary
    while cur is not None and n < 10:
        n += 1
        cur = cur.secondary
    return n


def _superseded(d: _Draft, coded: set[int]) -> bool:
    """A draft before ``d`` in its chain of secondaries was coded."""
    cur = d.secondary
    for _ in range(10):
        if cur is None:
            return False
        if id(cur) in coded:
            return True
        cur = cur.secondary
    return False


def _is_audience(m: MentionLike, g: Grammar) -> bool:
    """The mention is the press or another audience a statement is made to, not a party."""
    return m.actor.code in g.audience_roles or (m.actor.role or "") in g.audience_roles
