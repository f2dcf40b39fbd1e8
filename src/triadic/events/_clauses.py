"""Clause-level helpers of the event coder: relatives, "for X to" clauses, reciprocal pronouns,
coordinated modifiers, predicative adjectives and mentions placed in a country."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from triadic.actors import country_table
from triadic.events._patterns import Complement, Grammar
from triadic.events._syntax import (
    MentionIndexLike,
    MentionLike,
    controllers,
    is_passive,
    mandative,
    prep_objects,
)
from triadic.events._tree import conjuncts, dependents, has_to, word_set
from triadic.model import Actor

__all__ = [
    "PREDICATIVE",
    "Localised",
    "country_prefix",
    "civilians_of",
    "for_to",
    "asked_clause",
    "infinitive_of_object",
    "gone_on_with",
    "bare_participle",
    "bare_guest",
    "object_relative",
    "each_other",
    "coordinated_modifier_actors",
    "each_member",
    "one_side",
    "one_party",
    "one_body",
    "own_countries",
    "state_itself",
    "no_dyad",
    "adjunct_owner",
    "reported_intent",
    "speech_verb_of",
    "shared_patients",
    "purpose_objects",
    "recalled",
    "visit_setting",
]

# Where a predicative adjective stands: after a copula or as its clause's head.
PREDICATIVE = frozenset({"acomp", "oprd", "ROOT", "ccomp", "xcomp", "conj", "advcl"})


def country_prefix(iso3: str) -> str:
    """The letters that open a country's actor codes, as the actor resolver writes them: its CAMEO code
    where CAMEO differs from ISO ("ROU" -> "ROM"), else the ISO code."""
    return country_table().cameo_of(iso3) or iso3


def civilians_of(iso3: str) -> Actor:
    """The civilians of a country as an actor no words name ("a village in X" hit, a population
    mass violence is done to)."""
    return Actor(code=country_prefix(iso3) + "CVL", country=iso3, role="CVL", name=f"civilians ({iso3})",
                 kind="group")


@dataclass(frozen=True, slots=True)
class Localised:
    """A mention whose actor was given the country of the place it is in (see ``EventCoder._localise``)."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    actor: Actor


def for_to(clause: Token) -> bool:
    """``clause`` is a "for X to do" clause ("called for Iran to release ...")."""
    kids = list(dependents(clause))
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in kids) and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in kids
    )


def asked_clause(clause: Token, comp: Complement, g: Grammar) -> bool:
    """``clause`` names who an object-control verb asks to act: "for X to do", or for an appeal or
    demand "that X do" ("demanded that Iran release the crew")."""
    if for_to(clause):
        return True
    bare = _bare_subjunctive(clause)
    if comp.family not in g.mandative_families or not (bare or mandative(clause, g)):
        return False
    if _inverted_condition(clause, g):
        return False
    # "told Macron that Germany supports the plan" reports; only a modal or the bare subjunctive
    # ("told Kyiv it must withdraw", "insisted that Iran withdraw") asks, after a speech verb
    return (
        g.lemma(clause.head) not in g.speech_verbs
        or clause.tag_ == "VB"
        or bare
        or any(a.dep_ in ("aux", "auxpass") and a.lower_ in g.mandative_aux for a in dependents(clause))
    )


def _inverted_condition(clause: Token, g: Grammar) -> bool:
    """The clause's only "should" comes before its subject: an inverted condition the parser hung on
    the main verb ("Should the talks fail, the bloc could close its borders, diplomats told
    reporters"), which asks no one to act."""
    kids = list(dependents(clause))
    modals = [a for a in kids if a.dep_ == "aux" and a.lower_ in g.mandative_aux]
    subjects = [c.i for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(modals) and bool(subjects) and all(a.i < min(subjects) for a in modals)


def _bare_subjunctive(clause: Token) -> bool:
    """``clause`` is a "that X do" verb in its bare form that the tagger read as a past or a noun
    ("demanded that the agency condemn ...": "condemn" tagged VBD); the word itself is no past form."""
    return (
        clause.dep_ == "ccomp"
        # "demanded that the U.S. halt the drills": "halt" tagged NN, yet with a subject of its own
        and clause.tag_ in ("VBD", "VBN", "NN")
        and clause.lower_ == clause.lemma_.lower()
        and not clause.lower_.endswith("ed")
        and any(c.dep_ == "nsubj" for c in dependents(clause))
        and not any(c.dep_ in ("aux", "auxpass") for c in dependents(clause))
    )


def infinitive_of_object(clause: Token, verb: Token, g: Grammar) -> bool:
    """``clause`` is a subjectless "to" infinitive on ``verb`` that has an object or a control
    preposition to act it out ("pressed Cairo [to release ...]", "called on Iran [to ...]")."""
    kids = list(dependents(clause))
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids) or any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in kids
    ):
        return False
    if g.lemma(verb) in g.calling_verbs:
        # "called Morrison to congratulate him" is a phone call and its purpose; "called on X to" is not
        return bool(prep_objects(verb, g.control_preps))
    return bool(controllers(verb, g))


