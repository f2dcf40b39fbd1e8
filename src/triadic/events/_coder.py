"""The event coder: CAMEO events from the dependency parse, driven by the YAML patterns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Protocol

from spacy.tokens import Doc, Span, Token

from triadic.events._arg_targets import NAMED_ORGS_KEY
from triadic.events._clauses import no_dyad, one_party, same_party
from triadic.events._discourse import DiscourseMemory
from triadic.events._draft import rule_draft
from triadic.events._drafting import EventDrafter, _Draft, _rank, _superseded, warning_noun_clause
from triadic.events._finders import Trigger
from triadic.events._indirect_parties import act_doers, answered_doers
from triadic.events._modality import modality_of, supposed_act
from triadic.events._patterns import NO_EVENT, Grammar, PatternSet, load_patterns
from triadic.events._quotes import FoundQuote, QuoteFinder
from triadic.events._reading import SentenceReading, future_aux, reserved_right, unhesitating
from triadic.events._syntax import (
    MentionIndexLike,
    MentionLike,
    actors_of,
    in_place_phrase,
    on_side,
    prep_objects,
    regional_to_centre,
    side_of,
    subject_of,
    that_marked,
    verb_complement,
)
from triadic.events._tree import dependents, doc_sents, has_to, tokens_of
from triadic.events._violence import outcome_code, unarmed_contests, untold_violence
from triadic.events.codebook import Codebook, get_codebook
from triadic.model import ActorRef, Article, Event, Quote, Sentence, event_id
from triadic.model import Span as TextSpan

__all__ = ["EventCoder", "Trigger", "ClassifierLike", "SentenceReading", "select_main_event"]

# CAMEO roots of violent acts: assault, fight, mass violence
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# what violence did to people (killed, massacred): an outcome, not an act of its own
_OUTCOME_CODES = ("1823", "20")
DateFn = Callable[[Span, Token, date | None, str], tuple[date | None, str | None]]


class ClassifierLike(Protocol):
    """A learned fallback: ``predict(texts)`` gives one ``(root, probability)`` pair per text.

    ``root`` may be None (a penta-only model); an optional ``predict_docs(spans)`` is used instead of
    ``predict`` when present, so the classifier can reuse the coder's parse.
    """

    def predict(self, texts: list[str]) -> Sequence[Any]: ...


@dataclass(frozen=True, slots=True)
class _Pending:
    """A sentence left to the learned fallback, with its subject-led dyad."""

    span: Span
    sentence: Sentence
    source: MentionLike
    target: MentionLike


def _fallback_date(
    sent: Span, trigger: Token, ref: date | None, modality: str
) -> tuple[date | None, str | None]:
    # TEMPORARY fallback used only when triadic.nlp.timex is not installed yet: the documented rule
    # without reading time expressions (asserted → publication date, anything else → no date).
    if modality == "asserted" and ref is not None:
        return ref, "day"
    return None, None


def _background(when: date | None, precision: str | None, ref: date | None, days: int) -> bool:
    """The whole period ``when`` names (its day, month or year) ended over ``days`` days before ``ref``."""
    if when is None or ref is None or days <= 0:
        return False
    if precision == "year":
        last = date(when.year, 12, 31)
    elif precision == "month":
        nxt = date(when.year + 1, 1, 1) if when.month == 12 else date(when.year, when.month + 1, 1)
        last = nxt - timedelta(days=1)
    elif precision == "week":
        last = when + timedelta(days=6)
    else:
        last = when
    return (ref - last).days > days


def _long_running(trigger: Token, g: Grammar) -> bool:
    """An act told in a relative clause as going on "for years" ("Cauca, where the army has fought
    dissident factions for years", "a group that has attacked shipping for months"): the description of
    a place or party the story mentions, not an event of the day (``duration_nouns``)."""
    clause = trigger
    for _ in range(3):  # the act's own clause: its verb, or the verb a trigger noun is the object of
        if clause.dep_ == "relcl" or clause.pos_ in ("VERB", "AUX"):
            break
        clause = clause.head
    if clause.dep_ != "relcl":
        return False
    return any(
        p.dep_ == "prep" and p.lower_ == "for" and o.dep_ == "pobj" and o.lemma_.lower() in g.duration_nouns
        for p in dependents(clause) for o in dependents(p)
    )


def _date_function() -> DateFn:
    try:
        from triadic.nlp.timex import assign_event_date  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return _fallback_date
    fn: DateFn = assign_event_date
    return fn


class EventCoder(EventDrafter):
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
        # the lemmas of verbs that state their subject's own intent ("agree", "offer", "promise"), and
        # with them those of a court's verdict: a sentence with none skips the scans for them
        self._intent_lemmas = frozenset(
            k for k, c in self.g.complements.items() if c.family == "03" and not c.object_control
        )
        self._intent_or_verdict = self._intent_lemmas | self.g.verdict_verbs
        # an object that names an event is no patient
        self._event_nouns = frozenset(
            k for k, ps in patterns.nouns.items() if any(p.code != NO_EVENT for p in ps)
        )
        # words of an attitude toward others ("optimistic", "concern"): what they expect is no act
        self._attitudes = frozenset(
            k
            for table in (patterns.adjectives, patterns.nouns)
            for k, ps in table.items()
            if any(p.code in self.g.attitude_codes for p in ps)
        )
        # Coding and the sentence reading both need each sentence's triggers: find them once per doc.
        self._trigger_doc: Doc | None = None
        self._trigger_memo: dict[tuple[int, int], list[Trigger]] = {}
        self._no_event_verbs: set[int] = set()

    @classmethod
    def from_settings(cls, settings: Any, classifier: ClassifierLike | None = None) -> EventCoder:
        """Shipped patterns plus ``settings.patterns`` user files, with ``settings.goldstein`` weights."""
        return cls(load_patterns(settings.patterns), get_codebook(settings.goldstein), classifier=classifier)

    # ------------------------------------------------------------------ public entry point
    def code_doc(
        self, doc: Doc, article: Article, sentences: Sequence[Sentence], mentions: MentionIndexLike
    ) -> tuple[list[Event], list[Quote]]:
        """Code every sentence of a parsed article into events and quotes.

        Args:
            doc: the parse of ``article.text`` itself; every offset (sentences, events, quotes) is into it.
        """
        sents = self._align(doc, sentences)
        _mark_named_orgs(doc, mentions)
        found = self.quotes.find(doc, [s for s, _ in sents], mentions, article.id, text=article.text)
        quotes = [f.quote for f in found]
        events: list[Event] = []
        seen: set[str] = set()
        pending: list[_Pending] = []
        index = _SpeakerIndex(mentions, doc, found)
        # "The junta rejected the ultimatum": who issued it is told in an earlier sentence
        memory = DiscourseMemory(self.g)
        for span, sentence in sents:
            first = len(events)
            drafts = self._code_sentence(span, index)
            self._reprisals(drafts)
            self._options_of_force(drafts, index)
            self._options_on_table(span, drafts, index)
            self._met_replies(drafts, index)
            self._fates(drafts, index)
            self._warned_threats(drafts, index)
            self._announced_to(drafts, index)
            memory.resolve(drafts, sentence.index)
            # the acts the sentence tells (past the filters below), and those that made events
            told: list[_Draft] = []
            produced: set[int] = set()
            made = 0
            # The same dyad and root named twice in a sentence ("met ... the meeting", "provided
            # $2 million in assistance to X", "hosted Y, where the two leaders discussed ...") is
            # one act: the first coded (verbs before nouns) stands for it. A bare "said" (010)
            # stands for nothing more specific that follows ("said it is skeptical": 012).
            dyads: dict[tuple[str, str, str], str] = {}
            coded: set[int] = set()
            # roots and source countries coded on each trigger token, for nouns that name the act of
            # the verb they are the subject of
            acted: dict[int, set[tuple[str, str]]] = {}
            # a killing told as the outcome of the clause's attack, an act the aim of another is for,
            # a remark made while acting
            dropped = self._outcomes(drafts) | self._aims(drafts) | self._remarks(drafts)
            dropped |= self._motives(drafts) | _settings(drafts) | self._attempts(drafts)
            dropped |= _unreal_nouns(drafts, self.g) | _sought_pacts(drafts, self.g)
            dropped |= _sought_talks(drafts, self.g)
            # acts that only date the period reported on ("since Russia's invasion"): history; the
            # sentence has named its acts, so the classifier is not asked to guess another from it
            anchored = {id(d) for d in drafts if _anchored(d.trigger, self.g)}
            dropped |= anchored
            # an act a deal asks in return ("freed two sailors in exchange for an engineer")
            anchored |= {id(d) for d in drafts
                         if d.rule.startswith("noun:") and _prospective(d.trigger, self.g)}
            # "the ruling party is fighting a campaign against the opposition": a contest in words or
            # votes, no fight, and no act for the classifier to guess either
            anchored |= unarmed_contests(drafts, self.g)
            dropped |= anchored
            # "the war has killed 150,000", "an explosion in Tehran killed four": violence with no doer
            dropped |= untold_violence(drafts, self.g)
            for d in sorted(drafts, key=lambda d: (_rank(d), d.rule.startswith("noun:"))):
                if d.secondary is not None and _superseded(d, coded):
                    continue
                if id(d) in dropped or supposed_act(d.trigger, self._attitudes, self.g):
                    continue
                if _subject_of_own_act(d, acted) or _appositive_retelling(d, acted):
                    continue
                told.append(d)
                for ev in self._realise(d, span, sentence, article, found):
                    if ev.target is not None or ev.root != "01":
                        # a statement to no one says too little to stand for what it governs
                        coded.add(id(d))
                    key = (ev.source.actor.code, ev.target.actor.code if ev.target else "", ev.root)
                    if ev.target is not None and key[0] == key[1]:
                        # two named groups of one code: the pair's names tell its two directions apart
                        key = (f"{key[0]}:{ev.source.actor.name}", f"{key[1]}:{ev.target.actor.name}",
                               ev.root)
                    again = key in dyads and (d.rule.startswith("noun:") or dyads[key] != "010")
                    if again and _second_act(d.trigger, self.g) and dyads[key] != ev.cameo:
                        # "arrested three activists and deported them": a second act done to the same
                        # people, with a code of its own, is a second event even of one root
                        again = False
                    if ev.id in seen or again:
                        continue
                    dyads[key] = ev.cameo
                    acted.setdefault(d.trigger.i, set()).add((ev.root, ev.source.actor.country or ""))
                    seen.add(ev.id)
                    events.append(ev)
                    made += 1
                    produced.add(id(d))
            _drop_untargeted_parts(events, first, span)
            memory.remember(sentence.index, told, produced, span,
                            lambda v: self._sources_of_verb(v, index)[0])
            # A pattern on the main verb whose arguments did not resolve has said what the sentence
            # is about; the classifier would only pair its subject with whatever actor is nearby
            # (measured: letting it fill the dyad when it agrees on the root lowers target F1).
            # Likewise a "no event" sense on the main verb ("officials recognised the need for ...")
            # has said the sentence reports no act.
            root_coded = any(d.trigger.i == span.root.i for d in drafts) or (
                self._trigger_doc is span.doc and span.root.i in self._no_event_verbs)
            if made == 0 and self.classifier is not None and not root_coded and not anchored:
                dyad = self._dyad(span, index)
                if dyad is not None:
                    pending.append(_Pending(span, sentence, dyad[0], dyad[1]))
        if pending and self.classifier is not None:
            events.extend(self._classify(pending, article, found, seen))
        return events, quotes

    def _reprisals(self, drafts: list[_Draft]) -> None:
        """A reprisal the actor says it will or would make ("said it would retaliate against X",
        "Moscow would respond in kind") is a threat (130), made when it is said; a reprisal reported
        as done, or denied, is no threat and is coded (if at all) by what was done. Likewise consent
        withheld ("would not accept X") is a rejection (120), asserted."""
        g = self.g
        keep: list[_Draft] = []
        for d in drafts:
            lemma = g.lemma(d.trigger)
            if (d.secondary is None and d.code.startswith(tuple(g.reserved_threat_codes))
                    and ((d.modality != "negated" and reserved_right(d.trigger, g))
                         or unhesitating(d.trigger, g))):
                # "reserved the right to retaliate / to take legal action against X": a coercive act
                # kept as an option is a threat of it (CAMEO 13), made when it is said; force kept as
                # an option ("the right to use force against X") is a threat of military force (138)
                code = g.force_option_code if d.code[:2] in g.force_roots else "130"
                d.code, d.modality, d.rule = code, "asserted", f"reserved({d.rule})->{code}"
            elif d.secondary is None and (
                    (d.code == "130" and (lemma in g.reprisal_verbs or _reply_given(d.trigger, g)))
                    or lemma in g.reprisal_acts):
                if d.modality in ("planned", "hypothetical"):
                    d.code, d.modality, d.rule = "130", "asserted", f"reprisal({d.rule})->130"
                elif d.code == "130":
                    continue
            elif (d.code == "120" and lemma in g.consent_verbs and d.secondary is None
                  and d.modality == "negated"):
                # "would not accept X" (triggered only when negated, see _reading): the consent
                # withheld is the rejection, made when it is said
                d.modality, d.rule = "asserted", f"withheld({d.rule})->120"
            keep.append(d)
        drafts[:] = keep
        for d in keep:
            if d.code[:2] == "13" and not d.targets and d.sources and d.secondary is None:
                d.targets = _conjunct_targets(d, keep)

    def _force_option(self, verb: Token) -> Token | None:
        """The force a verb of excluding an option names as its object ("rule out [military action]",
        "exclude [the use] of force"), or None when its object is no act of force."""
        g = self.g
        obj = next((c for c in dependents(verb) if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None:
            return None
        if obj.lemma_.lower() == "use":
            # "the use of force": the force is the "of" phrase
            obj = next(iter(prep_objects(obj, frozenset({"of"}))), obj)
        lemma = obj.lemma_.lower()
        if lemma in g.force_option_nouns:
            return obj
        if lemma in g.force_option_generic and any(c.lower_ in g.force_option_modifiers
                                                    for c in dependents(obj) if c.dep_ in ("amod", "advmod")):
            return obj
        return None

    def _options_of_force(self, drafts: list[_Draft], index: MentionIndexLike) -> None:
        """A negated rejection of force ("did not rule out military action against Iran", "has not
        ruled out the use of force against Venezuela") states force as an option: CAMEO's threat of
        military force (138), made when it is said, aimed at whom the force would be used against (the
        "against" party of the object, else the rejection's own target off the speaker's side). With no
        such party, nothing is coded: "did not rule out military action" alone threatens no-one."""
        g = self.g
        keep: list[_Draft] = []
        for d in drafts:
            force = None
            if (d.code[:2] == "12" and d.modality == "negated" and d.secondary is None and d.sources
                    and g.lemma(d.trigger) in g.option_verbs):
                force = self._force_option(d.trigger)
            if force is None:
                keep.append(d)
                continue
            side = side_of(d.sources)
            aims = [o for h in (force, force.head) for o in prep_objects(h, frozenset({"against", "on"}))]
            targets = [m for o in aims for m in actors_of(o, index, g) if not on_side(m, side)]
            if not targets:
                targets = [m for m in d.targets if not on_side(m, side)]
            if not targets:
                continue
            d.code, d.modality, d.targets = g.force_option_code, "asserted", targets
            d.rule = f"option_of_force({d.rule})->{g.force_option_code}"
            keep.append(d)
        drafts[:] = keep

    def _options_on_table(self, span: Span, drafts: list[_Draft], index: MentionIndexLike) -> None:
        """"All options are on the table" regarding a party (grammar.yaml, table_nouns): a threat of
        military force (138) from whoever says so or keeps the option there, at that party."""
        g = self.g
        for tok in span:
            if tok.lower_ not in g.table_nouns or tok.dep_ != "pobj" or tok.head.lower_ != "on":
                continue
            holder = tok.head.head
            lemma = g.lemma(holder)
            if lemma not in g.table_holding_verbs or any(c.dep_ == "neg" for c in dependents(holder)):
                continue  # "the military option is not on the table" takes force off
            copula = lemma in ("be", "remain", "stay")
            option = next((c for c in dependents(holder)
                           if c.dep_ == ("nsubj" if copula else "dobj")
                           and c.lower_ in g.table_option_nouns), None)
            if option is None or not any(
                    c.lower_ in g.table_option_quantifiers or c.lower_ in g.force_option_modifiers
                    for c in dependents(option) if c.dep_ in ("det", "amod", "predet", "compound")):
                continue
            # the speaker: the subject of the verb that reports the clause, else of the keeping verb
            teller = holder.head if copula and holder.dep_ in ("ccomp", "parataxis") else holder
            if copula and teller is holder:
                continue
            subjects, _ = subject_of(teller, g)
            sources = [m for s in subjects for m in actors_of(s, index, g)]
            if not sources:
                continue
            side = side_of(sources)
            aims: list[Token] = []
            for t in holder.subtree:
                if t.dep_ == "prep" and t.lower_ in g.table_target_preps:
                    aims.extend(o for o in dependents(t) if o.dep_ == "pobj")
                elif t.pos_ == "VERB" and g.lemma(t) in g.table_dealing_verbs:
                    aims.extend(o for o in dependents(t) if o.dep_ == "dobj")
                    aims.extend(prep_objects(t, frozenset({"with", "to"})))
            targets = [m for o in aims for m in actors_of(o, index, g) if not on_side(m, side)]
            if not targets:
                continue
            drafts.append(rule_draft(tok, g.force_option_code, f"options_on_table->{g.force_option_code}",
                                     sources, targets))

    def _warned_threats(self, drafts: Sequence[_Draft], index: MentionIndexLike) -> None:
        """A warning whose content is what the speaker's own side could or would do is a threat
        ("warned that Caracas could seal the border" 1381, "warned that its troops were ready to take
        the villages back" 138): a coercive act in it is recoded in the threat family (13), and with
        none coded the warning itself is the threat, aimed at whom it is told or conditioned on."""
        g = self.g
        for w in drafts:
            tok = w.trigger
            comp = g.complements.get(g.lemma(tok))
            # a verb of warning or threatening ("warned/threatened that X would face arrest")
            warns = w.secondary is None and w.sources and comp is not None and comp.family == "13"
            if warns and self._faced(w, drafts, index):
                continue
            if w.secondary is not None or not w.sources or w.code[:2] != "13" or w.rule.startswith("intent("):
                continue
            if g.lemma(tok) in g.warning_verbs or warns:
                # a verb of warning, or of threatening with a "that" clause ("threatened that it would
                # cut ties"): the clause says what is threatened
                clause = verb_complement(tok)
            else:
                clause = warning_noun_clause(tok, g)
            if clause is None or not _threat_cue(clause, g):
                continue
            side = side_of(w.sources)

            def own(ms: Sequence[MentionLike], side: frozenset[str] = side) -> bool:
                return bool(ms) and all(on_side(m, side) for m in ms)

            inner = [
                d for d in drafts if d is not w and (d.secondary is None or d.secondary is w)
                and _content_of(d.trigger, clause)
            ]
            if any(d.rule.startswith("intent(") or (d.code[:2] == "13" and d.targets) for d in inner):
                # "warned that Tehran would strike": already the speaker's threat (one aimed at no
                # one, "warned that its army was ready to retake the ground", is the warning's own)
                continue
            acts = [
                d for d in inner
                if own(d.sources) and g.intent_family(d.code[:2]) == "13" and d.modality != "negated"
            ]
            for d in acts:
                d.code = g.derived_code("13", d.code)
                d.rule = f"warning({d.rule})->{d.code}"
                d.modality = "asserted"
                if w.targets or d.secondary is w:
                    # "warned Bogota that Caracas could seal the border": one threat, made to whom it was
                    # told; "issued a threat that it would cut ties with X": the content already stands
                    # for the threat noun, which takes its code and, told to no one, its target
                    w.code, w.rule = d.code, d.rule
                    w.targets = w.targets or list(d.targets)
                    w.notarget = w.notarget and not w.targets
                    d.secondary = w
                elif not d.targets and not d.reciprocal:
                    # "could close the gulf if foreign navies tried to ...": aimed at the condition's doer
                    d.targets = [
                        m for m in self._warned_parties(tok, clause, drafts, index)
                        if m.actor.code not in side and all(m.actor.code != o.actor.code for o in d.sources)
                    ]
                    d.notarget = not d.targets
            if acts or any(d.sources and not own(d.sources) for d in inner):
                continue
            doers, _ = self._sources_of_verb(clause, index)
            if not doers and clause.head.i != tok.i and any(
                    c.dep_ == "nsubj" and c.lower_ in _SPEAKER_PRONOUNS for c in dependents(clause)):
                # "issued a warning that it would ...": the pronoun of a warning noun's clause is
                # whoever issued it, which the clause, hung on the noun, cannot reach
                doers = list(w.sources)
            if not own(doers):
                continue
            # nothing coercive is coded in what the own side would do ("would respond decisively",
            # "would not stand idly by", "reserved the right to respond"): the warning is the threat;
            # a refusal read off "would not stand by" is part of it
            military = any(m.actor.role == "MIL" for m in doers) or _by_force(clause)
            targets = w.targets or [
                # not the speaker itself, which a pronoun in the condition may resolve to
                m for m in self._warned_parties(tok, clause, drafts, index) if m.actor.code not in side
            ]
            if not targets and not military and not _firm_resolve(clause, g):
                # "warned that Kenya could run out of fuel": a bare "could" or "would" aimed at no
                # one is a worry about one's own side, not a threat
                continue
            for d in inner:
                d.secondary = w
            if military:
                # "its army was ready to retake the ground", "would act by force": a threat of
                # military force (138), not an unspecified one
                w.code = "138"
            w.targets = targets
            w.notarget = not targets
            w.rule = f"warning({w.rule})"

    def _met_replies(self, drafts: Sequence[_Draft], index: MentionIndexLike) -> None:
        """An act the speaker says "would be met with" a reply ("any attack by Israel would be met with a
        crushing response", "any Israeli aggression will be met with force") is the speaker's threat
        (CAMEO 13), made when it is said, aimed at the act's doer (or, with none named, at whom the
        warning is told): a threat of military force (138) when the reply is force or military or the
        speaker is the military, else an unspecified one (130). Said of the past ("the protest was met
        with force") it is no threat, and is not read here."""
        g = self.g
        for d in drafts:
            tok = d.trigger
            if g.lemma(tok) not in g.met_verbs or d.secondary is not None:
                continue
            kids = dependents(tok)
            if not any(c.dep_ == "auxpass" for c in kids) or not future_aux(tok, g):
                continue
            replies = [o for o in prep_objects(tok, frozenset({"with"})) if g.lemma(o) in g.met_replies]
            speech = _speech_of(tok, g)
            if not replies or speech is None:
                continue
            w = next((e for e in drafts if e.trigger.i == speech.i and e.secondary is None and e.sources),
                     None)
            speakers = list(w.sources) if w is not None else self._sources_of_verb(speech, index)[0]
            if not speakers:
                continue
            side = side_of(speakers)
            # the doer of the act to be met: a party itself, else the act's owner, "by" phrase or
            # nationality ("any provocation by Pyongyang", "any Pakistani misadventure")
            words = [a for c in kids if c.dep_ == "nsubjpass"
                     for a in ([c] if index.at(c.i) is not None else act_doers(c))]
            targets = [m for a in words for m in actors_of(a, index, g) if not on_side(m, side)]
            warning = w is not None and w.code[:2] == "13"
            if not targets and not (warning and w is not None and w.targets):
                continue  # "the move would be met with a response": no party named, no threat coded
            force = any(g.lemma(o) in g.met_force or any(
                c.dep_ == "amod" and c.lower_ in g.force_option_modifiers for c in dependents(o))
                for o in replies) or any(m.actor.role == "MIL" for m in speakers)
            code = "138" if force else "130"
            if warning and w is not None:
                # "warned Hamas that any rocket fire would be met with a military response": the
                # warning is that threat, of the code the reply says, told to whom it was warned
                d.secondary = w
                w.code = code if force else w.code
                w.targets = w.targets or targets
                w.notarget = not w.targets
                w.rule = f"met_reply({w.rule})->{w.code}"
                continue
            d.code, d.modality, d.sources, d.targets, d.notarget = code, "asserted", speakers, targets, False
            d.rule = f"met_reply({d.rule})->{code}"

    def _fates(self, drafts: Sequence[_Draft], index: MentionIndexLike) -> None:
        """A fate a speaker says another party will meet ("Israel will pay a heavy price for its crimes,
        Iran's leader said", "said Washington would regret any attack", "warned that Iran would face the
        consequences") is the speaker's threat (CAMEO 130), made when it is said and aimed at that party,
        as "warned that protesters would face arrest" is (``_faced``). Not when the fate is told as done
        ("paid a heavy price"), by an observer, or about a bystander ("investors will pay the price")."""
        g = self.g
        for w in drafts:
            if w.secondary is not None or not w.sources or not (
                    w.code == "010" or w.code[:2] in ("03", "13") or w.rule.startswith("pessimism(")):
                continue
            roles = {r for m in w.sources for r in (m.actor.code, m.actor.role or "")}
            if roles & g.faced_threat_observers or roles & g.fate_bystanders:
                continue
            # "vowed to make Israel pay a heavy price": the fate the speaker promises to bring about
            caused = next((verb_complement(c) for c in dependents(w.trigger)
                           if c.dep_ == "xcomp" and g.lemma(c) in g.fate_causing_verbs), None)
            clause = caused or (verb_complement(w.trigger) if w.code[:2] != "03" else None)
            if clause is None or not (g.lemma(clause) in g.fate_verbs or g.lemma(clause) in g.facing_verbs):
                continue
            kids = dependents(clause)
            if any(c.dep_ == "neg" for c in kids) or not (caused or future_aux(clause, g)):
                continue
            objs = [c for c in kids if c.dep_ == "dobj"]
            # "said Moscow would face further sanctions": a fate of a coercive act, of that act's code
            # (one a warning names is read with the warning's addressee, ``_faced``)
            code = next((g.faced_threat_codes[g.lemma(o)] for o in objs
                         if g.lemma(clause) in g.facing_verbs and g.lemma(o) in g.faced_threat_codes), None)
            if code is not None and (w.code[:2] == "13" or w.rule.startswith("pessimism(")):
                continue
            if code is None and not self._fate_named(clause, objs):
                continue
            code = code or "130"
            side = side_of(w.sources)
            targets = [m for c in kids if c.dep_ == "nsubj" for m in actors_of(c, index, g)]
            if not targets or any(on_side(m, side) or (m.actor.role or "") in g.fate_bystanders
                                  or m.actor.code in g.fate_bystanders for m in targets):
                continue
            for d in drafts:
                if d is not w and d.secondary is None and _content_of(d.trigger, clause):
                    d.secondary = w
            w.code, w.targets, w.notarget, w.modality = code, targets, False, "asserted"
            w.rule = f"fate({w.rule})->{code}"

    def _fate_named(self, clause: Token, objs: Sequence[Token]) -> bool:
        """``clause`` names a fate (``fate_verbs``): "pay a heavy price", "regret", "face the consequences",
        or "pay for" an assault or wrong with no object ("Russia will pay for its crimes")."""
        g = self.g
        lemma = g.lemma(clause)
        if lemma not in g.fate_verbs:
            return False
        wanted = g.fate_verbs[lemma]
        if not wanted or any(g.lemma(o) in wanted for o in objs):
            return True
        wrongs = prep_objects(clause, frozenset({"for"}))
        return lemma in g.fate_for_verbs and not objs and any(
            g.lemma(o) in g.fate_for_nouns or self._conflict_noun(o) for o in wrongs)

    def _faced(self, w: _Draft, drafts: Sequence[_Draft], index: MentionIndexLike) -> bool:
        """A warning that its addressee would face an act ("warned that protesters would face arrest",
        "warned women that they would be punished") is the threat of that act (``faced_threat_codes``),
        aimed at whom it warns; True when ``w`` was recoded so."""
        g = self.g
        if w.code[:2] != "13" and not w.rule.startswith("pessimism("):
            return False
        clause = verb_complement(w.trigger)
        if clause is None:
            # "warned women who defy the ban that they would be punished": the parser may hang the
            # "that" clause on the addressee's relative clause
            clause = next(
                (
                    c
                    for o in dependents(w.trigger)
                    if o.dep_ == "dobj"
                    for r in dependents(o)
                    if r.dep_ == "relcl"
                    for c in dependents(r)
                    if c.dep_ == "ccomp"
                    and that_marked(c)
                ),
                None,
            )
        if clause is None:
            return False
        kids = dependents(clause)
        modal = (c for c in kids if c.dep_ == "aux")
        if not any(c.lower_ in g.intent_aux or c.lower_ in g.hypothetical_aux for c in modal):
            return False  # "warned that protesters faced arrest" reports, it does not threaten
        lemma = g.lemma(clause)
        if lemma in g.facing_verbs:
            code = next(
                (
                    g.faced_threat_codes[g.lemma(c)]
                    for c in kids
                    if c.dep_ == "dobj" and g.lemma(c) in g.faced_threat_codes
                ),
                None,
            )
        elif any(c.dep_ == "auxpass" for c in kids):
            # "would be fired and prosecuted": the passive verb or one joined to it
            verbs = (clause, *(c for c in kids if c.dep_ == "conj" and c.pos_ == "VERB"))
            code = next(
                (g.faced_threat_codes[g.lemma(v)] for v in verbs if g.lemma(v) in g.faced_threat_codes), None
            )
        else:
            return False
        if code is None:
            return False
        if any(m.actor.code in g.faced_threat_observers or (m.actor.role or "") in g.faced_threat_observers
               for m in w.sources):
            return False  # observers warn of what others would do; they threaten no one
        side = side_of(w.sources)

        def own(m: MentionLike) -> bool:
            # the speaker itself or its state's organs; the state's own people are whom it threatens
            return m.actor.code in side or (on_side(m, side) and (m.actor.role or "") in g.state_roles)

        subjects = [m for c in kids if c.dep_ in ("nsubj", "nsubjpass") for m in actors_of(c, index, g)]
        if any(own(m) for m in subjects):
            return False  # "warned that its troops would face attack": a worry about its own side
        targets = [m for m in w.targets if not own(m)] or subjects
        if not targets:
            return False
        for d in drafts:
            if d is not w and d.secondary is None and _content_of(d.trigger, clause):
                d.secondary = w
        w.code, w.targets, w.notarget = code, targets, False
        w.rule = f"faced({w.rule})->{code}"
        return True

    def _announced_to(self, drafts: Sequence[_Draft], index: MentionIndexLike) -> None:
        """The speaker's own act told to an addressee that names no other party is aimed at the
        addressee: "Kenya notified Uganda that it was closing the border" closes it on Uganda. ("notify
        that" and "inform that" are no acts of their own; a bare "told" stays the statement it is.)"""
        g = self.g
        for d in drafts:
            if d.targets or d.notarget or d.reciprocal or not d.sources or d.secondary is not None:
                continue
            if d.code[:2] == "01":
                continue
            speech = _speech_of(d.trigger, g)
            if speech is None:
                continue
            told = [
                m
                for c in dependents(speech)
                if c.dep_ in ("dobj", "dative")
                for m in actors_of(c, index, g)
                if m.actor.code not in g.audience_roles and (m.actor.role or "") not in g.audience_roles
            ]
            speakers, _ = self._sources_of_verb(speech, index)
            side = side_of(speakers)
            if not told or not side or any(on_side(m, side) for m in told):
                continue
            if not all(on_side(m, side) for m in d.sources):
                continue  # "told Uganda that rebels were massing": news about others, aimed at no one
            d.targets = told
            d.rule = f"{d.rule}+told"

    def _warned_parties(
        self, tok: Token, clause: Token, drafts: Sequence[_Draft], index: MentionIndexLike
    ) -> list[MentionLike]:
        """Whom a warning with no addressee is aimed at: the doer of its condition ("if rebels
        advanced"), else the party of the act it is joined to ("protested to X and warned that ...")."""
        g = self.g
        for c in dependents(clause):
            marks = (m for m in dependents(c) if m.dep_ == "mark")
            if c.dep_ == "advcl" and any(m.lower_ in g.condition_target_marks for m in marks):
                doers, _ = self._sources_of_verb(c, index)
                if doers:
                    return list(doers)
        # "warned that it would give a befitting reply to any misadventure by Pakistan", "would retaliate
        # in response to Israeli strikes": the doer of the act the threatened reply answers
        objs = [c for c in dependents(clause) if c.dep_ == "dobj"]
        answered = [m for a in answered_doers(clause, objs) for m in actors_of(a, index, g)]
        if answered:
            return answered
        if g.lemma(clause) in g.consent_verbs and any(c.dep_ == "neg" for c in dependents(clause)):
            # "would not tolerate any interference by X", "would not accept X's demands": the party
            # whose act or person is not tolerated
            for o in dependents(clause):
                if o.dep_ == "dobj":
                    found = [m for a in prep_objects(o, g.agent_preps) for m in actors_of(a, index, g)]
                    found = found or actors_of(o, index, g)
                    if found:
                        return found
        near = {tok.head.i} if tok.dep_ in ("conj", "advcl") else set()
        near |= {c.i for c in dependents(tok) if c.dep_ == "conj"}
        for d in drafts:
            if d.trigger.i in near and d.targets:
                return list(d.targets)
        return []

    def _outcomes(self, drafts: Sequence[_Draft]) -> set[int]:
        """Drafts (by id) of a killing or massacre told as the outcome of a violent act of the same
        clause: "air strikes hit the depot, killing three people" is one attack, coded once; so is any
        act of the same root a result participle tells ("withdrew its troops, ending the operation")."""
        out: set[int] = set()
        for d in drafts:
            tok = d.trigger
            if tok.dep_ != "advcl" or tok.tag_ != "VBG":
                continue
            if (not d.code.startswith(_OUTCOME_CODES) and d.code[:2] not in _VIOLENT_ROOTS
                    and tok.lemma_.lower() in self.g.result_verbs
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in dependents(tok))
                    and any(e is not d and e.sources and e.trigger.i == tok.head.i
                            and e.code[:2] == d.code[:2] for e in drafts)):
                # "withdrew its last troops from Mali, ending a nine-year operation": the participle
                # tells what the act achieved; of the act's own root it is the same act, coded once
                out.add(id(d))
                continue
            # "..., killing four with a roadside bomb": a killing that names its weapon is an outcome too
            if not d.code.startswith(_OUTCOME_CODES) and not (
                d.code[:2] in _VIOLENT_ROOTS and tok.lemma_.lower() in self.g.result_verbs
            ):
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in dependents(tok)):
                continue  # "..., with troops killing three": a clause with its own subject is its own act
            head = tok.head
            acts = [
                e for e in drafts
                if e is not d and e.sources and (e.trigger.i == head.i or e.trigger.head.i == head.i)
                and self.codebook.lookup(e.code).root in _VIOLENT_ROOTS
            ]
            if acts:
                out.add(id(d))
                for e in acts:
                    outcome_code(d, e, self.g)  # "..., hacking to death 40 villagers": the act's scale
        return out

    def _remarks(self, drafts: Sequence[_Draft]) -> set[int]:
        """Drafts (by id) of a bare statement (010) in a participle after the subject's act whose
        only target is what the remark is about ("built a fence, saying Moscow was sending migrants"):
        a comment on the act, not a statement made to anyone."""
        out: set[int] = set()
        for d in drafts:
            tok = d.trigger
            if d.code != "010" or tok.tag_ != "VBG" or not d.targets:
                continue
            if tok.dep_ not in ("advcl", "acl", "pcomp"):
                continue
            said = [c for c in dependents(tok) if c.dep_ == "ccomp"]
            if said and all(
                any(c.left_edge.i <= t.start and t.end <= c.right_edge.i + 1 for c in said) for t in d.targets
            ):
                out.add(id(d))
        return out

    def _aims(self, drafts: Sequence[_Draft]) -> set[int]:
        """Drafts (by id) of an act governed by the verb of a purpose infinitive ("sent money to
        help it [host] refugees", "deployed jets to help [guard] the flank"): what the helped party
        is to do once the aim is met, not an act of the sentence."""
        out: set[int] = set()
        # acts with both sides named; a purpose on an act with no target may be what names it
        acts = {d.trigger.i for d in drafts if d.sources and d.targets}
        for d in drafts:
            cur = d.trigger
            if cur.dep_ == "dobj" and cur.pos_ == "NOUN":
                cur = cur.head  # "to help X counter [incursions]": the object of what the aim is
            if cur.dep_ not in ("xcomp", "ccomp"):
                if cur.i != d.trigger.i and _purpose_of(cur):
                    out.add(id(d))
                elif cur.head.i in acts and cur.head.i != cur.i and _purpose_of(cur):
                    # "pledged $100 million to help rebuild ...": the help is what the pledged act
                    # is for, not a second act beside it
                    out.add(id(d))
                continue
            aim = cur.head
            if (
                aim.dep_ == "advcl"
                and has_to(aim)
                and aim.head.pos_ in ("VERB", "AUX")
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in dependents(aim))
            ):
                out.add(id(d))
        return out

    def _attempts(self, drafts: Sequence[_Draft]) -> set[int]:
        """Drafts (by id) of an act only tried in a clause that sets the scene of another ("arrested
        supporters as they tried to march", "force against protesters who tried to march"): the
        attempt is a circumstance, not an act the report tells. A condition ("if X tried to ...")
        stays: both halves of a conditional are coded."""
        out: set[int] = set()
        for d in drafts:
            tok = d.trigger
            if tok.dep_ != "xcomp":
                continue
            head = tok.head
            comp = self.g.complements.get(self.g.lemma(head))
            if comp is None or comp.family is not None or comp.modality != "hypothetical":
                continue
            if head.dep_ not in ("relcl", "advcl", "acl"):
                continue
            if not any(c.dep_ == "mark" and c.lower_ in self.g.conditional_marks for c in dependents(head)):
                out.add(id(d))
        return out

    def _motives(self, drafts: Sequence[_Draft]) -> set[int]:
        """Drafts (by id) of a bare attitude verb in a participle on the subject's act ("put troops
        on alert, fearing attacks by insurgents"): why the act was done, not a remark to anyone."""
        out: set[int] = set()
        for d in drafts:
            tok = d.trigger
            if tok.tag_ != "VBG" or tok.dep_ != "advcl" or d.code not in self.g.attitude_codes:
                continue
            # only the verb itself as the attitude ("fearing", not "expressing concern"), and no
            # "that" clause of what was said ("warning that ...")
            if "+" in d.rule or not d.rule.startswith("verb:") or tok.head.pos_ != "VERB":
                continue
            if not any(c.dep_ == "ccomp" for c in dependents(tok)):
                out.add(id(d))
        return out

    # ------------------------------------------------------------------ sentence coding
    def _align(self, doc: Doc, sentences: Sequence[Sentence]) -> list[tuple[Span, Sentence]]:
        spans = doc_sents(doc)
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
            if d.mutual and not d.rule.startswith("refusal("):
                # "would not sign a pact with B": only the one who refuses refuses; B did nothing
                pairs += [(t, s) for s in sources for t in targets]
        elif len(sources) >= 2 and d.reciprocal:
            pairs = [(s, t) for s in sources for t in sources if s is not t]
        elif d.notarget:
            pairs = [(s, None) for s in sources]
        if not pairs:
            return []
        if len(pairs) > 1:
            pairs = _one_per_party(pairs, self.g)
        quote = self._quote_for(d.trigger.idx, found)
        out: list[Event] = []
        # every pair shares the draft's trigger and modality, hence its date: found once, when first needed
        dated: tuple[date | None, str | None] | None = None
        for s, t in pairs:
            if (
                t is not None
                # one actor, or a state and its own government (one side): no dyad, unless a region's
                # executive acts on its national government
                and (same_party(s, t) or no_dyad(s, t, self.g))
                and not regional_to_centre(s, t)
            ):
                continue
            code, rule = d.code, d.rule
            if t is not None and code in self.g.domestic_codes and s.actor.country is not None \
                    and s.actor.country == t.actor.country:
                # "deployed troops to the Niger Delta": cooperation needs a foreign counterpart
                code = self.g.domestic_codes[code]
                rule = f"domestic({rule})->{code}"
            elif t is not None and code in self.g.state_voice_codes and _state_voice(d, s, t, self.g):
                code = self.g.state_voice_codes[code]
                rule = f"state({rule})->{code}"
            info = self.codebook.lookup(code)
            if info.root == "01" and not s.actor.is_political:
                continue  # experts and private people speak, but only political actors make statements
            if s.actor.kind == "expert" and info.root in self.g.expert_comment_roots:
                continue  # "analysts praised the decision": commentary, no verbal act between parties
            mod = d.modality
            if dated is None:
                # "called a strike for April 12": the day an act is set for lies ahead of the call
                ahead = mod == "asserted" and _set_for_day(d.trigger, self.g)
                dated = _nearest_year(
                    self._date(span, d.trigger, article.reference_date, "planned" if ahead else mod),
                    article.reference_date,
                    span,
                )
            date_val, prec = dated
            ref = article.reference_date
            if mod == "asserted" and date_val is not None and ref is not None and date_val > ref:
                # "a meeting with the IAEA next month": an event dated after publication is planned
                mod = "planned"
            if mod == "asserted" and _background(date_val, prec, ref, self.g.background_days):
                continue  # "the 2003 invasion", "a coup in 2021": history the story recalls
            if (mod == "asserted" and info.root in self.g.long_running_roots
                    and _long_running(d.trigger, self.g)):
                continue  # "Cauca, where the army has fought FARC factions for years": a description
            trig = d.trigger
            # two named groups sharing a code ("FARC and ELN clashed") act on each other: their names
            # keep the two directions two events
            names = (s.actor.name, t.actor.name) if t is not None and s.actor.code == t.actor.code else ()
            eid = event_id(
                article.id, sentence.index, s.actor.code, t.actor.code if t else "", code, trig.idx, *names
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
                    cameo=code,
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
                    rule=rule,
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
            # "Floods in Pakistan killed 30 people", "a bus crash in the Andes": a place in the
            # subject's phrase of place says where it happened, not who acted
            acts = [m for m in self._actors_of_phrase(s, index) if not in_place_phrase(m.start, s, self.g)]
            co_agents.update(w.i for w in s.subtree)
            if acts and src is None:
                src = acts[0]
        if src is None:
            return None
        content = self._content_tokens(sent)
        for tok in tokens_of(sent):
            if tok.i in co_agents or tok.i in content:
                # "Qatar and Egypt are mediating": a co-subject is no target; nor is an actor in
                # what someone is accused of ("accused X of looting hospitals")
                continue
            m = index.at(tok.i)
            if m is not None and not same_party(m, src):
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
            if code[:2] in self.g.unclassified_roots:
                continue  # a statement needs its content to be an event, which a sentence label cannot say
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


_PREFER = {"asserted": 0, "planned": 1, "negated": 2, "hypothetical": 3}


def select_main_event(events: Sequence[Event]) -> Event | None:
    """The event that best stands for a sentence: asserted over not, substantive over a bare statement."""
    if not events:
        return None
    return min(
        events, key=lambda e: (e.root == "01", _PREFER.get(e.modality, 4), -e.confidence, e.trigger.start)
    )


def _party(code: str, country: str | None) -> str:
    """The party an actor code stands for when deciding whether an untargeted event restates a
    targeted one by the same side: a country and its government as a whole are one party (gold
    ``[FRA, FRAGOV]``); every other role stays itself."""
    if country and code == f"{country}GOV":
        return country
    return code


# Links by which an event noun is the doer of its verb ("air strikes on Gaza killed 30", "the
# offensive has retaken two towns"): the noun names the very act the verb codes, not a second one.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _subject_of_own_act(d: _Draft, acted: dict[int, set[tuple[str, str]]]) -> bool:
    """``d`` is a noun event that is the subject of a verb already coded with its root by the same
    side: one act told twice ("Israeli air strikes on Gaza killed 30 people" is one 195)."""
    tok = d.trigger
    if not d.rule.startswith("noun:") or tok.dep_ not in _SUBJECT_DEPS:
        return False
    done = acted.get(tok.head.i)
    if not done:
        return False
    root = d.code[:2]
    countries = {s.actor.country or "" for s in d.sources}
    return any(r == root and c in countries for r, c in done)


def _within(tok: int, head: int, doc: Doc) -> bool:
    """Token ``tok`` lies in the clause of token ``head``, below it by subordination (a participle,
    a complement, a prepositional object) and not as a coordinated second act."""
    cur = doc[tok]
    for _ in range(12):
        if cur.i == head:
            return True
        if cur.dep_ == "conj" or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _appositive_retelling(d: _Draft, acted: dict[int, set[tuple[str, str]]]) -> bool:
    """``d`` is a noun event set in apposition to a coded act or to that act's own object ("lodged a
    protest with Beijing, [the 47th such protest] this year", "struck Hezbollah targets, [an attack]
    that killed three"): the apposition names the act just told, not a second one."""
    tok = d.trigger
    if not d.rule.startswith("noun:"):
        return False
    head = tok.head
    if tok.dep_ == "dobj" and head.i in acted and any(
        c.dep_ == "dobj" and c.i < tok.i for c in head.children
    ):
        return True  # the parser may hang the apposition on the verb as a second object
    if tok.dep_ != "appos":
        return False
    if head.i in acted:
        return True
    return head.dep_ in ("dobj", "nsubj", "nsubjpass") and head.head.i in acted


# Links a word climbs through to the phrase or clause it sits in when looking for an anchoring "since":
# noun modifiers, prepositional objects and the prepositions themselves.
_ANCHOR_CLIMB = frozenset({"pobj", "prep", "compound", "poss", "nmod", "amod", "conj", "pcomp"})


def _anchored(tok: Token, g: Grammar) -> bool:
    """``tok`` lies in a phrase or clause that anchors a period to an earlier act ("since Russia's
    invasion of Ukraine", "since the start of the offensive", "since the two sides renewed their
    ceasefire", "since taking office"): that act is the start of what is reported, not the news."""
    cur = tok
    for _ in range(8):
        if cur.dep_ in ("advcl", "pcomp") and any(
            c.dep_ == "mark" and c.lower_ in g.anchor_marks for c in cur.children
        ):
            return True
        if cur.dep_ == "prep" and cur.lower_ in g.anchor_marks:
            return True
        if cur.dep_ not in _ANCHOR_CLIMB or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _prospective(tok: Token, g: Grammar) -> bool:
    """The event noun ``tok`` is (inside) the object of a "for" phrase on a ``prospect_heads`` noun
    ("in exchange for a complete [withdrawal]", "in return for the [release] of ...")."""
    cur = tok
    for _ in range(6):
        if cur.dep_ == "pobj" and cur.head.lower_ == "for" and g.lemma(cur.head.head) in g.prospect_heads:
            return True
        if cur.dep_ not in ("pobj", "prep", "compound", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _drop_untargeted_parts(events: list[Event], first: int, span: Span) -> None:
    """A target-less event inside the clause of an event of the same root and side that has a target
    is that act told again without its addressee ("appealed to Western lenders to cancel the debt,
    calling for urgent relief", "rejected the proposal, saying it would not lay down its weapons"):
    CAMEO codes the act once, with its target. Coordinated acts ("appealed for aid and urged X
    to ...") are left alone."""
    mine = events[first:]
    if len(mine) < 2 or all(ev.target is not None for ev in mine):
        return
    at = {t.idx: t.i for t in span}
    doc = span.doc
    keep: list[Event] = []
    for ev in mine:
        tok = at.get(ev.trigger.start)
        if ev.target is None and tok is not None:
            side = _party(ev.source.actor.code, ev.source.actor.country)
            if any(
                o.target is not None and o.root == ev.root
                and _party(o.source.actor.code, o.source.actor.country) == side
                and o.trigger.start in at and at[o.trigger.start] != tok
                and _within(tok, at[o.trigger.start], doc)
                for o in mine
            ):
                continue
        keep.append(ev)
    events[first:] = keep


def _one_per_party(
    pairs: list[tuple[MentionLike, MentionLike | None]], g: Grammar,
) -> list[tuple[MentionLike, MentionLike | None]]:
    """One event per party on each side of a draft: conjuncts of one country that are one party
    ("detained a journalist and two activists", "farmers and truckers blocked roads") make one
    event, while parties of different countries or sides ("sanctions on Russia and Iran",
    "mediate between the army and the rebels") stay apart."""
    out: list[tuple[MentionLike, MentionLike | None]] = []
    for s, t in pairs:
        if t is not None and any(
            t2 is not None and (
                (s2 is s and t2 is not t and one_party(t, t2, g))
                or (t2 is t and s2 is not s and one_party(s, s2, g))
            )
            for s2, t2 in out
        ):
            continue
        out.append((s, t))
    return out


def _state_voice(d: _Draft, s: MentionLike, t: MentionLike, g: Grammar) -> bool:
    """A state or its government protesting (grammar ``state_voice_verbs``) what a foreign party did."""
    return (d.trigger.pos_ == "VERB" and g.lemma(d.trigger) in g.state_voice_verbs
            and s.actor.kind == "state" and s.actor.role in (None, "GOV")
            and s.actor.country is not None and t.actor.country != s.actor.country)


def _unreal_nouns(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of cooperation acts named only by a noun that is merely possible ("saw little
    prospect of an [agreement] with X", "raised the possibility of [talks]"): the sentence reports no
    act. The annotators code the possible only as the consequent of a conditional ("could impose"),
    which a verb states. (A negated noun, "no plans for a meeting", stays, marked negated, as the
    modality tests require.)"""
    return {
        id(d) for d in drafts
        if d.rule.startswith("noun:") and d.modality == "hypothetical" and d.code[:2] in g.cooperation_roots
    }


def _governing_word(noun: Token, g: Grammar) -> Token | None:
    """The word an event noun is the object of, directly or through a topic preposition ("pushed for
    [talks]", "talks on a [deal]"); None when the noun is neither."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in g.pact_topic_preps:
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return None if head.i == noun.i else head


def _sought_pacts(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of a signed-agreement code (057) named only by a noun that is what talks are
    about or what someone works for ("talks on a free trade [agreement] between X and Y stalled",
    "pushed for a [deal] with Z", "progress towards a peace [accord]"): CAMEO 057 is signing or
    concluding an agreement, and a pact still negotiated or sought is not one. The talks themselves
    keep their own code (046)."""
    out: set[int] = set()
    sought: set[int] = set()
    for d in drafts:
        tok = d.trigger
        if not d.rule.startswith("noun:") or d.code not in g.pact_codes:
            continue
        head = _governing_word(tok, g)
        if head is not None and g.lemma(head) in g.pact_seeking_words:
            out.add(id(d))
            sought.add(tok.i)
    # "progress towards a [ceasefire] agreement": a noun compounded onto the sought pact is its kind
    out |= {id(d) for d in drafts
            if d.rule.startswith("noun:") and d.trigger.dep_ == "compound" and d.trigger.head.i in sought}
    return out


def _sought_talks(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of a meeting or talks code (grammar ``talk_codes``) named only by a noun that is
    what a party wants, seeks or offers, or what words are about (grammar ``talk_seeking_words``:
    "wants talks with X", "pushed for talks between X and Y", "a statement on the talks"), or the
    object of an act that is itself only offered, hoped for or planned ("offered to host talks between
    A and B", "hopes to mediate talks between X and Y"): no meeting is held, and CAMEO 04x codes
    meetings held. The appeal, offer or hosting keeps its own code."""
    out: set[int] = set()
    for d in drafts:
        tok = d.trigger
        if not d.rule.startswith("noun:") or d.code not in g.talk_codes:
            continue
        head = _governing_word(tok, g)
        if head is None:
            continue
        if g.lemma(head) in g.talk_seeking_words:
            out.add(id(d))
        elif (tok.dep_ == "dobj" and head.dep_ == "xcomp" and head.head.i != head.i
              and g.lemma(head.head) in g.complements):
            # "offered to host talks between A and B": the hosting is only offered, so are the talks
            out.add(id(d))
    return out


def _purpose_of(aim: Token) -> bool:
    """``aim`` is a subjectless purpose infinitive on a verb ("deployed troops [to help] X")."""
    return (
        aim.dep_ == "advcl"
        and has_to(aim)
        and aim.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in dependents(aim))
    )


def _settings(drafts: Sequence[_Draft]) -> set[int]:
    """Drafts (by id) of an event noun that is the subject of a "where" clause on a place ("aid to
    Sudan, where the war between X and Y has displaced millions"): the setting of the place, a
    state of affairs rather than an act the report tells."""
    out: set[int] = set()
    for d in drafts:
        tok = d.trigger
        if tok.dep_ != "nsubj" or tok.pos_ != "NOUN" or tok.head.dep_ != "relcl":
            continue
        if tok.head.tag_ == "VBD":
            continue  # "Gaza, where strikes killed 30 people on Monday": an act told in the past
        if any(c.dep_ == "advmod" and c.lower_ == "where" for c in dependents(tok.head)):
            out.add(id(d))
    return out


def _nearest_year(
    dated: tuple[date | None, str | None], ref: date | None, span: Span
) -> tuple[date | None, str | None]:
    """A day named without its year ("on May 3") is in the publication year or near it: news names
    the year of a day in an earlier year, so a day resolved into last year and more than half a year
    back is next year's ("called a strike for May 3" in a December report)."""
    when, prec = dated
    if when is None or ref is None or prec != "day" or when.year >= ref.year or (ref - when).days <= 182:
        return dated
    if any(t.shape_ == "dddd" and 1900 <= int(t.text) <= 2100 for t in span):
        return dated  # "on May 3, 2024": the year is written
    try:
        return when.replace(year=when.year + 1), prec
    except ValueError:  # 29 February
        return when + timedelta(days=365), prec


def _reply_given(tok: Token, g: Grammar) -> bool:
    """``tok`` gives a reply as its object ("would give a befitting reply", "will teach X a lesson"):
    a reprisal, a threat only as a future or conditional act (``reply_giving_verbs``)."""
    return g.lemma(tok) in g.reply_giving_verbs and any(
        c.dep_ == "dobj" and g.lemma(c) in g.reply_given_nouns for c in dependents(tok))


def _speech_of(tok: Token, g: Grammar) -> Token | None:
    """The speech verb whose "that" clause states the act ``tok`` names, or None."""
    cur = tok
    for _ in range(5):
        if cur.dep_ == "ccomp" and cur.head.i != cur.i:
            head = cur.head
            return head if head.pos_ in ("VERB", "AUX") and g.lemma(head) in g.speech_verbs else None
        if cur.dep_ not in ("xcomp", "acomp", "conj", "dobj", "pobj", "prep", "acl") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _set_for_day(trigger: Token, g: Grammar) -> bool:
    """``trigger`` (or its object) has a "for" phrase naming a day or date: what it calls or sets is
    for that day ("called a general strike for May 3", "set the vote for Friday"), not before it."""
    heads = [trigger, *(c for c in dependents(trigger) if c.dep_ == "dobj")]
    return any(
        p.dep_ == "prep" and p.lower_ == "for" and any(
            o.dep_ == "pobj" and o.ent_type_ == "DATE" and g.lemma(o) not in g.period_nouns
            for o in dependents(p)
        )
        for h in heads
        for p in dependents(h)
    )


def _firm_resolve(clause: Token, g: Grammar) -> bool:
    """``clause`` says its subject is ready or entitled to act, or will not let something pass
    ("were ready to", "reserved the right to", "would not stand idly by"): a resolve, not a worry."""
    return any(
        c.dep_ == "neg"
        or (c.dep_ == "acomp" and (comp := g.complements.get(g.lemma(c))) is not None and comp.family == "03")
        or (c.dep_ == "dobj" and any(a.dep_ == "acl" and has_to(a) for a in dependents(c)))
        for c in dependents(clause)
    )


# Subject pronouns of a warning noun's clause that stand for the warning's author.
_SPEAKER_PRONOUNS = frozenset({"it", "they", "we"})


def _threat_cue(clause: Token, g: Grammar) -> bool:
    """``clause`` says what could or would be done, or that its subject is ready or entitled to act:
    a future or possibility auxiliary, a readiness adjective ("were ready to"), or an object with a
    "to" clause ("reserved the right to respond")."""
    for c in dependents(clause):
        if c.dep_ == "aux" and (c.lower_ in g.intent_aux or c.lower_ in g.hypothetical_aux):
            return True
        if c.dep_ == "acomp" and (comp := g.complements.get(g.lemma(c))) is not None and comp.family == "03":
            return True
        if c.dep_ == "dobj" and any(a.dep_ == "acl" and has_to(a) for a in dependents(c)):
            return True
    return False


def _by_force(clause: Token) -> bool:
    """``clause`` says the act is done by force ("retake it by force", "including the use of force")."""
    # only read for a warning's clause, which is rare: a walk of its subtree costs nothing
    return any(
        t.lower_ == "force" and t.dep_ == "pobj" and t.head.lower_ in ("by", "of") for t in clause.subtree
    )


def _content_of(tok: Token, clause: Token) -> bool:
    """``tok`` is the act ``clause`` states, through its complements, objects or conjuncts (not an
    "if" clause or relative clause inside it)."""
    cur = tok
    for _ in range(5):
        if cur.i == clause.i:
            return True
        if cur.dep_ not in ("xcomp", "acomp", "conj", "dobj", "pobj", "prep", "acl") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _second_act(tok: Token, g: Grammar) -> bool:
    """``tok`` is a finite verb coordinated with an earlier verb, with an object of its own: one it
    takes up again with a pronoun ("arrested X and [deported] them"), or another thing done
    ("declared a state of emergency and [imposed] a curfew")."""
    return (
        tok.dep_ == "conj"
        and tok.pos_ == "VERB"
        and tok.head.pos_ == "VERB"
        and tok.head.i < tok.i
        and tok.tag_ in ("VBD", "VBZ", "VBP", "VBN")
        and any(c.dep_ == "dobj" for c in dependents(tok))
        and any(c.dep_ == "dobj" for c in dependents(tok.head))
    )


def _conjunct_targets(d: _Draft, drafts: Sequence[_Draft]) -> list[MentionLike]:
    """The targets of the act a threat's clause is coordinated with, by the same side: "summoned the
    Moldovan ambassador ... and said Moscow would respond in kind", "accused Addis Ababa of massing
    troops and warned that Asmara would respond decisively": the threat answers that party."""
    verb = d.trigger
    while verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "conj":
        return []
    first = verb.head
    side = side_of(d.sources)
    for o in drafts:
        if o is d or o.trigger.i != first.i or not o.targets or o.secondary is not None:
            continue
        if any(on_side(m, side) for m in o.sources):
            return [m for m in o.targets if not on_side(m, side)]
    return []


def _mark_named_orgs(doc: Doc, mentions: MentionIndexLike) -> None:
    """Leave on the parse the tokens of international organisations the resolver named where the tagger
    typed no entity ("AU", "ECOWAS", "IGAD"): the argument rules read parties off entity types, and an
    organisation is as much a party as a country ("an AU-backed plan", "defied ECOWAS sanctions")."""
    doc.user_data[NAMED_ORGS_KEY] = frozenset(
        i for m in getattr(mentions, "mentions", ())
        if getattr(m, "via", None) == "igo" and m.actor.kind == "igo"
        # the capitalised name itself (the tagger may call "ECOWAS" a common noun), not the words a role
        # phrase composed around it ("NATO [allies]", "[its peacekeeping mission]")
        for i in range(m.start, m.end) if doc[i].ent_type_ == "" and doc[i].text[:1].isupper())
