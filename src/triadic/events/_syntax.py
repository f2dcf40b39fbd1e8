"""Dependency-tree helpers: subjects, objects, control chains and the actors a noun phrase names."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Protocol

from spacy.tokens import Token

from triadic.actors import boundary_place
from triadic.events._arg_phrases import argument_words
from triadic.events._patterns import Grammar, shipped_patterns
from triadic.events._tree import conjuncts, dependents, has_to, token_memo
from triadic.model import Actor

__all__ = [
    "MentionLike",
    "distinct_parties",
    "manner_of_force",
    "MentionIndexLike",
    "is_passive",
    "subject_of",
    "held_stance",
    "clause_verb",
    "actors_of",
    "in_place_phrase",
    "ended_act",
    "side_of",
    "on_side",
    "regional_to_centre",
    "prep_objects",
    "agent_objects",
    "preps_of",
    "controllers",
    "mandative",
    "asks_for_act",
    "delayed_complement",
    "agreed_object",
    "shares_governor",
    "reporting_verb_of",
    "names_own_doer",
    "named_owners",
    "that_marked",
    "verb_complement",
    "participle_clauses",
    "misread_relative",
    "misread_subject",
    "intransitive_head",
]

SUBJ_DEPS = frozenset({"nsubj", "csubj"})
# Relative pronouns that can be a relative clause's own subject ("the deal that was signed").
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose", "what"})
PASSIVE_SUBJ_DEPS = frozenset({"nsubjpass", "csubjpass"})
# what a sentence's opening noun phrase can be in a misparse that hides its verb (``misread_subject``)
_OPENING_DEPS = frozenset({"ROOT", "nsubj", "advcl", "ccomp", "dep", "npadvmod"})


class MentionLike(Protocol):
    """What the coder needs of an actor mention (``triadic.actors.Mention`` satisfies it)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def start_char(self) -> int: ...
    @property
    def end_char(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def actor(self) -> Actor: ...


class MentionIndexLike(Protocol):
    """What the coder needs of the actor index (``triadic.actors.MentionIndex`` satisfies it)."""

    def at(self, token_i: int) -> MentionLike | None: ...


def _voice(verb: Token) -> bool:
    for c in dependents(verb):
        if c.dep_ in _PASSIVE_MARKS and not _means_agent(c):
            return True
    return False


def _means_agent(c: Token) -> bool:
    """A "by" the parser labelled agent whose object is a means ("spoke by phone with X", "travelled by
    road"): a means is no doer, so it does not make the verb passive."""
    if c.dep_ != "agent":
        return False
    objs = [g for g in dependents(c) if g.dep_ == "pobj"]
    return bool(objs) and all(g.lemma_.lower() in argument_words().means_nouns for g in objs)


_PASSIVE_MARKS = PASSIVE_SUBJ_DEPS | {"auxpass", "agent"}
# asked of the same verbs by the pattern matcher, the argument finders and the modality cues
_passive = token_memo(_voice)

# True for a passive verb ("was attacked by", "a deal brokered by Qatar").
# A ``by`` agent marks a passive also where there is no auxiliary: a participle on a noun ("the embargo
# imposed by the United States") or a clause the parser read as active ("the ceasefire agreed by Armenia
# and Azerbaijan"). The memo itself, not a function calling it: asked thousands of times per corpus.
is_passive: Callable[[Token], bool] = _passive


def held_stance(noun: Token, g: Grammar) -> bool:
    """``noun`` is a noun of intent or interest (``refusal_stance_nouns``) that a party holds: the object
    of a verb ("Turkey has no intention of ...", "sees no point in ..."), not a state of affairs ("there is
    no intention to ...")."""
    return (noun.pos_ == "NOUN" and g.lemma(noun) in g.refusal_stance_nouns and noun.dep_ == "dobj"
            and noun.head.pos_ in ("VERB", "AUX"))


def _hands_agents(verb: Token, g: Grammar) -> list[Token]:
    """The doer a passive names by the idiom "at the hands of X" ("civilians were killed at the hands
    of the security forces"): the same agent as a "by" phrase (``agent_hand_preps`` and
    ``agent_hand_nouns``)."""
    return [x for p in dependents(verb) if p.dep_ == "prep" and p.lower_ in g.agent_hand_preps
            for h in dependents(p) if h.dep_ == "pobj" and h.lower_ in g.agent_hand_nouns
            for o in dependents(h) if o.dep_ == "prep" and o.lower_ == "of"
            for x in dependents(o) if x.dep_ == "pobj"]


def subject_of(
    verb: Token, g: Grammar, seen: int = 0, passive_subject: bool = False
) -> tuple[list[Token], bool]:
    """Subject tokens of a verb and whether they were inherited from a governing clause.

    Follows coordination, control (xcomp), relative clauses (the modified noun) and participle
    clauses. For a passive verb the subject is the ``by`` agent; with ``passive_subject`` a passive
    verb without one gives its grammatical subject ("China is locked in a dispute with ...").
    """
    if seen > 6:
        return [], True
    if is_passive(verb):
        agents = [g2 for c in dependents(verb) if c.dep_ == "agent"
                  for g2 in dependents(c) if g2.dep_ == "pobj"] or _hands_agents(verb, g)
        if agents:
            return agents, False
        subs = [c for c in dependents(verb) if c.dep_ in PASSIVE_SUBJ_DEPS]
        if passive_subject and subs:
            return subs, False
        if subs or verb.dep_ in ("relcl", "acl"):
            # A passive without its agent names no doer ("were said to", "sanctions imposed on").
            return [], False
    else:
        subs = [c for c in dependents(verb) if c.dep_ in SUBJ_DEPS] or [
            # the parser sometimes hangs the subject on an auxiliary ("X have opposed")
            g2
            for c in dependents(verb)
            if c.dep_ == "aux"
            for g2 in dependents(c)
            if g2.dep_ in SUBJ_DEPS
        ]
        if subs:
            s = subs[0]
            if s.lower_ in g.relative_pronouns and verb.dep_ == "relcl":
                return [verb.head], False
            return [s], False
    dep = verb.dep_
    head = verb.head
    if head.i == verb.i:
        return [], False
    if dep == "relcl" or (dep == "acl" and not is_passive(verb) and verb.tag_ != "VBN"):
        return [head], False
    if dep == "xcomp":
        # Object control ("urged Seoul to talk"): the governing verb's object is the subject.
        comp = g.complements.get(g.lemma(head))
        if comp is not None and comp.object_control:
            objs = controllers(head, g)
            if objs:
                return objs, True
        if head.pos_ in ("ADJ",) and head.dep_ in ("acomp", "ROOT", "xcomp", "ccomp", "conj"):
            # "is unlikely to visit": climb over the adjective to its clause.
            return subject_of(head.head if head.dep_ == "acomp" else head, g, seen + 1)
        # Raising and passive control ("is expected to visit", "was forced to withdraw"): the
        # governing verb's grammatical subject is the actor.
        return subject_of(head, g, seen + 1, passive_subject=True)[0], True
    if dep in ("acomp", "oprd") and head.pos_ in ("VERB", "AUX"):
        return subject_of(head, g, seen + 1, passive_subject)[0], True
    if dep == "conj" and head.pos_ in ("VERB", "AUX"):
        speech = reporting_verb_of(verb, g)
        if speech is not None:
            # "Seoul said the new rules would harm its firms and urged Tokyo to ...": the speaker urged
            return subject_of(speech, g, seen + 1)[0], True
        return subject_of(head, g, seen + 1)[0], True
    if dep == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP"):
        # "expelled the envoy after Mexico granted asylum": the parser reads the conjunction as a
        # preposition and the clause's subject as its object
        first = min([verb.i, *(c.i for c in dependents(verb) if c.dep_ in ("aux", "neg"))])
        prev = verb.doc[first - 1] if first > 0 else None
        if (
            prev is not None
            and prev.dep_ == "pobj"
            and prev.head.dep_ == "prep"
            and prev.head.lower_ in g.subordinating_preps
            and prev.head.i < prev.i
        ):
            return [prev], False
    if dep in ("advcl", "ccomp") and verb.tag_ == "VBD" and head.dep_ in ("ROOT", "ccomp") and (
        (g.lemma(head) in g.affiliations
         and any(c.dep_ == "prep" and c.right_edge.i == verb.i - 1 for c in dependents(head)))
        # "Gunmen believed to belong to a cartel shot dead a candidate", "Men suspected of being
        # jihadists attacked ...": a participle of what the subject is thought to be, read the same way
        or (g.lemma(head) in g.hedged_identity_verbs and head.i < verb.i
            and any(c.dep_ in ("xcomp", "prep") and c.i > head.i and c.right_edge.i == verb.i - 1
                    for c in dependents(head)))
    ) and not any(c.dep_ in ("mark", "advmod") and c.i < verb.i for c in dependents(verb)):
        # "Insurgents linked to the Islamic State killed ten villagers": the parser takes the participle
        # naming whom the subject belongs to for the main verb and the act for its adverbial clause; the
        # act follows the participle's phrase with no conjunction of its own, so its doer is that subject
        # (the parser may also take the act for the participle's object clause, and the whole for what
        # a reporting verb says: "..., prosecutors said")
        subs = [c for c in dependents(head) if c.dep_ in SUBJ_DEPS]
        if subs:
            return subs, False
    if dep == "advcl" and (
        verb.tag_ in ("VBG", "VBN") or has_to(verb)
    ):
        # participle and purpose clauses ("sent rescuers to help Turkey") share the main subject
        return subject_of(head, g, seen + 1)[0], True
    if dep == "pcomp" and head.head.i != head.i:
        # "thanked Kim for releasing ...", "accused Seoul of violating ...": the object does it.
        gov = head.head
        if head.lower_ in g.subject_gerund_preps and gov.pos_ in ("VERB", "AUX"):
            # "killed dozens of men before setting fire to ...": a gerund of time is the subject's
            return subject_of(gov, g, seen + 1)[0], True
        objs = [c for c in dependents(gov) if c.dep_ in ("dobj", "dative")]
        if objs and gov.pos_ in ("VERB", "AUX"):
            return objs, True
        if held_stance(gov, g):
            # "Turkey has no intention of withdrawing", "has no interest in negotiating": who holds
            # the intent (the subject of the verb it is the object of) is who would act
            poss = [c for c in dependents(gov) if c.dep_ == "poss"]
            return poss or subject_of(gov.head, g, seen + 1)[0], True
        return subject_of(gov, g, seen + 1)[0], True
    return [], False


def controllers(verb: Token, g: Grammar) -> list[Token]:
    """Who an object-control verb asks or makes act: its object ("urged Seoul to"), or the object of
    a control preposition when it has none ("called on Iran to", "appealed to both sides to")."""
    objs = [c for c in dependents(verb) if c.dep_ in ("dobj", "dative")]
    return objs or prep_objects(verb, g.control_preps)


def clause_verb(tok: Token) -> Token | None:
    """The verb whose argument a noun trigger is ("held talks" → held), or None."""
    cur = tok
    for _ in range(4):
        dep = cur.dep_
        head = cur.head
        if head.i == cur.i:
            return None
        if dep in ("dobj", "attr", "nsubjpass", "oprd", "dative") and head.pos_ in ("VERB", "AUX"):
            return head
        if dep == "pobj" and head.dep_ == "prep":
            cur = head.head
            if cur.pos_ in ("VERB", "AUX"):
                return cur
            continue
        if dep in ("conj", "appos", "compound"):
            cur = head
            continue
        return None
    return None


def agent_objects(verb: Token) -> list[Token]:
    """The objects of a passive verb's "by" agent ("was drafted [by France]")."""
    return [o for a in dependents(verb) if a.dep_ == "agent" for o in dependents(a) if o.dep_ == "pobj"]


def prep_objects(tok: Token, preps: Iterable[str] | frozenset[str]) -> list[Token]:
    """Objects of ``tok``'s prepositions in ``preps``, coordinations included."""
    want = preps if isinstance(preps, frozenset) else frozenset(preps)
    out: list[Token] = []
    # ``preps_of(tok, want)`` read in place (asked some 20 times per sentence): each preposition's
    # objects, then those of its own prepositions when it has no object
    for word, c, inner in _prep_children(tok):
        if word in want:
            out.extend(_pobjects(c))
            for w, g, shared in inner:
                if w in want or shared:
                    out.extend(_pobjects(g))
    return out


def _pobjects_of(prep: Token) -> tuple[Token, ...]:
    own = tuple(x for g in dependents(prep) if g.dep_ == "pobj" for x in (g, *conjuncts(g)))
    # "sanctions on Iran and on Syria": the same preposition repeated in coordination adds its objects
    again = tuple(x for c in dependents(prep)
                  if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == prep.lower_
                  for x in _pobjects_of(c))
    return own + again


# a preposition's objects and their conjuncts, in order: the same prepositions are asked about many times
_pobjects = token_memo(_pobjects_of)


PREP_DEPS = frozenset({"prep", "agent", "dative"})


@cache
def _particle_adverbs() -> frozenset[str]:
    """Adverb particles right after a verb whose prepositions are the verb's own (grammar.yaml:
    ``particle_adverbs``): the parser hangs "at" on "back" in "Moscow fires back at Washington"."""
    g = shipped_patterns().grammar
    return g.particle_adverbs if g is not None else frozenset()


def _prep_children_of(tok: Token) -> tuple[tuple[str, Token, tuple[tuple[str, Token, bool], ...]], ...]:
    out = []
    own = list(dependents(tok))
    particles = _particle_adverbs()
    own += [g for c in own if c.dep_ == "advmod" and c.i == tok.i + 1 and c.lower_ in particles
            for g in dependents(c) if g.dep_ in PREP_DEPS]
    for c in own:
        if c.dep_ in PREP_DEPS:
            kids = dependents(c)
            # "flights to and from Iran": the parser hangs the shared object on the last of the
            # coordinated prepositions, so the first has none; the object is that of each of them
            inner = () if any(g.dep_ in ("pobj", "pcomp") for g in kids) else tuple(
                (g.lower_, g, g.dep_ == "conj") for g in kids
                if g.dep_ == "prep" or g.dep_ == "conj" and g.pos_ == "ADP")
            out.append((c.lower_, c, inner))
    return tuple(out)


# (word, preposition, and when it has no object the word and token of its own prepositions and of
# those coordinated with it, these marked shared) for each of a token's PREP_DEPS dependents:
# ``preps_of`` is asked about the same tokens with many word sets
_prep_children = token_memo(_prep_children_of)


def preps_of(tok: Token, want: frozenset[str], deps: frozenset[str] = PREP_DEPS) -> list[Token]:
    """``tok``'s prepositions (by dependency ``deps``) whose word is in ``want``; behind one that has
    no object of its own, its own prepositions in ``want`` too: the parser hangs "of" on "out" in
    "walked out of parliament", so "out of" reaches "parliament"."""
    out: list[Token] = []
    if deps is PREP_DEPS:
        for word, c, inner in _prep_children(tok):
            if word in want:
                out.append(c)
                out.extend(g for w, g, shared in inner if w in want or shared)
        return out
    for c in dependents(tok):
        if c.dep_ in deps and c.lower_ in want:
            out.append(c)
            kids = dependents(c)
            if not any(g.dep_ in ("pobj", "pcomp") for g in kids):
                out.extend(g for g in kids if g.dep_ == "prep" and g.lower_ in want
                           or g.dep_ == "conj" and g.pos_ == "ADP")
    return out


def side_of(mentions: Iterable[MentionLike]) -> frozenset[str]:
    """The codes and countries of ``mentions``: a party with any of them is on their side."""
    out: set[str] = set()
    for m in mentions:
        out.add(m.actor.code)
        if m.actor.country:
            out.add(m.actor.country)
    return frozenset(out)


def distinct_parties(mentions: Iterable[MentionLike]) -> list[MentionLike]:
    """``mentions`` in order, the first of each actor code only."""
    out: list[MentionLike] = []
    for m in mentions:
        if all(m.actor.code != o.actor.code for o in out):
            out.append(m)
    return out


def on_side(m: MentionLike, side: frozenset[str]) -> bool:
    """``m`` is on the side ``side_of`` gave: its code or its country is there."""
    return m.actor.code in side or m.actor.country in side


def ended_act(tok: Token, g: Grammar, preps: tuple[str, ...] = ("to", "of")) -> bool:
    """``tok`` names an act or tie that an ending noun stops ("an end to the [fighting]", "a halt to the
    [attacks]", "the cessation of [hostilities]", with ``preps`` "a freeze on [aid]"): committing to it
    is committing to stop it, and what it names is not done."""
    head = tok.head
    return (tok.dep_ == "pobj" and head.lower_ in preps
            and g.lemma(head.head) in g.ending_nouns)


def in_place_phrase(i: int, head: Token, g: Grammar) -> bool:
    """Token ``i`` hangs on ``head`` through a preposition of place ("[an explosion] in [Tehran]",
    "[violence] in eastern [Congo]", "[the attack] on a school in [Kabul]"): a place in a phrase says
    where its head happened or stands, not who it is. The one reading of "a place is where, not who"
    that both the subject's actor and a violent act's doer use."""
    doc = head.doc
    if not 0 <= i < len(doc) or i == head.i:
        return False
    tok = doc[i]
    placed = False
    for _ in range(20):  # a noun phrase is short; the bound keeps a misparse from walking far
        if tok.i == head.i:
            return placed
        if tok.dep_ == "prep" and tok.lower_ in g.location_preps:
            placed = True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def actors_of(
    tok: Token,
    index: MentionIndexLike,
    g: Grammar,
    depth: int = 0,
    preps: frozenset[str] | None = None,
) -> list[MentionLike]:
    """The actor mentions a noun phrase headed by ``tok`` names, one per conjunct.

    Looks at the head, then its left modifiers ("Chinese troops"), appositions, and ``of``/``from``
    phrases ("the leader of North Korea"). ``preps`` narrows those prepositions (default
    ``g.actor_preps``): an event noun's "in Vienna" is where it happens, not who takes part.
    """
    out: list[MentionLike] = []
    seen: set[int] = set()
    if boundary_place(tok):
        return out  # "near the Indian border": where the act was, not whom it was on
    joined = (tok,) if depth else (tok, *conjuncts(tok), *_apposed_conjuncts(tok), *_misread_allied(tok, g))
    for t in joined:
        m = _actor_of_one(t, index, g, depth, preps)
        if m is not None and id(m) not in seen:
            seen.add(id(m))
            out.append(m)
    return out


def _misread_allied(tok: Token, g: Grammar) -> list[Token]:
    """The object of a participle the parser took for a verb coordinated with ``tok`` ("federal troops and
    [allied] Amhara militia", "the army and [affiliated] militias"): in "X and allied Y" the participle
    qualifies Y, a conjunct of X (``allied_participles``)."""
    return [o for c in dependents(tok)
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.lower_ in g.allied_participles
            and not any(x.dep_ in ("nsubj", "nsubjpass") for x in dependents(c))
            for o in dependents(c) if o.dep_ == "dobj" and o.i == c.right_edge.i]


def _apposed_conjuncts(tok: Token) -> list[Token]:
    """Conjuncts the parser hangs on an apposition of ``tok`` instead of on ``tok``: in "Ghana's
    President John Mahama and Ivorian President Alassane Ouattara" the second president is joined
    to "Mahama", the first one's name."""
    return [c for a in dependents(tok) if a.dep_ == "appos" for c in conjuncts(a) if c.i > a.i]


def _actor_of_one(
    tok: Token, index: MentionIndexLike, g: Grammar, depth: int, preps: frozenset[str] | None = None
) -> MentionLike | None:
    m = index.at(tok.i)
    if m is not None:
        if _bare(m) and depth <= 2:
            # "forces loyal to Haftar", "the EU's chief negotiator", "a spokesman for the Taliban":
            # a bare role ("forces", "negotiator") is the side it belongs to
            alt = _owner(tok, index, g, depth, preps) or _whose(tok, m, index, g)
            if alt is not None:
                return alt
        if not m.actor.is_political and depth <= 2:
            # "Zabihullah Mujahid, the Taliban spokesman, said": a private name speaks for the
            # political actor its apposition names
            for c in dependents(tok):
                named = _named_by(c, index, g) if c.dep_ == "appos" else None
                if named is not None and named.actor.is_political and not _bare(named):
                    return named
        return m
    if depth > 2:
        return None
    if g.lemma(tok) in g.holding_nouns and not any(c.dep_ == "poss" for c in dependents(tok)):
        # "the Russian assets of Fortum": property is its "of" owner's, wherever the adjective puts it
        for c in dependents(tok):
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in dependents(c):
                    owner = _actor_of_one(p, index, g, depth + 1, preps) if p.dep_ == "pobj" else None
                    if owner is not None:
                        return owner
    pronoun: MentionLike | None = None
    for c in dependents(tok):
        if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < tok.i:
            m = index.at(c.i)
            if m is not None and c.pos_ == "PRON":
                # "its neighbour Kyrgyzstan": a pronoun possessor only says whose; a name said of
                # the phrase itself comes first
                pronoun = pronoun or m
            elif m is not None:
                return m
    for c in dependents(tok):
        if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "NOUN" and index.at(c.i) is None:
            # "rejected Hamas ceasefire terms", "the US peace plan": a headline stacks the owner on
            # the noun that modifies the head
            for k in dependents(c):
                stacked = k.dep_ in ("compound", "poss") and k.i < c.i and k.pos_ != "PRON"
                m = index.at(k.i) if stacked else None
                if m is not None:
                    return m
    for c in dependents(tok):
        if c.dep_ == "acl":
            # "the missiles fired by the Israeli military": the instrument's user acts
            for a in dependents(c):
                if a.dep_ == "agent":
                    for p in dependents(a):
                        if p.dep_ == "pobj" and index.at(p.i) is not None:
                            return index.at(p.i)
    m = _owner(tok, index, g, depth, preps)
    if m is not None:
        return m
    for c in dependents(tok):
        if c.dep_ == "appos":
            m = _actor_of_one(c, index, g, depth + 1, preps)
            if m is not None:
                return m
    if pronoun is not None:
        return pronoun
    allowed = g.actor_preps if preps is None else preps
    for c in dependents(tok):
        if c.dep_ == "prep" and c.lower_ in allowed:
            for p in dependents(c):
                if p.dep_ == "pobj":
                    m = _actor_of_one(p, index, g, depth + 1, preps)
                    if m is not None:
                        return m
    return None


def _owner(
    tok: Token, index: MentionIndexLike, g: Grammar, depth: int, preps: frozenset[str] | None
) -> MentionLike | None:
    """Whom a group belongs to, named by an ``affiliations`` word: "the Saudi-led coalition",
    "Pakistan-based groups", "forces loyal to Haftar", "militants linked to al-Qaeda"."""
    for c in dependents(tok):
        preps_of = g.affiliations.get(c.lemma_.lower()) if c.dep_ in ("amod", "acl") else None
        if preps_of is None:
            continue
        for w in dependents(c):
            if w.dep_ in ("npadvmod", "compound", "nmod", "amod") and w.i < c.i and index.at(w.i) is not None:
                return index.at(w.i)
            if w.dep_ == "prep" and w.lower_ in preps_of:
                for p in dependents(w):
                    m = _actor_of_one(p, index, g, depth + 1, preps) if p.dep_ == "pobj" else None
                    if m is not None:
                        return m
    return None


def _whose(tok: Token, m: MentionLike, index: MentionIndexLike, g: Grammar) -> MentionLike | None:
    """The actor a bare role belongs to: its possessor ("the EU's chief negotiator") or what it
    speaks for ("a spokesman for the Taliban"), outside the role's own mention."""
    for c in dependents(tok):
        if c.dep_ == "poss" and c.i < tok.i:
            a = index.at(c.i)
            if a is not None and a is not m and a.actor.is_political:
                return a
    for c in dependents(tok):
        if c.dep_ == "prep" and c.lower_ in g.representation_preps:
            for p in dependents(c):
                a = index.at(p.i) if p.dep_ == "pobj" else None
                if a is not None and a is not m and a.actor.is_political:
                    return a
    return None


def _bare(m: MentionLike) -> bool:
    """The mention resolved to a role only ("forces" → MIL, "a spokesman" → GOV), with no country."""
    return m.actor.country is None and m.actor.code == m.actor.role


def _named_by(tok: Token, index: MentionIndexLike, g: Grammar) -> MentionLike | None:
    """The actor an apposition itself names: its own words ("the Taliban spokesman") or, for a bare
    role, whom it belongs to ("the president of the Red Cross"); not what it is about ("a critic of
    the president")."""
    m = index.at(tok.i)
    if m is None:
        for c in dependents(tok):
            if c.dep_ in ("compound", "amod", "poss") and c.i < tok.i and index.at(c.i) is not None:
                return index.at(c.i)
        return None
    return _whose(tok, m, index, g) if _bare(m) else m


_ADVERBIAL_DEPS = frozenset({"prep", "npadvmod", "advmod", "punct", "tmod"})


def delayed_complement(clause: Token, g: Grammar) -> bool:
    """``clause`` is the subjectless infinitive a control verb governs, which the parser hung as an
    adverbial clause because an adverbial came between them ("threatened on Monday [to impose]
    tariffs", "pledged in a statement [to release] the crew")."""
    if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX"):
        return False
    head = clause.head
    lem = g.lemma(head)
    comp = g.complements.get(lem)
    if comp is None or comp.object_control or lem in g.purpose_complements or head.i > clause.i:
        return False
    kids = list(dependents(clause))
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids) or any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in kids
    ):
        return False
    # only adverbials between the verb and its infinitive: an object there ("sent troops to help")
    # makes the infinitive the purpose of an act on that object
    between = [c for c in dependents(head) if head.i < c.i < clause.left_edge.i]
    return bool(between) and all(c.dep_ in _ADVERBIAL_DEPS for c in between)


