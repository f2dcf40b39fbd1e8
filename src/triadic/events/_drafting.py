"""Drafting events: a sentence's triggers turned into drafts with their sources, targets and modality."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from triadic.actors._targets import boundary_side, target_words
from triadic.events._arg_phrases import argument_words
from triadic.events._claims import ClaimMarker
from triadic.events._clauses import (
    Localised,
    asked_clause,
    country_prefix,
    each_member,
    each_other,
    for_to,
    object_relative,
    own_countries,
    purpose_objects,
    purpose_parties,
    recalled,
    shared_patients,
    visit_setting,
)

# ``_Draft`` and its chain helpers are imported from here by the coder: re-exported explicitly
from triadic.events._default_parties import implied_targets, state_doers
from triadic.events._draft import _Draft as _Draft
from triadic.events._draft import _rank as _rank
from triadic.events._draft import _superseded as _superseded
from triadic.events._draft import rule_draft
from triadic.events._finders import Trigger, _at_home, _modifier_actors
from triadic.events._implied_parties import (
    ImpliedPartyFinder,
    _is_audience,
    _reaction_targets,
    _summed_reactions,
    _topic_parties,
)
from triadic.events._modality import conditional_mark, modality_of, negates, stronger
from triadic.events._patterns import Grammar, Pattern
from triadic.events._reading import _depth, _governed_by
from triadic.events._recode import Recoder, stopping_head
from triadic.events._secondary import SecondaryMarker, _setting_of_meeting
from triadic.events._syntax import (
    RELATIVE_PRONOUNS,
    MentionIndexLike,
    MentionLike,
    actors_of,
    agent_objects,
    clause_verb,
    controllers,
    distinct_parties,
    ended_act,
    is_passive,
    named_owners,
    names_own_doer,
    on_side,
    participle_clauses,
    prep_objects,
    side_of,
    subject_of,
    that_marked,
)
from triadic.events._tree import conjuncts, dep_labels, dependents, doc_tokens, first_conjunct, tokens_of
from triadic.events._violence import (
    argued_clashes,
    combat_killings,
    crowd_charges,
    crowd_force,
    framed_killings,
    mass_killings,
    taken_places,
    two_sided_fights,
    unconventional_attacks,
)

__all__ = ["EventDrafter", "permitted_act"]

# Roles of a state's own bodies (None: the state as a whole), whose acts an appeal only asks for.
_STATE_ROLES = frozenset({None, "GOV", "LEG", "MIL", "JUD", "COP", "SPY"})
# the preposition of an act noun's other side ("clashes with X", "a meeting with X")
_WITH = frozenset({"with"})

# The general intent to cooperate (CAMEO 030) that an intent verb states when its infinitive is no
# event of its own ("offered to build a port in X"); a pattern made here, not in the data, since no
# word triggers it: it stands for the structure.
_INTENT = Pattern(
    code="030", kind="verb", head="", words=(), objects=frozenset(), intransitive=False,
    notarget=False, reciprocal=False, spec="intent", origin="structural:_drafting",
)


def _judged(judge: set[str], poor: frozenset[str], good: frozenset[str],
            head: Token) -> str | None:
    """012 for a poor judgement of a prospect, 013 for a good one, turned over when ``head`` is
    negated ("prospects were not good"); None when the words judge neither way."""
    code = "012" if judge & poor else "013" if judge & good else None
    if code is not None and any(c.dep_ == "neg" for c in dependents(head)):
        code = "013" if code == "012" else "012"
    return code


class EventDrafter(ImpliedPartyFinder, Recoder, SecondaryMarker, ClaimMarker):
    """The event coder's drafting (a base of :class:`~triadic.events._coder.EventCoder`): the drafts
    of one sentence, before ids, codes and dates are attached."""

    # ------------------------------------------------------------------ sentence coding
    def _code_sentence(self, sent: Span, index: MentionIndexLike) -> list[_Draft]:
        """The drafts of the sentence's triggers, with control chains, intents and secondaries."""
        trigs = self.triggers(sent)
        if not trigs and (self.g.sentence_lacks(sent, self._intent_or_verdict) or not any(
            _intent_verb(w, self.g) or self.g.lemma(w) in self.g.verdict_verbs
            or self.g.lemma(w) in self.g.permission_verbs for w in tokens_of(sent)
        )):
            # a sentence with no trigger can still state an intent ("agreed to", "offered to") or a
            # permission ("allowed aid agencies to reach Gaza")
            return []
        # every event noun, also those dropped below as another trigger's object ("a roadside [bomb]
        # planted by X struck ..."): a subject noun can still name its verb's act more narrowly
        noun_trigs = {t.token.i: t for t in trigs if t.pattern.kind == "noun"}
        # A noun that is the lexical object of a verb pattern ("hold talks", "impose sanctions") is
        # part of that verb's event, not an event of its own.
        # A noun with its own parties stays an event of its own ("announced a ceasefire between
        # Israel and Hamas": the announcer is not a side).
        objs = {
            t.obj.i
            for t in trigs
            # (a joint act's verb with no doer takes the noun's sides: "a truce between A and B was
            # signed" is one signing, see _joint_parties)
            if t.obj is not None and not (t.pattern.reciprocal and prep_objects(t.obj, self.g.between_preps)
                                          and not (t.pattern.kind == "verb" and _unagented(t.token)))
            # "rejected Chile's accusation": an act another party owns by name is its event too
            and not (t.pattern.kind == "verb" and _answers(t.pattern.code) and _answered(t.obj)
                     and (names_own_doer(t.obj, self.g)
                          or _put_forward_by_modifier(noun_trigs.get(t.obj.i), self.g))
                     # "rejected aid from Israel": material help turned down never changed hands
                     and not _given(noun_trigs.get(t.obj.i), self.g))
            # "welcomed a Chinese loan", "praised Japan's aid": help its giver named has been given,
            # the giver's own act beside the praise of it; so has an offer ("welcomed India's offer
            # of aid")
            and not (t.pattern.kind == "verb" and _acknowledges(t.pattern.code) and _answered(t.obj)
                     and _acknowledged(noun_trigs.get(t.obj.i), self.g)
                     and (names_own_doer(t.obj, self.g)
                          or _put_forward_by_modifier(noun_trigs.get(t.obj.i), self.g)))
        }
        # "would review its aid to the Palestinians", "debated military aid": what a verb of talking
        # over takes as its object is the topic talked over, not an act of its own
        # (the document's tables, read by index: a token decodes its strings anew on every read)
        lemmas, deps, toks = self.g.lemmas(sent.doc), dep_labels(sent.doc), doc_tokens(sent.doc)
        objs |= {
            c.i for k in range(sent.start, sent.end)
            if lemmas[k] in self.g.topic_object_verbs and toks[k].pos_ == "VERB"
            for c in dependents(toks[k]) if c.dep_ == "dobj"
        }
        # "signed a [ceasefire] agreement": a noun compounded onto that object is what the object is
        objs |= {
            c.i for t in trigs if t.obj is not None and t.pattern.kind == "verb"
            for c in dependents(t.obj) if c.dep_ == "compound"
        }
        # "the Russia-Ukraine deal, signed in July 2022", "the agreement, which was signed on Monday":
        # the noun a joint act's verb with no object words is told of is that verb's object too
        objs |= {
            n.i for t in trigs if t.pattern.kind == "verb" and t.obj is None and t.pattern.reciprocal
            and (n := _joint_noun(t.token, t.pattern, noun_trigs, self.g)) is not None
        }
        trigs = [t for t in trigs if not (t.pattern.kind == "noun" and t.token.i in objs)]
        # "ending two years of war", "two years after Russia launched its invasion": history
        trigs = [t for t in trigs if not recalled(t.token, self.g)
                 or _truce_after_fighting(t, trigs, self.g)]
        # What someone is accused of or denies is the content of that act, not an event of its own.
        content = self._content_tokens(sent)
        trigs = [t for t in trigs if t.token.i not in content]
        generic = self._generic_tokens(sent)
        trigs = [t for t in trigs if t.token.i not in generic]
        # "U.S. aid to Ukraine has become a divisive issue": a standing arrangement described
        trig_at = {t.token.i for t in trigs}
        trigs = [t for t in trigs if not _described(t, trig_at, self.g)]
        # "the company withdrew its bid": a yield verb said of a thing, not of forces
        trigs = [t for t in trigs if not _thing_yielded(t, index, self.g)]
        # "considered the election a success": an opinion held of something, not an option weighed
        trigs = [t for t in trigs if not (t.pattern.kind == "verb" and _regarded(t.token, self.g))]
        # "ready to mediate if both sides show good faith, after talks on a truce stalled": an act
        # named by a noun inside a condition is no event (the parser lends it the condition's subject);
        # a verb there stays, hypothetical, with its own arguments
        supposed = {
            i for k in range(sent.start, sent.end) if deps[k] == "advcl" and conditional_mark(toks[k], self.g)
            for i in range(toks[k].left_edge.i, toks[k].right_edge.i + 1)
        }
        if supposed:
            trigs = [t for t in trigs if t.pattern.kind != "noun" or t.token.i not in supposed]
        forecast = self._forecast_tokens(sent)
        if forecast:
            # a noun inside what a commentator says ("analysts say X has more to lose from U.S.
            # tariffs") is the backdrop of a comment, not an act the sentence reports
            trigs = [t for t in trigs
                     if t.token.i not in forecast or (t.pattern.kind != "noun" and self._asserted(t))]
        # "received a phone call from Putin": the call is the event (Putin's), not a reception
        receptions = {
            t.token.head.i
            for t in trigs
            if t.pattern.kind == "noun"
            and t.token.dep_ == "dobj"
            and self.g.lemma(t.token.head) in self.g.receiving_verbs
            and prep_objects(t.token, frozenset({"from"})) + prep_objects(t.token.head, frozenset({"from"}))
        }
        trigs = [t for t in trigs if t.token.i not in receptions or t.pattern.kind != "verb"]
        by_tok = {t.token.i: t for t in trigs}
        consumed: set[int] = set()
        drafts: list[_Draft] = []
        # Control chains first: a governing verb with a family ("agreed", "threatened", "urged")
        # is coded from the embedded event and not from its own plain pattern.
        # A governing verb whose own pattern names the governed verb ("decline to comment" 011,
        # "threaten to walk out" 133) is that pattern's act; the governed verb is part of it.
        named = {
            t.token.i: c.i
            for t in trigs
            if t.pattern.kind == "verb"
            for c in dependents(t.token)
            if c.dep_ in ("xcomp", "ccomp") and c.i != t.token.i
            and (self.g.lemma(c) in t.pattern.words or c.lower_ in t.pattern.words)
        }
        inside = set(named.values())
        for t in trigs:
            clause = t.token if t.pattern.kind == "verb" else (clause_verb(t.token) or t.token)
            gov = None if _background(t.token, self.g) else self._governor(clause)
            if gov is not None:
                head, comp = gov
                if comp.family is not None and head.i not in named:
                    consumed.add(head.i)
        for t in trigs:
            if t.token.i in consumed or t.token.i in inside:
                continue
            made = self._draft(t, by_tok, index)
            if made is not None:
                drafts.extend(made)
        # "refused to approve the EU's sanctions package": when what the governing verb embeds
        # resolves no parties, the governing verb's own pattern ("refuse" 120) still codes its act
        realised = {d.trigger.i for d in drafts if d.targets or d.notarget}
        for i in sorted(consumed - realised):
            if i in by_tok and by_tok[i].pattern.kind == "verb":
                made = self._draft(by_tok[i], by_tok, index)
                if made is not None:
                    drafts.extend(m for m in made if m.targets)
        self._access_recipients(drafts, index)
        drafts.extend(self._permitted_parties(sent, drafts, index))
        drafts.extend(self._bare_intents(sent, drafts, index))
        drafts.extend(self._prospects(sent, drafts, index))
        drafts.extend(self._verdicts(sent, drafts, index))
        drafts.extend(self._claims(sent, drafts, index))
        drafts.extend(self._complicity(sent, index))
        drafts.extend(self._judgements(sent, drafts, index))
        drafts.extend(self._stated_reasons(drafts, index))
        self._named_owners(drafts, index)
        self._each_the_other(drafts)
        _shared_addressees(drafts, self.g)
        self._deadlines_to_leave(drafts, by_tok)
        self._specific_subjects(drafts, by_tok, noun_trigs)
        self._specific_objects(drafts, by_tok, noun_trigs)
        self._criminal_probes(drafts)
        self._state_protests(drafts)
        self._state_charges(drafts)
        self._state_retorts(drafts)
        self._ended_ties(drafts)
        self._stopped_acts(drafts)
        self._alleged_claims(drafts, index)
        self._deployments(drafts)  # before _intents: an announced deployment is an intent (0334)
        self._joint_operations(drafts)
        self._blocked_movement(drafts)
        self._attempts_on_life(drafts)
        self._covered_events(drafts)
        _same_act_participles(drafts, self.g)
        mass_killings(drafts, self.g)  # "killed 38 villagers": the scale makes a mass killing
        combat_killings(drafts, self.g)  # "soldiers killed a rebel commander": killing in combat
        framed_killings(drafts, self.g)  # "troops killed 20 people in a raid": the raid's force
        two_sided_fights(drafts, self.g)  # "killed four guerrillas in a clash": both sides fought
        argued_clashes(drafts, self.g)  # "France and Germany clashed over the budget": a quarrel
        taken_places(drafts, self.g)  # "M23 rebels captured Goma": territory, not goods or people
        unconventional_attacks(drafts, self.g)  # "gangs attacked a town": an armed group on civilians
        crowd_force(drafts, self.g)  # police force where a protest is told: repression
        crowd_charges(drafts, self.g)  # "police charged the crowd": a rush at it, no legal charge
        self._appeal_authors(drafts, index)
        self._open_appeals(drafts)
        self._courtesy_calls(drafts)
        self._answered_appeals(drafts, by_tok, index)
        self._pressed_refusals(drafts, index)
        self._relayed_asks(drafts)
        self._aid_appeals(drafts)
        self._policy_appeals(drafts, by_tok)
        self._binding_rules(drafts)
        self._characterised_rulings(drafts)
        self._intents(drafts, by_tok, index)
        self._bare_guests(drafts, by_tok, index)
        drafts.extend(self._guest_visits(drafts))
        _topic_parties(drafts, self.g)
        _reaction_targets(drafts, self.g)
        _summed_reactions(drafts, self.g)
        _hoped_counterparts(drafts, self.g)
        _mediated_for(drafts, self.g)
        _mediated_talks(drafts, self.g)
        _reported_offers(drafts, self.g)
        _received_gifts(drafts, self.g)
        self._subordinate(drafts, by_tok)
        _thanked_gifts(drafts, self.g)
        # (after the subordination: a visit's hosting is no purpose or content of another act)
        drafts.extend(self._invited_visits(drafts, index))
        _truce_fighters(drafts, self.g)
        _owned_objects(drafts, self.g, index)
        for d in drafts:
            # "the two sides met", "both Koreas condemned X": one event per actor a plural names
            d.sources = each_member(d.sources, sent.doc, index)
            d.targets = each_member(d.targets, sent.doc, index)
            if d.targets and self.g.lemma(d.trigger) in self.g.joint_complements and _within_sides(d):
                # "Peru and Chile agreed to set up a joint border unit": what the sides set up among
                # themselves is no third party; the agreement is between them
                d.targets = []
            if not d.targets and not d.reciprocal and self.g.lemma(d.trigger) in self.g.joint_complements \
                    and len({m.actor.code for m in d.sources}) >= 2:
                # "Brazil and Argentina agreed to set up a commission": what two sides agree with no
                # one else named is agreed between them
                d.reciprocal, d.notarget = True, False
            if not d.targets and not d.reciprocal and d.code[:3] == "087" \
                    and _mutual_yield(d.trigger, self.g) \
                    and len({m.actor.country for m in d.sources if m.actor.country}) >= 2:
                # "Indian and Chinese troops disengaged": two sides stepping back step back from
                # each other
                d.reciprocal, d.notarget = True, False
        # Confidence also says how central an event is to its sentence: events nearer the root of
        # the parse rank higher, and a bare "said" ranks below the event it reports.
        for d in drafts:
            d.confidence -= 0.03 * min(_depth(d.trigger), 10)
            if (
                d.code == "010"
                and d.trigger.lemma_.lower() in self.g.speech_verbs
                and any(o.code[:2] != "01" and _governed_by(o.trigger, d.trigger) for o in drafts)
            ):
                d.confidence *= 0.5
        return [d for d in drafts if not _bare_report(d, drafts, self.g)]

    def _bare_intents(self, sent: Span, drafts: list[_Draft], index: MentionIndexLike) -> list[_Draft]:
        """An intent to cooperate (030) named by a verb of the intent family ("agree", "offer",
        "promise") whose infinitive no pattern codes: between co-subjects that agree ("Peru and Chile
        agreed to align their tariffs"), or aimed at whom the infinitive's object names ("had offered
        to build a railway in Laos")."""
        g = self.g
        out: list[_Draft] = []
        if g.sentence_lacks(sent, self._intent_lemmas):
            return out  # most sentences have no verb of intent: skip reading every token
        for tok in tokens_of(sent):
            if not _intent_verb(tok, g):
                continue
            comps = [c for c in dependents(tok) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
            if not comps or (
                    self._trigger_doc is sent.doc and any(c.i in self._no_event_verbs for c in comps)):
                # "vowed to fight corruption": an infinitive in a "no event" sense intends no act
                continue
            lo = min(c.left_edge.i for c in comps)
            hi = max(c.right_edge.i for c in comps)
            # an intent some pattern already codes, or an act inside it with its own parties, is
            # that event; this covers only what nothing else says
            if any(
                d.trigger.i == tok.i
                or (lo <= d.trigger.i <= hi and (d.targets or d.reciprocal or d.notarget))
                for d in drafts
            ):
                continue
            mod = modality_of(tok, tok, g)
            if mod == "negated":
                continue
            sources, _ = self._sources_of_verb(tok, index)
            if not sources or all(m.actor.role in g.commercial_roles for m in sources):
                # "the carmaker intends to open a plant in Mexico": a firm's plan is business, no
                # intent between political actors
                continue
            joint = g.lemma(tok) in g.joint_complements and len(
                {m.actor.code for m in each_member(sources, sent.doc, index)}) >= 2
            targets: list[MentionLike] = []
            if not joint:
                targets = self._intended_parties(tok, {}, index, sources)
                if not targets:
                    continue
            out.append(
                rule_draft(tok, _INTENT.code, f"intent:{g.lemma(tok)}->{_INTENT.code}", sources, targets,
                           modality=mod, reciprocal=joint)
            )
        return out

    def _permitted_parties(self, sent: Span, drafts: list[_Draft], index: MentionIndexLike) -> list[_Draft]:
        """A permission no pattern codes, whose permitted party is named only as the doer of the act it
        is let do ("said it would allow the AU to send observers", "agreed to let the UN deliver aid",
        "allowed the IAEA to inspect the site"): CAMEO codes the grantor's yield to that party (086x,
        grammar ``permitted_act_objects`` / ``permitted_act_verbs``), aimed at it; the act permitted is
        not told as done (``_permitted_acts``). A party of the grantor's own country is no international
        involvement ("allowed protesters to march"), nor are a foreign state's civilians, media or firms
        ("let Syrian refugees enter"), only the state itself, its officials or forces. A refusal that governs
        the permission ("refused to let the UN deliver aid") is the refusal's own 12x."""
        g = self.g
        out: list[_Draft] = []
        if g.sentence_lacks(sent, g.permission_verbs):
            return out
        coded = {d.trigger.i for d in drafts}
        for tok in tokens_of(sent):
            if tok.pos_ != "VERB" or g.lemma(tok) not in g.permission_verbs or tok.i in coded:
                continue
            found = permitted_act(tok, g)
            if found is None:
                continue
            act, party, code = found
            head = tok.head
            comp = g.complements.get(g.lemma(head)) if tok.dep_ == "xcomp" and head.pos_ == "VERB" else None
            # (a governing verb with an object of its own acts on it for the permission's purpose:
            # "opened the crossing to allow aid agencies to reach Gaza" is no openness to an act)
            family = comp.family if comp is not None and not any(
                c.dep_ == "dobj" for c in dependents(head)) else None
            mod = modality_of(tok, tok, g)
            if mod == "negated" and family is None:
                continue  # a permission withheld: the consent verbs' own 12x pattern codes it
            sources, _ = self._sources_of_verb(tok, index)
            if not sources or all(m.actor.role in g.commercial_roles for m in sources):
                continue
            own = {m.actor.country for m in sources if m.actor.country}
            targets = [m for m in self._others([party], index, sources, countries=True)
                       if m.actor.kind == "igo" or m.actor.role in g.permitted_party_roles
                       or (m.actor.kind == "state" and m.actor.country and own
                           and m.actor.country not in own and m.actor.role in _STATE_ROLES)]
            if not targets:
                continue
            rule = f"permit:{g.lemma(tok)}+{g.lemma(act)}->{code}"
            if family is not None:
                if (family not in g.permission_families or any(negates(c) for c in dependents(head))
                        or any(d.trigger.i == head.i and (d.targets or d.notarget) for d in drafts)):
                    # a governing act coded already, or one whose doer is another ("urged Sudan to
                    # allow ..."): the permission is not this grantor's act to code here
                    continue
                # the governing verb's own plain reading with no one it is aimed at ("refused" 120)
                # says less than the permission it governs
                drafts[:] = [d for d in drafts if d.trigger.i != head.i]
                # "agreed to let the UN deliver aid" (0355), "refused to allow the AU to send observers"
                # (1245): the governing verb's family codes the permission, as a complement's act
                # (on the permission verb, as the governed act's draft is: the act it permits is dropped)
                derived = g.derived_code(family, code)
                out.append(rule_draft(tok, derived, f"complement:{g.lemma(head)}({rule})->{derived}",
                                      sources, targets))
                coded.add(head.i)
                continue
            if tok.dep_ in ("xcomp", "advcl") and head.i in coded:
                # "opened the crossing to allow the UN to deliver fuel": the permission is the purpose
                # of an act coded already, which is the yield
                continue
            out.append(rule_draft(tok, code, rule, sources, targets, modality=mod))
        return out

    def _access_recipients(self, drafts: list[_Draft], index: MentionIndexLike) -> None:
        """Access granted with its recipient parsed as a modifier of the access noun ("granted [the UN]
        access to Rakhine", "gave the UN rights chief access to Xinjiang", where the parser makes the
        party a compound of "access"): the party is whom the access is granted to, the target of the
        yield (CAMEO 086), and a word inside its name ("rights") is no thing granted (0833)."""
        g = self.g
        for d in drafts:
            if d.targets or g.lemma(d.trigger) not in g.access_grant_verbs or d.trigger.pos_ != "VERB":
                continue
            obj = next((c for c in dependents(d.trigger)
                        if c.dep_ == "dobj" and g.lemma(c) in g.access_nouns), None)
            if obj is None:
                continue
            mods = [c for c in dependents(obj) if c.dep_ in ("compound", "nmod", "poss") and c.i < obj.i]
            found = self._others(mods, index, d.sources, countries=True)
            if not found:
                continue
            d.targets = found
            if not d.code.startswith(g.access_code):
                d.code, d.rule = g.access_code, f"access({d.rule})->{g.access_code}"

    def _prospects(self, sent: Span, drafts: list[_Draft], index: MentionIndexLike) -> list[_Draft]:
        """A speaker's view of the prospects of a joint act with another party, a pessimistic (012) or
        optimistic (013) comment on that party (the acts inside the prospect are dropped from
        ``drafts``): "said the prospects of a settlement with Venezuela
        looked bleak", "Cairo saw little prospect of an agreement with Ethiopia", "said a deal with
        Washington was within reach". The speaker is whoever says (or sees) it: the reporter's own
        appraisal is no one's comment. The target is the other side of the act the prospect is of."""
        g = self.g
        out: list[_Draft] = []
        # the sentence's lemmas (the document's table, sliced once), each word list checked apart: a
        # union of the two lists would be built anew for every sentence
        lemmas = g.lemmas(sent.doc)[sent.start : sent.end]
        if g.prospect_nouns.isdisjoint(lemmas) and g.prospect_acts.isdisjoint(lemmas):
            return out
        taken = {d.trigger.i for d in drafts if d.code in g.attitude_codes}
        for tok, lemma in zip(tokens_of(sent), lemmas, strict=True):
            if lemma in g.prospect_nouns:
                found = self._prospect_view(tok, index)
            elif lemma in g.prospect_acts and tok.dep_ in ("nsubj", "nsubjpass"):
                found = self._likelihood_view(tok, index)
            else:
                continue
            if found is None or tok.i in taken:
                continue
            code, sources, topics = found
            targets: list[MentionLike] = []
            for n in topics:
                # the speaker's own rulers' opponents are another party ("hopes of an agreement
                # with the opposition"): only the speaker's own codes are left out
                targets = self._prospect_parties(n, index, sources)
                if targets:
                    break
            if not targets:
                continue
            taken.add(tok.i)
            out.append(rule_draft(tok, code, f"prospect:{lemma}->{code}", sources, targets))
            # "saw little prospect of Russia returning to the council": the act a prospect is of is
            # only foreseen, no act the sentence reports
            foreseen = {w.i for n in topics for w in n.subtree}
            drafts[:] = [d for d in drafts if d.trigger.i not in foreseen or d.code[:2] == "01"]
            if tok.dep_ == "dobj":
                # "expressed little hope of talks with India": the judged prospect, not the bare
                # "express hope" (013), says what the speaker's view is
                drafts[:] = [d for d in drafts
                             if not (d.code in g.attitude_codes and d.trigger.i == tok.head.i)]
        return out

    def _prospect_view(
        self, noun: Token, index: MentionIndexLike
    ) -> tuple[str, list[MentionLike], list[Token]] | None:
        """A prospect noun judged poor or good by its predicate ("the prospects of X looked bleak",
        "hopes of X had faded") or its modifier where a speaker sees it ("saw little chance of X"):
        the code, the speaker and what the prospect is of."""
        g = self.g
        # "the prospect of [a deal]", "the chances of [Germany] paying", "the prospect of Russia [returning]"
        topics = [o for c in dependents(noun) if c.dep_ == "prep" and c.lower_ in g.prospect_preps
                  for o in dependents(c) if o.dep_ in ("pobj", "pcomp")]
        # "had little hope [that talks with the government would resume]": the subject of the
        # noun's "that" clause is what the prospect is of
        topics += [k for c in dependents(noun) if c.dep_ in ("acl", "ccomp")
                   for k in dependents(c) if k.dep_ in ("nsubj", "nsubjpass")]
        if not topics:
            return None
        head = noun.head
        judge: set[str] = set()
        if noun.dep_ in ("nsubj", "nsubjpass"):
            # "the prospects ... looked bleak", "hopes ... had faded", "chances were slim"
            # (the parser may take the adjective of "looked dim" for an object or adverb)
            judge = {g.lemma(head)} | {g.lemma(c) for c in dependents(head)
                                       if c.dep_ in ("acomp", "attr", "dobj", "oprd", "advmod")}
            judge |= {g.lemma(p) for c in dependents(head) if c.dep_ == "prep" for p in dependents(c)
                      if p.dep_ == "pobj"}
            speaker = self._speaker_of(head, index)
        elif noun.dep_ == "attr" and any(c.dep_ == "expl" for c in dependents(head)):
            # "said there was little chance of a deal with X"
            judge = {g.lemma(c) for c in dependents(noun) if c.dep_ in ("amod", "det")}
            speaker = self._speaker_of(head, index)
        elif noun.dep_ == "dobj" and g.lemma(head) in g.prospect_seeing_verbs:
            # "Cairo saw little prospect of an agreement": the seer judges it by the modifier
            judge = {g.lemma(c) for c in dependents(noun) if c.dep_ in ("amod", "det")}
            speaker, _ = self._sources_of_verb(head, index)
        else:
            return None
        code = _judged(judge, g.prospect_poor, g.prospect_good, head)
        if code is None or not speaker:
            return None
        return code, speaker, topics

    def _likelihood_view(
        self, act: Token, index: MentionIndexLike
    ) -> tuple[str, list[MentionLike], list[Token]] | None:
        """A joint act a speaker judges unlikely or within reach ("said a deal with Ethiopia looked
        unlikely", "said an agreement with Washington was within reach")."""
        g = self.g
        head = act.head
        judge = {g.lemma(c) for c in dependents(head) if c.dep_ in ("acomp", "attr")}
        judge |= {g.lemma(p) for c in dependents(head) if c.dep_ == "prep" and c.lower_ in ("within", "in")
                  for p in dependents(c) if p.dep_ == "pobj"}
        code = _judged(judge, g.likelihood_poor, g.likelihood_good, head)
        if code is None:
            return None
        speaker = self._speaker_of(head, index)
        return (code, speaker, [act]) if speaker else None

    def _speaker_of(self, clause: Token, index: MentionIndexLike) -> list[MentionLike]:
        """Who says ``clause``: the subject of the speech verb that reports it ("X said [the prospects
        looked bleak]"), or of one set beside it ("the prospects look bleak, X said")."""
        g = self.g
        speech: Token | None = None
        if clause.dep_ == "ccomp" and g.lemma(clause.head) in g.speech_verbs:
            speech = clause.head
        else:
            speech = next((c for c in dependents(clause) if c.dep_ in ("parataxis", "ccomp")
                           and c.i > clause.i and g.lemma(c) in g.speech_verbs), None)
        if speech is None:
            return []
        sources, _ = self._sources_of_verb(speech, index)
        return sources

    def _prospect_parties(
        self, topic: Token, index: MentionIndexLike, sources: Sequence[MentionLike]
    ) -> list[MentionLike]:
        """Whom the prospect of ``topic`` concerns: a party named as the topic itself or as the doer of
        its gerund ("the chances of Germany paying reparations", "the prospect of Russia returning"),
        else the other side of the joint act it names ("a settlement of the dispute with Venezuela")."""
        g = self.g
        own = {m.actor.code for m in sources}
        doers = [topic] + [k for c in dependents(topic) if c.dep_ in ("acl", "relcl", "pcomp")
                           for k in dependents(c) if k.dep_ in ("nsubj",)]
        if topic.pos_ in ("VERB", "AUX"):
            doers = [k for k in dependents(topic) if k.dep_ == "nsubj"]
        # the party itself, not a thing it owns ("prospects for Ghana's economy" concern no party's act)
        found = [m for h in doers for m in actors_of(h, index, g)
                 if m.actor.code not in own and m.start <= h.i < m.end]
        if found:
            return found
        if g.lemma(topic) not in g.prospect_acts and not any(
                g.lemma(w) in g.prospect_acts for w in topic.subtree):
            return []
        found = self._counterpart(topic, index, sources)
        if found:
            return found
        return [m for w in topic.subtree if w.dep_ == "pobj" and w.head.lower_ in g.between_preps
                for m in actors_of(w, index, g) if m.actor.code not in own]

    def _spoken_of(
        self, verb: Token, by_tok: dict[int, Trigger], index: MentionIndexLike, sources: list[MentionLike]
    ) -> list[MentionLike]:
        """Whom a bare statement is explicitly about: the object of its "of" ("said of China that
        ..."). The subject of the clause it reports is not: "Japan said Chinese warships had sailed
        near the islands" reports what China did, and the act of saying is no event of its own (our
        gold conventions: a statement is coded only when its content is itself an event), nor is
        what a speaker says of its own country ("said the country's economy was recovering")."""
        del by_tok  # the clause's own events are coded from their own triggers
        heads = prep_objects(verb, self.g.subject_preps)
        return self._others(heads, index, sources, countries=True)

    def _bare_guests(self, drafts: list[_Draft], by_tok: dict[int, Trigger], index: MentionIndexLike) -> None:
        """Read "received visiting Ugandan President X" as the host receiving the guest, who visits
        the host: the parser takes the bare participle for a verb whose object is the guest."""
        g = self.g
        for d in list(drafts):
            tok = d.trigger
            if (tok.tag_ != "VBG" or tok.dep_ not in ("xcomp", "advcl", "pcomp")
                    or tok.head.i != tok.i - 1 or g.lemma(tok) not in g.guest_participles):
                continue
            kids = dependents(tok)
            objs = [c for c in kids if c.dep_ == "dobj" and c.left_edge.i == tok.i + 1]
            if not objs or any(c.dep_ in ("nsubj", "aux", "neg") for c in kids):
                continue
            guests = [m for m in actors_of(objs[0], index, g)
                      if m.actor.role is not None and m.actor.role != "MIL"]
            if not guests:
                continue  # "spent a week visiting Kenya": a place visited, the verb reading is right
            verb = tok.head
            if verb.dep_ == "prep":
                # "held talks with visiting X": the talks, or the verb whose object they are
                verb = verb.head if verb.head.i in by_tok else verb.head.head
            host = by_tok.get(verb.i)
            hosts = d.sources or self._sources_of_verb(verb, index)[0]
            if host is None and hosts:
                # "assured visiting Chilean officials that ...": a verb that is no event still has the
                # guest visiting its subject, not its subject visiting the guest
                d.sources, d.targets = list(guests), list(hosts)
            if host is None or not hosts:
                continue
            mine = [o for o in drafts if o.trigger.i == host.token.i and o.secondary is None]
            if any(o.targets for o in mine):
                continue
            if mine:
                mine[0].targets, mine[0].notarget = list(guests), False
                code = mine[0].code
            else:
                code = host.pattern.code
                drafts.append(rule_draft(host.token, code, f"guest({host.pattern.rule})", hosts, guests,
                                         modality=d.modality))
            if code in g.hosted_visit_codes:
                drafts.remove(d)  # the hosting implies the visit (below), named by the guest's words
            else:
                d.sources, d.targets = list(guests), list(hosts)

    def _guest_visits(self, drafts: list[_Draft]) -> list[_Draft]:
        """The visit each hosting implies, by the guest to the host ("hosted the visiting Ugandan
        leader": 042 the other way), for guests named as persons or roles."""
        out: list[_Draft] = []
        for d in drafts:
            code = self.g.hosted_visit_codes.get(d.code)
            if code is None or d.secondary is not None or d.modality == "negated" or not d.sources:
                continue
            if d.rule.startswith("convened("):
                continue  # "talks hosted by Oman between A and B, in Rome": no visit to Oman told
            # troops or warships a state hosts are stationed there, not visiting
            guests = [m for m in d.targets if m.actor.role is not None and m.actor.role != "MIL"]
            if not guests:
                continue
            if _visit_told(code, guests, d.sources, drafts):
                # "arrived in Jakarta and was received by Prabowo": the sentence already tells the
                # guest's visit in its own words; one visit, not a second one the hosting implies
                continue
            doc = d.trigger.doc
            out.append(
                replace(
                    d,
                    # the words naming the guest stand for the visit: the host's verb stays the
                    # hosting's own trigger, so the visit is no mirror of it at that word
                    trigger=doc[guests[0].start:guests[0].end].root,
                    code=code,
                    rule=f"hosted({d.rule})->{code}",
                    sources=guests,
                    targets=list(d.sources),
                    reciprocal=False,
                    mutual=False,
                    confidence=d.confidence - 0.05,
                )
            )
        return out

    def _invited_visits(self, drafts: list[_Draft], index: MentionIndexLike) -> list[_Draft]:
        """The hosting each visit made at someone's invitation implies ("arrived for a state visit at
        the invitation of his Kenyan counterpart": 043 by the inviter to the visitor)."""
        g = self.g
        hosting = {visit: host for host, visit in g.hosted_visit_codes.items()}
        out: list[_Draft] = []
        for d in drafts:
            code = hosting.get(d.code)
            if code is None or d.secondary is not None or d.modality == "negated" or not d.sources:
                continue
            # the invitation hangs on the visit's verb or on its noun ("for a visit at the invitation of")
            heads = [d.trigger, *(o for p in dependents(d.trigger) if p.dep_ == "prep"
                                  for o in dependents(p) if o.dep_ == "pobj")]
            invites = [o for h in heads for p in dependents(h)
                       if p.dep_ == "prep" and p.lower_ in g.invitation_preps
                       for o in dependents(p) if o.dep_ == "pobj" and g.lemma(o) in g.invited_visit_nouns]
            if not invites:
                continue
            inviter = [c for c in dependents(invites[0]) if c.dep_ == "poss" and c.pos_ != "PRON"] \
                or prep_objects(invites[0], frozenset({"of"}))
            guests = {_country_of(m) for m in d.sources}
            hosts = [m for w in inviter for m in actors_of(w, index, g) if _country_of(m) not in guests]
            if not hosts or any(o.code == code and o.secondary is None and any(
                    _country_of(m) in {_country_of(h) for h in hosts} for m in o.sources) for o in drafts):
                continue
            out.append(rule_draft(inviter[0], code, f"invited({d.rule})->{code}", hosts, list(d.sources),
                                  modality=d.modality))
        return out

    def _topic_events(self, tok: Token, t: Trigger) -> list[Token]:
        """Event nouns an attitude is about: the subject of its "that" clause or the object of its
        "about", "over" or "on" phrase, on the word, its copula or its object."""
        g = self.g
        heads = [tok, *([t.obj] if t.obj is not None else [])]
        if tok.dep_ == "acomp":
            heads.append(tok.head)
        clause = heads[-1]
        # '"We are not optimistic," Berlin said of talks with Washington': what a quoted attitude is
        # about may be named on the speech verb that reports it
        speech = [clause.head] if clause.dep_ in ("ccomp", "parataxis") and clause.head.i != clause.i \
            and g.lemma(clause.head) in g.speech_verbs else []
        out: list[Token] = []
        acts: list[Token] = []
        for h in heads + speech:
            for c in dependents(h):
                if c.dep_ in ("ccomp", "acl") and h not in speech:
                    out.extend(n for n in dependents(c) if n.dep_ in ("nsubj", "nsubjpass"))
                elif c.dep_ == "prep" and c.lower_ in g.attitude_topic_preps:
                    out.extend(n for n in dependents(c) if n.dep_ == "pobj")
                    # "not optimistic about [reaching a deal with the IMF]": a gerund doing a joint
                    # act is that act, its partner named on the gerund or on the act's noun
                    acts.extend(n for n in dependents(c) if n.dep_ == "pcomp" and any(
                        o.dep_ == "dobj"
                        and (g.lemma(o) in self._event_nouns or g.lemma(o) in g.prospect_acts)
                        for o in dependents(n)))
        # "upbeat about the prospects of a deal with X": a prospect is of the act it names
        out += [o for n in out if g.lemma(n) in g.prospect_nouns for c in dependents(n)
                if c.dep_ == "prep" and c.lower_ in g.prospect_preps
                for o in dependents(c) if o.dep_ == "pobj"]
        return [n for n in out if g.lemma(n) in self._event_nouns or g.lemma(n) in g.prospect_acts] + acts

    def _exercise_partners(
        self, tok: Token, sources: list[MentionLike], index: MentionIndexLike
    ) -> list[MentionLike]:
        """The sides of an exercise held by forces of two or more states: its coordinated doers
        ("U.S. and Philippine marines held drills") or its doer and a "with" partner ("held drills
        with Belarusian forces"); empty when one state holds it alone."""
        parties = list(each_member(sources, tok.doc, index))
        heads = [tok, *(c for c in dependents(tok) if c.dep_ == "dobj")]
        parties += [m for h in heads for p in prep_objects(h, _WITH)
                    for m in actors_of(p, index, self.g)]
        states: dict[str, MentionLike] = {}
        for m in parties:
            states.setdefault(_country_of(m), m)
        return list(states.values()) if len(states) >= 2 else []

    def _solo_exercise(
        self, tok: Token, exercise: Token, apart: bool, clause: Token | None, sources: list[MentionLike],
        index: MentionIndexLike,
    ) -> bool:
        """The military exercise ``exercise`` (the trigger ``tok``'s object, or the trigger itself) is
        not marked joint and one state holds it alone: it is held ``apart`` ("rival exercises"), or no
        second state is among its doers and no "with" partner is on it, the trigger or its clause."""
        g = self.g
        if any(c.dep_ in ("amod", "compound") and c.lower_ in g.exercise_joint_modifiers
               for c in dependents(exercise)):
            return False
        if apart:
            return True  # "rival exercises": each side holds its own, whoever else is named
        heads = [h for h in (tok, exercise, clause) if h is not None]
        partners = [m for h in heads for p in prep_objects(h, _WITH | g.between_preps)
                    for m in actors_of(p, index, g)]
        return len({_country_of(m) for m in [*each_member(sources, tok.doc, index), *partners]}) < 2

    def _meets_at_home(self, tok: Token, parties: list[MentionLike], index: MentionIndexLike) -> bool:
        """A place phrase of ``tok`` ("in Beijing", "at the Kremlin") names one party's own country."""
        own = {m.actor.country for m in parties if m.actor.country}
        # the parser may hang the place on the object ("met Xi in Beijing")
        heads = [tok, *(c for c in dependents(tok) if c.dep_ == "dobj")]
        return any(
            m.actor.country in own
            for h in heads
            for c in dependents(h)
            if c.dep_ == "prep" and c.lower_ in ("in", "at")
            for p in dependents(c)
            if p.dep_ == "pobj"
            for m in actors_of(p, index, self.g)
        )

    def _mediator(
        self, noun: Token, clause: Token | None, index: MentionIndexLike, sides: list[MentionLike]
    ) -> list[MentionLike]:
        """Who mediates between ``sides``: the noun's own possessor or "by" phrase ("Qatar's mediation",
        "mediation by Oman"), else the subject of its clause ("Doha resumed its mediation")."""
        g = self.g
        heads = named_owners(noun, g.agent_preps)
        found = [m for h in heads for m in actors_of(h, index, g)]
        if not found and clause is not None:
            found = self._sources_of_verb(clause, index)[0]
        side_codes = {m.actor.code for m in sides}
        return [m for m in found if m.actor.code not in side_codes]

    def _joint_parties(self, noun: Token, verb: Token, index: MentionIndexLike) -> list[MentionLike]:
        """The sides a joint act's noun names when its verb names no doer: its premodifiers (a hyphen
        pair "the India-China deal", "a Sino-Indian accord", a possessive coordination "India and
        China's agreement", which the parser may hang on the first name, the noun then a conjunct), or a
        "between" phrase on the verb ("was signed between A and B") or on the noun ("the agreement
        between A and B, which was signed on Monday")."""
        g = self.g
        found = _premodifier_parties(noun, index)
        if len({m.actor.code for m in found}) < 2:
            # (a modifier names a side too: "between Iran and world powers", parsed as "(Iran and
            # world) powers")
            # the parser may hang "between" on the noun's "of" complement: "a memorandum of
            # understanding between A and B", "a treaty of friendship between A and B"
            heads = (verb, noun, *prep_objects(noun, frozenset({"of"})))
            found = [m for h in heads for o in prep_objects(h, g.between_preps)
                     for m in actors_of(o, index, g) + _modifier_actors(o, index)]
        if len({m.actor.code for m in found}) < 2:
            found = self._meeting_sides(verb, index) or found
        if len({m.actor.code for m in found}) < 2:
            found = self._framework_sides(noun, index) or found
        return distinct_parties(found)

    def _framework_sides(self, noun: Token, index: MentionIndexLike) -> list[MentionLike]:
        """The sides of an agreement a clause says it acts under ("Under a pact inked last week, Japan
        and the Philippines will ..."): the clause's subject, when it coordinates two parties or more
        (one subject is no evidence it was that party's pact with anyone in particular)."""
        g = self.g
        if noun.dep_ != "pobj" or noun.head.lower_ not in g.framework_preps:
            return []
        clause = noun.head.head
        if clause.pos_ not in ("VERB", "AUX"):
            return []
        found = [m for c in dependents(clause) if c.dep_ in ("nsubj", "nsubjpass")
                 for x in (c, *conjuncts(c)) for m in actors_of(x, index, g)]
        return found if len(distinct_parties(found)) >= 2 else []

    def _predicated_owner(
        self, verb: Token, index: MentionIndexLike, targets: list[MentionLike]
    ) -> list[MentionLike]:
        """The country an "as" predicate names as the owner of what the verb's object is said to be
        ("recognised X as Venezuela's legitimate authority", "as the government of Libya"): the
        object's body of that country when it names a role of no country, else that country itself."""
        g = self.g
        heads = [verb, *(c for c in dependents(verb) if c.dep_ == "dobj")]
        owners = {m.actor.country: m for h in heads for n in prep_objects(h, g.predicate_preps)
                  for w in n.subtree if (m := index.at(w.i)) is not None and m.actor.country}
        if len(owners) != 1:
            return []
        country, owner = next(iter(owners.items()))
        if not targets:
            return [owner]
        if not all(m.actor.role and m.actor.code == m.actor.role for m in targets):
            return []
        return [Localised(m.start, m.end, m.start_char, m.end_char, m.text,
                          replace(m.actor, code=country_prefix(country) + m.actor.code, country=country,
                                  name=f"{m.actor.name} ({country})"))
                for m in targets]

    def _meeting_sides(self, verb: Token, index: MentionIndexLike) -> list[MentionLike]:
        """The sides of the meeting or visit a joint act was done at ("were signed during Modi's visit
        to Japan", "at a meeting between A and B", "on the sidelines of a summit between A and B"):
        a meeting's doers and counterparts (a meeting noun is a consultation, CAMEO 04)."""
        g = self.g
        every = {x.token.i: x for x in self.triggers(verb.sent)}
        for n in prep_objects(verb, g.joint_setting_preps):
            if g.lemma(n) in g.margin_nouns:
                n = next(iter(prep_objects(n, frozenset({"of"}))), n)
            # "signed at a ceremony attended by Li Qiang and Mark Brown": those a participle on the
            # setting says took part in it
            attendees = distinct_parties([m for a in participle_clauses(n)
                                          for o in prep_objects(a, g.agent_preps)
                                          for m in actors_of(o, index, g)])
            if len(attendees) >= 2:
                return attendees
            t = every.get(n.i)
            if t is None or t.pattern.kind != "noun" or not t.pattern.code.startswith("04"):
                continue
            sources, targets, _ = self._actors_of_noun(n, None, index)
            sides = distinct_parties(sources + targets)
            if len(sides) >= 2:
                return sides
        return []

    def _intended_parties(
        self, verb: Token, by_tok: dict[int, Trigger], index: MentionIndexLike, sources: list[MentionLike]
    ) -> list[MentionLike]:
        """Whom an intent's infinitive that codes nothing itself is aimed at: whom its object names,
        else the place the act is to happen in ("offered to build a port in X", "pledged to invest in
        Egypt's economy": the intent is aimed at X, at Egypt)."""
        found = self._untriggered_objects(verb, by_tok, index, sources)
        for c in dependents(verb):
            if found:
                break
            if c.dep_ != "xcomp" or c.pos_ not in ("VERB", "AUX") or c.i in by_tok:
                continue
            places = prep_objects(c, self.g.location_preps)
            found = (self._place_of_topic(c, Trigger(c, _INTENT, None), index, sources)
                     or self._others(places, index, sources, countries=True))
        return found

    def _untriggered_objects(
        self, verb: Token, by_tok: dict[int, Trigger], index: MentionIndexLike, sources: list[MentionLike]
    ) -> list[MentionLike]:
        """The parties named by the objects of ``verb``'s infinitive when that infinitive triggers
        nothing itself ("refused to approve the EU's package": the EU)."""
        objs = [
            o
            for x in dependents(verb)
            if x.dep_ == "xcomp" and x.i not in by_tok
            for o in dependents(x)
            if o.dep_ in ("dobj", "dative")
        ]
        # "refused to cede territory to Russia": the party the refused act would go to or be aimed at
        objs += [p for o in objs if o.dep_ in ("dative", "prep") for p in dependents(o) if p.dep_ == "pobj"]
        objs += [
            p
            for x in dependents(verb)
            if x.dep_ == "xcomp" and x.i not in by_tok
            for o in dependents(x)
            if o.dep_ == "prep" and o.lower_ in self.g.refused_recipient_preps
            for p in dependents(o)
            if p.dep_ == "pobj"
        ]
        return self._others(objs, index, sources)

    def _place_of_topic(
        self, verb: Token, t: Trigger, index: MentionIndexLike, sources: list[MentionLike]
    ) -> list[MentionLike]:
        """The place named inside the verb's object or prepositional object ("a ceasefire in Gaza",
        "the arrest of the leader in Belarus"), two phrases deep at most, other than the doer's own."""
        g = self.g
        heads = [c for c in dependents(verb) if c.dep_ == "dobj"]
        heads += [p for c in dependents(verb) if c.dep_ == "prep" and c.lower_ not in g.location_preps
                  for p in dependents(c) if p.dep_ == "pobj"]
        if t.obj is not None and all(h.i != t.obj.i for h in heads):
            heads.append(t.obj)
        for _ in range(3):
            places = [
                p
                for h in heads
                for c in dependents(h)
                if c.dep_ == "prep" and c.lower_ in g.place_topic_preps
                for p in dependents(c)
                if p.dep_ == "pobj"
            ]
            found = self._others(places, index, sources, countries=True)
            if found:
                return found
            heads = [
                p
                for h in heads
                for c in dependents(h)
                if c.dep_ == "prep" and c.lower_ not in g.location_preps
                for p in dependents(c)
                if p.dep_ == "pobj"
            ]
        return []

    def _warned_about(
        self, verb: Token, t: Trigger, by_tok: dict[int, Trigger], index: MentionIndexLike,
        sources: list[MentionLike],
    ) -> list[MentionLike]:
        """Whom a warning that something "could" or "may" happen is about: the named subject of a
        "that" clause with no event of its own and no pronoun (the speaker's own act) as subject."""
        for c in dependents(verb):
            if c.dep_ != "ccomp" or c.i in by_tok:
                continue
            subjects = [k for k in dependents(c) if k.dep_ in ("nsubj", "nsubjpass")]
            if not any(k.dep_ == "aux" and k.lower_ in self.g.hypothetical_aux
                       and k.lower_ not in self.g.mandative_aux for k in dependents(c)):
                # "warned that talks with Damascus had stalled / reached a dead end": talks said to
                # have failed are a forecast as bleak as "could fail", whatever the tense
                if not (self._lapsed(c) and any(self.g.lemma(k) in self.g.prospect_acts for k in subjects)):
                    continue
            if any(k.pos_ == "PRON" for k in subjects):
                continue
            whom = self._about_whom(verb, t, index, sources)
            if whom:
                return whom
            # "warned that talks with Washington could fail": a forecast about a joint act with
            # another party is a pessimistic comment on that party, as "pessimistic about talks
            # with X" is
            return [m for k in subjects if self.g.lemma(k) in self.g.prospect_acts
                    for m in self._counterpart(k, index, sources)]
        return []

    def _lapsed(self, clause: Token) -> bool:
        """The clause says its subject failed or stalled: a verb of lapse ("had collapsed", "stalled")
        or an impasse reached ("reached a dead end", "hit a stalemate"; ``impasse_nouns``)."""
        g = self.g
        if g.lemma(clause) in g.lapse_verbs:
            return True
        return any(c.dep_ == "dobj" and (g.lemma(c) in g.impasse_nouns or (
            g.lemma(c) == "end" and any(a.dep_ == "amod" and a.lower_ == "dead" for a in dependents(c))))
            for c in dependents(clause))

    def _noun_author(self, noun: Token, index: MentionIndexLike) -> list[MentionLike]:
        """Who makes the demand or appeal a noun names: its possessor or "by"/"from" phrase ("Kyiv's
        demand", "a call from the UN"), else, for its own pronoun or none, the subject of the clause
        it is the object of ("Iran repeated its demand")."""
        g = self.g
        named = named_owners(noun, g.undergo_agent_preps)
        found = [m for o in named for m in actors_of(o, index, g)]
        if found or named:
            return found
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
            return []
        subs, _ = subject_of(verb, g)
        return [m for x in subs for m in actors_of(x, index, g)]

    def _forecast(self, clause: Token | None, by_tok: dict[int, Trigger]) -> bool:
        """``clause`` says what "could" or "may" happen to others: a possibility auxiliary, a named
        (not pronoun) subject and no event of its own."""
        return clause is not None and clause.i not in by_tok and any(
            k.dep_ == "aux" and k.lower_ in self.g.hypothetical_aux and k.lower_ not in self.g.mandative_aux
            for k in dependents(clause)) and not any(
            k.dep_ in ("nsubj", "nsubjpass") and k.pos_ == "PRON" for k in dependents(clause))

    def _warned_asked(
        self, verb: Token, pat: Pattern, index: MentionIndexLike, sources: list[MentionLike],
    ) -> list[MentionLike]:
        """Whom a participle warning beside an appeal or demand is aimed at: who the governing verb
        asks to act ("urged Minsk to withdraw, warning that ..."), when the warning names a threat
        ("warning of reprisals"), the speaker's own act ("warning that it would close the border") or
        what will follow ("would have consequences"); a warning of a famine stays a worry."""
        g = self.g
        head = verb.head
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.pos_ != "VERB" or head.i == verb.i:
            return []
        comp = g.complements.get(g.lemma(head))
        if comp is None or not comp.object_control or comp.family not in g.mandative_families:
            return []
        if pat.code == "130" and not any(
            c.dep_ == "ccomp" and (
                any(k.dep_ == "nsubj" and k.pos_ == "PRON" and k.lower_ in g.anaphors
                    for k in dependents(c))
                or any(g.lemma(w) in g.consequence_nouns for w in c.subtree)
            )
            for c in dependents(verb)
        ):
            return []
        return self._others(controllers(head, g), index, sources)

    def _condition_parties(
        self, verb: Token, index: MentionIndexLike, sources: list[MentionLike]
    ) -> list[MentionLike]:
        """The subject of an "if"/"unless" clause on ``verb``, other than the doer's own side."""
        subjects = [
            n
            for c in dependents(verb)
            if c.dep_ == "advcl"
            and any(k.dep_ == "mark" and k.lower_ in self.g.condition_target_marks for k in dependents(c))
            for n in dependents(c)
            if n.dep_ in ("nsubj", "nsubjpass") and n.pos_ != "PRON"
        ]
        # a country is no counterpart of its own forces ("Russian troops ... if Russia") or citizens, but
        # another political role of it is: "Zambia's opposition threatened protests if the government
        # delays the vote" (condition_home_roles)
        whole = {m.actor.country for m in sources if m.actor.country and m.actor.role is None}
        mine = {m.actor.country for m in sources if m.actor.country}
        return [
            m for m in self._others(subjects, index, sources)  # the sources' own codes left out there
            if m.actor.country not in whole
            and (m.actor.country not in mine or m.actor.role in self.g.condition_home_roles)
        ]

    def _threatened(self, tok: Token, pat: Pattern) -> bool:
        """The trigger is a threat (``threat_purpose_roots``) or the act a threat governs."""
        roots = self.g.threat_purpose_roots
        if pat.code[:2] in roots:
            return True
        gov = None if _background(tok, self.g) else self._governor(tok)
        return gov is not None and gov[1].family in roots

    def _threat_purpose_parties(
        self, verb: Token, index: MentionIndexLike, sources: list[MentionLike]
    ) -> list[MentionLike]:
        """Whom the purpose of a threatened act is aimed at: the object of a "to" clause on the threat
        or on the act it threatens ("threatened to send troops to disperse the protesters"), or the
        doer or owner of the thing that purpose undoes ("to clear the sit-in by opposition supporters",
        "to break up the farmers' blockades"). CAMEO codes a threat by whom it is meant to coerce."""
        g = self.g
        # the act threatened: an infinitive, or a reported clause whose subject is the threatener
        # itself ("warned that it would take all measures to stop any Philippine attempt to ...")
        acts = [verb, *(c for c in dependents(verb) if c.pos_ == "VERB" and (c.dep_ == "xcomp" or (
            c.dep_ == "ccomp" and any(k.dep_ == "nsubj" and k.pos_ == "PRON" and k.lower_ in g.anaphors
                                      for k in dependents(c)))))]
        # a state's threat to its own opposition or crowds is aimed at them: only the doers' own codes
        # are left out, and bare roles are the doers' country's, as for a threat's own object
        # (``domestic_roots``)
        return _at_home(self._others(purpose_parties(acts, g), index, sources), verb, sources, index)

    def _purpose_targets(
        self, verb: Token, pat: Pattern, sources: list[MentionLike], index: MentionIndexLike
    ) -> list[MentionLike]:
        """Whom the purpose of a material act is aimed at ("imposed sanctions to force Minsk to
        ...", "launched strikes to weaken Hamas"); none for an appeal or statement, whose purpose is
        what it asks for, not whom it asks, and none for acts without a target. A joint act's
        purpose is its topic ("met Trump to discuss ..."), except for one side's use of force
        ("launched a war to weaken Hamas")."""
        if pat.notarget or pat.code[:2] in self.g.topic_roots:
            return []
        if pat.reciprocal and (len(sources) > 1 or pat.code[:2] < "14"):
            return []
        return self._others(purpose_objects(verb, self.g), index, sources)

    def _draft(self, t: Trigger, by_tok: dict[int, Trigger], index: MentionIndexLike) -> list[_Draft] | None:
        """The drafts of one trigger: its own event, and a refusal or governing verb's event if any."""
        tok, pat = t.token, t.pattern
        code, rule = pat.code, pat.rule
        g = self.g
        notarget = pat.notarget
        own_doer = False
        nested = False  # a noun that is what another act of the sentence is done to (see below)
        joint = False  # the sides of a joint act found in its noun's words (see _joint_parties)
        if pat.kind == "verb":
            clause: Token | None = tok
            sources, inherited = self._sources_of_verb(tok, index)
            if not sources and pat.adjective:
                # "Russia is opposed to ...", read as a passive with the subject on the copula
                subs = [s for a in dependents(tok) if a.dep_ in ("aux", "auxpass") for s in dependents(a)]
                sources = [
                    m for s in subs if s.dep_ in ("nsubj", "nsubjpass") for m in actors_of(s, index, g)
                ]
            targets = self._targets_of_verb(tok, t, index, sources)
            for c in dependents(tok):
                if c.dep_ in ("xcomp", "ccomp") and c.i in by_tok and (
                        g.lemma(c) in pat.words or c.lower_ in pat.words):
                    # "declined to comment on X's report", "refused to step down": a pattern naming
                    # its governed verb finds its target where that verb would, and needs none
                    # where that verb needs none
                    notarget = notarget or by_tok[c.i].pattern.notarget
                    if not targets:
                        targets = self._targets_of_verb(c, by_tok[c.i], index, sources)
                    break
            if not sources:  # "was arrested in Cairo": an act only a state does, told with no agent
                sources = state_doers(tok, pat.code, targets, index, g)
            if not sources and pat.code in g.mediation_codes and tok.dep_ == "amod":
                # "Qatar-mediated talks", "a U.S.-brokered truce": the name joined to the participle
                # by a hyphen is the mediator
                hyphened = tok.i > 0 and tok.doc[tok.i - 1].text == "-"
                sources = [m for c in dependents(tok) if hyphened and c.i < tok.i
                           and c.dep_ in ("npadvmod", "compound", "nmod") for m in actors_of(c, index, g)]
            if not sources and pat.reciprocal and pat.code[:2] in g.pair_roots and _paired_subject(tok, g):
                # "the two countries signed a memorandum during Modi's visit to Beijing": a subject
                # that only counts the sides is the sides of the meeting the act was done at
                sides = self._meeting_sides(tok, index)
                if len(sides) >= 2:
                    sources, targets, joint = sides, [], True
            joint_noun = t.obj
            if joint_noun is None and not sources and pat.reciprocal and _unagented(tok):
                # (the noun is no trigger of its own any more: it was taken as this verb's object)
                every = {x.token.i: x for x in self.triggers(tok.sent)}
                joint_noun = _joint_noun(tok, pat, every, g)
            if not sources and pat.reciprocal and joint_noun is not None and _unagented(tok):
                # "the India-China border deal was signed", "an accord was signed between A and B":
                # a joint act told with no doer is done by the parties its noun names, each with the other
                parties = self._joint_parties(joint_noun, tok, index)
                if len(parties) >= 2:
                    sources, targets, joint = parties, [], True
                else:
                    # "the Cook Islands' deal with China was signed": the side the noun names before it
                    # signed with its "with" partner, one way, as "the Cook Islands signed a deal with
                    # China" is
                    owners = distinct_parties(_premodifier_parties(joint_noun, index))
                    partners = [m for o in prep_objects(joint_noun, _WITH)
                                for m in actors_of(o, index, g)
                                if all(m.actor.code != p.actor.code for p in owners)]
                    if len(owners) == 1 and partners:
                        sources, targets = owners, distinct_parties(partners)
            elif sources and not targets and pat.reciprocal and joint_noun is not None and _unagented(tok):
                # "the agreement was signed during a visit by Iran's minister to Riyadh": the doer
                # the setting names signed with the other side of that visit
                others = [m for m in self._meeting_sides(tok, index)
                          if all(m.actor.code != x.actor.code for x in sources)]
                if others:
                    sources, joint = [*sources, *others], True
            # the sources the trigger's own arguments name, before a gerund is read as a noun below
            given = sources
            if not sources and tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass"):
                # "Fighting between A and B killed dozens": a gerund subject is read as an event
                # noun, with its own parties and no subject of its own
                as_noun = self._actors_of_noun(tok, None, index, of_target=not pat.reciprocal)
                sources, targets = as_noun[0], targets or as_noun[1]
            elif (tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in g.setting_preps
                  and not any(c.dep_ in ("nsubj", "dobj", "obj") for c in dependents(tok))):
                # "struggled to reach civilians amid fighting in Shan state": a bare gerund after a
                # preposition of setting is the noun "fighting", the background of the clause, with
                # no parties but its own ("amid fighting between A and B"), not the clause's subject
                as_noun = self._actors_of_noun(tok, None, index, of_target=not pat.reciprocal)
                sources, targets = as_noun[0], as_noun[1]
            if pat.code.startswith("01") and tok.lemma_.lower() in g.speech_verbs:
                # "Aliyev told reporters": the press is the audience of a statement, not its target
                targets = [m for m in targets if not _is_audience(m, g)]
                if not targets:
                    targets = self._obliged(tok, index, sources)
                    if targets:
                        # "Paris said Rome must withdraw": a reported obligation is a demand on Rome
                        code, rule = "100", f"deontic({pat.rule})->100"
                if not targets and pat.code == "010":
                    # "Iran said the U.S. was responsible", "said of China that ...": a statement
                    # reporting no act of its own is about whom its clause speaks of
                    targets = self._spoken_of(tok, by_tok, index, sources)
            if targets and pat.code in g.attitude_codes:
                # "expressed doubt that Rwanda would withdraw its troops from Congo": the attitude is
                # about the subject of its clause, not a party found deeper inside that clause
                whom = self._about_whom(tok, t, index, sources)
                if whom and all(_inside_clause_of(m, tok, t) for m in targets):
                    targets = whom
            if not targets and pat.code in g.attitude_codes:
                # "voiced hope that Seoul will resume talks": whom a hope or worry is about
                targets = self._about_whom(tok, t, index, sources)
                if not targets:
                    # "optimistic about a deal with Washington", "hopeful that talks with Seoul
                    # will resume": the other side of the joint act the attitude is about
                    targets = [
                        m for n in self._topic_events(tok, t) for m in self._counterpart(n, index, sources)
                    ]
                if not targets:
                    # "pessimistic that island states could persuade Australia to stop ...": with no
                    # party as the clause's subject, the attitude is about the party its act is aimed at
                    targets = self._others(
                        [o for h in (tok, tok.head) for c in dependents(h) if c.dep_ == "ccomp"
                         and not any(self._others([k], index, sources) for k in dependents(c)
                                     if k.dep_ in ("nsubj", "nsubjpass"))
                         for o in dependents(c) if o.dep_ == "dobj"], index, sources)
            if pat.code.startswith("13") and g.lemma(tok) in g.light_verbs and self._forecast(
                    warning_noun_clause(tok, g), by_tok):
                # "issued a warning that Argentina could default": a forecast about others, told as a
                # warning noun, is a pessimistic comment (012) as "warned that" is, not a threat
                targets = targets or self._about_whom(tok, t, index, sources)
                if targets:
                    code, rule = "012", f"pessimism({pat.rule})->012"
            elif not targets and pat.code.startswith("13") and g.lemma(tok) in g.warning_verbs:
                # "called on Kabul to stop X, warning that further violations would have consequences":
                # a warning beside an appeal threatens the party just asked to act
                targets = self._warned_asked(tok, pat, index, sources)
                warned = [] if targets else self._warned_about(tok, t, by_tok, index, sources)
                if warned:
                    targets, code, rule = warned, "012", f"pessimism({pat.rule})->012"
            elif not targets and t.obj is not None and g.lemma(t.obj) in g.doubt_nouns \
                    and not pat.code.startswith("01"):
                # "cast doubt on a trade deal with Washington", "cast doubt on the prospects of a
                # summit with Seoul": doubt about a joint act with another party is a pessimistic
                # comment on that party (CAMEO 012), as "doubtful about talks with X" is
                doubted = [m for n in self._topic_events(tok, t)
                           for m in self._counterpart(n, index, sources)]
                if doubted:
                    targets, code, rule = doubted, "012", f"pessimism({pat.rule})->012"
            comp = g.complements.get(g.lemma(tok))
            if not targets and comp is not None and comp.object_control:
                # "called for Britain to stay in the EU": whom the clause asks to act
                asked = [
                    n
                    for c in dependents(tok)
                    if c.dep_ in ("advcl", "ccomp") and asked_clause(c, comp, g)
                    for n in dependents(c)
                    if n.dep_ == "nsubj"
                ]
                targets = [m for n in asked for m in actors_of(n, index, g)]
            if not targets and pat.code[:2] in g.asking_roots:
                # "set a deadline for the UN to reform": whom a "for X to" clause asks to act
                # (the parser may hang the subject on "for" itself)
                asked = [
                    n
                    for h in ([tok, t.obj] if t.obj is not None else [tok])
                    for c in dependents(h)
                    if c.dep_ in ("advcl", "ccomp", "acl") and for_to(c)
                    for k in dependents(c)
                    for n in ([k] if k.dep_ == "nsubj" else [p for p in dependents(k) if p.dep_ == "pobj"])
                    if k.dep_ == "nsubj" or (k.dep_ == "mark" and k.lower_ == "for")
                ]
                targets = self._others(asked, index, given)
            if not targets and pat.reciprocal and t.obj is not None and len(sources) < 2:
                # "signed an agreement to promote trade with Israel": the counterpart of a joint act
                # can hang deep inside what was agreed
                targets = self._counterpart(t.obj, index, sources)
            if not targets and is_passive(tok):
                # "Kurds were shelled by A and attacked by B": the second passive's own agent acts
                # on the patient of the first
                targets = self._others(shared_patients(tok), index, given)
            if not targets and tok.dep_ == "conj" and any(
                c.dep_ == "dobj" and c.pos_ == "PRON" and c.lower_ in g.object_anaphors
                for c in dependents(tok)
            ):
                # "arrested three activists and deported them": the pronoun object of the second verb
                # is the first verb's object
                targets = self._others([c for c in dependents(tok.head) if c.dep_ == "dobj"], index, given)
            if not targets and sources:
                targets = self._purpose_targets(tok, pat, sources, index)
            if not targets and sources and pat.code[:2] in g.condition_target_roots:
                # "warned it would use force if Ukraine attacked": the condition names the other side
                targets = self._condition_parties(tok, index, sources)
            if not targets and sources and self._threatened(tok, pat):
                # "threatened to send troops to break up the blockades by farmers": a threat of force is
                # aimed at whom its purpose is to undo (the act threatened is drafted with the threat's
                # parties)
                targets = self._threat_purpose_parties(tok, index, sources)
            if (
                not targets
                and sources
                and comp is not None
                and comp.family is not None
                and pat.code[:2] == comp.family
            ):
                # "refused to approve the EU's package": a refusal or pledge whose infinitive is no
                # event of its own is aimed at whom that infinitive's object names; a pledge (03)
                # also at the place its act is to happen in, as an intent told without a pattern is
                intent = comp.family == _INTENT.code[:2]
                targets = (self._intended_parties(tok, by_tok, index, sources) if intent
                           else self._untriggered_objects(tok, by_tok, index, sources))
            if not targets and sources and g.lemma(tok) in g.helping_verbs:
                # "offered to help rebuild Gaza": help is for whom the helped act is aimed at; a helped
                # act that is an event of its own keeps its parties, unless the help is itself pledged
                # ("pledged to help finance the reconstruction of Syria": a pledge of help to Syria)
                targets = self._intended_parties(tok, by_tok, index, sources) or [
                    m for c in dependents(tok) if tok.dep_ == "xcomp" and c.dep_ == "xcomp" and c.i in by_tok
                    for m in self._targets_of_verb(c, by_tok[c.i], index, sources)]
            if not targets and sources and tok.dep_ == "xcomp" and g.lemma(tok.head) in g.helping_verbs:
                # "offered to help mediate an end to the war in Sudan": the help reads as the helped act
                # (_helpers_of_acts), which is for the place its object names, as the help would be
                targets = self._place_of_topic(tok, t, index, sources)
            if not targets and sources and pat.code == "120" and g.lemma(tok) in g.consent_verbs:
                # "would not allow the EU to send money": whom consent is withheld from is who would act
                targets = self._others([n for c in dependents(tok) if c.dep_ in ("ccomp", "xcomp")
                                        for n in dependents(c) if n.dep_ == "nsubj"], index, sources)
            if not targets and sources and pat.code[:2] in g.relative_owner_roots:
                targets = self._others(_relative_owners(tok, g), index, sources)
            if not targets and sources and pat.code[:2] in g.relative_owner_roots:
                targets = self._others(_relative_proposers(tok, g), index, sources)
            if not targets and sources and pat.code[:2] in g.struck_roots:
                # "condemned the bombing that struck a church in X": an act noun naming no target
                # of its own is aimed at whom its relative clause says it hit
                hit = [o for c in dependents(tok) if c.dep_ == "dobj" and c.pos_ == "NOUN"
                       for o in _struck(c, g)]
                targets = self._others(hit, index, given)
            if (not targets and sources and pat.code[:2] in g.place_topic_roots
                    and pat.code not in g.placeless_topic_codes):
                # "called for a ceasefire in Gaza": whom the words concern is where their topic is
                targets = self._place_of_topic(tok, t, index, sources)
            if sources and pat.code in g.predicated_owner_codes and all(
                    m.actor.country is None for m in targets):
                # "recognised the opposition-led parliament as Venezuela's legitimate authority",
                # "recognized the council as the government of Libya": what a body is recognised as
                # says whose it is
                targets = self._predicated_owner(tok, index, targets) or targets
            if pat.code in g.mediation_codes and t.obj is None:
                # "Egypt brokered the Israel-Hamas truce", "mediated the Russia-Ukraine prisoner swap":
                # the sides named before the mediated act's noun, all of them (the object finder takes
                # the nearest name only)
                for c in dependents(tok):
                    if c.dep_ == "dobj":
                        sides = [m for m in _premodifier_parties(c, index)
                                 if all(m.actor.code != x.actor.code for x in sources)]
                        if len({m.actor.code for m in sides}) < 2:
                            # "mediated the exchange of 300 prisoners between Russia and Ukraine": the
                            # sides a "between" inside the mediated act's phrase names, before the
                            # people the act is done to
                            sides = self._mediated(c, index, sources)
                        if len({m.actor.code for m in sides}) >= 2:
                            targets = sides
            if pat.code in g.destination_codes and _units_only(tok, g):
                # "Egyptian troops arrived in Libya": forces deployed somewhere make no political visit
                return None
            conf = 0.9 if not inherited else 0.75
        else:
            if pat.code == "010" and _speech_vehicle(tok, g):
                # "warned that ..., in remarks broadcast on state TV", "said in a statement": the
                # words a clause was spoken in are no second statement
                return None
            if (tok.dep_ in ("nsubj", "nsubjpass") and g.lemma(tok) in g.conflict_state_nouns
                    and g.lemma(tok.head) not in g.conflict_onset_verbs):
                # "the war in Sudan has displaced millions": a state of conflict as the subject is the
                # setting the clause tells about, not an act (unless it breaks out or worsens)
                return None
            if g.lemma(tok) in g.relation_state_nouns and (
                    (tok.dep_ in ("nsubj", "nsubjpass") and g.lemma(tok.head) not in g.relation_growth_verbs)
                    or (_state_in_phrase(tok, g.relation_state_nouns, g) and tok.head.lower_ != "of")):
                # "China's cooperation with African states has created jobs", "signed a memorandum on
                # energy cooperation": a standing relation spoken of is a topic, not an act of the day
                # (unless the clause tells it grows: "cooperation was strengthened"; an "of" phrase
                # names what another act noun does to it: "the end of military cooperation with Mali")
                return None
            if _state_in_phrase(tok, g.conflict_state_nouns, g):
                # "despite the war with Russia", "amid the conflict between A and B", "families torn
                # apart by the war between Iran and Iraq": a state of conflict named in a phrase is the
                # background of the clause's news; CAMEO codes acts, and a war as setting is none
                return None
            if _failed_talks(tok, g):
                # "talks between A and B collapsed", "the truce expired": the clause tells what became
                # of the talks or truce (their breakdown, if a pattern codes it), not talks held
                return None
            if tok.dep_ == "nsubj" and g.lemma(tok.head) in g.characterising_verbs and any(
                    w.lemma_.lower() in self._event_nouns and w.dep_ in ("dobj", "attr", "pobj")
                    for c in dependents(tok.head) for w in (c, *dependents(c))):
                # "the army's killings amounted to genocide": the conduct is coded as what the finding
                # says it was (its complement), once
                return None
            if (tok.dep_ == "oprd" and g.lemma(tok.head) in g.naming_verbs) or (
                    tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.dep_ == "prep"
                    and g.lemma(tok.head.head) in g.naming_verbs | g.describing_verbs):
                # ("in what analysts described as a crackdown": the same with "as")
                # "citing what he called a threat to Serbs", "branded the raid an act of war": a
                # name given to something is the namer's view of it, no act of the namer's
                return None
            if tok.dep_ == "dobj" and g.lemma(tok.head) in g.escape_verbs and not _doer_named(tok, g):
                # "refugees fleeing the fighting": what people run from is the scene they leave, no
                # act of theirs, and its own doer goes unnamed
                return None
            clause = clause_verb(tok)
            if (clause is not None and tok.dep_ == "pobj" and tok.head.lower_ == "against"
                    and g.lemma(clause) in argument_words().defending_verbs):
                # "defended the law against criticism from X": the clause tells whom X's act was on
                clause_for_actors: Token | None = clause
            elif (
                clause is not None
                and clause.i in by_tok
                and clause.lemma_.lower() not in g.light_verbs
                # "stressed the identity of their views", "reiterated its condemnation of X": a verb
                # that voices a stance voices its object noun's act, its subject's own
                and not (tok.dep_ == "dobj" and tok.head.i == clause.i
                         and g.lemma(clause) in g.stance_voicing_verbs)
                and not _setting_of_meeting(tok, clause, by_tok[clause.i], g)
                and g.lemma(clause) not in g.receiving_verbs
                and not _stance_in_act(tok, clause, pat, g)
            ) or (clause is not None and pat.code[:2] in _NESTED_ROOTS and (
                    _inside_other_noun(tok, g) or _suffered_in(tok, clause, g))):
                # The governing verb is an event of its own ("criticised the sanctions"): the noun
                # gets only the actors written around it. So does a violent act that is only what
                # another noun is about ("citing the cost of the [war]", "a meeting on the [fighting]"):
                # its doers are those written around it, not the clause's subject. So is one the
                # clause's subject died or was hurt in ("civilians died in the fighting in Khartoum"):
                # the subject is its victim, never its doer.
                clause_for_actors = None
            elif (clause is not None and tok.dep_ == "pobj" and tok.head.head.i == clause.i
                  and tok.head.lower_ in g.earlier_act_markers and not prep_objects(tok, _WITH)):
                # "A and B stepped up cooperation after the attacks": an act set before the clause's is
                # another act, whose doers are those written around it, not the clause's subject (but
                # "speaking after a meeting with X", "withdrew after clashes with X": its other side)
                clause_for_actors = None
            else:
                clause_for_actors = clause
            sources, targets, conf = self._actors_of_noun(
                tok, clause_for_actors, index, of_target=not pat.reciprocal
            )
            if pat.code in g.mediation_codes and not targets and len(sources) >= 2 and prep_objects(
                    tok, g.between_preps):
                # "resume its mediation between Israel and Hamas": the sides a mediation is between are
                # whom the mediator acts towards (CAMEO 045), not its doers
                sources, targets = self._mediator(tok, clause_for_actors, index, sources), sources
            # "refused to condemn Russia's invasion": a noun with a doer of its own under a verb that is
            # an act of its own is that doer's event, not what the governing verb refused or pledged
            if clause_for_actors is None and clause is not None and sources:
                doers = {m.actor.code for m in self._sources_of_verb(clause, index)[0]}
                own_doer = not ({m.actor.code for m in sources} & doers)
            # "vowed to crush the protests": a doerless noun that another act of the clause is done to
            # is not what a pledge or threat over the clause governs; the verb's act (the crushing) is
            nested = (clause_for_actors is None and clause is not None and not sources
                      and clause.i in by_tok and tok.head.i == clause.i)
            if any(m.start <= tok.i < m.end for m in (*sources, *targets)):
                # "its peacekeeping force stepped up patrols", "the killing of protesters": a noun
                # that is the name of a party is that party, not an act of its own
                return None
            if not targets and sources and g.reaches_places(pat.code):
                # "Turkey's offensive in northern Syria", "conducted a raid in the West Bank"
                own = own_countries(sources, g)
                for h in [tok] if clause_for_actors is None else [tok, clause_for_actors]:
                    for p in prep_objects(h, g.location_preps):
                        targets.extend(m for m in actors_of(p, index, g) if m.actor.country not in own)
                    if targets:
                        break
            if (not targets and sources and pat.code.startswith(argument_words().civilian_site_roots)
                    and not pat.code.startswith("192") and not _background(tok, g)):
                # "an attack on a village in North Darfur", "launched air strikes on a market": the
                # people of the civilian site the act named by the noun hits, as for a verb (not in a
                # background phrase: "war crimes committed during air strikes on villages")
                for h in [tok] if clause_for_actors is None else [tok, clause_for_actors]:
                    targets = self._civilian_site(h, [], index, sources)
                    if targets:
                        break
            if not targets and sources and clause_for_actors is not None:
                # "launched air strikes to weaken Hamas": the carrying verb's purpose
                targets = self._purpose_targets(clause_for_actors, pat, sources, index)
            if not targets and sources and pat.code in g.destination_codes and visit_setting(tok, g):
                # "declined to endorse the plan during a visit by the Dutch minister": the visitor came to
                # whoever the clause the visit is the setting of is about
                hosts, _ = self._sources_of_verb(tok.head.head, index)
                own = own_countries(sources, g)
                targets = [m for m in hosts if m.actor.country not in own and m.actor.code not in own]
            if not targets and sources:
                # "teachers on strike over pay", "a curfew across the capital": a protest or a measure
                # on the population, named by a noun, implies its target as the verb does
                targets = implied_targets(tok, pat.code, sources, index, g)
        if not targets and sources and (pat.code in g.mediation_codes or (
                pat.code in g.convening_codes and pat.kind == "verb"
                and (is_passive(tok) or tok.dep_ in ("acl", "amod")))):
            # "talks hosted by Oman between A and B", "the talks between A and B were hosted by C":
            # who convenes the sides' talks receives each side (CAMEO 043), as a mediator mediates
            # between them
            targets = self._mediated(tok, index, sources)
            if targets and pat.code not in g.mediation_codes:
                # (the sides came to the talks, not necessarily to the host's country: no visit implied)
                rule = f"convened({rule})"
        if pat.kind == "verb" and len(each_member(sources, tok.doc, index)) >= 2 and each_other(tok):
            # "Armenia and Azerbaijan accused each other": the sides act on one another
            return [
                _Draft(
                    trigger=tok,
                    code=pat.code,
                    rule=pat.rule,
                    sources=sources,
                    targets=[],
                    notarget=False,
                    reciprocal=True,
                    modality=modality_of(tok, clause, g),
                    confidence=conf,
                    clause=clause,
                )
            ]
        # "A and B met" is reciprocal; "A and B hit the town" is not: a verb with an object is directed.
        reciprocal = pat.reciprocal and (joint or not (
            pat.kind == "verb"
            and g.lemma(tok) not in g.topic_object_verbs
            and any(
                c.dep_ in ("dobj", "nsubjpass") and (t.obj is None or c.i != t.obj.i)
                # "the treaty which A and B signed": the pronoun is the object the pattern met
                and not (t.obj is not None and t.obj.i == tok.head.i and c.lower_ in RELATIVE_PRONOUNS)
                # "A and B signed a minerals deal": the parser may split a compound object into two
                # objects; the modifier right before the pattern's own object is part of it
                and not _split_compound(c, t.obj)
                for c in dependents(tok)
            )
        ))
        if not reciprocal and not targets and pat.kind == "verb" and len(sources) >= 2 and any(
                c.dep_ == "nsubj" and c.pos_ == "NOUN" and prep_objects(c, g.between_preps)
                for c in dependents(tok)):
            # "talks between A and B collapsed": what befalls the sides' joint act befalls both
            reciprocal = True
        if (reciprocal and targets and pat.kind == "verb"
                and len(each_member(sources, tok.doc, index)) >= 2
                # each side its own phrase: "the Afghan Taliban" is one side, however many codes its
                # words resolve to
                and len({_phrase_head(m, tok.doc) for m in sources}) == len(sources)
                and not any(c.dep_ in ("dobj", "dative") for c in dependents(tok))):
            # "Taliban and Pakistani forces clashed at the Torkham crossing", "police and gunmen
            # clashed in northern Kosovo": co-subjects of a reciprocal act with no object act on one
            # another; a place they did it in is the setting, not a third side (that reading would
            # code one fight as each side's attack on the place)
            placed = {w.idx for w in tok.subtree if w.dep_ == "pobj" and w.head.lower_ in g.location_preps}
            placed = {w.idx for w in tok.subtree
                      if any(a.idx in placed for a in (w, *w.ancestors) if a.i != tok.i)}
            if all(m.start_char in placed for m in targets):
                targets = []
        topical = pat.kind == "verb" and g.lemma(tok) in g.topic_object_verbs
        if reciprocal and len(each_member(sources, tok.doc, index)) >= 2 and (t.obj is not None or topical):
            # "Armenia and Azerbaijan exchanged prisoners": the exchanged people are what passes
            # between the sides, not a third party
            inside = {w.idx for w in t.obj.subtree} if t.obj is not None else set()
            # ... but a party the act is held "with" is the third side the co-subjects face together
            # ("Seoul and Tokyo held talks with Washington")
            if t.obj is not None:
                inside -= {w.idx for o in prep_objects(t.obj, _WITH) if o.pos_ == "PROPN" for w in o.subtree}
            # "Putin and Erdogan discussed Syria": what co-subjects discuss is the topic between
            # them, not a third party (``topic_object_verbs``)
            if topical:
                inside |= {w.idx for c in dependents(tok) if c.dep_ == "dobj" for w in c.subtree}
            # ... nor are the people the act is about, which the parser may hang on the verb ("Paris and
            # Tehran signed an accord [on the release of detainees]")
            inside |= {w.idx for p in prep_objects(tok, g.topic_preps | g.topic_preps_of_info)
                       for w in p.subtree}
            targets = [m for m in targets if m.start_char not in inside]
        mod = modality_of(tok, clause, g)
        if pat.adjective and tok.dep_ == "acomp":
            # "is not critical of": the copula carries the auxiliaries and the negation
            mod = stronger(mod, modality_of(tok.head, tok.head, g))
        if code == "013" and pat.adjective and (mod == "negated" or any(
                c.dep_ == "neg" for h in (tok, tok.head) for c in dependents(h))):
            # "said he was not optimistic that Myanmar's junta would ...": optimism denied is a
            # pessimistic comment (CAMEO 012), asserted, not an optimistic one negated
            code, rule, mod = "012", f"unhopeful({rule})->012", "asserted"
        elif code == "013" and pat.kind == "verb" and t.obj is not None and any(
                c.dep_ in ("amod", "det") and g.lemma(c) in g.prospect_poor for c in dependents(t.obj)):
            # "voiced little hope for a deal with X", "expressed scant optimism": hope voiced as
            # small is pessimism (CAMEO 012)
            code, rule = "012", f"unhopeful({rule})->012"
        if (
            mod == "negated"
            and pat.kind == "noun"
            and tok.dep_ == "pobj"
            and tok.head.lower_ in g.location_preps
            and modality_of(tok, None, g) != "negated"
        ):
            # "failed to reach a deal at talks hosted by the EU": the talks took place; the
            # clause's negation is about the deal, not about the setting it happened in
            mod = "asserted"
        if pat.kind == "noun" and own_doer:
            mod = modality_of(tok, None, g)
        if pat.kind == "noun" and g.lemma(tok) in g.accord_state_nouns and tok.dep_ == "pobj" \
                and tok.head.lower_ == "in" and g.lemma(tok.head.head) == "be":
            # "Paris and Berlin are in (full) agreement on X": a shared view expressed (CAMEO 019),
            # no pact signed
            code, rule = g.accord_state_code, f"accord({rule})->{g.accord_state_code}"
        if code in g.home_meeting_codes and self._meets_at_home(tok, sources + targets, index):
            # "Macron met Xi in Beijing": a meeting in one side's own country is no third location
            code = g.home_meeting_codes[code]
            rule = f"home({rule})->{code}"
        exercise = t.obj if pat.kind == "verb" else tok
        drill = exercise is not None and g.lemma(exercise) in g.exercise_nouns and (
            code in g.solo_exercise_codes or code in g.joint_exercise_codes)
        apart = exercise is not None and _held_apart(exercise, g)
        if sources and all(m.actor.role in g.forceless_roles for m in sources) and (
                code.startswith(tuple(g.forceless_roots)) or drill):
            # "hospitals held emergency drills", "a company launched a satellite", "fishing boats
            # entered Indian waters": who commands no armed forces or police shows no force (CAMEO
            # 15) and holds no military exercise (062)
            return None
        if code in g.joint_exercise_codes and t.obj is not None and g.lemma(t.obj) in g.exercise_nouns \
                and not _held_apart(t.obj, g):
            partners = self._exercise_partners(tok, sources, index)
            if partners:
                # "U.S. and Philippine marines held live-fire drills", "held exercises with Belarusian
                # forces": an exercise of two states' forces together is military cooperation
                code = g.joint_exercise_codes[code]
                rule = f"joint({rule})->{code}"
                sources, targets, reciprocal, notarget = partners, [], True, False
        elif code in g.solo_exercise_codes and drill and not apart \
                and len(partners := self._exercise_partners(tok, sources, index)) >= 2:
            # "South Korea and the U.S. began joint drills near the border with North Korea": the
            # co-doers are the partners; the state a place phrase names is no side of the exercise
            sources, targets, reciprocal, notarget = partners, [], True, False
        elif code in g.solo_exercise_codes and sources and drill and exercise is not None \
                and self._solo_exercise(tok, exercise, apart, clause, sources, index):
            # "Russia held naval drills near Japan", "China staged war games around Taiwan": no
            # partner, so no cooperation; the one side's exercise shows force (150) at the state
            # it is held near, if one is named
            code = g.solo_exercise_codes[code]
            rule = f"solo({rule})->{code}"
            verb = clause if clause is not None else tok
            targets = self._place_targets(verb, t, index, own_countries(sources, g))
            reciprocal, notarget = False, not targets
        if code.startswith(argument_words().material_force_roots):
            sources = _armed_of_victims(sources, targets, tok, index, g)
        drafts = [
            _Draft(
                trigger=tok,
                code=code,
                rule=rule,
                sources=sources,
                targets=targets,
                notarget=notarget,
                reciprocal=reciprocal,
                modality=mod,
                confidence=conf,
                clause=clause,
                mutual=bool(targets) and self._mutual(t, clause, targets),
            )
        ]
        gov = (
            self._governor(clause)
            if clause is not None and not own_doer and not nested and not visit_setting(tok, g)
            and not _background(tok, g)
            else None
        )
        if (gov is None or gov[1].family is None) and clause is not None and \
                self._refusal(clause, pat, mod, tok):
            # "Hungary will not accept refugees": declining to cooperate is a rejection (12x), as
            # "refused to accept" is; the cooperative act itself stays, negated
            code = g.derived_code("12", pat.code)
            refusal = replace(
                drafts[0],
                code=code,
                rule=f"refusal({pat.rule})->{code}",
                modality="asserted",
                confidence=conf - 0.05,
            )
            # the refusal is the event; the act refused did not happen
            drafts[0].secondary = refusal
            drafts.append(refusal)
        if gov is not None:
            head, comp = gov
            if comp.object_control:
                # The embedded event's source is the governor's object, if it names an actor.
                objs = controllers(head, g)
                obj_actors = [m for o in objs for m in actors_of(o, index, g)]
                if clause is not None and clause.dep_ == "ccomp":
                    # "told reporters Japan should apologise": the press hears the appeal, it is
                    # neither who is asked nor who acts ("ordered newspapers to close" asks them)
                    obj_actors = [m for m in obj_actors if not _is_audience(m, g)]
                if obj_actors:
                    drafts[0].sources = obj_actors
            if comp.family is not None:
                inner = pat.code
                if comp.family == "03" and g.lemma(tok) in g.reprisal_acts:
                    # "is ready to retaliate against X": a reprisal the actor says it will make is a
                    # threat (130) whatever its own pattern codes, so its intent is the threat
                    inner = "130"
                elif inner in g.stopped_act_codes and stopping_head(tok, g) is not None:
                    # "demanded that Washington end joint drills with Seoul": what is asked is the
                    # ending of the cooperation (16x), not the cooperation itself
                    inner = g.stopped_act_codes[inner]
                code = g.derived_code(comp.family, inner, forceful=not ended_act(tok, g))
                grule = f"complement:{head.lemma_.lower()}({pat.rule})->{code}"
                declined = comp.family == "03" and "03" <= inner[:2] <= "08" and \
                    g.lemma(head) not in g.joint_complements and (
                        _denied(tok) or (head.pos_ == "ADJ" and (
                            _denied(head) or head.dep_ == "acomp" and _denied(head.head))))
                if declined:
                    # "vowed never to give up its nuclear arsenal", "pledged not to extradite",
                    # "is not ready to release the hostages": an intent not to cooperate or yield is
                    # a refusal (12x), as "unwilling to" and "refused to" are, not a pledge
                    code = g.derived_code("12", inner)
                    grule = f"refusal:{head.lemma_.lower()}({pat.rule})->{code}"
                phrase = self._phrase_pattern(head, tok, by_tok)
                if phrase is not None:
                    code, grule = phrase.code, phrase.rule
                gsrc, _ = self._sources_of_verb(head, index)
                if not gsrc and head.pos_ == "NOUN":
                    # "repeated its demand that X lift ...": a demand noun is its author's
                    gsrc = self._noun_author(head, index)
                if comp.object_control and phrase is None:
                    code, grule = (self._expelled(head, pat, gsrc, index)
                                   or self._closed_by_order(head, pat, gsrc, index) or (code, grule))
                if comp.object_control:
                    # "called for Iran to release ...": the clause's own subject is who is asked
                    told = clause is not None and clause.dep_ == "ccomp"
                    addressed = [m for o in controllers(head, g) for m in actors_of(o, index, g)
                                 if not (told and _is_audience(m, g))]
                    noun_clause = clause is not None and clause.dep_ == "acl" and head.pos_ == "NOUN"
                    if not addressed and clause is not None and (
                            clause.dep_ in ("advcl", "ccomp") or noun_clause):
                        # "demanded on Friday that Russia withdraw": a controller that names no
                        # actor ("on Friday") leaves the clause's own subject as who is asked (so does
                        # a demand noun's "that" clause: "its demand that Russia withdraw")
                        subjects = [c for c in dependents(clause) if c.dep_ == "nsubj"]
                        addressed = [m for o in subjects for m in actors_of(o, index, g)]
                    gtgt = addressed or targets
                else:
                    gtgt = targets
                    answerer = head.head
                    if (head.pos_ == "NOUN" and head.dep_ == "dobj" and answerer.i in by_tok
                            and by_tok[answerer.i].pattern.code.startswith(argument_words().reaction_roots)):
                        # "Ethiopia turned down an offer by Kenya to mediate in its dispute with
                        # Eritrea": a pledge or offer another party answers was made to that party
                        answering = [m for m in self._sources_of_verb(answerer, index)[0]
                                     if m.actor.code not in {s.actor.code for s in gsrc}]
                        gtgt = answering or gtgt
                # a refusal is stated, whatever negation made the cooperative intent one
                gmod = "asserted" if declined else modality_of(head, head, g)
                if (comp.object_control and phrase is None and g.lemma(head) in g.commanding_verbs
                        and _commands_own(gsrc, gtgt, drafts[0].targets, g)):
                    # "ordered the navy to free the Indian fishermen": the state frees them
                    drafts[0].sources, drafts[0].modality = gsrc, gmod
                    drafts[0].rule = f"command:{head.lemma_.lower()}({pat.rule})"
                    return drafts
                governing = _Draft(
                    trigger=head,
                    code=code,
                    rule=grule,
                    sources=gsrc,
                    targets=gtgt,
                    # "agreed to resign": an act with no target makes an intent with none
                    notarget=code[:2] in ("01",) or (pat.notarget and not comp.object_control),
                    # "A and B urged both sides to talk": co-subjects of an appeal do not appeal
                    # to each other, although the talks they ask for are reciprocal.
                    # "Spain and Portugal agreed to share intelligence": what co-subjects agree
                    # to do together is an agreement between them, whatever the act
                    reciprocal=(reciprocal or g.lemma(head) in g.joint_complements)
                    and not gtgt and not comp.object_control,
                    modality=gmod,
                    confidence=0.85,
                    clause=head,
                )
                # "agreed to release X" is one event, the agreement: the release has not happened
                drafts[0].secondary = governing
                drafts.append(governing)
                if comp.object_control and comp.family == "02" and any(
                        m.actor.role in _STATE_ROLES for m in gtgt):
                    # "asked the government to halt arms sales": an act a state is asked to do is
                    # only asked for; if the appeal itself codes nothing, the act does not either
                    # (a call on people to rally or strike is mobilisation, and stays their act)
                    drafts.pop(0)
        return drafts

    def _closed_by_order(
        self, head: Token, inner: Pattern, sources: list[MentionLike], index: MentionIndexLike
    ) -> tuple[str, str] | None:
        """``(code, rule)`` of an order that makes a party shut itself ("ordered the newspapers to
        suspend publication"): the orderer imposes the restriction on it."""
        g = self.g
        if g.lemma(head) not in g.expelling_verbs or inner.code not in g.ordered_closure_codes:
            return None
        parties = [m for o in controllers(head, g) for m in actors_of(o, index, g)]
        own = {m.actor.country for m in sources if m.actor.country}
        # "ordered the police to close the offices": the orderer's own organs do the closing, and
        # their order is no restriction on them
        if not parties or not sources or any(
                m.actor.role in g.state_roles and (m.actor.country in own or not m.actor.country)
                for m in parties):
            return None
        return inner.code, f"closure:{head.lemma_.lower()}({inner.rule})->{inner.code}"

    def _expelled(
        self, head: Token, inner: Pattern, sources: list[MentionLike], index: MentionIndexLike
    ) -> tuple[str, str] | None:
        """``(code, rule)`` of an order that makes a foreign party leave ("Mali ordered the French
        ambassador to leave the country"): the orderer expels it. An order to the orderer's own
        side ("ordered its troops to withdraw") is no expulsion."""
        ordered = controllers(head, self.g)
        expel = self._expulsion(inner, ordered) if self.g.lemma(head) in self.g.expelling_verbs else None
        if expel is None:
            return None
        parties = [m for o in ordered for m in actors_of(o, index, self.g)]
        own = {m.actor.country or m.actor.code for m in sources}
        if not parties or any((m.actor.country or m.actor.code) in own for m in parties):
            return None
        return expel.code, f"expulsion:{head.lemma_.lower()}({inner.rule})->{expel.code}"


def permitted_act(verb: Token, g: Grammar) -> tuple[Token, Token, str] | None:
    """The act a permission verb lets a party do ("allow the AU to [send] observers"), that party (the
    act's subject, else the permission's object), and the 086x code the grammar gives the act
    (``permitted_act_verbs`` by its verb first, "inspect" 0862; else ``permitted_act_objects`` by its
    object, "send observers" 0862); None when the act is no kind of international involvement."""
    objs = [c for c in dependents(verb) if c.dep_ in ("dobj", "nsubjpass")]
    for act in dependents(verb):
        if act.dep_ not in ("xcomp", "ccomp") or act.pos_ != "VERB":
            continue
        doers = [c for c in dependents(act) if c.dep_ == "nsubj"] or objs
        if not doers:
            continue
        # an act named by its verb ("inspect", "visit the detained soldiers") is that act whatever its
        # object; a verb of sending or carrying on ("send", "deploy", "resume") is told by its object
        code = next((k for k, v in g.permitted_act_verbs.items() if g.lemma(act) in v), None)
        for o in dependents(act) if code is None else ():
            if o.dep_ != "dobj":
                continue
            words = {g.lemma(w) for w in (o, *(c for c in dependents(o) if c.dep_ == "compound"))}
            code = next((k for k, v in g.permitted_act_objects.items() if not words.isdisjoint(v)), None)
            if code is not None:
                break
        if code is not None:
            return act, doers[0], code
    return None


def _held_apart(exercise: Token, g: Grammar) -> bool:
    """Each side holds the exercise on its own ("rival exercises", "separate drills")."""
    return any(c.lower_ in g.exercise_apart_modifiers for c in dependents(exercise))


def _denied(tok: Token) -> bool:
    """``tok`` carries its own negation ("not to extradite", "never to give up", "is not ready")."""
    return any(negates(c) for c in dependents(tok))


def _described(t: Trigger, trig_at: set[int], g: Grammar) -> bool:
    """``t`` is a cooperation event noun that is the subject of a predicate of state or amount
    ("[aid] to Ukraine has become a divisive issue", "[loans] to Zambia have grown"), whose verb is
    no trigger of its own: the sentence describes an arrangement, it reports no act."""
    tok = t.token
    if t.pattern.kind != "noun" or t.pattern.code[:2] not in g.cooperation_roots:
        return False
    if _standing_relation(t, trig_at, g):
        return True
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i == tok.i or tok.head.i in trig_at:
        return False
    verb = tok.head
    lemma = g.lemma(verb)
    if lemma in g.state_predicates:
        return True
    # "the treaty between Egypt and Israel has held since 1979", "the pact expires in 2027": a pact
    # that lasts or runs out is a standing arrangement, not one signed in the news
    if tok.dep_ == "nsubj" and lemma in g.lasting_predicates and not any(
        c.dep_ == "dobj" for c in dependents(verb)
    ):
        return True
    # an adjective of modality ("talks are unlikely this week", "a deal is expected") says whether the
    # act happens, which the modality reading marks; it describes no standing arrangement
    modal = g.negated_adjectives | g.hypothetical_adjectives | g.planned_adjectives
    return lemma in g.copula_predicates and any(
        c.dep_ == "attr" or (c.dep_ == "acomp" and g.lemma(c) not in modal and c.lower_ not in modal)
        for c in dependents(verb)
    )


def _standing_relation(t: Trigger, trig_at: set[int], g: Grammar) -> bool:
    """``t`` is a noun of diplomatic cooperation (grammar ``relation_holding_roots``) named as a state
    the parties are in, not an act of the day: the object of a verb of having ("India and Japan have an
    agreement", "the two countries enjoy a strategic partnership"), the frame a clause acts under
    ("under the 2020 peace agreement, peacekeepers patrol ..."), or dated to a year ("the 2015 nuclear
    deal"). CAMEO 05x codes the act of signing or forming it, which a verb of its own reports."""
    if t.pattern.code[:2] not in g.relation_holding_roots:
        return False
    tok = t.token
    if any(c.dep_ in ("nummod", "compound", "amod", "npadvmod") and _is_year(c) for c in dependents(tok)):
        return True
    cur = first_conjunct(tok)
    head = cur.head
    if cur.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in g.frame_preps:
        return True
    return (cur.dep_ == "dobj" and head.i not in trig_at and head.pos_ in ("VERB", "AUX")
            and g.lemma(head) in g.holding_verbs)


def _is_year(tok: Token) -> bool:
    """``tok`` is a four-digit year (1900-2099)."""
    text = tok.text
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def _thing_yielded(t: Trigger, index: MentionIndexLike, g: Grammar) -> bool:
    """``t`` is a bare pattern of a yield code about forces (``actor_object_codes``) whose direct
    object names no actor: "withdrew its bid" is no withdrawal of forces."""
    pat = t.pattern
    if pat.kind != "verb" or pat.objects or g.lemma(t.token) not in g.actor_object_codes.get(pat.code, ()):
        return False
    objs = [c for c in dependents(t.token) if c.dep_ == "dobj"]
    return bool(objs) and all(o.pos_ == "NOUN" and not _names_people(o, index) for o in objs)


def _names_people(obj: Token, index: MentionIndexLike) -> bool:
    """The noun phrase ``obj`` names an actor: an actor word in it other than in its prepositional
    phrases or its owner ("its last troops", not "[its] bid [for the port operator]"), or a person
    or group entity."""
    if obj.ent_type_ in _PEOPLE_ENTS:
        return True
    inner = {t.i for c in dependents(obj) if c.dep_ in ("prep", "poss") for t in c.subtree}
    return any(index.at(t.i) is not None for t in obj.subtree if t.i not in inner)


# named-entity types of a direct object that stands for people ("freed three Americans")
_PEOPLE_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def _regarded(verb: Token, g: Grammar) -> bool:
    """``verb`` is a verb of regarding with a predicate on its object ("considered the vote a sham",
    "a venue it considered neutral"): a small clause, with no verb of its own, says what it holds."""
    if g.lemma(verb) not in g.regard_verbs:
        return False
    for c in dependents(verb):
        if c.dep_ == "oprd":
            return True
        if c.dep_ == "ccomp" and c.tag_ not in _CLAUSE_TAGS and not any(
            k.dep_ in ("aux", "auxpass", "mark", "cop") for k in dependents(c)
        ):
            return True
    return False


# verb tags that head a clause of its own ("considered [whether to] ...", "considered that X was ...")
_CLAUSE_TAGS = frozenset({"VB", "VBD", "VBG", "VBP", "VBZ", "MD"})


def _armed_of_victims(
    sources: list[MentionLike], targets: Sequence[MentionLike], tok: Token, index: MentionIndexLike,
    g: Grammar,
) -> list[MentionLike]:
    """Bare armed men of no country ("jihadists", "gunmen", "militants") who use force on one state's own
    forces or bodies, in a sentence set in no other country, are that state's armed opposition or armed
    band: "twenty Malian soldiers were killed by jihadists near the border with Niger" -> MLIREB (CAMEO
    codes rebels by the state they fight; a border's other side is no setting). Not for people or troops of
    a state abroad ("killed two Chinese engineers in Pakistan", "attacked a French base in Mali"): armed
    men of no country are the country's where they act, which such a sentence names otherwise."""
    if not sources or not targets:
        return sources
    if not all(m.actor.country is None and m.actor.role in g.victim_country_roles
               and m.actor.code == m.actor.role and not getattr(m, "members", ()) for m in sources):
        return sources
    countries = {m.actor.country for m in targets}
    if len(countries) != 1 or None in countries:
        return sources
    if not all(m.actor.role in g.state_roles for m in targets):
        # civilians or workers may be foreigners where the violence is ("two Chinese engineers", read as
        # China itself when the noun is unknown)
        return sources
    c = next(iter(countries))
    assert c is not None
    words = target_words()
    for w in tokens_of(tok.sent):
        m = index.at(w.i)
        if m is None or m.actor.country in (None, c):
            continue
        # the phrase's own head ("Faso" of "Burkina Faso") says whether it is a border's side
        if (m.start <= w.head.i < m.end and w.head.i != w.i) or boundary_side(w, words):
            continue
        return sources  # "killed two US soldiers in eastern Afghanistan": another country is named
    return [Localised(m.start, m.end, m.start_char, m.end_char, m.text,
                      replace(m.actor, code=country_prefix(c) + m.actor.code, country=c,
                              name=f"{m.actor.name} ({c})"))
            for m in sources]


def _country_of(m: MentionLike) -> str:
    return m.actor.country or m.actor.code


def _visit_told(code: str, guests: Sequence[MentionLike], hosts: Sequence[MentionLike],
                drafts: Sequence[_Draft]) -> bool:
    """A visit draft (``code``) by one of ``guests`` to the country of ``hosts`` is already in the
    sentence: CAMEO codes one act once, however many words tell it."""
    by = {_country_of(m) for m in guests}
    to = {_country_of(m) for m in hosts}
    # a verb of its own ("arrived in Dushanbe and was welcomed"); a noun ("after his arrival", "in
    # the first visit to Russia by X") may yet turn out the hosting's setting and be dropped
    return any(
        o.code == code and o.secondary is None and o.modality != "negated"
        and o.trigger.pos_ in ("VERB", "AUX")
        and any(_country_of(m) in by for m in o.sources) and any(_country_of(m) in to for m in o.targets)
        for o in drafts
    )


def _inside_clause_of(m: MentionLike, tok: Token, t: Trigger) -> bool:
    """The mention lies inside a "that" clause on the attitude word ``tok`` or its object."""
    heads = [tok, *([t.obj] if t.obj is not None else [])]
    return any(c.left_edge.i <= m.start and m.end - 1 <= c.right_edge.i
               for h in heads for c in dependents(h) if c.dep_ in ("ccomp", "acl"))


def _premodifier_parties(noun: Token, index: MentionIndexLike) -> list[MentionLike]:
    """The actors named before a noun in its own phrase: a hyphen pair ("the India-China deal"), an
    adjective pair ("the Sino-Indian accord"), a possessive coordination ("India and China's
    agreement", which the parser may read as "India and (China's agreement)", the noun a conjunct)."""
    lo = noun.left_edge.i
    if noun.dep_ == "conj" and noun.head.i < noun.i and any(c.dep_ == "poss" for c in dependents(noun)):
        lo = min(lo, noun.head.left_edge.i)
    found: list[MentionLike] = []
    for i in range(lo, noun.i):
        m = index.at(i)
        if m is not None and all(m is not x for x in found):
            found.append(m)
    return found


def _joint_noun(verb: Token, pat: Pattern, by_tok: dict[int, Trigger], g: Grammar) -> Token | None:
    """The noun of a joint act a verb pattern with no object words ("ratify") is told of in the
    passive: its passive subject, a conjunct of it ("Peru and Bolivia's agreement was ratified", read
    as "Peru and (Bolivia's agreement)") or the noun a participle is on, when that noun is itself a
    trigger of the same act."""
    heads = [c for c in dependents(verb) if c.dep_ == "nsubjpass"]
    if verb.dep_ in ("acl", "relcl"):
        # "the agreement signed in Doha", "the agreement ..., which was signed on Monday"
        h = verb.head
        heads.append(h)
        # the parser may hang the relative clause on the last side named ("the agreement between
        # Israel and Hamas, which was signed ..."): the noun that side's "between" is on
        h = first_conjunct(h)
        if h.dep_ == "pobj" and h.head.lower_ in g.between_preps:
            heads.append(h.head.head)
    for h in heads:
        for n in (h, *conjuncts(h)):
            t = by_tok.get(n.i)
            if t is not None and t.pattern.kind == "noun" and t.pattern.code == pat.code:
                return n
    return None


def _paired_subject(verb: Token, g: Grammar) -> bool:
    """The verb's subject only counts the two sides ("the two countries", "both sides", "the two
    leaders"; ``pair_nouns`` with ``pair_counts``), naming neither."""
    return any(s.dep_ == "nsubj" and s.lower_ in g.pair_nouns
               and any(c.dep_ in ("nummod", "det", "predet") and c.lower_ in g.pair_counts
                       for c in dependents(s))
               for s in dependents(verb))


def _unagented(verb: Token) -> bool:
    """A passive verb or participle with no "by" agent ("the deal was signed", "a truce reached
    between A and B"): who did the act is left to its object's words."""
    if not (is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN")):
        return False
    return not any(c.dep_ == "agent" for c in dependents(verb))


def _hoped_counterparts(drafts: list[_Draft], g: Grammar) -> None:
    """An attitude with no target takes the counterpart of the doerless joint act its clause hopes
    or fears for ("was hopeful a settlement with Bolivia could be reached"); the parser may hang that
    clause on the attitude, its copula or the speech verb reporting both."""
    for d in drafts:
        if d.targets or d.code not in g.attitude_codes or not d.sources:
            continue
        tok = d.trigger
        heads = {tok.i, tok.head.i}
        if tok.head.dep_ == "ccomp":
            heads.add(tok.head.head.i)
        own = side_of(d.sources)
        for o in drafts:
            act = o.trigger
            # a joint act with the speaker's own side as its doer is hoped for just as a doerless one
            # ("optimistic that her government would reach an agreement with Washington")
            if (o is d or any(not on_side(m, own) for m in o.sources) or not o.targets
                    or not o.reciprocal or act.i <= tok.i
                    or act.dep_ != "ccomp" or act.head.i not in heads):
                continue
            found = [m for m in o.targets if not on_side(m, own)]
            if found:
                d.targets = found
                break


def _mediated_for(drafts: list[_Draft], g: Grammar) -> None:
    """A mediation named as the object of another party's act ("credited Qatari mediation for the
    truce", "welcomed Egypt's mediation") is mediation for that party."""
    for d in drafts:
        tok = d.trigger
        if d.targets or d.code not in g.mediation_codes or not d.sources or tok.pos_ != "NOUN":
            continue
        verb = tok.head
        if tok.dep_ != "dobj" or verb.pos_ != "VERB":
            continue
        own = {m.actor.country or m.actor.code for m in d.sources}
        for o in drafts:
            if o is d or o.trigger.i != verb.i or not o.sources:
                continue
            if all((m.actor.country or m.actor.code) not in own for m in o.sources):
                d.targets = list(o.sources)
                break


def _mediated_talks(drafts: list[_Draft], g: Grammar) -> None:
    """Talks told with no parties in a sentence that names a mediation between two sides ("Qatar,
    which has mediated between Israel and Hamas, said talks would resume") are those sides' talks."""
    for d in drafts:
        if (d.sources or d.targets or not d.reciprocal or d.code[:2] != "04"
                or d.trigger.pos_ not in ("NOUN", "PROPN")):
            continue
        if d.trigger.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            # only talks the sentence tells something of ("talks would resume"), not talks named in
            # passing ("people familiar with the talks"): the mediation already says they talk
            continue
        for m in drafts:
            if m is d or m.code not in g.mediation_codes or not m.sources or m.secondary is not None:
                continue
            sides = distinct_parties(m.targets)
            if len(sides) >= 2 and all(s.actor.code != x.actor.code for s in sides for x in m.sources):
                d.sources = list(sides)
                break


def _received_gifts(drafts: list[_Draft], g: Grammar) -> None:
    """Aid a receiving verb's own pattern names ("Ukraine received F-16 jets from Denmark"): the one
    it came from gives it to the subject (CAMEO codes the giver's act), so the parties turn round."""
    for d in drafts:
        if (d.trigger.pos_ == "VERB" and d.code[:2] in g.received_roots and d.secondary is None
                and not d.reciprocal and d.targets and d.sources
                and g.lemma(d.trigger) in g.receiving_verbs and not is_passive(d.trigger)):
            d.sources, d.targets = d.targets, d.sources


def _reported_offers(drafts: list[_Draft], g: Grammar) -> None:
    """An intent with no target, reported by a speech verb joined to the speaker's act towards
    someone ("sent condolences to Nepal and said India stood ready to help"), is aimed at whom
    that act was."""
    for d in drafts:
        if d.targets or d.notarget or d.code[:2] != "03" or not d.sources:
            continue
        head = d.trigger
        for _ in range(3):
            if head.dep_ == "ccomp" and g.lemma(head.head) in g.speech_verbs:
                break
            head = head.head
        else:
            continue
        said = head.head
        if said.dep_ != "conj":
            continue
        own = {m.actor.country or m.actor.code for m in d.sources}
        for o in drafts:
            if (o.trigger.i == said.head.i and o.targets and o.secondary is None and not o.reciprocal
                    and {m.actor.country or m.actor.code for m in o.sources} <= own):
                d.targets = [m for m in o.targets if (m.actor.country or m.actor.code) not in own]
                break


def _struck(noun: Token, g: Grammar) -> list[Token]:
    """The objects of a relative clause on an act noun that say whom the act hit ("the raid that
    targeted a camp"); none for other clauses ("the plan that favours X")."""
    return [o for c in dependents(noun) if c.dep_ in ("relcl", "acl") and c.i > noun.i
            and g.lemma(c) in g.struck_verbs for o in dependents(c) if o.dep_ == "dobj"]


def _commands_own(
    sources: list[MentionLike], ordered: list[MentionLike], targets: list[MentionLike], g: Grammar
) -> bool:
    """The orderer's own state organs are told to act on a party of another country."""
    own = {m.actor.country for m in sources if m.actor.country}
    return (bool(own) and bool(ordered) and bool(targets)
            and all(m.actor.country in own and m.actor.role in g.state_roles for m in ordered)
            and all(m.actor.country is not None and m.actor.country not in own for m in targets))


def _phrase_head(m: MentionLike, doc: Doc) -> int:
    """The noun a mention's words modify ("Afghan" and "Taliban" in "the Afghan Taliban" both give
    "Taliban"): mentions with one phrase head name one party."""
    tok = doc[m.end - 1]
    return tok.head.i if tok.dep_ in ("amod", "compound", "nmod") else tok.i


def _split_compound(obj: Token, head: Token | None) -> bool:
    """``obj`` is a noun the parser made a second object of the verb though it modifies the next one,
    the pattern's own object ("signed a minerals deal" parsed as two objects, "minerals" and "deal")."""
    return (head is not None and obj.i + 1 == head.i and obj.dep_ == head.dep_ == "dobj"
            and obj.pos_ in ("NOUN", "PROPN") and obj.head.i == head.head.i)


def _mutual_yield(tok: Token, g: Grammar) -> bool:
    """The trigger is a de-escalation verb co-subjects do toward each other (``mutual_yields``)."""
    lemma = g.lemma(tok)
    if lemma in g.mutual_yields:
        return True
    # "pulled back": the parser hangs "back" as a particle or an adverb
    return any(c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in g.mutual_yields
               for c in dependents(tok))


def _intent_verb(tok: Token, g: Grammar) -> bool:
    """``tok`` is a verb that states its subject's own intent to do what its infinitive says
    ("agree", "offer", "promise"), not one that asks someone else to."""
    comp = g.complements.get(g.lemma(tok))
    # the rare word before the part of speech, which is dear to read
    return comp is not None and comp.family == "03" and not comp.object_control and tok.pos_ == "VERB"


def _within_sides(d: _Draft) -> bool:
    """``d`` has co-subjects of two countries or more and every target belongs to one of them
    (and is none of them)."""
    sides = {m.actor.country for m in d.sources if m.actor.country}
    named = {m.actor.code for m in d.sources}
    return len(sides) >= 2 and all(
        m.actor.country in sides and m.actor.code not in named for m in d.targets
    )


def _shared_addressees(drafts: list[_Draft], g: Grammar) -> None:
    """A targetless verb joined to a contact ("spoke with X and urged restraint", "met X and
    pledged support") is addressed to the contact's party, when its subject is the contact's."""
    for d in drafts:
        if d.targets or d.notarget or d.trigger.dep_ != "conj" or d.code[:2] not in g.addressed_roots:
            continue
        first = d.trigger.head
        donor = next(
            (o for o in drafts if o.trigger.i == first.i and o.targets and o.code[:2] in g.contact_roots
             and o.secondary is None and {m.start for m in o.sources} == {m.start for m in d.sources}),
            None,
        )
        if donor is not None:
            d.targets = list(donor.targets)


def _same_act_participles(drafts: list[_Draft], g: Grammar) -> None:
    """A comma-set participle with its governing verb's code and subject says whom that act is aimed
    at ("denied that it had sold arms to X, dismissing Britain's allegations"): one act, aimed where
    the participle's own object points. A participle of result ("..., killing six") names victims,
    not the act's target."""
    for d in drafts:
        tok = d.trigger
        if (not d.targets or tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i == 0
                or tok.doc[tok.i - 1].text != "," or g.lemma(tok) in g.result_verbs):
            continue
        head = tok.head
        while head.dep_ in ("ccomp", "xcomp") and head.head.i != head.i and head.head.i < head.i:
            head = head.head  # the parser may hang it inside the governing verb's own clause
        if any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in dependents(tok)):
            # "freed the crew, handing them over to Oman": how the release was done, part of it; so
            # is what a court's verdict does to those it judges ("upheld the ban, removing him")
            done = next((o for o in drafts if o is not d and o.trigger.i == head.i and o.secondary is None
                         and (o.code[:2] in g.handover_roots
                              or (o.code == g.verdict_code and all(m.actor.role == "JUD" for m in o.sources)))
                         and {m.actor.code for m in o.sources} == {m.actor.code for m in d.sources}), None)
            if done is not None:
                d.secondary = done
                continue
        for o in drafts:
            # the governing act may be named by its verb's object ("delivered humanitarian aid to
            # Myanmar, sending tents and medicine": the aid noun is the act the participle details)
            named = o.trigger.i == head.i or (o.trigger.dep_ == "dobj" and o.trigger.head.i == head.i
                                               and o.trigger.pos_ == "NOUN")
            if (o is not d and named and o.code == d.code and o.secondary is None
                    and {m.actor.code for m in o.sources} == {m.actor.code for m in d.sources}):
                if o.targets and all(m.actor.country for m in o.targets) and not all(
                        m.actor.country for m in d.targets):
                    # "..., sending tents to quake victims": the people reached are the country's
                    # own, already named as the act's target; the participle is part of that act
                    d.secondary = o
                else:
                    o.targets = list(d.targets)


def _failed_talks(tok: Token, g: Grammar) -> bool:
    """``tok`` is a negotiation or truce noun (grammar ``lapsed_act_nouns``) said to have failed or lapsed:
    the subject of a verb of failure ("the talks collapsed", "after negotiations broke down", "the truce
    expired") or carrying such a participle ("the stalled talks", "deadlocked negotiations"); see
    ``lapse_verbs``."""
    if g.lemma(tok) not in g.lapsed_act_nouns:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and g.lemma(tok.head) in g.lapse_verbs:
        return True
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in g.lapse_verbs
               for c in dependents(tok))


