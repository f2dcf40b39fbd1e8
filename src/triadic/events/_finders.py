"""Who acts and on whom: the sources and targets of a trigger, found in the dependency parse."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Token

from triadic.events._arg_phrases import argument_words, is_time
from triadic.events._arg_targets import (
    actor_like,
    apposed_participle,
    authored_measures,
    concerning,
    dispatched_to,
    headline_verb,
    held_from,
    helped,
    misread_object,
    owners_of,
    people,
    places_after,
    responds_to,
    served_place,
    sponsored_by,
    taken_from,
)
from triadic.events._clauses import (
    Localised,
    civilians_of,
    coordinated_modifier_actors,
    country_prefix,
    no_dyad,
    object_relative,
    one_body,
    one_side,
    own_countries,
)
from triadic.events._default_parties import goods_origin, implied_targets
from triadic.events._indirect_parties import (
    PLURAL_OWNERS,
    answered_doers,
    answered_subjects,
    antecedent_objects,
    awaited_doers,
    bordered,
    captors,
    cause_doers,
    claimants,
    condition_doers,
    content_subjects,
    content_words,
    group_antecedent,
    host_places,
    left_ground,
    means_clause,
    member_sides,
    named_objects,
    partitive_whole,
    request_makers,
    restated_doers,
    threat_words,
)
from triadic.events._matching import through_amount
from triadic.events._patterns import Grammar, Pattern, PatternSet
from triadic.events._syntax import (
    MentionIndexLike,
    MentionLike,
    actors_of,
    agent_objects,
    clause_verb,
    intransitive_head,
    is_passive,
    manner_of_force,
    misread_subject,
    named_owners,
    participle_clauses,
    prep_objects,
    regional_to_centre,
    subject_of,
    that_marked,
)
from triadic.events._tree import conjuncts, dependents, first_conjunct, tokens_of
from triadic.nlp._docs import set_off

__all__ = ["Trigger", "PartyFinder"]

# A symbolic act (017: "laid a wreath") is the one statement code done, not said, to whoever it honours.
_SYMBOLIC = "017"
_OF = frozenset({"of"})
_FROM = frozenset({"from"})
_AGAINST = frozenset({"against"})
# How the resolver recognised a place: a city or region, a capital, a country's name or its adjective.
_PLACE_VIAS = frozenset({"place", "capital", "name", "adjective"})
# Prepositions by which an attack noun names the place it hits ("strikes on Gaza", "an attack against Kyiv").
_STRUCK_PREPS = frozenset({"on", "against"})
# Prepositions of where forces stand ("along its border with X", "on the frontier with Y").
_ALONG_PREPS = frozenset({"along", "on", "at", "near", "across"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """A token that matched a pattern, with the token that satisfied its object (if any)."""

    token: Token
    pattern: Pattern
    obj: Token | None


class PartyFinder:
    """The event coder's argument finding (mixed into :class:`~triadic.events._coder.EventCoder`):
    subjects, objects, places and the actors they name."""

    g: Grammar
    patterns: PatternSet
    _event_nouns: frozenset[str]
    _intent_lemmas: frozenset[str]
    _intent_or_verdict: frozenset[str]

    def _others_protest(self, noun: Token) -> bool:
        """The noun names a protest that is not the object of its clause's verb ("bowing to protests",
        "amid protests"), so the clause's subject is not who protests."""
        if noun.dep_ in ("dobj", "nsubjpass", "attr"):
            return False
        protest = argument_words().protest_codes
        return any(p.code.startswith(protest) for p in self.patterns.nouns.get(noun.lemma_.lower(), ()))

    def _conflict_noun(self, noun: Token) -> bool:
        """The noun names a protest, show of force, coercion, assault or fight (CAMEO 14-20), whose
        doer the surrounding clause does not name."""
        return any(p.code[:2] >= "14" for p in self.patterns.nouns.get(noun.lemma_.lower(), ()))

    def _content_parties(self, subjects: Iterable[Token], index: MentionIndexLike) -> list[Token]:
        """The subjects of a reported clause that name a party a warning or charge is aimed at: a party
        ("Manila was playing with fire", "Kosovo police had crossed"), or an assault, show of
        force or coercion, whose doer is meant ("any Israeli attack would be met with a response").
        Not another act or situation: "warned that the expansion of Israeli settlements could trigger
        violence" or "that the Gaza truce could not hold" comments on events (012) and warns no one."""
        out: list[Token] = []
        for s in subjects:
            if index.at(s.i) is not None:
                out.append(s)
            elif not self._conflict_noun(s) or any(c.dep_ == "poss" for c in dependents(s)):
                # "China's actions at sea could lead to conflict": a party's conduct it foresees is
                # pessimism (012); the kind of assault a warning answers has no owner ("any Israeli attack")
                continue
            else:
                # the party on the noun itself, its owner or nationality, never one of its "of" phrases
                out.extend(c for c in dependents(s)
                           if c.i < s.i and c.dep_ in ("poss", "amod", "compound", "nmod"))
                # ... or its "by" phrase ("any attack by Israel would be met with a response")
                out.extend(o for p in dependents(s) if p.dep_ == "prep" and p.lower_ == "by"
                           for o in dependents(p) if o.dep_ == "pobj")
        return out

    def _sources_of_verb(self, verb: Token, index: MentionIndexLike) -> tuple[list[MentionLike], bool]:
        g = self.g
        if apposed_participle(verb) is not None:
            return [], False  # "sailors, held captive for months, were freed": no doer named
        order = _ordered_done(verb, g)
        if order is not None:
            # "the court ordered the ex-president arrested": who orders the act does it
            osubs, _ = subject_of(order, g)
            found = [m for s in osubs for m in actors_of(s, index, g)]
            if found:
                return found, True
        caused = _caused_doers(verb, g)
        subs, inherited = (caused, True) if caused else subject_of(verb, g)
        if not subs and headline_verb(verb):
            # "A U.S. report called for sanctions against X.": a verb misread as a participle on its
            # own subject; "Gunmen on motorbikes killed ...": the noun the misread one is a phrase of
            subs = [misread_subject(verb) or verb.head]
        out: list[MentionLike] = []
        act = _act_of_relative(verb, self._event_nouns, index, g.struck_verbs)
        if act is not None:
            # "an attack on a police post that killed five officers": what killed is the attack, not
            # the post the parser hung the clause on; its doer, if named, is the source
            subs = [b for b in prep_objects(act, g.agent_preps)] + [
                c for c in dependents(act) if c.dep_ == "poss" and c.pos_ != "PRON"]
            inherited = True
        for s in subs:
            found = actors_of(s, index, g) or group_antecedent(s, index)
            if not found and s.lower_ in g.anaphors and s.pos_ == "PRON":
                # "the army said it had killed ...": the reporting clause's subject
                found = self._antecedent(verb, index)
                inherited = inherited or bool(found)
            elif not found and _own_body(s):
                # "Nauru's president said his country had recognised X": the speaker's own state or body
                found = self._antecedent(verb, index)
                inherited = inherited or bool(found)
            elif not found and (
                s.lemma_.lower() in self._event_nouns
                or (s.tag_ == "VBG" and s.lemma_.lower() in self.patterns.verbs)
            ):
                # "an air strike by the coalition killed ...", "shelling by Russian forces killed
                # ...": the act's doer did what it did
                found = [m for b in prep_objects(s, g.agent_preps) + _owning_clause_doers(s)
                         for m in actors_of(b, index, g)]
                if not found and self._cooperative(s):
                    # "talks between A and B collapsed": the sides of the act are the sides of what
                    # befalls it, each of them (the verb's pattern names the noun: its subject is no doer)
                    found = _between_sides(s, index, g)
                    inherited = inherited or bool(found)
            elif found and s.pos_ == "NOUN" and s.lemma_.lower() in self._event_nouns and all(
                    _place_act_was_done_to(m, s) for m in found):
                # "the shelling of Kharkiv has forced families to leave", "the blockade of Gaza forced
                # aid groups to cut rations": the place in an act noun's "of" phrase is what the act
                # was done to, never the doer of what the act led to; the doer is its "by" phrase
                found = [m for b in prep_objects(s, g.agent_preps) for m in actors_of(b, index, g)]
            elif found and s.pos_ == "PRON" and s.lower_ in g.anaphors:
                # "UN diplomats said they hoped ...": a pronoun the index resolved to the reporting
                # subject's actor is written out there; that name is the source
                named = self._antecedent(s.head, index)
                codes = {m.actor.code for m in found}
                if named and all(m.actor.code in codes and m.text.lower() not in g.anaphors for m in named):
                    # "X said he and Y agreed": the pronoun's conjuncts stay sides of their own
                    named_codes = {m.actor.code for m in named}
                    found = named + [m for m in found if m.actor.code not in named_codes]
            elif found:
                # "Indian and Pakistani troops": each coordinated modifier is a side of its own
                for m in coordinated_modifier_actors(s, index):
                    if all(m.actor.code != x.actor.code for x in found):
                        found.append(m)
                found = member_sides(s, found, index) or found
            out.extend(found)
        if not out and (
            (verb.dep_ == "acl" and verb.tag_ == "VBG")
            # "issued a statement that condemned X": a relative clause on a noun that names no actor
            # reads like the participle; not on a noun of a conflict act ("investigating a strike
            # that killed ten": the striker is not named by the clause around it)
            or (verb.dep_ == "relcl" and len(subs) == 1 and subs[0].i == verb.head.i
                and any(c.dep_ == "nsubj" and c.lower_ in g.relative_pronouns for c in dependents(verb))
                and not self._conflict_noun(verb.head))
        ) and not is_passive(verb):
            # "issued a statement condemning X": the issuer of the statement condemns; but protests
            # the clause's subject did not stage ("resigned, bowing to protests demanding his removal")
            # are unnamed people's, not the subject's
            cv = clause_verb(verb.head)
            if cv is not None and cv.i != verb.i and not self._others_protest(verb.head):
                gsubs, _ = subject_of(cv, g)
                out = [m for s in gsubs for m in actors_of(s, index, g)]
                inherited = True
        if not out and is_passive(verb):
            # "ten soldiers were killed in an attack claimed by JNIM", "were abducted in a raid by
            # Abu Sayyaf", "died during an assault the army blamed on X": a passive with no agent of
            # its own is done in the assault its phrase names, whose named doer did it too
            # a passive of harm done to people ("were killed", "were wounded"): an assault told beside it
            # may name its doer in more ways (``harm_verbs``)
            harmed = g.lemma(verb) in g.harm_verbs
            for p in dependents(verb):
                if p.dep_ != "prep" or p.lower_ not in g.act_scene_preps:
                    continue
                for s in dependents(p):
                    if s.dep_ == "pobj" and s.lemma_.lower() in self._event_nouns and self._conflict_noun(s):
                        doers = prep_objects(s, g.agent_preps) + _owning_clause_doers(s) + [
                            c for c in dependents(s) if c.dep_ == "poss" and c.pos_ != "PRON"]
                        out.extend(m for b in doers for m in actors_of(b, index, g))
                        if not out and harmed:
                            # "was killed in a Russian drone attack", "in a Taliban ambush": the
                            # assault's left modifier names its doer (a place there only says where)
                            out.extend(m for m in _modifier_actors(s, index)
                                       if not _scene_of_harm(m, verb, index))
                        if not out and harmed and g.lemma(s) in g.fight_frame_nouns:
                            # "two soldiers were killed in clashes with Hezbollah fighters": the
                            # other side of the fight they fell in
                            out.extend(m for o in prep_objects(s, frozenset({"with"}))
                                       for m in actors_of(o, index, g) if not _scene_of_harm(m, verb, index))
            if not out and harmed:
                # "two soldiers were killed when Pakistani troops opened fire": the doer of the assault
                # told in the clause of time is who harmed them, when that assault names no target of
                # its own (one that does is coded as itself, the harm its outcome)
                out.extend(m for c in dependents(verb) if c.dep_ == "advcl" and self._assault_verb(c)
                           and any(k.dep_ in ("mark", "advmod") and k.lower_ in g.same_act_marks
                                   for k in dependents(c))
                           and not _names_other_party(c, index)
                           for sb in dependents(c) if sb.dep_ == "nsubj"
                           for m in actors_of(sb, index, g) if not _scene_of_harm(m, verb, index))
            if not out:
                # "four soldiers were killed when their vehicle struck a landmine laid by al-Shabaab":
                # whoever planted or fired the device that did the harm the clause tells of did it
                # (not a device that is the clause's subject: "when a rocket fired by X struck the
                # post" is coded as that strike, the wounding its outcome)
                out.extend(m for c in dependents(verb) if c.dep_ == "advcl"
                           for n in c.subtree if g.lemma(n) in g.device_nouns
                           and n.dep_ not in ("nsubj", "nsubjpass")
                           for v in dependents(n) if v.dep_ == "acl" and v.tag_ == "VBN"
                           and g.lemma(v) in g.device_participles
                           for b in prep_objects(v, g.agent_preps) for m in actors_of(b, index, g))
            inherited = inherited or bool(out)
        if not out and verb.dep_ == "acl" and verb.head.lemma_.lower() in g.intent_nouns:
            # "announced plans to expel ...", "Russia's decision to expel ...": who has the plan
            noun = verb.head
            owners = [c for c in dependents(noun) if c.dep_ == "poss"]
            # "an offer by Kenya to mediate", "a request from the IMF to raise tariffs": the noun's
            # author, not the subject of the clause that rejects or welcomes it
            owners += [a for a in prep_objects(noun, g.undergo_agent_preps)
                       if actors_of(a, index, g)]
            if owners:
                out = [m for o in owners for m in actors_of(o, index, g)]
            else:
                cv = clause_verb(noun)
                if cv is not None:
                    gsubs, _ = subject_of(cv, g)
                    out = [m for s in gsubs for m in actors_of(s, index, g)]
            inherited = inherited or bool(out)
        if not out and verb.dep_ in ("relcl", "acl") and verb.head.dep_ in ("attr", "oprd") \
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in dependents(verb)):
            # "Sierra Leone became the latest country to recognise Kosovo", "Fiji was the first state
            # to ratify the treaty": the predicate noun is the copula's subject, who does the act
            subs_of, _ = subject_of(verb.head.head, g)
            out = [m for s in subs_of for m in actors_of(s, index, g)]
            inherited = inherited or bool(out)
        if not out and not subs:
            out = _mistagged_subject(verb, index)
        if not out and _after_participle(verb):
            # "accused X ... after a drone hit a car, wounding two, and urged ...": a finite verb is no
            # conjunct of a participle; it continues the sentence's main clause
            root = verb.sent.root
            if root.i != verb.i and root.pos_ in ("VERB", "AUX") and g.lemma(root) not in g.speech_verbs:
                rsubs, _ = subject_of(root, g)
                out = [m for s in rsubs for m in actors_of(s, index, g)]
                inherited = inherited or bool(out)
        if not out and is_passive(verb) and not any(c.dep_ == "agent" for c in dependents(verb)):
            # "two soldiers were killed in an ambush by militants": the act it happened in names the doer
            out = [m for n in prep_objects(verb, argument_words().setting_preps)
                   if n.lemma_.lower() in self._event_nouns
                   for a in prep_objects(n, g.agent_preps) for m in actors_of(a, index, g)]
        if not out and is_passive(verb):
            # "UN sanctions against Iran were lifted": a measure's author is who lifts, eases or extends it
            out = [m for n in authored_measures(verb) for m in _modifier_actors(n, index)][:1]
        if not out and is_passive(verb):
            # "two aid workers held by the militia were freed": who held them lets them go
            out = [m for c in captors(verb, g) for m in actors_of(c, index, g)]
            inherited = inherited or bool(out)
        if not out:
            # "a car bomb exploded ..., and X said it had carried out the attack": who owns the act
            out = self._claimed(verb, index)
            inherited = inherited or bool(out)
        return out, inherited

    def _assault_verb(self, verb: Token) -> bool:
        """Some pattern of the verb is an assault, a fight or mass violence (CAMEO 18-20)."""
        return any(p.code[:2] >= "18" for p in self.patterns.verbs.get(self.g.lemma(verb), ()))

    def _cooperative(self, tok: Token) -> bool:
        """Every pattern of the word (a verb's, else a noun's) is cooperation, below root 10 ("meeting",
        "talks", "met"): no threat a show of force answers."""
        table = self.patterns.verbs if tok.pos_ in ("VERB", "AUX") else self.patterns.nouns
        pats = table.get(self.g.lemma(tok)) or table.get(tok.lemma_.lower()) or ()
        return bool(pats) and all(p.code[:2] < "10" for p in pats)

    def _claimed(self, tok: Token, index: MentionIndexLike) -> list[MentionLike]:
        """The actors another clause of the sentence names as owning the act (see ``claimants``)."""
        subs, claim = claimants(tok, self._event_nouns)
        out: list[MentionLike] = []
        for s in subs:
            found: list[MentionLike] = []
            if claim is not None and s.pos_ == "PRON" and s.lower_ in self.g.anaphors:
                found = self._antecedent(claim, index)  # "X said it had carried out the attack"
            out.extend(found or actors_of(s, index, self.g))
        return out

    def _antecedent(self, verb: Token, index: MentionIndexLike) -> list[MentionLike]:
        """The actors of the nearest governing clause's subject, for an unresolved pronoun subject."""
        cur = verb.head if verb.dep_ in ("acomp", "attr", "oprd") else verb
        if (cur.dep_ == "acl" and cur.head.lemma_.lower() in self.g.warning_nouns
                and that_marked(cur)):
            # "Hezbollah issued a warning that it would strike": a warning's "that" clause says what
            # its author would do; the author is the possessor, else the subject of its clause
            owners = named_owners(cur.head, self.g.undergo_agent_preps)
            gov = clause_verb(cur.head)
            subs = owners or (subject_of(gov, self.g)[0] if gov is not None else [])
            return [m for s in subs if s.i != cur.head.i for m in actors_of(s, index, self.g)]
        if (cur.dep_ in ("acl", "ccomp") and cur.head.pos_ == "NOUN" and cur.i > cur.head.i
                and that_marked(cur)):
            # "warnings from Hezbollah that it would not disarm", "Iran's pledge that it would ...": a
            # pronoun in what a statement says stands for the statement's author
            noun = cur.head
            if any(p.code.startswith("13") for p in self.patterns.nouns.get(noun.lemma_.lower(), ())) \
                    and not any(c.dep_ == "neg" for c in dependents(cur)):
                return []  # "a warning from X that it would strike": what is threatened is the threat
            authors = named_owners(noun, self.g.undergo_agent_preps)
            return [m for a in authors for m in actors_of(a, index, self.g)]
        if cur.dep_ == "relcl":
            # "expelled two diplomats it accused of spying": the clause the modified noun is an
            # object of (not its subject: "the envoys it expelled left" says nothing of who "it" is)
            gov = clause_verb(cur.head)
            if gov is None or cur.head.dep_ not in ("dobj", "dative", "pobj", "appos", "conj"):
                return []
            subs, _ = subject_of(gov, self.g)
            return [m for s in subs if s.i != cur.head.i for m in actors_of(s, index, self.g)]
        for _ in range(4):
            if cur.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or cur.head.i == cur.i:
                return []
            cur = cur.head
            if cur.pos_ not in ("VERB", "AUX", "ADJ"):
                return []
            subs, _ = subject_of(cur, self.g)
            found = [m for s in subs for m in actors_of(s, index, self.g) or group_antecedent(s, index)]
            if found:
                return found
        return []

    def _targets_of_verb(
        self, verb: Token, t: Trigger, index: MentionIndexLike, sources: Sequence[MentionLike] = ()
    ) -> list[MentionLike]:
        """The parties the verb's act is aimed at."""
        found = self._verb_targets(verb, t, index, sources)
        if self.g.lemma(verb) in argument_words().defending_verbs:
            # "defended the deal against criticism from France": France attacks, it is not defended
            against = prep_objects(verb, _AGAINST)
            against += [p for o in dependents(verb) if o.dep_ == "dobj"
                        for p in prep_objects(o, _AGAINST)]
            found = [m for m in found if not any(p.left_edge.i <= m.start <= p.right_edge.i for p in against)]
        if not self.g.reaches_places(t.pattern.code) and t.pattern.code not in self.g.domestic_codes:
            found = _not_own_ground(found, sources, self.g)
        if not found and (t.pattern.code[:2] != "01" or t.pattern.code.startswith(_SYMBOLIC)) \
                and self.g.lemma(verb) not in self.g.speech_verbs:
            # "laid a wreath in Warsaw on the first day of a visit to Poland": done on a visit, to the
            # visited party (a statement made there is about whatever it says, not to the hosts)
            found = self._visited(verb, index, sources)
        if not found:
            # "slapped tariffs on U.S. goods": the country the goods come from
            found = goods_origin(verb, t.pattern.code, sources, index, self.g)
        if t.pattern.code.startswith(argument_words().abroad_roots):
            # "criticised the jailing of an Australian academic in Myanmar": the state where it was done
            found = self._abroad(verb, t, index, sources, found) or found
        if found and t.pattern.code.startswith(argument_words().release_codes):
            # "demanded the release of a journalist detained in Iran": asked of whoever holds them
            found = self._holder(t, index, sources, found) or found
        if found and t.pattern.code.startswith(argument_words().domestic_roots):
            return _at_home(found, verb, sources, index)
        return found

    def _holder(
        self, t: Trigger, index: MentionIndexLike, sources: Sequence[MentionLike],
        found: Sequence[MentionLike],
    ) -> list[MentionLike]:
        """Who holds the people whose release is asked for, when the act's target is those people
        themselves: the captor their participle or relative clause names ("detained by militiamen"), else
        the state of a foreign place they are held in ("held in Iran"), or the occupier of an occupied one
        of the demanders' own country ("detained in occupied Kherson"; ``occupiers``)."""
        g = self.g
        if t.obj is None:
            return []
        patients = list(prep_objects_of([t.obj]))
        starts = {m.start for p in patients for m in actors_of(p, index, g)}
        if not starts or not all(m.start in starts for m in found):
            return []
        aw = argument_words()
        own = {m.actor.country for m in sources if m.actor.country}
        for p in patients:
            for v in p.subtree:
                if v.dep_ not in ("acl", "relcl") or g.lemma(v) not in aw.captor_verbs:
                    continue
                for c in dependents(v):
                    if c.dep_ == "agent":
                        acts = self._first_parties((o for o in dependents(c) if o.dep_ == "pobj"), index,
                                                   lambda m: m.start not in starts)
                        if acts:
                            return acts
                    if c.dep_ != "prep" or c.lower_ not in g.location_preps:
                        continue
                    for o in dependents(c):
                        for m in actors_of(o, index, g) if o.dep_ == "pobj" else ():
                            if m.actor.country and m.actor.country not in own:
                                return [m]
                            occ = aw.occupiers.get(m.actor.country or "")
                            if occ and any(w.lower_.rsplit("-", 1)[-1] == "occupied" for w in o.lefts):
                                actor = replace(m.actor, code=country_prefix(occ), country=occ, role=None,
                                                name=f"{occ} (occupier of {m.text})")
                                return [Localised(m.start, m.end, m.start_char, m.end_char, m.text, actor)]
        return []

    def _visited(
        self, verb: Token, index: MentionIndexLike, sources: Sequence[MentionLike]
    ) -> list[MentionLike]:
        """The party visited on the visit the act was done on ("during a visit to X", "on the second
        day of his trip to X"); not a visit by someone else ("during a visit by Y")."""
        g = self.g
        src_codes = {m.actor.code for m in sources}
        for n in prep_objects(verb, argument_words().visit_preps):
            # "on the first day of a visit", "at the start of a trip": the visit is one "of" further
            for v in (n, *prep_objects(n, frozenset({"of"}))):
                pats = self.patterns.nouns.get(v.lemma_.lower(), ())
                if not any(p.code in g.destination_codes for p in pats):
                    continue
                if prep_objects(v, g.agent_preps) or any(
                        c.dep_ == "poss" and c.pos_ != "PRON" for c in dependents(v)):
                    return []
                return self._first_parties(
                    prep_objects(v, g.destination_preps), index,
                    lambda m: m.actor.code not in src_codes and not any(no_dyad(m, s, g) for s in sources))
        return []

    def _abroad(
        self, verb: Token, t: Trigger, index: MentionIndexLike, sources: Sequence[MentionLike],
        found: Sequence[MentionLike],
    ) -> list[MentionLike]:
        """Another country named as where the act the verb reacts to was done, when the act's patients
        are the sources' own people or officials, and no other party was found."""
        g = self.g
        own = {m.actor.country for m in sources if m.actor.country}
        if not own or not all(m.actor.country in own and m.actor.role is not None
                              and m.actor.role not in g.state_roles for m in found):
            return []
        objs = [t.obj] if t.obj is not None else [c for c in dependents(verb) if c.dep_ == "dobj"]
        patients = [m for p in prep_objects_of(objs) for m in actors_of(p, index, g)]
        if not patients or not all(m.actor.country in own for m in patients):
            return []
        places = [w for o in objs for w in o.subtree
                  if w.dep_ == "pobj" and w.head.lower_ in g.location_preps]
        places += prep_objects(verb, g.location_preps)  # the parser may hang the act's place on the verb
        return self._first_parties(places, index, lambda m: m.actor.country not in own)

    def _verb_targets(
        self, verb: Token, t: Trigger, index: MentionIndexLike, sources: Sequence[MentionLike] = ()
    ) -> list[MentionLike]:
        """The first parties the verb's arguments name as acted on, else those the act implies."""
        g = self.g
        pat = t.pattern
        kids = dependents(verb)  # the verb's dependents, read by many of the tests below
        # read once here, not at each of the tests below that ask for them
        aw = argument_words()
        code = pat.code
        passive = is_passive(verb)
        dobjs = [c for c in kids if c.dep_ == "dobj"]
        reaction = code.startswith(aw.reaction_roots)

        cands: list[Token] = []
        if t.obj is not None and reaction and responds_to(
                verb, t.obj, pat, g):
            # "turned down a Chinese plan to build a railway to Peru": the author of what the verb
            # answers, before whom that thing is aimed at
            cands.append(t.obj)
            # "rejected the EU withdrawal agreement": the author named on a noun modifying the object
            cands.extend(c for c in dependents(t.obj) if c.dep_ == "compound" and c.i < t.obj.i
                         and c.pos_ in ("NOUN", "PROPN") and index.at(c.i) is None)
            # "rejected a U.S.-backed proposal": the backer a hyphenated participle names
            cands.extend(s for s in map(sponsored_by, dependents(t.obj)) if s is not None)
        described = apposed_participle(verb)
        if described is not None:
            cands.append(described)  # the participle's noun is who it befell
        if passive:
            if reaction:
                # "the arrest of two reporters by Turkish police was condemned by Germany": the author of
                # the act a passive reaction answers comes before the people that act names, as for the
                # active verb's object
                for n in _act_subjects(kids, self._event_nouns):
                    cands.extend(prep_objects(n, g.agent_preps))
                    for p in prep_objects(n, g.target_preps | {"of"}):
                        cands.extend(prep_objects(p, g.agent_preps))
            # a plain subject too, where a by-agent shows the parser misread a passive as active
            cands.extend(c for c in kids if c.dep_ in ("nsubjpass", "csubjpass", "nsubj"))
            if verb.dep_ == "acl" and not cands:
                cands.append(verb.head)
            if t.obj is None:
                # "the defence accord with Somalia was ratified by Turkey's parliament", "the Russia-
                # North Korea treaty was ratified by the Duma": a passive subject naming an act is the
                # verb's object, and whom that act is with is the target, as for the active verb
                cands.extend(p for n in _act_subjects(kids, self._event_nouns)
                             for p in prep_objects(n, g.target_preps))
                if pat.reciprocal:
                    cands.extend(c for n in _act_subjects(kids, self._event_nouns) for c in dependents(n)
                                 if c.i < n.i and c.dep_ in ("compound", "amod", "nmod", "npadvmod"))
        elif verb.dep_ == "acl" and verb.tag_ == "VBN" and not headline_verb(verb) and not (
                code[:2] in g.instrument_roots and _ordered_done(verb, g) is not None):
            # "the diplomats expelled by Russia": the modified noun is the patient ("ordered troops
            # deployed": troops shown, not hit, as for the active verb's object)
            cands.append(verb.head)
        elif _object_relative_head(verb, g):
            # "signed a deal with X, which Y condemned": a reaction in a comma-set "which" clause on
            # the main clause's last phrase answers that clause's act, so its doer is the target
            if reaction:
                cands.extend(_act_doers(verb, g, self._event_nouns))
            # "diplomats it accused of spying", "officials, whom it sanctioned": the modified noun is
            # the relative clause's object
            cands.append(verb.head)
        # A preposition of place in a pattern is a place ("meet in Rome"), except for travel, where it is
        # the destination ("arrived in Tokyo" visits Japan).
        # ... and for statements, appeals and verbal conflict a pattern's own "at" is whom words are
        # aimed at ("lashed out at Beijing", "took aim at Tokyo").
        pat_preps = [
            w
            for w in pat.words
            if w not in g.location_preps
            or code in g.destination_codes
            or (w in g.aimed_preps and code[:2] in g.topic_roots)
        ]
        # "rejected a charge by Qatar", "condemned the killing of its general by Israel": the author of
        # what the verb responds to is its target, before anyone the object itself names.
        answered_objs = [t.obj] if t.obj is not None else dobjs
        if not answered_objs and reaction:
            answered_objs = _shifted_objects(verb)
        for o in answered_objs:
            cands.extend(prep_objects(o, g.agent_preps))
            # the parser often hangs the "by" on the object's own prepositional object ("condemned
            # the strike on its territory by Turkey")
            for p in prep_objects(o, g.target_preps | {"of"}):
                cands.extend(prep_objects(p, g.agent_preps))
            if not passive and (o.lemma_.lower() in self._event_nouns or any(
                    c.dep_ in ("compound", "amod") and c.lemma_.lower() in self._event_nouns
                    for c in dependents(o))):
                # ... or on the active verb itself, when its object names an event (also through a
                # modifier: "investigated war crimes by X")
                cands.extend(prep_objects(verb, g.agent_preps))
        if not pat.reciprocal:
            # "mediated a prisoner exchange between A and B": the sides an act's noun names come before
            # the people the noun itself mentions
            cands.extend(p for c in dobjs
                         if c.lemma_.lower() in self._event_nouns
                         for p in prep_objects(c, g.between_preps))
        # "welcomed the truce agreed between A and B", "hailed the deal signed by A and B": the
        # parties of a participle clause on the answered object; only for an act answering another
        # ("arrested the men hired by a gang" acts on the men)
        if reaction:
            cands.extend(p for o in answered_objs if o.pos_ == "NOUN" for c in participle_clauses(o)
                         for p in prep_objects(c, g.between_preps | g.agent_preps))
        if code[:2] in g.instrument_roots:
            pass  # "mobilized troops", "put its forces on alert": the object is what is shown, not hit
        elif t.obj is None or t.obj.dep_ == "pobj":
            # a pattern object reached through its preposition leaves the direct object free
            # ("accused Israel of +genocide": Israel is the target)
            cands.extend(c for c in kids if c.dep_ in ("dobj", "dative"))
            cands.extend(misread_object(verb))
            # "ordered the newspaper closed": the ordered act is done to what the order names
            cands.extend(ordered_patient(verb, g))
        else:
            cands.extend(c for c in kids if c.dep_ == "dative")
            # "will hand the Sri Lankan navy two patrol ships": the parser reads the first of two
            # objects as a direct object; it is the recipient
            cands.extend(c for c in dobjs if c.i < t.obj.i)
        # "helped Nepal recover", "let the rebels leave": the parser reads the object of a bare
        # infinitive as that clause's subject; it is who the verb acts on
        cands.extend(_raised_objects(verb, g))
        if code.startswith(aw.threatened_act_roots):
            cands.extend(_threatened_parties(verb, g))
        # "let free the activist": a pattern's own word read as a clause of its own keeps the object
        cands.extend(o for c in kids if c.dep_ == "ccomp" and c.lower_ in pat.words
                     for o in dependents(c) if o.dep_ == "dobj")
        # "found the former minister guilty": a pattern's adjective read as a small clause has the
        # one it is said of as its subject
        if t.obj is not None and t.obj.dep_ == "ccomp" and t.obj.pos_ == "ADJ" and t.obj.head.i == verb.i:
            cands.extend(o for o in dependents(t.obj) if o.dep_ == "nsubj")
        if pat_preps:
            answered = prep_objects(verb, frozenset(pat_preps))
            # "refused to comply with a ruling by the court": the author of what is answered first
            cands.extend(a for p in answered if p.lemma_.lower() in self._event_nouns
                         for a in prep_objects(p, g.agent_preps))
            cands.extend(answered)
        if t.obj is not None and _is_info(t.obj, g):
            # "shared intelligence on smugglers with Ghana": the parser hangs the topic on the verb, and
            # the partner's "with" on the topic's last noun; the topic is no party, the partner is
            topics = prep_objects(verb, g.topic_preps_of_info)
            cands.extend(w for p in topics for w in p.subtree
                         if w.dep_ == "pobj" and w.head.lower_ == "with" and w.head.head.i != verb.i)
            cands.extend(prep_objects(verb, g.target_preps - g.topic_preps_of_info))
        else:
            # "swapped prisoners, with five detainees freed by each side": a comma-set "with" whose
            # noun carries its own participle is a clause of circumstance, not a party acted on
            # ... nor is the force a reprisal is made with ("would respond with overwhelming force")
            cands.extend(o for o in prep_objects(verb, g.target_preps)
                         if not _absolute_with(o) and not manner_of_force(o, g))
        # "negotiate with what it called the extremist militia": what the speaker's words name
        cands.extend(named_objects(verb, g.target_preps | g.aimed_preps))
        if not pat.reciprocal:
            # "mediating between Israel and Hamas", "brokered a deal between A and B": both parties are
            # targets of a third party's act (a reciprocal act's "between" names its own sides)
            cands.extend(prep_objects(verb, g.between_preps))
        if t.obj is not None:
            # "share information on North Korea": what information is about is no party to the sharing
            obj_preps = g.target_preps
            if _is_info(t.obj, g):
                obj_preps = obj_preps - g.topic_preps_of_info
            cands.extend(prep_objects(t.obj, obj_preps))
            # "suspended talks on joining the European Union": talks on joining a body are held with it
            cands.extend(o for p in dependents(t.obj)
                         if p.dep_ == "prep" and (p.lower_ == "on" or p.lower_ in g.topic_preps)
                         for v in dependents(p)
                         if v.dep_ == "pcomp" and g.lemma(v) in aw.accession_verbs
                         for o in dependents(v) if o.dep_ == "dobj")
            # "closed two of its border crossings with Belarus": the phrases of what it is a part of
            cands.extend(x for w in partitive_whole(t.obj)
                         for x in (*prep_objects(w, obj_preps), *bordered(w)))
            if t.obj.dep_ == "conj" and t.obj.head.head.i == verb.i:
                # "launched air and artillery strikes on X": the parser hangs what coordinated
                # objects share on the first of them
                cands.extend(prep_objects(t.obj.head, g.target_preps))
            if not pat.reciprocal:
                cands.extend(prep_objects(t.obj, g.between_preps))
            # "lifted sanctions imposed on India": the target hangs off a clause on the object
            for c in dependents(t.obj):
                if c.dep_ in ("acl", "relcl"):
                    cands.extend(prep_objects(c, g.target_preps))
            # "imposed sanctions on Russian banks": a modifier of the object can be the target's actor.
        for c in dobjs if t.obj is None and not pat.notarget else ():
            # "hosted a new round of talks between A and B": an amount's phrases are its noun's
            inner = through_amount(c, g.amount_words)
            for o in (c,) if inner is None else (c, inner):
                cands.extend(prep_objects(o, g.target_preps))
                if not pat.reciprocal:
                    cands.extend(prep_objects(o, g.between_preps))
            if pat.reciprocal and c.lemma_.lower() in self._event_nouns:
                # "ratified the defence accord signed with Mogadishu": whom the act the verb
                # completes was made with, told in a participle on its noun
                cands.extend(p for a in participle_clauses(c)
                             for p in prep_objects(a, frozenset({"with"})))
        sending = g.lemma(verb) in g.deployment_verbs
        if t.obj is not None and t.obj.dep_ != "pobj" and (
                code[:2] not in g.instrument_roots or g.lemma(t.obj) in g.entered_place_nouns) \
                and not (sending and g.lemma(t.obj) in g.unit_nouns):
            # The lexical object can itself name an actor ("expelled two Japanese diplomats"); forces
            # sent ("a standby force") are the sender's, not whom they go to
            cands.append(t.obj)
        if sending:
            # "deployed troops to help Mozambique fight insurgents": whom the forces go to help
            cands.extend(o for c in kids
                         if c.dep_ in ("xcomp", "advcl") and g.lemma(c) in g.help_purposes
                         for k in dependents(c) for o in (k, *dependents(k))
                         if (o is k and o.dep_ == "dobj") or (k.dep_ == "ccomp" and o.dep_ == "nsubj"))
        # after the act's own phrases: "imposed sanctions in relation to Mali", "measures with regard to X"
        cands.extend(concerning([verb, *([t.obj] if t.obj is not None else []),
                                 *dobjs]))
        objs = [t.obj] if t.obj is not None else dobjs
        if not objs and not dobjs and not any(c.dep_ == "nsubjpass" for c in kids):
            # "rejected and condemned the decision": coordinated verbs share the later verb's object
            objs = [
                o
                for c in kids
                if c.dep_ == "conj"
                and c.pos_ == "VERB"
                and not any(x.dep_ in ("nsubj", "nsubjpass") for x in dependents(c))
                for o in dependents(c)
                if o.dep_ == "dobj"
            ]
            cands.extend(objs)
        if code.startswith(aw.material_force_roots) and not pat.reciprocal:
            # "fired tear gas and used live ammunition on protesters", "shelled and bombed the
            # villages around X": coordinated acts of force sharing the doer aim at whom the later
            # one names, after the verb's own phrases
            shared = [c for c in kids if c.dep_ == "conj" and c.pos_ == "VERB"
                      and not any(x.dep_ in ("nsubj", "nsubjpass") for x in dependents(c))]
            cands.extend(o for c in shared for o in prep_objects(c, aw.force_aim_preps) if not is_time(o))
        for o in objs:
            # "rejected a charge that Doha made": the author of what the verb responds to
            cands.extend(
                sub
                for c in dependents(o)
                if c.dep_ in ("relcl", "acl") and object_relative(c, g)
                for sub in dependents(c)
                if sub.dep_ == "nsubj" and sub.lower_ not in g.relative_pronouns
            )
        if code.startswith(aw.material_force_roots) and not pat.reciprocal:
            # "demolished homes belonging to Palestinian families", "seized a warehouse owned by a U.S.
            # firm": force used on property is used on its holder, after the parties the thing names
            cands.extend(w for o in (objs or dobjs) for w in owners_of(o))
        if code in g.responsibility_codes and t.obj is not None:
            # "claimed responsibility for the attack on Kabul's airport": who the act claimed was
            # done to is the claim's target
            claimed = prep_objects(t.obj, frozenset({"for"})) + prep_objects(verb, frozenset({"for"}))
            # "... for the arson at a resort in Colorado": the parser may hang the act's place on
            # "responsibility" itself
            claimed += prep_objects(t.obj, g.location_preps)
            for p in claimed:
                cands.extend(w for w in p.subtree if w.i != p.i and index.at(w.i) is not None)
        if code[:2] in g.topic_roots:
            # "voiced concern over Iran's tests", "complained about Spain"
            for h in [verb, *objs]:
                topics = prep_objects(h, g.topic_preps)
                # "threatened retaliation over the seizure of its tankers by Britain": the doer of the
                # act the words are about is whom they are aimed at, before what that act was done to
                cands.extend(a for p in topics if p.lemma_.lower() in self._event_nouns
                             for a in prep_objects(p, g.agent_preps))
                cands.extend(topics)
            if t.pattern.adjective:
                # "was sceptical of Washington's plan", "is wary of NATO's expansion": on an adjective
                # of attitude "of" names what the attitude is about, as "about" does
                cands.extend(prep_objects(verb, g.attitude_of_preps))
            if t.obj is not None and t.obj.dep_ == "dobj":
                # "expressed outrage at Israel", "voiced anger at Beijing's move": beside the pattern's
                # own attitude noun "at" names whom it is aimed at (the parser hangs it on the noun or
                # the verb); not a gathering it was voiced at ("concern at the summit"). A verb with no
                # such object keeps "at" as a place ("said at a news conference").
                cands.extend(p for h in (t.obj, verb) for p in prep_objects(h, g.aimed_preps)
                             if g.lemma(p) not in g.gathering_nouns)
        for o in objs:
            if o.lemma_.lower() in self._event_nouns:
                # "lifted its blockade of Qatar": what an act names with "of" is what it is done to
                cands.extend(prep_objects(o, frozenset({"of"})))
        # "sent a team of medical experts to Turkey": where it goes, hung on the object's "of" phrase
        cands.extend(_sent_to(objs, g.destination_preps))
        own = own_countries(sources, g)
        src_codes = {m.actor.code for m in sources}

        def other(m: MentionLike) -> bool:
            # "police arrested a police officer": an arrest falls on a person, not on the body itself
            return not any(one_body(code, s, m, g) for s in sources)

        def other_side(m: MentionLike) -> bool:
            return other(m) and not any(no_dyad(m, s, g) for s in sources)

        if code.startswith(aw.handover_codes):
            # "extradited two Ugandan suspects to Uganda": a state hands a person over to another
            # party, which is the one it acts with; the person is only what passes between them
            dests = prep_objects(verb, g.destination_preps) + [
                w for o in objs for w in o.subtree
                if w.dep_ == "pobj" and w.head.lower_ in g.destination_preps and w.head.head.pos_ != "ADV"]
            acts = self._first_parties(dests, index, other_side)
            if acts:
                return acts
        if code.startswith(g.transfer_prefixes):
            # "sent supplies and personnel such as doctors to Nepal": what is handed over goes to its
            # recipient, even when the things or people sent name a party themselves
            for o in objs:
                if (o.pos_ != "NOUN" or actor_like(o) or people(o)
                        or any(x.dep_ == "poss" for x in dependents(o))):
                    continue  # a party named, people, or someone's own is the patient ("a Cuban doctor")
                dests = [w for w in o.subtree if w.dep_ == "pobj" and w.head.lower_ in g.destination_preps
                         and w.head.head.pos_ not in ("VERB", "ADV")]
                dests += prep_objects(verb, g.destination_preps)
                acts = self._first_parties(dests, index, other_side)
                if acts:
                    return acts
        # "sent more troops to its frontier with Eritrea": the other side of a border, after the phrase
        cands = [x for c in cands for x in (c, *bordered(c))]
        # "massed troops along its border with Chad": where forces stand, when it is a border, names
        # the state across it (only a border noun's "with" phrase, so no plain place becomes a party)
        stands = (verb, *(() if t.obj is None else (t.obj,)))
        posture = code.startswith("15")
        if posture and verb.dep_ == "dobj":
            stands += (verb.head,)  # "ordered the deployment of troops ..., near the border with X"
        across = [x for h in stands for p in prep_objects(h, _ALONG_PREPS)
                  for x in bordered(p, named=posture)]
        if posture or g.lemma(verb) in g.deployment_verbs:
            # "deployed troops to the Line of Actual Control facing China": whom the forces face
            faced = [o for h in (*stands, *prep_objects(verb, g.destination_preps)) for w in dependents(h)
                     if w.dep_ in ("advcl", "acl") and w.lower_ in g.posture_preps
                     for o in dependents(w) if o.dep_ == "dobj"]
            cands = faced + cands
        if posture and own:
            # "deployed troops to Zulia, near the border with Colombia": a place at home only says where the
            # forces stand; the state across the border is whom the posture faces
            near = [x for c in cands for p in prep_objects(c, _ALONG_PREPS) for x in bordered(p, named=True)]
            if across or near:
                cands = [c for c in cands if not self._home_place(c, index, own)] + near
        cands.extend(across)
        # "met on the sidelines of the APEC summit": the edge of a meeting is where the act was done;
        # neither it nor the body holding the meeting is acted on
        cands = [c for c in cands if g.lemma(c) not in g.margin_nouns]
        if code[:2] == "19" and g.lemma(verb) in aw.capture_verbs:
            # "recaptured the town of Kobo from Tigrayan forces", "took control of the village from
            # Fano fighters": ground is taken from whoever held it, the side fought (CAMEO 192/190),
            # before the place, whose country is often the doers' own
            acts = self._first_parties(held_from(verb, objs), index, other_side)
            if acts:
                return acts
        # a token is often reached by several of the routes above ("dobj" and the pattern's object): what
        # it names depends on it alone, so a repeat, which found nothing the first time, is skipped
        tried: set[int] = set()
        for c in cands:
            if c.i in tried:
                continue
            tried.add(c.i)
            # "sent troops to the UN force in South Sudan": a mission serves the place it is in
            place = served_place(c, g)
            # "met to discuss the crisis in Haiti": what is discussed is a topic, and a place in it
            # says where the topic is, not who takes part (``topic_object_verbs``)
            topic = c.dep_ == "dobj" and c.head.i == verb.i and g.lemma(verb) in g.topic_object_verbs
            # ... and so is what a plain statement's own preposition names ("commented on the crisis in
            # Haiti", "spoke about the floods in Sindh"): CAMEO 010 is aimed at a party, not at a place
            # (grammar ``placeless_topic_codes``)
            topic = topic or (code in g.placeless_topic_codes and c.dep_ == "pobj"
                              and c.head.head.i == verb.i and c.head.lower_ in pat.words)
            acts = self._actors_of_phrase(place if place is not None else c, index,
                                          lexical=topic or t.obj is not None and c.i == t.obj.i)
            if not acts:
                acts = group_antecedent(c, index)  # "accusing the group of ...": the group named before
            if not any(other(m) for m in acts):
                # "expelled the attache, accusing him of ...", "rounded up three traders and later
                # expelled them": an object pronoun left unresolved (or read as the doer itself)
                # stands for the governing verb's object
                acts = self._first_parties(antecedent_objects(c, verb), index, other) or acts
            centre = [m for m in acts
                      if m.actor.code in src_codes and any(regional_to_centre(s, m) for s in sources)]
            if centre:
                return centre  # "Chief Minister X accused the Centre": state government on national
            # "talks mediated by Qatar between A and B": the noun reaches its own mediator; look on
            acts = [m for m in acts if other(m)]
            # "Pakistan summoned an Indian diplomat to its foreign ministry": the source's own state
            # is no target; look on
            acts = [m for m in acts if not any(no_dyad(m, s, g) for s in sources)]
            if (
                acts
                and t.obj is not None
                and c.i == t.obj.i
                and all(any(one_side(m, s, g) for s in sources) for m in acts)
            ):
                continue  # the source's own troops or officials are what it acts with, not on
            if acts and g.reaches_places(code):
                return self._localise(acts, verb, t, index)
            if acts:
                return acts
        # "lifted sanctions on exports to India", "eased curbs on travel to North Korea": what the act
        # bears on can name its target one phrase further down
        for o in objs:
            # ... or through the act it is a part in: "suspended its participation in talks with X"
            heads = prep_objects(o, g.target_preps) + [
                p for p in prep_objects(o, frozenset({"in"})) if p.lemma_.lower() in self._event_nouns]
            deeper = (q for p in heads for q in prep_objects(p, g.target_preps))
            acts = self._first_parties(deeper, index, other)
            if acts:
                return acts
        if code.startswith(g.transfer_prefixes):
            # "returned a pendant engraved with the image of Peter the Great to Russian authorities":
            # the destination of what is handed over can hang deep inside it, and comes last
            for o in objs:
                dests = [w for w in o.subtree if w.dep_ == "pobj" and w.head.lower_ in g.destination_preps]
                acts = self._first_parties(reversed(dests), index, other)
                if acts:
                    return acts
        if code.startswith(aw.obtaining_roots):
            # "supplied most of the arms Armenia bought": who obtains it in a clause on what is handed
            # over ("most of" leaves the thing one "of" further down)
            obtaining = aw.obtaining_verbs
            takers = [s for o in objs for n in (o, *prep_objects(o, frozenset({"of"})))
                      for c in dependents(n) if c.dep_ == "relcl" and g.lemma(c) in obtaining
                      for s in dependents(c) if s.dep_ == "nsubj" and s.lower_ not in g.relative_pronouns]
            acts = self._first_parties(takers, index, other)
            if acts:
                return acts
        if code.startswith(aw.aid_codes):
            # "donated ventilators to benefit Ethiopia": with no recipient named, whom the gift serves
            # (a purpose verb that is a trigger itself, "to help X", codes its own event)
            acts = self._first_parties(helped(verb, skip=self.patterns.verbs), index, other)
            if acts:
                return acts
            # "allocated funds to meet the needs of people in Sudan": aid with no recipient serves
            # the named place its purpose is in (never the giver's own country)
            # a place by name, however the tagger typed it
            named = (w for w in places_after(verb, g.location_preps)
                     if w.ent_type_ in ("GPE", "LOC") or w.pos_ == "PROPN")
            acts = self._first_parties(
                named, index, lambda m: other(m) and (m.actor.country is None or m.actor.country not in own))
            if acts:
                return acts
        if code.startswith(aw.return_codes):
            # "will return the trucks they seized from the army": given back to whom it was taken from
            for o in objs:
                acts = self._first_parties(taken_from(o), index, other)
                if acts:
                    return acts
        if code.startswith(aw.civilian_site_roots) and not code.startswith("192"):
            # "used grenades filled with chloropicrin against Ukrainian positions": a party the
            # violence is aimed at, named deep inside what it is done with
            acts = _not_own_ground(
                self._first_parties(self._aimed_objects(verb, objs), index, other), sources, g)
            if acts:
                return acts
        if g.reaches_places(code):
            placed = self._place_targets(verb, t, index, own)
            if placed:
                return placed
        if code.startswith(aw.civilian_site_roots) and not code.startswith("192"):
            # "army jets bombed a monastery in Sagaing", "gangs burned dozens of homes": the people of
            # the country the site is in (taking ground, 192, is taken from whoever held it)
            sited = self._civilian_site(verb, objs, index, sources)
            if sited:
                return sited
        def foreign(m: MentionLike) -> bool:
            """A party on the other side that is not of the doers' own country."""
            return other_side(m) and m.actor.country not in own

        # "sent experts to Morocco to investigate the crash": those sent act where they were sent
        acts = self._first_parties(dispatched_to(verb, g), index, other_side)
        if not acts and reaction and not (
                code == "010" and any(c.dep_ == "ccomp" and c.i > verb.i for c in kids)):
            # "X accused Y of ..., an accusation Z denied", "X eased its curbs, a step welcomed by Z"
            # (not "a decision Madrid said it regretted": the saying is no reaction, "X said E" codes E)
            acts = self._first_parties(restated_doers(verb, g), index, other_side)
        if not acts and code.startswith(aw.withdrawal_codes):
            # "withdrew its soldiers from camps inside South Sudan": whose ground is left
            acts = self._first_parties(left_ground(verb), index, foreign)
        if not acts:
            # "broke the truce by shelling an Ethiopian border post": the act's means names it
            acts = self._first_parties(
                (w for c in means_clause(verb) for w in (*(o for o in dependents(c) if o.dep_ == "dobj"),
                                                          *prep_objects(c, g.target_preps | g.aimed_preps))),
                index, other_side)
        if not acts and code.startswith("12"):
            # "rejected the offer, two days after Bogota offered to host negotiations": its maker
            acts = self._first_parties((m for o in objs for m in request_makers(o, verb)), index, other_side)
        if not acts:
            # "closed its embassy in Tehran": a state's post abroad stands in its host's country
            acts = self._first_parties(host_places(verb, g), index, foreign)
        if not acts and code.startswith(aw.content_codes):
            # "denied that Venezuelan soldiers had entered Guyanese territory": the other party named
            acts = self._first_parties(content_words(verb), index, foreign)
        # a show of force aimed at the doers of the act it answers (below) is aimed at them as one
        answered_show = not acts and code.startswith(aw.posture_roots)
        if not acts and code.startswith(aw.cause_roots):
            # "Rwanda recalled its envoy after Burundi closed the border": the doer of what it answers
            acts = self._first_parties(cause_doers(verb), index, foreign)
        if not acts and code.startswith(aw.answered_roots) \
                and not pat.origin.startswith("structural"):
            # "warned of a response after the Japanese prime minister's remarks": the doer of the act
            # its phrase names (criticism read from a naming's structure aims at what it names instead,
            # "called the move a provocation": see _named_owners)
            acts = self._first_parties(answered_doers(verb, objs), index, foreign)
        if not acts and code.startswith(aw.condition_roots):
            # "reserved the right to retaliate if Western missiles are used": whose act sets it off
            acts = self._first_parties(condition_doers(verb), index, foreign)
        if not acts and code.startswith(aw.content_subject_roots):
            # "warned that Manila was playing with fire": the party the reported clause is about
            acts = self._first_parties(self._content_parties(content_subjects(verb), index), index, foreign)
        if not acts and code.startswith(aw.awaited_roots):
            # "will not lift the embargo until Cuba undertakes reforms": the party whose act is awaited
            acts = self._first_parties(awaited_doers(verb), index, foreign)
        if not acts and code.startswith(aw.posture_roots):
            # "put its forces on alert after reports of Armenian troop movements", "raised its alert
            # level after the North fired missiles into the sea": the threat answered, or who answers it
            acts = (self._first_parties(threat_words(verb, self._cooperative), index, foreign)
                    or self._first_parties(answered_subjects(verb), index, foreign))
        if answered_show and acts:
            # "fired missiles into the sea days after Seoul and Washington wrapped up their joint
            # exercise": one show of force, aimed at the joint act's doers together, is one event (the
            # annotators list them as alternatives of one target), coded with the first party named
            acts = [m for m in acts if m.actor.country == acts[0].actor.country]
        # "dock workers went on strike over pension cuts", "imposed a curfew in four cities": an act
        # that names no target can still imply one
        return acts or implied_targets(verb, code, sources, index, g)

    def _localise(
        self, acts: list[MentionLike], verb: Token, t: Trigger, index: MentionIndexLike
    ) -> list[MentionLike]:
        """A unit named without its country belongs to the country it is hit in: "attacked an army
        base in Mali" targets Mali's military (MLIMIL), not a military of nowhere."""
        if not all(m.actor.country is None and m.actor.role and m.actor.code == m.actor.role for m in acts):
            return acts
        countries = {p.actor.country for p in self._place_targets(verb, t, index, set()) if p.actor.country}
        if not countries:
            countries = self._nested_place_countries(verb, index)
        if not countries:
            countries = self._struck_place_countries(verb, index)
        if len(countries) != 1:
            return acts
        c = countries.pop()
        return [
            Localised(
                m.start,
                m.end,
                m.start_char,
                m.end_char,
                m.text,
                replace(m.actor, code=country_prefix(c) + m.actor.code, country=c,
                        name=f"{m.actor.name} ({c})"),
            )
            for m in acts
        ]

    def _struck_place_countries(self, verb: Token, index: MentionIndexLike) -> set[str]:
        """The countries of the places an attack noun that is the verb's subject is on or in ("Israeli
        strikes on Gaza killed 30 people"): the people it killed are that place's."""
        g = self.g
        preps = g.location_preps | _STRUCK_PREPS
        return {
            country
            for s in dependents(verb) if s.dep_ == "nsubj" and g.lemma(s) in self._event_nouns
            for p in prep_objects(s, preps)
            for m in actors_of(p, index, g) if (country := _place_country(m))
        }

    def _nested_place_countries(self, verb: Token, index: MentionIndexLike) -> set[str]:
        """The countries of the places named inside the verb's own setting phrase ("killed ten worshippers
        [at a church in a village in Congo's Ituri province]"), when the site it names first is a party
        with no country of its own (a church, a school) that hides the place further down."""
        g = self.g
        out: set[str] = set()
        for p in prep_objects(verb, g.location_preps):
            for w in p.subtree:
                if w.i == p.i or w.dep_ not in ("pobj", "poss", "compound"):
                    continue
                m = index.at(w.i)
                # only places: a party named further down ("a church run by a French charity") is no setting
                if m is not None and (country := _place_country(m)):
                    out.add(country)
        return out

    def _place_targets(
        self, verb: Token, t: Trigger, index: MentionIndexLike, own: set[str]
    ) -> list[MentionLike]:
        """The place an act of force hits ("bombed targets in Lebanon", "fired rockets at Israel")."""
        g = self.g
        heads = [verb] + [c for c in dependents(verb) if c.dep_ == "dobj"]
        if t.obj is not None and all(t.obj.i != h.i for h in heads):
            heads.append(t.obj)
        for h in heads:
            for p in prep_objects(h, g.location_preps):
                acts = [m for m in actors_of(p, index, g) if _other_side(m, own, g)]
                if acts:
                    return acts
        # "attacked positions belonging to militants in Gaza", "struck a depot near the border with
        # Syria": the place can sit deeper inside what is hit; "took control of a village in the
        # Donetsk region": the parser may hang the object's "of" phrase on the verb
        for h in heads[1:] + (prep_objects(verb, frozenset({"of"})) if len(heads) > 1 else []):
            for w in h.subtree:
                if w.dep_ == "pobj" and w.head.lower_ in g.location_preps and w.head.head.i != verb.i:
                    acts = [m for m in actors_of(w, index, g) if _other_side(m, own, g)]
                    if acts:
                        return acts
        return []

    def _civilian_site(
        self, verb: Token, objs: Sequence[Token], index: MentionIndexLike, sources: Sequence[MentionLike]
    ) -> list[MentionLike]:
        """The civilians of the country a civilian site hit by violence is in, when no party is named
        on it: the country of a place named with it, else an armed group's own country."""
        aw = argument_words()
        sites: list[Token] = []
        # "dropped munitions on a village", "fired rockets at a market", "launched an attack on a
        # town": the site can be the object of an aimed preposition (see ``_aimed_objects``)
        objs = [*objs, *(p for p in self._aimed_objects(verb, objs) if p.i not in {o.i for o in objs})]
        # "set fire to a market and a school": what the fire is set to (the parser hangs "to" on the
        # verb or on "fire")
        objs += [p for o in objs if o.lemma_.lower() in aw.kindled_nouns
                 for h in (o, verb) for p in prep_objects(h, frozenset({"to"}))]
        for o in objs:
            for n in (o, *(c for c in dependents(o) if c.dep_ == "conj")):
                # "dozens of homes", "two of its villages": the site is one "of" further down
                heads = [n, *prep_objects(n, frozenset({"of"}))] if {n.lemma_.lower(), n.lower_} & (
                    aw.quantity_nouns | aw.partitive_words) or n.pos_ == "NUM" else [n]
                if any(h.lemma_.lower() in aw.civilian_sites for h in heads):
                    sites.append(n)
        if not sites or not sources:
            return []
        site = sites[0]
        # a place further down ("a village in the Sagaing region", "in Sagaing, Myanmar") names where
        # the site is, not whose it is
        placed = {w.i for p in site.subtree if p.dep_ == "prep" and p.lower_ in self.g.location_preps
                  for w in p.subtree}
        if any(index.at(w.i) is not None for w in site.subtree if w.i not in placed and w.dep_ != "pobj"
               and w.head.lower_ not in self.g.location_preps):
            return []  # "the group's homes", "Hamas positions": a party is named on the site
        if any(w.lower_.rsplit("-", 1)[-1] in aw.held_marks for w in site.lefts):
            return []  # "rebel-held villages": the site is a side's ground, not only its people's
        # the parser may hang the place on the verb, and read a name after "in" as a clause (pcomp)
        roots = [site, *prep_objects(verb, self.g.location_preps)]
        places = [w for r in roots for w in r.subtree
                  if w.dep_ in ("pobj", "pcomp") and w.head.lower_ in self.g.location_preps]
        country = next((m.actor.country for w in places for m in actors_of(w, index, self.g)
                        if m.actor.country), None)
        if country is None:
            armed = {m.actor.country for m in sources
                     if (m.actor.role or "") in aw.group_roles and m.actor.country}
            if len(armed) != 1:
                return []
            country = armed.pop()
        left = site.left_edge
        return [Localised(left.i, site.i + 1, left.idx, site.idx + len(site.text),
                          site.doc[left.i : site.i + 1].text, civilians_of(country))]

    def _judged_conduct(
        self, noun: Token, clause: Token | None, index: MentionIndexLike
    ) -> tuple[list[MentionLike], list[MentionLike], float] | None:
        """The parties of an act noun that a characterising verb says someone's conduct was ("the
        military's campaign amounted to the ethnic cleansing of the Rohingya", "the RSF's attacks on the
        Masalit constituted genocide"): the conduct's owner did it, to whom the conduct or the act noun
        is aimed at (``characterising_verbs``); None when the noun is not such a complement."""
        g = self.g
        if clause is None or g.lemma(clause) not in g.characterising_verbs:
            return None
        if noun.dep_ == "pobj":
            if noun.head.head.i != clause.i or noun.head.lower_ not in ("to", "as"):
                return None
        elif noun.dep_ not in ("dobj", "attr") or noun.head.i != clause.i:
            return None
        conduct = [c for c in dependents(clause) if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        if not conduct:
            return None
        c = conduct[0]
        owners = [w for w in dependents(c) if w.dep_ == "poss"] + prep_objects(c, g.agent_preps)
        sources = [m for w in owners for m in actors_of(w, index, g)]
        if not sources:
            return None
        own = {m.actor.code for m in sources}
        aimed = g.target_preps - {"from", "with"}
        victims = prep_objects(noun, frozenset({"of", *aimed})) + prep_objects(c, aimed | {"of"})
        targets = [m for w in victims for m in actors_of(w, index, g) if m.actor.code not in own]
        return sources, targets, 0.75

    def _aimed_objects(self, verb: Token, objs: Sequence[Token]) -> list[Token]:
        """What an act of violence is aimed at through ``aimed_site_preps``: on the verb, anywhere
        inside its object ("grenades filled with chloropicrin against Ukrainian positions", where the
        parser hangs the phrase on the filling) or inside the attack noun it is told in ("used gas in
        an attack on the town of X")."""
        aimed = argument_words().aimed_site_preps
        told_in = [n for n in prep_objects(verb, frozenset({"in"})) if n.lemma_.lower() in self._event_nouns]
        holders = [w for h in (*objs, *told_in) for w in h.subtree]
        return [o for h in (verb, *holders) for o in prep_objects(h, aimed)]

    def _home_place(self, tok: Token, index: MentionIndexLike, own: set[str]) -> bool:
        """The phrase names only places of the sources' own countries ("to Zulia state")."""
        acts = self._actors_of_phrase(tok, index)
        return bool(acts) and all(getattr(m, "via", "") in ("place", "capital") and m.actor.country in own
                                  for m in acts)

    def _actors_of_phrase(
        self, tok: Token, index: MentionIndexLike, lexical: bool = False
    ) -> list[MentionLike]:
        """``actors_of`` a noun phrase; an event noun or a light verb's object ("held talks in Vienna",
        "signed an agreement in Barbados") reaches no actor through a preposition of place."""
        g = self.g
        if lexical or tok.lemma_.lower() in self._event_nouns:
            return actors_of(tok, index, g, preps=g.actor_preps - g.location_preps)
        return actors_of(tok, index, g)

    def _first_parties(
        self, words: Iterable[Token], index: MentionIndexLike, keep: Callable[[MentionLike], bool]
    ) -> list[MentionLike]:
        """The actors ``keep`` accepts among those the first of ``words`` that names any such names."""
        for w in words:
            acts = [m for m in actors_of(w, index, self.g) if keep(m)]
            if acts:
                return acts
        return []

    def _defended_against(
        self, noun: Token, clause: Token | None, index: MentionIndexLike
    ) -> tuple[list[MentionLike], list[MentionLike], float] | None:
        """The "from"/"by" party of an event noun a defending verb shields its object "against", and
        the one shielded: the object if it names an actor, else the verb's subject ("defended the
        law against criticism from X": X criticised the law's author)."""
        g = self.g
        prep = noun.head
        if clause is None or noun.dep_ != "pobj" or prep.lower_ != "against":
            return None
        if g.lemma(clause) not in argument_words().defending_verbs:
            return None
        objs = [c for c in dependents(clause) if c.dep_ == "dobj"]
        if prep.head.i != clause.i and not any(prep.head.i == o.i for o in objs):
            return None
        doers = [m for p in prep_objects(noun, _FROM | g.agent_preps)
                 for m in actors_of(p, index, g)]
        if not doers:
            return None
        # the object's own phrase minus the "against" phrase, which names the attacker
        shielded = [m for o in objs for m in actors_of(o, index, g)
                    if not (prep.left_edge.i <= m.start <= prep.right_edge.i)]
        if not shielded:
            subs, _ = subject_of(clause, g)
            shielded = [m for s in subs for m in actors_of(s, index, g)]
        return doers, shielded, 0.75

    def _blamed(self, noun: Token, index: MentionIndexLike) -> list[MentionLike]:
        """The actors held responsible for the act the noun names, if any."""
        return [m for s in _blamed_subjects(noun) for m in actors_of(s, index, self.g)] or self._claimed(
            noun, index)

    def _forceful_noun(self, noun: Token) -> bool:
        """Whether the noun patterns of ``noun`` code it as a threat or an act of force (CAMEO 13 to 20) and
        never as cooperation or a yield (01 to 10): "a withdrawal from X" (0874) names where one leaves."""
        pats = self.patterns.nouns.get(noun.lemma_.lower()) or self.patterns.nouns.get(noun.lower_) or ()
        roots = {p.code[:2] for p in pats if p.code[:2].isdigit()}
        return any("13" <= r <= "20" for r in roots) and not any(r <= "10" for r in roots)

    def _phrase_head(self, noun: Token) -> Token | None:
        """The first noun of the noun pattern "X of/in/to Y" that ends on ``noun`` ("suspension of aid",
        "cessation of hostilities"), or None."""
        prep = noun.head
        head = prep.head
        if prep.dep_ != "prep" or head.pos_ != "NOUN" or head.i == prep.i:
            return None
        pats = self.patterns.nouns.get(noun.lemma_.lower()) or self.patterns.nouns.get(noun.lower_) or ()
        firsts = (head.lower_, head.lemma_.lower())
        if any(len(p.words) >= 2 and p.words[-1] == prep.lower_ and p.words[-2] in firsts for p in pats):
            return head
        return None

    def _actors_of_noun(
        self, noun: Token, clause: Token | None, index: MentionIndexLike, of_target: bool = True
    ) -> tuple[list[MentionLike], list[MentionLike], float]:
        """Sources and targets of an event noun; with ``of_target``, a directed act's "of" phrase
        can name its target when the doer comes from the clause ("approved the extradition of X")."""
        g = self.g
        tail: list[Token] = []
        first = self._phrase_head(noun) if noun.dep_ == "pobj" else None
        if first is not None:
            # "announced a suspension of aid to Egypt": a pattern phrase whose trigger is its last word
            # has its arguments on the phrase's first noun (the parser hangs some on the last one)
            noun, tail = first, [noun]
        received = clause is not None and noun.dep_ == "dobj" and noun.head.i == clause.i
        if clause is not None and received and (g.lemma(clause) in g.receiving_verbs
                                                or g.lemma(clause) in argument_words().eliciting_verbs):
            # "Erdogan received a phone call from Putin": the sender does what the noun names, to the
            # receiver
            senders = prep_objects(noun, _FROM) + prep_objects(clause, _FROM)
            if not senders:
                # "Tehran faces threats of military action from Israel": the parser hangs the sender on
                # the threatened act; an act of force "from" a party is that party's own, as the threat
                # is (not so a withdrawal "from" a country, which names where it leaves)
                senders = [f for o in prep_objects(noun, _OF) if self._forceful_noun(o)
                           for f in prep_objects(o, _FROM) if actor_like(f)]
            if not senders and g.lemma(clause) in argument_words().eliciting_verbs:
                # "barred the candidate, prompting a protest by hundreds of his supporters": the act's
                # doers may be named by "by" as well; a crowd noun stands for its "of" phrase's people
                senders = [o for b in prep_objects(noun, g.agent_preps) + prep_objects(clause, g.agent_preps)
                           for o in ([b] if index.at(b.i) is not None else prep_objects(b, _OF))]
                if not senders:
                    # "the purchase triggered US sanctions", "drew Japanese protests": a party named
                    # before the drawn act (its owner or nationality) is its doer, as a "from" party is
                    senders = [c for c in dependents(noun) if c.i < noun.i and index.at(c.i) is not None
                               and c.dep_ in ("poss", "amod", "compound", "nmod")]
            if senders:
                subs, _ = subject_of(_drawn_onto(clause, g), g, passive_subject=True)
                # "the threat by Washington to cut funding drew criticism from Beijing", "the seizure
                # of the tanker by Iran drew condemnation": an act noun that names its doer by "by"
                # draws the reaction onto that doer, not onto whom it was done to
                eliciting = g.lemma(clause) in argument_words().eliciting_verbs
                drawn = [m for s in subs for o in prep_objects(s, g.agent_preps)
                         for m in actors_of(o, index, g)] if eliciting else []
                drawn = drawn or [m for s in subs for m in actors_of(s, index, g)]
                return (
                    [m for p in senders for m in actors_of(p, index, g)],
                    drawn,
                    0.8,
                )
        defended = self._defended_against(noun, clause, index)
        if defended is not None:
            return defended
        if (
            clause is not None
            and noun.dep_ == "pobj"
            and noun.head.lower_ in g.undergo_preps
            and noun.head.head.i == clause.i
            and clause.lemma_.lower() in g.undergo_verbs
        ):
            # "Afghan soldiers came under attack from the Taliban": the subject suffers the act,
            # whose doer is the "from" or "by" phrase ("came under heavy Russian shelling": a party
            # named on the act)
            doers = prep_objects(noun, g.undergo_agent_preps) + prep_objects(clause, g.undergo_agent_preps)
            doers = doers or _named_on_act(noun, index)
            subs, _ = subject_of(clause, g)
            return (
                [m for p in doers for m in actors_of(p, index, g)],
                [m for s in subs for m in actors_of(s, index, g)],
                0.75,
            )
        if (
            clause is not None
            and noun.dep_ == "dobj"
            and noun.head.i == clause.i
            and g.lemma(clause) in g.survived_verbs
            and self._conflict_noun(noun)
        ):
            # "the senator survived an assassination attempt by gunmen", "the mayor escaped an ambush
            # when gunmen fired on his car": who survives or escapes an act is whom it was aimed at,
            # never its doer; the doer is the act's "by"/"from" phrase or the subject of the "when"
            # clause that tells how it was done (no doer named: no source, so no event)
            doers = prep_objects(noun, g.undergo_agent_preps) + prep_objects(clause, g.undergo_agent_preps)
            # "withstood a Russian assault", "survived Israel's strike": a party named on the act did it
            doers = doers or _named_on_act(noun, index)
            if not doers:
                doers = _when_doers([clause, noun], g)
            subs, _ = subject_of(clause, g)
            return (
                [m for p in doers for m in actors_of(p, index, g)],
                [m for s in subs for m in actors_of(s, index, g)],
                0.75,
            )
        judged = self._judged_conduct(noun, clause, index)
        if judged is not None:
            return judged
        sources: list[MentionLike] = []
        targets: list[MentionLike] = []
        conf = 0.8
        mods: list[MentionLike] = []
        for c in dependents(noun):
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i:
                m = index.at(c.i)
                if m is not None and c.dep_ in ("compound", "nmod") and getattr(m, "via", None) == "place" \
                        and m.end == c.i + 1:
                    # "the Srebrenica massacre", "the Bucha killings": a town or region named on the act
                    # says where it was, not who did it (a state's name, capital or people still can)
                    continue
                if m is not None and all(m is not x for x in mods):
                    mods.append(m)
                # "US-China talks": coordinated or hyphenated modifiers
                for cc in dependents(c):
                    if cc.dep_ in ("compound", "amod", "conj", "nmod") and cc.i < noun.i:
                        m2 = index.at(cc.i)
                        if m2 is not None and all(m2 is not x for x in mods):
                            mods.append(m2)
        # "the truce brokered by Egypt between A and B", "talks hosted by the EU with Serbia": a
        # participle on the noun carries the noun's own arguments
        # "its accusation that Belarusian troops were massing ...": a clause with a subject of its
        # own is what the accusation says, and its subject is whom it accuses
        said = [c for c in dependents(noun) if c.dep_ in ("acl", "ccomp") and c.i > noun.i
                and any(k.dep_ in ("nsubj", "nsubjpass") for k in dependents(c))]
        accused = [k for c in said for k in dependents(c) if k.dep_ in ("nsubj", "nsubjpass")
                   ] if g.lemma(noun) in argument_words().accusation_nouns else []
        heads = [noun] + [c for c in dependents(noun) if c.dep_ == "acl" and c.tag_ == "VBN"
                          and all(c.i != x.i for x in said)] + tail
        # ... but the agent of a participle that is an event of its own ("talks hosted by the EU",
        # "a truce brokered by Egypt") is that event's doer, not a party to the noun
        doers = [h for h in heads if h.i == noun.i or h.lemma_.lower() not in self.patterns.verbs]
        # "a march on the capital planned by X": the parser often hangs a participle of authorship on the
        # noun's own prepositional object; who planned or carried out the act is still its doer
        authors = argument_words().author_participles
        doers += [c for p in dependents(noun) if p.dep_ == "prep" and p.lower_ not in _OF
                  for o in dependents(p) if o.dep_ == "pobj"
                  for c in dependents(o)
                  if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in authors]
        of_objs = prep_objects(noun, frozenset({"of"}))
        # "the assassination of the Hamas leader by Israel": the parser often hangs the doer on the
        # victim
        by = [b for h in doers + of_objs for b in prep_objects(h, g.agent_preps)]
        if by and any(c.dep_ == "poss" and c.pos_ != "PRON" and index.at(c.i) is not None
                      for c in dependents(noun)):
            # "Kosovo's demand for recognition by the UN": an act its possessor names as its doer has
            # no second doer; the parser hung the "by" of a noun inside it on the act itself
            by = []
        if g.lemma(noun) in g.from_agent_nouns:
            # "a protest from Washington", "an appeal from Qatar": a message's "from" is its author
            by += [b for b in prep_objects(noun, _FROM) if index.at(b.i) is not None]
        # "condemnation by Paris of X": the parser hangs the noun's "of" on a state's name as its agent
        of_objs = of_objs + [o for b in by if b.ent_type_ == "GPE" for o in prep_objects(b, _OF)]
        laid = _laid_on(noun)
        # "police blamed the bombing on JNIM", "the killing was attributed to the cartel": whom the act
        # is laid on did it, as when a participle lays it ("a bombing blamed on X"); the one who lays
        # it is no doer of it, so with no party named there the act has no source from the clause
        by += laid
        for b in by:
            # "a protest by hundreds of farmers": a number or crowd noun is its "of" phrase's people
            sources.extend(actors_of(b, index, g) or [
                m for o in prep_objects(b, _OF) for m in actors_of(o, index, g)])
        # "talks hosted by Oman between Iran and the U.S.": the parser may hang "between" on the agent
        agents = [b for h in heads[1:] for b in prep_objects(h, g.agent_preps)]
        between = [b for h in heads + agents for b in prep_objects(h, g.between_preps)]
        if not between and (onset := intransitive_head(noun)) is not None:
            # "fighting broke out between A and B", "clashes erupted between A and B": the parties of
            # an event noun that is the subject of an intransitive verb hang on that verb
            between = prep_objects(onset, g.between_preps)
        if between:
            parties: list[MentionLike] = []
            for b in between:
                # "talks between Israeli and Hamas negotiators": each coordinated modifier is a party;
                # "talks between the foreign ministers of A and B": so is each coordinated member
                found = actors_of(b, index, g)
                found = member_sides(b, found, index) or found
                found = found + _modifier_actors(b, index)
                for m in found:
                    if all(m is not x and m.actor.code != x.actor.code for x in parties):
                        parties.append(m)
            if len(parties) >= 2:
                return parties, [], 0.8
        targets.extend(m for p in accused if p.pos_ != "PRON" for m in actors_of(p, index, g))
        # "a swipe at Washington", "a barb at Ankara": words aimed "at" a party name it as a target
        # (elsewhere "at" is a place: "a meeting at the UN")
        preps = g.target_preps - {"from"} | (g.aimed_preps if g.lemma(noun) in g.aimed_nouns else frozenset())
        for p in [] if targets else [p for h in heads for p in prep_objects(h, preps)]:
            # the doer named inside the target's phrase ("a march on the capital planned by X") is not it
            targets.extend(m for m in actors_of(p, index, g) if all(m.start != x.start for x in sources))
        # a pronoun possessor ("its bombardment of ...") is left to the clause's own subject
        doer = sources if by else [m for m in mods if noun.doc[m.start].pos_ != "PRON"]
        # "intensified its shelling of X": the subject's own act, named as the object, is done to what
        # its "of" names (the pronoun owner is the doer, whoever it stands for)
        owned = (not doer and clause is not None and noun.dep_ == "dobj" and noun.head.i == clause.i
                 and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in dependents(noun)))
        if (doer or owned) and not targets:
            # "the killing of its general by Israel", "India's rejection of the Chinese proposal": with
            # the doer named by "by" or a possessor, "of" names what the act is done to
            for p in of_objs:
                targets.extend(
                    m for m in actors_of(p, index, g) if all(m.actor.code != d.actor.code for d in doer)
                )
            if not targets:
                # "Beijing's suspension of flights to Japan", "the imposition of tariffs on China",
                # "Kyiv's suspension of talks with Moscow": when the "of" phrase names a thing, the act's
                # party hangs on that thing (the parser attaches it there, not to the noun)
                for p in of_objs:
                    if index.at(p.i) is None:
                        for q in prep_objects(p, g.target_preps - {"from", "for"}):
                            targets.extend(m for m in actors_of(q, index, g)
                                           if all(m.actor.code != d.actor.code for d in doer))
        if not sources and not targets and g.lemma(noun) in g.place_named_journey_nouns:
            # "Modi's Washington visit": the possessor travels to the place named between it and the noun
            kids = dependents(noun)
            owner = [m for c in kids
                     if c.dep_ == "poss" and c.pos_ == "PROPN" and (m := index.at(c.i)) is not None]
            place = [m for c in kids if c.dep_ == "compound" and c.ent_type_ == "GPE" and owner
                     and c.i > owner[0].end - 1 and (m := index.at(c.i)) is not None]
            if owner and place and owner[0].actor.country != place[0].actor.country:
                return owner[:1], place[:1], 0.75
        if not sources:
            if mods:
                sources = mods[:1] if targets else mods
                if not targets and len(mods) >= 2:
                    return mods, [], 0.75
                if clause is not None and all(noun.doc[m.start].pos_ == "PRON" for m in sources):
                    # "the army intensified its shelling": the pronoun's own name, where the clause
                    # subject gives it
                    subs, _ = subject_of(clause, g)
                    named = [m for x in subs for m in actors_of(x, index, g)
                             if any(m.actor.code == p.actor.code for p in sources)]
                    if named and any(noun.doc[m.start].lower_ in PLURAL_OWNERS for m in sources):
                        # "A and B held their annual drills": a plural owner is every subject
                        named = [m for x in subs for m in actors_of(x, index, g)]
                    sources = named or sources
            elif clause is not None and not laid:
                subs, _ = subject_of(clause, g, passive_subject=True)
                for s in subs:
                    found = actors_of(s, index, g)
                    sources.extend(member_sides(s, found, index) or found)
                conf = 0.75
            else:
                # "the cartel is responsible for mass killings": who is blamed for an act did it
                sources = self._blamed(noun, index)
                conf = 0.75
        if not targets and clause is not None:
            for p in prep_objects(clause, g.target_preps - {"from"}):
                if p.i == noun.i or any(p.i == c.i for c in conjuncts(noun)):
                    # "gathered for a meeting in the Oval Office": the noun's own phrase, or an act
                    # coordinated with it ("for talks on energy and the conflict in X")
                    continue
                targets.extend(actors_of(p, index, g))
        if (
            of_target
            and not targets
            and sources
            and clause is not None
            and not mods
            and (noun.head.i == clause.i or _counted_object_of(noun, clause, g))
            and (clause.lemma_.lower() in g.light_verbs or clause.lemma_.lower() in g.authorising_verbs)
        ):
            # "approved the extradition of X", "announced the release of X": with the doer taken
            # from the clause, "of" names who the act is done to (not the doer's own people)
            own = {m.actor.country for m in sources if m.actor.country}
            if clause.lemma_.lower() in g.authorising_verbs:
                # "ordered the arrest of the youths": who orders an act does it, also to its own people
                own = set()
            # "carried out mass arrests of opposition activists": coercion a state does at home
            # reaches its own people, but not its own side
            at_home = g.lemma(noun) in g.domestic_act_nouns
            for p in of_objs:
                targets.extend(m for m in actors_of(p, index, g) if m.actor.country not in own
                               or (at_home and not any(one_side(s, m, g) for s in sources)))
        return sources, targets, conf


