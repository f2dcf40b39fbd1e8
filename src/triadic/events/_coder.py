"""The event coder: CAMEO events from the dependency parse, driven by the YAML patterns."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Protocol

from spacy.tokens import Doc, Span, Token

from triadic.events._arg_phrases import argument_words
from triadic.events._arg_targets import NAMED_ORGS_KEY
from triadic.events._clauses import joint_victims, no_dyad, one_body, one_party, same_party, speech_verb_of
from triadic.events._default_parties import sole_country
from triadic.events._discourse import DiscourseMemory
from triadic.events._draft_filters import DraftFilter, strip_stray_speakers
from triadic.events._drafting import EventDrafter, _Draft, _rank, _superseded
from triadic.events._finders import Trigger, _in_country, _role_only
from triadic.events._modality import modality_of, supposed_act
from triadic.events._patterns import NO_EVENT, Grammar, PatternSet, load_patterns
from triadic.events._quotes import FoundQuote, QuoteFinder
from triadic.events._reading import SentenceReading
from triadic.events._syntax import (
    RELATIVE_PRONOUNS,
    MentionIndexLike,
    MentionLike,
    actors_of,
    in_place_phrase,
    on_side,
    regional_to_centre,
    side_of,
    subject_of,
)
from triadic.events._threats import ThreatReader
from triadic.events._tree import (
    DocTable,
    bare_participle,
    dependents,
    doc_sents,
    doc_text,
    doc_tokens,
    tokens_of,
)
from triadic.events._violence import untold_violence
from triadic.events.codebook import Codebook, get_codebook
from triadic.model import Actor, ActorRef, Article, Event, Quote, Sentence, event_id
from triadic.model import Span as TextSpan
from triadic.nlp._headline import repair_headline
from triadic.nlp._participle import (
    feeling_words,
    repair_clause_subjects,
    repair_feeling_agents,
    repair_passive_agents,
    repair_retorts,
    repair_stray_agents,
    repair_summary_objects,
)

__all__ = ["EventCoder", "Trigger", "ClassifierLike", "SentenceReading", "select_main_event"]

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


def _established(trigger: Token, g: Grammar, root: str) -> bool:
    """Violence an inquiry establishes now, however long ago it was done ("investigators said the army
    had driven 700,000 Rohingya out in 2017", "inspectors concluded that ... had dropped chlorine"): the
    act's clause is what a finding verb finds, or what an inquiry says (``finding_roots``)."""
    if root not in g.finding_roots:
        return False
    clause = trigger
    for _ in range(4):  # the act's own clause: its verb, or the verb a trigger noun hangs from
        if clause.pos_ in ("VERB", "AUX") and clause.dep_ != "conj":
            break
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    gov = clause.head
    if g.lemma(gov) in g.finding_verbs:
        return True
    return g.lemma(gov) in g.speech_verbs and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in g.finding_nouns for c in dependents(gov))


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
    if any(
        p.dep_ == "prep" and p.lower_ == "for" and o.dep_ == "pobj" and o.lemma_.lower() in g.duration_nouns
        for p in dependents(clause) for o in dependents(p)
    ):
        return True
    # "the ELN, which has fought the state since 1964", "the Houthis, who have attacked ships since
    # November": a perfect told as going on since a point is the same description of the party
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in dependents(clause))
    return perfect and any(
        (c.dep_ == "prep" and c.lower_ in g.anchor_marks)
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in g.anchor_marks for m in dependents(c)))
        for c in dependents(clause)
    )


def _tallied_wars(trigger: Token, g: Grammar) -> bool:
    """Wars counted in the plural as what was fought ("India and Pakistan have fought three wars since
    1947", "the rivals fought several wars"): a tally of the parties' history, not a fight of the day;
    two parties fight one war at a time (``tallied_war_nouns``)."""
    return any(
        c.dep_ == "dobj" and c.tag_ == "NNS" and c.lemma_.lower() in g.tallied_war_nouns
        for c in dependents(trigger)
    )


_OBJECT_DEPS = ("dobj", "pobj", "dative", "attr", "oprd")


