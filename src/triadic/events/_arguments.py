"""Grammatical arguments of a sentence's main trigger: who acts and on whom, as noun-phrase spans.

Unlike events, arguments need no dictionary actor: "a car bomb killed three soldiers" has a source
("a car bomb") and a target ("three soldiers") even though neither resolves to a state.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from triadic.events._patterns import Grammar, Pattern
from triadic.events._syntax import clause_verb, is_passive, subject_of
from triadic.events._syntax import prep_objects as _prep_objects
from triadic.model import Span as TextSpan

__all__ = ["Arguments", "arguments_of", "phrase_span"]

# Dependents that end a noun phrase for annotation purposes: clauses hanging off the noun ("who had
# fought ...", "set to touch on ..."), and coordination, which splits into one phrase per conjunct.
_CLAUSE_DEPS = frozenset({"relcl", "acl"})
_COORD_DEPS = frozenset({"cc", "conj", "preconj"})
# Pronouns that stand for an earlier noun phrase of the same sentence ("X says it has killed ...").
_ANAPHORS = frozenset({"he", "she", "it", "they", "we", "him", "her", "them", "us"})
# Heads through which a clause reports or continues another one whose subject a pronoun may refer to.
_CHAIN_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "parataxis"})


# A consultation is mutual by nature: "A met B", "A held talks with B" say what "A and B met" says.
# A fight is not: "A and B clashed" is mutual, but "A attacked B" and "A clashed with B" name who
# started it. (Widening this to 05-06 cooperation lost more reciprocal spans than it found.)
_MUTUAL_ROOTS = frozenset({"04"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
# Named-entity types of who can act or be acted on: places that stand for states, organisations,
# nationalities and people.
_ACTOR_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})


@dataclass(frozen=True, slots=True)
class Arguments:
    """The noun phrases around a trigger: sources (agents), targets (patients) and reciprocal parties.

    Each coordinated source or target is its own span; reciprocal parties written as one coordinated
    group ("A and B met") are one span.
    """

    sources: tuple[TextSpan, ...] = ()
    targets: tuple[TextSpan, ...] = ()
    reciprocal: tuple[TextSpan, ...] = ()
    trigger: TextSpan | None = None

    @property
    def empty(self) -> bool:
        return not (self.sources or self.targets or self.reciprocal)


def phrase_span(head: Token, keep_coordination: bool = False) -> TextSpan:
    """The noun phrase headed by ``head``: its modifiers, determiners, possessors and prepositional
    phrases, without relative or participle clauses (and without coordinated phrases unless asked)."""
    drop = _CLAUSE_DEPS if keep_coordination else _CLAUSE_DEPS | _COORD_DEPS
    keep: set[int] = {head.i}
    stack = [c for c in head.children if c.dep_ not in drop]
    while stack:
        c = stack.pop()
        keep.add(c.i)
        # a relative clause ends the phrase at any depth ("the chief of a group, which ...")
        stack.extend(x for x in c.children if x.dep_ != "relcl")
    lo = hi = head.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    doc = head.doc
    # Punctuation and conjunctions at the edges belong to the sentence, not to the phrase.
    while lo < head.i and (doc[lo].is_punct or doc[lo].dep_ in _COORD_DEPS):
        lo += 1
    # A possessor ends before its clitic: "Kim" in "Kim's visit".
    while hi > head.i and (
        doc[hi].is_punct and doc[hi].text not in (")", "]") or doc[hi].dep_ in ("cc", "case")
    ):
        hi -= 1
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    return TextSpan(text=doc.text[start:end], start=start, end=end)


def _is_time(tok: Token) -> bool:
    """A date or time phrase ("on Tuesday", "Nov. 2") is when, never who."""
    return tok.ent_type_ in _TIME_ENTS


def _spans(tokens: list[Token], reciprocal: bool = False) -> tuple[TextSpan, ...]:
    out: list[TextSpan] = []
    seen: set[int] = set()
    for t in tokens:
        for c in (t,) if reciprocal else (t, *t.conjuncts):
            if c.i not in seen and c.pos_ not in ("VERB", "AUX") and not _is_time(c):
                seen.add(c.i)
                out.append(phrase_span(c, keep_coordination=reciprocal))
    return tuple(sorted(out, key=lambda s: s.start))


def _directed(verb: Token, obj: Token | None, g: Grammar) -> bool:
    """The verb acts on a direct object or passive subject, other than the event noun of a light verb
    ("held talks", "launched an attack")."""
    event_noun = obj if obj is not None and verb.lemma_.lower() in g.light_verbs else None
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("dobj", "nsubjpass") and (event_noun is None or c.i != event_noun.i) for c in verb.children
    )


def _actor_like(tok: Token) -> bool:
    """The phrase headed by ``tok`` names a party: a named entity of an actor type, at the head or in
    its modifiers ("Russian authorities", "the Kremlin")."""
    return tok.ent_type_ in _ACTOR_ENTS or any(
        c.ent_type_ in _ACTOR_ENTS for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")
    )


def _party_in(tok: Token, preps: frozenset[str], depth: int = 0) -> Token | None:
    """The nearest party named inside a phrase through its prepositions ("sanctions against X",
    "accusations by X", "a curfew in X"), not through clauses hanging off it."""
    if depth > 3:
        return None
    # "the ban imposed on X": the prepositions of a participle on the phrase count too.
    heads = [tok, *(c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    for c in (c for h in heads for c in h.children):
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            for o in c.children:
                if o.dep_ == "pobj" and not _is_time(o):
                    if _actor_like(o):
                        return o
                    deeper = _party_in(o, preps, depth + 1)
                    if deeper is not None:
                        return deeper
    return None


def _party(target: Token, verb: Token | None, g: Grammar, event_nouns: frozenset[str]) -> Token:
    """The patient as a party: a target phrase that names no party gives way to the party inside it,
    else to the verb's recipient ("sent experts to X", "returned the relics to X")."""
    if _actor_like(target):
        return target
    # Not through "of": "the websites of X" is what was acted on, X only owns it. Through "in" only
    # from an event noun ("a curfew in X"): "a vehicle in X" and "75 people in X" are the patients.
    preps = (g.target_preps | g.agent_preps | g.actor_preps) - {"of"}
    if target.lemma_.lower() not in event_nouns:
        preps = preps - g.location_preps
    inner = _party_in(target, preps)
    if inner is not None:
        return inner
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        for o in _prep_objects(verb, g.target_preps):
            if o.i != target.i and not _is_time(o) and _actor_like(o):
                return o
    return target