def _when_doers(heads: Sequence[Token], g: Grammar) -> list[Token]:
    """The subjects of the "when"/"as" clause on one of ``heads`` (the parser hangs it on the verb or on
    its object) that tells how what it names came about ("survived an attack when gunmen fired on his
    car" -> gunmen). The parser sometimes reads a clause whose verb it mistook for a noun ("when a gunman
    on a motorcycle opened fire") as that noun alone: it is the doer."""
    out: list[Token] = []
    for c in (c for h in heads for c in dependents(h)):
        marked = any(k.dep_ in ("advmod", "mark") and k.lower_ in g.when_markers for k in dependents(c))
        if c.dep_ not in ("advcl", "relcl") or not marked:
            continue
        subs = [k for k in dependents(c) if k.dep_ == "nsubj"]
        out.extend(subs or ([c] if c.pos_ in ("NOUN", "PROPN") else []))
    return out


def _place_country(m: MentionLike) -> str | None:
    """The country of a mention that names a place (a city, region, capital or the country's name), not
    a party; None for any other mention."""
    if m.actor.role is None and getattr(m, "via", None) in _PLACE_VIAS:
        return m.actor.country
    return None


def _counted_object_of(noun: Token, clause: Token, g: Grammar) -> bool:
    """``noun`` is the clause's object through an amount ("made dozens of arrests", "carried out a
    wave of arrests"): the amount word is the object, the noun inside its "of" the act."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return False
    amount = prep.head
    return amount.head.i == clause.i and amount.dep_ in ("dobj", "attr") and g.lemma(amount) in g.amount_words


def _not_own_ground(
    found: list[MentionLike], sources: Sequence[MentionLike], g: Grammar
) -> list[MentionLike]:
    """The targets without places of the state sources' own country: "troops withdrew from the town of
    X", "talks on a railway to the Fergana Valley" do not make the state act on itself. (A rebel group
    taking a town of its country does act on that country, so non-state sources keep it. Codes a place
    can be the target of, ``place_target_roots``, and codes with a domestic reading, ``domestic_codes``,
    are left alone: troops sent to a city at home are a show of force there, and whom a state's forces
    hit at home is read from the site.)"""
    # a state itself or its own organs (``state_roles``): a city of their own country is where they act
    if not sources or not all(m.actor.country and (m.actor.role is None or m.actor.role in g.state_roles)
                              for m in sources):
        return found
    own = {m.actor.country for m in sources}
    return [m for m in found if not (getattr(m, "via", None) == "place" and m.actor.role is None
                                     and m.actor.country in own)]


def _role_only(found: Sequence[MentionLike]) -> bool:
    """Every actor is a bare role that is usually a country's own (``domestic_roles``)."""
    roles = argument_words().domestic_roles
    return all(m.actor.country is None and m.actor.role in roles and m.actor.code == m.actor.role
               for m in found)


