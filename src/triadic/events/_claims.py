"""Claims told in a report: of responsibility for the speaker's own act of force, of another
party's hand in what a third party does (an accusation told in passing), and judgements of another
party stated as a copular clause ("said Y was behind the plot", "said Y's sanctions were illegal")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from triadic.events._draft import _Draft, rule_draft
from triadic.events._modality import modality_of
from triadic.events._patterns import Grammar
from triadic.events._reading import SentenceReader
from triadic.events._syntax import MentionIndexLike, MentionLike, actors_of, agent_objects, prep_objects
from triadic.events._tree import dep_labels, dependents, doc_tokens

__all__ = ["ClaimMarker"]


class ClaimMarker(SentenceReader):
    """The drafting's claims (a base of :class:`~triadic.events._drafting.EventDrafter`)."""

    def _claims(self, sent: Span, drafts: list[_Draft], index: MentionIndexLike) -> list[_Draft]:
        """A claim of responsibility (``claim_code``) for each act of force a group reports as its
        own, done ("the militia said it had carried out the bombing", "said its fighters attacked
        X", "said one of its members blew himself up"); the act stays an event of its own."""
        g = self.g
        out: list[_Draft] = []
        claimed: set[int] = {d.trigger.i for d in drafts if d.code == g.claim_code}
        for d in drafts:
            if d.code[:2] not in g.claim_roots | g.admission_roots or d.modality != "asserted":
                continue
            if d.code in g.claim_excluded_codes:
                continue
            clause = _own_act_clause(d.trigger)
            speech = _reporting_verb(clause, g) if clause is not None else None
            own = clause is not None and _own_doer(clause, g)
            # "a Houthi spokesman said the group had fired ...": the speaker's group named again by
            # a definite description; the act must then have resolved to the speaker's own actor
            named = not own and clause is not None and _group_doer(clause, g)
            own = own or named
            if speech is None and clause is not None:
                # "admitted shooting down the airliner": the gerund's doer is the admitter
                speech = _admitted_gerund(clause, g)
                own = speech is not None
            if speech is None or speech.i in claimed or clause is None:
                continue
            # a state's forces reporting their own operations report them, they claim nothing; a
            # state that admits one accepts responsibility for it
            admitted = g.lemma(speech) in g.admission_verbs
            if admitted and not own:
                own = _admitted_act(clause, g)
            if not own or (not admitted and d.code[:2] not in g.claim_roots):
                continue
            if not admitted and any(_reporting_state(m, g) for m in d.sources):
                continue
            if modality_of(speech, speech, g) != "asserted":
                continue
            speakers, _ = self._sources_of_verb(speech, index)
            if not speakers:
                continue
            if not admitted and any(_reporting_state(m, g) for m in speakers):
                continue
            side = {m.actor.code for m in speakers}
            if admitted:
                # "the Pentagon admitted that a U.S. drone strike had killed ...": a state admits
                # what its own country's forces did
                side |= {m.actor.country for m in speakers if m.actor.country}
            # the doer the act resolved must be the speaker's side: "said its allies attacked X" is
            # about another party
            if d.sources and not any(m.actor.code in side for m in d.sources):
                continue
            if named and not (d.sources and all(m.actor.code in side for m in d.sources)):
                continue
            claimed.add(speech.i)
            out.append(
                rule_draft(speech, g.claim_code, f"claim({d.rule})->{g.claim_code}", speakers, [],
                           notarget=True)
            )
        return out

    def _complicity(self, sent: Span, index: MentionIndexLike) -> list[_Draft]:
        """An accusation (``complicity_code``) in a report that a party is behind what others do,
        told in the passive ("the rebels, whom the UN says are backed by Rwanda", "migrants, which
        Warsaw says are orchestrated by Minsk", "Congo says the militia is armed by Kigali"): the
        speaker accuses the agent."""
        g = self.g
        out: list[_Draft] = []
        if g.sentence_lacks(sent, g.complicity_verbs):
            return out  # most sentences have no verb of complicity: skip reading every token
        deps, toks = dep_labels(sent.doc), doc_tokens(sent.doc)
        for tok in [toks[i] for i in range(sent.start, sent.end) if deps[i] == "ccomp"]:
            if tok.tag_ != "VBN" or g.lemma(tok) not in g.complicity_verbs:
                continue
            head = tok.head
            if head.pos_ not in ("VERB", "AUX") or g.lemma(head) not in g.claim_verbs:
                continue
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD")
                   for c in (*dependents(tok), *dependents(head))):
                continue
            agents = [m for o in agent_objects(tok) for m in actors_of(o, index, g)]
            if not agents or modality_of(head, head, g) != "asserted":
                continue
            speakers, _ = self._sources_of_verb(head, index)
            side = {m.actor.country or m.actor.code for m in speakers}
            agents = [m for m in agents if (m.actor.country or m.actor.code) not in side]
            if not speakers or not agents:
                continue
            # what is backed must be a third party: the clause's subject, or the noun a relative
            # clause around the report describes ("the rebels, whom the UN says are backed by X");
            # "says its troops are supported by allies" is the speaker's own side
            patients = [c for c in dependents(tok) if c.dep_ == "nsubjpass"]
            if head.dep_ == "relcl":
                patients.append(head.head)
            patients = [p for p in patients if p.lower_ not in g.relative_pronouns]
            backed = [m for p in patients for m in actors_of(p, index, g)]
            own = any(c.dep_ == "poss" and c.lower_ in g.claim_possessives
                      for p in patients for c in dependents(p))
            codes = {m.actor.code for m in speakers}
            if not backed or own or any(m.actor.code in codes for m in backed):
                continue
            out.append(
                rule_draft(head, g.complicity_code, f"complicity({g.lemma(tok)})->{g.complicity_code}",
                           speakers, agents)
            )
        return out


    def _judgements(self, sent: Span, drafts: list[_Draft], index: MentionIndexLike) -> list[_Draft]:
        """A report whose that-clause is a copular judgement of another party: blame laid on it
        ("New Delhi said Islamabad was responsible for the attack", "said the US was behind the
        plot", "said Washington was to blame") is the speaker's accusation (112) of that party; an act
        called by a word of blame ("said the EU sanctions were illegitimate", "said India's decision
        was illegal", "said the strike was a violation of international law") is criticism (111) of
        the act's owner, as naming it so is; a proposal judged not acceptable is turned down (120).
        Blame denied of the speaker's own side ("said it was not responsible for the attack") is a
        denial (016); an accusation judged baseless is dismissed (016). Neutral or favourable
        judgements ("said the talks were constructive") and guesses ("may be behind") are none.
        An act the speaker denies its side did ("it was not responsible for [the attack]") is no act of
        that side: its drafts with the speaker's side as doer are dropped from ``drafts``."""
        g = self.g
        out: list[_Draft] = []
        if g.sentence_lacks(sent, g.judgement_report_verbs):
            return out  # no reporting verb: skip reading every token
        deps, toks = dep_labels(sent.doc), doc_tokens(sent.doc)
        # (the clauses found by the document's label table: no token of the sentence is looked at for one)
        for tok in [toks[i] for i in range(sent.start, sent.end) if deps[i] == "ccomp"]:
            lemma = g.lemma(tok)
            if not (lemma == "be" or lemma in g.blame_acts or lemma in g.involvement_adjectives
                    or lemma in g.blame_bearing_verbs or lemma in g.graft_acts
                    or lemma in g.committing_verbs):
                continue
            head = tok.head
            if head.pos_ not in ("VERB", "AUX") or g.lemma(head) not in g.judgement_report_verbs:
                continue
            kids = dependents(tok)
            if any(c.dep_ == "neg" for c in dependents(head)) or any(
                    c.dep_ == "aux" and c.tag_ == "MD" for c in (*kids, *dependents(head))):
                continue  # "did not say", "said Iran may be behind": no verdict
            # (the parser reads "were involved in" as a passive verb)
            subjects = [c for c in kids if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and lemma != "be")]
            if len(subjects) != 1:
                continue
            subject = subjects[0]
            code = _verdict_code(tok, subject, g, self._conflict_noun)
            if code is None or modality_of(head, head, g) != "asserted":
                continue
            speakers, _ = self._sources_of_verb(head, index)
            if not speakers or any(m.actor.role in g.judgement_excluded_roles for m in speakers):
                continue  # "residents said the militants were behind the blast": testimony, not blame
            # another party: not the speaker nor a part or whole of it ("Damascus said the rebels were
            # responsible" judges the rebels; "Washington said the US was ..." no one else)
            side = {m.actor.code for m in speakers}
            named = [] if subject.pos_ == "PRON" else actors_of(subject, index, g)
            if not named and subject.pos_ == "NOUN":
                # "said the remarks by the French president were unacceptable": the words or act judged
                # are owned by their author, named after the noun as well as before it
                named = _authors(subject, index, g)
            said_of = _said_of(subject, head, index, g)
            if said_of:
                # '"This is unacceptable," X said of Y's decision': the judgement is of what the
                # "of" phrase names, as if that were the clause's subject
                named = said_of
            judged = [m for m in named if not _within_side(m, side)]
            own = not said_of and (subject.lower_ in g.claim_pronouns or (
                not judged and any(_within_side(m, side) for m in named)))
            if not own and not said_of and not judged and _group_doer(tok, g) and not any(
                    m.actor.kind == "state" for m in speakers):
                # "a Houthi spokesman said the group was behind the attack": a group's own speaker
                # names it again by a definite description, as in its claims of acts (_group_doer);
                # a state's "the group" is the party it speaks of, left unjudged
                own = True
            rule = f"judgement:{g.lemma(head)}+that({g.lemma(tok)})->"
            if code == _DENIED_BLAME:
                # "Tehran said it was not responsible for the attack": the speaker's side denies
                # responsibility (016); "said Israel was not behind it" clears another party: none
                if own:
                    out.append(rule_draft(tok, g.dismissal_code, rule + g.dismissal_code, speakers, [],
                                          notarget=True))
                    lo, hi = tok.left_edge.i, tok.right_edge.i
                    drafts[:] = [d for d in drafts if not (
                        lo <= d.trigger.i <= hi and d.trigger.i != tok.i
                        and any(_within_side(m, side) for m in d.sources))]
                continue
            if g.lemma(subject) in g.content_nouns:
                # "said the US claims were baseless", "said the British accusations were absurd": an
                # accusation dismissed is a denial (016, no target), as "dismissed the claims as
                # baseless" is; blame laid on a claim is no party blamed
                if code == _JUDGED:
                    out.append(rule_draft(tok, g.dismissal_code, rule + g.dismissal_code, speakers, [],
                                          notarget=True))
                continue
            if code == _BLAMED and own and (lemma in g.graft_acts or lemma in g.committing_verbs):
                continue  # no one claims its own graft: "said his predecessor had looted" is unresolved
            if code == _BLAMED and own:
                # "the Houthis said they were behind the attack", "said it was responsible for the
                # strike": blame the speaker lays on its own side is its claim of responsibility (015)
                out.append(rule_draft(tok, g.claim_code, rule + g.claim_code, speakers, [], notarget=True))
                continue
            if not said_of and (subject.pos_ == "PRON" or any(
                    c.dep_ == "poss" and c.pos_ == "PRON" for c in dependents(subject))):
                # a pronoun ("said it was responsible", "said its move was a mistake") is most often
                # the speaker's own side: a claim or a defence, not an accusation
                continue
            if not judged:
                continue
            cameo = {_BLAMED: g.complicity_code, _JUDGED: _CRITICISM_CODE, _REFUSED: g.refusal_code}[code]
            if code == _BLAMED and lemma in g.graft_acts:
                cameo = g.graft_code  # "said the minister had embezzled funds": accused of corruption
            elif code == _BLAMED and lemma in g.committing_verbs and any(
                    d.trigger.i == tok.i and d.targets for d in drafts):
                # "said the militia had committed atrocities against villagers": the act the verb codes
                # itself is the event E of "X said E" (our convention), no accusation beside it
                continue
            elif code == _BLAMED and lemma in g.committing_verbs:
                cameo = _committed_wrong(tok, g) or cameo  # "said X had committed war crimes": 1124
            out.append(rule_draft(tok, cameo, rule + cameo, speakers, judged))
        return out

    def _named_owners(self, drafts: list[_Draft], index: MentionIndexLike) -> None:
        """Criticism by naming (``naming+disparaging``) that found no target aims at the party the
        named thing belongs to, also where the parser read a plural object as a clause ("called
        China's drills a provocation": "drills" as a verb)."""
        for d in drafts:
            if not d.rule.endswith(f"naming+disparaging->{d.code}"):
                continue
            side = {m.actor.code for m in d.sources}
            if d.trigger.dep_ == "relcl" and any(
                    o is not d and o.code[:2] == d.code[:2] and {m.actor.code for m in o.sources} == side
                    and o.trigger in d.trigger.ancestors for o in drafts):
                # "summoned X's envoy to protest the detention, which Moscow called unjustified": a
                # name the speaker gives to what its own protest is about is that protest's reason
                d.targets = []
                continue
            if d.targets:
                continue
            named = [c for c in dependents(d.trigger) if c.dep_ in ("dobj", "ccomp")]
            owners = [m for c in named for o in (c, *dependents(c)) if o.dep_ in ("dobj", "ccomp", "poss",
                      "nsubj", "amod", "compound") for m in actors_of(o, index, self.g)]
            side = {m.actor.code for m in d.sources}
            d.targets = [m for m in owners if m.actor.code not in side]
            tok = d.trigger
            if not d.targets:
                # "calling it an attack on democracy by Erdogan's government", "called the ban an
                # attempt by the ruling party to ...": the name given says whose act it is
                d.targets = [m for c in dependents(tok) if c.dep_ == "oprd"
                             for o in prep_objects(c, self.g.agent_preps)
                             for m in actors_of(o, index, self.g) if m.actor.code not in side]
            if not d.targets and tok.dep_ == "pcomp" and any(
                    c.dep_ == "dobj" and c.lower_ == "what" for c in dependents(tok)):
                # "ordered the mayor's arrest, in what the opposition called a purge": what is named is
                # the act of the clause the phrase hangs on, so the criticism aims at that act's doer
                clause = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
                doers = [] if clause is None else [c for c in dependents(clause) if c.dep_ == "nsubj"]
                d.targets = [
                    m for c in doers for m in actors_of(c, index, self.g) if m.actor.code not in side
                ]

    def _stated_reasons(self, drafts: list[_Draft], index: MentionIndexLike) -> list[_Draft]:
        """An accusation (``complicity_code``) in the stated reason for a punitive act ("expelled a
        diplomat for what it said was spying", "detained two men over what it called a plot"): the
        one who states the reason accuses the act's target of it."""
        g = self.g
        out: list[_Draft] = []
        for d in drafts:
            if d.code[:2] not in g.reason_roots or not d.targets or d.modality != "asserted":
                continue
            for p in dependents(d.trigger):
                if p.dep_ != "prep" or p.lower_ not in g.reason_preps:
                    continue
                verb = next((c for c in dependents(p) if c.dep_ == "pcomp"), None)
                if verb is None or g.lemma(verb) not in g.claim_verbs | g.naming_verbs:
                    continue
                if not (p.i + 1 < len(p.doc) and p.doc[p.i + 1].lower_ == "what"):
                    continue
                subjects = [c for c in dependents(verb) if c.dep_ == "nsubj"]
                speakers = [m for s in subjects for m in actors_of(s, index, g)]
                if not speakers and any(s.lower_ in g.claim_pronouns for s in subjects):
                    # "for what it said was ...": the act's own doer states the reason
                    speakers = list(d.sources)
                if not speakers:
                    continue
                out.append(
                    rule_draft(verb, g.complicity_code, f"reason({d.rule})->{g.complicity_code}", speakers,
                               d.targets)
                )
        return out

    def _each_the_other(self, drafts: list[_Draft]) -> None:
        """A trailing participle whose doer is "each (side)" and whose object is "the other" ("A and
        B exchanged fire, each side accusing the other of ...") is done both ways between the sides
        of the clause it trails."""
        by_tok = {d.trigger.i: d for d in drafts if d.secondary is None}
        for d in drafts:
            tok = d.trigger
            if d.sources or d.targets or tok.dep_ != "advcl" or tok.tag_ != "VBG":
                continue
            owner = by_tok.get(tok.head.i)
            if owner is None or len({m.actor.code for m in owner.sources}) < 2:
                continue
            kids = list(dependents(tok))
            each = any(
                c.dep_ == "nsubj" and (c.lower_ == "each" or any(x.lower_ == "each" for x in dependents(c)))
                for c in kids
            )
            other = any(c.dep_ == "dobj" and c.lower_ == "other" for c in kids)
            if each and other:
                d.sources = list(owner.sources)
                d.reciprocal, d.notarget = True, False