# CAMEO roots of violence (assault, fight, mass violence) whose nouns borrow no actors from the clause
# when they sit in another noun's phrase (:func:`_inside_other_noun`)
_NESTED_ROOTS = frozenset({"18", "19", "20"})


def _inside_other_noun(tok: Token, g: Grammar) -> bool:
    """The event noun ``tok`` is the object of a preposition on another noun that is neither an amount
    nor a carrier of the acts it holds (grammar ``violence_carrier_nouns``): "the cost of the war",
    "a meeting on the fighting", "the anniversary of the invasion"; not "a wave of strikes", "a campaign
    of air strikes"."""
    cur = first_conjunct(tok)
    if cur.dep_ != "pobj" or cur.head.dep_ != "prep" or cur.head.lower_ in g.background_preps:
        # ("rescued 42 hostages, most of them women, after a gun battle with ...": a phrase of time
        # tells when the clause's act was done, wherever the parser hangs it)
        return False
    owner = cur.head.head
    if owner.pos_ not in ("NOUN", "PROPN"):
        return False
    words = {g.lemma(owner), owner.lower_}
    return words.isdisjoint(g.amount_words) and words.isdisjoint(g.violence_carrier_nouns)


def _state_in_phrase(tok: Token, nouns: frozenset[str], g: Grammar) -> bool:
    """``tok`` is a noun of a standing state (one of ``nouns``: grammar ``conflict_state_nouns`` or
    ``relation_state_nouns``) that is the object of a preposition, other than one a clause enters the
    state by (grammar ``conflict_entry_preps``: "went to war", "drawn into the conflict"): "despite the
    war with Russia", "amid the war between A and B", "the shadow of the conflict between X and Y",
    "talks on security cooperation"."""
    if g.lemma(tok) not in nouns:
        return False
    cur = first_conjunct(tok)
    # ("by" of a passive is the parser's "agent")
    return (cur.dep_ == "pobj" and cur.head.dep_ in ("prep", "agent")
            and cur.head.lower_ not in g.conflict_entry_preps)