def _in_country(found: list[MentionLike], c: str) -> list[MentionLike]:
    """The role-only actors placed in country ``c``."""
    return [
        Localised(m.start, m.end, m.start_char, m.end_char, m.text,
                  replace(m.actor, code=country_prefix(c) + m.actor.code, country=c,
                          name=f"{m.actor.name} ({c})"))
        for m in found
    ]


def _at_home(
    found: list[MentionLike], verb: Token, sources: Sequence[MentionLike], index: MentionIndexLike
) -> list[MentionLike]:
    """Role-only targets of a domestic act ("the army blamed [militants]") in the sources' one country,
    when the sentence names no other country (``domestic_roots``, ``domestic_roles``)."""
    if not _role_only(found):
        return found
    countries = {c for m in sources if (c := m.actor.country)}
    if len(countries) != 1:
        return found
    c = next(iter(countries))
    for tok in tokens_of(verb.sent):
        m = index.at(tok.i)
        if m is not None and m.actor.country is not None and m.actor.country != c:
            return found  # "Belarus freed prisoners, among them two Polish citizens": not clearly its own
    return _in_country(found, c)


def _own_body(tok: Token) -> bool:
    """"his country", "its office": a state or body noun owned by a personal pronoun (``own_body_nouns``)."""
    words = argument_words()
    return tok.lemma_.lower() in words.own_body_nouns and any(
        c.dep_ == "poss" and c.lower_ in words.own_body_owners for c in dependents(tok))