def _reporting_state(m: MentionLike, g: Grammar) -> bool:
    """``m`` is a state as a whole or one of its open bodies (``claim_excluded_roles``), whose
    report of its own operation is news of it, not a claim of responsibility."""
    return m.actor.kind == "state" and (m.actor.role is None or m.actor.role in g.claim_excluded_roles)

def _own_act_clause(trigger: Token) -> Token | None:
    """The clause verb whose own act ``trigger`` names: the verb itself, or the verb whose object it
    is ("carried out the [bombing]"); not a noun further down ("opened an inquiry into a [strike]")."""
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger
    head = trigger.head
    if trigger.dep_ in ("dobj", "nsubj") and head.pos_ in ("VERB", "AUX"):
        return head
    return None


def _reporting_verb(clause: Token, g: Grammar) -> Token | None:
    """The speech verb whose reported clause ``clause`` is (a second conjunct counts: "said it had
    shelled X and killed Y"), if that clause tells a done act: no future, modal or negation."""
    cur = clause
    if cur.dep_ == "conj" and cur.head.dep_ == "ccomp":
        cur = cur.head
    if cur.dep_ != "ccomp" or cur.pos_ not in ("VERB", "AUX"):
        return None
    if any(
        (c.dep_ == "aux" and c.tag_ == "MD") or c.dep_ == "neg"
        or (c.dep_ == "mark" and c.lower_ in g.conditional_marks)
        for c in (*dependents(cur), *dependents(clause))
    ):
        return None
    head = cur.head
    if head.pos_ not in ("VERB", "AUX") or g.lemma(head) not in g.claim_verbs:
        return None
    return head