def _antecedent(pron: Token, clause: Token, g: Grammar) -> Token | None:
    """A noun-phrase subject of a governing clause the pronoun subject refers to, if any."""
    cur = clause
    for _ in range(4):
        if cur.dep_ not in _CHAIN_DEPS or cur.head.i == cur.i:
            return None
        cur = cur.head
        subs, _ = subject_of(cur, g)
        for s in subs:
            if s.i < pron.i and s.pos_ in ("PROPN", "NOUN") and s.lower_ not in _ANAPHORS:
                return s
    return None


def _sources(verb: Token, g: Grammar) -> list[Token]:
    subs, _ = subject_of(verb, g)
    out: list[Token] = []
    for s in subs:
        if s.lower_ in _ANAPHORS:
            # "X says it has killed ...": the pronoun stands for the reporting clause's subject.
            ante = _antecedent(s, verb, g)
            out.append(ante if ante is not None else s)
        elif s.pos_ not in ("VERB", "AUX"):
            out.append(s)
    return out


def _verb_targets(
    verb: Token, pat: Pattern | None, obj: Token | None, g: Grammar, event_nouns: frozenset[str] = frozenset()
) -> list[Token]:
    """Patient noun phrases of a verb trigger, most specific slot first."""
    if is_passive(verb):
        subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if subj:
            return subj[:1]
        if verb.dep_ == "acl":
            return [verb.head]
    elif verb.dep_ == "acl" and verb.tag_ == "VBN":
        return [verb.head]  # "the diplomats expelled by Russia"

    def prep_objects(tok: Token, preps: frozenset[str]) -> list[Token]:
        return [o for o in _prep_objects(tok, preps) if not _is_time(o)]

    # An event noun as object is not the patient ("launched an operation against X", "expressed
    # concern"): a light verb's object, or an object that is itself a nominal trigger.
    event_noun = -1
    if obj is not None and (verb.lemma_.lower() in g.light_verbs or obj.lemma_.lower() in event_nouns
                            or (pat is not None and pat.notarget)):
        event_noun = obj.i
    preps = frozenset(w for w in (pat.words if pat else ()) if w not in g.location_preps)
    if preps:
        hit = prep_objects(verb, preps)
        if hit:
            return hit[:1]
    if obj is not None:
        # "launched an assault on X", "rejected accusations by X": the object's own target (or, for
        # an event noun, its agent), else the verb's, else the lexical object when it is the patient.
        own = g.target_preps | g.agent_preps if obj.i == event_noun else g.target_preps
        hit = prep_objects(obj, own) or prep_objects(verb, g.target_preps)
        if hit:
            return hit[:1]
    dobj = [c for c in verb.children
            if c.dep_ in ("dobj", "dative") and not _is_time(c) and c.i != event_noun]
    if dobj:
        return dobj[:1]
    hit = prep_objects(verb, g.target_preps)
    if hit:
        return hit[:1]
    if obj is not None and obj.dep_ != "pobj" and obj.i != event_noun:
        return [obj]
    return _where_or_whom(verb, obj if event_noun >= 0 else None, g)


