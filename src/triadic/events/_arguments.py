"""Grammatical arguments of a sentence's main trigger: who acts and on whom, as noun-phrase spans.

Unlike events, arguments need no dictionary actor: "a car bomb killed three soldiers" has a source
("a car bomb") and a target ("three soldiers") even though neither resolves to a state.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from triadic.events._arg_phrases import argument_words, is_time, phrase_span
from triadic.events._arg_targets import (
    ACTOR_ENTS,
    actor_like,
    aimed_at,
    amount,
    answered,
    apposed_participle,
    authored_measures,
    claimed_target,
    concerning,
    dispatched_to,
    group,
    headline_verb,
    helped,
    measure,
    measure_place,
    misread_object,
    named_place,
    party,
    party_in,
    people,
    places_after,
    recipient,
    referring,
    rejected_thing,
    responds_to,
    served_place,
    taken_from,
    topic_subject,
)
from triadic.events._indirect_parties import antecedent_objects
from triadic.events._patterns import Grammar, Pattern
from triadic.events._syntax import clause_verb, intransitive_head, is_passive, participle_clauses, subject_of
from triadic.events._syntax import prep_objects as _prep_objects
from triadic.events._tree import conjuncts, dependents, word_set
from triadic.model import Span as TextSpan

__all__ = ["Arguments", "arguments_of", "phrase_span"]

# Pronouns that stand for an earlier noun phrase of the same sentence ("X says it has killed ...").
_ANAPHORS = frozenset({"he", "she", "it", "they", "we", "him", "her", "them", "us"})

# Object pronouns that stand for a party named as an earlier verb's object ("called X and urged him").
_OBJECT_ANAPHORS = frozenset({"him", "her", "them"})

# Heads through which a clause reports or continues another one whose subject a pronoun may refer to.
_CHAIN_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "parataxis"})

# A consultation is mutual by nature: "A met B", "A held talks with B" say what "A and B met" says.
# A fight is not: "A and B clashed" is mutual, but "A attacked B" and "A clashed with B" name who
# started it. (Widening this to 05-06 cooperation lost more reciprocal spans than it found.)
_MUTUAL_ROOTS = frozenset({"04"})

# The preposition of what an act asks for ("called for reform in X"); "clashed with protesters in X"
# names whom it acts on, not a place.
_ASKING_PREPS = frozenset({"for"})

# Acts that move or hand over their object (aid, return, force posture, reduced relations, force): a
# party as object goes somewhere ("sent Russian troops to X"); elsewhere it is who is acted on.
_MOVING_ROOTS = frozenset({"07", "08", "15", "16", "18", "19", "20"})

# Dependents that give a verb an object or a clause of its own: with none, the act has no patient.
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "dative", "ccomp", "xcomp", "attr", "oprd", "acomp"})

# Uses of force: the pattern's object is what is hit ("pounded positions in X"), never a measure.
_FORCE_ROOTS = frozenset({"18", "19", "20"})

# Roots from which two verbs joined before one object share it ("rejected and condemned X",
# "attacked and looted X"); below, a cooperative verb is often used alone ("agreed to resign and
# leave X", "welcomed and thanked X" where "welcome" alone is hosting).
_SHARED_FROM = "09"

# Cooperation that parties do together (intent to cooperate, consult, diplomatic and material
# cooperation): a coordinated subject with no party as target is one reciprocal group.
_JOINT_ROOTS = frozenset({"03", "04", "05", "06"})


def _caller(trigger: Token, g: Grammar) -> bool:
    """"A called B", "A phoned B": a calling verb with a direct object names who placed the call,
    so its parties stay source and target (as annotators mark them), unlike "A spoke with B"."""
    return g.lemma(trigger) in g.calling_verbs and any(
        c.dep_ in ("dobj", "oprd") for c in dependents(trigger))


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

    def with_trigger(self, trigger: TextSpan | None) -> Arguments:
        """These arguments with ``trigger`` as the trigger's word (``dataclasses.replace`` spelt out: it
        looks every field up by name first, once per sentence read)."""
        return Arguments(sources=self.sources, targets=self.targets, reciprocal=self.reciprocal,
                         trigger=trigger)


def _spans(tokens: list[Token], reciprocal: bool = False, bare: frozenset[int] = frozenset(),
           things: bool = True) -> tuple[TextSpan, ...]:
    """Phrase spans of ``tokens`` and their conjuncts; a token in ``bare`` without what follows it.

    Args:
        things: a conjunct that names no party or people is a span of its own; without it, a direct
            object's such conjunct belongs to the first conjunct's patient ("seized rifles and trucks").
    """
    out: list[TextSpan] = []
    seen: set[int] = set()
    for t in tokens:
        # a pronoun conjunct ("between it and X") repeats a party named elsewhere
        conj = [x for x in conjuncts(t) if x.pos_ != "PRON"
                and (things or t.dep_ != "dobj" or actor_like(t) or actor_like(x) or people(x))]
        # "the Central African Republic (CAR) and the Democratic Republic of the Congo": the parser
        # may hang the next conjunct on a bracketed acronym
        conj += [x for a in dependents(t) if a.dep_ == "appos" and a.i > t.i for x in conjuncts(a)
                 if x.pos_ != "PRON" and (things or t.dep_ != "dobj" or actor_like(x) or people(x))]
        if t.lemma_.lower() in argument_words().quantity_nouns:
            # "a large number of Syrians, Iraqis and Afghans": the counted parties' other conjuncts
            counted = _prep_objects(t, frozenset({"of"}))[:1]
            conj += [x for o in counted for x in conjuncts(o)
                     if x.pos_ != "PRON" and (actor_like(x) or people(x))]
        for c in (t,) if reciprocal else (t, *conj):
            if c.i not in seen and c.pos_ not in ("VERB", "AUX") and not is_time(c):
                seen.add(c.i)
                out.append(phrase_span(c, keep_coordination=reciprocal, complements=c.i not in bare))
    return tuple(sorted(out, key=lambda s: s.start))


def _directed(verb: Token, obj: Token | None, g: Grammar) -> bool:
    """The verb acts on a direct object or passive subject, other than the event noun of a light verb
    ("held talks", "launched an attack")."""
    event_noun = obj if obj is not None and g.lemma(verb) in g.light_verbs else None
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("dobj", "nsubjpass") and (event_noun is None or c.i != event_noun.i)
        for c in dependents(verb)
    )


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
    if headline_verb(verb):
        return [verb.head]
    if apposed_participle(verb) is not None:
        return []  # "sailors, held captive for months, were freed": the participle names no doer
    subs, _ = subject_of(verb, g)
    out: list[Token] = []
    for s in subs:
        if s.lower_ in _ANAPHORS:
            # "X says it has killed ...": the pronoun stands for the reporting clause's subject.
            ante = _antecedent(s, verb, g)
            out.append(ante if ante is not None else s)
        elif s.pos_ not in ("VERB", "AUX"):
            out.append(s)
    if not out and is_passive(verb):
        # "UN sanctions against Iran were lifted": the measure's author lifts it
        out = [c for n in authored_measures(verb) for c in dependents(n)
               if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < n.i and actor_like(c)][:1]
    return out


def _verb_targets(
    verb: Token, pat: Pattern | None, obj: Token | None, g: Grammar, event_nouns: frozenset[str] = frozenset()
) -> list[Token]:
    """Patient noun phrases of a verb trigger, most specific slot first."""
    described = apposed_participle(verb)
    if described is not None:
        return [described]
    if is_passive(verb):
        subj = [c for c in dependents(verb) if c.dep_ == "nsubjpass"]
        if subj and obj is not None and subj[0].i == obj.i:
            # "UN sanctions against X were lifted": the pattern's own measure as subject acts on
            # whom it is against, not on its author named in front of it
            inner = _party_objects(subj[0], g.target_preps - {"from", "with"})
            if inner:
                return inner[:1]
        if subj:
            return subj[:1]
        if verb.dep_ == "acl":
            return [verb.head]
    elif verb.dep_ == "acl" and verb.tag_ == "VBN" and not headline_verb(verb):
        return [verb.head]  # "the diplomats expelled by Russia"

    # "let free the activist", "let free 74 leaders": the pattern's own word, read as a clause of its
    # own, carries the patient as its object (or, before a plural, its subject)
    freed = [o for c in dependents(verb) if c.dep_ == "ccomp" and pat is not None and c.lower_ in pat.words
             for o in dependents(c) if o.dep_ in ("dobj", "nsubj") and o.i > c.i]
    if freed:
        return freed[:1]
    # never the pattern's own prepositional object ("beat to +death": death is how, not whom)
    own_word = obj.i if obj is not None and obj.dep_ == "pobj" else -1

    def prep_objects(tok: Token, preps: frozenset[str]) -> list[Token]:
        # "met on the sidelines of the APEC summit": the edge of a meeting is where the act took
        # place, never a party it acts on (nor is the body that holds the meeting)
        return [o for o in _party_objects(tok, preps, own_word) if g.lemma(o) not in g.margin_nouns]

    # An event noun as object is not the patient ("launched an operation against X", "expressed
    # concern"): a light verb's object, or an object that is itself a nominal trigger.
    event_noun = -1
    if obj is not None and (g.lemma(verb) in g.light_verbs or obj.lemma_.lower() in event_nouns
                            or (pat is not None and pat.notarget)):
        event_noun = obj.i
    # a pattern's preposition of place is a place ("met in Rome"), except for travel, where it is the
    # destination ("arrived in Mali" visits Mali)
    preps = frozenset(w for w in (pat.words if pat else ())
                      if w not in g.location_preps or pat is not None and pat.code in g.destination_codes)
    if preps:
        # "called for Canada to lower its tariffs": the pattern's preposition opens a clause, whose
        # subject is who is asked to act
        hit = prep_objects(verb, preps) or _clause_subject(verb, preps)
        if hit:
            # "pushed the Congress for reforms", "accused X of Y": the pattern's preposition names
            # what is asked or charged; a party as direct object is who is addressed
            addressed = [] if any(_names_party(h) for h in hit) else [
                c for c in dependents(verb) if c.dep_ == "dobj" and not is_time(c) and _names_party(c)]
            return (addressed or hit)[:1]
    if obj is not None and (obj.i == event_noun and responds_to(verb, obj, pat, g)
                            or answered(verb, obj, pat, g)):
        # "rejected a request by X", "welcomed X's offer": answering someone's act acts on that act;
        # the object names it with its author, unless it is aimed at a party ("a request for X").
        aimed = [] if rejected_thing(obj) else [
            o for o in prep_objects(obj, g.target_preps - {"from"}) if actor_like(o)]
        return aimed[:1] or [obj]
    if obj is not None and obj.dep_ == "dobj" and obj.i != event_noun and (
            people(obj) or actor_like(obj) and pat is not None and pat.code[:2] not in _MOVING_ROOTS):
        # "released 12 prisoners to X", "summoned the Iranian ambassador to the ministry": the people or
        # party acted on, not where they go
        return [obj]
    if obj is not None and obj.i == event_noun:
        # "gave Iran an ultimatum over ...": the party an act is handed to
        given = [c for c in dependents(verb) if c.dep_ == "dative" and c.pos_ != "ADP" and actor_like(c)]
        if given:
            return given[:1]
    if obj is not None:
        # "launched an assault on X", "rejected accusations by X": the object's own target (or, for
        # an event noun, its agent), else the verb's, else the lexical object when it is the patient.
        own = g.target_preps | g.agent_preps if obj.i == event_noun else g.target_preps
        # beside a lexical patient, the verb's "with" names an instrument unless it names a party
        # ("pounded X with airstrikes", but "closed its borders with X")
        # the object's apposition names the same act ("an operation, Operation X, against Y")
        hit = prep_objects(obj, own) or [
            o for ap in dependents(obj) if ap.dep_ == "appos" for o in prep_objects(ap, own)] or [
            o for o in prep_objects(verb, g.target_preps)
            if obj.i == event_noun or o.head.lower_ != "with" or actor_like(o)]
        if not hit and obj.i == event_noun:
            # "lifted the ban imposed on X": the target of the participle on the event noun;
            # "lifted the restrictions between it and X": whoever besides the subject it binds
            hit = [o for c in dependents(obj) if c.dep_ == "acl" and c.tag_ == "VBN"
                   for o in prep_objects(c, g.target_preps)]
            if not hit and not (pat is not None and pat.reciprocal):
                hit = [o for x in prep_objects(obj, g.between_preps) for o in (x, *conjuncts(x))
                       if o.pos_ != "PRON"]
        if not hit and obj.pos_ == "NOUN" and pat is not None and pat.code.startswith(
                argument_words().reaction_roots):
            # "welcomed the truce agreed between A and B", "praised the deal signed by X": the
            # parties of the participle clause on the object (parsed as acl, or as a ccomp with
            # the object its subject)
            hit = [o for c in participle_clauses(obj)
                   for x in prep_objects(c, g.between_preps | g.agent_preps) for o in (x, *conjuncts(x))
                   if o.pos_ != "PRON" and actor_like(o)]
        if not hit and obj.i == event_noun and any(c.dep_ == "poss" for c in dependents(obj)):
            # "lifted its blockade of X": with its agent as possessor, an event's "of" is its patient
            hit = prep_objects(obj, frozenset({"of"}))
        if not hit and obj.i == event_noun and verb.pos_ in ("VERB", "AUX"):
            # "denied charges by X" parsed with "by X" on the (active) verb: the charges' author;
            # a counted "by" phrase says how ("by a 286-344 vote")
            hit = [o for o in prep_objects(verb, g.agent_preps)
                   if not any(c.dep_ == "nummod" or c.ent_type_ == "CARDINAL" for c in dependents(o))]
        if not hit and obj.i == event_noun and g.lemma(verb) in g.light_verbs:
            # "issued a statement urging X to ...", "released a report condemning X": what the
            # message does, through the participle on it, names whom it is addressed to or about
            hit = [x for c in dependents(obj) if c.dep_ == "acl" and c.tag_ == "VBG"
                   and (g.lemma(c) in g.speech_verbs or _asking(c, g))
                   for x in _verb_targets(c, None, None, g, event_nouns) if actor_like(x)]
        if not hit and obj.i == event_noun:
            # "expressed optimism about X", "voiced concern on Monday over X": what an attitude is
            # about ("at" and "of" only on the noun: on the verb they say where or whose).
            hit = (prep_objects(obj, argument_words().attitude_preps - {"of"})
                   or prep_objects(verb, argument_words().attitude_preps - {"of", "at"})
                   or topic_subject(obj) or topic_subject(verb)
                   or _gerund_topic(obj, verb, g, event_nouns))
        if hit:
            return hit[:1]
    dobj = [c for c in dependents(verb)
            if c.dep_ in ("dobj", "dative") and not is_time(c) and c.i != event_noun]
    dobj = dobj or misread_object(verb)
    if dobj and _bare(dobj[0]):
        # "sought refuge in X", "took shelter in X": a bare noun completes the verb's meaning; where it
        # happens, if a party, is what the act bears on; "seek support from X": the party it is from
        return _where_or_whom(verb, dobj[0], g) or [
            o for o in _party_objects(dobj[0], g.target_preps | g.agent_preps) if actor_like(o)][:1]
    if dobj and dobj[0].lemma_.lower() in event_nouns and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in dependents(dobj[0])):
        # "intensified its shelling of X and Y": an act of the subject's own, named as the object, acts
        # on what it is done to
        inner = _party_objects(dobj[0], (g.target_preps - {"from"}) | {"of"})
        if inner:
            return inner[:1]
    if dobj:
        return dobj[:1]
    if pat is not None and pat.code.startswith(argument_words().aid_codes):
        # "helped Haiti cope with the flood": whom aid lets act is the subject of the clause it governs
        helped = [s for c in dependents(verb) if c.dep_ == "ccomp" for s in dependents(c)
                  if s.dep_ == "nsubj" and (actor_like(s) or _named_country(s, []) is not None)]
        if helped:
            return helped[:1]
    hit = prep_objects(verb, g.target_preps)
    if hit:
        return hit[:1]
    if obj is not None and obj.dep_ != "pobj" and obj.i != event_noun:
        return [obj]
    for c in dependents(verb):
        if c.dep_ == "acomp":
            # "is skeptical about X", "remains pessimistic over X", "is skeptical the plan will work"
            hit = prep_objects(c, argument_words().attitude_preps) or topic_subject(c) or topic_subject(verb)
            if hit:
                return hit[:1]
    if pat is not None and pat.code[:2] == "14":
        # "went on strike to protest the new law": what the protest is against
        hit = _protested(verb, g)
        if hit:
            return hit
    # "filed a complaint in a Paris court against X": whom the act is against, wherever the parser
    # hung it inside the clause's phrases, comes before where it was done
    found = _against_inside(verb) or _where_or_whom(verb, obj if event_noun >= 0 else None, g)
    if not found and obj is not None and obj.i == event_noun and verb.pos_ in ("VERB", "AUX"):
        # "imposed a curfew in parts of the old city": the area a measure covers, named or not;
        # never another act ("declared a truce in a bid to ...")
        area = measure_place(verb, obj, event_nouns | argument_words().request_nouns)
        found = [area] if area is not None else []
    return found


def _against_inside(verb: Token) -> list[Token]:
    """The object of an "against" nested in the verb's noun phrases and prepositions, not in a clause."""
    if "against" not in word_set(verb.doc):
        return []  # most texts have no "against": the subtree (every word a new token) is not walked
    for p in verb.subtree:
        if p.dep_ != "prep" or p.lower_ != "against" or p.head.i == verb.i:
            continue
        cur = p.head
        while cur.i != verb.i and cur.dep_ in ("prep", "pobj", "dobj", "appos", "conj", "compound"):
            cur = cur.head
        if cur.i == verb.i:
            return [o for o in dependents(p) if o.dep_ == "pobj" and not is_time(o)][:1]
    return []