def _admitted_gerund(clause: Token, g: Grammar) -> Token | None:
    """The admission verb whose subjectless gerund ``clause`` is ("admitted shooting down the
    airliner", "acknowledged firing on the crowd"): the admitter's own act, done."""
    head = clause.head
    if clause.tag_ != "VBG" or clause.dep_ not in ("xcomp", "dobj", "ccomp") or head.i == clause.i:
        return None
    if head.pos_ not in ("VERB", "AUX") or g.lemma(head) not in g.admission_verbs:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "neg") for c in dependents(clause)):
        return None
    return head


def _admitted_act(clause: Token, g: Grammar) -> bool:
    """The admitted clause's subject is an act noun with no owner ("admitted that [an air strike] had
    hit a school bus"): the act admitted is the admitter's own."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and g.lemma(c) in g.admitted_act_nouns
        and not any(k.dep_ == "poss" for k in dependents(c))
        for c in dependents(clause)
    )


def _own_doer(clause: Token, g: Grammar) -> bool:
    """The clause's doer is the speaker itself, by a pronoun ("it", "they") or by a phrase the
    speaker's possessive owns ("its fighters", "one of its members")."""
    cur = clause
    subjects = [c for c in dependents(cur) if c.dep_ == "nsubj"]
    if not subjects and cur.dep_ == "conj":
        subjects = [c for c in dependents(cur.head) if c.dep_ == "nsubj"]
    for s in subjects:
        if s.lower_ in g.claim_pronouns:
            return True
        owners = [c for c in dependents(s) if c.dep_ == "poss"]
        # "one of its members"
        owners += [
            o for p in dependents(s) if p.dep_ == "prep" and p.lower_ == "of"
            for n in dependents(p) if n.dep_ == "pobj" for o in dependents(n) if o.dep_ == "poss"
        ]
        if any(o.lower_ in g.claim_possessives for o in owners):
            return True
    return False


