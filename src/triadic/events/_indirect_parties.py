"""Parties named indirectly: each side of "the ministers of A and B", what an object pronoun stands for,
the doer of an act a noun restates, the content of a denial, the maker of an unauthored offer, the
other side of a border, an act's means, the ground a retreat leaves."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Token

from triadic.actors import target_words
from triadic.events._arg_phrases import argument_words, is_time
from triadic.events._arg_targets import authored, requested_by
from triadic.events._clauses import Localised, country_prefix
from triadic.events._patterns import Grammar
from triadic.events._syntax import MentionIndexLike, MentionLike, agent_objects
from triadic.events._syntax import prep_objects as _prep_objects
from triadic.events._tree import conjuncts, dependents, doc_tokens, lower_lemmas, sent_of
from triadic.nlp._docs import set_off

__all__ = [
    "PLURAL_OWNERS", "answered_subjects", "antecedent_objects", "awaited_doers", "bordered", "captors",
    "cause_doers", "claimants",
    "content_words", "left_ground", "group_antecedent", "means_clause", "member_sides", "named_objects",
    "partitive_whole",
    "request_makers", "restated_doers", "threat_words",
]


# Possessive pronouns that stand for several owners ("A and B held [their] annual drills").
PLURAL_OWNERS = frozenset({"their"})

# Prepositions through which a group names the parties it comes from ("ministers of A and B").
_MEMBER_PREPS = frozenset({"of", "from"})


def member_sides(head: Token, found: Sequence[MentionLike], index: MentionIndexLike) -> list[MentionLike]:
    """Each coordinated party of the head's "of"/"from" phrase as a side of its own, in the head's
    role ("the interior ministers of Chile and Peru", "army chiefs from Kenya and Uganda"); none when
    the phrase names a single party or a word that is no party."""
    members: list[MentionLike] = []
    for p in _prep_objects(head, _MEMBER_PREPS):
        if not conjuncts(p):
            continue
        for w in (p, *conjuncts(p)):
            m = index.at(w.i)
            if m is None:
                return []  # "envoys of Spain and other nations": not every side is named
            members.append(m)
    if len(members) < 2:
        return []
    role = next((m.actor.role for m in found if m.actor.role), None)
    out: list[MentionLike] = []
    for m in members:
        if role is not None and m.actor.role is None and m.actor.country and m.actor.kind == "state":
            m = Localised(m.start, m.end, m.start_char, m.end_char, m.text,
                          replace(m.actor, code=country_prefix(m.actor.country) + role, role=role,
                                  name=f"{m.actor.name} ({role})"))
        if all(m.actor.code != x.actor.code for x in out):
            out.append(m)
    return out if len(out) >= 2 else []


# Object pronouns that stand for a party named earlier in the sentence.
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


# Possessive pronouns whose owner is the party an act on a thing reaches ("seized [their] passports").
_OWNER_PRONOUNS = frozenset({"their", "his", "her"})


def antecedent_objects(pron: Token, verb: Token) -> list[Token]:
    """What an object pronoun of a participle or a coordinated verb refers to, or the pronoun owner
    of its object ("detained two tourists and seized their passports"): the object of the verb it
    hangs on, or that object's "of" phrase ("demanded the dismissal of [the minister], accusing
    him")."""
    owned = any(c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS for c in dependents(pron))
    if (pron.dep_ != "dobj" or pron.head.i != verb.i or not (pron.lower_ in _OBJECT_PRONOUNS or owned)
            or verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i):
        return []
    objs = [o for o in dependents(verb.head) if o.dep_ == "dobj" and o.i < verb.i]
    return objs + [p for o in objs for p in _prep_objects(o, frozenset({"of"}))]