def _described_receipt(trigger: Token, g: Grammar) -> bool:
    """Aid told by a receiving verb in a relative clause or a participle on a noun ("Rwanda, which has
    received millions in British aid, denied ...", "the aid Kyiv has received so far", "Egypt, which
    receives $1.3 billion a year"): the clause describes the recipient or the aid the sentence speaks
    of, as "a major recipient of Western aid" does; it tells no act of the giver's of the day. CAMEO 07
    codes the giver's act (``received_roots``), and a sender's own verb ("sent", "delivered") in such a
    clause is not touched here: only the recipient's description is.

    The recipient described (a relative pronoun its subject, or a present participle: "countries
    receiving US aid") is never the news; the thing received described ("the tanks that Ukraine received
    from Germany arrived") only when the clause tells a tally or a habit (perfect or present: "the aid
    Kyiv has received so far"), not one receipt in the past."""
    if trigger.pos_ != "VERB" or trigger.dep_ not in ("relcl", "acl"):
        return False
    if g.lemma(trigger) not in g.receiving_verbs:
        return False
    kids = dependents(trigger)
    if trigger.tag_ == "VBG" or any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in kids):
        return True
    return trigger.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids)


def _held_count(root: Token) -> bool:
    """A present "have" with a counted object ("the US has about 2,500 troops in Iraq", "the mission has
    12,000 peacekeepers deployed"): what a party holds, a standing state and no act of the day."""
    if root.lemma_ != "have" or root.tag_ not in ("VBZ", "VBP") or root.pos_ != "VERB":
        return False
    return any(
        c.dep_ == "dobj" and any(k.dep_ == "nummod" or k.like_num for k in dependents(c))
        for c in dependents(root)
    )


def _captive_participle(trigger: Token) -> bool:
    """A past participle on its victims' noun ("rescued five people abducted by gunmen", "the engineer,
    kidnapped last month, was freed"): the noun names the captives by what befell them, the act is the
    background of what the sentence tells of them. A participle on the head of a headline ("Twenty
    students abducted from school") tells the act itself and stays, and so does one with an object of its
    own: the parser's misreading of a finite verb ("Gunmen in a van kidnapped 30 pupils")."""
    head = trigger.head
    return (trigger.tag_ == "VBN" and trigger.dep_ == "acl" and head is not trigger
            and head.pos_ in ("NOUN", "PROPN", "PRON") and head.dep_ != "ROOT"
            and not any(c.dep_ == "dobj" for c in dependents(trigger)))


def _holding_captives(trigger: Token, g: Grammar) -> bool:
    """Captives held told as going on: "is holding 100 hostages", "holds them", "has held the priest
    captive since 2022" (present, progressive or perfect), the state an abduction left."""
    if trigger.pos_ not in ("VERB", "AUX") or g.lemma(trigger) not in g.captive_holding_verbs:
        return False
    if trigger.tag_ in ("VBZ", "VBP"):
        return True
    auxes = {c.lower_ for c in dependents(trigger) if c.dep_ == "aux"}
    return bool(auxes & {"is", "are", "am", "has", "have", "'s", "'re"}) and trigger.tag_ in ("VBG", "VBN")


def _describing_participle(trigger: Token, source: MentionLike, g: Grammar) -> bool:
    """A bare present participle that hangs on a party's noun describes that party, it tells no act of
    the day: "delivered vehicles to the army fighting the gangs", "sanctions on militias attacking US
    troops", "Turkey backs rebels fighting Kurdish militias". Like _long_running, only for coercion and
    violence (``long_running_roots``): a crowd "protesting the law" as police arrest it is coded (14).

    The participle (no subject, auxiliary or marker of its own) modifies an object noun (``acl``), or
    the parser hung it on the main verb (``advcl``) right after that verb's object with no comma
    between: then it still describes the object's party, never the main subject. A participle on the
    main subject ("Troops firing on protesters kill five") and one after a comma ("opened fire,
    killing five") tell the act itself and stay; so does one on a thing rather than a party ("passed a
    law requiring NGOs to register": the law's content is the act), hence the noun must be the source."""
    outer = trigger
    for _ in range(2):  # "the force helping Haiti's police fight the gangs": the act the described
        if outer.dep_ not in ("xcomp", "ccomp"):  # party helps with is part of its description
            break
        outer = outer.head
    if outer is not trigger:
        return (outer.dep_ == "acl" and outer.head.dep_ in _OBJECT_DEPS
                and g.lemma(outer.head) not in g.put_forward_nouns  # "a decree ordering troops to ..."
                and bare_participle(outer))
    if not bare_participle(trigger):
        return False
    head = trigger.head
    if trigger.dep_ == "acl":
        return (head.pos_ in ("NOUN", "PROPN", "PRON") and head.dep_ in _OBJECT_DEPS + ("appos", "conj")
                and source.start_char <= head.idx < source.end_char)
    return _hung_after_object(trigger) is not None