def _group_doer(clause: Token, g: Grammar) -> bool:
    """The clause's doer is a definite description of a group ("the group", "the movement", "the
    militants": ``claim_group_nouns``), the way a report names the speaker's organisation again."""
    subjects = [c for c in dependents(clause) if c.dep_ == "nsubj"]
    if not subjects and clause.dep_ == "conj":
        subjects = [c for c in dependents(clause.head) if c.dep_ == "nsubj"]
    return any(
        g.lemma(s) in g.claim_group_nouns
        and any(c.dep_ == "det" and c.lower_ == "the" for c in dependents(s))
        and not any(c.dep_ in ("compound", "amod", "poss") for c in dependents(s))
        for s in subjects
    )


# CAMEO 111 "criticize or denounce": an act called by a word of blame.
_CRITICISM_CODE = "111"
def _authors(noun: Token, index: MentionIndexLike, g: Grammar) -> list[MentionLike]:
    """The parties a noun names as its author after it: its "by" phrase ("the remarks by Paris") or the
    agent of a participle on it ("the statements made by the U.S. envoy"). Not "from", which may be where
    an act starts ("the withdrawal from Afghanistan")."""
    heads = prep_objects(noun, g.agent_preps)
    for c in dependents(noun):
        if c.dep_ == "acl" and c.tag_ == "VBN":
            heads += agent_objects(c)
    return [m for h in heads for m in actors_of(h, index, g)]