def _gerund_topic(noun: Token, verb: Token, g: Grammar, event_nouns: frozenset[str]) -> list[Token]:
    """What an attitude is about when it is an act ("pessimism about holding talks with X" -> X,
    "optimism over reaching a deal"): the act's patient, or the party it involves."""
    preps = argument_words().attitude_preps - {"of"}
    for head in (noun, verb):
        for p in dependents(head):
            if p.dep_ != "prep" or p.lower_ not in preps:
                continue
            for act in (c for c in dependents(p) if c.dep_ == "pcomp" and c.tag_ == "VBG"):
                objs = _verb_targets(act, None, None, g, event_nouns)
                return [party(o, act, g, event_nouns) for o in objs[:1]]
    return []


def _protested(head: Token, g: Grammar) -> list[Token]:
    """What a clause of protest on ``head`` is against ("... to protest X", "..., protesting X",
    "... to protest against X")."""
    for c in dependents(head):
        if c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_.lower() in argument_words().protest_verbs:
            hit = [o for o in dependents(c) if o.dep_ == "dobj" and not is_time(o)]
            hit = hit or _party_objects(c, frozenset({"against"}))
            if hit:
                return hit[:1]
    return []


def _clause_subject(verb: Token, marks: frozenset[str]) -> list[Token]:
    """The noun subject of a clause of the verb introduced by one of ``marks`` ("for X to ...")."""
    for c in dependents(verb):
        if c.dep_ in ("advcl", "ccomp", "xcomp") and any(m.dep_ == "mark" and m.lower_ in marks
                                                        for m in dependents(c)):
            subs = [s for s in dependents(c)
                    if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ in ("NOUN", "PROPN")]
            if subs:
                return subs[:1]
    return []