def _hung_after_object(trigger: Token) -> Token | None:
    """The object noun a bare participle the parser hung on the main verb (``advcl``) follows with no
    comma between ("sent radios to the army fighting the jihadists"): the participle describes that
    noun's party. None when the participle is no such one."""
    if trigger.dep_ != "advcl" or trigger.i == 0 or not bare_participle(trigger):
        return None
    left = trigger.doc[trigger.i - 1]
    if left.pos_ not in ("NOUN", "PROPN") or left.ent_type_ in ("DATE", "TIME"):
        return None  # "passed a law on Thursday requiring ...": the clause goes with the law, no party
    # the noun just before the participle must lie in the object part of the verb it hangs on
    node = left
    for _ in range(6):
        if node.dep_ in _OBJECT_DEPS and node.head is not trigger:
            return left if trigger.head.is_ancestor(node) else None
        if node.dep_ in ("nsubj", "nsubjpass", "ROOT") or node.head is node:
            return None
        node = node.head
    return None


def _subject_for_described(trigger: Token, source: MentionLike, g: Grammar, root: str) -> bool:
    """The main subject made the doer of a participle that describes the object's party ("Britain sent
    radios to the army fighting the jihadists" is no fight of Britain's, "France sent advisers to the
    coalition helping Iraqi forces" no aid of France's): wrong for every kind of act. Not on what a party
    puts forward (``put_forward_nouns``), nor for a verbal act (``described_doer_roots``): "adopted a
    resolution condemning X" condemns X itself."""
    if root not in g.described_doer_roots:
        return False  # "sent a letter to the UN accusing Israel": a verbal act is the writer's own
    left = _hung_after_object(trigger)
    if (left is None and trigger.dep_ == "acl" and trigger.head.dep_ in _OBJECT_DEPS
            and bare_participle(trigger)):
        left = trigger.head  # the participle on the object noun itself, its doer resolved past it
        if g.lemma(left) in g.put_forward_nouns:
            return False
        if source.end_char > left.idx:
            return False  # a source after the noun or holding it is no main subject
    return left is not None and not source.start_char <= left.idx < source.end_char


def _date_function() -> DateFn:
    try:
        from triadic.nlp.timex import assign_event_date  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return _fallback_date
    fn: DateFn = assign_event_date
    return fn


