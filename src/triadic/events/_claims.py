"""Claims told in a report: of responsibility for the speaker's own act of force, and of another
party's hand in what a third party does (an accusation told in passing)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from triadic.events._draft import _Draft, rule_draft
from triadic.events._modality import modality_of
from triadic.events._patterns import Grammar
from triadic.events._reading import SentenceReader
from triadic.events._syntax import MentionIndexLike, MentionLike, actors_of
from triadic.events._tree import dependents, tokens_of

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
            if d.code[:2] not in g.claim_roots or d.modality != "asserted":
                continue
            if d.code in g.claim_excluded_codes or any(_reporting_state(m, g) for m in d.sources):
                # a state's forces reporting their own operations report them; they claim nothing
                continue
            clause = _own_act_clause(d.trigger)
            speech = _reporting_verb(clause, g) if clause is not None else None
            if speech is None or speech.i in claimed or clause is None or not _own_doer(clause, g):
                continue
            if modality_of(speech, speech, g) != "asserted":
                continue
            speakers, _ = self._sources_of_verb(speech, index)
            if not speakers:
                continue
            if any(_reporting_state(m, g) for m in speakers):
                continue
            side = {m.actor.code for m in speakers}
            # the doer the act resolved must be the speaker's side: "said its allies attacked X" is
            # about another party
            if d.sources and not any(m.actor.code in side for m in d.sources):
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
        for tok in tokens_of(sent):
            if tok.dep_ != "ccomp" or tok.tag_ != "VBN" or g.lemma(tok) not in g.complicity_verbs:
                continue
            head = tok.head
            if head.pos_ not in ("VERB", "AUX") or g.lemma(head) not in g.claim_verbs:
                continue
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD")
                   for c in (*dependents(tok), *dependents(head))):
                continue
            agents = [m for a in dependents(tok) if a.dep_ == "agent"
                      for o in dependents(a) if o.dep_ == "pobj" for m in actors_of(o, index, g)]
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


    def _named_owners(self, drafts: list[_Draft], index: MentionIndexLike) -> None:
        """Criticism by naming (``naming+disparaging``) that found no target aims at the party the
        named thing belongs to, also where the parser read a plural object as a clause ("called
        China's drills a provocation": "drills" as a verb)."""
        for d in drafts:
            if d.targets or not d.rule.endswith(f"naming+disparaging->{d.code}"):
                continue
            named = [c for c in dependents(d.trigger) if c.dep_ in ("dobj", "ccomp")]
            owners = [m for c in named for o in (c, *dependents(c)) if o.dep_ in ("dobj", "ccomp", "poss",
                      "nsubj", "amod", "compound") for m in actors_of(o, index, self.g)]
            side = {m.actor.code for m in d.sources}
            d.targets = [m for m in owners if m.actor.code not in side]
            tok = d.trigger
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