def _received(verb: Token, thing: Token, code: str, g: Grammar) -> Token | None:
    """Who receives a thing a transfer hands over, named on the verb or inside the thing's own
    phrase ("returned the statue to Peru"), never in a clause further on."""
    if not code.startswith(argument_words().transfer_codes):
        return None
    # the parser hangs a late destination inside a long object; the last one is the transfer's
    # ("skulls that date back to A.D. 640 to Peru"), not one of a verb or adverb inside it
    inside = [w for w in thing.subtree if w.dep_ == "pobj" and w.head.lower_ in g.destination_preps
              and w.head.head.pos_ not in ("VERB", "ADV")]
    # "given back to Peru": the destination may hang on the verb's particle
    heads = [verb, *(c for c in dependents(verb) if c.dep_ in ("prt", "advmod"))]
    for o in [*(o for h in heads for o in _party_objects(h, g.destination_preps)), *reversed(inside)]:
        if not is_time(o) and (actor_like(o) or referring(o) and not amount(o)):
            return o
    if code.startswith(argument_words().return_codes):
        # "will return the trucks they seized from the army": given back to whom it was taken from
        # (a party, people or a definite owner; not "captured from illegal trade")
        for o in taken_from(thing):
            if actor_like(o) or people(o) or o.pos_ == "NOUN" and any(
                    c.dep_ in ("det", "poss") for c in dependents(o)):
                return o
    return None