def bare_participle(tok: Token) -> bool:
    """A past participle used as an adjective ("is concerned about"), not a verb with an object."""
    return tok.tag_ == "VBN" and not any(c.dep_ in ("dobj", "agent") for c in dependents(tok))


def bare_guest(clause: Token, g: Grammar) -> bool:
    """``clause`` is a bare participle of ``guest_participles`` right after its head with the guest
    as object ("told visiting Russian officials", "received visiting X")."""
    if clause.tag_ != "VBG" or clause.dep_ not in ("xcomp", "advcl", "pcomp"):
        return False
    if clause.head.i != clause.i - 1 or g.lemma(clause) not in g.guest_participles:
        return False
    kids = dependents(clause)
    return not any(c.dep_ in ("nsubj", "aux", "neg") for c in kids) and any(
        c.dep_ == "dobj" and c.left_edge.i == clause.i + 1 for c in kids)


def object_relative(clause: Token, g: Grammar) -> bool:
    """``clause`` is a relative clause on its head noun's object position ("a charge [that] Doha
    made"), not a content clause ("a demand that the U.S. lift sanctions")."""
    if is_passive(clause) or any(c.dep_ == "mark" for c in dependents(clause)):
        return False
    objs = [c for c in dependents(clause) if c.dep_ in ("dobj", "ccomp", "xcomp")]
    return all(o.dep_ == "dobj" and o.lower_ in g.relative_pronouns for o in objs)


_RECIPROCAL_PRONOUNS = frozenset({("each", "other"), ("one", "another")})


def each_other(verb: Token) -> bool:
    """The verb's object is "each other" or "one another", directly or through a preposition."""
    objs = [c for c in dependents(verb) if c.dep_ in ("dobj", "dative")]
    objs += [g for c in dependents(verb) if c.dep_ == "prep" for g in dependents(c) if g.dep_ == "pobj"]
    for o in objs:
        prev = o.doc[o.i - 1] if o.i > 0 else None
        if prev is not None and (prev.lower_, o.lower_) in _RECIPROCAL_PRONOUNS:
            return True
    return False


def coordinated_modifier_actors(tok: Token, index: MentionIndexLike) -> list[MentionLike]:
    """Actors of ``tok``'s coordinated left modifiers only ("Indian and Pakistani troops"), not of a
    lone possessor ("Libya's renegade general" is one side)."""
    out: list[MentionLike] = []
    for c in dependents(tok):
        if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and conjuncts(c):
            for w in (c, *conjuncts(c)):
                m = index.at(w.i)
                if m is not None and all(m is not x for x in out):
                    out.append(m)
    return out


def each_member(
    mentions: Sequence[MentionLike], doc: Doc | None = None, index: MentionIndexLike | None = None
) -> list[MentionLike]:
    """The mentions with a plural reference ("the two sides", "both Koreas", a plural "they") split
    into one mention per actor meant, over the same words; each actor once.

    With ``doc`` and ``index``, a mention whose phrase has a possessor naming another actor
    ("Somalia's al-Shabaab fighters") is not split: the possessor is no side of its own.
    """
    out: list[MentionLike] = []
    seen: set[str] = set()
    for m in mentions:
        members = getattr(m, "members", ())
        if members and doc is not None and index is not None and _named_inside(m, doc, index):
            members = ()
        parts: list[MentionLike] = (
            [
                _own_words(m, a, doc, index) or Localised(m.start, m.end, m.start_char, m.end_char, m.text, a)
                for a in members
            ]
            if len(members) >= 2
            else [m]
        )
        for x in parts:
            # each party once: two named groups of one code ("the FARC and the ELN") are two
            if x.actor.code not in seen or not any(same_party(x, y) for y in out):
                seen.add(x.actor.code)
                out.append(x)
    return out