def _suffered_in(tok: Token, clause: Token, g: Grammar) -> bool:
    """The event noun ``tok`` is in a phrase on a verb of dying or being hurt (grammar ``casualty_verbs``),
    directly or through a time or setting word ("died in the fighting", "were wounded during clashes")."""
    cur = first_conjunct(tok)
    return (cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.i == clause.i
            and g.lemma(clause) in g.casualty_verbs)


def _background(tok: Token, g: Grammar) -> bool:
    """``tok`` is an event noun in a background phrase of its clause ("despite their disputes", "after
    weeks of protests"), which the clause's control verb does not govern."""
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.dep_ == "pobj"
        and tok.head.dep_ == "prep"
        and tok.head.lower_ in g.background_preps
    )


def _bare_report(d: _Draft, drafts: list[_Draft], g: Grammar) -> bool:
    """``d`` is a plain statement (010) whose words report another draft's act with its parties ("told
    parliament [the army had shelled X]", "[X shelled Y], the minister told parliament"): the act
    is the event; the telling adds nothing CAMEO codes."""
    if d.code != "010" or d.secondary is not None or not d.targets:
        # a statement to no one is kept for the 'untargeted_statements' setting to decide on
        return False
    if g.lemma(d.trigger) not in g.speech_verbs:
        return False
    verb = d.trigger
    fronted = verb.head if verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i else None
    if verb.dep_ == "conj" and not any(c.dep_ == "cc" and c.i < verb.i for c in dependents(verb.head)):
        # the parser joins "X shelled Y, the minister told parliament" as a list with no "and"
        fronted = verb.head
    if (fronted is not None or any(c.dep_ == "ccomp" for c in dependents(verb))) and _told_only(d, verb):
        # "told parliament [his country had no intention of ...]": whom a report is told to is its
        # audience; what is told is the news, coded where it is an act, and the telling is no event
        # (a statement about someone, "said the U.S. was responsible", stays theirs)
        return True
    for o in drafts:
        if o is d or o.code[:2] == "01" or o.secondary is not None or not o.targets:
            continue
        if _governed_by(o.trigger, verb) or (
            fronted is not None and (o.trigger.i == fronted.i or _governed_by(o.trigger, fronted))
        ):
            return True
    return False