def _thing(tok: Token) -> bool:
    """A common noun that is neither people nor itself a named party ("a Peruvian statue")."""
    return tok.pos_ == "NOUN" and tok.ent_type_ not in ACTOR_ENTS and not people(tok)


def _bare(tok: Token) -> bool:
    """A singular common noun with no determiner or modifier ("refuge", "shelter", "control"): part of
    a fixed verb phrase, not something or someone acted on."""
    return tok.tag_ == "NN" and not referring(tok) and not actor_like(tok) and not people(tok)


def _names_party(tok: Token) -> bool:
    """The phrase names a party at its head or through "of" ("the Governor of Arizona")."""
    return actor_like(tok) or party_in(tok, frozenset({"of"})) is not None


def _where_or_whom(verb: Token, event_noun: Token | None, g: Grammar) -> list[Token]:
    """Last resort for an event with no patient: a party it is for ("sent aid to help X") or the
    place it happens in, when that place names a party ("resigned amid unrest in X")."""
    purposes = [c for c in dependents(verb) if c.dep_ in ("xcomp", "advcl") and c.tag_ in ("VB", "VBG")]
    # "considering sending aid to help X": one clause deeper
    purposes += [d for c in purposes for d in dependents(c)
                 if d.dep_ in ("xcomp", "advcl") and d.tag_ == "VB"]
    for c in purposes:
        objs = [o for o in dependents(c) if o.dep_ == "dobj" and actor_like(o)]
        if objs:
            return objs[:1]
    # "resigned as president of X": the party a role held is of
    for role in _prep_objects(verb, frozenset({"as"})):
        inner = party_in(role, g.actor_preps - g.location_preps | frozenset({"of"}))
        if inner is not None:
            return [inner]
    for head in (verb, event_noun):
        if head is None:
            continue
        for o in _prep_objects(head, g.location_preps):
            if not is_time(o) and named_place(o):
                return [o]
    if event_noun is None and verb.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in _OBJECT_DEPS for c in dependents(verb)):
        # an act with no object at all ("resigned after protests calling for his removal in X"): the
        # named country or region its clause is set in, wherever the parser hung it
        deep = [o for o in places_after(verb, g.location_preps) if o.ent_type_ in ("GPE", "LOC")]
        if deep:
            return deep[:1]
    return []