def _is_info(tok: Token, g: Grammar) -> bool:
    """The word names information ("data" is lemmatised "datum" by the tagger)."""
    return g.lemma(tok) in g.info_nouns or tok.lower_ in g.info_nouns


def _blamed_subjects(noun: Token) -> list[Token]:
    """The subject of the copula whose adjective of blame governs the noun's "for" ("X is responsible
    for [the killings]", "X was found guilty of [the attack]")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "of"):
        return []
    adj = prep.head
    if adj.lemma_.lower() not in argument_words().blame_words:
        return []
    verb = adj.head if adj.dep_ in ("acomp", "oprd", "amod") else adj
    return [c for c in dependents(verb) if c.dep_ in ("nsubj", "nsubjpass")]


def _owning_clause_doers(noun: Token) -> list[Token]:
    """Whom a participle on an act noun names as its doer: "an attack [claimed] by al-Qaeda killed 20
    soldiers", "an ambush [carried out] by X", "a bombing [blamed] on Abu Sayyaf killed six" (``claim_verbs``
    with their "by" agent, ``blame_verbs`` with their preposition). The claim or the blame is how news
    names who did an act it reports; the act is theirs (CAMEO codes the act, the claim is 015 besides)."""
    words = argument_words()
    out: list[Token] = []
    for v in dependents(noun):
        if v.dep_ not in ("acl", "relcl") or v.pos_ != "VERB" or v.i < noun.i:
            continue
        low = v.lemma_.lower()
        blame_prep = words.blame_verbs.get(low)
        if blame_prep is not None and v.tag_ == "VBN":
            out.extend(o for p in dependents(v) if p.dep_ == "prep" and p.lower_ == blame_prep
                       for o in dependents(p) if o.dep_ == "pobj")
        elif low in words.claim_verbs and v.tag_ == "VBN":
            prt = words.claim_verbs[low]
            if prt and not any(c.dep_ == "prt" and c.lower_ == prt for c in dependents(v)):
                continue
            out.extend(agent_objects(v))
    return out


def _laid_on(noun: Token) -> list[Token]:
    """Whom a verb of blame whose object (or passive subject) is the act noun lays it on: "police
    blamed [the bombing] on JNIM", "[the killing] was attributed to the cartel" (``blame_verbs`` with
    the preposition naming the doer, hung on the verb or, by the parser, on the noun or its "of"
    object). The blaming verb is an event of its own (112), so the caller passes no clause; the noun's
    own verb is read here."""
    clause = clause_verb(noun)
    if clause is None or noun.head.i != clause.i or noun.dep_ not in ("dobj", "nsubjpass"):
        return []
    prep = argument_words().blame_verbs.get(clause.lemma_.lower())
    if prep is None:
        return []
    # the parser may also hang it on the act's "of" object ("blamed the bombing of a base on X")
    hosts = (clause, noun, *prep_objects(noun, _OF))
    return [o for h in hosts for p in dependents(h) if p.dep_ == "prep" and p.lower_ == prep
            for o in dependents(p) if o.dep_ == "pobj"]


def _modifier_actors(tok: Token, index: MentionIndexLike) -> list[MentionLike]:
    """Actors named by ``tok``'s left modifiers and their conjuncts ("Israeli and Hamas negotiators")."""
    out: list[MentionLike] = []
    for c in dependents(tok):
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i:
            for w in (c, *conjuncts(c)):
                m = index.at(w.i)
                if m is not None and all(m is not x for x in out):
                    out.append(m)
    return out