def _speech_vehicle(noun: Token, g: Grammar) -> bool:
    """The noun is the object of a place preposition on a verb ("[said] in a statement", "[warned]
    ..., in remarks broadcast on TV"): what the verb's clause was said in."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in g.location_preps
        and prep.head.pos_ in ("VERB", "AUX")
    )


def _told_only(d: _Draft, verb: Token) -> bool:
    """Every target of the statement ``d`` is the speech verb's addressee of the speaker's own country
    ("the minister told parliament"); telling another side ("Trump told Moon that ...") is a statement
    to it."""
    spans = [(w.left_edge.idx, w.right_edge.idx + len(w.right_edge)) for w in dependents(verb)
             if w.dep_ in ("dobj", "dative")]
    own = {m.actor.country for m in d.sources if m.actor.country}
    # speaker and addressee both named by role alone ("the prime minister told parliament", "the
    # finance minister told lawmakers") are of one unnamed country: a domestic audience too
    unnamed = bool(d.sources) and not own
    return bool(spans and (own or unnamed)) and all(
        any(a <= m.start_char < b for a, b in spans)
        and (m.actor.country in own if own else m.actor.country is None)
        for m in d.targets
    )


def _doer_named(noun: Token, g: Grammar) -> bool:
    """The event noun names its doer: by possessive or "by" phrase, or a capitalised modifier
    ("Russian shelling", "Houthi attacks")."""
    return names_own_doer(noun, g) or any(
        c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in dependents(noun)
    )


def _owner_modifiers(noun: Token, g: Grammar) -> list[Token]:
    """The modifiers of an answered event noun that name who put it forward: a nationality or an
    organisation ("rejected a [UN] proposal", "dismissed [Russian] accusations"), as a possessive
    would ("the UN's proposal"), or the name fused to a participle of putting forward ("an
    [Egyptian]-brokered truce proposal", "a [Moscow]-drafted resolution", ``proposing_participles``).
    A place name is left out: "the Minsk agreements", "the Paris accord" are named after where they
    were made, not by whom."""
    out: list[Token] = []
    for c in dependents(noun):
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "ORG") and c.text[:1].isupper():
            out.append(c)
        elif c.dep_ == "amod" and c.tag_ == "VBN" and g.lemma(c) in g.proposing_participles:
            # the parser hangs the name before the hyphen on the participle
            out.extend(m for m in dependents(c) if m.dep_ in ("npadvmod", "compound", "nmod")
                       and m.i < c.i and m.text[:1].isupper() and m.pos_ in ("PROPN", "NOUN", "ADJ"))
    return out


def _put_forward_by_modifier(t: Trigger | None, g: Grammar) -> bool:
    """``t`` is an event noun one party puts forward, named by a modifier ("a UN proposal"). A joint
    act ("the Minsk agreements", "the Oslo accords") is named after where it was made, not by whom."""
    return t is not None and not t.pattern.reciprocal and bool(_owner_modifiers(t.token, g))


def _units_only(verb: Token, g: Grammar) -> bool:
    """The verb's subject names armed units only ("troops", "Russian soldiers")."""
    subs, _ = subject_of(verb, g)
    return bool(subs) and all(g.lemma(s) in g.unit_nouns for s in subs)


def _given(t: Trigger | None, g: Grammar) -> bool:
    """``t`` is an event noun of material cooperation (aid, troops, a release): something handed
    over or done, which a rejection answers only as an offer, never as a thing given."""
    return t is not None and t.pattern.code[:2] in g.given_roots


def _acknowledged(t: Trigger | None, g: Grammar) -> bool:
    """``t`` is an event noun whose act a welcome or praise of it shows was done (``acknowledged_roots``:
    aid given, an offer made)."""
    return t is not None and t.pattern.code[:2] in g.acknowledged_roots


def _answers(code: str) -> bool:
    """``code`` answers another party's act: a rejection (12) or a denial (016)."""
    return code[:2] == "12" or code[:3] == "016"


def _acknowledges(code: str) -> bool:
    """``code`` praises or endorses another party's act (051): "welcomed", "praised"."""
    return code[:3] == "051"


def _owned_objects(drafts: list[_Draft], g: Grammar, index: MentionIndexLike) -> None:
    """An owned event noun that is the object of a rejection or denial ("dismissed Somalia's
    accusations", "ignored calls from Armenia") is its owner's act, addressed to the answering side."""
    # the verbs' drafts, made only once an owned answered noun is found: most sentences have none
    by_verb: dict[int, _Draft] | None = None
    for d in drafts:
        tok = d.trigger
        # a passive's subject ("Turkey's offer was rejected by Israel") is answered by the agent the
        # verb's draft has as its source
        passive = tok.dep_ == "nsubjpass"
        if (d.secondary is not None or d.notarget or tok.pos_ not in ("NOUN", "PROPN")
                or not _answered(tok)
                or not (names_own_doer(tok, g) or (not d.reciprocal and _owner_modifiers(tok, g)))):
            continue
        if by_verb is None:
            by_verb = {d.trigger.i: d for d in drafts
                       if d.secondary is None and d.trigger.pos_ in ("VERB", "AUX")}
        # the parser may hang the object on a predicative word ("dismissed as baseless the charges")
        # or read it as the object of "as" ("rejected as baseless X's accusation")
        outer = by_verb.get(tok.head.i if tok.dep_ == "dobj" or passive else tok.head.head.i)
        if outer is None and tok.head.pos_ == "ADJ":
            outer = by_verb.get(tok.head.head.i)
        if outer is None:
            _accepted_offer(d, tok, g, index)
            continue
        if not outer.sources or not (
                _answers(outer.code) or (_acknowledges(outer.code) and d.code[:2] in g.acknowledged_roots)):
            continue
        if not d.sources:
            # a governing noun ("calls from X for Y to resign") has no doer of its own clause
            owners = [c for c in dependents(tok) if c.dep_ == "poss" and c.pos_ != "PRON"]
            owners += prep_objects(tok, g.agent_preps | {"from"})
            owners += [] if d.reciprocal else _owner_modifiers(tok, g)
            d.sources = [m for o in owners for m in actors_of(o, index, g)]
        if not d.sources:
            continue
        theirs = {m.start_char for m in outer.sources}
        if any(m.start_char in theirs for m in d.sources):
            continue  # "rejected its own plan": the same side
        if not d.targets:
            d.targets = list(outer.sources)
        if not outer.targets:
            # "dismissed the charges by Y": what is answered is Y's
            outer.targets = list(d.sources)


def _accepted_offer(d: _Draft, noun: Token, g: Grammar, index: MentionIndexLike) -> None:
    """An owned offer or pledge (03) that a verb of consent takes up ("Nepal accepted India's offer of
    aid", "accepted an offer of talks from Oslo"), which codes no event of its own: the offer was
    made, to whom accepts it. Not when the consent is withheld ("did not accept"): that is a
    rejection, coded as such."""
    verb = noun.head
    if (d.targets or not d.sources or noun.dep_ != "dobj" or d.code[:2] != _INTENT.code[:2]
            or g.lemma(verb) not in g.consent_verbs or any(c.dep_ == "neg" for c in dependents(verb))):
        return
    subs, _ = subject_of(verb, g)
    own = {m.start_char for m in d.sources}
    d.targets = [m for s in subs for m in actors_of(s, index, g) if m.start_char not in own]


def _answered(noun: Token) -> bool:
    """``noun`` is what a verb answers: its object, or the object of its "as" ("rejected as
    baseless Y's accusation", where the parser reads the accusation as what it is rejected as)."""
    # "Turkey's offer to mediate was rejected by Israel": the subject of a passive with its agent is
    # answered as the active's object is (with no agent, "the trip has been postponed", no one answers)
    return noun.dep_ == "dobj" or (
        noun.dep_ == "nsubjpass" and noun.head.pos_ == "VERB"
        and any(c.dep_ == "agent" for c in dependents(noun.head))
    ) or (
        noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in ("VERB", "AUX")
    )


def _stance_in_act(noun: Token, clause: Token, pat: Pattern, g: Grammar) -> bool:
    """``noun`` names the stance the clause's own act takes towards a party, in an "in a N to X"
    phrase on the clause's verb ("[in a rebuke to] Paris, Bamako recalled its envoy", "recalled its
    envoy [in a snub to] Tokyo"): the clause's subject rebukes or snubs X by the act, so the noun
    takes the clause's doers though the verb is an event of its own. Not a noun naming a doer of its
    own ("in Hanoi's rebuke to X")."""
    return (
        noun.dep_ == "pobj" and noun.head.lower_ in g.stance_act_preps and noun.head.dep_ == "prep"
        and noun.head.head.i == clause.i and pat.code[:2] in g.stance_act_roots
        and bool(prep_objects(noun, g.stance_act_aims)) and not _doer_named(noun, g)
    )


def _relative_owners(verb: Token, g: Grammar) -> list[Token]:
    """Who put forward the noun an object relative clause ``verb`` hangs on: the subject of the clause
    whose object that noun is ("Israel offered a deal [that Hamas rejected]"), or whose "in"/"with"
    phrase it is ("the Assembly condemned abuses in a resolution [that Pyongyang rejected]")."""
    if verb.dep_ != "relcl" or not object_relative(verb, g):
        return []
    noun = verb.head
    if g.lemma(noun) not in g.put_forward_nouns:
        return []
    clause = noun.head
    if noun.dep_ == "nsubjpass" and clause.pos_ in ("VERB", "AUX"):
        # "the resolution, which Russia vetoed, had been drafted by France": its passive's agent
        return agent_objects(clause)
    if noun.dep_ == "pobj" and clause.dep_ == "prep" and clause.lower_ in ("in", "with", "through"):
        clause = clause.head
    elif noun.dep_ not in ("dobj", "appos"):
        return []
    if noun.dep_ == "appos":
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in dependents(clause) if c.dep_ == "nsubj"]