# The kinds of judgement a report's copular clause states of its subject (see _verdict_code).
_BLAMED, _JUDGED, _REFUSED, _DENIED_BLAME = "blamed", "judged", "refused", "denied blame"


def _within_side(m: MentionLike, side: set[str]) -> bool:
    """``m`` is one of the codes in ``side`` or a part or whole of one by code prefix (USAGOV and USA are
    one side; SYRGOV and SYRREB are not): the speaker's own side in a judgement."""
    code = m.actor.code
    return any(code.startswith(c) or c.startswith(code) for c in side)


def _lays_blame(c: Token, g: Grammar, conflict: Callable[[Token], bool]) -> bool:
    """The copula's dependent ``c`` lays blame on the subject: "responsible for", "complicit in",
    "behind the plot", "the culprit", "to blame", "involved in the attack" (an act of force: "involved
    in the talks" is no blame)."""
    if c.dep_ == "acomp" and g.lemma(c) in g.blame_adjectives:
        # a wrong, not a duty: "responsible for the attack", not "responsible for security"
        return any(o.dep_ == "pobj" and (conflict(o) or g.lemma(o) in g.blame_wrongs)
                   for p in dependents(c) if p.dep_ == "prep" and p.lower_ in ("for", "in")
                   for o in dependents(p))
    if c.dep_ == "acomp" and g.lemma(c) in g.involvement_adjectives:
        return any(o.dep_ == "pobj" and conflict(o) for p in dependents(c) if p.dep_ == "prep"
                   and p.lower_ == "in" for o in dependents(p))
    if c.dep_ == "prep" and c.lower_ in g.blame_preps:
        return any(p.dep_ == "pobj" for p in dependents(c))
    if c.dep_ == "attr":
        return g.lemma(c) in g.blame_nouns
    if c.dep_ == "xcomp" and g.lemma(c) in g.blame_verbs:
        return any(a.dep_ == "aux" and a.lower_ == "to" for a in dependents(c))  # "was to blame for"
    return False