def _own_words(
    m: MentionLike, actor: Actor, doc: Doc | None, index: MentionIndexLike | None
) -> MentionLike | None:
    """The side's own mention inside ``m``'s phrase ("British" in "British and American forces"), so that
    an event shows the words that name its actor rather than the whole group's head."""
    if doc is None or index is None or m.end <= m.start or m.end > len(doc):
        return None
    head = doc[m.end - 1]
    for i in range(head.left_edge.i, head.right_edge.i + 1):
        x = index.at(i)
        if x is not None and x is not m and x.actor.code == actor.code:
            return x
    return None


def _named_inside(m: MentionLike, doc: Doc, index: MentionIndexLike) -> bool:
    """A possessor of ``m``'s phrase, not coordinated with another, is a mention of its own; not a
    plural one ("the two countries' leaders" are each side's own)."""
    if m.end <= m.start or m.end > len(doc):
        return False
    head = doc[m.end - 1]
    for i in range(head.left_edge.i, m.start):
        tok = doc[i]
        owner = index.at(i)
        if (
            owner not in (None, m)
            and not getattr(owner, "members", ())
            and not conjuncts(tok)
            # "his Indian and Australian counterparts": the resolver runs the first side's mention from
            # the pronoun possessor ("his Indian"); a side the phrase itself lists is no outside owner
            and owner is not None and owner.actor not in getattr(m, "members", ())
            and any(a.dep_ == "poss" for a in (tok, *tok.ancestors) if a.i < head.i)
        ):
            return True
    return False


def _state_side(m: MentionLike, g: Grammar) -> bool:
    """The mention is the state itself or one of its bodies (government, forces, courts).

    A named group the dictionary gives a country but no role ("Hezbollah": LBN) is not the state: it
    is a party of its own, which acts on its country's government ("Hezbollah rejected the Lebanese
    government's plan") as gold codes it (a group inside a country against its government)."""
    if m.actor.role is None:
        return m.actor.kind != "group"
    return m.actor.role in g.state_roles


# Roles of armed or outlawed groups: never one party with civilians of their country.
_ARMED_ROLES = frozenset({"REB", "SEP", "INS", "UAF", "CRM"})


def own_member(code: str, s: MentionLike, t: MentionLike, g: Grammar) -> bool:
    """Whether an act on a person (``own_member_codes``) is done by a body to another mention of its own
    actor ("Russian authorities arrested a deputy defence minister", "police detained a police chief"):
    the person is not the body, so the act is a dyad though one code names both."""
    return (code in g.own_member_codes and s is not t and s.start != t.start
            and s.text.lower() != t.text.lower())


def one_body(code: str, s: MentionLike, t: MentionLike, g: Grammar) -> bool:
    """Whether ``s`` doing ``code`` to ``t`` stays inside one party: the same party (:func:`same_party`),
    unless the act falls on a person of the body's own actor (:func:`own_member`)."""
    return same_party(s, t) and not own_member(code, s, t, g)


def distinct_groups(a: MentionLike, b: MentionLike) -> bool:
    """Two named groups are two parties even where one code covers both: "Kurdish fighters fought Islamic
    State militants in Raqqa" (both Syria's rebels), "Hamas and Fatah", al-Shabaab and a named clan
    militia. A code says which country's armed opposition a group belongs to, not which group it is;
    the group's own name (the dictionary's, kept when a place recodes it) tells them apart."""
    x, y = a.actor, b.actor
    if x.name == y.name or x.code != y.code:
        return False
    named_x = x.kind == "group" and x.code != x.role
    named_y = y.kind == "group" and y.code != y.role
    if named_x and named_y:
        return True
    # a named group and an armed band of its country that is not it ("Al-Shabaab militants attacked clan
    # militias", "the army and Shiite militias fought Islamic State"): a band the text meant as the group
    # itself would carry the group's actor (coreference, apposition), so its own name says it is another
    return (named_x and y.role in _ARMED_ROLES and y.country is not None) \
        or (named_y and x.role in _ARMED_ROLES and x.country is not None)


def same_party(a: MentionLike, b: MentionLike) -> bool:
    """The two mentions stand for one actor: one code, and not two named groups sharing it."""
    return a is b or (a.actor.code == b.actor.code and not distinct_groups(a, b))