class EventCoder(EventDrafter, ThreatReader, DraftFilter):
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
        # with them those of a court's verdict and of a permission ("allowed the UN to reach Gaza", see
        # _permitted_parties): a sentence with none skips the scans for them
        self._intent_lemmas = frozenset(
            k for k, c in self.g.complements.items() if c.family == "03" and not c.object_control
        )
        self._intent_or_verdict = self._intent_lemmas | self.g.verdict_verbs | self.g.permission_verbs
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
        # the words the trigger finder looks up: a word that is none of them is passed over at once
        self._trigger_words = frozenset(
            (*patterns.verbs, *patterns.nouns, *patterns.adjectives, *self.g.describing_verbs,
             *self.g.figurative_fire_nouns))
        # the words the parse repairs look for (repair_parse): verbs a headline hides as nouns ("US
        # sanctions Venezuelan officials"), participles of feeling whose "by" names a cause ("appalled
        # by"), and event nouns whose "by" doer the model hangs on the verb they are the object of
        self._headline_verbs = frozenset(patterns.verbs)
        self._feelings = feeling_words(patterns.adjectives)
        self._by_nouns = frozenset(patterns.nouns)
        # Coding and the sentence reading both need each sentence's triggers: find them once per doc.
        self._trigger_doc: Doc | None = None
        self._trigger_memo: dict[tuple[int, int], list[Trigger]] = {}
        self._no_event_verbs: set[int] = set()

    def repair_parse(self, doc: Doc) -> Doc:
        """Mend, in place, the parser's misreadings the patterns would otherwise miss: a headline's verb
        read as a noun, a participle of feeling whose "by" was taken for a doer, and "by" doers hung on
        the wrong word, and a clause's summing-up phrase taken for a second object (``nlp._headline``,
        ``nlp._participle``). Run once on each parse before coding."""
        repair_headline(doc, self._headline_verbs)
        repair_feeling_agents(doc, self._feelings)
        repair_stray_agents(doc, self._by_nouns)
        repair_passive_agents(doc)
        repair_summary_objects(doc, self._by_nouns)
        repair_retorts(doc, self.g.retort_verbs, self.g.content_nouns)
        repair_clause_subjects(doc)
        return doc

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
            self._home_sides(drafts, index)
            _shared_counterparts(drafts, self.g)
            memory.resolve(drafts, sentence.index)
            # the acts the sentence tells (past the filters below), and those that made events
            told: list[_Draft] = []
            produced: set[int] = set()
            made = 0
            # The same dyad and root named twice in a sentence ("met ... the meeting", "provided
            # $2 million in assistance to X", "hosted Y, where the two leaders discussed ...") is
            # one act: the first coded (verbs before nouns) stands for it. A bare "said" (010)
            # stands for nothing more specific that follows ("said it is skeptical": 012).
            dyads: dict[tuple[str, ...], str] = {}
            # the trigger that coded each dyad and root first
            firsts: dict[tuple[str, ...], Token] = {}
            # the trigger that coded each source and full code first
            done: dict[tuple[str, str], Token] = {}
            coded: set[int] = set()
            # roots and source countries coded on each trigger token, for nouns that name the act of
            # the verb they are the subject of
            acted: dict[int, set[tuple[str, str]]] = {}
            # the speaker of a trailing report the parser took for a list of objects hits no one
            strip_stray_speakers(drafts, self.g)
            dropped = self._dependent_acts(drafts)
            # the sentence has named its acts, so the classifier is not asked to guess another from it
            anchored = self._framing_acts(drafts)
            # "rescued five people abducted by gunmen": the captives named by what befell them; the
            # abduction is background, and no other act is to be guessed from it either
            # ("is still holding 100 hostages": the state the abduction left)
            anchored |= {id(d) for d in drafts if d.code in self.g.captive_codes and d.modality == "asserted"
                         and (_captive_participle(d.trigger) or _holding_captives(d.trigger, self.g))}
            # "the war has killed 150,000", "an explosion in Tehran killed four": violence with no doer
            dropped |= anchored | untold_violence(drafts, self.g)
            # "India's hockey team arrived in Paris", "Japan's rugby team hosted South Africa": a
            # national side or its players stand for no state; their trips and matches are no events;
            # nor are "crushed Barcelona 4-0" or "hosts England in a qualifier", whoever the sides are
            sporting = {id(d) for d in drafts
                        if d.sources and all(_sports_side(m, doc, self.g) for m in d.sources)
                        or d.code[:2] in _CONTEST_ROOTS and _sporting_clause(d.trigger, self.g)}
            dropped |= sporting
            for d in sorted(drafts, key=lambda d: (_rank(d), d.rule.startswith("noun:"))):
                if d.secondary is not None and _superseded(d, coded) and d.code != self.g.claim_code:
                    # (a claim of responsibility is an act of its own beside the act it claims, never
                    # only the words that carry it: "targeted the vessel, claiming the attack as ...")
                    continue
                if d.stopped or id(d) in dropped or supposed_act(d.trigger, self._attitudes, self.g):
                    continue
                if (_subject_of_own_act(d, acted) or _appositive_retelling(d, acted)
                        or _definite_retelling(d, acted, self.g)):
                    continue
                told.append(d)
                for ev in self._realise(d, span, sentence, article, found):
                    if ev.target is not None or ev.root != "01":
                        # a statement to no one says too little to stand for what it governs
                        coded.add(id(d))
                    src, tgt = ev.source.actor, ev.target.actor if ev.target else None
                    key = (src.code, tgt.code if tgt else "", ev.root, *_group_names(src, tgt))
                    again = key in dyads and (d.rule.startswith("noun:") or dyads[key] != "010")
                    if again and dyads[key] != ev.cameo and (
                            (_two_acts(d.trigger, firsts[key])
                             and not {dyads[key], ev.cameo} <= self.g.sitting_codes)
                            or _talks_on_journey(d, dyads[key], ev.cameo, self.g)
                            or (tgt is None and {ev.cameo, dyads[key]} <= self.g.targetless_statements)
                            or _outspoken(tgt is None, dyads[key], ev.cameo, self.g)):
                        # "arrested three activists and deported them": a second act done to the same
                        # people, with a code of its own, is a second event even of one root, whichever
                        # of the two verbs was coded first; so is a second statement that is an act
                        # without addressee ("claimed responsibility for the attack and denied
                        # targeting civilians": 015 and 016); and talks held on a visit are a second
                        # 04 event beside the visit; a comment to no one (012, 013: dropped as a
                        # quote) leaves room for the act without addressee beside it ("said it was
                        # behind the blast but was pessimistic about ...": 015 stands). Two verbs of
                        # one sitting ("held talks in Beijing and discussed the border") are one
                        # consultation: the discussing is what the talks were about
                        again = False
                    # "found a general guilty and sentenced him": the pronoun takes up the same
                    # people, so one code from one source on them is one event, however the two
                    # mentions were coded (the gold conventions: coordinated actions with one code
                    # between the same actors are one event)
                    retold = (src.code, ev.cameo) in done and _takes_up(d.trigger, done[(src.code, ev.cameo)])
                    if ev.id in seen or again or retold:
                        continue
                    dyads[key] = ev.cameo
                    firsts[key] = d.trigger
                    done.setdefault((src.code, ev.cameo), d.trigger)
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
            # (the sentence's root, ``Span.root`` walking its tokens, is found only where the classifier
            # could still be asked: with none, or with an event made, nothing below reads it)
            if made or self.classifier is None or anchored or sporting:
                continue
            root = span.root
            # a "no event" sense in the sentence's acts ("launched a campaign to fight corruption in
            # the police") has read the act it names as none: the label would only restate it; one in
            # a participle or relative clause ("areas hit by the quake") only describes a noun
            root_coded = any(d.trigger.i == root.i for d in drafts) or (
                self._trigger_doc is span.doc
                and any(span.start <= i < span.end and _acting_clause(doc[i]) for i in self._no_event_verbs))
            # "Germany is Ukraine's second-largest provider of aid": a copular sentence describes a
            # standing state; no act of the day is left for the classifier to guess
            copular = (root.lemma_ in self.g.state_linking_verbs
                       and any(c.dep_ in ("attr", "acomp") for c in dependents(root))) or _held_count(root)
            if not root_coded and not copular:
                dyad = self._dyad(span, index)
                if dyad is not None and not _sports_side(dyad[0], doc, self.g):
                    pending.append(_Pending(span, sentence, dyad[0], dyad[1]))
        if pending and self.classifier is not None:
            events.extend(self._classify(pending, article, found, seen))
        return events, quotes

    def _home_sides(self, drafts: Sequence[_Draft], index: MentionIndexLike) -> None:
        """Bare roles facing one state's own side, in a sentence that names no other country, are that
        state's: who petitions or opposes its government or legislature ("calls by the opposition on the
        Kenyan government") or, in blame, protest and force (``facing_roots``), accuses or attacks its forces
        and people ("residents accused the Ghanaian army", ``faced_roles``), and whom it acts on at home
        once the draft's code is a domestic one (``domestic_roots``; the code may have changed since the
        targets were found: a law "requiring" media outlets to register restricts them)."""
        aw = argument_words()
        g = self.g
        for d in drafts:
            if not d.sources or not d.targets:
                continue
            bare = all(m.actor.country is None and m.actor.code == m.actor.role
                       and m.actor.role in aw.domestic_roles for m in d.sources)
            # a bare state organ ("the junta") facing a foreign force is as often foreign itself
            facing = d.code.startswith(aw.facing_roots) and not any(
                m.actor.role in g.state_roles for m in d.sources)
            faced = aw.petitioned_roles | (aw.faced_roles if facing else frozenset())
            if bare and not d.code.startswith(aw.unpetitioning_roots) and all(
                    m.actor.country and m.actor.role in faced for m in d.targets):
                country = sole_country(d.trigger, d.targets, index)
                if country is not None:
                    d.sources = _in_country(d.sources, country)
                continue
            if d.code.startswith(aw.domestic_roots) and _role_only(d.targets) and all(
                    m.actor.country and (m.actor.role is None or m.actor.role in g.state_roles)
                    for m in d.sources):
                country = sole_country(d.trigger, d.sources, index)
                if country is not None:
                    d.targets = _in_country(d.targets, country)

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
            # "assured Colombo that it would continue its support": a promise is told to its addressee too
            speech = speech_verb_of(d.trigger, g, promised=True)
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
            pairs = _one_per_party(pairs, self.g, d.code[:2] in self.g.joint_victim_roots)
        quote = self._quote_for(d.trigger.idx, found)
        out: list[Event] = []
        # every pair shares the draft's trigger and modality, hence its date: found once, when first needed
        dated: tuple[date | None, str | None] | None = None
        for s, t in pairs:
            if (
                t is not None
                # one actor, or a state and its own government (one side): no dyad, unless a region's
                # executive acts on its national government
                and (one_body(d.code, s, t, self.g) or no_dyad(s, t, self.g))
                and not regional_to_centre(s, t)
            ):
                continue
            code, rule = d.code, d.rule
            if t is not None and code in self.g.domestic_codes and s.actor.country is not None \
                    and s.actor.country == t.actor.country:
                # "deployed troops to the Niger Delta": cooperation needs a foreign counterpart
                code = self.g.domestic_codes[code]
                rule = f"domestic({rule})->{code}"
            elif code in self.g.state_voice_codes and _state_voice(d, s, t, self.g):
                code = self.g.state_voice_codes[code]
                rule = f"state({rule})->{code}"
            info = self.codebook.lookup(code)
            if info.root == "01" and not s.actor.is_political:
                continue  # experts and private people speak, but only political actors make statements
            if t is None and s.actor.country is None and s.actor.code == s.actor.role \
                    and info.root in self.g.stateless_posture_roots:
                continue  # "the army mobilised reservists": a bare role of no known state, aimed at no one
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
            if mod == "asserted" and _background(date_val, prec, ref, self.g.background_days) \
                    and not _established(d.trigger, self.g, info.root):
                continue  # "the 2003 invasion", "a coup in 2021": history the story recalls
            if mod == "asserted" and _subject_for_described(d.trigger, s, self.g, info.root):
                continue  # "France sent advisers to the coalition helping Iraqi forces": not France's
            if mod != "negated" and info.root in self.g.received_roots \
                    and _described_receipt(d.trigger, self.g):
                continue  # "Rwanda, which has received millions in British aid, denied ...": a
                # description of the recipient, not the giver's act
            if (mod == "asserted" and info.root in self.g.long_running_roots
                    and (_long_running(d.trigger, self.g) or _describing_participle(d.trigger, s, self.g)
                         or _tallied_wars(d.trigger, self.g))):
                continue  # "Cauca, where the army has fought FARC factions for years", "sent radios to
                # the army fighting jihadists": a description of the party, not an act of the day
            trig = d.trigger
            eid = event_id(article.id, sentence.index, s.actor.code, t.actor.code if t else "", code,
                           trig.idx, *_group_names(s.actor, t.actor if t else None))
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


