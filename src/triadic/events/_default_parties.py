"""Targets an act implies when it names none: the authority a protest or a domestic demand for a
release is aimed at, the population a curfew or state of emergency falls on, the legislature a vetoed
bill came from, the crowd police force is used on (``protest_codes``, ``release_codes``,
``population_codes``, ``legislated_codes`` and ``crowd_force_codes`` in arguments.yaml)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from triadic.actors import boundary_place
from triadic.events._arg_phrases import argument_words
from triadic.events._clauses import Localised, civilians_of, country_prefix, state_itself
from triadic.events._modality import modality_of, refused_with_aux
from triadic.events._patterns import Grammar
from triadic.events._syntax import MentionIndexLike, MentionLike, actors_of, is_passive, prep_objects
from triadic.events._tree import dependents
from triadic.model import Actor

__all__ = ["goods_origin", "implied_targets", "sole_country", "state_doers"]

# Prepositions through which a protest's purpose names what it opposes or whom it asks
# ("to protest against X", "to demand a deal from X", "to press X for ...").
_OPPOSED_PREPS = frozenset({"against", "from", "on", "over"})


def implied_targets(
    verb: Token, code: str, sources: Sequence[MentionLike], index: MentionIndexLike, g: Grammar
) -> list[MentionLike]:
    """The target an untargeted protest or population measure implies, if any (see the module)."""
    words = argument_words()
    if not sources:
        return []
    if code.startswith(words.protest_codes):
        if not all(m.actor.role in words.protester_roles if m.actor.role else not state_itself(m)
                   for m in sources):
            return []  # a state "protests" in words (11x), and rebels do not take to the street
        return _protested(verb, sources, index, g) or _authority(verb, sources, index, g, "GOV")
    if code.startswith(words.release_codes) or code.startswith(words.reform_demand_codes):
        if not all(m.actor.role in words.protester_roles for m in sources):
            return []  # a state's demand for its own people names no holder by itself
        if verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
            return []  # "went on hunger strike to press for his release": the act it is the purpose of
        # "the opposition demanded the release of its jailed leader": the state that holds them
        return _authority(verb, sources, index, g, "GOV")
    if code.startswith(words.population_codes):
        if not all(m.actor.role is None or m.actor.role in g.state_roles for m in sources):
            return []  # only a state imposes or lifts curfews and emergencies
        return _authority(verb, sources, index, g, "CVL")
    if code.startswith(words.conceded_codes):
        if not all(m.actor.role is None or m.actor.role in g.state_roles for m in sources):
            return []  # only a state's officials step down to a crowd's demand
        if not _under_protest(verb, words.crowd_act_nouns):
            return []  # "resigned over a scandal": a resignation by itself answers no one
        # "resigned after protests in Serbia": with another country named, whose crowd it was is unclear
        country = sole_country(verb, sources, index)
        if country is None:
            return []
        # no words of the sentence name the crowd: the mention is empty, at the verb (as _authority's)
        return [Localised(verb.i, verb.i, verb.idx, verb.idx, "", civilians_of(country))]
    if code.startswith(words.legislated_codes):
        if not all((m.actor.role or "GOV") in g.state_roles - {"LEG"} for m in sources):
            return []  # only a government or a court vetoes what a legislature passed
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in words.legislated_nouns for c in dependents(verb)):
            return []
        return _authority(verb, sources, index, g, "LEG")
    if code.startswith(words.mediated_codes):
        return _disputants(verb, sources, index)
    if code.startswith(words.mass_violence_codes):
        return _own_civilians(verb, sources, index)
    if code in words.truce_codes:
        return _truce_side(verb, sources, index)
    if code.startswith(words.taken_ground_codes) or code.startswith(words.site_force_codes):
        return _held_ground(verb, sources, index, sites_only=not code.startswith(words.taken_ground_codes))
    if code.startswith(words.crowd_force_codes):
        crowd = _crowd(verb, sources, index, g) if all(
            m.actor.role in words.crowd_force_roles for m in sources) else []
        return crowd or _repressed_protest(verb, sources, index, g)
    if code.startswith(words.state_made_roots) or (
            code.startswith(words.state_made_refused_roots) and _refused(verb, g)):
        # "would not recognise the results" is recoded as the refusal (12) it is, once it has a target
        return _state_author(verb, sources, index, g)
    return []


# Relations through which an act names what it is done to: its object, the subject of its passive
# ("the results were rejected by X"), and the object of the clause it is carried out by ("refused to
# recognise the results", "threatened to reject the outcome").
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
_CARRIED_DEPS = frozenset({"xcomp"})
# Dependents of a thing's noun that name an owner of its own: a possessor, a "by" agent or participle.
_OWNER_DEPS = frozenset({"poss", "agent"})


def _under_protest(verb: Token, nouns: frozenset[str]) -> bool:
    """An adjunct or adverbial clause of the verb names a street protest ("amid the unrest", "after weeks
    of protests", "bowing to demonstrations demanding his removal")."""
    return any(w.lemma_.lower() in nouns or w.lower_ in nouns
               for c in dependents(verb) if c.dep_ in ("prep", "advcl") for w in c.subtree)


def _refused(verb: Token, g: Grammar) -> bool:
    """A negated act with a future or volitional auxiliary ("will not recognise", "would not accept"):
    the refusal the recoder makes a rejection of (see ``_refusal`` in _recode); a plain negation ("does
    not recognise") stays a negated act, which needs no target."""
    return modality_of(verb, verb, g) == "negated" and refused_with_aux(verb, g)


def _state_author(
    verb: Token, sources: Sequence[MentionLike], index: MentionIndexLike, g: Grammar
) -> list[MentionLike]:
    """The doers' own state as the author of the thing a demand, criticism, rejection or threat is
    aimed at, when that thing only a state makes and no owner of it is written ("the opposition
    rejected the election results" -> its country's government; ``state_made_*`` in arguments.yaml).
    Only for a country's own people, parties or groups, all of one country, in a sentence that names
    no other country: a state's or a foreigner's rejection of unowned results says nothing of whose."""
    words = argument_words()
    checkers = {m.actor.role for m in sources} & words.state_made_checker_roles
    if not all(m.actor.role in words.protester_roles | checkers if m.actor.role else not state_itself(m)
               for m in sources):
        return []  # "Kenyan lawyers" (a people named by nationality) but not "Kenya", a state itself
    if verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
        # "gathered outside parliament to oppose a new bill": the purpose of an act coded as such
        return []
    country = sole_country(verb, sources, index)
    if country is None:
        return []  # "rejected the results of the Venezuelan election": that election's state
    things = [(t, r) for t in _aimed_things(verb, g) if (r := _state_made(t, index, g))]
    if not things:
        return []
    thing, role = things[0]
    if checkers and (role != "GOV" or g.lemma(thing) in words.legislated_nouns):
        # a court or parliament checks the government's acts ("parliament rejected the state of
        # emergency"), not its own: a ruling, a bill or a law is its own work
        return []
    actor = _state_organ(country, role)
    return [Localised(verb.i, verb.i, verb.idx, verb.idx, "", actor)]


def _aimed_things(verb: Token, g: Grammar) -> list[Token]:
    """The nouns an act is aimed at: its objects and the objects of its prepositions of aim, also of
    the clause it is carried out by; through an act on a thing ("the repeal of the law") to the thing."""
    words = argument_words()
    heads = [verb, *(c for c in dependents(verb) if c.dep_ in _CARRIED_DEPS)]
    things = [c for h in heads for c in dependents(h) if c.dep_ in _OBJECT_DEPS]
    things += [p for h in heads for p in prep_objects(h, words.state_made_preps)]
    found: list[Token] = []
    for t in things:
        found.append(t)
        if g.lemma(t) in words.state_made_processes:
            found += prep_objects(t, frozenset({"of"}))
    return found


def _state_made(thing: Token, index: MentionIndexLike, g: Grammar) -> str | None:
    """The state organ that makes ``thing`` (``state_made_nouns``; a tally of a vote is the
    government's), or None: not a thing only a state makes, or one that names an owner of its own."""
    words = argument_words()
    lemma = g.lemma(thing)
    role = words.state_made_nouns.get(lemma)
    if role is None and lemma in words.state_made_tallies:
        # "the results", "the election results", "the outcome of the vote"; not "the audit results"
        of = prep_objects(thing, frozenset({"of"}))
        named = [c for c in dependents(thing) if c.dep_ in ("compound", "nmod")] + list(of)
        if all(g.lemma(c) in words.state_made_polls for c in named):
            role = "GOV"
    if role is None:
        return None
    kids = dependents(thing)
    if any(c.dep_ in _OWNER_DEPS for c in kids):
        return None  # "the club's ban", "the ban by the league": its owner's
    if any(c.dep_ in ("acl", "relcl") and any(a.dep_ == "agent" for a in dependents(c)) for c in kids):
        return None  # "the ban imposed by the football club"
    if any(g.lemma(w) in words.state_made_alien_modifiers or w.lower_ in words.state_made_alien_modifiers
           for c in kids if c.dep_ in ("compound", "amod", "nmod") for w in c.subtree):
        return None  # "quarterly results", "an opinion poll", "race results"
    phrase = [w for c in kids if c.dep_ not in ("acl", "relcl") for w in c.subtree]
    for w in phrase:
        m = index.at(w.i)
        if m is not None and m.actor.role not in (None, *words.protester_roles):
            # "the court verdict", "the IMF reform": an owner the phrase names ("the decree dissolving
            # Congress" names only what the decree does)
            return None
    return role


def sole_country(verb: Token, sources: Sequence[MentionLike], index: MentionIndexLike) -> str | None:
    """The one country all the sources belong to, when the sentence names no actor of another country."""
    own = {m.actor.country for m in sources}
    if len(own) != 1 or None in own:
        return None
    for w in verb.sent:
        m = index.at(w.i)
        if m is not None and m.actor.country is not None and m.actor.country not in own:
            return None
    return next(iter(own))


def _own_civilians(verb: Token, sources: Sequence[MentionLike], index: MentionIndexLike) -> list[MentionLike]:
    """The civilians of the sources' one country, when no actor of another country is named in the
    sentence (``mass_violence_codes``): the population mass violence at home is done to."""
    country = sole_country(verb, sources, index)
    if country is None:
        return []
    return [Localised(verb.i, verb.i + 1, verb.idx, verb.idx + len(verb.text), verb.text,
                      civilians_of(country))]


def _held_ground(verb: Token, sources: Sequence[MentionLike], index: MentionIndexLike, *,
                 sites_only: bool = False) -> list[MentionLike]:
    """The state an armed movement took unowned ground from (``taken_ground_codes``): its forces for a
    military site, else the state itself; none when another country is named in the sentence. With
    ``sites_only`` (force at a site, ``site_force_codes``) only a military site names them."""
    words = argument_words()
    # a border place named ("near the Chinese border") only says where the ground is
    country = _movement_at_home(verb, sources, index, boundaries_named=True)
    if country is None:
        return []
    obj = next((c for c in dependents(verb) if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and obj.lemma_.lower() == "control":
        # "took control of the base": the ground is the "of" phrase
        obj = next(iter(prep_objects(obj, frozenset({"of"}))), obj)
    if obj is None:
        return []
    military = obj.lemma_.lower() in words.military_sites or obj.lower_ in words.military_sites
    if sites_only and not military:
        return []
    actor = _state_organ(country, "MIL") if military else Actor(
        code=country_prefix(country), country=country, role=None, name=country, kind="state")
    return [Localised(obj.i, obj.i + 1, obj.idx, obj.idx + len(obj.text), obj.text, actor)]


def _truce_side(verb: Token, sources: Sequence[MentionLike], index: MentionIndexLike) -> list[MentionLike]:
    """The government an armed movement at home declares or agrees to a truce with (``truce_codes``):
    none when the doers are no such movement of one country, or another country is named."""
    # "agreed to a truce in talks hosted by Qatar": the other side may be anyone named
    country = _movement_at_home(verb, sources, index, boundaries_named=False)
    if country is None:
        return []
    return [Localised(verb.i, verb.i, verb.idx, verb.idx, "", _state_organ(country, "GOV"))]


def _movement_at_home(verb: Token, sources: Sequence[MentionLike], index: MentionIndexLike, *,
                      boundaries_named: bool) -> str | None:
    """The one country of doers who are all an armed movement (``ground_taker_roles``), when the sentence
    names no party of another country (with ``boundaries_named``, a border place may name one)."""
    own = {m.actor.country for m in sources}
    if len(own) != 1 or not all(m.actor.role in argument_words().ground_taker_roles for m in sources):
        return None
    country = next(iter(own))
    if country is None:
        return None
    for w in verb.sent:
        m = index.at(w.i)
        if m is not None and m.actor.country is not None and m.actor.country != country \
                and not (boundaries_named and boundary_place(w.head)):
            return None
    return country


def _disputants(verb: Token, sources: Sequence[MentionLike], index: MentionIndexLike) -> list[MentionLike]:
    """The parties named in the dispute a mediation is done in ("mediation in the Sudanese conflict",
    "mediate in the dispute between Israel and Hamas", "ended its mediation in the Qatar crisis"): each
    party the dispute's phrase names, other than the mediators."""
    heads = [verb, *(c for c in dependents(verb) if c.dep_ == "dobj")]
    noun = verb.head if verb.dep_ == "compound" else verb  # "mediation effort": its carrier noun
    if noun.i != verb.i:
        heads.append(noun)
    if noun.pos_ == "NOUN" and noun.head.pos_ == "VERB":
        heads.append(noun.head)  # "launched a mediation effort in X": the phrase hangs on the verb
    words = argument_words()
    disputes = [p for h in heads for p in prep_objects(h, words.mediated_preps)
                if p.lemma_.lower() in words.mediated_disputes]
    codes = {m.actor.code for m in sources}
    found: list[MentionLike] = []
    for d in disputes[:1]:
        for w in d.subtree:
            m = index.at(w.i)
            if m is not None and m.actor.code not in codes | {x.actor.code for x in found}:
                found.append(m)
    return found


def _crowd(
    verb: Token, sources: Sequence[MentionLike], index: MentionIndexLike, g: Grammar
) -> list[MentionLike]:
    """The protesting group that is the subject of a clause the act is joined to ("workers blocked the
    road, and police used batons to clear it"; "police fired as students marched on parliament")."""
    heads = [c for c in dependents(verb) if c.dep_ == "advcl"]
    if verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        heads.insert(0, verb.head)
    codes = {m.actor.code for m in sources}
    words = argument_words()
    roles = words.protester_roles
    for h in heads:
        for s in dependents(h):
            if s.dep_ != "nsubj":
                continue
            found = [m for m in actors_of(s, index, g) if m.actor.role in roles and m.actor.code not in codes]
            if found:
                return found
    return []


# Relations through which force names the protest it is used on: its object ("dispersed the
# protests"), the subject of its passive ("the rally was broken up") and, for a phrasal verb, the object
# of its particle's preposition ("cracked down on the demonstrations", "opened fire on the march").
_PROTEST_DEPS = frozenset({"dobj", "nsubjpass"})


def _repressed_protest(
    verb: Token, sources: Sequence[MentionLike], index: MentionIndexLike, g: Grammar
) -> list[MentionLike]:
    """The protesters a state's force is used on when it names their protest, not them ("police
    dispersed the protests in Almaty", "troops crushed the demonstrations"): the protesting role
    (``crowd_act_role``) of the country the protest is in, else of the state's own. A protest whose
    own phrase names who holds it ("the opposition's rallies") has its target found from the words;
    only a state represses (a rebel "attack on a rally" is not this)."""
    words = argument_words()
    if not all(m.actor.role in g.state_roles if m.actor.role else state_itself(m) for m in sources):
        return []
    heads = [c for c in dependents(verb) if c.dep_ in _PROTEST_DEPS]
    heads += [o for c in dependents(verb) if c.dep_ == "prep" for o in dependents(c) if o.dep_ == "pobj"]
    for h in heads:
        if not _noun_words(h, g) & words.crowd_act_nouns or any(
                c.dep_ in _OWNER_DEPS or c.dep_ in ("compound", "amod") and c.ent_type_ in ("NORP", "ORG")
                for c in dependents(h)):
            continue
        # where the protest is ("the protests in Almaty"), else where the act is ("in the capital")
        named = [m for x in (h, verb) for p in prep_objects(x, g.location_preps)
                 for m in actors_of(p, index, g) if m.actor.country]
        named += [m for m in sources if m.actor.country]
        for m in named[:1]:
            actor = _state_organ(m.actor.country or "", words.crowd_act_role)
            return [Localised(h.i, h.i, h.idx, h.idx, "", actor)]
    return []


def _noun_words(head: Token, g: Grammar) -> set[str]:
    """``head``'s lemma, and its hyphenated whole where the tokenizer split it ("sit - in")."""
    out = {g.lemma(head)}
    i = head.i
    if i >= 2 and head.doc[i - 1].tag_ == "HYPH":
        out.add(f"{head.doc[i - 2].lower_}-{head.lower_}")
    return out


def _protested(
    verb: Token, sources: Sequence[MentionLike], index: MentionIndexLike, g: Grammar
) -> list[MentionLike]:
    """Who the protest's purpose clause opposes or asks ("blocked roads to protest against EU rules",
    "walked out to demand pay from the ministry"): another country's party, an organisation, or a
    state body; never the protesters' own people ("to demand the return of the miners")."""
    own = {m.actor.country for m in sources if m.actor.country}
    codes = {m.actor.code for m in sources}
    demands = argument_words().demand_verbs
    for c in dependents(verb):
        if c.dep_ not in ("advcl", "xcomp") or g.lemma(c) not in demands:
            continue
        heads = [o for o in dependents(c) if o.dep_ in ("dobj", "dative")]
        heads += prep_objects(c, _OPPOSED_PREPS)
        for h in heads:
            found = [m for m in actors_of(h, index, g) if m.actor.code not in codes and (
                m.actor.country is None or m.actor.country not in own or m.actor.role in g.state_roles)]
            if found:
                return found
    return []


def _authority(
    verb: Token, sources: Sequence[MentionLike], index: MentionIndexLike, g: Grammar, role: str
) -> list[MentionLike]:
    """The ``role`` of the country where the act happens ("in Valparaiso"), else of the sources' own
    country. No words of the sentence name it: the mention is empty, at the verb."""
    heads = [verb, *(c for c in dependents(verb) if c.dep_ == "dobj")]
    named = [m for h in heads for p in prep_objects(h, g.location_preps) for m in actors_of(p, index, g)
             if m.actor.country]
    named += [m for m in sources if m.actor.country]
    for m in named:
        actor = _state_organ(m.actor.country or "", role)
        return [Localised(verb.i, verb.i, verb.idx, verb.idx, "", actor)]
    return []


# Clause relations of a passive that reports the act itself; a relative clause ("who was arrested last
# year") or a time clause ("after being charged") only recalls it as background.
_REPORTED_DEPS = frozenset({"ROOT", "ccomp", "conj"})
# Entity types of a place: a place no country is known of leaves the state unsaid.
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def state_doers(
    verb: Token, code: str, targets: Sequence[MentionLike], index: MentionIndexLike, g: Grammar
) -> list[MentionLike]:
    """The state organ that did an act only a state does, told in the passive with no agent ("was
    arrested in Cairo": Egypt's police): where the act is placed, else the patient's own country; none
    without a country. The mention is the place's words when a place names it, else empty, at the verb."""
    acts = argument_words()
    lemma = g.lemma(verb)
    role = acts.state_act_verbs.get(lemma)
    if role is None or not targets or not code.startswith(acts.state_act_codes):
        return []  # the cheap tests first: most verbs stop here
    if verb.dep_ not in _REPORTED_DEPS or (verb.dep_ == "conj" and verb.head.dep_ not in _REPORTED_DEPS):
        return []
    kids = dependents(verb)
    if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ == "agent" for c in kids):
        return []
    if not is_passive(verb):
        return []
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids):
        return []  # "he would be charged": an act to come, told by no one who does it
    placed = prep_objects(verb, g.location_preps)
    if any(g.lemma(w) in acts.state_coup_nouns for p in placed for w in p.subtree):
        return []  # "was removed from power in a coup": no act of the state
    if lemma in acts.state_release_verbs and not any(
        g.lemma(p) in acts.state_custody_nouns for p in prep_objects(verb, frozenset({"from"}))
    ):
        return []  # "hostages were freed": no state custody is named
    if code.startswith(acts.state_court_codes):
        role = "JUD"
    preps = g.location_preps
    if lemma in acts.state_origin_verbs:
        preps = preps | acts.state_origin_preps  # "expelled from X": the expelling state
    for p in prep_objects(verb, preps):
        for m in actors_of(p, index, g):
            if m.actor.country and m.actor.role is None:
                actor = _state_organ(m.actor.country, role)
                return [Localised(m.start, m.end, m.start_char, m.end_char, m.text, actor)]
    reporter = _reporting_state(verb, targets, index, g)
    if reporter is not None:
        # "Iranian officials said the British national had been charged": a state's organ that reports
        # an arrest or charge it does not attribute is telling of its own state's act
        actor = _state_organ(reporter, role)
        return [Localised(verb.i, verb.i, verb.idx, verb.idx, "", actor)]
    borders = acts.border_nouns
    if any(p.ent_type_ in _PLACE_ENTS or g.lemma(p) in borders for p in placed):
        return []  # placed somewhere no country is known of ("at the border"): whose state is unsaid
    countries = {m.actor.country for m in targets}
    if len(countries) != 1 or None in countries:
        return []
    if any(w.lemma_.lower() in acts.state_abroad_nouns for m in targets for w in verb.doc[m.start:m.end]):
        return []  # "a Russian national was arrested": perhaps abroad
    actor = _state_organ(next(iter(countries)) or "", role)
    return [Localised(verb.i, verb.i, verb.idx, verb.idx, "", actor)]


# Roles of a state's organs that act on people themselves (police, courts, security services): one of
# them reporting an arrest tells of its own, also of its own country's citizens.
_ENFORCING_ROLES = frozenset({"COP", "JUD", "SPY"})


def _reporting_state(
    verb: Token, targets: Sequence[MentionLike], index: MentionIndexLike, g: Grammar
) -> str | None:
    """The country of the state organ whose report the passive act is ("X had been arrested, Chinese
    officials said"), when the act is its own state's: the reporter is a state body (``state_roles``)
    and the people acted on are foreigners to it, or the reporter is an enforcing body (police, courts,
    security services). A foreign ministry telling of its citizens held abroad ("Japan's foreign
    ministry said a Japanese national had been detained") is no such report: None then."""
    speech = [verb.head] if verb.dep_ == "ccomp" else []
    speech += [c for c in dependents(verb) if c.dep_ in ("parataxis", "ccomp") and c.i > verb.i]
    for sv in speech:
        if g.lemma(sv) not in g.speech_verbs:
            continue
        subs = [c for c in dependents(sv) if c.dep_ == "nsubj"]
        if not subs and sv.dep_ == "conj":
            # "accused him of spying and said he had been arrested": the first verb's subject
            subs = [c for c in dependents(sv.head) if c.dep_ == "nsubj"]
        found = [m for s in subs for m in actors_of(s, index, g)]
        if len(found) != 1:
            return None
        actor = found[0].actor
        if actor.country is None or actor.role not in g.state_roles:
            return None
        if actor.role in _ENFORCING_ROLES or all(
            m.actor.country and m.actor.country != actor.country for m in targets
        ):
            return actor.country
        return None
    return None


def _state_organ(country: str, role: str) -> Actor:
    """The organ ``role`` (GOV, COP, JUD, ...) of a country's state, named by neither words nor person."""
    return Actor(code=country_prefix(country) + role, country=country, role=role, name=f"{country} ({role})")


def goods_origin(
    verb: Token, code: str, sources: Sequence[MentionLike], index: MentionIndexLike, g: Grammar
) -> list[MentionLike]:
    """The country whose goods a trade measure falls on, named as the goods' owner or origin and not as
    a party of its own ("slapped tariffs on U.S. goods", "imposed duties on brandy imported from the
    European Union"; ``goods_origin_roots`` and ``goods_origin_preps`` in arguments.yaml): CAMEO aims
    the embargo (163) at that country. None of the sources' own countries."""
    words = argument_words()
    if not sources or not code.startswith(words.goods_origin_roots):
        return []
    own = {m.actor.country for m in sources if m.actor.country} | {m.actor.code for m in sources}
    goods = prep_objects(verb, words.goods_origin_preps)
    for c in dependents(verb):
        if c.dep_ == "dobj":
            # "tariffs of 25 percent on U.S. goods": the phrase may hang anywhere in the object's words
            goods += [w for w in c.subtree if w.dep_ == "pobj" and w.head.lower_ in words.goods_origin_preps]
    for o in goods:
        named = [w for c in dependents(o) if c.dep_ in ("compound", "amod", "poss", "nmod")
                 for w in c.subtree]
        # "brandy imported from the European Union", "steel made in China"
        named += [w for c in dependents(o) if c.dep_ == "acl"
                  for p in prep_objects(c, frozenset({"from", "in"})) for w in p.subtree]
        for w in named:
            m = index.at(w.i)
            if m is not None and (m.actor.country or m.actor.code) not in own and m.actor.code not in own:
                return [m]
    return []