def one_side(a: MentionLike, b: MentionLike, g: Grammar) -> bool:
    """Two actors are one side: the same country, and both the state's or both of one role.

    "Russia" and "Russian troops" are one side; "the Afghan army" and "Afghan rebels", or "police"
    and "protesters" of one country, are two; so are two named groups of one country (Hamas and Fatah).
    """
    if not a.actor.country or a.actor.country != b.actor.country or distinct_groups(a, b):
        return False
    return a.actor.role == b.actor.role or (_state_side(a, g) and _state_side(b, g))


def one_party(a: MentionLike, b: MentionLike, g: Grammar) -> bool:
    """Two conjuncts of one country are one party to an act: one side, or both private people and
    groups that are not armed ("farmers and truckers", "a journalist and two activists"), also when
    only one of them is given a country ("Bolivian farmers and truckers")."""
    if one_side(a, b, g):
        return True
    # "Bolivian farmers and truckers": a conjunct whose country is left unsaid shares the other's
    unsaid = bool(a.actor.country) != bool(b.actor.country)
    if not unsaid and (not a.actor.country or a.actor.country != b.actor.country):
        return False
    return not (_state_side(a, g) or _state_side(b, g)) and not (
        a.actor.role in _ARMED_ROLES or b.actor.role in _ARMED_ROLES
    )


def joint_victims(a: MentionLike, b: MentionLike) -> bool:
    """Two conjunct targets of one country that one act falls on together: people or bodies, the
    state's among them, that are not armed groups nor the country as such ("a councillor and his
    driver", "three police officers and a state-owned company", "a local official and two aid
    workers")."""
    # as in one_party, a conjunct whose country is left unsaid shares the other's
    unsaid = bool(a.actor.country) != bool(b.actor.country)
    return ((unsaid or bool(a.actor.country) and a.actor.country == b.actor.country)
            and a.actor.role is not None and b.actor.role is not None
            and not distinct_groups(a, b)
            and a.actor.role not in _ARMED_ROLES and b.actor.role not in _ARMED_ROLES)


def own_countries(sources: Sequence[MentionLike], g: Grammar) -> set[str]:
    """Countries whose places are the sources' own ground: those of sources on the state's side
    (insurgents attacking a town of their own country hit it; an army in its own country does not)."""
    # (a named group with no role still counts here, as it did: where it acts at home is its ground)
    return {m.actor.country for m in sources
            if m.actor.country and (m.actor.role is None or m.actor.role in g.state_roles)}


def state_itself(m: MentionLike) -> bool:
    """The mention names a country as such (its name or capital), not a group within it."""
    return m.actor.role is None and getattr(m, "via", "name") in ("name", "capital", "seat")


def no_dyad(a: MentionLike, b: MentionLike, g: Grammar) -> bool:
    """A state and its own government or forces are one side: no event between them."""
    return (state_itself(a) or state_itself(b)) and one_side(a, b, g)


# Links a background noun climbs through to the verb whose clause it sits in: its own modifiers and
# coordinates, the preposition it is the object of, and the object that preposition modifies.
_NOUN_LINKS = frozenset({"compound", "conj", "appos", "nmod"})
_OBJECT_LINKS = frozenset({"dobj", "attr", "dative", "oprd"})


def adjunct_owner(noun: Token) -> Token | None:
    """The verb whose clause holds ``noun`` inside a prepositional phrase ("rejected the call [at a
    summit between A and B]", "signed an agreement [on cooperation]"), or None when the noun is
    not inside one (a subject or object of its own, "held talks", "the attack killed ...")."""
    cur = noun
    via_prep = False
    for _ in range(8):
        dep = cur.dep_
        head = cur.head
        if head.i == cur.i:
            return None
        if dep == "pobj" and head.dep_ == "prep":
            via_prep = True
            cur = head.head
        elif dep in _NOUN_LINKS or (via_prep and dep in _OBJECT_LINKS):
            cur = head
        else:
            break
        if cur.pos_ in ("VERB", "AUX"):
            return cur if via_prep else None
    return None