def _blame_words(preds: list[Token], g: Grammar) -> bool:
    """One of ``preds``, or the noun an "of" phrase under it names ("an act of aggression", "a
    violation of ..."), is a word of blame."""
    words = g.disparaging_words | g.judgement_words
    named = [*preds, *(o for c in preds for p in dependents(c) if p.dep_ == "prep" and p.lower_ == "of"
                       for o in dependents(p) if o.dep_ == "pobj")]
    return any(g.lemma(w) in words or w.lower_ in words for w in named)


def _said_of(subject: Token, report: Token, index: MentionIndexLike, g: Grammar) -> list[MentionLike]:
    """The parties a pronoun subject of a reported judgement stands for, named by the reporting verb's
    "of"/"about" phrase ('"This is unacceptable," the minister said of Algeria's decision': Algeria);
    the thing itself or its owner, modifier or compound ("the U.S. arms sale"). None if no such frame."""
    if subject.lower_ not in g.said_of_pronouns:
        return []
    things = [o for p in dependents(report) if p.dep_ == "prep" and p.lower_ in g.said_of_preps
              for o in dependents(p) if o.dep_ == "pobj"]
    return [m for t in things for o in (t, *dependents(t)) if o is t or o.dep_ in ("poss", "compound", "amod")
            for m in actors_of(o, index, g)]


