"""The event coder: CAMEO events from the dependency parse, driven by the YAML patterns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Protocol

from spacy.tokens import Doc, Span, Token

from triadic.events._arguments import Arguments, arguments_of
from triadic.events._clauses import (
    PREDICATIVE,
    bare_participle,
    each_member,
    each_other,
    for_to,
)
from triadic.events._finders import PartyFinder, Trigger
from triadic.events._modality import modality_of, stronger
from triadic.events._patterns import NO_EVENT, Grammar, Pattern, PatternSet, load_patterns
from triadic.events._quotes import FoundQuote, QuoteFinder
from triadic.events._syntax import (
    MentionIndexLike,
    MentionLike,
    actors_of,
    clause_verb,
    controllers,
    is_passive,
    noun_matches,
    prep_objects,
    subject_of,
    verb_matches,
)
from triadic.events.codebook import Codebook, get_codebook
from triadic.model import ActorRef, Article, Event, Quote, Sentence, event_id
from triadic.model import Span as TextSpan

__all__ = ["EventCoder", "Trigger", "ClassifierLike", "SentenceReading", "select_main_event"]

DateFn = Callable[[Span, Token, date | None, str], tuple[date | None, str | None]]


class ClassifierLike(Protocol):
    """A learned fallback: ``predict(texts)`` gives one ``(root, probability)`` pair per text.

    ``root`` may be None (a penta-only model); an optional ``predict_docs(spans)`` is used instead of
    ``predict`` when present, so the classifier can reuse the coder's parse.
    """

    def predict(self, texts: list[str]) -> Sequence[Any]: ...


@dataclass(frozen=True, slots=True)
class SentenceReading:
    """What a sentence is mainly about: its CAMEO code, the rule, and the main trigger's arguments."""

    code: str
    rule: str
    arguments: Arguments


@dataclass(frozen=True, slots=True)
class _Pending:
    """A sentence left to the learned fallback, with its subject-led dyad."""

    span: Span
    sentence: Sentence
    source: MentionLike
    target: MentionLike


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


def _fallback_date(
    sent: Span, trigger: Token, ref: date | None, modality: str
) -> tuple[date | None, str | None]:
    # TEMPORARY fallback used only when triadic.nlp.timex is not installed yet: the documented rule
    # without reading time expressions (asserted → publication date, anything else → no date).
    if modality == "asserted" and ref is not None:
        return ref, "day"
    return None, None


def _date_function() -> DateFn:
    try:
        from triadic.nlp.timex import assign_event_date  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return _fallback_date
    fn: DateFn = assign_event_date
    return fn


