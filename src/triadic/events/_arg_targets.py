"""Which participant of a trigger is the party acted on: the rules that choose a target phrase."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Token

from triadic.events._arg_phrases import argument_words, is_time
from triadic.events._patterns import Grammar, Pattern
from triadic.events._syntax import agent_objects
from triadic.events._syntax import prep_objects as _prep_objects
from triadic.events._tree import conjuncts, dependents, doc_tokens

__all__ = [
    "ACTOR_ENTS", "AUTHOR_PREPS", "NAMED_ORGS_KEY", "PLACE_ENTS", "actor_like", "aimed_at", "amount",
    "answered", "authored", "claimed_target", "group", "headline_verb", "helped", "measure", "measure_place",
    "misread_object", "named", "named_place", "party", "party_in", "people", "places_after", "recipient",
    "referring", "rejected_thing", "requested_by", "responds_to", "served_place", "sponsored_by",
    "topic_subject",
]

# Named-entity types of who can act or be acted on: places that stand for states, organisations,
# nationalities and people.
ACTOR_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})

# The key under which the event coder leaves, on the parse, the tokens of organisations the actor
# resolver named but the tagger gave no entity type ("AU", "ECOWAS", "IGAD", "SADC"): a party all the same.
NAMED_ORGS_KEY = "triadic.named_orgs"


def named(tok: Token) -> bool:
    """``tok`` is part of a party's name: an actor-type entity, or an organisation the resolver knows
    though the tagger typed no entity on it ("an AU-backed plan", "ECOWAS sanctions")."""
    return tok.ent_type_ in ACTOR_ENTS or tok.i in tok.doc.user_data.get(NAMED_ORGS_KEY, ())

# Amounts are never who receives ("raised the tariff to 25 percent").
_AMOUNT_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})

# Prepositions whose object is opposed by the act, whatever it is ("a war against the remnants").
_AGAINST = frozenset({"against"})

# The preposition of who receives what a verb hands over.
_RECIPIENT = frozenset({"to"})

# Prepositions of whom an act goes to or against, as opposed to what it is about ("data on X").
_AIMED_PREPS = frozenset({"to", "against", "with", "into", "toward", "towards", "at"})


def people(tok: Token) -> bool:
    """The phrase names people by a general noun ("protesters", "12 prisoners", "families")."""
    return bool(argument_words().people_nouns & {tok.lemma_.lower(), tok.lower_})


def amount(tok: Token) -> bool:
    """The phrase headed by ``tok`` is a sum of money or a share ("$80 million", "94%"); a count of
    people ("hundreds of prisoners", "2,374 migrants") is not."""
    if tok.ent_type_ in ("MONEY", "PERCENT"):
        return True
    # "7 million euros", "3 million kroner" where the tagger typed no sum: a counted currency
    return tok.lemma_.lower() in argument_words().currency_nouns and any(
        c.dep_ == "nummod" or c.like_num for c in dependents(tok))


def actor_like(tok: Token) -> bool:
    """The phrase headed by ``tok`` names a party: a named entity of an actor type, at the head or in
    its modifiers ("Russian authorities", "the Kremlin")."""
    return named(tok) or any(
        named(c) for c in dependents(tok) if c.dep_ in ("compound", "amod", "nmod", "poss")
    )


# Prepositions through which an act names its author after the noun ("a request from X", "an
# offer by X"); "of" is left out: "a blockade of X" names whom it is aimed at.
AUTHOR_PREPS = frozenset({"by", "from"})


def authored(noun: Token) -> bool:
    """An event noun that names whose act it is by a possessor or modifier ("X's offer", "a U.S.
    call"), also one noun further ("the EU withdrawal agreement"); its own pronoun ("its blockade") is
    the subject's, so says nothing new."""
    return any(
        (c.dep_ == "poss" and c.pos_ != "PRON")
        or (c.dep_ in ("compound", "amod", "nmod") and named(c))
        or (c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i and any(
            x.dep_ in ("compound", "amod") and named(x) for x in dependents(c)))
        or sponsored_by(c) is not None
        for c in dependents(noun)
    )


def sponsored_by(mod: Token) -> Token | None:
    """The party a hyphenated participle on a request or plan names as its backer ("a U.S.-backed
    proposal", "the Qatari-brokered deal"): the name the parser hangs on the participle. Only on what
    one party puts to another: a "U.S.-backed militia" is not the United States."""
    if mod.head.lemma_.lower() not in argument_words().request_nouns or mod.dep_ != "amod":
        return None
    if "-" in mod.text and mod.ent_type_ == "" and _participle_of(
            mod.lower_.rsplit("-", 1)[1], argument_words().sponsor_participles):
        # one token "U.S.-brokered": the actors' resolver makes its country a mention on the token
        return mod
    if mod.tag_ != "VBN":
        return None
    if mod.lemma_.lower() not in argument_words().sponsor_participles:
        return None
    return next((x for x in dependents(mod) if x.i < mod.i and named(x)
                 and x.dep_ in ("npadvmod", "compound", "amod", "nmod")), None)


def _participle_of(word: str, lemmas: Collection[str]) -> bool:
    """``word`` is the regular past participle of one of ``lemmas`` ("brokered", "proposed", "led")."""
    stems = {word[:-2], word[:-1]} if word.endswith("ed") else ({"lead"} if word == "led" else set())
    return bool(stems & set(lemmas))


def requested_by(noun: Token) -> bool:
    """A request, offer or proposal that names its author after the noun: "a request from X", "an
    offer by X", "the plan proposed by X". (Only for what is answered: "refugees from X" come from
    a place, they are not X's act, and "a ban by X" is X's measure, not a request.)"""
    if noun.lemma_.lower() not in argument_words().request_nouns:
        return False
    for c in dependents(noun):
        preps = [c] if c.dep_ == "prep" and c.i > noun.i else (
            [x for x in dependents(c) if x.dep_ == "agent"] if c.dep_ == "acl" and c.tag_ == "VBN" else [])
        if any(p.lower_ in AUTHOR_PREPS and any(o.dep_ == "pobj" and actor_like(o) for o in dependents(p))
               for p in preps):
            return True
    return False


def responds_to(verb: Token, obj: Token, pat: Pattern | None, g: Grammar) -> bool:
    """The verb answers another party's act named by its object ("rejected X's request"), rather than
    lending its subject to it ("launched an attack") or expressing an attitude ("voiced concern")."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and g.lemma(verb) not in g.light_verbs
        and not (pat is not None and pat.notarget)
        and obj.dep_ in ("dobj", "nsubjpass")
        and authored(obj)
    )


def party_in(tok: Token, preps: frozenset[str], depth: int = 0, against: bool = False) -> Token | None:
    """The nearest party named inside a phrase through its prepositions ("sanctions against X",
    "accusations by X", "a curfew in X"), not through clauses hanging off it.

    Args:
        against: only the object of "against" counts, party or not ("a war against the remnants").
    """
    if depth > 3:
        return None
    # "the ban imposed on X": the prepositions of a participle on the phrase count too.
    heads = [tok, *(c for c in dependents(tok) if c.dep_ == "acl" and c.tag_ == "VBN")]
    for c in (c for h in heads for c in dependents(h)):
        # "a team of engineers to X": a party is reached through "of" but is never its object
        # ("the websites of X" were acted on, not X).
        through = c.lower_ == "of" and c.dep_ == "prep" and "of" not in preps
        if c.dep_ in ("prep", "agent") and (c.lower_ in preps or through):
            for o in dependents(c):
                if o.dep_ == "pobj" and not is_time(o):
                    if against and c.lower_ in _AGAINST and not (o.pos_ == "PRON" or o.tag_ == "WP"):
                        return o
                    if actor_like(o) and not through and not against:
                        return o
                    deeper = party_in(o, preps, depth + 1, against)
                    if deeper is not None:
                        return deeper
    return None


def topic_subject(tok: Token) -> list[Token]:
    """The subject of a clause that says what an attitude is about ("optimism that X will ...",
    "is skeptical the plan will work"), unless it is a pronoun."""
    for c in dependents(tok):
        if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX") and c.i > tok.i:
            subs = [s for s in dependents(c) if s.dep_ in ("nsubj", "nsubjpass")]
            if subs and subs[0].pos_ in ("NOUN", "PROPN"):
                return subs[:1]
    return []


def _attitude_object(tok: Token, event_nouns: frozenset[str]) -> bool:
    """What an attitude is about ("optimism at the prospect of ...", "optimism that the plan ..."):
    the whole topic, as said."""
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        # the subject of a topic clause of an attitude word
        return head.dep_ in ("ccomp", "acl") and (
            head.head.dep_ == "acomp" or head.head.lemma_.lower() in event_nouns
            or any(c.dep_ == "acomp" for c in dependents(head.head)))
    return (tok.dep_ == "pobj" and head.lower_ in argument_words().attitude_preps
            and (head.head.dep_ == "acomp" or head.head.lemma_.lower() in event_nouns
                 or head.head.pos_ in ("VERB", "AUX")))


def referring(tok: Token) -> bool:
    """A name or a noun phrase that refers to someone or something, not a bare state or result
    ("tortured him to death", "sent to prison")."""
    if tok.pos_ == "PROPN":
        return True
    return tok.pos_ == "NOUN" and (tok.tag_ in ("NNS", "NNPS") or any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in dependents(tok)))


def party(
    target: Token, verb: Token | None, g: Grammar, event_nouns: frozenset[str], places: bool = False
) -> Token:
    """The patient as a party: a target phrase that names no party gives way to the party inside it,
    else to the verb's recipient ("sent experts to X", "returned the relics to X").

    Args:
        places: the target is what an act asks for ("called for reform in X"): where it is wanted
            counts as a party, as for an event noun.
    """
    if people(target):
        # "clashed with protesters in X", "released 12 prisoners to X": the people; but "refugees from
        # X" are X's people, named by where they come from
        origin = [o for o in _prep_objects(target, frozenset({"from"})) if not is_time(o) and actor_like(o)]
        return origin[0] if origin else target
    if actor_like(target) or _attitude_object(target, event_nouns):
        return target
    if (verb is not None and target.head.i == verb.i and target.lemma_.lower() in event_nouns
            and responds_to(verb, target, None, g)):
        return target  # "rejected a request by X": the request, as the verb chose
    # Not through "of": "the websites of X" is what was acted on, X only owns it. Through "in" only
    # from an event noun ("a curfew in X"): "a vehicle in X" and "75 people in X" are the patients.
    preps = (g.target_preps | g.agent_preps | g.actor_preps | g.between_preps) - {"of"}
    if target.lemma_.lower() not in event_nouns and not places:
        preps = preps - g.location_preps
    for head in (target, *(conjuncts(target) if places else ())):
        inner = party_in(head, preps)
        if inner is not None:
            return inner
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        for o in _prep_objects(verb, g.target_preps):
            if o.i != target.i and not is_time(o) and actor_like(o):
                return o
        if target.dep_ == "dobj" and target.head.i == verb.i:
            # "returned the manuscripts to their owners", "donated 3 million euros to the fund":
            # a thing handed over gives way to whoever receives it, party or not.
            for o in _prep_objects(verb, _RECIPIENT):
                if not is_time(o) and o.ent_type_ not in _AMOUNT_ENTS and referring(o):
                    return o
    # "mobilized troops for a battle against X": whoever an act is against, at any depth
    for holder in (target, verb):
        inner = None if holder is None else party_in(holder, frozenset({"for"}) | _AGAINST, against=True)
        if inner is not None and inner.i != target.i:
            return inner
    return target


def misread_object(verb: Token) -> list[Token]:
    """A party named right after the verb that the parser hung as an adverbial noun ('"We will respond,"
    Tehran warned [Washington]'): after a quote the small parser often reads the addressee of a
    fronted speech verb so; a name of an actor type is never how or when, so it is the object."""
    nxt = verb.i + 1
    return [c for c in dependents(verb) if c.dep_ == "npadvmod" and c.i == nxt and c.ent_type_ in ACTOR_ENTS
            and not is_time(c) and verb.pos_ == "VERB"]


def aimed_at(tok: Token) -> bool:
    """A party the act goes to or against ("handed supplies to X"), not a topic ("data on X")."""
    return actor_like(tok) and (tok.dep_ in ("dobj", "dative", "nsubjpass") or (
        tok.dep_ == "pobj" and tok.head.lower_ in _AIMED_PREPS))


def group(tok: Token) -> bool:
    """The phrase names several parties: coordinated heads ("A and B") or coordinated party
    modifiers ("the Dutch and Belgian navies")."""
    if conjuncts(tok):
        return True
    return any(c.dep_ in ("amod", "compound") and c.ent_type_ in ACTOR_ENTS
               and any(x.dep_ == "conj" for x in dependents(c)) for c in dependents(tok))


def claimed_target(verb: Token, obj: Token | None, g: Grammar) -> list[Token]:
    """Whom a claimed act was done to ("claimed responsibility for the attack on X" -> X): the act's
    aimed object, else the party where it happened; the act itself is never the target."""
    # "for the attack", also "on attacks" as some write it
    claimed = frozenset({"for", "on"})
    acts = _prep_objects(obj, claimed) if obj is not None else []
    acts = acts or _prep_objects(verb, claimed)
    for act in acts[:1]:
        hit = [o for o in _prep_objects(act, g.target_preps - {"for", "from"}) if not is_time(o)]
        hit = hit or [o for o in _prep_objects(act, g.location_preps) if not is_time(o) and actor_like(o)]
        return hit[:1]
    return []


def served_place(tok: Token, g: Grammar) -> Token | None:
    """The party-place a deployment serves when something is sent or given to it ("troops to the
    UN peacekeeping force in South Sudan" -> South Sudan): the place, not the organisation running
    the mission, is what the act is for. ("attacked forces in X" keeps the forces.)"""
    words = argument_words().mission_nouns
    if tok.lemma_.lower() not in words and tok.lower_ not in words:
        return None
    if not (tok.dep_ == "pobj" and tok.head.lower_ in _RECIPIENT | {"for"}):
        return None
    for o in _prep_objects(tok, g.location_preps):
        if not is_time(o) and o.ent_type_ in ("GPE", "LOC"):
            return o
    return None


def places_after(verb: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of ``preps`` anywhere after the verb in its clause, in order, that name a party; not
    of an adverb's preposition ("dating back to", "close to")."""
    return [o for p in verb.subtree if p.i > verb.i and p.dep_ == "prep" and p.lower_ in preps
            and p.head.pos_ != "ADV"
            for o in dependents(p) if o.dep_ == "pobj" and not is_time(o) and actor_like(o)]


def recipient(verb: Token, target: Token | None, code: str, g: Grammar) -> Token | None:
    """Who receives what a transfer hands over ("sent supplies and doctors to Nepal", "returned the
    skulls that date back to ... to Peru"), wherever the parser hung the destination; for aid with
    no recipient, the named place it serves ("funds to fight the epidemic in West Africa").

    Args:
        target: the patient found so far, if any; people or a recipient already found stay.
    """
    words = argument_words()
    if not code.startswith(words.transfer_codes):
        return None
    if target is not None and code.startswith(words.aid_codes):
        # "aid to 1.5 million people in Haiti": aid serves the place its people are in
        # ("to populations affected by the cyclone in X": at any depth of the phrase)
        places = [o for o in places_after(target, g.location_preps) if o.ent_type_ in ("GPE", "LOC")]
        if places:
            return places[0]
    if target is not None and (
            people(target)
            or target.dep_ == "pobj" and target.head.lower_ in g.destination_preps):
        return None  # people handed over or helped ("freed 37 prisoners"), or the recipient already
    hit = places_after(verb, g.destination_preps)
    if not hit and code.startswith(words.aid_codes):
        # "donated ventilators to assist Ethiopia", "sent aid to help the victims of the quake": whom
        # the purpose of the gift serves
        hit = helped(verb)
    if not hit and code.startswith(words.aid_codes):
        hit = [o for o in places_after(verb, g.location_preps) if o.ent_type_ in ("GPE", "LOC")]
    return hit[0] if hit else None


def helped(verb: Token, skip: Collection[str] = ()) -> list[Token]:
    """Who a purpose clause of the verb ("... to assist X", "... to help X cope") serves: its
    object, or the subject of the clause it governs, when that names a party or people.

    Args:
        skip: lemmas of purpose verbs to pass over.
    """
    purposes = [c for c in dependents(verb) if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"
                and c.lemma_.lower() not in skip
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in dependents(c))]
    for c in purposes:
        objs = [o for o in dependents(c) if o.dep_ == "dobj" and (actor_like(o) or people(o))]
        # "help the government and the rebels reach a deal": a coordinated subject names parties
        objs += [s for x in dependents(c) if x.dep_ == "ccomp" for s in dependents(x)
                 if s.dep_ == "nsubj" and (actor_like(s) or people(s) or s.pos_ == "NOUN" and group(s))]
        if objs:
            return objs[:1]
    return []


# Named-entity types of places: where an act with no patient happens can stand for its party.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def named_place(tok: Token) -> bool:
    """The phrase names a party or a place, at its head or through "of" ("parts of Kashmir", "the
    northern province of X")."""
    if actor_like(tok) or tok.ent_type_ in PLACE_ENTS:
        return True
    for p in dependents(tok):
        if p.dep_ == "prep" and p.lower_ == "of":
            if any(o.dep_ == "pobj" and (o.ent_type_ in PLACE_ENTS or actor_like(o)) for o in dependents(p)):
                return True
    return False


# Rejections answer another party's act: its request or offer, named with its author, is the target.
_ANSWER_ROOTS = frozenset({"12"})

# The preposition through which a rejected thing involves a party ("cooperation with X"); not "to":
# "cancelled a visit to X" acts on X.
_INVOLVING_PREPS = frozenset({"with"})


def answered(verb: Token, obj: Token, pat: Pattern | None, g: Grammar) -> bool:
    """The verb's object is another party's request, offer or proposal that the verb rejects, named
    with its author ("rejected X's request", "refused an offer from X")."""
    return (pat is not None and pat.code[:2] in _ANSWER_ROOTS and obj.dep_ == "dobj" and obj.head.i == verb.i
            and (responds_to(verb, obj, pat, g) or requested_by(obj) or rejected_thing(obj) or _made_by(obj)))


def _made_by(noun: Token) -> bool:
    """A request, offer or proposal whose author follows through "of" ("the call of the European
    Parliament", "the demand of the opposition party"): a party, not what is asked for."""
    return noun.lemma_.lower() in argument_words().request_nouns and any(
        p.dep_ == "prep" and p.lower_ == "of" and p.i > noun.i
        and any(o.dep_ == "pobj" and (actor_like(o) or people(o)) for o in dependents(p))
        for p in dependents(noun))


def rejected_thing(obj: Token) -> bool:
    """A rejected thing that involves a party without being its act ("rejected any cooperation with
    X", "refused direct talks with X"): the whole thing is rejected, not the party.
    An accusation by its author ("rejected charges by X") is the author's act, so not this."""
    if obj.pos_ != "NOUN" or actor_like(obj) or people(obj):
        return False
    if obj.lemma_.lower() not in argument_words().request_nouns and any(
            p.dep_ == "prep" and p.lower_ in AUTHOR_PREPS for p in dependents(obj)):
        return False
    return any(p.dep_ == "prep" and p.lower_ in _INVOLVING_PREPS and any(
        o.dep_ == "pobj" and actor_like(o) for o in dependents(p)) for p in dependents(obj))


def measure(tok: Token, obj: Token) -> bool:
    """The phrase is the pattern's own object word ("a curfew", "a state of emergency", "their arms"),
    a thing rather than a party or people."""
    if actor_like(tok) or people(tok):
        return False
    return tok.i == obj.i or (obj.head.i == tok.i and obj.dep_ == "pobj") or (
        obj.dep_ == "pobj" and obj.head.head.i == tok.i)


# Prepositions of the area a measure covers ("a curfew in parts of the city", "a truce across the
# north"); not "at" or "near", which say where it was announced or who is close by.
_COVERED_PREPS = frozenset({"in", "across", "throughout", "within", "inside"})


def measure_place(verb: Token, noun: Token, acts: frozenset[str] = frozenset()) -> Token | None:
    """The area a measure applies to, named or not ("imposed a curfew in parts of the old city",
    "lifted the state of emergency in four of the provinces"): on the measure noun, else on the verb.
    A time ("in the morning") or an act (a lemma in ``acts``: "in a bid to ...") is no area."""
    for head in (noun, verb):
        for o in _prep_objects(head, _COVERED_PREPS):
            if is_time(o) or amount(o) or o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in acts:
                continue
            if referring(o) or o.ent_type_ in PLACE_ENTS or (
                    o.pos_ == "NUM" and any(p.dep_ == "prep" and p.lower_ == "of" for p in dependents(o))):
                return o
    return None


def headline_verb(verb: Token) -> bool:
    """A past verb the parser hung as a participle on a sentence that is otherwise a bare noun phrase
    ("A U.S. report called for sanctions against X."): the noun is its subject, not its patient."""
    head = verb.head
    if (verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or head.pos_ not in ("NOUN", "PROPN")
            or verb.i != head.i + 1 or any(c.dep_ in ("agent", "auxpass") for c in dependents(verb))):
        return False
    # "Turkish air strikes killed nine people ..., the ministry said": a participle right after its
    # noun that takes a direct object of its own is a finite verb the parser misread (a passive
    # participle has no object)
    return head.dep_ == "ROOT" or any(c.dep_ == "dobj" for c in dependents(verb))


def taken_from(thing: Token) -> list[Token]:
    """Whom a thing was taken from, named by a clause of taking on it or its conjuncts ("the trucks
    they seized [from the army]", "rifles and equipment taken [from fishermen]")."""
    verbs = argument_words().taking_verbs
    return [o for t in (thing, *conjuncts(thing)) for c in dependents(t)
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in verbs
            for o in _prep_objects(c, frozenset({"from"})) if not is_time(o)]


def owners_of(thing: Token) -> list[Token]:
    """Who holds a thing, named by a participle clause of holding on it or its conjuncts ("homes
    [belonging to Palestinian families]", "a refinery [owned by a Russian firm]"): the object of
    "to" (only "belong to") or of the "by" agent; no time ("belonging to the 1990s")."""
    verbs = argument_words().owning_verbs
    out: list[Token] = []
    for t in (thing, *conjuncts(thing)):
        for c in dependents(t):
            if (c.dep_ not in ("acl", "relcl") or c.tag_ not in ("VBG", "VBN")
                    or c.lemma_.lower() not in verbs):
                continue
            preps = frozenset({"to"}) if c.lemma_.lower() == "belong" else frozenset({"by"})
            out.extend(o for o in _prep_objects(c, preps) if not is_time(o))
            if c.lemma_.lower() != "belong":
                out.extend(o for o in agent_objects(c) if not is_time(o))
    return out


def held_from(verb: Token, objs: Sequence[Token]) -> list[Token]:
    """Whom ground is taken from: the "from" phrase of a verb of capture, of its object or of the place
    the object's "of" names ("recaptured Kobo [from Tigrayan forces]", "took control of the town [from
    the rebels]", which the parser may hang on any of them); no time ("from Monday")."""
    heads = [verb, *objs, *(p for o in objs for p in _prep_objects(o, frozenset({"of"})))]
    return [o for h in heads for o in _prep_objects(h, frozenset({"from"})) if not is_time(o)]


def dispatched_to(verb: Token, g: Grammar) -> list[Token]:
    """Where the doers of a purpose were sent ("sent experts [to Morocco] to investigate the crash"):
    the destination of the sending verb that governs the verb's "to" clause."""
    head = verb.head
    if (verb.dep_ not in ("advcl", "xcomp") or head.i == verb.i or g.lemma(head) not in g.dispatch_verbs
            or not any(a.dep_ == "aux" and a.lower_ == "to" for a in dependents(verb))):
        return []
    # the parser may hang the destination on what is sent ("a team of engineers [to Haiti]")
    sent = [o for o in dependents(head) if o.dep_ == "dobj"]
    sent += [p for o in sent for p in _prep_objects(o, frozenset({"of"}))]
    return [o for h in (head, *sent) for o in _prep_objects(h, g.destination_preps)
            if not is_time(o) and actor_like(o)]


def apposed_participle(verb: Token) -> Token | None:
    """The noun a participle set off by commas describes, where the parser read the participle as
    the main verb ("Twelve sailors, [held] captive for months, have been freed"): a past form right
    after "<noun> ," whose coordinated verb carries the sentence's own auxiliaries and no subject."""
    # the word tests first: most verbs are no past form after a comma, and their subjects need no look
    if verb.tag_ != "VBD" or verb.i < 2 or doc_tokens(verb.doc)[verb.i - 1].text != ",":
        return None
    subs = [c for c in dependents(verb) if c.dep_ == "nsubj"]
    if len(subs) != 1 or subs[0].i != verb.i - 2 or subs[0].pos_ not in ("NOUN", "PROPN"):
        return None
    finite = any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > verb.i
                 and any(a.dep_ in ("aux", "auxpass") for a in dependents(c))
                 and not any(a.dep_ in ("nsubj", "nsubjpass") for a in dependents(c))
                 for c in dependents(verb))
    return subs[0] if finite else None


def authored_measures(verb: Token) -> list[Token]:
    """The passive subjects of a verb that imposes or undoes a measure ("U.S. sanctions were lifted")
    that are measure nouns with no agent named (``measure_verbs``, ``measure_nouns``)."""
    words = argument_words()
    if verb.lemma_.lower() not in words.measure_verbs or any(c.dep_ == "agent" for c in dependents(verb)):
        return []
    return [c for c in dependents(verb) if c.dep_ == "nsubjpass" and c.lemma_.lower() in words.measure_nouns]


def concerning(heads: Collection[Token]) -> list[Token]:
    """What a complex preposition on the heads names ("sanctions in relation to X", "measures with
    regard to X"): the object of its "to" or "with" (``relation_nouns``)."""
    nouns = argument_words().relation_nouns
    return [o for h in heads for p in dependents(h) if p.dep_ == "prep" and p.lower_ in ("in", "with")
            for n in dependents(p) if n.dep_ == "pobj" and n.lower_ in nouns
            for o in _prep_objects(n, frozenset({"to", "with"})) if not is_time(o)]