def _reported_target(verb: Token, g: Grammar, depth: int = 0) -> list[Token]:
    """Who a report is about: the reported clause's subject ("X said Y must withdraw"), or, when that
    subject is the speaker again ("X said it will free Y"), the reported clause's patient, or what the
    speaker's own hope or expectation is about ("X said they hoped Y would ...")."""
    for c in dependents(verb):
        if c.dep_ != "ccomp":
            continue
        subs, _ = subject_of(c, g)
        subs = [t for t in subs if t.pos_ not in ("VERB", "AUX")]
        if subs and subs[0].lower_ not in _ANAPHORS and subs[0].pos_ != "PRON":
            return subs[:1]
        own = _verb_targets(c, None, None, g)[:1]
        if not own and subs:
            # "X said it will refuse to comply with Y": the act the reported verb governs
            own = [t for x in dependents(c) if x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX")
                   for t in _verb_targets(x, None, None, g) if actor_like(t) or any(
                       c.dep_ == "poss" and actor_like(c) for c in dependents(t))][:1]
        if not own and depth == 0 and subs:
            return _reported_target(c, g, depth + 1)
        return own
    return []


def _party_objects(tok: Token, preps: frozenset[str], own_word: int = -1) -> list[Token]:
    """Objects of ``tok``'s prepositions in ``preps`` that can be parties: no time phrase, and not the
    token ``own_word`` that belongs to the pattern itself."""
    return [o for o in _prep_objects(tok, preps) if not is_time(o) and o.i != own_word]