def _names_other_party(clause: Token, index: MentionIndexLike) -> bool:
    """Some word of the clause outside its subject names an actor ("when militants stormed [their]
    convoy", "as jets bombed a village near [Tyre]")."""
    subject = {w.i for s in dependents(clause) if s.dep_ == "nsubj" for w in s.subtree}
    return any(index.at(w.i) is not None for w in clause.subtree if w.i not in subject)


def _scene_of_harm(m: MentionLike, verb: Token, index: MentionIndexLike) -> bool:
    """The modifier ``m`` of the assault a passive ``verb`` happened in says where, not who: a city
    or region ("in a Kabul bombing"), or a bare state of the harmed party's own country ("civilians
    were wounded in a Gaza air strike"; the victims' country is often read from that same word)."""
    if getattr(m, "via", None) in ("place", "capital"):
        return True
    if m.actor.kind != "state" or m.actor.role is not None:
        return False
    harmed = [index.at(c.i) for c in dependents(verb) if c.dep_ == "nsubjpass"]
    return any(h is not None and h.actor.country == m.actor.country for h in harmed)


def _after_participle(verb: Token) -> bool:
    """A finite verb with no subject of its own that the parser coordinated with a participle, or with
    a subordinate verb right after that verb's participle ("... after shells hit a village, wounding
    three farmers, and [urged] restraint"): it continues the sentence's main clause."""
    head = verb.head
    if (verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ == "ROOT"
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in dependents(verb))):
        return False
    return head.tag_ == "VBG" or any(c.dep_ == "advcl" and c.tag_ == "VBG" and head.i < c.i < verb.i
                                     for c in dependents(head))