def _relative_proposers(verb: Token, g: Grammar) -> list[Token]:
    """Who put forward what ``verb`` answers, named by an object relative clause on its object ("rejected
    the plan [that Egypt proposed]", "the offer Kenya made"): that clause's subject."""
    clauses = [r for o in dependents(verb) if o.dep_ == "dobj" and g.lemma(o) in g.put_forward_nouns
               for r in dependents(o) if r.dep_ in ("relcl", "acl") and g.lemma(r) in g.proposing_verbs]
    # "criticised the decision, which was taken by Brussels": a passive clause's agent put it forward
    return [s for r in clauses if _object_gap(r, g) for s in dependents(r)
            if s.dep_ == "nsubj" and s.pos_ != "PRON"] + [
        o for r in clauses if r.dep_ == "relcl" and is_passive(r) for o in agent_objects(r)]


def _object_gap(clause: Token, g: Grammar) -> bool:
    """``clause`` lacks its object, the noun it hangs on filling it: a relative clause even where the
    parser took its "that" for a content clause's ("the proposal that Delhi put forward")."""
    kids = list(dependents(clause))
    if is_passive(clause) or not any(c.dep_ == "nsubj" for c in kids):
        return False
    objs = [c for c in kids if c.dep_ in ("dobj", "ccomp", "xcomp")]
    return all(o.dep_ == "dobj" and o.lower_ in g.relative_pronouns for o in objs)