class EventCoder(PartyFinder):
    """Codes CAMEO events from a parsed article.

    Args:
        patterns: compiled patterns (shipped plus user files).
        codebook: CAMEO table for Goldstein, quad and PLOVER.
        classifier: optional learned fallback, used only for sentences with a resolved source and
            target dyad where no pattern matched (rule ``"classifier"``).
        classifier_threshold: minimum probability for a classifier event.
    """

    def __init__(
        self,
        patterns: PatternSet,
        codebook: Codebook | None = None,
        classifier: ClassifierLike | None = None,
        classifier_threshold: float = 0.5,
    ) -> None:
        if patterns.grammar is None:
            raise ValueError("a PatternSet needs its grammar; build it with load_patterns()")
        self.patterns = patterns
        self.g: Grammar = patterns.grammar
        self.codebook = codebook or get_codebook()
        self.classifier = classifier
        self.classifier_threshold = classifier_threshold
        self.quotes = QuoteFinder(self.g)
        self._date = _date_function()
        # an object that names an event is no patient
        self._event_nouns = frozenset(
            k for k, ps in patterns.nouns.items() if any(p.code != NO_EVENT for p in ps)
        )

    @classmethod
    def from_settings(cls, settings: Any, classifier: ClassifierLike | None = None) -> EventCoder:
        """Shipped patterns plus ``settings.patterns`` user files, with ``settings.goldstein`` weights."""
        return cls(load_patterns(settings.patterns), get_codebook(settings.goldstein), classifier=classifier)

    # ------------------------------------------------------------------ triggers
    def triggers(self, sent: Span) -> list[Trigger]:
        """Every token of the sentence that matches a pattern, most specific pattern per token."""
        out: list[Trigger] = []
        verbs, nouns, adjs = self.patterns.verbs, self.patterns.nouns, self.patterns.adjectives
        amounts = self.g.amount_words
        blocked: set[int] = set()
        for tok in sent:
            pos = tok.pos_
            lemma = self.g.lemma(tok)
            if adjs and tok.dep_ in PREDICATIVE and (pos == "ADJ" or bare_participle(tok)):
                # "Seoul is critical of Tokyo", "Kenya is concerned about ...": an adjective said
                # of the subject (the parser tags some participles as verbs)
                found = None
                for p in adjs.get(lemma) or adjs.get(tok.lower_) or ():
                    obj = verb_matches(tok, p, amounts)
                    if obj is not None:
                        found = Trigger(tok, p, obj if obj.i != tok.i else None)
                        break
                if found is not None:
                    if found.pattern.code != NO_EVENT:
                        out.append(found)
                    continue
            if pos == "PROPN" and tok.is_title and not tok.ent_type_ and lemma not in nouns:
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
            if pos in ("VERB", "AUX") or (
                pos == "NOUN"
                and any(c.dep_ in ("nsubj", "dobj") for c in tok.children)
                and any(c.dep_ == "nsubj" for c in tok.children)
            ):
                cands = verbs.get(lemma) or verbs.get(tok.lower_)
                if cands:
                    for p in cands:
                        obj = verb_matches(tok, p, amounts)
                        if obj is not None:
                            # a "no event" sense ("hit a snag") blocks the weaker patterns, and
                            # what it matched ("took out a loan") is no event either
                            if p.code != NO_EVENT:
                                out.append(Trigger(tok, p, obj if obj.i != tok.i else None))
                            elif obj.i != tok.i:
                                blocked.add(obj.i)
                            break
                    continue
            # a noun used as a modifier ("attack helicopters", "peace talks") is not the event,
            # unless what it modifies only carries it ("a mediation effort")
            if pos in ("NOUN", "PROPN") and (
                tok.dep_ != "compound" or tok.head.lemma_.lower() in self.g.carrier_nouns
            ):
                cands = nouns.get(lemma) or nouns.get(tok.lower_)
                if cands:
                    for p in cands:
                        if noun_matches(tok, p):
                            if p.code != NO_EVENT:
                                out.append(Trigger(tok, p, None))
                            break
        return [t for t in out if t.token.i not in blocked] if blocked else out

    def sentence_code(
        self,
        sent: Span,
        events: Sequence[Event] = (),
        through_speech: tuple[str, ...] = ("asserted", "negated"),
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
        through_speech: tuple[str, ...] = ("asserted", "negated"),
    ) -> SentenceReading | None:
        """The sentence's code and rule (as :meth:`sentence_code`) and its main trigger's arguments:
        source, target and reciprocal noun phrases, whether or not they resolve to actors."""
        tok_at = {t.idx: t for t in sent}
        trigs = {t.token.i: t for t in self.triggers(sent)}
        cands: dict[int, tuple[Token, str, str, str, bool]] = {}
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
                    code = self.g.derived_code(gov[1].family, t.pattern.code)
                    rule = f"complement:{head.lemma_.lower()}({t.pattern.rule})->{code}"
                    cands[head.i] = (head, code, rule, modality_of(head, head, self.g), False)
                cands[t.token.i] = (
                    t.token,
                    t.pattern.code,
                    t.pattern.rule,
                    modality_of(t.token, clause, self.g),
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
                and (c[3] in through_speech or _fronted(c[0], head))
                and _governed_by(c[0], head)
            ]
            if inner:
                if inner[0][3] not in through_speech:
                    speaker = head
                best = inner[0]
                code, rule = best[1], best[2]
            elif self._deontic(best[0]):
                # "X said Y must disarm": reported obligation is a demand.
                code, rule = "100", f"deontic({best[2]})->100"
        if rule == best[2]:
            if best[3] != "negated" and self._deontic(best[0]) and best[1][:2] not in ("01", "10"):
                code = self.g.derived_code("10", best[1])
                rule = f"deontic({best[2]})->{code}"
            elif best[3] == "negated" and "02" <= best[1][:2] <= "08":
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
                return replace(sub, trigger=args.trigger)
            return Arguments(sources=args.sources or sub.sources, targets=sub.targets, trigger=args.trigger)
        return args

    # ------------------------------------------------------------------ public entry point
    def code_doc(
        self, doc: Doc, article: Article, sentences: Sequence[Sentence], mentions: MentionIndexLike
    ) -> tuple[list[Event], list[Quote]]:
        """Code every sentence of a parsed article into events and quotes."""
        sents = self._align(doc, sentences)
        found = self.quotes.find(doc, [s for s, _ in sents], mentions, article.id)
        quotes = [f.quote for f in found]
        events: list[Event] = []
        seen: set[str] = set()
        pending: list[_Pending] = []
        index = _SpeakerIndex(mentions, doc, found)
        for span, sentence in sents:
            drafts = self._code_sentence(span, index)
            made = 0
            # The same dyad and root named twice in a sentence ("met ... the meeting", "provided
            # $2 million in assistance to X") is one event: verbs are coded first, so the noun
            # repeating it is dropped.
            dyads: set[tuple[str, str, str]] = set()
            coded: set[int] = set()
            for d in sorted(drafts, key=lambda d: (_rank(d), d.rule.startswith("noun:"))):
                if d.secondary is not None and _superseded(d, coded):
                    continue
                for ev in self._realise(d, span, sentence, article, found):
                    if ev.target is not None or ev.root != "01":
                        # a statement to no one says too little to stand for what it governs
                        coded.add(id(d))
                    key = (ev.source.actor.code, ev.target.actor.code if ev.target else "", ev.root)
                    if ev.id in seen or (key in dyads and d.rule.startswith("noun:")):
                        continue
                    dyads.add(key)
                    seen.add(ev.id)
                    events.append(ev)
                    made += 1
            # A pattern on the main verb whose arguments did not resolve has said what the sentence
            # is about; the classifier would only pair its subject with whatever actor is nearby
            # (measured: letting it fill the dyad when it agrees on the root lowers target F1).
            root_coded = any(d.trigger.i == span.root.i for d in drafts)
            if made == 0 and self.classifier is not None and not root_coded:
                dyad = self._dyad(span, index)
                if dyad is not None:
                    pending.append(_Pending(span, sentence, dyad[0], dyad[1]))
        if pending and self.classifier is not None:
            events.extend(self._classify(pending, article, found, seen))
        return events, quotes

    # ------------------------------------------------------------------ sentence coding
    def _align(self, doc: Doc, sentences: Sequence[Sentence]) -> list[tuple[Span, Sentence]]:
        spans = list(doc.sents)
        if len(spans) == len(sentences) and all(
            s.start_char == t.start for s, t in zip(spans, sentences, strict=True)
        ):
            return list(zip(spans, sentences, strict=True))
        out: list[tuple[Span, Sentence]] = []
        for s in sentences:
            span = doc.char_span(s.start, s.end, alignment_mode="expand")
            if span is not None:
                out.append((span, s))
        return out

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
        self._subordinate(drafts)
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

    def _subordinate(self, drafts: list[_Draft]) -> None:
        """Mark a purpose or content clause as secondary to the event it belongs to: "sent aid to
        [help] X" is the sending, "rejected the request to [extradite] X" the rejection."""
        primary: dict[int, _Draft] = {}
        for d in drafts:
            if d.secondary is None:
                primary.setdefault(d.trigger.i, d)
        for d in drafts:
            if d.secondary is not None:
                continue
            head = _purpose_head(d.trigger, self.g)
            owner = primary.get(head.i) if head is not None else None
            if owner is not None and owner is not d and owner.secondary is None:
                d.secondary = owner

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

    def _deontic(self, tok: Token) -> bool:
        """A clause at or under ``tok`` says what someone must do ("must disarm", "must be avoided")."""
        for c in tok.children if tok.pos_ in ("VERB", "AUX") else ():
            if c.dep_ in ("ccomp", "xcomp") and any(
                a.dep_ in ("aux", "auxpass") and a.lower_ in self.g.deontic_aux for a in c.children
            ):
                return True
        return any(a.dep_ == "aux" and a.lower_ in self.g.deontic_aux for a in tok.children)

    def _governor(self, clause: Token) -> tuple[Token, Any] | None:
        """The governing verb of a control chain over ``clause`` ("agreed to [hold]"), if any."""
        for_clause = clause.dep_ in ("advcl", "ccomp") and for_to(clause)
        if clause.dep_ != "xcomp" and not for_clause:
            return None
        head = clause.head
        comp = self.g.complements.get(head.lemma_.lower())
        if comp is None or (for_clause and not comp.object_control):
            return None
        return head, comp

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
            if pat.code.startswith("01") and tok.lemma_.lower() in g.speech_verbs:
                # "Aliyev told reporters": the press is the audience of a statement, not its target
                targets = [m for m in targets if not _is_audience(m, g)]
                if not targets:
                    targets = self._obliged(tok, index, sources)
                    if targets:
                        # "Paris said Rome must withdraw": a reported obligation is a demand on Rome
                        code, rule = "100", f"deontic({pat.rule})->100"
            comp = g.complements.get(tok.lemma_.lower())
            if not targets and comp is not None and comp.object_control:
                # "called for Britain to stay in the EU": whom the clause asks to act
                asked = [
                    n
                    for c in tok.children
                    if c.dep_ in ("advcl", "ccomp") and for_to(c)
                    for n in c.children
                    if n.dep_ == "nsubj"
                ]
                targets = [m for n in asked for m in actors_of(n, index, g)]
            conf = 0.9 if not inherited else 0.75
        else:
            clause = clause_verb(tok)
            if (
                clause is not None
                and clause.i in by_tok
                and clause.lemma_.lower() not in g.light_verbs
                and not _setting_of_meeting(tok, clause, by_tok[clause.i])
            ):
                # The governing verb is an event of its own ("criticised the sanctions"): the noun
                # gets only the actors written around it.
                clause_for_actors = None
            else:
                clause_for_actors = clause
            sources, targets, conf = self._actors_of_noun(
                tok, clause_for_actors, index, of_target=not pat.reciprocal
            )
            if not targets and sources and pat.code[:2] in g.place_target_roots:
                # "Turkey's offensive in northern Syria", "conducted a raid in the West Bank"
                own = {m.actor.country for m in sources if m.actor.country}
                for h in [tok] if clause_for_actors is None else [tok, clause_for_actors]:
                    for p in prep_objects(h, g.location_preps):
                        targets.extend(m for m in actors_of(p, index, g) if m.actor.country not in own)
                    if targets:
                        break
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
        if gov is None and clause is not None and self._refusal(clause, pat, mod):
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
                        if clause is not None and for_to(clause)
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

    def _refusal(self, tok: Token, pat: Pattern, mod: str) -> bool:
        """A cooperative act whose clause ``tok`` is negated with a future or volitional auxiliary
        ("will not lift", "won't hold talks", "would not allow"): a refusal, not only an act that
        did not happen."""
        if mod != "negated" or not ("03" <= pat.code[:2] <= "08"):
            return False
        kids = list(tok.children)
        return any(c.dep_ == "neg" for c in kids) and any(
            c.dep_ == "aux" and (c.lower_ in self.g.planned_aux or c.lower_ == "would") for c in kids
        )

    # ------------------------------------------------------------------ drafts to events
    def _quote_for(self, char: int, found: Sequence[FoundQuote]) -> FoundQuote | None:
        best: FoundQuote | None = None
        for f in found:
            q = f.quote
            if q.start <= char < q.end and (
                best is None or q.end - q.start < best.quote.end - best.quote.start
            ):
                best = f
        return best

    def _realise(
        self, d: _Draft, span: Span, sentence: Sentence, article: Article, found: Sequence[FoundQuote]
    ) -> list[Event]:
        sources = d.sources
        targets = d.targets
        pairs: list[tuple[MentionLike, MentionLike | None]] = []
        if targets:
            pairs = [(s, t) for s in sources for t in targets]
            if d.mutual:
                pairs += [(t, s) for s in sources for t in targets]
        elif len(sources) >= 2 and d.reciprocal:
            pairs = [(s, t) for s in sources for t in sources if s is not t]
        elif d.notarget:
            pairs = [(s, None) for s in sources]
        if not pairs:
            return []
        info = self.codebook.lookup(d.code)
        quote = self._quote_for(d.trigger.idx, found)
        out: list[Event] = []
        for s, t in pairs:
            if t is not None and (s.actor.code == t.actor.code or s is t):
                continue
            if (
                t is not None
                and s.actor.country
                and s.actor.country == t.actor.country
                and (_is_state_itself(s) or _is_state_itself(t))
            ):
                continue  # a state and its own government are one side: no dyad
            if info.root == "01" and not s.actor.is_political:
                continue  # experts and private people speak, but only political actors make statements
            mod = d.modality
            date_val, prec = self._date(span, d.trigger, article.reference_date, mod)
            ref = article.reference_date
            if mod == "asserted" and date_val is not None and ref is not None and date_val > ref:
                # "a meeting with the IAEA next month": an event dated after publication is planned
                mod = "planned"
            trig = d.trigger
            eid = event_id(
                article.id, sentence.index, s.actor.code, t.actor.code if t else "", d.code, trig.idx
            )
            out.append(
                Event(
                    id=eid,
                    article_id=article.id,
                    sentence=sentence,
                    source=ActorRef(actor=s.actor, text=s.text, start=s.start_char, end=s.end_char),
                    target=ActorRef(actor=t.actor, text=t.text, start=t.start_char, end=t.end_char)
                    if t
                    else None,
                    cameo=d.code,
                    root=info.root,
                    quad=info.quad,
                    goldstein=info.goldstein,
                    trigger=TextSpan(text=trig.text, start=trig.idx, end=trig.idx + len(trig.text)),
                    modality=mod,
                    plover_type=info.plover_type,
                    plover_mode=info.plover_mode,
                    date=date_val,
                    date_precision=prec,
                    attributed_to=quote.quote.id
                    if quote is not None and trig.idx >= quote.quote.start
                    else None,
                    confidence=d.confidence * (0.9 if len(pairs) > 1 else 1.0),
                    rule=d.rule,
                )
            )
        return out

    # ------------------------------------------------------------------ classifier fallback
    def _dyad(self, sent: Span, index: MentionIndexLike) -> tuple[MentionLike, MentionLike] | None:
        """The subject's actor and the first other actor of a sentence, if both resolve."""
        root = sent.root
        subs, _ = subject_of(root, self.g)
        src: MentionLike | None = None
        co_agents: set[int] = set()
        for s in subs:
            acts = self._actors_of_phrase(s, index)
            co_agents.update(w.i for w in s.subtree)
            if acts and src is None:
                src = acts[0]
        if src is None:
            return None
        content = self._content_tokens(sent)
        for tok in sent:
            if tok.i in co_agents or tok.i in content:
                # "Qatar and Egypt are mediating": a co-subject is no target; nor is an actor in
                # what someone is accused of ("accused X of looting hospitals")
                continue
            m = index.at(tok.i)
            if m is not None and m is not src and m.actor.code != src.actor.code:
                return src, m
        return None

    def _classify(
        self,
        pending: list[_Pending],
        article: Article,
        found: Sequence[FoundQuote],
        seen: set[str],
    ) -> list[Event]:
        assert self.classifier is not None
        by_docs = getattr(self.classifier, "predict_docs", None)
        # Hand over our own parse when the classifier takes one: no second parse.
        preds = (
            by_docs([p.span for p in pending])
            if callable(by_docs)
            else self.classifier.predict([p.span.text for p in pending])
        )
        out: list[Event] = []
        for p, pred in zip(pending, preds, strict=False):
            span, sentence, s, t = p.span, p.sentence, p.source, p.target
            root, prob = pred
            if root is None or prob < self.classifier_threshold:
                continue  # a model trained on penta labels only names no root to code
            code = str(root).zfill(2)[:2] + "0"
            if code not in self.codebook:
                continue
            d = _Draft(
                trigger=span.root,
                code=code,
                rule="classifier",
                sources=[s],
                targets=[t],
                notarget=False,
                reciprocal=False,
                modality=modality_of(span.root, span.root, self.g),
                confidence=prob,
                clause=span.root,
            )
            for ev in self._realise(d, span, sentence, article, found):
                if ev.id not in seen:
                    seen.add(ev.id)
                    out.append(ev)
        return out