def _raised_objects(verb: Token, g: Grammar) -> list[Token]:
    """The subjects of a bare-infinitive clause on a verb with no object of its own ("helped
    [Nepal] recover", "let [them] go"); not of a reported clause, which has a tense, an auxiliary
    or a "that" ("said Nepal will recover")."""
    if g.lemma(verb) in g.speech_verbs or any(c.dep_ in ("dobj", "dative") for c in dependents(verb)):
        return []
    return [
        s
        for c in dependents(verb)
        if c.dep_ == "ccomp" and c.tag_ == "VB" and c.i > verb.i
        and not any(a.dep_ in ("aux", "auxpass", "mark") for a in dependents(c))
        for s in dependents(c)
        if s.dep_ == "nsubj"
    ]


def _threatened_parties(verb: Token, g: Grammar) -> list[Token]:
    """Whom the act a threat governs is aimed at ("threatened to file a motion against the cabinet"):
    the target phrases of the act's object, then of the act itself."""
    out: list[Token] = []
    for c in dependents(verb):
        if c.dep_ != "xcomp" or c.pos_ not in ("VERB", "AUX"):
            continue
        out.extend(p for o in dependents(c) if o.dep_ == "dobj" for p in prep_objects(o, g.target_preps))
        out.extend(prep_objects(c, g.target_preps))
    return out