def restated_doers(verb: Token, g: Grammar) -> list[Token]:
    """The subjects of the act a reaction answers where a noun restates that act (``restating_nouns``):
    "X accused Y of ..., an accusation Z denied" (the parser hangs the accusation on "denied" as a
    clause before it, with "accusation" in its subject or object), "X eased its curbs, a step
    welcomed by Z" (the participle hangs on "step", which hangs on "eased")."""
    nouns = argument_words().restating_nouns
    acts: list[Token] = []
    noun = verb.head
    if (verb.dep_ in ("acl", "relcl") and noun.lemma_.lower() in nouns
            and noun.dep_ in ("npadvmod", "appos", "dobj") and set_off(noun.doc, noun.left_edge.i)):
        # the parser may hang the restating noun on the act's last word ("harbouring gunmen in the
        # north, a claim Lome denied"): the act is the first verb above it
        act = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if act is not None:
            acts.append(act)
    subs = [c for c in dependents(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    # "an allegation Moscow rejected": the restating noun can be the fronted object as well
    subs_or_fronted = subs + [c for c in dependents(verb) if c.dep_ == "dobj" and c.i < verb.i]
    restated = any(w.lemma_.lower() in nouns for s in subs_or_fronted for w in (s, *dependents(s))
                   if w.dep_ != "appos" or w.i == s.i)
    if restated:
        acts.extend(c for c in dependents(verb) if c.dep_ == "ccomp" and c.i < verb.i)
    # the act's subject, or the subject of the clause whose participle it is
    return [s for a in acts for s in dependents(a) if s.dep_ in ("nsubj", "agent")]


def content_words(verb: Token) -> list[Token]:
    """The words of the "that" clause a verb reports, its subject first ("denied [that Venezuelan
    soldiers had entered Guyanese territory]"); not of a condition ("if ...")."""
    out: list[Token] = []
    for c in dependents(verb):
        if c.dep_ != "ccomp" or c.i < verb.i or any(k.dep_ == "mark" and k.lower_ in ("if", "unless")
                                                    for k in dependents(c)):
            continue
        subs = [s for s in dependents(c) if s.dep_ in ("nsubj", "nsubjpass")]
        out.extend(subs)
        out.extend(w for w in c.subtree if w.i != c.i and w.pos_ in ("NOUN", "PROPN", "ADJ")
                   and all(w.i != s.i for s in subs))
    return out


def request_makers(obj: Token, verb: Token) -> list[Token]:
    """Who the sentence says made the request, offer or proposal the verb answers when the noun names
    no author ("rejected the offer, two days after Bogota [offered] to host talks"): the subjects of
    the sentence's other verbs that make such a thing (``request_verbs``)."""
    makers = argument_words().request_verbs.get(obj.lemma_.lower())
    if not makers or authored(obj) or requested_by(obj):
        return []
    return [s for w in verb.sent if w.pos_ == "VERB" and w.i != verb.i and w.lemma_.lower() in makers
            for s in dependents(w) if s.dep_ == "nsubj"]


def bordered(tok: Token, named: bool = False) -> list[Token]:
    """The country a border phrase names as its other side ("its frontier [with Eritrea]").

    Args:
        named: the border's own country word counts too ("massed troops near the [Ukrainian] border"):
            only where forces stand facing it, a force posture; elsewhere a border is where, not who.
    """
    nouns = argument_words().border_nouns
    if tok.lemma_.lower() not in nouns and tok.lower_ not in nouns:
        return []
    sides = [o for o in _prep_objects(tok, frozenset({"with"})) if not is_time(o)]
    if named and not sides:
        sides = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < tok.i
                 and c.pos_ in ("ADJ", "PROPN", "NOUN")]
    return sides


def means_clause(verb: Token) -> list[Token]:
    """The act by which the verb's act was done ("broke the truce [by shelling] a border post")."""
    return [c for p in dependents(verb) if p.dep_ == "prep" and p.lower_ == "by"
            for c in dependents(p) if c.dep_ == "pcomp" and c.pos_ == "VERB"]


def left_ground(verb: Token) -> list[Token]:
    """What a retreat leaves, and the places inside it ("withdrew its soldiers from [camps] inside
    [South Sudan]", "pulled out of [the town]", "pulled its troops out of [Mali]"), nearest first."""
    out: list[Token] = []
    # the parser hangs "out" of "out of" on the verb as a preposition when an object comes between
    heads = [verb, *(c for c in dependents(verb) if c.dep_ in ("dobj", "advmod", "prt")
                     or (c.dep_ == "prep" and c.lower_ == "out"))]
    for p in (p for h in heads for p in dependents(h) if p.dep_ == "prep" and p.lower_ in ("from", "of")):
        for o in dependents(p):
            if o.dep_ == "pobj" and not is_time(o):
                out.extend(w for w in o.subtree if w.dep_ == "pobj" or w.i == o.i)
    return out


def host_places(verb: Token, g: Grammar) -> list[Token]:
    """Where the state posts the verb acts on are ("closed its embassy [in Tehran]", "shut its
    consulate in [Shanghai]"): the place phrase of a post noun object (``post_nouns``), or of the
    verb when its object is one."""
    posts = [o for c in dependents(verb) if c.dep_ == "dobj"
             for o in (c, *(x for x in dependents(c) if x.dep_ == "conj"))
             if o.lemma_.lower() in target_words().post_nouns]
    if not posts:
        return []
    return [o for h in (*posts, verb) for o in _prep_objects(h, g.location_preps) if not is_time(o)]


def _marked_clauses(verb: Token, marks: frozenset[str], *, after: bool) -> list[Token]:
    """The verb's adverbial clauses opened by one of ``marks`` ("after", "if", "until"), only those
    after the verb when ``after``."""
    return [c for c in dependents(verb) if c.dep_ == "advcl" and (not after or c.i > verb.i)
            and any(k.dep_ == "mark" and k.lower_ in marks for k in dependents(c))]


def cause_doers(verb: Token) -> list[Token]:
    """The subjects of the act the verb's "after"/"because" clause reports ("recalled its envoy [after
    Burundi closed the border]"), in order (``cause_marks``)."""
    return [s for c in _marked_clauses(verb, argument_words().cause_marks, after=True)
            for s in dependents(c) if s.dep_ in ("nsubj", "agent") or _sighted(s)]


def answered_doers(verb: Token, objs: Sequence[Token]) -> list[Token]:
    """The words naming the doer of the act a reaction's phrase says it answers, in order: "warned of a
    response [after the Japanese prime minister's remarks]", "condemned it [in response to Israeli
    strikes]", "would respond [to the drills by Seoul]" (``answered_preps``, ``answered_nouns``,
    ``reply_verbs``). Only the act's owner, "by" phrase and left modifiers: whom it befell ("after the
    killing of Iranian generals") is no doer, and a pronoun owner may stand for the reacting party."""
    words = argument_words()
    acts: list[Token] = []
    for h in (verb, *objs):
        acts += _prep_objects(h, words.answered_preps)
        acts += [q for n in _prep_objects(h, frozenset({"in"})) if n.lemma_.lower() in words.answered_nouns
                 for q in _prep_objects(n, frozenset({words.answered_nouns[n.lemma_.lower()]}))]
    for h in (verb, *(c for c in dependents(verb) if c.dep_ == "xcomp")):
        if h.lemma_.lower() in words.avenging_verbs:
            # "vowed to avenge [the Indian strikes]": what is avenged is the act answered
            acts += [c for c in dependents(h) if c.dep_ == "dobj"]
    for o in objs:
        # "would give a befitting reply [to any misadventure by Pakistan]", "vowed a crushing response
        # [to the U.S. strike]": the reply named as the object answers the act of its own phrase
        if o.lemma_.lower() in words.answered_nouns:
            acts += _prep_objects(o, frozenset({words.answered_nouns[o.lemma_.lower()]}))
    # "back" on the verb, or on its manner adverb where the parser may hang it ("hit back hard at")
    backs = (b for c in dependents(verb) for b in (c, *dependents(c)) if c.dep_ in ("prt", "advmod"))
    if verb.lemma_.lower() in words.reply_verbs or (
            verb.lemma_.lower() in words.back_reply_verbs and any(b.lower_ == "back" for b in backs)):
        # "would respond to the drills by Seoul", "would strike back at any Iranian attack"; the parser
        # may hang the "to" on the means of the reply ("respond with reciprocal measures to the ...")
        acts += _prep_objects(verb, words.reply_preps)
        acts += [a for w in _prep_objects(verb, frozenset({"with"}))
                 for a in _prep_objects(w, words.reply_preps)]
    out: list[Token] = []
    for a in acts:
        for q in (a, *conjuncts(a)):
            if q.pos_ != "NOUN" or is_time(q):
                continue
            out.extend(act_doers(q))
    if not out and _replies(verb, objs):
        # "Indian jets struck targets in Pakistan, and Islamabad vowed to retaliate": a reply that
        # names no act answers the clause it is joined to, whose doer the caller keeps only when
        # that doer is of another country than the one replying
        out.extend(joined_doers(verb))
    return out


def _replies(verb: Token, objs: Sequence[Token]) -> bool:
    """The verb, its infinitive or its object is a word of reply or revenge ("vowed to retaliate",
    "would respond", "vowed revenge")."""
    words = argument_words()
    verbs = words.reply_verbs | words.avenging_verbs
    return (verb.lemma_.lower() in verbs
            or any(c.dep_ == "xcomp" and c.lemma_.lower() in verbs for c in dependents(verb))
            or any(o.lemma_.lower() in words.answered_nouns for o in objs))


def joined_doers(verb: Token) -> list[Token]:
    """The subjects (or "by" doers) of the earlier clause ``verb`` is coordinated with ("X struck Y,
    and [Z vowed] ..."), when ``verb`` has a subject of its own; none else."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in dependents(verb)):
        return []  # "struck Y and vowed to ...": one doer, nothing answered
    first = verb.head
    return [*(s for s in dependents(first) if s.dep_ == "nsubj" and s.pos_ != "PRON"),
            *agent_objects(first)]


def act_doers(q: Token) -> list[Token]:
    """The words naming the doer of the act noun ``q``: its owner ("Israel's strikes"; a pronoun,
    which may stand for the speaker, left out), its "by" phrase ("any attack by Pakistan") and its left
    modifiers ("any Israeli aggression"), in that order."""
    return [*(c for c in dependents(q) if c.dep_ == "poss" and c.pos_ != "PRON"),
            *_prep_objects(q, frozenset({"by"})),
            *(c for c in dependents(q) if c.dep_ in ("amod", "compound", "nmod") and c.i < q.i)]


def condition_doers(verb: Token) -> list[Token]:
    """The subjects of the condition on a threat ("to retaliate [if Western missiles are used]"), in
    order (``condition_marks``); a pronoun subject is left out. The parser often hangs the condition
    on the verb that governs the threat ("reserved the right to retaliate [if Israel attacked its
    territory]", "is ready to strike [if ...]"): that verb's condition counts too."""
    heads = [verb]
    cur = verb
    for _ in range(2):
        # up a control chain: "to retaliate" is an infinitive on "right" (the object of "reserved") or
        # the complement of its governing verb
        if cur.dep_ == "xcomp":
            cur = cur.head
        elif (cur.dep_ == "acl" and cur.head.dep_ in ("dobj", "attr")
              and cur.head.head.pos_ in ("VERB", "AUX")):
            cur = cur.head.head
        else:
            break
        heads.append(cur)
    return [s for h in heads for c in _marked_clauses(h, argument_words().condition_marks, after=False)
            for s in dependents(c) if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON"]


def content_subjects(verb: Token) -> list[Token]:
    """The subjects of the "that" clause a verb reports ("warned [that Manila was playing with
    fire]"); not of a condition, and not a pronoun, which may stand for the speaker. A passive clause's
    doer, its "by" phrase, comes before its subject: "alleged [the vote was rigged by the ruling
    party]" is about the party that rigged it, the vote names no one."""
    out: list[Token] = []
    for s in content_words(verb):
        if s.dep_ not in ("nsubj", "nsubjpass") or s.head.head.i != verb.i or s.pos_ == "PRON":
            continue
        if s.dep_ == "nsubjpass":
            out.extend(o for o in agent_objects(s.head) if o.pos_ != "PRON")
        out.append(s)
    return out


def awaited_doers(verb: Token) -> list[Token]:
    """The subjects of the act the verb's "until"/"unless" clause waits for ("will not lift the embargo
    [until Cuba undertakes reforms]"), in order; a pronoun subject is left out."""
    return [s for c in _marked_clauses(verb, argument_words().awaited_marks, after=True)
            for s in dependents(c) if s.dep_ == "nsubj" and s.pos_ != "PRON"]


def _sighted(s: Token) -> bool:
    """``s`` is the passive subject of a verb of sighting ("after Chinese vessels were spotted"): the
    party whose presence the clause reports, as an active subject would be."""
    return s.dep_ == "nsubjpass" and s.head.lemma_.lower() in argument_words().sighting_verbs


def threat_words(verb: Token, calm: Callable[[Token], bool]) -> list[Token]:
    """What a show of force answers, in order: the subjects of its "after"/"as" clauses, then the words
    of its "after"/"amid"/"in response to" phrases ("put its troops on alert [after reports of movements
    on the Russian side]"), times left out (``posture_marks``, ``posture_preps``). A clause or phrase
    ``calm`` accepts ("after a meeting with X", "after X met Y") names no threat."""
    words = argument_words()
    out = [s for c in dependents(verb) if c.dep_ == "advcl" and not calm(c)
           and any(k.dep_ == "mark" and k.lower_ in words.posture_marks for k in dependents(c))
           for s in dependents(c) if s.dep_ in ("nsubj", "agent") or _sighted(s)]
    heads = _prep_objects(verb, words.posture_preps)
    # "in response to the drills": the answered act is one preposition further down
    heads += [q for p in _prep_objects(verb, frozenset({"in"})) if p.lower_ == "response"
              for q in _prep_objects(p, frozenset({"to"}))]
    for h in heads:
        if not is_time(h) and not calm(h):
            out.extend(h.subtree)
    return out


def answered_subjects(verb: Token) -> list[Token]:
    """The subjects of the clause a show of force reported in its "after"/"as" clause provoked ("raised
    its alert level [after the North fired missiles into the sea]": whoever raised it)."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return []
    if not any(k.dep_ == "mark" and k.lower_ in argument_words().posture_marks for k in dependents(verb)):
        return []
    return [s for s in dependents(verb.head) if s.dep_ in ("nsubj", "nsubjpass")]


def named_objects(verb: Token, preps: frozenset[str]) -> list[Token]:
    """What a free relative "what X called Y" on the verb stands for ("negotiate with [what it called the
    militia]", "condemned [what it described as the detention of two fishermen by Chile]"): the naming
    clause's "by" author first, then the phrase it names (``naming_verbs``)."""
    naming = argument_words().naming_verbs
    clauses = [c for c in dependents(verb) if c.dep_ in ("ccomp", "xcomp", "advcl")]
    clauses += [c for p in dependents(verb) if p.dep_ == "prep" and p.lower_ in preps
                for c in dependents(p) if c.dep_ == "pcomp"]
    out: list[Token] = []
    for c in clauses:
        if c.lemma_.lower() not in naming or not any(
                k.lower_ == "what" and k.dep_ in ("dobj", "nsubjpass") for k in dependents(c)):
            continue
        out.extend(_prep_objects(c, frozenset({"by"})))
        out.extend(k for k in dependents(c) if k.dep_ in ("oprd", "xcomp") and k.pos_ in ("NOUN", "PROPN"))
        out.extend(_prep_objects(c, frozenset({"as"})))
    return out


def partitive_whole(tok: Token) -> list[Token]:
    """What a number or partitive word takes a part of ("closed [two] of its border crossings": the
    crossings), else nothing (``partitive_words``, ``quantity_nouns``)."""
    words = argument_words()
    low = tok.lemma_.lower()
    if tok.pos_ != "NUM" and low not in words.partitive_words and low not in words.quantity_nouns:
        return []
    return _prep_objects(tok, frozenset({"of"}))


def claimants(tok: Token, event_nouns: frozenset[str]) -> tuple[list[Token], Token | None]:
    """The subjects of another clause of the sentence that owns an act ("..., and X said it had [carried
    out the attack]", "X [claimed responsibility] for the blast"), with that clause's verb (``claim_verbs``,
    ``claimed_nouns``); none when ``tok`` is inside that clause."""
    words = argument_words()
    sent = sent_of(tok)
    # the document's lemma table first: most sentences have no claim verb, and a token's own strings
    # are decoded anew on every read
    lemmas, toks = lower_lemmas(tok.doc), doc_tokens(tok.doc)
    for i in range(sent.start, sent.end):
        low = lemmas[i]
        if low not in words.claim_verbs or i == tok.i:
            continue
        v = toks[i]
        if v.pos_ != "VERB":
            continue
        prt = words.claim_verbs[low]
        if prt and not any(c.dep_ == "prt" and c.lower_ == prt for c in dependents(v)):
            continue
        if not any(c.dep_ == "dobj" and (c.lemma_.lower() in words.claimed_nouns
                                         or c.lemma_.lower() in event_nouns) for c in dependents(v)):
            continue
        if v.left_edge.i <= tok.i <= v.right_edge.i:
            continue
        return [c for c in dependents(v) if c.dep_ == "nsubj"], v
    return blamed_doers(tok, event_nouns)


# Clause relations through which a clause goes on telling the act of the clause it hangs on ("struck a
# convoy, killing four, in an attack ..."): the "in" phrase of either describes both.
_TELLING_DEPS = frozenset({"advcl", "conj"})


def blamed_doers(tok: Token, event_nouns: frozenset[str]) -> tuple[list[Token], Token | None]:
    """Whom a relative clause of blame on the act's own noun lays it on ("in an attack officials blamed
    on X", ``blame_verbs``), with that clause's verb: for the noun itself, or for the verb the noun
    says the act was ("[killed] nine villagers in an attack ... blamed on X"), or that verb's head
    clause it goes on from; none for a verb the act is only the occasion of ("were arrested over an
    attack blamed on X")."""
    blame = argument_words().blame_verbs
    # (the document's lemma table and shared tokens, read by index: a token decodes its strings anew on
    # every read, and most sentences have no verb of blame)
    sent, lemmas, toks = sent_of(tok), lower_lemmas(tok.doc), doc_tokens(tok.doc)
    for i in range(sent.start, sent.end):
        prep = blame.get(lemmas[i])
        v = toks[i]
        if prep is None or v.pos_ != "VERB" or v.dep_ != "relcl" or v.head.lemma_.lower() not in event_nouns:
            continue
        noun = v.head
        if noun.i != tok.i:
            if noun.dep_ != "pobj" or noun.head.lower_ != "in":
                continue
            told = noun.head.head
            if not (told.i == tok.i or (told.dep_ in _TELLING_DEPS and told.head.i == tok.i)):
                continue
        doers = [o for p in dependents(v) if p.dep_ == "prep" and p.lower_ == prep
                 for o in dependents(p) if o.dep_ == "pobj"]
        if doers:
            return doers, v
    return [], None


def group_antecedent(tok: Token, index: MentionIndexLike) -> list[MentionLike]:
    """The armed or political group a definite "the group", "the movement", "the militia" stands for
    when the index names nothing there: the nearest group named before it, in its sentence or the one
    before ("accused M23 of ..., and suspended talks with the group"). The mention is the anaphor's
    own words, carrying the group's actor."""
    words = argument_words()
    if tok.lemma_.lower() not in words.group_nouns or index.at(tok.i) is not None:
        return []
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in dependents(tok)):
        return []
    sent = tok.sent
    lo = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for i in range(tok.i - 1, lo - 1, -1):
        m = index.at(i)
        if m is not None and (m.actor.kind == "group" or m.actor.role in words.group_roles):
            first = tok.left_edge
            return [Localised(first.i, tok.i + 1, first.idx, tok.idx + len(tok.text),
                              tok.doc[first.i:tok.i + 1].text, m.actor)]
    return []


def captors(verb: Token, g: Grammar) -> list[Token]:
    """Who held the people an agentless passive release sets free, named by an agent on their own
    participle or relative clause ("two aid workers [held by the militia] were freed"); see
    ``freeing_verbs`` and ``captor_verbs``."""
    words = argument_words()
    if g.lemma(verb) not in words.freeing_verbs or any(c.dep_ == "agent" for c in dependents(verb)):
        return []
    out: list[Token] = []
    for s in dependents(verb):
        if s.dep_ != "nsubjpass":
            continue
        for c in dependents(s):
            if c.dep_ in ("acl", "relcl") and c.i > s.i and g.lemma(c) in words.captor_verbs:
                out.extend(_prep_objects(c, g.agent_preps))
    return out