_FINITE = ("VBD", "VBZ", "VBP")
_FIRST_PERSON = frozenset({"we", "i", "us", "me", "our", "my"})


class _SpeakerIndex:
    """The actor index, with "we" and "I" inside a direct quote standing for the quote's speaker
    ("'We are ready to sign a treaty with Armenia,' Aliyev said": Aliyev's side is the source)."""

    def __init__(self, base: MentionIndexLike, doc: Doc, found: Sequence[FoundQuote]) -> None:
        self._base = base
        self._speaker: dict[int, MentionLike] = {}
        for f in found:
            q, m = f.quote, f.speaker_mention
            if q.kind != "direct" or m is None:
                continue
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            for tok in span if span is not None else ():
                if tok.lower_ in _FIRST_PERSON and tok.pos_ == "PRON":
                    self._speaker[tok.i] = m

    def at(self, token_i: int) -> MentionLike | None:
        hit = self._base.at(token_i)
        return hit if hit is not None else self._speaker.get(token_i)


def _setting_of_meeting(noun: Token, clause: Token, trig: Trigger) -> bool:
    """``noun`` is the purpose or setting of a meeting or visit verb ("arrived for a summit with X",
    "met at talks"), so the verb's subject takes part in it."""
    head = noun.head
    return (
        trig.pattern.code.startswith("04")
        and noun.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.head.i == clause.i
        and head.lower_ in ("for", "at", "during")
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


def _is_state_itself(m: MentionLike) -> bool:
    """The mention names a country as such (its name or capital), not a group within it."""
    return m.actor.role is None and getattr(m, "via", "name") in ("name", "capital", "seat")


def _agentless(tok: Token) -> bool:
    """A passive verb with no "by" agent ("were killed"), or an intransitive one ("died")."""
    return tok.pos_ == "VERB" and is_passive(tok) and not any(c.dep_ == "agent" for c in tok.children)


def _in_clause_of(tok: Token, verb: Token, g: Grammar) -> bool:
    """``tok`` is in a clause joined to ``verb`` ("were killed [as A launched strikes]"), not in
    its condition ("sanctions will be imposed [if A buys ...]")."""
    for a in (tok, *tok.ancestors):
        if a.head.i == verb.i and a.i != verb.i:
            cond = any(c.dep_ == "mark" and c.lower_ in g.conditional_marks for c in a.children)
            return a.dep_ in ("advcl", "conj", "parataxis") and not cond
    return False


def _fronted(tok: Token, verb: Token) -> bool:
    """``tok`` is in a clause put before the speech verb ``verb`` that reports it."""
    for a in (tok, *tok.ancestors):
        if a.head.i == verb.i:
            return a.dep_ in ("ccomp", "parataxis") and a.i < verb.i
    return False


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
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
    )


def _in_speaker(tok: Token, g: Grammar) -> bool:
    """``tok`` lies inside the subject of a speech verb ("[Syrian opposition members] said ...")."""
    for a in (tok, *tok.ancestors):
        if a.dep_ in ("nsubj", "nsubjpass") and a.head.lemma_.lower() in g.speech_verbs:
            return True
        if a.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "ROOT"):
            return False  # a clause of its own: its words are no part of a subject phrase
    return False


def _governed_by(tok: Token, gov: Token) -> bool:
    """True when ``gov`` is an ancestor of ``tok``."""
    return any(a.i == gov.i for a in tok.ancestors)


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


_PREFER = {"asserted": 0, "planned": 1, "negated": 2, "hypothetical": 3}


def select_main_event(events: Sequence[Event]) -> Event | None:
    """The event that best stands for a sentence: asserted over not, substantive over a bare statement."""
    if not events:
        return None
    return min(
        events, key=lambda e: (e.root == "01", _PREFER.get(e.modality, 4), -e.confidence, e.trigger.start)
    )