def _sent_to(objs: Sequence[Token], preps: frozenset[str]) -> list[Token]:
    """Destinations the parser hung inside a long object: on the object of its "of" phrases ("a
    team of experts [to Turkey]"), two phrases deep at most."""
    out: list[Token] = []
    frontier = list(objs)
    for _ in range(2):
        frontier = prep_objects_of(frontier)
        for p in frontier:
            out.extend(prep_objects(p, preps))
    return out


def _absolute_with(obj: Token) -> bool:
    """``obj`` heads an absolute "with" phrase set off by a comma, its noun the subject of a
    participle ("..., with ten people killed", "..., with detainees freed by each side")."""
    prep = obj.head
    if prep.lower_ != "with" or prep.i == 0 or prep.doc[prep.i - 1].text != ",":
        return False
    return any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") for c in dependents(obj))


def prep_objects_of(heads: Sequence[Token]) -> list[Token]:
    """The objects of the "of" phrases of ``heads`` ("a team of [experts]")."""
    return [p for h in heads for p in prep_objects(h, frozenset({"of"}))]


_MODIFIER_DEPS = frozenset({"advmod", "npadvmod", "amod", "nmod", "compound"})


def _drawn_onto(clause: Token, g: Grammar) -> Token:
    """The clause whose subject a reaction drawn by ``clause`` falls on: a comma-set participle of
    an eliciting verb the parser hung inside a relative clause ("vetoed a resolution that would have
    condemned X, drawing criticism from Y") is about the main clause; else ``clause`` itself."""
    if clause.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ in g.relative_pronouns for c in dependents(clause)):
        # "met Xi in Beijing, a visit that drew criticism from EU leaders": the comma-set noun sums
        # up the clause before it, whose doer draws the reaction
        return _summed_clause(clause.head, g) or clause
    if clause.dep_ != "advcl" or g.lemma(clause) not in argument_words().eliciting_verbs:
        return clause
    gov = first_conjunct(clause.head)
    if gov.dep_ != "relcl":
        return clause
    return clause_verb(gov.head) or clause