def _group_names(source: Actor, target: Actor | None) -> tuple[str, ...]:
    """The names of two groups that share a code and act on each other ("FARC and ELN clashed"): their
    codes cannot tell the pair's two directions apart, which are two events; empty for any other pair."""
    return (source.name, target.name) if target is not None and source.code == target.code else ()


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


def _outspoken(untargeted: bool, first: str, code: str, g: Grammar) -> bool:
    """A statement to no one (``untargeted``) with ``code``, an act of its own without addressee
    (``targetless_statements``: a claim or a denial of responsibility), follows a first statement
    to no one that is no such act (a comment, 012 or 013, or a quote): the first says too little to
    stand for it, and is left to the 'untargeted_statements' setting."""
    return untargeted and code in g.targetless_statements and first not in g.targetless_statements


def _definite_retelling(d: _Draft, acted: dict[int, set[tuple[str, str]]], g: Grammar) -> bool:
    """``d`` is a noun event taken up with a definite determiner after a verb earlier in the sentence
    coded an act of its root ("held talks in Oman, with both sides describing [the negotiations] as
    constructive"; "clashed with rebels, adding that [the fighting] lasted three hours"): the act told
    again, whose parties the verb named, not a second act between whoever stands near the noun. A
    noun naming its own parties ("the talks between A and B", "the Ukrainian offensive") or set
    before the act ("after the talks stalled") is another act."""
    tok = d.trigger
    if not d.rule.startswith("noun:") or tok.pos_ != "NOUN":
        return False
    root = d.code[:2]
    if root not in g.retold_roots or tok.head.i in acted:
        return False  # a noun the coded verb governs is what that verb tells, not the act again
    # ... by a side of that act: "the army shelled the town, and the rebels blamed the attack on
    # ..." may be anyone's; a noun whose doers are other than the verb's tells an act of its own
    countries = {s.actor.country or "" for s in d.sources}
    if not any(i < tok.i and any(r == root and c in countries for r, c in done) for i, done in acted.items()):
        return False
    kids = dependents(tok)
    if not any(c.dep_ == "det" and c.lower_ in g.retelling_determiners for c in kids):
        return False
    for c in kids:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in g.party_preps):
            return False
        if c.dep_ in ("amod", "compound", "nmod") and (c.pos_ == "PROPN" or c.ent_type_):
            return False  # "the Ukrainian offensive", "the U.S.-Iran talks"
    cur = tok
    for _ in range(12):
        if cur.lower_ in g.earlier_act_markers or any(
                c.dep_ == "mark" and c.lower_ in g.earlier_act_markers for c in dependents(cur)):
            return False
        if cur.head.i == cur.i or cur.head.i in acted:
            break
        cur = cur.head
    return True