def _where_or_whom(verb: Token, event_noun: Token | None, g: Grammar) -> list[Token]:
    """Last resort for an event with no patient: a party it is for ("sent aid to help X") or the
    place it happens in, when that place names a party ("resigned amid unrest in X")."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB":
            objs = [o for o in c.children if o.dep_ == "dobj" and _actor_like(o)]
            if objs:
                return objs[:1]
    for head in (verb, event_noun):
        if head is None:
            continue
        for o in _prep_objects(head, g.location_preps):
            if not _is_time(o) and _actor_like(o):
                return [o]
    return []


def _reported_target(verb: Token, g: Grammar) -> list[Token]:
    """Who a report is about: the reported clause's subject ("X said Y must withdraw"), or, when that
    subject is the speaker again ("X said it will free Y"), the reported clause's patient."""
    for c in verb.children:
        if c.dep_ != "ccomp":
            continue
        subs, _ = subject_of(c, g)
        subs = [t for t in subs if t.pos_ not in ("VERB", "AUX")]
        if subs and subs[0].lower_ not in _ANAPHORS and subs[0].pos_ != "PRON":
            return subs[:1]
        return _verb_targets(c, None, None, g)[:1]
    return []


def _noun_arguments(noun: Token, g: Grammar) -> tuple[list[Token], list[Token], list[Token]]:
    """Sources, targets and reciprocal parties of a nominal trigger ("Kim's visit to Beijing")."""
    def prep_objects(tok: Token, preps: frozenset[str]) -> list[Token]:
        return [o for o in _prep_objects(tok, preps) if not _is_time(o)]

    between = prep_objects(noun, g.between_preps)
    if len(between) >= 2:
        return [], [], between
    sources = prep_objects(noun, g.agent_preps)
    if not sources:
        sources = [c for c in noun.children if c.dep_ == "poss"]
    targets = prep_objects(noun, g.target_preps - {"from"})[:1]
    clause = clause_verb(noun)
    if clause is not None:
        if sources and all(t.pos_ == "PRON" for t in sources):
            # "North Korea reiterated its demand": a possessive pronoun stands for the clause's subject
            sources = _sources(clause, g) or sources
        if not sources:
            sources = _sources(clause, g)
        if not targets:
            targets = [t for t in _verb_targets(clause, None, noun, g) if t.i != noun.i][:1]
    elif noun.dep_ in ("nsubj", "nsubjpass") and not targets:
        # "The strike on X killed ...": a subject noun's patients are the clause's objects.
        targets = [c for c in noun.head.children if c.dep_ == "dobj"][:1]
    return sources, targets, []


def arguments_of(
    trigger: Token,
    pat: Pattern | None,
    obj: Token | None,
    g: Grammar,
    event_nouns: frozenset[str] = frozenset(),
) -> Arguments:
    """The arguments of ``trigger`` (a verb or noun matched by ``pat``, or a governing verb).

    Args:
        obj: the token that satisfied the pattern's lexical object ("talks" in "hold talks"), if any.
        event_nouns: lemmas of nominal triggers; such an object names the event, not its patient.
    """
    if trigger.pos_ in ("NOUN", "PROPN") and (pat is None or pat.kind == "noun"):
        src, tgt, rec = _noun_arguments(trigger, g)
    else:
        src = _sources(trigger, g)
        tgt = _verb_targets(trigger, pat, obj, g, event_nouns)
        if not tgt and trigger.lemma_.lower() in g.speech_verbs:
            tgt = _reported_target(trigger, g)
        rec = []
    return replace(_arguments(trigger, src, tgt, rec, pat, obj, g, event_nouns), trigger=_word(trigger))


def _word(tok: Token) -> TextSpan:
    return TextSpan(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text))


def _arguments(
    trigger: Token,
    src: list[Token],
    tgt: list[Token],
    rec: list[Token],
    pat: Pattern | None,
    obj: Token | None,
    g: Grammar,
    event_nouns: frozenset[str],
) -> Arguments:
    if rec:
        return Arguments(reciprocal=_spans(rec))
    reciprocal_pattern = pat is not None and pat.reciprocal
    if reciprocal_pattern:
        if src and src[0].conjuncts and not _directed(trigger, obj, g):
            # "A and B met", "A and B clashed": the coordinated group, one span.
            return Arguments(reciprocal=_spans(src[:1], reciprocal=True))
        if tgt and src and pat is not None and pat.code[:2] in _MUTUAL_ROOTS:
            # "A held talks with B", "A met B": both sides act, both are reciprocal parties.
            return Arguments(reciprocal=_spans([*src[:1], *tgt[:1]]))
    # The trigger's own noun is never its argument.
    tgt = [t for t in tgt if t.i != trigger.i]
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else clause_verb(trigger)
    tgt = [_party(t, verb, g, event_nouns) for t in tgt[:1]]
    return Arguments(sources=_spans(src), targets=_spans(tgt))