def _misread_reporter(verb: Token, g: Grammar) -> Token | None:
    """The speech verb of a trailing report the parser hung on the news as a clause of its own
    ("Australia will provide aid to Vanuatu after the cyclone that hit Port Vila, Foreign Minister X
    said on Tuesday": "after" is read as the mark of "said", which becomes an adverbial clause of
    "provide"), or None. The reporting clause follows a comma, says nothing of its own (no object or
    clause) and ends the sentence's clauses: it is the "X said" of wire copy, not a time clause ("after
    Fiji said it needed help" has its own clause)."""
    if verb.dep_ != "ROOT":
        return None
    for c in dependents(verb):
        if c.dep_ != "advcl" or c.i < verb.i or c.pos_ not in ("VERB", "AUX"):
            continue
        if g.lemma(c) not in g.speech_verbs:
            continue
        kids = list(dependents(c))
        # the speaker is the subject nearest the verb (the parser may give the misread clause the time
        # phrase's noun as a second subject: "after the cyclone that hit Port Vila, Minister X said")
        subj = [k for k in kids if k.dep_ == "nsubj" and k.i < c.i]
        if not subj or any(k.dep_ in ("ccomp", "xcomp", "dobj", "advcl") for k in kids):
            continue
        first = subj[-1].left_edge
        if first.i > 0 and first.nbor(-1).text == ",":
            return c
    return None


def reported_intent(verb: Token, g: Grammar, *, offered: bool = False) -> Token | None:
    """The speech verb of a reported clause in which ``verb`` is what the speaker says will be
    done ("the rebels said [they would release ...]", "announced that [it will impose ...]"), or
    None: no future auxiliary, a negation or condition, or not a clause a speaker reports.

    Args:
        offered: the act is one a party can only offer (a meeting, mediation): saying it "could"
            do it is offering it ("Turkey said it could play a role in resolving the conflict").
    """
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    copular = False
    if verb.dep_ == "xcomp" and g.lemma(verb.head) in g.future_copulas and verb.head.dep_ == "ccomp" and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in dependents(verb)
    ):
        # "Qatar is to send food aid, its foreign ministry said": "be to" is a future as "will" is;
        # the reported clause is the copula's
        if any(c.dep_ == "neg" for c in dependents(verb)):
            return None
        verb, copular = verb.head, True
    head: Token | None = verb.head
    if verb.dep_ != "ccomp":
        head = _misread_reporter(verb, g)
    if head is None:
        return None
    kids = list(dependents(verb))
    promised = head.lemma_.lower() in g.promising_verbs
    # a promising verb makes even a possibility its speaker's intent ("signalled it could release the
    # crew", "hinted it could return to talks"): only the speaker's own act can be signalled so
    modals = g.intent_aux | g.promising_possibility_aux if promised or offered else g.intent_aux
    if not copular and not any(c.dep_ == "aux" and c.lower_ in modals for c in kids):
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in g.conditional_marks) for c in kids):
        return None
    if head.pos_ not in ("VERB", "AUX") or (head.lemma_.lower() not in g.speech_verbs and not promised):
        return None
    return head


def gone_on_with(tok: Token, g: Grammar) -> bool:
    """``tok`` is the act a verb of going on or beginning governs ("continue to support", "began to
    withdraw": ``aspect_verbs``), which stands for the act itself."""
    return tok.dep_ == "xcomp" and tok.head.pos_ == "VERB" and g.lemma(tok.head) in g.aspect_verbs


def speech_verb_of(tok: Token, g: Grammar, *, promised: bool = False) -> Token | None:
    """The speech verb whose "that" clause states the act ``tok`` names, or None.

    Args:
        promised: a promising verb ("assured Seoul that it would ...") counts as a speech verb too.
    """
    verbs = g.speech_verbs | g.promising_verbs if promised else g.speech_verbs
    cur = tok
    for _ in range(5):
        if cur.dep_ == "ccomp" and cur.head.i != cur.i:
            head = cur.head
            return head if head.pos_ in ("VERB", "AUX") and g.lemma(head) in verbs else None
        if cur.dep_ not in ("xcomp", "acomp", "conj", "dobj", "pobj", "prep", "acl") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def shared_patients(verb: Token) -> list[Token]:
    """The patient a coordinated passive with its own agent shares with the clause it is joined to
    ("Kurds were shelled by A and [attacked by B]": the Kurds), or nothing."""
    if verb.dep_ != "conj" or not any(c.dep_ == "agent" for c in dependents(verb)):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in dependents(verb)):
        return []
    cur = verb
    for _ in range(4):
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            break
        cur = cur.head
    # the first conjunct's subject, which a passive suffers ("Kurds were shelled") or an active
    # verb's subject is ("Kurds retreated and were attacked by ...")
    return [c for c in dependents(cur) if c.dep_ in ("nsubjpass", "nsubj")]