def _caused_doers(verb: Token, g: Grammar) -> list[Token]:
    """The object of a causing verb governing ``verb`` ("prompting the government to send troops"):
    who is moved to act is the doer of the infinitive, not the causing verb's subject."""
    if verb.dep_ != "xcomp" or is_passive(verb) or g.lemma(verb.head) not in argument_words().causing_verbs:
        return []
    return [c for c in dependents(verb.head) if c.dep_ == "dobj" and c.i < verb.i]


# Relative adverbs: a clause they open says where or when, its head noun is no object of it.
_RELATIVE_ADVERBS = frozenset({"where", "when", "why", "how"})


def _object_relative_head(verb: Token, g: Grammar) -> bool:
    """``verb`` heads a relative clause whose object is the modified noun: a subject of its own, no
    object but a relative pronoun, and no pronoun or adverb that makes the noun a place or time
    ("the town where rebels attacked", "the country from which troops withdrew")."""
    if verb.dep_ != "relcl" or not object_relative(verb, g):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ not in g.relative_pronouns for c in dependents(verb)):
        return False
    for c in dependents(verb):
        if c.dep_ == "advmod" and c.lower_ in _RELATIVE_ADVERBS:
            return False
        if c.dep_ == "prep" and any(o.lower_ in g.relative_pronouns for o in dependents(c)):
            return False
    return True


def _passive_relative_head(verb: Token, g: Grammar) -> bool:
    """``verb`` heads a passive relative clause on the modified noun with a "by" doer of its own ("a
    visit that was criticised by EU leaders")."""
    kids = dependents(verb)
    return (verb.dep_ == "relcl"
            and any(c.dep_ == "nsubjpass" and c.lower_ in g.relative_pronouns for c in kids)
            and any(c.dep_ == "agent" for c in kids))


def _act_subjects(kids: Sequence[Token], event_nouns: frozenset[str]) -> list[Token]:
    """The passive subjects among a verb's dependents that name an act ("the agreement", "the
    deal"), not a party or a person."""
    return [c for c in kids if c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and c.lemma_.lower() in event_nouns]


def _shifted_objects(verb: Token) -> list[Token]:
    """The object a reaction puts after its "as" predicate ("condemned as illegal the decision by X"),
    which the parser hangs on "as": a noun whose determiner follows an adjective of that phrase."""
    out: list[Token] = []
    for p in dependents(verb):
        if p.dep_ != "prep" or p.lower_ != "as":
            continue
        for n in dependents(p):
            dets = [c for c in dependents(n) if c.dep_ == "det" and c.i < n.i] if n.dep_ == "pobj" else []
            if dets and any(w.pos_ == "ADJ" for w in verb.doc[p.i + 1 : dets[0].i]):
                out.append(n)
            # "rejected as interference a statement by X": after a noun predicate the parser hangs
            # the shifted object on that noun as its own object
            out.extend(o for o in dependents(n) if o.dep_ == "dobj" and o.i > n.i and n.pos_ == "NOUN")
    return out


# Prepositions with which a reaction blames or praises its object for something ("which it accused of
# spying", "which it praised for its restraint"): the modified noun itself is then who is answered.
_BLAMING_PREPS = frozenset({"of", "for"})


def _act_doers(verb: Token, g: Grammar, event_nouns: frozenset[str]) -> list[Token]:
    """The subject of the clause a comma-set "which" clause ends, when that clause's object phrase
    carries it ("approved a treaty with X, which Y criticised", "fired at protesters, which Y
    condemned"), or the owner of a subject event noun whose phrase carries it ("X's strikes on Z,
    which Y condemned, ..."): "which" stands for the act, not for the last noun; else nothing."""
    noun = verb.head
    rel = [c for c in dependents(verb) if c.dep_ == "dobj" and c.lower_ == "which"]
    if not rel or rel[0].i == 0 or verb.doc[rel[0].i - 1].text != ",":
        return _summed_doers(noun, g)
    if any(c.dep_ == "prep" and c.lower_ in _BLAMING_PREPS for c in dependents(verb)):
        return []
    act = noun.head.head if noun.dep_ == "pobj" else noun
    if act.pos_ == "NOUN" and act.dep_ in ("nsubj", "nsubjpass") and act.lemma_.lower() in event_nouns:
        return named_owners(act, g.agent_preps)
    if noun.dep_ == "pobj":
        gov = noun.head.head
        if gov.dep_ in ("dobj", "pobj") and gov.head.pos_ in ("VERB", "AUX", "ADP"):
            gov = gov.head if gov.dep_ == "dobj" else gov.head.head
    elif noun.dep_ == "dobj":
        gov = noun.head
    else:
        return []
    if gov.pos_ not in ("VERB", "AUX") or gov.dep_ not in ("ROOT", "conj"):
        return []
    return [c for c in dependents(gov) if c.dep_ == "nsubj" and c.pos_ != "PRON"]


def _ordered_done(verb: Token, g: Grammar) -> Token | None:
    """The verb of ordering (``ordering_verbs``) whose object the participle says is to be done to
    ("ordered the former president [arrested]", "ordered the newspaper [closed]", parsed as a participle
    on the object or as a clause with the object for subject), or None."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in dependents(verb)):
        return None
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.i > verb.head.i:
        gov = verb.head.head
    elif verb.dep_ in ("ccomp", "oprd") and any(c.dep_ == "nsubj" and c.i < verb.i for c in dependents(verb)):
        gov = verb.head
    else:
        return None
    if gov.i >= verb.i or g.lemma(gov) not in argument_words().ordering_verbs:
        return None
    return gov


def ordered_patient(verb: Token, g: Grammar) -> list[Token]:
    """Whom an ordered participle is done to when the parser made it that clause's subject ("ordered the
    newspaper closed"); the participle's own noun when it hangs on that object."""
    if _ordered_done(verb, g) is None:
        return []
    if verb.dep_ == "acl":
        return [verb.head]
    return [c for c in dependents(verb) if c.dep_ == "nsubj"]


def _between_sides(noun: Token, index: MentionIndexLike, g: Grammar) -> list[MentionLike]:
    """The two or more parties an event noun names with "between" ("talks between A and B"), each
    coordinated one a side of its own; none when fewer than two are named."""
    sides: list[MentionLike] = []
    for b in prep_objects(noun, g.between_preps):
        for m in actors_of(b, index, g):
            if m.actor.country is None and m.actor.code == m.actor.role:
                return []  # "talks between the ruling party and its partners": a side no one can name
            if all(m.actor.code != x.actor.code for x in sides):
                sides.append(m)
    return sides if len(sides) >= 2 else []


def _comma_set_summary(noun: Token) -> bool:
    """``noun`` can stand for a whole act (``summary_nouns``) and is set off by a comma after a clause,
    as an apposition, an "in" phrase, or hung on the verb itself."""
    if noun.lemma_.lower() not in argument_words().summary_nouns:
        return False
    if noun.dep_ == "appos" or (
            # the parser also hangs the comma-set noun on the verb itself, as an adverbial or a
            # second object ("arrested a commander on Friday, [an arrest] that Washington welcomed")
            noun.dep_ in ("npadvmod", "dobj") and noun.head.pos_ in ("VERB", "AUX") and noun.i > noun.head.i):
        start = noun.left_edge.i
    elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.dep_ == "prep":
        start = noun.head.i
    else:
        return False
    return set_off(noun.doc, start)


def _summed_doers(noun: Token, g: Grammar) -> list[Token]:
    """The doer of the clause a comma-set noun of an act sums up ("approved a plan to deport Afghans,
    [a move] Kabul condemned", "arrested a cartel leader, in [an operation] Washington welcomed"): the
    subject of the nearest clause above the noun that has one. Only nouns that can stand for a whole
    act (``summary_nouns``), set off by a comma as an apposition or an "in" phrase; none when that
    clause's subject is a pronoun or its verb is passive (the doer is then unsaid)."""
    if not _comma_set_summary(noun):
        return []
    for a in noun.ancestors:
        if a.pos_ not in ("VERB", "AUX") or (a.dep_ == "parataxis" and g.lemma(a) in g.speech_verbs):
            continue  # "..., the ministry said, in an operation ...": the report is not the act
        subs = [c for c in dependents(a) if c.dep_ in ("nsubj", "nsubjpass")]
        if not subs:
            continue
        if any(c.dep_ == "nsubjpass" or c.pos_ == "PRON" for c in subs):
            return []
        return subs
    return []


def summed_act(verb: Token, g: Grammar) -> Token | None:
    """The verb of the clause a reaction's comma-set noun sums up ("two nationals were detained in
    Manila, [a move] Beijing [condemned]"), when ``verb`` is that noun's relative clause with the noun
    as its object; None otherwise. Its draft's doers are whom the reaction answers, also a doer the
    coder inferred for a passive."""
    if _reported_gap(verb, g):
        # "a decision Nairobi said it regretted": the reaction is the content of the relative's
        # speech verb, and the noun its gapped object
        verb = verb.head
    elif not (_object_relative_head(verb, g) or _passive_relative_head(verb, g)):
        return None
    return _summed_clause(verb.head, g)


def _reported_gap(verb: Token, g: Grammar) -> bool:
    """``verb`` is the content clause of a speech verb heading a relative clause ("a move [the Kremlin
    said] it would [answer]") and has no object of its own: the modified noun is its object."""
    speech = verb.head
    if verb.dep_ != "ccomp" or speech.dep_ != "relcl" or g.lemma(speech) not in g.speech_verbs:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass", "attr", "acomp")
           and c.lower_ not in g.relative_pronouns for c in dependents(verb)):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ not in g.relative_pronouns for c in dependents(speech))


def _summed_clause(noun: Token, g: Grammar) -> Token | None:
    """The verb of the clause the comma-set noun ``noun`` sums up ("expelled two envoys, [a move]
    ..."), or None when the noun is no summary of the clause before it."""
    if not _comma_set_summary(noun):
        return None
    for a in noun.ancestors:
        if a.pos_ in ("VERB", "AUX") and not (a.dep_ == "parataxis" and g.lemma(a) in g.speech_verbs):
            return a
    return None


def _mistagged_subject(verb: Token, index: MentionIndexLike) -> list[MentionLike]:
    """An actor right before a verb with no subject, which the tagger took for a modifier ("USAID
    provided ...", with "USAID" read as an adverb): the subject it stands in for."""
    if verb.dep_ in ("amod", "acl", "relcl", "xcomp", "pcomp"):
        return []  # "Iranian-backed militias": a participle has no subject of its own to recover
    for c in verb.lefts:
        m = index.at(c.i) if c.dep_ in _MODIFIER_DEPS else None
        if m is None or m.end > verb.i:
            continue
        between = verb.doc[m.end : verb.i]
        if all(w.dep_ in ("aux", "neg", "advmod") and index.at(w.i) is None for w in between):
            return [m]
    return []


def _other_side(m: MentionLike, own: set[str], g: Grammar) -> bool:
    """A place or group that is not the source's own ground: another country's, or a non-state group
    of its own country ("police fired tear gas at protesters in Lagos")."""
    return m.actor.country not in own or (m.actor.role is not None and m.actor.role not in g.state_roles)


def _act_of_relative(verb: Token, acts: frozenset[str], index: MentionIndexLike,
                     struck: frozenset[str]) -> Token | None:
    """The act noun a "that"/"which" clause really belongs to when the parser hung it on a thing the act
    was aimed at ("an attack on a police post [that killed five officers]"): things do not kill."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ != "pobj":
        return None
    # a clause of harm may also hang on a name in a phrase of place, a few phrases down from the act
    # ("the attack on a camp in El Fasher, which killed 30", "the bombing of a church that killed 25");
    # people may well kill
    harm = verb.lemma_.lower() in struck
    place = harm and noun.pos_ == "PROPN" and _place_name(noun, index)
    if (noun.pos_ != "NOUN" or people(noun)) and not place:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in dependents(verb)):
        return None
    preps = _ACT_PREPS if harm else _AIM_PREPS
    for _ in range(3 if harm else 1):
        prep = noun.head
        act = prep.head
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            return None
        if act.lemma_.lower() in acts:
            return act
        if act.dep_ != "pobj" or act.pos_ not in ("NOUN", "PROPN"):
            return None
        noun = act
    return None


def _place_name(noun: Token, index: MentionIndexLike) -> bool:
    """The name is a place: set by a preposition of place, or resolved as a town or region."""
    if noun.head.lower_ in _PLACE_PREPS:
        return True
    m = index.at(noun.i)
    return m is not None and getattr(m, "via", None) == "place"


# prepositions of place a name after an act is set by; prepositions that tie a thing to an act noun
_PLACE_PREPS = frozenset({"in", "at", "near"})
_AIM_PREPS = frozenset({"on", "against"})
_ACT_PREPS = frozenset({"on", "against", "of", "in", "at", "near"})


def _place_act_was_done_to(m: MentionLike, noun: Token) -> bool:
    """The mention is a place named in the "of" phrase of the act noun ``noun`` ("the shelling of
    [Kharkiv]", "the blockade of [Gaza]")."""
    if m.actor.kind != "state" or m.actor.role is not None or m.actor.country is None:
        return False  # a place or state as a whole, not a body or force of it
    tok = noun.doc[m.start]
    cur = tok
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            return False
        if head.i == noun.i:
            return cur.dep_ == "prep" and cur.lower_ == "of"
        cur = head
    return False


def _named_on_act(noun: Token, index: MentionIndexLike) -> list[Token]:
    """The words before an act noun that name a party on it ("a Russian assault", "Israel's strike")."""
    return [c for c in dependents(noun) if c.dep_ in ("poss", "amod", "compound", "nmod")
            and c.i < noun.i and c.pos_ != "PRON" and index.at(c.i) is not None]