def _noun_arguments(
    noun: Token, g: Grammar, mutual: bool = True
) -> tuple[list[Token], list[Token], list[Token]]:
    """Sources, targets and reciprocal parties of a nominal trigger ("Kim's visit to Beijing")."""
    # "a mediation effort between A and B": the phrase the trigger modifies carries its parties.
    phrase = noun.head if noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN") else noun
    between = _party_objects(noun, g.between_preps) or _party_objects(phrase, g.between_preps)
    if not between and (onset := intransitive_head(noun)) is not None:
        # "fighting broke out between A and B", "clashes erupted between A and B": the parties of an
        # event noun that is the subject of an intransitive verb of onset or course hang on that verb
        between = _party_objects(onset, g.between_preps)
    between = list(dict.fromkeys(b for x in between for b in (x, *conjuncts(x))))
    if len(between) >= 2:
        if mutual:
            return [], [], between
        # "mediation between A and B": both are what a third party acts on
        sources = _party_objects(noun, g.agent_preps) or [c for c in dependents(noun) if c.dep_ == "poss"]
        clause = clause_verb(noun)
        if not sources and clause is not None:
            sources = _sources(clause, g)
        return sources, between, []
    sources = _party_objects(noun, g.agent_preps)
    if not sources:
        sources = [c for c in dependents(noun) if c.dep_ == "poss"]
    targets = _party_objects(noun, g.target_preps - {"from"})[:1]
    clause = clause_verb(noun) or _predicate_of(noun)
    if clause is not None:
        if sources and all(t.pos_ == "PRON" for t in sources):
            # "North Korea reiterated its demand": a possessive pronoun stands for the clause's subject
            sources = _sources(clause, g) or sources
        if not sources:
            sources = _sources(clause, g)
        if not targets:
            targets = [t for t in _verb_targets(clause, None, noun, g) if t.i != noun.i][:1]
    if not targets:
        # "began a hunger strike, protesting the new law": what a protest noun is against
        targets = _protested(noun, g) or (_protested(clause, g) if clause is not None else [])
    if phrase.i != noun.i and (not targets or targets[0].i == phrase.i):
        # "launched a mediation effort to end the rift between A and B", "... designed to help A and
        # B": the parties the act's purpose names, rather than the act's own phrase
        targets = _purpose_parties(phrase, g) or targets
    elif noun.dep_ in ("nsubj", "nsubjpass") and not targets:
        # "The strike on X killed ...": a subject noun's patients are the clause's objects.
        targets = [c for c in dependents(noun.head) if c.dep_ == "dobj"][:1]
    if not targets:
        # "mass killings in northern Mexico": the party where it happens
        targets = [o for o in _party_objects(noun, g.location_preps) if actor_like(o)][:1]
    return sources, targets, []