def warning_noun_clause(tok: Token, g: Grammar) -> Token | None:
    """The "that" clause of a warning named by a noun, as a warning verb's ccomp: the trigger noun
    itself ("Hezbollah's warning that it would not disarm") or a light verb's object ("issued a warning
    that it would not tolerate a coup"); the parser hangs the clause on the noun."""
    nouns = [tok] if tok.lemma_.lower() in g.warning_nouns else [
        o for o in dependents(tok) if o.dep_ == "dobj" and o.lemma_.lower() in g.warning_nouns
    ] if g.lemma(tok) in g.light_verbs else []
    return next(
        (c for n in nouns for c in dependents(n)
         if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and c.i > n.i
         and that_marked(c)),
        None,
    )


def _ended_by_truce(tok: Token, g: Grammar) -> Token | None:
    """The clause verb of "after five days of [fighting]" when ``tok`` is that fighting measured in
    short stretches (``recent_periods``); None for any other place of ``tok``."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    period = tok.head.head
    if g.lemma(period) not in g.recent_periods or period.dep_ != "pobj":
        return None
    return period.head.head


def _truce_after_fighting(t: Trigger, trigs: Sequence[Trigger], g: Grammar) -> bool:
    """``t`` is fighting measured in days or weeks that a truce the same clause tells has ended
    ("Thailand and Cambodia agreed to a ceasefire after five days of fighting along their border"):
    the fighting is the news the truce ends, between the truce's sides, not history recalled."""
    if t.pattern.code[:2] not in g.truce_ended_roots:
        return False
    clause = _ended_by_truce(t.token, g)
    return clause is not None and any(
        o.token.i == clause.i and o.obj is not None and g.lemma(o.obj) in g.truce_nouns for o in trigs)