def purpose_objects(verb: Token, g: Grammar) -> list[Token]:
    """Whom the purpose of an act is aimed at: the object of a subjectless "to" clause on the verb
    ("cut aid to [press Cairo]", "imposed sanctions in a bid to [force Minsk to ...]")."""
    clauses = [c for c in dependents(verb) if c.dep_ == "advcl"]
    clauses += [
        a
        for p in dependents(verb)
        if p.dep_ == "prep"
        for n in dependents(p)
        if n.dep_ == "pobj" and g.lemma(n) in g.purpose_nouns
        for a in dependents(n)
        if a.dep_ == "acl"
    ]
    out: list[Token] = []
    for c in clauses:
        kids = list(dependents(c))
        if c.pos_ != "VERB" or not any(k.dep_ == "aux" and k.tag_ == "TO" for k in kids):
            continue
        if any(k.dep_ in ("nsubj", "nsubjpass", "mark") for k in kids):
            continue  # "for X to ..." or a clause of its own: not the doer's purpose
        if g.lemma(c) in g.topic_object_verbs:
            continue  # "to discuss the ministry's disputes": a topic, not a party
        out.extend(controllers(c, g))
    return out


def purpose_parties(acts: Sequence[Token], g: Grammar) -> list[Token]:
    """The words that may name whom the purpose of a threatened act is aimed at: the object of a "to"
    clause on the act ("to disperse the protesters"), then the doer or owner of the thing that purpose
    undoes ("to clear the sit-in by opposition supporters", "to stop any Philippine attempt")."""
    objs = [o for a in acts for o in purpose_objects(a, g)]
    # "to use force to clear the sit-in": the parser may read the purpose after an object as the act's
    # infinitive complement
    objs += [o for a in acts if any(k.dep_ == "dobj" for k in dependents(a))
             for c in dependents(a) if c.dep_ == "xcomp" and c.pos_ == "VERB" and has_to(c)
             for o in controllers(c, g)]
    # "would take all measures to stop any Japanese attempt": the infinitive on the act's object says
    # what the measures are for
    objs += [o for a in acts for k in dependents(a) if k.dep_ == "dobj"
             for c in dependents(k) if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and has_to(c)
             and not any(x.dep_ in ("nsubj", "nsubjpass", "mark") for x in dependents(c))
             for o in controllers(c, g)]
    heads: list[Token] = []
    for o in objs:
        heads.extend(prep_objects(o, g.agent_preps))
        if o.dep_ == "dobj":
            # the parser hangs the object's "by" on the purpose verb itself
            heads.extend(prep_objects(o.head, g.agent_preps))
        heads.extend(c for c in dependents(o) if c.i < o.i and c.dep_ in ("poss", "amod", "compound", "nmod"))
        heads.append(o)
    return heads


def recalled(tok: Token, g: Grammar) -> bool:
    """``tok`` names history the sentence recalls, not an act of its own: an event noun measured in
    units of time ("two years of [war]") or an act placed long before another ("two years after
    Russia [launched] its invasion", "decades after the [war]")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and g.lemma(tok.head.head) in g.period_nouns:
        period = tok.head.head
        # "on the second day of a visit to Poland": a day placed inside the act is a day of it, the
        # act going on as the clause's own act is done, not history
        if any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in g.period_positions)
               for c in dependents(period)):
            return False
        # "began a week of joint exercises": a stretch an act opens now is no history
        return not (period.dep_ == "dobj" and g.lemma(period.head) in g.period_openers)
    if g.history_marks.isdisjoint(word_set(tok.doc)):
        # both anchors below are a mark of history ("after", "since"): with none in the text, the
        # ancestors (each a new token) are not walked
        return False
    for a in (tok, *tok.ancestors):
        if a.dep_ == "prep" and a.lower_ in g.history_marks:
            anchor = a
        elif a.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in g.history_marks for c in dependents(a)
        ):
            anchor = a
        else:
            continue
        if any(c.dep_ == "npadvmod" and g.lemma(c) in g.history_periods for c in dependents(anchor)):
            return True
    return False


def visit_setting(tok: Token, g: Grammar) -> bool:
    """``tok`` is an event noun with its own "by" agent in a "during" phrase ("during a visit by the
    Dutch foreign minister"): the setting of a clause, an event of its own that no governing verb embeds."""
    head = tok.head
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.lower_ in g.setting_preps
        and head.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "prep" and c.lower_ in g.agent_preps for c in dependents(tok))
    )
