"""Recoding a draft from its modality: a speaker's own future act as intent or threat, a negated
future act of cooperation as a refusal, a governing verb's own phrase pattern."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from triadic.events._arg_phrases import argument_words
from triadic.events._clauses import gone_on_with, no_dyad, own_countries, reported_intent
from triadic.events._draft import _Draft, rule_draft
from triadic.events._finders import Trigger
from triadic.events._indirect_parties import content_subjects
from triadic.events._matching import object_fits
from triadic.events._modality import denied_stance, modality_of, refused_with_aux, ruled_out
from triadic.events._patterns import NO_EVENT, Grammar, Pattern
from triadic.events._reading import SentenceReader
from triadic.events._syntax import (
    MentionIndexLike,
    MentionLike,
    actors_of,
    ended_act,
    is_passive,
    on_side,
    side_of,
    verb_complement,
)
from triadic.events._tree import dependents, has_to, sent_of, tokens_of

__all__ = ["Recoder"]


def _state_as_whole(m: MentionLike, doc: Doc, g: Grammar) -> bool:
    """``m`` is a state named as a whole (its country or capital) or its government."""
    return bool(m.actor.country) and (m.actor.role in g.state_protest_roles or (
        m.actor.role is None and doc[m.start].ent_type_ == "GPE"))


class Recoder(SentenceReader):
    """The drafting's recoding (a base of :class:`~triadic.events._drafting.EventDrafter`): codes
    that follow from what a clause says about an act, not from the act's own pattern."""

    def _phrase_pattern(self, head: Token, tok: Token, by_tok: dict[int, Trigger]) -> Pattern | None:
        """The governing verb's own pattern when it names the embedded word ("declined to comment",
        "refused to lift"): the phrase's meaning, more specific than the derived code."""
        own = by_tok.get(head.i)
        words = {tok.lemma_.lower(), tok.lower_}
        if own is not None and words & (set(own.pattern.words) | own.pattern.objects):
            return own.pattern
        # "Iran's vow to retaliate", "issued a vow to retaliate": a governing noun (or a voicing verb's
        # object) has the phrase patterns of its verb ("vow to retaliate", 130), as the verb does
        nouns = [head] if head.pos_ == "NOUN" else [c for c in dependents(head) if c.dep_ == "dobj"]
        noun_verb = next((v for n in nouns if (v := self.g.complement_nouns.get(self.g.lemma(n)))), None)
        if tok.dep_ == "advcl" or noun_verb is not None:
            # "offered on Monday to host talks": an adverbial between them makes the parser hang the
            # infinitive as an adverbial clause, so the phrase pattern ("offer to host") did not match
            for p in self.patterns.verbs.get(noun_verb or self.g.lemma(head), ()):
                if p.kind == "verb" and not (p.objects or p.prep_objects) and "to" in p.words and \
                        words & set(p.words):
                    return p
        return None

    def _expulsion(self, inner: Pattern, ordered: list[Token]) -> Pattern | None:
        """The expulsion pattern of making the ``ordered`` parties depart (``inner``: "ordered the
        envoy to leave the country"): the `expulsion_verb`'s most specific pattern whose object fits
        one of them, else its plain one; None if ``inner`` is no departure."""
        g = self.g
        if not ordered or inner.code not in g.departure_codes or inner.head in g.surrender_verbs:
            # "gave the rebels 72 hours to surrender": a surrender demanded is no expulsion
            return None
        plain: Pattern | None = None
        for p in self.patterns.verbs.get(g.expulsion_verb, ()):
            if p.code == NO_EVENT or p.words or p.prep_objects or p.intransitive:
                continue
            if not p.objects:
                plain = plain or p
            elif any(object_fits(o, p, g.amount_words) for o in ordered):
                return p
        if any(g.lemma(o) in g.unit_nouns for o in ordered):
            # "ordered American troops to leave": foreign forces told to go are a demand that
            # they withdraw (106), not individuals expelled
            return None
        return plain

    def _deadlines_to_leave(self, drafts: list[_Draft], by_tok: dict[int, Trigger]) -> None:
        """An ultimatum to depart ("gave the envoy 48 hours to leave the country") is an expulsion of
        whom it is given to; the departure is part of it."""
        g = self.g
        for d in drafts:
            tok = d.trigger
            if d.secondary is not None or d.code not in g.ultimatum_codes or tok.pos_ != "VERB":
                continue
            heads = [tok, *(c for c in dependents(tok) if c.dep_ == "dobj")]
            leave = next(
                (
                    by_tok[c.i]
                    for h in heads
                    for c in dependents(h)
                    if c.dep_ in ("relcl", "acl", "advcl", "xcomp") and c.i in by_tok
                    and by_tok[c.i].pattern.code in g.departure_codes
                    and has_to(c)
                ),
                None,
            )
            given = [c for c in dependents(tok) if c.dep_ == "dative"]
            if leave is not None and any(
                    c.dep_ == "dobj" and g.lemma(c) in g.unit_nouns for c in dependents(leave.token)):
                # "gave Kyiv an ultimatum to withdraw its forces": what must leave is an army, not
                # the party given the ultimatum; the demand stays an ultimatum (139), as "ordered
                # American troops to leave" stays a demand (see _expulsion)
                continue
            expel = self._expulsion(leave.pattern, given) if leave is not None else None
            if leave is None or expel is None:
                continue
            d.code, d.rule = expel.code, f"expulsion:{g.lemma(tok)}({leave.pattern.rule})->{expel.code}"
            for o in drafts:
                if o is not d and o.trigger.i == leave.token.i:
                    o.secondary = d

    def _specific_subjects(
        self, drafts: list[_Draft], by_tok: dict[int, Trigger], nouns: dict[int, Trigger]
    ) -> None:
        """A verb's act named more narrowly by its subject noun takes the noun's code: "a car bomb
        exploded" is a car bombing (1832), not only a bombing (183); "a roadside bomb struck a patrol"
        is 1833. An attack that kills or destroys is coded as that attack ("air strikes killed 12"
        is the air strikes, 195): the deaths are what it led to.

        Args:
            nouns: the sentence's event-noun triggers by token, also those another trigger took as object.
        """
        force = ("18", "19", "20")
        for d in drafts:
            own = by_tok.get(d.trigger.i)
            if own is None or own.pattern.kind != "verb" or d.code != own.pattern.code:
                continue
            tok = d.trigger
            result = (self.g.lemma(tok) in self.g.result_verbs and d.code[:2] in force) or (
                d.code in self.g.attack_outcome_codes)
            # "air strikes [that] killed 12 people": the parser may hang the verb on its subject
            doers = [tok.head] if tok.dep_ == "acl" and any(c.dep_ == "dobj" for c in dependents(tok)) else []
            doers += [c for c in dependents(tok) if c.dep_ in ("nsubj", "nsubjpass")]
            scene: set[int] = set()
            if result and is_passive(tok):
                # "soldiers were killed by a roadside bomb", "were killed in a car bombing claimed by
                # X": the passive's agent, or the assault it was done in, is the attack it was, when
                # it names a specific means (a code of four digits: 1832, 1833); a generic one ("killed
                # in an ambush", 180) leaves the killing of soldiers their battle (190), as annotators code
                scene = {o.i for p in dependents(tok)
                         if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ in self.g.act_scene_preps)
                         for o in dependents(p) if o.dep_ == "pobj"}
                doers += [tok.doc[i] for i in sorted(scene)]
            for c in doers:
                named = nouns.get(c.i)
                if named is None:
                    continue
                code = named.pattern.code
                if c.i in scene and len(code) < 4:
                    continue
                if (len(code) > len(d.code) and code.startswith(d.code)) or (
                    result and c.dep_ != "nsubjpass" and code[:2] in force and code[:2] != d.code[:2]
                ):
                    d.code = code
                    d.rule = f"{d.rule}+subject({named.pattern.rule})->{d.code}"

    def _specific_objects(
        self, drafts: list[_Draft], by_tok: dict[int, Trigger], nouns: dict[int, Trigger]
    ) -> None:
        """A verb whose pattern names its object noun ("made a pledge", "renewed its promise") and
        codes only the root's general code takes the narrower code the noun's own phrase gives: "made
        a pledge of $200 million to Haiti" is the pledge of money (0331) as "pledged $200 million"
        is; "renewed its offer of talks" the offer of talks (036); "issued a threat of sanctions" 1312.

        Args:
            nouns: the sentence's event-noun triggers by token, also those another trigger took as object.
        """
        for d in drafts:
            own = by_tok.get(d.trigger.i)
            if own is None or own.pattern.kind != "verb" or d.code != own.pattern.code or \
                    len(d.code) != 3 or not d.code.endswith("0") or d.code[:2] not in self.g.intent_families:
                # only promises and threats (03, 13): their noun's phrase says what is promised
                continue
            for c in dependents(d.trigger):
                named = nouns.get(c.i) if c.dep_ == "dobj" else None
                if named is None or c.lemma_.lower() not in own.pattern.objects:
                    continue
                code = named.pattern.code
                if code[:2] == d.code[:2] and code != d.code:
                    d.code = code
                    d.rule = f"{d.rule}+object({named.pattern.rule})->{code}"
                    break

    def _criminal_probes(self, drafts: list[_Draft]) -> None:
        """An investigation by the police, prosecutors or judges (``crime_investigators``) is one
        into crime (091), though what it examines is an attack or a death."""
        g = self.g
        for d in drafts:
            if d.code in g.crime_probe_codes and any(
                    m.actor.role in g.crime_investigators for m in d.sources):
                d.code = g.crime_probe_code
                d.rule = f"{d.rule}+investigator->{g.crime_probe_code}"

    @staticmethod
    def _recode_state_acts(
        drafts: list[_Draft], codes: frozenset[str], code: str, label: str,
        fits: Callable[[_Draft], bool], state: Callable[[MentionLike, Doc], bool],
    ) -> None:
        """The step state protests, charges and retorts share: a draft of one of ``codes`` with a
        target, that ``fits``, whose every doer is a state (``state``), is recoded to ``code`` (its rule
        marked ``label(rule)->code``)."""
        for d in drafts:
            if d.code in codes and d.targets and d.sources and fits(d) \
                    and all(state(m, d.trigger.doc) for m in d.sources):
                d.code, d.rule = code, f"{label}({d.rule})->{code}"

    def _state_protests(self, drafts: list[_Draft]) -> None:
        """A protest whose every doer is a state named as a whole (its country or capital) or its
        government, addressed to another party, is a formal complaint (114), not a street protest."""
        g = self.g
        self._recode_state_acts(drafts, g.state_protest_codes, g.state_protest_code, "state",
                                lambda d: True, lambda m, doc: _state_as_whole(m, doc, g))

    def _state_charges(self, drafts: list[_Draft]) -> None:
        """A state or its government "charging" another state named as a whole with an act
        ("Riyadh charged Doha with funding militants") accuses it (112): a state cannot be arrested or
        indicted, so the legal sense (173) needs a person or group as the one charged."""
        g = self.g

        def fits(d: _Draft) -> bool:
            doc = d.trigger.doc
            return g.lemma(d.trigger) in g.state_charge_verbs and all(
                m.actor.country and m.actor.role in (None, *g.state_protest_roles)
                and any(doc[i].ent_type_ == "GPE" for i in range(m.start, m.end)) for m in d.targets)

        self._recode_state_acts(drafts, g.state_charge_codes, g.state_charge_code, "state", fits,
                                lambda m, doc: _state_as_whole(m, doc, g))

    def _state_retorts(self, drafts: list[_Draft]) -> None:
        """A government named by its capital or as the government that "fires back" at another party
        ("Moscow fired back at Washington", "Tehran shot back at London") answers it in words (111):
        gunfire needs forces, and "back" makes the act an answer."""
        g = self.g
        self._recode_state_acts(
            drafts, g.state_retort_codes, g.state_retort_code, "retort",
            lambda d: any(c.lower_ in g.state_retort_particles and c.dep_ in ("advmod", "prt")
                          for c in dependents(d.trigger)),
            lambda m, doc: m.actor.role in g.state_protest_roles)

    def _alleged_claims(self, drafts: list[_Draft], index: MentionIndexLike) -> None:
        """A claim (015) whose "that" clause lays the act on another party ("Russia claimed that
        Ukrainian saboteurs had crossed the border") accuses that party (112): CAMEO's 015 is owning
        one's own act. The party is the clause's subject, or the owner or nationality on it; never
        the claimant's own side ("claimed that its forces had taken the village")."""
        words = argument_words()
        for d in drafts:
            tok = d.trigger
            if not d.code.startswith(words.own_claim_codes) or d.targets or tok.pos_ != "VERB" \
                    or self.g.lemma(tok) not in words.claim_content_verbs:
                continue
            own = own_countries(d.sources, self.g)
            side = {m.actor.code for m in d.sources}
            subjects = [w for s in content_subjects(tok) for w in (
                (s,) if index.at(s.i) is not None else
                [c for c in dependents(s) if c.i < s.i and c.dep_ in ("poss", "amod", "compound")])]
            accused = [m for w in subjects for m in actors_of(w, index, self.g)
                       if m.actor.code not in side and m.actor.country not in own
                       and not any(no_dyad(m, s, self.g) for s in d.sources)]
            if accused:
                d.code, d.targets = words.alleged_claim_code, accused[:1]
                d.rule = f"alleged({d.rule})->{words.alleged_claim_code}"

    def _ended_ties(self, drafts: list[_Draft]) -> None:
        """Cooperation named as what a noun ends ("the suspension of military cooperation with X",
        "an end to defence cooperation") is a reduction of relations, not cooperation; aid so named
        ("a freeze on aid to X") is a reduction of aid."""
        g = self.g
        for d in drafts:
            tok = d.trigger
            if (d.code in g.left_treaty_codes and g.lemma(tok) in g.treaty_ending_words
                    and _cooperation_treaty(tok, g)):
                # "terminated its extradition treaty with the US": cooperation ended, no settlement rejected
                d.code, d.rule = g.ended_ties_code, f"ended({d.rule})->{g.ended_ties_code}"
                continue
            if d.code[:2] in g.ended_aid_roots and any(
                    c.dep_ == "amod" and c.i < tok.i and c.lower_ in g.stopping_modifiers
                    for c in dependents(tok)):
                # "Sweden froze aid to Uganda" with "froze" tagged as an adjective: the aid is stopped
                d.code, d.rule = g.ended_aid_code, f"stopped({d.rule})->{g.ended_aid_code}"
                continue
            if not ended_act(tok, g, ("of", "to", "on")):
                continue
            if d.code[:2] in ("04", "06") and g.lemma(tok) in g.ended_ties:
                d.code, d.rule = g.ended_ties_code, f"ended({d.rule})->{g.ended_ties_code}"
            elif d.code[:2] in g.ended_aid_roots:
                # "a freeze on military aid to Egypt": the aid is what is stopped (CAMEO 162), not given
                d.code, d.rule = g.ended_aid_code, f"ended({d.rule})->{g.ended_aid_code}"

    def _stopped_acts(self, drafts: list[_Draft]) -> None:
        """A cooperative act a verb ends ("China stopped cooperating with the US", "Mali ceased all
        cooperation with France", "Seoul will stop providing aid to X") or that is "no longer" done
        ("the EU will no longer fund X") is coded as CAMEO codes its ending, a reduction of relations
        (16x, ``stopped_act_codes``), with the stopping verb's own modality: the act is not merely
        negated."""
        g = self.g
        for d in drafts:
            tok = d.trigger
            tie = tok.pos_ == "NOUN" and g.lemma(tok) in g.ended_ties
            new = g.ended_ties_code if tie and d.code[:2] in g.stopped_tie_roots \
                else g.stopped_act_codes.get(d.code)
            if new is None:
                continue
            if _no_longer(tok):
                mod = modality_of(tok, tok, g)
                # "no longer" is the negation the modality reading saw: the ending itself is done
                mod = "asserted" if mod == "negated" else mod
            elif (stopper := stopping_head(tok, g)) is not None and (
                    tok.pos_ != "NOUN" or tie or d.code[:2] not in g.session_roots):
                # a noun of a meeting or talks ended is one session over ("ended their meeting in
                # Beijing"), not a tie cut; "did not stop cooperating" tells no ending at all
                mod = modality_of(stopper, stopper, g)
                if mod == "negated":
                    continue
            else:
                continue
            d.code, d.modality, d.rule = new, mod, f"stopped({d.rule})->{new}"

    def _appeal_authors(self, drafts: list[_Draft], index: MentionIndexLike) -> None:
        """A refused appeal is refused to whoever made it: "rejected a request from Nigeria to
        extradite X" (1213) targets Nigeria, not X, when the appeal noun names its author."""
        g = self.g
        for d in drafts:
            comp = g.complements.get(g.lemma(d.trigger)) if d.rule.startswith("complement:") else None
            if comp is None or comp.family is None or comp.modality != "negated":
                continue
            authors = [
                m
                for n in dependents(d.trigger)
                if n.dep_ == "dobj" and (asked := g.complements.get(g.lemma(n))) is not None
                and asked.object_control and asked.family in g.mandative_families
                for p in dependents(n)
                if p.dep_ == "prep" and (p.lower_ in g.agent_preps or p.lower_ == "from")
                for o in dependents(p)
                if o.dep_ == "pobj"
                for m in actors_of(o, index, g)
            ]
            if authors:
                d.targets = authors

    def _open_appeals(self, drafts: list[_Draft]) -> None:
        """An appeal that names no addressee, only what it asks for ("appealed for the release of the
        hostages", "called for early elections"), is an appeal to no one in particular: kept without a
        target, as CAMEO codes it, instead of dropped for want of one."""
        g = self.g
        for d in drafts:
            tok = d.trigger
            if d.targets or d.notarget or d.reciprocal or d.secondary is not None or not d.sources:
                continue
            if d.code[:2] != "02" or tok.pos_ != "VERB" or d.modality == "negated":
                continue
            comp = g.complements.get(g.lemma(tok))
            if comp is None or comp.family != "02":
                continue
            kids = list(dependents(tok))
            # "urged the couple to leave", "called on the envoys to": an addressee is named, though it
            # resolved to no actor; the appeal is not an open one
            if any(c.dep_ in ("dobj", "dative") or (
                c.dep_ == "prep" and c.lower_ in g.control_preps
                # "appealed on Friday for ...": a day is no addressee
                and any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in dependents(c))
            ) for c in kids):
                continue
            if any(c.dep_ == "prep" and c.lower_ in g.open_appeal_preps
                   and any(o.dep_ == "pobj" for o in dependents(c)) for c in kids):
                d.notarget = True
                d.rule = f"open({d.rule})"

    def _courtesy_calls(self, drafts: list[_Draft]) -> None:
        """"Called on X" that asks nothing of X ("the Chinese ambassador called on the foreign minister
        on Monday") is a courtesy call in diplomatic copy: a visit (042), not an appeal."""
        g = self.g
        plain = g.derived_code("02", "")
        for d in drafts:
            tok = d.trigger
            if d.code != plain or tok.pos_ != "VERB" or g.lemma(tok) not in g.calling_verbs or not d.targets:
                continue
            kids = list(dependents(tok))
            if not any(c.dep_ == "prep" and c.lower_ in g.courtesy_call_preps for c in kids):
                continue
            # an ask anywhere in the phrase ("to resign", "for restraint", "that it ...") keeps the appeal
            if any(c.dep_ in ("xcomp", "ccomp", "advcl", "dobj") for c in kids):
                continue
            if any((t.lower_ == "to" and t.dep_ == "aux")
                   or (t.dep_ == "prep" and t.lower_ in g.open_appeal_preps)
                   for t in tok.subtree if t.i > tok.i):
                continue
            d.code = "042"
            d.rule = f"courtesy({d.rule})->{d.code}"

    def _aid_appeals(self, drafts: list[_Draft]) -> None:
        """An appeal "for" aid ("appealed to donors for emergency aid", "appealed to the international
        community for financial help") is CAMEO's appeal for that aid (023x), as "appealed for aid"
        is, and like it needs no addressee: one that names no actor leaves it targetless."""
        g = self.g
        plain = g.derived_code("02", "")
        for d in drafts:
            if d.code != plain or d.secondary is not None or d.trigger.pos_ not in ("VERB", "AUX"):
                continue
            aid = [a for a in drafts if a is not d and a.code[:2] in g.aid_appeal_roots
                   and a.trigger.dep_ == "pobj" and a.trigger.head.lower_ == "for"
                   # the parser may hang "for aid" on the addressee ("appealed to donors [for aid]")
                   and d.trigger.i in (a.trigger.head.head.i, a.trigger.head.head.head.head.i)]
            if not aid:
                continue
            d.code = g.derived_code("02", aid[0].code)
            d.rule = f"aid({d.rule})->{d.code}"
            d.notarget = d.notarget or not d.targets

    def _policy_appeals(self, drafts: list[_Draft], by_tok: dict[int, Trigger]) -> None:
        """An appeal whose ask is an act no pattern codes, done to something ("urged Seoul to raise
        its tariffs", "a request to align its visa policy"), asks the addressee to change what it
        does: CAMEO's appeal for a change in policy, not the unspecified appeal."""
        g = self.g
        plain = g.derived_code("02", "")
        for d in drafts:
            tok = d.trigger
            if d.code != plain or d.secondary is not None or not g.policy_appeal_code:
                continue
            # the ask: the verb's controlled infinitive ("urged X to V"), or the noun's ("a call to V")
            deps = {"VERB": ("xcomp", "ccomp"), "NOUN": ("acl", "relcl")}.get(tok.pos_, ())
            asks = [c for c in dependents(tok) if c.dep_ in deps and c.pos_ == "VERB" and has_to(c)]
            if not asks and tok.pos_ == "NOUN" and tok.dep_ == "dobj":
                # "rejected calls from X [to step down]": the parser may hang the noun's infinitive on
                # the verb whose object the noun is
                asks = [c for c in dependents(tok.head) if c.dep_ in ("advcl", "xcomp") and c.i > tok.i
                        and c.pos_ == "VERB" and has_to(c)]
            asks += [k for a in asks for k in dependents(a) if k.dep_ == "conj" and k.pos_ == "VERB"]
            if not asks:
                continue
            # "rejected calls from X to step down": an ask a refusal took as its own content still
            # names what the appeal noun was for (0241 here)
            named = {g.derived_code("02", by_tok[a.i].pattern.code) for a in asks if a.i in by_tok} - {plain}
            # "urged X to speed up the deployment of peacekeepers": an uncoded verb done to an event
            # noun asks for that event (0234)
            objects = {
                g.derived_code("02", by_tok[k.i].pattern.code)
                for a in asks if a.i not in by_tok
                for k in dependents(a) if k.dep_ == "dobj" and k.i in by_tok
            } - {plain}
            if len(named) == 1 and tok.pos_ == "NOUN":
                d.code = named.pop()
            elif not named and len(objects) == 1:
                d.code = objects.pop()
            elif not named and all(
                (a.i not in by_tok or by_tok[a.i].pattern.code[:2] in g.policy_ask_roots)
                and any(k.dep_ == "dobj" for k in dependents(a))
                # "to stop the fighting": an act done to an event is about that event, not a policy
                and not any(k.dep_ == "dobj" and k.i in by_tok for k in dependents(a))
                for a in asks
            ):
                # an uncoded act done to something, or a cut or refusal ("to suspend arms exports",
                # "to scrap the law"): what is asked is a change of the addressee's policy
                d.code = g.policy_appeal_code
            else:
                continue
            d.rule = f"policy({d.rule})->{d.code}"

    def _relayed_asks(self, drafts: list[_Draft]) -> None:
        """An appeal to one party to make another act ("called on the Council to force Israel to halt
        its strikes", "urged Washington to press Cairo to free X") asks for that act: its sub-code
        is the act's, and the relayed demand, only asked for, is part of the appeal."""
        g = self.g
        plain = g.derived_code("02", "")
        for d in drafts:
            tok = d.trigger
            comp = g.complements.get(g.lemma(tok))
            if d.code != plain or d.secondary is not None or comp is None or comp.family != "02":
                continue
            relayed = next(
                (
                    o
                    for o in drafts
                    if o is not d and o.secondary is None and o.trigger.head.i == tok.i
                    and o.trigger.dep_ in ("xcomp", "advcl", "ccomp") and o.rule.startswith("complement:")
                    and (inner := g.complements.get(g.lemma(o.trigger))) is not None
                    and inner.object_control and inner.family in g.relayed_ask_families
                ),
                None,
            )
            if relayed is None:
                continue
            asked = next((x.code for x in drafts if x.secondary is relayed and x.trigger.i != tok.i), None)
            if asked is not None:
                d.code = g.derived_code("02", asked)
            elif relayed.code[:2] == "02":
                # "urged X to press Y to allow aid in": the relayed appeal already names what is asked
                # (the act itself, only asked for, was not kept)
                d.code = relayed.code
            d.rule = f"relayed({d.rule}+{relayed.rule})->{d.code}"
            # every act the relayed verb codes ("to force X to halt its strikes and withdraw") is asked
            for o in drafts:
                if o is not d and o.secondary is None and o.trigger.i == relayed.trigger.i:
                    o.secondary = d

    def _answered_appeals(
        self, drafts: list[_Draft], by_tok: dict[int, Trigger], index: MentionIndexLike
    ) -> None:
        """An appeal noun in the background of an act ("refused to free X despite appeals from Y",
        "freed X after calls from Y") was made to that act's doer, by its from-phrase's party; what
        it asked for is the act (a cooperative one), which names its sub-code."""
        g = self.g
        for d in drafts:
            noun = d.trigger
            if d.targets or d.notarget or d.reciprocal or d.secondary is not None or d.code[:2] != "02":
                continue
            prep = noun.head
            if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.lower_ not in g.answered_appeal_preps:
                continue
            verb = prep.head
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            authors = d.sources or [
                m
                for p in dependents(noun)
                if p.dep_ == "prep" and (p.lower_ == "from" or p.lower_ in g.agent_preps)
                for o in dependents(p)
                if o.dep_ == "pobj"
                for m in actors_of(o, index, g)
            ]
            if not authors:
                continue
            own = {m.actor.code for m in authors}
            doers = [m for m in self._sources_of_verb(verb, index)[0] if m.actor.code not in own]
            if not doers:
                continue
            # "refused to free X despite appeals": the act asked for is the refused one, or the act
            # itself; only a cooperative act ("free", "allow", "resume") names what the appeal was for
            asked = next(
                (
                    by_tok[c.i].pattern.code
                    for c in (verb, *(k for k in dependents(verb) if k.dep_ == "xcomp"))
                    if c.i in by_tok and "03" <= by_tok[c.i].pattern.code[:2] <= "08"
                ),
                None,
            )
            d.sources, d.targets = authors, doers
            # the appeal was made, whatever became of the act it asked for ("refused to free X despite ...")
            d.modality = "asserted"
            if asked is not None and d.code == g.derived_code("02", ""):
                d.code = g.derived_code("02", asked)
            d.rule = f"answered({d.rule})->{d.code}"

    def _pressed_refusals(self, drafts: list[_Draft], index: MentionIndexLike) -> None:
        """A refusal (12x) that names no party it refuses, said to stand against pressure ("refused to
        back down despite U.S. pressure", "refused to step down despite calls from the opposition"),
        refuses whoever pressed: the pressing noun's owner, modifier or from/by phrase."""
        g = self.g
        refusals = g.refusal_code[:2]
        for d in drafts:
            if d.targets or d.reciprocal or d.code[:2] != refusals or not d.sources:
                continue
            own = {m.actor.code for m in d.sources}
            tok = d.trigger
            pressers = [
                m
                for v in (tok, *(k for k in dependents(tok) if k.dep_ == "xcomp"))
                for p in dependents(v)
                if p.dep_ == "prep" and p.lower_ in g.answered_appeal_preps
                for o in dependents(p)
                if o.dep_ == "pobj" and g.lemma(o) in g.pressing_nouns
                for w in (
                    *(c for c in dependents(o) if c.dep_ in ("poss", "compound", "amod")),
                    *(w for q in dependents(o)
                      if q.dep_ == "prep" and (q.lower_ == "from" or q.lower_ in g.agent_preps)
                      for w in dependents(q) if w.dep_ == "pobj"),
                )
                for m in actors_of(w, index, g)
                if m.actor.code not in own
            ]
            if pressers:
                d.targets = pressers[:1]
                d.rule = f"{d.rule} +pressed"

    def _binding_rules(self, drafts: list[_Draft]) -> None:
        """A rule noun's participle or relative clause that binds its object ("passed a law requiring
        NGOs to register", "a decree that forces X to disclose"): what the enacting body imposes is
        a restriction on that object (1721 on media, NGOs, parties, opposition), not its demand."""
        g = self.g
        if not g.binding_code:
            return
        for d in drafts:
            tok = d.trigger
            if tok.pos_ != "VERB" or g.lemma(tok) not in g.binding_verbs or d.code[:2] not in ("10", "17"):
                continue
            if tok.dep_ in ("acl", "relcl"):
                rule = g.lemma(tok.head) in g.rule_nouns
            else:
                # "passed a law on Thursday requiring X to V": an adverbial between them makes the
                # parser hang the participle on the enacting verb, whose object is the rule
                rule = tok.dep_ == "advcl" and tok.tag_ == "VBG" and any(
                    c.dep_ == "dobj" and c.i < tok.i and g.lemma(c) in g.rule_nouns
                    for c in dependents(tok.head)
                )
            if not rule:
                continue
            roles = {m.actor.role for m in d.targets}
            d.code = g.freedom_code if roles & g.freedom_roles else g.binding_code
            d.rule = f"binding({d.rule})->{d.code}"

    def _characterised_rulings(self, drafts: list[_Draft]) -> None:
        """A court's ruling rejected "as" something ("a verdict he dismissed as a farce", "rejected
        the ruling as a sham"): criticism of the court (111), not the rejection of a proposal."""
        g = self.g
        if not g.characterised_ruling_code:
            return
        for d in drafts:
            tok = d.trigger
            if tok.pos_ != "VERB" or d.code[:2] != "12" or d.secondary is not None:
                continue
            kids = dependents(tok)
            if not any(c.dep_ == "prep" and c.lower_ == "as" for c in kids):
                continue
            # the ruling is the verb's object, or the noun its relative clause describes
            ruled = [c for c in kids if c.dep_ == "dobj"]
            if tok.dep_ == "relcl":
                ruled.append(tok.head)
            if not any(g.lemma(r) in g.ruling_nouns for r in ruled):
                continue
            d.code = g.characterised_ruling_code
            d.rule = f"characterised({d.rule})->{d.code}"

    def _intents(self, drafts: list[_Draft], by_tok: dict[int, Trigger], index: MentionIndexLike) -> None:
        """Recode a speaker's own future act in a clause it reports as its intent or threat ("the
        rebels said they would release X" is 0353, "announced it will impose sanctions" 1312)."""
        for d in drafts:
            root = d.code[:2]
            family = self.g.intent_family(root)
            own = by_tok.get(d.trigger.i)
            # a joint act is one both sides do ("said they will meet"), or a meeting anyway; a
            # code merely listed as mutual ("would buy tanks from Germany") is directed here
            # ("Britain will send trainers to Kyiv, the minister said" is one side's intent even
            # when the act's pattern is mutual: only co-subjects or a meeting make it joint)
            sides = {m.actor.code for m in d.sources}
            joint = ((d.reciprocal or d.mutual) and (len(sides) >= 2 or root in self.g.scheduled_roots)) or (
                own is not None and own.pattern.reciprocal and root in self.g.scheduled_roots
            )
            welcomer = self._welcomed_meeting(d.trigger)
            if welcomer is None and (family is None or (family == "03" and joint)):
                # a joint act ("said they will meet") stays the meeting both sides hold
                continue
            if d.rule.startswith(("complement", "deontic", "intent")):
                continue
            tok = d.trigger if welcomer is None else welcomer
            if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and self.g.lemma(tok.head) in self.g.light_verbs:
                # "said it will begin a new military operation": the act is named by the light verb's
                # object, but the intent is told by the light verb's clause, as with "would attack"
                tok = tok.head
            if gone_on_with(tok, self.g):
                # "said it would continue to support Kyiv": the act goes on, and the clause of the verb
                # of going on tells the intent, as the light verb's does
                tok = tok.head
            speech = reported_intent(tok, self.g, offered=d.code in self.g.offered_codes)
            if speech is None:
                continue
            if root in self.g.announced_roots:
                # "said it would deploy troops to the border": the posture, planned (a threat
                # verb governing it is a complement, handled before)
                continue
            if root in self.g.scheduled_roots and d.trigger.i < speech.i:
                # "the president will travel to Argentina next week, officials said": a visit put
                # before who reports it is news of a schedule, not the speaker's declared intent
                # ("Argentina's president said he would visit Chile" is)
                continue
            speakers, _ = self._sources_of_verb(speech, index)
            if speech.dep_ == "advcl":
                # a trailing report misread as a clause of the act (reported_intent): its speaker is
                # the subject nearest the speech verb, not the time phrase's noun the parser also
                # hung on it ("after the cyclone that hit Port Vila, Minister X said")
                near = [c for c in dependents(speech) if c.dep_ == "nsubj" and c.i < speech.i][-1:]
                speakers = [m for c in near for m in actors_of(c, index, self.g)] or speakers
            # only what the speaker itself (or its own side) will do: "Paris said Rome will
            # withdraw" is a prediction about Rome
            side = side_of(speakers)
            # "France will send howitzers to Ukraine, the defence ministry announced": an office
            # named by its role alone, reporting after the act, speaks for the state that acts
            # (its country, if any, is only guessed from the sentence's other names)
            doc = d.trigger.doc
            # So does an official named by a bare title and a name the dictionary does not know
            # ("Mauritania will send food aid to Mali, Foreign Minister X said"): a title with no country
            # of its own is, in wire copy, a post of the state the sentence is about
            unnamed = bool(speakers) and d.trigger.i < speech.i and all(
                (m.actor.kind == "state" and m.actor.role
                 and not any(t.ent_type_ in ("GPE", "NORP", "PERSON") for t in doc[m.start : m.end]))
                or (m.actor.country is None and m.actor.code in self.g.state_roles)
                for m in speakers
            )
            if not unnamed and not any(on_side(m, side) for m in d.sources):
                continue
            if welcomer is not None:
                # "said it would welcome talks with India": the speaker's readiness to meet (036)
                d.code = self.g.welcomed_meeting_code
            elif family is None:
                continue
            else:
                d.code = self.g.derived_code(family, d.code)
            d.rule = f"intent({d.rule})->{d.code}"
            d.modality = "asserted"
            # "Cairo warned Addis Ababa that it would use force": the warning is that threat, made to
            # whom it was told; one event, with the threat's own code
            told = next(
                (
                    o
                    for o in drafts
                    if o.trigger.i == speech.i and o.secondary is None and o.targets and o.code[:2] == family
                ),
                None,
            )
            if told is not None:
                told.code, told.rule = d.code, d.rule
                d.secondary = told

    def _welcomed_meeting(self, tok: Token) -> Token | None:
        """The verb of welcoming whose object is a meeting with the welcomer ("would welcome talks with
        India", "would welcome negotiations"), when ``tok`` is that verb or that meeting noun; None
        for talks between others ("would welcome talks between Kyiv and Moscow") or anything else."""
        g = self.g
        if tok.pos_ in ("VERB", "AUX") and g.lemma(tok) in g.welcoming_verbs:
            verb = tok
            nouns = [c for c in dependents(tok) if c.dep_ == "dobj"]
        elif tok.pos_ == "NOUN" and tok.dep_ == "dobj" and g.lemma(tok.head) in g.welcoming_verbs:
            verb, nouns = tok.head, [tok]
        else:
            return None
        for n in nouns:
            if g.lemma(n) in g.welcomed_meeting_nouns and not any(
                c.dep_ == "prep" and c.lower_ in g.welcomed_meeting_third_preps for c in dependents(n)
            ):
                return verb
        return None

    def _refusal(self, tok: Token, pat: Pattern, mod: str, trigger: Token | None = None) -> bool:
        """A cooperative act whose clause ``tok`` is negated with a future or volitional auxiliary
        ("will not lift", "won't hold talks", "would not allow"), or whose ``trigger`` a denied intent
        governs ("has no intention of releasing", "no interest in talks"): a refusal, not only an act
        that did not happen."""
        if mod != "negated" or not ("03" <= pat.code[:2] <= "08"):
            return False
        if trigger is not None and denied_stance(trigger, self.g) is not None:
            return True
        if ruled_out(tok, self.g):
            # "ruled out sending troops": refused as "refused to send troops" is
            return True
        if tok.dep_ == "xcomp" and self.g.lemma(tok.head) in self.g.failure_verbs:
            # "failed to reach a deal": an agreement not reached is rejected; other failed acts
            # ("failed to deliver aid") only did not happen
            return (
                pat.kind == "verb"
                and pat.code in self.g.failure_codes
                and not any(c.dep_ == "neg" for c in dependents(tok.head))
            )
        return refused_with_aux(tok, self.g)

    def _deployments(self, drafts: list[_Draft]) -> None:
        """Forces sent to a mission or abroad to help ("sent troops to the UN mission in Lebanon",
        "deployed police to Haiti to help restore order") provide military protection (074), not a
        show of force or a police mobilisation; a posture toward a border or a party stays as it is."""
        g = self.g
        # CAMEO 154 mobilises armed forces: unions, parties, aid groups or civilians that "mobilise"
        # (for a strike, a vote, a rescue) command none
        unarmed = {
            id(d) for d in drafts
            if d.code == g.posture_code and d.sources
            and all(m.actor.role in g.forceless_roles for m in d.sources)
        }
        for d in drafts:
            if id(d) in unarmed:
                continue
            tok = d.trigger
            if d.code[:2] == g.posture_code[:2] and tok.tag_ == "VBN" \
                    and (tok.dep_ == "acl" or tok.dep_ == "pcomp" and tok.head.lower_ == "with") \
                    and not any(c.dep_ == "agent" for c in dependents(tok)):
                # "with thousands of police deployed around the squares", "troops stationed in the
                # region": a passive participle on the forces names what was sent, not who sent it; with
                # no agent it is the scene, and an agentless passive is not coded (gold conventions)
                unarmed.add(id(d))
                continue
            if d.code in g.aid_posture_codes and g.lemma(tok) in g.deployment_verbs and tok.pos_ == "VERB":
                words = {c.lower_ for c in dependents(tok) if c.dep_ in ("prep", "dative")}
                if words & g.posture_preps and not words & {"to", "for"}:
                    # "sent warships and fighter jets near Taiwan": arms sent toward someone, to no
                    # recipient, are the sender's own forces shown, not aid
                    d.code, d.rule = g.posture_code, f"posture({d.rule})->{g.posture_code}"
                continue
            # (the objects read only for a verb of deployment: most drafts are none)
            missions = [c for c in dependents(tok) if c.dep_ == "dobj" and _mission(c, g)] \
                if d.code in g.deployment_codes and tok.pos_ == "VERB" else []
            if missions:
                # "arrived to reinforce the multinational force", "deployed a peacekeeping force": what
                # the forces strengthen or form is a mission protecting its host (074), no show of force
                d.code, d.rule = g.deployment_code, f"deployed({d.rule})->{g.deployment_code}"
                # "the multinational force helping Haiti's police": the help the mission's own clause
                # tells is that protection, no aid event of its own
                told = {c.i for m in missions for c in dependents(m) if c.dep_ in ("acl", "relcl")}
                unarmed.update(id(o) for o in drafts
                               if o.trigger.i in told and o.code[:2] == g.deployment_code[:2])
                continue
            if d.code not in g.deployment_codes or g.lemma(tok) not in g.deployment_verbs and \
                    not (tok.pos_ == "NOUN" and g.lemma(tok) == "deployment"):
                continue
            purposes = {c.i for c in dependents(tok)
                        if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and has_to(c)}
            if purposes and any(o.trigger.i in purposes and o.code.startswith(tuple(g.relief_purpose_roots))
                                for o in drafts):
                # "deployed helicopters to fight the wildfires", "soldiers to distribute food": forces
                # sent to give humanitarian aid (the purpose coded 073) show no force (CAMEO 15); the
                # aid is the event
                unarmed.add(id(d))
                continue
            if any(_relief_aim(c, g) for c in dependents(tok) if c.i in purposes):
                # "deployed troops and helicopters to help flood victims", "soldiers to help rescue
                # efforts after the quake": forces sent to relieve a disaster give humanitarian aid
                # (CAMEO 073, as annotators code troops sent after a disaster), not a force posture
                d.code, d.rule = g.relief_code, f"relief({d.rule})->{g.relief_code}"
                d.reciprocal = False
                continue
            # what is sent is an armed unit or police ("a team of military planners" is cooperation)
            sent = [c for c in dependents(tok) if c.dep_ in ("dobj", "nsubjpass")] + [
                o for c in dependents(tok) if c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ == "NOUN"
                for o in dependents(c) if o.dep_ == "pobj"]
            sent += [k for c in sent for k in dependents(c) if k.dep_ == "conj"]
            # "a unit of military instructors", "a contingent of police": what the carrier holds is sent
            # and so does a count ("thousands of soldiers")
            sent = [next((o for p in dependents(c) if p.dep_ == "prep" and p.lower_ == "of"
                          for o in dependents(p) if o.dep_ == "pobj"), c)
                    if g.lemma(c) in g.carrier_nouns or c.lower_ in g.amount_words or c.like_num else c
                    for c in sent]
            if sent and not any(g.lemma(c) in g.unit_nouns for c in sent):
                if d.code[:2] == g.posture_code[:2] and all(g.lemma(c) in g.relief_nouns for c in sent):
                    # "the deployment of emergency teams", "deployed firefighters": CAMEO 15 is a posture
                    # of armed forces or police; rescue teams, aid workers or volunteers sent show none
                    unarmed.add(id(d))
                continue
            if d.code == "062" and not d.targets and sent:
                # "deployed more troops": forces deployed with no counterpart are the posture (154)
                d.code, d.rule = g.posture_code, f"posture({d.rule})->{g.posture_code}"
                if len({m.actor.code for m in d.sources}) < 2:
                    d.reciprocal, d.notarget = False, True  # a posture is one side's, not mutual
                continue
            sides = {m.actor.country for m in d.sources} - {None}
            # "NATO deployed jets to Poland", "the AU sent troops to Somalia": an alliance or a
            # regional body sends forces to protect, not to face, the states it serves
            multilateral = bool(d.sources) and all(m.actor.kind == "igo" for m in d.sources)
            # only a foreign host: troops sent within their own country are mobilised (15x)
            if not (sides or multilateral) or any(m.actor.country in sides for m in d.targets):
                continue
            # "to protect civilians", "to the Middle East": people or a region are no host state
            hosts = bool(d.targets) and all(m.actor.country is not None for m in d.targets)
            kids = list(dependents(tok))
            if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
                # "announced the deployment of troops to Liberia on a peacekeeping mission": the parser
                # hangs the noun's phrases on the verb it is the object of
                kids += [c for c in dependents(tok.head) if c.dep_ in ("prep", "dative")]
            preps = [c for c in kids if c.dep_ in ("prep", "dative")]
            places = [o for p in preps for o in dependents(p) if o.dep_ == "pobj"]
            # "facing X" may hang on the verb as a clause of its own
            if any(c.lower_ in g.posture_preps for c in kids) or any(
                    g.lemma(o) in g.posture_nouns or any(c.lower_ in g.posture_preps for c in dependents(o))
                    for o in (*places, *sent)):
                # "along the border with X", "to the Line of Control facing X": a posture
                if d.code == "062":
                    d.code, d.rule = g.posture_code, f"posture({d.rule})->{g.posture_code}"
                continue
            aims = [c for c in kids if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and has_to(c)]
            named = places + [o for a in aims for c in dependents(a) if c.dep_ in ("dobj", "prep")
                              for o in (c, *dependents(c)) if o.dep_ in ("dobj", "pobj")]
            # "a platoon to Kuwait, its first involvement in a peacekeeping mission": what an apposition says
            named += [o for x in (*places, *sent) for a in dependents(x) if a.dep_ == "appos"
                      for p in (a, *dependents(a)) for o in (p, *dependents(p))
                      if o.dep_ in ("appos", "pobj")]
            # "as part of a regional force", "as members of the UN mission": what the forces join is
            # named in the "of" phrase of the place word
            named += [o for x in places for p in dependents(x) if p.dep_ == "prep" and p.lower_ == "of"
                      for o in dependents(p) if o.dep_ == "pobj"]
            mission = any(_mission(o, g) for o in named)
            helping = hosts and any(g.lemma(a) in g.help_purposes for a in aims)
            # "deployed 1,000 soldiers to Mozambique at the request of the government": forces a host
            # asked for come to protect it, as those sent to help it do
            helping = helping or hosts and any(
                p.lower_ in g.invitation_preps and g.lemma(o) in g.invitation_nouns
                for p in preps for o in dependents(p) if o.dep_ == "pobj")
            # police sent abroad serve the host: no force is shown to it, nor is it policed at home
            helping = helping or hosts and bool(sent) and all(g.lemma(c) in g.police_nouns for c in sent)
            # a cooperation or police code already reached a foreign host: sent there, it protects
            # and so do forces stationed in or sent to a foreign state by its bare name ("will station a
            # brigade in Lithuania", "sent 200 troops to Estonia"), facing no one there ("to northern
            # Syria", "to the border" name a front)
            hosted = hosts and (multilateral or d.code not in ("154", "150")
                                or tok.pos_ == "VERB" and _sent_to_state(sent, preps, g))
            if mission or helping or hosted:
                d.code, d.rule = g.deployment_code, f"deployed({d.rule})->{g.deployment_code}"
        drafts[:] = [d for d in drafts if id(d) not in unarmed]

    def _blocked_movement(self, drafts: list[_Draft]) -> None:
        """Forces that block a party "from reaching/leaving" a place restrict its movement (191), not
        its aid or its rights ("coast guard ships blocked a supply boat from reaching the shoal")."""
        g = self.g
        for d in drafts:
            tok = d.trigger
            if d.code not in g.movement_block_codes or g.lemma(tok) not in g.movement_block_verbs:
                continue
            if not any(m.actor.role in g.movement_block_roles for m in d.sources):
                continue
            if any(c.dep_ == "prep" and c.lower_ == "from" and any(
                    w.dep_ == "pcomp" and g.lemma(w) in g.movement_verbs for w in dependents(c))
                   for c in dependents(tok)):
                d.code, d.rule = g.movement_block_code, f"movement({d.rule})->{g.movement_block_code}"

    def _attempts_on_life(self, drafts: list[_Draft]) -> None:
        """An attack on a party (``life_attempt_codes``) that the sentence calls an attempt on a life
        ("gunmen opened fire on the minister's convoy in what officials called an attempt on his
        life", "fired on the governor's car in an apparent assassination attempt") is that attempt
        (CAMEO 185), not a fight: the attack is recoded, and the attempt noun, which names the same
        act, gives no event of its own."""
        g = self.g
        # the attempt nouns coded as such ("an assassination attempt"), whose targets are whose life it was
        named = [d for d in drafts if d.code == g.life_attempt_code and d.rule.startswith("noun:")]
        attempts = [d.trigger for d in named]
        sent = sent_of(drafts[0].trigger) if drafts else None
        # (the sentence's words scanned only when it has an attempt noun at all: most have none)
        if sent is not None and not g.sentence_lacks(sent, g.life_attempt_nouns):
            attempts += [t for t in tokens_of(sent)
                         if t.pos_ == "NOUN" and g.lemma(t) in g.life_attempt_nouns
                         and any((c.dep_ == "prep" and c.lower_ == "on" and any(
                             o.dep_ == "pobj" and g.lemma(o) in g.life_nouns for o in dependents(c)))
                                 or (c.dep_ == "compound" and g.lemma(c) in g.life_attempt_kinds)
                                 for c in dependents(t))]
        if not attempts:
            return
        told: set[int] = set()
        for d in drafts:
            tok = d.trigger
            # an attack whose doer and victim are found ("open fire" patterns are reciprocal-capable,
            # but with a target they are one side's fire on the other)
            if d.code not in g.life_attempt_codes or not d.targets or not d.sources:
                continue
            # the attempt is told inside the attack ("fired on X in an attempt on his life") or the
            # attack inside the clause that has the attempt ("survived an attempt when gunmen fired")
            said = [a for a in attempts if tok.left_edge.i <= a.i <= tok.right_edge.i
                    or (a.dep_ in ("dobj", "nsubjpass") and a.head.pos_ == "VERB"
                        and a.head.left_edge.i <= tok.i <= a.head.right_edge.i and tok.i != a.head.i)]
            if not said:
                continue
            d.code, d.rule = g.life_attempt_code, f"attempt({d.rule})->{g.life_attempt_code}"
            d.reciprocal = False
            # the attempt noun and a word compounded onto it ("assassination" of "assassination attempt")
            words = {w.i for a in said for w in (a, *dependents(a)) if w.dep_ == "compound" or w.i == a.i}
            # whose life it was is who the attempt noun names ("a congressman survived an attempt when a
            # gunman fired on his car in Lima"), not what the fire hit
            victims = [t for n in named if n.trigger.i in words for t in n.targets]
            if victims:
                d.targets = victims
            told |= words
        if told:
            drafts[:] = [d for d in drafts if not (d.rule.startswith("noun:") and d.trigger.i in told)]

    def _covered_events(self, drafts: list[_Draft]) -> None:
        """Drop an event noun that is what a coverage verb reports ("journalists reported on the
        protests") when none of its doers is named inside the noun phrase: the reporters did not do it."""
        g = self.g
        keep: list[_Draft] = []
        for d in drafts:
            tok = d.trigger
            verb = tok.head if tok.dep_ == "dobj" else (
                tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "about") else None)
            if tok.pos_ == "NOUN" and verb is not None and verb.pos_ == "VERB" \
                    and g.lemma(verb) in g.coverage_verbs \
                    and not any(tok.left_edge.i <= m.start <= tok.right_edge.i for m in d.sources):
                continue
            keep.append(d)
        drafts[:] = keep

    def _joint_operations(self, drafts: list[_Draft]) -> None:
        """An act of force the co-subjects do together ("A and B troops launched a joint offensive")
        is military cooperation between them (062 both ways), not an attack on each other."""
        g = self.g
        for d in drafts:
            if d.code[:2] not in ("18", "19", "20"):
                continue
            tok = d.trigger
            named = [tok, *(c for c in dependents(tok) if c.dep_ == "dobj")]
            if not any(c.dep_ in ("amod", "compound") and c.lower_ in g.joint_modifiers
                       for n in named for c in dependents(n)):
                continue
            # only when its parties are its own doers: "a joint offensive against X" stays an attack
            if d.targets and not all(_co_subject(m, tok) for m in d.targets):
                continue
            if not d.targets and not d.reciprocal:
                continue
            d.code, d.rule = g.joint_force_code, f"joint({d.rule})->{g.joint_force_code}"

    def _verdicts(self, sent: Span, drafts: list[_Draft], index: MentionIndexLike) -> list[_Draft]:
        """A court's finding told as a that-clause ("the court ruled that the governor had acted
        unlawfully", "found that the ministry lacked the authority to ..."): a verdict (116) against
        the clause's subject; what the clause says that subject did is part of the verdict."""
        g = self.g
        out: list[_Draft] = []
        if g.sentence_lacks(sent, g.verdict_verbs):
            return out  # most sentences have no verb of a verdict: skip reading every token
        for tok in tokens_of(sent):
            if g.lemma(tok) not in g.verdict_verbs or tok.pos_ != "VERB":  # the rare word first
                continue
            if any(d.trigger.i == tok.i for d in drafts):
                continue  # the verb's own pattern already codes it ("ruled against X")
            clause = verb_complement(tok)
            if clause is None or not _adverse(clause, g.verdict_adverse, g.lemma):
                continue
            mod = modality_of(tok, tok, g)
            if mod == "negated":
                continue
            sources, _ = self._sources_of_verb(tok, index)
            # only a court's finding is a verdict: "the minister found that X had lied" is a remark
            sources = [m for m in sources if m.actor.role == "JUD"]
            if not sources:
                continue
            targets = [
                m
                for c in dependents(clause)
                if c.dep_ in ("nsubj", "nsubjpass")
                for m in actors_of(c, index, g)
                if m.actor.code not in {s.actor.code for s in sources}
            ]
            if not targets:
                continue
            verdict = rule_draft(tok, g.verdict_code,
                                 f"verdict:{g.lemma(tok)}+that({g.lemma(clause)})->{g.verdict_code}",
                                 sources, targets, modality=mod)
            lo, hi = clause.left_edge.i, clause.right_edge.i
            for d in drafts:
                # "ruled that X acted unlawfully by [exporting oil]": the act found is the verdict's
                if lo <= d.trigger.i <= hi and d.secondary is None:
                    d.secondary = verdict
            out.append(verdict)
        return out