def agreed_object(head: Token, clause: Token, g: Grammar) -> bool:
    """The control verb ``head`` already has what it governs in a noun before its infinitive
    ``clause`` ("agreed [to a truce] to allow aid in", "committed to talks to end the war"): the
    infinitive is that noun's purpose, not the verb's complement."""
    comp = g.complements.get(g.lemma(head))
    if comp is None or comp.object_control:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in g.gerund_control_preps and c.i < clause.i
        and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in dependents(c))
        for c in dependents(head)
    )


def mandative(clause: Token, g: Grammar) -> bool:
    """``clause`` is a "that X do" clause saying who is to act ("demanded that Iran [release] the
    crew", "urged that both sides [should talk]", "asked that sanctions [be lifted]")."""
    return clause.dep_ == "ccomp" and asks_for_act(clause, g)


def asks_for_act(clause: Token, g: Grammar) -> bool:
    """A clause with a subject that asks rather than reports: a mandative modal ("that Iran should
    free ..."), a passive "be" ("that sanctions be lifted") or the bare verb of the subjunctive or a
    present ("that Washington lift ...", "that Kyiv withdraws"; the tagger may read a bare "halt" as a
    past); a future or a past ("that Iran will strike", "had struck") reports."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(dependents(clause))
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        return False
    auxes = [c for c in kids if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in g.mandative_aux for a in auxes):
        return True
    if auxes:
        return all(a.dep_ == "auxpass" and a.lower_ == "be" for a in auxes)
    bare = clause.lower_ == clause.lemma_.lower() and not clause.lower_.endswith("ed")
    return clause.tag_ in ("VB", "VBP", "VBZ") or (clause.tag_ in ("VBD", "VBN") and bare)


def shares_governor(clause: Token) -> bool:
    """``clause`` is a verb coordinated with an infinitive ("to lift [and restore]"), with no subject
    or finite form of its own, so whatever governs the first infinitive governs it too."""
    head = clause.head
    return (
        clause.dep_ == "conj"
        and head.i != clause.i
        and head.pos_ == "VERB"
        and clause.pos_ == "VERB"
        and clause.tag_ == "VB"
        and head.tag_ == "VB"
        and head.dep_ in ("xcomp", "advcl", "ccomp")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in dependents(clause))
    )


def reporting_verb_of(verb: Token, g: Grammar) -> Token | None:
    """The verb whose clause a finite ``verb`` really continues when the parser hung it on the clause
    that verb reports or demands ("A said [B would hurt trade] and urged C to ...", "A demanded [that
    B scrap X] and threatened to ...": "urged" and "threatened" are A's).

    Only when the forms tell: ``verb`` has the governing verb's tense and no subject or auxiliary of
    its own, and the embedded verb is a bare form (after a modal, or a subjunctive) that no finite
    past or present verb shares a subject with. A perfect ("said the rebels had attacked the town and
    killed 20") is left alone: the parser tags such a shared participle as a past tense.
    The embedded verb may also be a copula judging a claim ("A said [B's claims were baseless] and
    accused B of ..."): a claim or report (``content_nouns``) does nothing, so the next verb is the
    speaker's."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBZ"):
        return None
    if head.tag_ != "VB" and not (g.lemma(head) == "be" and any(
            c.dep_ in ("nsubj", "nsubjpass") and g.lemma(c) in g.content_nouns for c in dependents(head))):
        return None
    gov = head.head
    if gov.i == head.i or gov.pos_ != "VERB" or gov.tag_ != verb.tag_:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in dependents(verb)):
        return None
    return gov


def names_own_doer(noun: Token, g: Grammar) -> bool:
    """The event noun names its own doer: a possessive name ("Chile's accusation") or a "by"/"from"
    phrase ("mediation by Norway", "calls from Armenia"); a pronoun may well stand for the clause's own
    subject."""
    return any(
        (c.dep_ == "poss" and c.pos_ != "PRON")
        or (c.dep_ == "prep" and (c.lower_ in g.agent_preps or c.lower_ == "from"))
        for c in dependents(noun)
    )


def regional_to_centre(s: MentionLike, t: MentionLike) -> bool:
    """A state's or province's executive acting on its own country's national government ("Chief Minister
    X accused the Centre", "Governor Y urged Abuja"): two governments of one country, kept as an event."""
    if s is t or s.actor.role != "GOV" or s.actor.country is None or t.actor.country != s.actor.country \
            or t.actor.role not in ("GOV", None):
        return False
    words = argument_words()
    source = s.text.lower()
    title = next((w for w in words.regional_titles if w in source), None)
    if title is None or any(w in words.regional_title_exclusions for w in source.split()):
        return False
    target = t.text.lower()
    target = target[4:] if target.startswith("the ") else target
    if target in words.centre_names:
        return True
    return getattr(t, "via", None) == "capital"  # "urged Abuja": a capital stands for the national government


def participle_clauses(obj: Token) -> list[Token]:
    """Participle clauses that modify the noun ``obj``, including a reduced relative misread as a clause."""
    out = [c for c in dependents(obj) if c.dep_ == "acl" and c.tag_ == "VBN"]
    misread = misread_relative(obj)
    if misread is not None:
        out.append(misread)
    return out


def misread_relative(noun: Token) -> Token | None:
    """The clause a reduced relative on ``noun`` was misparsed as ("welcomed the truce agreed between
    A and B": "agreed" a complement clause of "welcomed", "truce" its subject), if any."""
    h = noun.head
    if noun.dep_ == "nsubj" and h.dep_ == "ccomp" and h.tag_ in ("VBN", "VBD") and h.head.i < noun.i:
        return h
    return None


def misread_subject(verb: Token) -> Token | None:
    """The subject of a finite verb the parser hung as a participle on the object of a preposition
    of that subject ("Gunmen on motorbikes [killed] 12 villagers": "killed" read as "motorbikes
    killed"): the noun, at the sentence start and heading it, whose prepositional phrase holds the
    participle's noun. Only for a participle ``headline_verb`` already calls a misread finite verb."""
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    # the parser may also hang the misread sentence on a trailing "officials said" as a clause of it
    if noun.i == verb.head.i or noun.dep_ not in _OPENING_DEPS or noun.left_edge.i != noun.sent.start:
        return None
    return noun


def intransitive_head(noun: Token) -> Token | None:
    """The verb ``noun`` is the subject of, when that verb takes no object ("fighting [broke out] between
    A and B", "clashes [erupted] between A and B"), or is the passive subject of ("heavy fighting [was
    reported] between A and B", "talks [were held] between A and B"): an event noun's own phrases may
    hang on it."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("dobj", "obj") for c in dependents(verb)):
        return None
    return verb


def named_owners(noun: Token, preps: frozenset[str]) -> list[Token]:
    """Who a noun names as its owner: its possessor unless a pronoun ("Qatar's mediation"), then the
    objects of ``preps`` on it ("mediation by Oman", "a warning from Hezbollah")."""
    return [c for c in dependents(noun) if c.dep_ == "poss" and c.pos_ != "PRON"] + prep_objects(noun, preps)


def that_marked(clause: Token) -> bool:
    """``clause`` is opened by "that" ("warned [that it would strike]", "its demand [that Kyiv withdraw]")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in dependents(clause))


def verb_complement(tok: Token) -> Token | None:
    """The verb of ``tok``'s clausal complement ("warned [that it would strike]", "ruled [that X
    violated ...]"), if any."""
    return next((c for c in dependents(tok) if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)


def manner_of_force(obj: Token, g: Grammar) -> bool:
    """``obj`` (of a "with" phrase) is the manner of a reprisal, force as a mass noun ("would respond with
    overwhelming force"), not forces as a party ("clashed with government forces", "with the force")."""
    return obj.tag_ == "NN" and g.lemma(obj) in g.reprisal_manner_nouns \
        and not any(c.dep_ in ("det", "poss", "compound") for c in dependents(obj))