def _purpose_parties(noun: Token, g: Grammar) -> list[Token]:
    """The parties a purpose clause on a noun names: those between whom something is ("to end the
    rift between A and B"), else those it helps ("designed to help A and B reach a deal")."""
    for c in dependents(noun):
        if c.dep_ not in ("acl", "relcl") or c.pos_ not in ("VERB", "AUX"):
            continue
        between = [o for x in c.subtree for o in _party_objects(x, g.between_preps) if o.pos_ != "PRON"]
        if between:
            return between[:1]
        for v in (c, *(x for x in dependents(c) if x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX"))):
            hit = helped(v)
            if hit:
                return hit
    return []


def _predicate_of(noun: Token) -> Token | None:
    """The verb of a predicate adjective a noun trigger completes ("X is responsible for killings",
    "X is ready for talks"), whose subject is the trigger's agent."""
    prep = noun.head
    adj = prep.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or adj.pos_ != "ADJ" or adj.dep_ not in ("acomp", "xcomp"):
        return None
    return adj.head if adj.head.pos_ in ("VERB", "AUX") else None


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
    content = _fronted_content(trigger, g)
    if content is not None:
        # "A will meet B in Paris, A's office said": the report is about the fronted event
        return arguments_of(content, None, None, g, event_nouns).with_trigger(_word(trigger))
    if trigger.pos_ in ("NOUN", "PROPN") and (pat is None or pat.kind == "noun"):
        src, tgt, rec = _noun_arguments(trigger, g, mutual=pat is None or pat.reciprocal)
    else:
        src = _sources(trigger, g)
        if pat is not None and pat.code in g.responsibility_codes:
            tgt = claimed_target(trigger, obj, g)
        else:
            tgt = _verb_targets(trigger, pat, obj, g, event_nouns)
        if not tgt and g.lemma(trigger) in g.speech_verbs:
            tgt = _reported_target(trigger, g)
        if not tgt and pat is not None and pat.code.startswith(argument_words().settled_codes):
            # "called off the strike after an agreement with the government": who it was settled with
            tgt = _settled_with(trigger, g, event_nouns)
        if not tgt and pat is not None and pat.code[:2] >= _SHARED_FROM:
            # "rejected and condemned X's decision": verbs joined before one object share it
            tgt = _shared_object(trigger)
        if pat is not None and not any(actor_like(t) for t in tgt):
            # "sent experts to Morocco to investigate the crash": those sent act where they were sent
            tgt = dispatched_to(trigger, g)[:1] or tgt
        if pat is not None and not any(actor_like(t) for t in tgt):
            # "imposed sanctions in relation to Mali": what the act concerns, named by a complex preposition
            heads = [trigger, *(c for c in dependents(trigger) if c.dep_ == "dobj")]
            tgt = [o for o in concerning(heads) if actor_like(o)][:1] or tgt
        if pat is not None and pat.code[:2] == "01" and _refused(trigger, g):
            # "declined to comment on the bill": a comment not made is about nothing acted on;
            # only a party it would have been about remains
            tgt = [t for t in tgt if actor_like(t)]
        rec = []
        if pat is None and _joint_governor(trigger, src, g, event_nouns):
            # "A and B agreed to give concessions": the governing verb's family is cooperation
            return Arguments(reciprocal=_spans(src[:1], reciprocal=True), trigger=_word(trigger))
    return _arguments(trigger, src, tgt, rec, pat, obj, g, event_nouns).with_trigger(_word(trigger))


def _asking(verb: Token, g: Grammar) -> bool:
    """The verb governs what someone is asked or warned to do ("urging X to", "calling on X to")."""
    comp = g.complements.get(g.lemma(verb))
    return comp is not None and comp.family is not None and comp.family[:2] <= "13"


def _settled_with(verb: Token, g: Grammar, event_nouns: frozenset[str]) -> list[Token]:
    """The party of the agreement after which a concession was made ("after (reaching) an agreement
    with X"): the act or its gerund under "after" or "following", and that act's "with" party."""
    acts = [x for p in dependents(verb) if p.dep_ == "prep" and p.lower_ in ("after", "following")
            for o in dependents(p) if o.dep_ in ("pobj", "pcomp")
            for x in (o, *(d for d in dependents(o) if d.dep_ == "dobj"))]
    return [w for a in acts if a.lemma_.lower() in event_nouns
            for w in _party_objects(a, frozenset({"with"})) if actor_like(w)][:1]


def _shared_object(verb: Token) -> list[Token]:
    """The object of the next coordinated verb when ``verb`` has none of its own and that verb has no
    subject of its own ("A rejects and condemns B's decision")."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in _OBJECT_DEPS or c.dep_ in ("prep", "agent")
                                               for c in dependents(verb)):
        return []
    for c in dependents(verb):
        if (c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i
                and not any(x.dep_ in ("nsubj", "nsubjpass") for x in dependents(c))):
            objs = [o for o in dependents(c) if o.dep_ == "dobj" and not is_time(o)]
            if objs:
                return objs[:1]
    return []


def _refused(verb: Token, g: Grammar) -> bool:
    """The verb is the complement of a refusal ("declined to comment", "refused to say")."""
    comp = g.complements.get(g.lemma(verb.head)) if verb.dep_ == "xcomp" else None
    return comp is not None and comp.modality == "negated"


def _joint_governor(verb: Token, src: list[Token], g: Grammar, event_nouns: frozenset[str]) -> bool:
    """A coordinated subject of a governing verb of cooperation ("A and B agreed to ...") whose
    embedded act names no party it acts on acts together."""
    comp = g.complements.get(g.lemma(verb))
    if comp is None or comp.family is None or comp.family[:2] not in _JOINT_ROOTS:
        return False
    if not (src and group(src[0])) or verb.pos_ not in ("VERB", "AUX"):
        return False
    inner = [c for c in dependents(verb) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    return bool(inner) and not _embedded_party(verb, g, event_nouns)


def _embedded_party(verb: Token, g: Grammar, event_nouns: frozenset[str]) -> bool:
    """The act a verb governs ("agreed to lift tariffs on X") names a party it acts on."""
    for inner in (c for c in dependents(verb) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")):
        # the parser may hang "on X" on the verb: "lift tariffs on X" acts on X either way
        objs = [*_verb_targets(inner, None, None, g, event_nouns), *_prep_objects(inner, g.target_preps)]
        if any(actor_like(t) or actor_like(party(t, inner, g, event_nouns)) for t in objs):
            return True
    return False


def _fronted_content(verb: Token, g: Grammar) -> Token | None:
    """The clause a speech verb reports when it comes first ("X will meet Y, officials said")."""
    if verb.pos_ not in ("VERB", "AUX") or g.lemma(verb) not in g.speech_verbs:
        return None
    for c in dependents(verb):
        if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i and c.pos_ in ("VERB", "AUX"):
            return c
    return None


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
        if (src and conjuncts(src[0]) and not _directed(trigger, obj, g)
                and not _embedded_party(trigger, g, event_nouns)):
            # "A and B met", "A and B clashed": the coordinated group, one span.
            return Arguments(reciprocal=_spans(src[:1], reciprocal=True))
        if tgt and src and pat is not None and pat.code[:2] in _MUTUAL_ROOTS and not _caller(trigger, g):
            # "A held talks with B", "A met B": both sides act, both are reciprocal parties.
            return Arguments(reciprocal=_spans([*src[:1], *tgt[:1]]))
    if (pat is not None and pat.code.startswith(argument_words().mutual_codes) and src and tgt
            and (tgt[0].dep_ == "pobj" and tgt[0].head.lower_ == "with" or tgt[0].dep_ == "dobj")
            and actor_like(tgt[0]) and tgt[0].lemma_.lower() not in event_nouns):
        # "A signed an agreement with B", "A hosted B": both are parties to what is done (not "A
        # welcomed B's visit")
        return Arguments(reciprocal=_spans([*src[:1], *tgt[:1]]))
    # The trigger's own noun is never its argument.
    tgt = [t for t in tgt if t.i != trigger.i]
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else clause_verb(trigger)
    direct = tgt[:1]
    # what a pattern's preposition asks for ("called for reform in X"): its place counts too
    asked = pat is not None and verb is not None and any(
        t.dep_ == "pobj" and t.head.head.i == verb.i and t.head.lower_ in pat.words
        and t.head.lower_ in _ASKING_PREPS for t in tgt[:1])
    # "rejected a request from X": an answered object stays as the verb chose it
    # "said that all political forces in X must ...": the subject of a reported clause is who is
    # spoken of, whole, not a place inside it
    # "will release a kidnapped volunteer to the Red Cross": whom a release of persons frees is who it
    # acts on, whatever word names them
    freed = pat is not None and pat.code.startswith(argument_words().person_codes)
    kept = frozenset(t.i for t in tgt[:1] if verb is not None and (
        answered(verb, t, pat, g) or t.dep_ == "nsubj" and t.head.i != verb.i and t.head.dep_ == "ccomp"
        or freed and t.dep_ in ("dobj", "nsubjpass") and t.head.i == verb.i and t.pos_ in ("NOUN", "PROPN")
        # "the diplomats expelled by Russia": the noun the trigger's participle modifies is the patient;
        # the participle's own agent is its source, never a party inside the patient
        or verb.dep_ == "acl" and t.i == verb.head.i and t.pos_ in ("NOUN", "PROPN")))
    if (pat is not None and verb is not None and verb.pos_ in ("VERB", "AUX") and tgt
            and tgt[0].i not in kept and tgt[0].head.i == verb.i and tgt[0].dep_ in ("dobj", "nsubjpass")
            and _thing(tgt[0]) and not pat.code.startswith(argument_words().person_codes)):
        # "returned a portrait by painter X to its owner", "a Peruvian statue was returned to Peru": who
        # receives a thing comes before anyone named inside it
        got = _received(verb, tgt[0], pat.code, g)
        if got is not None:
            kept = kept | {got.i}
            tgt = [got]
    tgt = [t if t.i in kept else party(t, verb, g, event_nouns, places=asked) for t in tgt[:1]]
    tgt = [served_place(t, g) or t for t in tgt]
    if (obj is not None and verb is not None and verb.pos_ in ("VERB", "AUX") and tgt
            and tgt[0].i not in kept and pat is not None and pat.code[:2] not in _FORCE_ROOTS
            and measure(tgt[0], obj)):
        # "lifted a state of emergency in X", "laid down arms in X": the pattern's own word names the
        # measure, not a patient; where it applies, when that names a place, is what it acts on
        tgt = _where_or_whom(verb, tgt[0], g) or tgt
    if pat is not None and verb is not None and verb.pos_ in ("VERB", "AUX") and not any(
            actor_like(t) for t in tgt):
        # "sent supplies to Nepal": a thing handed over gives way to whoever receives it
        got = recipient(verb, tgt[0] if tgt else None, pat.code, g)
        tgt = [got] if got is not None else tgt
    elif (pat is not None and verb is not None and verb.pos_ in ("VERB", "AUX")
          and pat.code.startswith(argument_words().handover_codes)
          and any(actor_like(o) for o in _party_objects(verb, g.destination_preps))):
        # "extradited the preacher to the US": who the person is handed to
        tgt = [o for o in _party_objects(verb, g.destination_preps) if actor_like(o)][:1]
    elif (pat is not None and verb is not None and pat.code.startswith(argument_words().deploy_codes)
          and tgt and tgt[0].dep_ == "dobj" and tgt[0].head.i == verb.i):
        # "deployed Russian paratroopers to Belarus": forces sent somewhere act on where they go
        dest = [o for o in _party_objects(verb, g.destination_preps) if actor_like(o)]
        tgt = dest[:1] or tgt
    if tgt and all(amount(t) for t in tgt):
        # "launched an appeal for $80 million to help X": a sum is never who is acted on
        tgt = _where_or_whom(verb, None, g) if verb is not None and verb.pos_ in ("VERB", "AUX") else []
    if (pat is not None and pat.code[:2] in _JOINT_ROOTS and src and group(src[0])
            and not any(aimed_at(t) for t in (*direct, *tgt))
            and not _embedded_party(trigger, g, event_nouns)):
        # "A and B agreed to share data", "the A and B navies began an exercise": parties that
        # cooperate on something that is no third party act together, as one reciprocal group.
        return Arguments(reciprocal=_spans(src[:1], reciprocal=True))
    # "rejected U.S. calls for a ceasefire": an answered act is named by its author and head noun
    bare = frozenset(t.i for t in tgt if verb is not None and t.head.i == verb.i
                     and (t.lemma_.lower() in event_nouns or t.i in kept)
                     and responds_to(verb, t, pat, g))
    tgt = [_named_country(t, src) or t for t in tgt]
    if verb is not None and tgt and tgt[0].pos_ == "PRON":
        # "called X and urged him to ...": an object pronoun stands for the earlier verb's object
        ante = [o for o in antecedent_objects(tgt[0], verb) if o.pos_ in ("NOUN", "PROPN")] or (
            # "called X" may be parsed as naming X (an object predicate)
            [o for o in dependents(verb.head) if o.dep_ == "oprd" and o.i < verb.i and o.pos_ == "PROPN"]
            if tgt[0].lower_ in _OBJECT_ANAPHORS and tgt[0].head.i == verb.i
            and verb.dep_ in ("conj", "advcl") else [])
        tgt = ante[:1] or tgt
    return Arguments(sources=_spans(src), targets=_spans(tgt, bare=bare, things=False))


def _named_country(tok: Token, src: list[Token]) -> Token | None:
    """The country named earlier in the sentence that "the country" stands for, outside the source."""
    if tok.lemma_.lower() not in argument_words().country_nouns or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in dependents(tok)):
        return None
    taken = {x.i for s in src for x in s.subtree}
    sent = tok.sent
    named = [e for e in sent.ents if e.label_ == "GPE" and e.end <= tok.i and e.root.i not in taken]
    return named[-1].root if named else None