def _drop_untargeted_parts(events: list[Event], first: int, span: Span) -> None:
    """A target-less event inside the clause of an event of the same root and side that has a target
    is that act told again without its addressee ("appealed to Western lenders to cancel the debt,
    calling for urgent relief", "rejected the proposal, saying it would not lay down its weapons"):
    CAMEO codes the act once, with its target. Coordinated acts ("appealed for aid and urged X
    to ...") are left alone."""
    mine = events[first:]
    if len(mine) < 2 or all(ev.target is not None for ev in mine):
        return
    at = {t.idx: t.i for t in tokens_of(span)}
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
    pairs: list[tuple[MentionLike, MentionLike | None]], g: Grammar, joint: bool = False,
) -> list[tuple[MentionLike, MentionLike | None]]:
    """One event per party on each side of a draft: conjuncts of one country that are one party
    ("detained a journalist and two activists", "farmers and truckers blocked roads") make one
    event, while parties of different countries or sides ("sanctions on Russia and Iran",
    "mediate between the army and the rebels") stay apart. With ``joint`` (an act done to people,
    ``joint_victim_roots``), the victims of one country one act falls on are one target too, an
    official among them ("shot dead a councillor and his driver", "sanctioned three police officers
    and a state company")."""
    out: list[tuple[MentionLike, MentionLike | None]] = []
    for s, t in pairs:
        if t is not None and any(
            t2 is not None and (
                (s2 is s and t2 is not t and (one_party(t, t2, g) or joint and joint_victims(t, t2)))
                or (t2 is t and s2 is not s and one_party(s, s2, g))
            )
            for s2, t2 in out
        ):
            continue
        out.append((s, t))
    return out