def _adverse(clause: Token, words: frozenset[str], lemma: Callable[[Token], str]) -> bool:
    """The that-clause ``clause`` says something unlawful of its subject: its verb, or an adverb,
    adjective or object of that verb, is one of ``words``; not when the clause is negated."""
    kids = list(dependents(clause))
    if any(c.dep_ == "neg" for c in kids):
        return False  # "ruled that the decree did not violate the constitution"
    if lemma(clause) in words or clause.lower_ in words:
        return True
    return any(
        c.dep_ in ("advmod", "acomp", "dobj", "attr", "oprd") and (lemma(c) in words or c.lower_ in words)
        for c in kids
    )


def _co_subject(m: MentionLike, verb: Token) -> bool:
    """The mention ``m`` lies in the subject of ``verb`` (or of the clause a noun trigger is in)."""
    head = verb if verb.pos_ in ("VERB", "AUX") else verb.head
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= m.start <= c.right_edge.i
        for c in dependents(head)
    )


def _sent_to_state(sent: list[Token], preps: list[Token], g: Grammar) -> bool:
    """Forces (``sent``) go to or are stationed in a state named bare ("to Estonia", "in Poland";
    ``station_preps`` on the verb or on the forces), not to a region or front of it ("to northern
    Syria", "to the border")."""
    if not sent:
        return False
    phrases = [*preps, *(c for x in sent for c in dependents(x) if c.dep_ == "prep")]
    dests = [o for p in phrases if p.lower_ in g.station_preps for o in dependents(p) if o.dep_ == "pobj"]
    return bool(dests) and all(
        o.ent_type_ == "GPE" and not any(c.dep_ in ("amod", "compound") for c in dependents(o))
        for o in dests)