def _committed_wrong(verb: Token, g: Grammar) -> str | None:
    """The accusation code of the wrong ``verb`` (commit, perpetrate) takes as its object: the object
    with its compound first ("war crimes" -> 1124), then the object alone ("atrocities" -> 1124)."""
    for o in dependents(verb):
        if o.dep_ != "dobj":
            continue
        head = g.lemma(o)
        for c in dependents(o):
            if c.dep_ == "compound" and f"{g.lemma(c)} {head}" in g.committed_wrongs:
                return g.committed_wrongs[f"{g.lemma(c)} {head}"]
        if head in g.committed_wrongs:
            return g.committed_wrongs[head]
    return None


def _verdict_code(be: Token, subject: Token, g: Grammar, conflict: Callable[[Token], bool]) -> str | None:
    """The kind of judgement the copula ``be`` states of its ``subject``: blame laid on it
    (``_BLAMED``: "was responsible for", "was behind", "is to blame", "was the culprit"), a proposal
    turned down (``_REFUSED``: "Sweden's bid was not acceptable", "the proposal was unacceptable"), a
    word of blame for it (``_JUDGED``: "were illegitimate", "was a violation of international law",
    "was null and void"), blame denied (``_DENIED_BLAME``: "was not responsible for"), or None."""
    kids = dependents(be)
    negated = any(c.dep_ == "neg" for c in kids)
    if g.lemma(be) in g.involvement_adjectives:
        # "said Russian agents were involved in the assassination", read as a passive verb
        blamed = any(o.dep_ == "pobj" and conflict(o) for p in kids if p.dep_ == "prep" and p.lower_ == "in"
                     for o in dependents(p))
        return None if not blamed else _DENIED_BLAME if negated else _BLAMED
    if g.lemma(be) in g.blame_bearing_verbs:
        # "said Hamas bore full responsibility for the escalation": the borne blame is for a wrong
        borne = [c for c in kids if c.dep_ == "dobj" and g.lemma(c) in g.blame_borne_nouns]
        wrong = any(o.dep_ == "pobj" and (conflict(o) or g.lemma(o) in g.blame_wrongs)
                    for c in (*borne, be) for p in dependents(c) if p.dep_ == "prep" and p.lower_ == "for"
                    for o in dependents(p))
        # "bore no responsibility" denies it as "did not bear" does
        denied = negated or any(d.dep_ == "det" and d.lower_ == "no" for c in borne for d in dependents(c))
        return None if not (borne and wrong) else _DENIED_BLAME if denied else _BLAMED
    if g.lemma(be) in g.committing_verbs:
        # "said the army had committed atrocities": a wrong named as the object
        if be.pos_ != "VERB" or _committed_wrong(be, g) is None:
            return None
        return _DENIED_BLAME if negated else _BLAMED
    if g.lemma(be) in g.graft_acts:
        # "said the governor had embezzled state funds": corruption of another party, told as a fact
        # (an object is needed: "rigged" alone is too often a device)
        if be.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in kids):
            return None
        return _DENIED_BLAME if negated else _BLAMED
    if g.lemma(be) in g.blame_acts:
        # "said Pakistan's spy agency orchestrated the attack": a hand in an act of force (CAMEO 14-20;
        # "orchestrated the talks" is none), told in the active voice
        if be.pos_ != "VERB" or not any(c.dep_ == "dobj" and conflict(c) for c in kids):
            return None
        return _DENIED_BLAME if negated else _BLAMED
    if any(_lays_blame(c, g, conflict) for c in kids):
        return _DENIED_BLAME if negated else _BLAMED
    proposal = g.lemma(subject) in g.refused_proposal_nouns
    if negated:
        # "said Sweden's bid was not acceptable": consent withheld from a proposal is a rejection,
        # as "did not accept the bid" is; any other denied judgement is none
        if proposal and any(c.dep_ == "acomp" and g.lemma(c) in g.consent_adjectives for c in kids):
            return _REFUSED
        return None
    preds = [p for c in kids if c.dep_ in ("acomp", "attr")
             for p in (c, *(d for d in dependents(c) if d.dep_ == "conj"))]  # "null and void"
    if proposal and any(g.lemma(c) in g.refusal_words or c.lower_ in g.refusal_words for c in preds):
        return _REFUSED  # "said the Ukrainian proposal was unacceptable"
    return _JUDGED if _blame_words(preds, g) else None