def _state_voice(d: _Draft, s: MentionLike, t: MentionLike | None, g: Grammar) -> bool:
    """A state or its government protesting (grammar ``state_voice_verbs``) what a foreign party did,
    or with no party named ("said it would protest in the strongest terms"): a government does not
    take to the streets, its protest is a formal one."""
    return (d.trigger.pos_ == "VERB" and g.lemma(d.trigger) in g.state_voice_verbs
            and s.actor.kind == "state" and s.actor.role in (None, "GOV")
            and s.actor.country is not None and (t is None or t.actor.country != s.actor.country))


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


def _takes_up(tok: Token, first: Token) -> bool:
    """``tok`` is a verb coordinated with ``first`` whose object is a personal pronoun: it acts again
    on whom ``first`` acted on ("arrested the editor and charged him")."""
    return (tok.dep_ == "conj" and tok.head.i == first.i and tok.pos_ == "VERB"
            and any(c.dep_ == "dobj" and c.tag_ == "PRP" for c in dependents(tok)))


def _two_acts(tok: Token, first: Token) -> bool:
    """``tok`` and ``first`` are two coordinated verbs, the later a second act of its own (``_second_act``):
    "shelled Kurdish positions and carried out air strikes" whichever of them was coded first."""
    return _second_act(tok) or (first.head.i == tok.i and _second_act(first))


def _shared_counterparts(drafts: Sequence[_Draft], g: Grammar) -> None:
    """A second verb of one subject with no party of its own takes the party of the hostile act it is
    coordinated with ("expelled two Latvian diplomats and [closed] its consulate": 161 on Latvia), for
    the roots a reduction of relations or a threat has (``shared_counterpart_roots``)."""
    by_trigger = {d.trigger.i: d for d in drafts if d.targets and d.sources}
    for d in drafts:
        tok = d.trigger
        if (d.targets or not d.sources or d.reciprocal or d.code[:2] not in g.shared_counterpart_roots
                or tok.pos_ != "VERB" or tok.dep_ != "conj" or tok.head.i >= tok.i
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in dependents(tok))):
            continue
        first = by_trigger.get(tok.head.i)
        if first is None or first.code[:2] not in g.shared_counterpart_first_roots \
                or {m.actor.code for m in first.sources} != {m.actor.code for m in d.sources}:
            continue
        d.targets = list(first.targets)
        d.notarget = False


def _second_act(tok: Token) -> bool:
    """``tok`` is a finite verb coordinated with an earlier verb, with an object of its own: one it
    takes up again with a pronoun ("arrested X and [deported] them"), another thing done
    ("declared a state of emergency and [imposed] a curfew"), or the one both act on ("shelled and
    then [stormed] the town")."""
    return (
        tok.dep_ == "conj"
        and tok.pos_ == "VERB"
        and tok.head.pos_ == "VERB"
        and tok.head.i < tok.i
        and (tok.tag_ in ("VBD", "VBZ", "VBP", "VBN")
             # a progressive with its own auxiliary is finite too ("captured X and [are shelling] Y")
             or (tok.tag_ == "VBG" and any(c.dep_ == "aux" for c in dependents(tok))))
        and any(c.dep_ == "dobj" for c in dependents(tok))
        # the earlier verb has its own object, or shares this one ("shelled and then stormed the
        # town": two acts on one object, the parser hangs it on the last verb)
        and (any(c.dep_ == "dobj" for c in dependents(tok.head)) or _shares_object(tok))
    )