def _relief_aim(aim: Token, g: Grammar) -> bool:
    """Whether a deployment's purpose clause is disaster relief: its verb is one of ``relief_aims``
    ("to evacuate residents") or a word of what it names, a few steps down ("to help flood victims", "to
    help with rescue efforts"), is one of ``relief_objects``."""
    if g.lemma(aim) in g.relief_aims:
        return True
    layer = list(dependents(aim))
    for _ in range(3):  # object, its modifiers, a preposition's object: the purpose clause is short
        if any(t.pos_ in ("NOUN", "PROPN") and g.lemma(t) in g.relief_objects for t in layer):
            return True
        layer = [k for t in layer for k in dependents(t) if k.dep_ not in ("relcl", "advcl")]
    return False


def _mission(o: Token, g: Grammar) -> bool:
    """Whether a noun names a mission or a force of several states or of peacekeepers ("the UN mission",
    "the multinational force", "a peacekeeping force"): ``deployment_missions`` or ``mission_modifiers``."""
    return g.lemma(o) in g.deployment_missions or any(
        c.dep_ in ("amod", "compound") and c.lower_ in g.mission_modifiers for c in dependents(o))


def _cooperation_treaty(tok: Token, g: Grammar) -> bool:
    """What ``tok`` (a verb or noun of leaving or ending) acts on is a treaty of standing cooperation: its
    direct object, passive subject, or the object of its own preposition ("withdrew from", "the
    termination of") is a treaty noun whose modifier names such a kind ("the extradition treaty")."""
    objs = [c for c in dependents(tok) if c.dep_ in ("dobj", "nsubjpass")]
    # "withdrew from [the treaty]", and "pulled out of [it]" whose "of" the parser may hang on "out"
    preps = [c for c in dependents(tok) if c.dep_ == "prep"]
    preps += [p for c in dependents(tok) if c.dep_ in ("prep", "prt", "advmod")
              for p in dependents(c) if p.dep_ == "prep"]
    objs += [o for c in preps for o in dependents(c) if o.dep_ == "pobj"]
    if tok.dep_ == "amod" and tok.head.pos_ == "NOUN":
        objs.append(tok.head)  # "the terminated extradition treaty"
    kinds = g.cooperation_treaty_kinds
    return any(
        g.lemma(o) in g.treaty_nouns
        and any(c.dep_ in ("compound", "amod") and g.lemma(c) in kinds for c in dependents(o))
        for o in objs)


def _no_longer(tok: Token) -> bool:
    """``tok`` is done "no longer" ("will no longer fund", "no longer buys"): its doing has ended."""
    return any(c.dep_ == "advmod" and c.lower_ == "longer"
               and any(n.lower_ == "no" for n in dependents(c)) for c in dependents(tok))


def stopping_head(tok: Token, g: Grammar) -> Token | None:
    """The verb that ends the act ``tok`` names: its gerund ("stopped [cooperating]"), its noun object
    ("ceased all [cooperation]"), or the noun object of a gerund it governs ("will stop providing
    [aid]")."""
    head = tok.head
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and head.dep_ == "xcomp" and head.tag_ == "VBG":
        tok, head = head, head.head
    fits = tok.dep_ == "xcomp" and tok.tag_ == "VBG" or tok.dep_ == "dobj" and tok.pos_ == "NOUN"
    # a particle makes another verb: "ended up buying" does the act, it does not stop it
    if not fits or head.pos_ != "VERB" or any(c.dep_ == "prt" for c in dependents(head)):
        return None
    return head if g.lemma(head) in g.stopping_verbs else None