def _thanked_gifts(drafts: list[_Draft], g: Grammar) -> None:
    """A given act that a praise or thanks is for ("thanked Norway for its military aid package") was
    the praised party's, to the praiser: its own event beside the praise (051)."""
    for d in drafts:
        tok = d.trigger
        if (tok.pos_ not in ("NOUN", "PROPN") or d.targets or d.notarget or d.reciprocal
                or d.code[:2] not in g.given_roots or tok.dep_ != "pobj"
                or any(c.dep_ == "poss" and c.pos_ != "PRON" for c in dependents(tok))):
            continue
        prep = tok.head
        if prep.lower_ == "of" and prep.head.dep_ == "pobj":
            # what a carrier noun holds ("for its latest package of military aid")
            prep = prep.head.head
        if prep.dep_ != "prep" or prep.lower_ not in g.acknowledged_for_preps:
            continue
        # the parser may hang the "for" on the praised object ("thanked [Denmark for its aid]") or on a
        # phrase between ("thanked Oslo in a message posted online for its aid")
        head, outer = prep.head, None
        for _ in range(4):
            outer = next((o for o in drafts if o.trigger.i == head.i and o.secondary is None
                          and _acknowledges(o.code) and o.sources and o.targets), None)
            if outer is not None or head.dep_ not in ("dobj", "pobj", "prep", "acl") or head.head is head:
                break
            head = head.head
        if outer is None:
            continue
        # the pronoun owner ("its aid", read as the praised party) or no owner: the gift is the praised one's
        if d.sources and not {m.actor.code for m in d.sources} <= {m.actor.code for m in outer.targets}:
            continue
        d.sources, d.targets, d.secondary = list(outer.targets), list(outer.sources), None


def _truce_fighters(drafts: list[_Draft], g: Grammar) -> None:
    """Fighting a truce ended (see _truce_after_fighting) that names no sides of its own was fought
    between the truce's sides, both ways: "A and B agreed to a ceasefire after days of fighting"."""
    for d in drafts:
        if d.sources or d.targets or d.code[:2] not in g.truce_ended_roots:
            continue
        clause = _ended_by_truce(d.trigger, g)
        if clause is None:
            continue
        for o in drafts:
            sides = [*o.sources, *o.targets]
            if o is d or o.trigger.i != clause.i or o.secondary is not None:
                continue
            if len({m.actor.code for m in sides}) >= 2 and (o.reciprocal or o.targets):
                # (a noun in the truce verb's "after" phrase is no setting of the truce: its own act)
                d.sources, d.reciprocal, d.notarget, d.secondary = sides, True, False, None
                break