def _talks_on_journey(d: _Draft, earlier: str, code: str, g: Grammar) -> bool:
    """A verb of its own tells a meeting or talks beside a journey or reception of the same pair
    ("visited Muscat, where he held talks with the sultan"; "who visited Hanoi, met the premier"):
    the visit (042/043) and the talks (040/041/046) are two events of root 04, as the gold conventions
    code "held talks with the visiting minister". A noun ("arrived for talks") is only the journey's
    purpose and stays one event with it."""
    if d.trigger.pos_ != "VERB" or (earlier in g.journey_codes) == (code in g.journey_codes):
        return False
    # the partner is written in the talks' own complements ("held talks with the sultan", "met the
    # premier"); "where the two leaders discussed trade" only retells the hosting by its two sides
    told = [w for c in dependents(d.trigger) if c.dep_ in ("dobj", "prep") for w in c.subtree]
    spans = {(w.idx, w.idx + len(w)) for w in told}
    return any(any(a <= m.start_char < b for a, b in spans) for m in d.targets)


def _shares_object(tok: Token) -> bool:
    """The earlier verb ``tok.head`` has no object, clause or prepositional phrase of its own: it
    shares ``tok``'s object."""
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "dative", "attr", "prt", "agent")
                   for c in dependents(tok.head) if c.i < tok.i)


def _acting_clause(verb: Token) -> bool:
    """The verb reports an act of its sentence, not a participle or relative clause on a noun."""
    return verb.dep_ != "relcl" and not (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG"))


# Roots a game between sides reads as ("crushed", "hosted", "attacked", "blasted"): force, visits, rebukes.
_CONTEST_ROOTS = frozenset({"04", "11", "17", "18", "19", "20"})
_NOT_SCORES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})
_SCORE = re.compile(r"\d{1,3} ?[-\u2013] ?\d{1,3}(?![\d%])")


# whether each document gives a score or names an occasion of sport anywhere (``_may_tell_sport``)
_SPORT_TEXTS = DocTable()


def _may_tell_sport(doc: Doc, text: str, g: Grammar) -> bool:
    """``text`` (``doc``'s) has a score or an occasion of sport anywhere: where it has neither, no clause of
    it has (asked of every contest draft; most texts tell no game)."""
    table = _SPORT_TEXTS.table(doc, g)
    found: bool | None = table.get(None)
    if found is None:
        # (a score the clause test matches at a word is one a search of the whole text finds)
        found = table[None] = (_SCORE.search(text) is not None
                               or not g.sport_occasions.isdisjoint(g.lemmas(doc)))
    return found


def _sporting_clause(trigger: Token, g: Grammar) -> bool:
    """The trigger's clause gives a score ("crushed Barcelona 4-0") or sets it at an occasion of sport
    ("in the final"); a score on a governing verb ("voted 13-0 to condemn X") is no game."""
    doc = trigger.doc
    # (the document's text made once: ``Doc.text`` joins every token anew)
    text = doc_text(doc)
    if not _may_tell_sport(doc, text, g):
        return False
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    near = [*dependents(verb)]
    near += [w for c in near if c.dep_ in ("dobj", "npadvmod") for w in dependents(c)]
    for c in near:
        # a range that is a date, time or amount ("on 14-15 June", "aged 18-25") is no score
        if c.like_num and c.ent_type_ not in _NOT_SCORES and _SCORE.match(text, c.idx):
            return True
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "during"):
            for o in dependents(c):
                if o.dep_ == "pobj" and g.lemma(o) in g.sport_occasions:
                    return True
    return False


def _sports_side(m: MentionLike, doc: Doc, g: Grammar) -> bool:
    """The mention names a sports side or its players, not a state ("India's hockey team", "the England
    football team", "Australia's cricketers"): the noun it modifies, or its own last word, is an
    athlete noun (grammar ``athlete_nouns``) or a side noun (``sport_side_nouns``) with a word of sport
    before it (``sport_kinds``: "the national team", "the rugby side"; not "the negotiating team")."""
    last = doc_tokens(doc)[m.end - 1]  # (the shared token: ``doc[i]`` builds a new one)
    nouns = [last]
    if last.dep_ in ("poss", "compound", "amod", "nmod") and last.head.i != last.i:
        nouns.append(last.head)
    for n in nouns:
        lem = g.lemma(n)
        if lem in g.athlete_nouns:
            return True
        if lem in g.sport_side_nouns and any(
                c.i < n.i and (g.lemma(c) in g.sport_kinds or c.lower_ in g.sport_kinds)
                for c in dependents(n)):
            return True
    return False


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
