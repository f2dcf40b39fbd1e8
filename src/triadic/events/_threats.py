"""Threats (CAMEO 13) read off what a draft says the speaker's side will or would do: reprisals,
force kept as an option, warnings, replies an act "would be met with" and fates foretold."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from triadic.events._clauses import purpose_parties, speech_verb_of
from triadic.events._draft import _Draft, rule_draft
from triadic.events._drafting import permitted_act, warning_noun_clause
from triadic.events._indirect_parties import act_doers, answered_doers
from triadic.events._matching import _doc_words
from triadic.events._patterns import Grammar
from triadic.events._reading import SentenceReader, future_aux, reserved_right, unhesitating
from triadic.events._syntax import (
    MentionIndexLike,
    MentionLike,
    actors_of,
    on_side,
    prep_objects,
    side_of,
    subject_of,
    that_marked,
    verb_complement,
)
from triadic.events._tree import conjuncts, dependents, has_to

__all__ = ["ThreatReader"]


class ThreatReader(SentenceReader):
    """The coder's passes that turn a sentence's drafts into threats (a base of
    :class:`~triadic.events._coder.EventCoder`), run in ``code_doc`` after the sentence is drafted."""

    def _reprisals(self, drafts: list[_Draft]) -> None:
        """A reprisal the actor says it will or would make ("said it would retaliate against X",
        "Moscow would respond in kind") is a threat (130), made when it is said; a reprisal reported
        as done, or denied, is no threat and is coded (if at all) by what was done. Likewise consent
        withheld ("would not accept X") is a rejection (120), asserted."""
        g = self.g
        keep: list[_Draft] = []
        reserved = tuple(g.reserved_threat_codes)  # (made once, not for each draft)
        for d in drafts:
            lemma = g.lemma(d.trigger)
            if (d.secondary is None and d.code.startswith(reserved)
                    and ((d.modality != "negated" and reserved_right(d.trigger, g))
                         or unhesitating(d.trigger, g))):
                # "reserved the right to retaliate / to take legal action against X": a coercive act
                # kept as an option is a threat of it (CAMEO 13), made when it is said; force kept as
                # an option ("the right to use force against X") is a threat of military force (138)
                code = g.force_option_code if d.code[:2] in g.force_roots else "130"
                d.code, d.modality, d.rule = code, "asserted", f"reserved({d.rule})->{code}"
            elif d.secondary is None and (
                    (d.code == "130" and (lemma in g.reprisal_verbs or _reply_given(d.trigger, g)))
                    or lemma in g.reprisal_acts):
                if d.modality in ("planned", "hypothetical"):
                    d.code, d.modality, d.rule = "130", "asserted", f"reprisal({d.rule})->130"
                elif d.code == "130":
                    continue
            elif (d.code == "120" and lemma in g.consent_verbs and d.secondary is None
                  and d.modality == "negated"):
                # "would not accept X" (triggered only when negated, see _reading): the consent
                # withheld is the rejection, made when it is said
                code = _withheld_involvement(d, g) or d.code
                d.code, d.modality, d.rule = code, "asserted", f"withheld({d.rule})->{code}"
            keep.append(d)
        drafts[:] = keep
        for d in keep:
            if d.code[:2] == "13" and not d.targets and d.sources and d.secondary is None:
                d.targets = _conjunct_targets(d, keep) or _answered_clause_doers(d, keep, g)

    def _force_option(self, verb: Token) -> Token | None:
        """The force a verb of excluding an option names as its object ("rule out [military action]",
        "exclude [the use] of force"), or None when its object is no act of force."""
        g = self.g
        obj = next((c for c in dependents(verb) if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None:
            return None
        if obj.lemma_.lower() == "use":
            # "the use of force": the force is the "of" phrase
            obj = next(iter(prep_objects(obj, frozenset({"of"}))), obj)
        lemma = obj.lemma_.lower()
        if lemma in g.force_option_nouns:
            return obj
        if lemma in g.force_option_generic and any(c.lower_ in g.force_option_modifiers
                                                    for c in dependents(obj) if c.dep_ in ("amod", "advmod")):
            return obj
        return None

    def _options_of_force(self, drafts: list[_Draft], index: MentionIndexLike) -> None:
        """A negated rejection of force ("did not rule out military action against Iran", "has not
        ruled out the use of force against Venezuela") states force as an option: CAMEO's threat of
        military force (138), made when it is said, aimed at whom the force would be used against (the
        "against" party of the object, else the rejection's own target off the speaker's side). With no
        such party, nothing is coded: "did not rule out military action" alone threatens no-one."""
        g = self.g
        keep: list[_Draft] = []
        for d in drafts:
            force = None
            if (d.code[:2] == "12" and d.modality == "negated" and d.secondary is None and d.sources
                    and g.lemma(d.trigger) in g.option_verbs):
                force = self._force_option(d.trigger)
            if force is None:
                keep.append(d)
                continue
            side = side_of(d.sources)
            aims = [o for h in (force, force.head) for o in prep_objects(h, frozenset({"against", "on"}))]
            targets = [m for o in aims for m in actors_of(o, index, g) if not on_side(m, side)]
            if not targets:
                targets = [m for m in d.targets if not on_side(m, side)]
            if not targets:
                continue
            d.code, d.modality, d.targets = g.force_option_code, "asserted", targets
            d.rule = f"option_of_force({d.rule})->{g.force_option_code}"
            keep.append(d)
        drafts[:] = keep

    def _options_on_table(self, span: Span, drafts: list[_Draft], index: MentionIndexLike) -> None:
        """"All options are on the table" regarding a party (grammar.yaml, table_nouns): a threat of
        military force (138) from whoever says so or keeps the option there, at that party."""
        g = self.g
        if g.table_nouns.isdisjoint(_doc_words(span.doc)):
            return  # (most texts name no option at all: no walk over their tokens)
        for tok in span:
            if tok.lower_ not in g.table_nouns or tok.dep_ != "pobj" or tok.head.lower_ != "on":
                continue
            holder = tok.head.head
            lemma = g.lemma(holder)
            if lemma not in g.table_holding_verbs or any(c.dep_ == "neg" for c in dependents(holder)):
                continue  # "the military option is not on the table" takes force off
            copula = lemma in ("be", "remain", "stay")
            option = next((c for c in dependents(holder)
                           if c.dep_ == ("nsubj" if copula else "dobj")
                           and c.lower_ in g.table_option_nouns), None)
            if option is None or not any(
                    c.lower_ in g.table_option_quantifiers or c.lower_ in g.force_option_modifiers
                    for c in dependents(option) if c.dep_ in ("det", "amod", "predet", "compound")):
                continue
            # the speaker: the subject of the verb that reports the clause, else of the keeping verb
            teller = holder.head if copula and holder.dep_ in ("ccomp", "parataxis") else holder
            if copula and teller is holder:
                continue
            subjects, _ = subject_of(teller, g)
            sources = [m for s in subjects for m in actors_of(s, index, g)]
            if not sources:
                continue
            side = side_of(sources)
            aims: list[Token] = []
            for t in holder.subtree:
                if t.dep_ == "prep" and t.lower_ in g.table_target_preps:
                    aims.extend(o for o in dependents(t) if o.dep_ == "pobj")
                elif t.pos_ == "VERB" and g.lemma(t) in g.table_dealing_verbs:
                    aims.extend(o for o in dependents(t) if o.dep_ == "dobj")
                    aims.extend(prep_objects(t, frozenset({"with", "to"})))
            targets = [m for o in aims for m in actors_of(o, index, g) if not on_side(m, side)]
            if not targets:
                continue
            drafts.append(rule_draft(tok, g.force_option_code, f"options_on_table->{g.force_option_code}",
                                     sources, targets))

    def _warned_threats(self, drafts: Sequence[_Draft], index: MentionIndexLike) -> None:
        """A warning whose content is what the speaker's own side could or would do is a threat
        ("warned that Caracas could seal the border" 1381, "warned that its troops were ready to take
        the villages back" 138): a coercive act in it is recoded in the threat family (13), and with
        none coded the warning itself is the threat, aimed at whom it is told or conditioned on."""
        g = self.g
        for w in drafts:
            tok = w.trigger
            comp = g.complements.get(g.lemma(tok))
            # a verb of warning or threatening ("warned/threatened that X would face arrest")
            warns = w.secondary is None and w.sources and comp is not None and comp.family == "13"
            if warns and self._faced(w, drafts, index):
                continue
            if w.secondary is not None or not w.sources or w.code[:2] != "13" or w.rule.startswith("intent("):
                continue
            if g.lemma(tok) in g.warning_verbs or warns:
                # a verb of warning, or of threatening with a "that" clause ("threatened that it would
                # cut ties"): the clause says what is threatened
                clause = verb_complement(tok)
            else:
                clause = warning_noun_clause(tok, g)
            if clause is None or not _threat_cue(clause, g):
                continue
            side = side_of(w.sources)

            def own(ms: Sequence[MentionLike], side: frozenset[str] = side) -> bool:
                return bool(ms) and all(on_side(m, side) for m in ms)

            inner = [
                d for d in drafts if d is not w and (d.secondary is None or d.secondary is w)
                and _content_of(d.trigger, clause)
            ]
            if any(d.rule.startswith("intent(") or (d.code[:2] == "13" and d.targets) for d in inner):
                # "warned that Tehran would strike": already the speaker's threat (one aimed at no
                # one, "warned that its army was ready to retake the ground", is the warning's own)
                for d in inner:
                    if (d.rule.startswith("intent(") and d.code[:2] == "13" and not d.targets
                            and not d.notarget and not d.reciprocal and own(d.sources)):
                        # "warned that the army would crush any separatist plot": the own side's
                        # threat told by the warning, aimed at whom the warning is told or
                        # conditioned on (a threat at no one named stays uncoded: 13x needs a target)
                        told = w.targets or self._warned_parties(tok, clause, drafts, index)
                        d.targets = [m for m in told if m.actor.code not in side]
                continue
            acts = [
                d for d in inner
                if own(d.sources) and g.intent_family(d.code[:2]) == "13" and d.modality != "negated"
            ]
            for d in acts:
                d.code = g.derived_code("13", d.code)
                d.rule = f"warning({d.rule})->{d.code}"
                d.modality = "asserted"
                if w.targets or d.secondary is w:
                    # "warned Bogota that Caracas could seal the border": one threat, made to whom it was
                    # told; "issued a threat that it would cut ties with X": the content already stands
                    # for the threat noun, which takes its code and, told to no one, its target
                    w.code, w.rule = d.code, d.rule
                    w.targets = w.targets or list(d.targets)
                    w.notarget = w.notarget and not w.targets
                    d.secondary = w
                elif not d.targets and not d.reciprocal:
                    # "could close the gulf if foreign navies tried to ...": aimed at the condition's doer
                    d.targets = [
                        m for m in self._warned_parties(tok, clause, drafts, index)
                        if m.actor.code not in side and all(m.actor.code != o.actor.code for o in d.sources)
                    ]
                    d.notarget = not d.targets
            if acts or any(d.sources and not own(d.sources) for d in inner):
                continue
            doers, _ = self._sources_of_verb(clause, index)
            if not doers and clause.head.i != tok.i and any(
                    c.dep_ == "nsubj" and c.lower_ in _SPEAKER_PRONOUNS for c in dependents(clause)):
                # "issued a warning that it would ...": the pronoun of a warning noun's clause is
                # whoever issued it, which the clause, hung on the noun, cannot reach
                doers = list(w.sources)
            if not own(doers):
                continue
            # nothing coercive is coded in what the own side would do ("would respond decisively",
            # "would not stand idly by", "reserved the right to respond"): the warning is the threat;
            # a refusal read off "would not stand by" is part of it
            military = any(m.actor.role == "MIL" for m in doers) or _by_force(clause)
            targets = w.targets or [
                # not the speaker itself, which a pronoun in the condition may resolve to
                m for m in self._warned_parties(tok, clause, drafts, index) if m.actor.code not in side
            ]
            if not targets and not inner:
                # "warned that it would turn Seoul into a sea of fire": what the own side would do,
                # coded as no act of its own, is done to the party it names as its object
                targets = [m for c in dependents(clause) if c.dep_ == "dobj"
                           for m in actors_of(c, index, g) if not on_side(m, side)]
            if not targets and not military and not _firm_resolve(clause, g):
                # "warned that Kenya could run out of fuel": a bare "could" or "would" aimed at no
                # one is a worry about one's own side, not a threat
                continue
            for d in inner:
                d.secondary = w
            if military:
                # "its army was ready to retake the ground", "would act by force": a threat of
                # military force (138), not an unspecified one
                w.code = "138"
            w.targets = targets
            w.notarget = not targets
            w.rule = f"warning({w.rule})"

    def _met_replies(self, drafts: Sequence[_Draft], index: MentionIndexLike) -> None:
        """An act the speaker says "would be met with" a reply ("any attack by Israel would be met with a
        crushing response", "any Israeli aggression will be met with force") is the speaker's threat
        (CAMEO 13), made when it is said, aimed at the act's doer (or, with none named, at whom the
        warning is told): a threat of military force (138) when the reply is force or military or the
        speaker is the military, else an unspecified one (130). Said of the past ("the protest was met
        with force") it is no threat, and is not read here."""
        g = self.g
        for d in drafts:
            tok = d.trigger
            if g.lemma(tok) not in g.met_verbs or d.secondary is not None:
                continue
            kids = dependents(tok)
            if not any(c.dep_ == "auxpass" for c in kids) or not future_aux(tok, g):
                continue
            replies = [o for o in prep_objects(tok, frozenset({"with"})) if g.lemma(o) in g.met_replies]
            speech = speech_verb_of(tok, g)
            if not replies or speech is None:
                continue
            w = next((e for e in drafts if e.trigger.i == speech.i and e.secondary is None and e.sources),
                     None)
            speakers = list(w.sources) if w is not None else self._sources_of_verb(speech, index)[0]
            if not speakers:
                continue
            side = side_of(speakers)
            # the doer of the act to be met: a party itself, else the act's owner, "by" phrase or
            # nationality ("any provocation by Pyongyang", "any Pakistani misadventure")
            words = [a for c in kids if c.dep_ == "nsubjpass"
                     for a in ([c] if index.at(c.i) is not None else act_doers(c))]
            targets = [m for a in words for m in actors_of(a, index, g) if not on_side(m, side)]
            warning = w is not None and w.code[:2] == "13"
            if not targets and not (warning and w is not None and w.targets):
                continue  # "the move would be met with a response": no party named, no threat coded
            force = any(g.lemma(o) in g.met_force or any(
                c.dep_ == "amod" and c.lower_ in g.force_option_modifiers for c in dependents(o))
                for o in replies) or any(m.actor.role == "MIL" for m in speakers)
            code = "138" if force else "130"
            if warning and w is not None:
                # "warned Hamas that any rocket fire would be met with a military response": the
                # warning is that threat, of the code the reply says, told to whom it was warned
                d.secondary = w
                w.code = code if force else w.code
                w.targets = w.targets or targets
                w.notarget = not w.targets
                w.rule = f"met_reply({w.rule})->{w.code}"
                continue
            d.code, d.modality, d.sources, d.targets, d.notarget = code, "asserted", speakers, targets, False
            d.rule = f"met_reply({d.rule})->{code}"

    def _fates(self, drafts: Sequence[_Draft], index: MentionIndexLike) -> None:
        """A fate a speaker says another party will meet ("Israel will pay a heavy price for its crimes,
        Iran's leader said", "said Washington would regret any attack", "warned that Iran would face the
        consequences") is the speaker's threat (CAMEO 130), made when it is said and aimed at that party,
        as "warned that protesters would face arrest" is (``_faced``). Not when the fate is told as done
        ("paid a heavy price"), by an observer, or about a bystander ("investors will pay the price")."""
        g = self.g
        for w in drafts:
            if w.secondary is not None or not w.sources or not (
                    w.code == "010" or w.code[:2] in ("03", "13") or w.rule.startswith("pessimism(")):
                continue
            roles = {r for m in w.sources for r in (m.actor.code, m.actor.role or "")}
            if roles & g.faced_threat_observers or roles & g.fate_bystanders:
                continue
            # "vowed to make Israel pay a heavy price": the fate the speaker promises to bring about
            caused = next((verb_complement(c) for c in dependents(w.trigger)
                           if c.dep_ == "xcomp" and g.lemma(c) in g.fate_causing_verbs), None)
            clause = caused or (verb_complement(w.trigger) if w.code[:2] != "03" else None)
            if clause is None or not (g.lemma(clause) in g.fate_verbs or g.lemma(clause) in g.facing_verbs):
                continue
            kids = dependents(clause)
            if any(c.dep_ == "neg" for c in kids) or not (caused or future_aux(clause, g)):
                continue
            objs = [c for c in kids if c.dep_ == "dobj"]
            # "said Moscow would face further sanctions": a fate of a coercive act, of that act's code
            # (one a warning names is read with the warning's addressee, ``_faced``)
            code = next((g.faced_threat_codes[g.lemma(o)] for o in objs
                         if g.lemma(clause) in g.facing_verbs and g.lemma(o) in g.faced_threat_codes), None)
            if code is not None and (w.code[:2] == "13" or w.rule.startswith("pessimism(")):
                continue
            if code is None and not self._fate_named(clause, objs):
                continue
            code = code or "130"
            side = side_of(w.sources)
            targets = [m for c in kids if c.dep_ == "nsubj" for m in actors_of(c, index, g)]
            if w.targets and any(c.dep_ == "nsubj" and c.lower_ in _ADDRESSEE_PRONOUNS for c in kids):
                # "told Turkey it would face consequences": the fate's pronoun is whom it is told to,
                # not the speaker a pronoun may otherwise be resolved to
                targets = list(w.targets)
            if not targets or any(on_side(m, side) or (m.actor.role or "") in g.fate_bystanders
                                  or m.actor.code in g.fate_bystanders for m in targets):
                continue
            for d in drafts:
                if d is not w and d.secondary is None and _content_of(d.trigger, clause):
                    d.secondary = w
            w.code, w.targets, w.notarget, w.modality = code, targets, False, "asserted"
            w.rule = f"fate({w.rule})->{code}"

    def _fate_named(self, clause: Token, objs: Sequence[Token]) -> bool:
        """``clause`` names a fate (``fate_verbs``): "pay a heavy price", "regret", "face the consequences",
        or "pay for" an assault or wrong with no object ("Russia will pay for its crimes")."""
        g = self.g
        lemma = g.lemma(clause)
        if lemma not in g.fate_verbs:
            return False
        wanted = g.fate_verbs[lemma]
        # "would face fire and fury": any conjunct of the object may name the fate
        objs = [*objs, *(c for o in objs for c in conjuncts(o))]
        if not wanted or any(g.lemma(o) in wanted for o in objs):
            return True
        wrongs = prep_objects(clause, frozenset({"for"}))
        return lemma in g.fate_for_verbs and not objs and any(
            g.lemma(o) in g.fate_for_nouns or self._conflict_noun(o) for o in wrongs)

    def _faced(self, w: _Draft, drafts: Sequence[_Draft], index: MentionIndexLike) -> bool:
        """A warning that its addressee would face an act ("warned that protesters would face arrest",
        "warned women that they would be punished") is the threat of that act (``faced_threat_codes``),
        aimed at whom it warns; True when ``w`` was recoded so."""
        g = self.g
        if w.code[:2] != "13" and not w.rule.startswith("pessimism("):
            return False
        clause = verb_complement(w.trigger)
        if clause is None:
            # "warned women who defy the ban that they would be punished": the parser may hang the
            # "that" clause on the addressee's relative clause
            clause = next(
                (
                    c
                    for o in dependents(w.trigger)
                    if o.dep_ == "dobj"
                    for r in dependents(o)
                    if r.dep_ == "relcl"
                    for c in dependents(r)
                    if c.dep_ == "ccomp"
                    and that_marked(c)
                ),
                None,
            )
        if clause is None:
            return False
        kids = dependents(clause)
        modal = (c for c in kids if c.dep_ == "aux")
        if not any(c.lower_ in g.intent_aux or c.lower_ in g.hypothetical_aux for c in modal):
            return False  # "warned that protesters faced arrest" reports, it does not threaten
        lemma = g.lemma(clause)
        if lemma in g.facing_verbs:
            code = next(
                (
                    g.faced_threat_codes[g.lemma(c)]
                    for c in kids
                    if c.dep_ == "dobj" and g.lemma(c) in g.faced_threat_codes
                ),
                None,
            )
        elif any(c.dep_ == "auxpass" for c in kids):
            # "would be fired and prosecuted": the passive verb or one joined to it
            verbs = (clause, *(c for c in kids if c.dep_ == "conj" and c.pos_ == "VERB"))
            code = next(
                (g.faced_threat_codes[g.lemma(v)] for v in verbs if g.lemma(v) in g.faced_threat_codes), None
            )
        else:
            return False
        if code is None:
            return False
        if any(m.actor.code in g.faced_threat_observers or (m.actor.role or "") in g.faced_threat_observers
               for m in w.sources):
            return False  # observers warn of what others would do; they threaten no one
        side = side_of(w.sources)

        def own(m: MentionLike) -> bool:
            # the speaker itself or its state's organs; the state's own people are whom it threatens
            return m.actor.code in side or (on_side(m, side) and (m.actor.role or "") in g.state_roles)

        subjects = [m for c in kids if c.dep_ in ("nsubj", "nsubjpass") for m in actors_of(c, index, g)]
        if any(own(m) for m in subjects):
            return False  # "warned that its troops would face attack": a worry about its own side
        targets = [m for m in w.targets if not own(m)] or subjects
        if not targets:
            return False
        for d in drafts:
            if d is not w and d.secondary is None and _content_of(d.trigger, clause):
                d.secondary = w
        w.code, w.targets, w.notarget = code, targets, False
        w.rule = f"faced({w.rule})->{code}"
        return True

    def _warned_parties(
        self, tok: Token, clause: Token, drafts: Sequence[_Draft], index: MentionIndexLike
    ) -> list[MentionLike]:
        """Whom a warning with no addressee is aimed at: the doer of its condition ("if rebels
        advanced"), else the party of the act it is joined to ("protested to X and warned that ...")."""
        g = self.g
        for c in dependents(clause):
            marks = (m for m in dependents(c) if m.dep_ == "mark")
            if c.dep_ == "advcl" and any(m.lower_ in g.condition_target_marks for m in marks):
                doers, _ = self._sources_of_verb(c, index)
                if doers:
                    return list(doers)
        # "warned that it would give a befitting reply to any misadventure by Pakistan", "would retaliate
        # in response to Israeli strikes": the doer of the act the threatened reply answers
        objs = [c for c in dependents(clause) if c.dep_ == "dobj"]
        answered = [m for a in answered_doers(clause, objs) for m in actors_of(a, index, g)]
        if answered:
            return answered
        # "warned that the government would deploy the army to crush the gangs": whom the threatened
        # act's purpose is aimed at
        purposed = [m for a in purpose_parties([clause], g) for m in actors_of(a, index, g)]
        if purposed:
            return purposed
        if g.lemma(clause) in g.consent_verbs and any(c.dep_ == "neg" for c in dependents(clause)):
            # "would not tolerate any interference by X", "would not accept X's demands": the party
            # whose act or person is not tolerated
            for o in dependents(clause):
                if o.dep_ == "dobj":
                    found = [m for a in prep_objects(o, g.agent_preps) for m in actors_of(a, index, g)]
                    found = found or actors_of(o, index, g)
                    if found:
                        return found
        near = {tok.head.i} if tok.dep_ in ("conj", "advcl") else set()
        near |= {c.i for c in dependents(tok) if c.dep_ == "conj"}
        for d in drafts:
            if d.trigger.i in near and d.targets:
                return list(d.targets)
        return []


def _reply_given(tok: Token, g: Grammar) -> bool:
    """``tok`` gives a reply as its object ("would give a befitting reply", "will teach X a lesson"):
    a reprisal, a threat only as a future or conditional act (``reply_giving_verbs``)."""
    return g.lemma(tok) in g.reply_giving_verbs and any(
        c.dep_ == "dobj" and g.lemma(c) in g.reply_given_nouns for c in dependents(tok))


def _firm_resolve(clause: Token, g: Grammar) -> bool:
    """``clause`` says its subject is ready or entitled to act, or will not let something pass
    ("were ready to", "reserved the right to", "would not stand idly by"): a resolve, not a worry."""
    return any(
        c.dep_ == "neg"
        or (c.dep_ == "acomp" and (comp := g.complements.get(g.lemma(c))) is not None and comp.family == "03")
        or (c.dep_ == "dobj" and any(a.dep_ == "acl" and has_to(a) for a in dependents(c)))
        for c in dependents(clause)
    )


# Subject pronouns of a fate told to an addressee that stand for that addressee ("told Turkey it would
# face consequences", "warned the rebels they would pay a heavy price").
_ADDRESSEE_PRONOUNS = frozenset({"it", "they", "you"})

# Subject pronouns of a warning noun's clause that stand for the warning's author.
_SPEAKER_PRONOUNS = frozenset({"it", "they", "we"})


def _threat_cue(clause: Token, g: Grammar) -> bool:
    """``clause`` says what could or would be done, or that its subject is ready or entitled to act:
    a future or possibility auxiliary, a readiness adjective ("were ready to"), or an object with a
    "to" clause ("reserved the right to respond")."""
    for c in dependents(clause):
        if c.dep_ == "aux" and (c.lower_ in g.intent_aux or c.lower_ in g.hypothetical_aux):
            return True
        if c.dep_ == "acomp" and (comp := g.complements.get(g.lemma(c))) is not None and comp.family == "03":
            return True
        if c.dep_ == "dobj" and any(a.dep_ == "acl" and has_to(a) for a in dependents(c)):
            return True
    return False


def _by_force(clause: Token) -> bool:
    """``clause`` says the act is done by force ("retake it by force", "including the use of force")."""
    # only read for a warning's clause, which is rare: a walk of its subtree costs nothing
    return any(
        t.lower_ == "force" and t.dep_ == "pobj" and t.head.lower_ in ("by", "of") for t in clause.subtree
    )


def _content_of(tok: Token, clause: Token) -> bool:
    """``tok`` is the act ``clause`` states, through its complements, objects or conjuncts (not an
    "if" clause or relative clause inside it)."""
    cur = tok
    for _ in range(5):
        if cur.i == clause.i:
            return True
        if cur.dep_ not in ("xcomp", "acomp", "conj", "dobj", "pobj", "prep", "acl") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _governing_verb(tok: Token) -> Token:
    """The verb whose clause ``tok`` is the complement of, up the ccomp/xcomp chain ("[warned] it would
    respond", "[vowed] to retaliate"); ``tok`` itself when it is no complement."""
    while tok.dep_ in ("ccomp", "xcomp") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _conjunct_targets(d: _Draft, drafts: Sequence[_Draft]) -> list[MentionLike]:
    """The targets of the act a threat's clause is coordinated with, by the same side: "summoned the
    Moldovan ambassador ... and said Moscow would respond in kind", "accused Addis Ababa of massing
    troops and warned that Asmara would respond decisively": the threat answers that party."""
    verb = _governing_verb(d.trigger)
    if verb.dep_ != "conj":
        return []
    first = verb.head
    side = side_of(d.sources)
    for o in drafts:
        if o is d or o.trigger.i != first.i or not o.targets or o.secondary is not None:
            continue
        if any(on_side(m, side) for m in o.sources):
            return [m for m in o.targets if not on_side(m, side)]
    return []


def _answered_clause_doers(d: _Draft, drafts: Sequence[_Draft], g: Grammar) -> list[MentionLike]:
    """Who did to the threatener the act a reprisal's clause is told beside: "Washington slapped tariffs
    on Chinese goods, and Beijing vowed to retaliate", "Moscow warned it would respond after Oslo expelled
    three Russian diplomats": the reprisal threatens that act's doer."""
    reprisals = g.reprisal_verbs | g.reprisal_acts
    # the reprisal is the trigger or the verb it governs ("vowed [to retaliate]", "warned it would [respond]")
    said = [w for w in (d.trigger, *dependents(d.trigger))
            if (w is d.trigger or w.dep_ in ("xcomp", "ccomp")) and g.lemma(w) in reprisals]
    if not said:
        return []
    verb = _governing_verb(d.trigger)
    # the clause coordinated before it, or a clause of time or reason on it or on the reprisal
    near = {verb.head.i} if verb.dep_ == "conj" and verb.head.i != verb.i else set()
    near |= {c.i for w in (verb, *said) for c in dependents(w) if c.dep_ == "advcl"}
    side = side_of(d.sources)
    for o in drafts:
        if o is d or o.trigger.i not in near or not o.sources or not o.targets or o.secondary is not None:
            continue
        if any(on_side(m, side) for m in o.targets) and not any(on_side(m, side) for m in o.sources):
            return list(o.sources)
    return []


def _withheld_involvement(d: _Draft, g: Grammar) -> str | None:
    """The refusal of international involvement (1245) a withheld permission is when what it would
    permit its target to do is such involvement ("will not allow the OAS to observe the election",
    "has not let UN inspectors visit the site"): CAMEO's refusal to allow international involvement,
    narrower than the bare rejection (120). None for any other permission withheld ("would not allow
    the EU to send money")."""
    if g.lemma(d.trigger) not in g.permission_verbs or not d.targets:
        return None
    found = permitted_act(d.trigger, g)
    if found is None:
        return None
    _, party, code = found
    if not any(m.start <= party.i < m.end for m in d.targets):
        return None
    return g.derived_code(min(g.refused_permission_roots), code)

