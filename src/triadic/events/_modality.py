"""Modality of an event: asserted, planned, hypothetical or negated (PLOVER's future, hypothetical and
negation modes), read from auxiliaries, negation, conditionals and governing words."""

from __future__ import annotations

from spacy.tokens import Token

from triadic.events._clauses import bare_guest
from triadic.events._patterns import Grammar
from triadic.events._syntax import (
    delayed_complement,
    held_stance,
    mandative,
    reporting_verb_of,
    shares_governor,
)
from triadic.events._tree import DocTable, dependents, has_to

__all__ = ["modality_of", "stronger", "conditional_act", "conditional_mark", "supposed_act", "denied_stance",
           "negates", "refused_with_aux", "ruled_out"]

# When two cues disagree the stronger one wins: "will not meet" is negated, "could not" too.
_RANK = {"asserted": 0, "planned": 1, "hypothetical": 2, "negated": 3}


def stronger(a: str, b: str) -> str:
    """The modality that wins when two cues apply."""
    return a if _RANK[a] >= _RANK[b] else b


def _clause_cues(verb: Token, g: Grammar) -> str:
    table = _CUES.table(verb.doc, g)
    found: str | None = table.get(verb.i)
    if found is None:
        found = table[verb.i] = _own_clause_cues(verb, g)
    return found


def negates(c: Token) -> bool:
    """``c`` negates its head word ("not", "n't", "never")."""
    return c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")


def refused_with_aux(verb: Token, g: Grammar) -> bool:
    """``verb`` is negated with a future or volitional auxiliary ("will not lift", "won't hold talks",
    "would not recognise"): a refusal, where a plain negation ("does not recognise") only denies."""
    kids = dependents(verb)
    # ... or with its object negated by its determiner ("would hold no talks with X"): see _own_clause_cues
    return any(c.dep_ == "neg" or denied_object(c) for c in kids) and any(
        c.dep_ == "aux" and (c.lower_ in g.planned_aux or c.lower_ in g.refusal_aux) for c in kids)


def denied_object(c: Token) -> bool:
    """``c`` is a direct object that its determiner "no" negates ("will pay no ransom")."""
    return c.dep_ == "dobj" and c.lower_ != "no" and any(
        d.dep_ == "det" and d.lower_ == "no" for d in dependents(c))


def _ruled_out_mode(verb: Token, g: Grammar) -> str | None:
    """The modality of a gerund a refusing phrasal verb governs: "negated" for "ruled out sending
    troops" (refused, as under "refused to"), "hypothetical" for "has not ruled out lifting sanctions"
    (a possibility kept open); None for any other verb."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("xcomp", "advcl", "dobj"):
        return None
    head = verb.head
    parts = [c.lower_ for c in dependents(head) if c.dep_ == "prt"]
    if not any(f"{g.lemma(head)} {p}" in g.refusal_phrasals for p in parts):
        return None
    return "hypothetical" if any(negates(c) for c in dependents(head)) else "negated"


def ruled_out(verb: Token, g: Grammar) -> bool:
    """``verb`` is the gerund of an act a refusing phrasal verb refuses ("ruled out recognising Kosovo")."""
    return _ruled_out_mode(verb, g) == "negated"


def _own_clause_cues(verb: Token, g: Grammar) -> str:
    mod = "asserted"
    for c in dependents(verb):
        dep = c.dep_
        low = c.lower_
        if negates(c):
            mod = stronger(mod, "negated")
        elif dep in ("nsubj", "nsubjpass") and (
            low in g.negators or any(d.dep_ == "det" and d.lower_ in g.negators for d in dependents(c))
        ):
            # "Nobody expects ...", "No country recognized ...": a negative subject denies the clause
            mod = stronger(mod, "negated")
        elif denied_object(c):
            # "would hold no talks with X", "will pay no ransom", "made no concessions": an object
            # negated by its determiner denies the act as "would not hold talks" does
            mod = stronger(mod, "negated")
        elif dep in ("aux", "auxpass"):
            if _inverted(c, verb):
                # "Did China threaten Taiwan?", "Will Moscow send troops?": a yes/no question asks
                # whether the act happens, it asserts nothing; the act stays as a possibility
                mod = stronger(mod, "hypothetical")
            elif low in g.planned_aux or (low in g.reported_future_aux and _reported(verb, g)):
                # "France said Britain would send aid": the future of a reported past is planned
                mod = stronger(mod, "planned")
            elif low in g.hypothetical_aux:
                mod = stronger(mod, "hypothetical")
        elif _condition(c, g) and not (dep == "advcl" and conditional_act(verb, g)):
            # an "if" clause, and the main clause of a conditional as well ("threatened sanctions
            # unless X withdraws", "is ready to talk if ...": a threat or offer with a condition
            # is still made)
            mod = stronger(mod, "hypothetical")
    kids = list(dependents(verb))
    if _headline_future(verb, kids, g):
        # "Iran to expel British envoy", "France to send troops to Mali": a headline drops "is" from
        # "is to", and its subject + "to"-infinitive main clause announces what is going to happen
        mod = stronger(mod, "planned")
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in kids) and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in kids
    ):
        # "a deadline for Pyongyang to return them", "it is time for Russia to release them": what
        # someone is to do has not been done
        mod = stronger(mod, "hypothetical")
    return mod


def _headline_future(verb: Token, kids: list[Token], g: Grammar) -> bool:
    """``verb`` heads a headline's "X to VERB" clause: a bare infinitive with its own subject and no
    finite verb over it (in body text such a clause is only a misparse of the same)."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in kids):
        return False
    head = verb.head
    if verb.dep_ in ("relcl", "acl", "advcl"):
        # "Qatar to mediate between ...", "Saudi crown prince to visit Pakistan": the parser makes the
        # subject the root and the infinitive its modifier when no finite verb stands in the headline
        return (
            head.dep_ == "ROOT"
            and head.pos_ in ("NOUN", "PROPN")
            and not any(t.tag_ in _FINITE for t in verb.sent)
        )
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in kids)
    if verb.dep_ == "ccomp":
        # "Ukraine to join NATO, says Zelensky": the headline's claim put before its speaker
        return has_subject and head.dep_ == "ROOT" and head.i > verb.i and g.lemma(head) in g.speech_verbs
    return verb.dep_ == "ROOT" and has_subject


_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _inverted(aux: Token, verb: Token) -> bool:
    """``aux`` is put before its clause's subject in a yes/no question ending in "?"."""
    subjects = [c.i for c in dependents(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or aux.i > min(subjects):
        return False
    sent = verb.sent
    if sent[-1].text != "?" and not (len(sent) > 1 and sent[-1].is_quote and sent[-2].text == "?"):
        return False
    # "Why did Russia expel ...?", "Who did Iran attack?": a wh-question takes the act as given
    left = min(verb.left_edge.i, aux.i)
    return not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in verb.doc[left : aux.i])


def _noun_cues(noun: Token, g: Grammar) -> str:
    mod = "asserted"
    for c in dependents(noun):
        low = c.lower_
        if c.dep_ == "det" and low in ("no",):
            mod = stronger(mod, "negated")
        elif c.dep_ in ("amod", "compound", "nmod"):
            if low in g.planned_modifiers or c.lemma_.lower() in g.planned_modifiers:
                mod = stronger(mod, "planned")
            elif low in g.hypothetical_modifiers:
                mod = stronger(mod, "hypothetical")
    # "the possibility of talks", "plans for a visit"
    head = noun.head
    if noun.dep_ == "nsubjpass" and head.pos_ in ("VERB", "AUX"):
        # "A visit to Beijing is scheduled", "talks were proposed": the predicate plans the event
        comp = g.complements.get(g.lemma(head))
        if comp is not None and comp.modality in ("planned", "hypothetical"):
            mod = stronger(mod, comp.modality)
    if noun.dep_ == "nsubj":
        # "the talks are unlikely", "the summit is due in May"
        for c in dependents(head):
            if c.dep_ == "acomp":
                low = c.lower_
                if low in g.negated_adjectives:
                    mod = stronger(mod, "negated")
                elif low in g.planned_adjectives:
                    mod = stronger(mod, "planned")
                elif low in g.hypothetical_adjectives:
                    mod = stronger(mod, "hypothetical")
    if denied_stance(noun, g) is not None:
        # "has no interest in talks", "sees no point in talks": the talks are denied
        mod = stronger(mod, "negated")
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.i != head.i:
        gov = head.head
        lem = g.lemma(gov)
        denied = any(c.dep_ == "det" and c.lower_ in g.negators for c in dependents(gov))
        if gov.pos_ == "NOUN" and denied and (
            lem in g.hypothetical_nouns or lem in g.planned_nouns or lem in g.refusal_stance_nouns
        ):
            # "there were no plans for talks": the talks are denied, not only possible
            mod = stronger(mod, "negated")
        elif gov.pos_ == "NOUN" and lem in g.hypothetical_nouns:
            mod = stronger(mod, "hypothetical")
        elif gov.pos_ == "NOUN" and lem in g.planned_nouns:
            mod = stronger(mod, "planned")
        elif gov.pos_ in ("VERB", "AUX", "ADJ"):
            # "preparing for a meeting", "called for talks", "pushing for a ceasefire": the governing
            # word of a control chain governs a noun complement after "for" the same way ("agreed to
            # a ceasefire" is an agreement that was reached, and stays as it is)
            comp = g.complements.get(lem)
            if comp is not None and head.lower_ == "for":
                mod = stronger(mod, comp.modality)
    return mod


def modality_of(trigger: Token, verb: Token | None, g: Grammar) -> str:
    """Modality of an event triggered by ``trigger`` whose clause verb is ``verb`` (None for bare nouns)."""
    table = _MODALITIES.table(trigger.doc, g)
    key = (trigger.i, -1 if verb is None else verb.i)
    found: str | None = table.get(key)
    if found is None:
        found = table[key] = _modality(trigger, verb, g)
    return found


# the drafter, the sentence reader and the realiser ask for the same triggers' and clauses' modality
_MODALITIES = DocTable()
_CUES = DocTable()


def _modality(trigger: Token, verb: Token | None, g: Grammar) -> str:
    mod = _noun_cues(trigger, g) if trigger.pos_ in ("NOUN", "PROPN") else "asserted"
    cur = verb if verb is not None else None
    steps = 0
    conditional = False
    while cur is not None and steps < 6:
        steps += 1
        mod = stronger(mod, _clause_cues(cur, g))
        # Inside a condition ("if Maduro fails to release prisoners") nothing is asserted or denied:
        # the event is hypothetical whatever its own cues say.
        conditional = conditional or conditional_mark(cur, g)
        dep = cur.dep_
        head = cur.head
        if head.i == cur.i:
            break
        lem = g.lemma(head)
        ruled = _ruled_out_mode(cur, g)
        if ruled is not None:
            mod = stronger(mod, ruled)
            break
        infinitive = dep == "ccomp" and (
            has_to(cur)
            # "demanded that Iran release the crew": asked for, not done
            or (lem in g.complements and g.complements[lem].object_control and mandative(cur, g))
        )
        if dep == "xcomp" or (infinitive and lem in g.complements) or delayed_complement(cur, g):
            # "expects Maduro to step down" parses as a clause with its own subject, but the governing
            # verb sets its modality as in a control chain
            comp = g.complements.get(lem)
            if comp is not None and bare_guest(cur, g):
                pass  # "told visiting officials": the participle names the guest; the verb governs nothing
            elif comp is not None:
                mod = stronger(mod, comp.modality)
            elif head.pos_ == "ADJ" or head.tag_ in ("VBN", "JJ"):
                if lem in g.negated_adjectives or head.lower_ in g.negated_adjectives:
                    mod = stronger(mod, "negated")
                elif head.lower_ in g.planned_adjectives or lem in g.planned_adjectives:
                    mod = stronger(mod, "planned")
                elif head.lower_ in g.hypothetical_adjectives:
                    mod = stronger(mod, "hypothetical")
            cur = head
            continue
        to_clause = has_to(cur)
        if dep == "acl" and head.pos_ == "NOUN" and not to_clause and lem in g.proof_nouns \
                and any(c.dep_ == "det" and c.lower_ in g.negators for c in dependents(head)):
            # "no evidence that soldiers had detained anyone": the clause a denied proof names is denied
            mod = stronger(mod, "negated")
            break
        if dep == "acl" and head.pos_ == "NOUN" and to_clause:
            # "Russia's decision to expel ...", "plans to visit ...", "a threat to close ...": the act
            # a noun of intent or possibility names has not happened
            if any(c.dep_ == "det" and c.lower_ in g.negators for c in dependents(head)) or (
                head.dep_ in ("dobj", "attr") and _denied_verb(head.head, g)
            ):
                # "has no plans to impose sanctions", "did not make a decision to expel": denied
                mod = stronger(mod, "negated")
            elif lem in g.planned_nouns:
                mod = stronger(mod, "planned")
            elif lem in g.hypothetical_nouns:
                mod = stronger(mod, "hypothetical")
            break
        if dep == "advcl" and to_clause and head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in dependents(cur)
        ):
            # "would not change its constitution to recognise X": what an act not done was to
            # achieve is not done either; "will meet on Friday to discuss X": the purpose of an act
            # still to come (or only supposed) is no more done than the act itself
            if any(c.dep_ == "neg" for c in dependents(head)):
                mod = stronger(mod, "negated")
            elif (own := _clause_cues(head, g)) in ("planned", "hypothetical"):
                mod = stronger(mod, own)
            break
        if dep == "conj" and head.pos_ in ("VERB", "AUX"):
            # Coordinated verbs share their auxiliaries: "will meet and sign".
            speech = reporting_verb_of(cur, g)
            if speech is not None:
                # "said the new rules would harm its firms and urged Tokyo to ...": the urging is the
                # speaker's own act, not under the reported clause's "would"
                cur = speech
                continue
            if shares_governor(cur) and not any(c.dep_ == "neg" for c in dependents(cur)):
                # "agreed to lift sanctions and restore ties": the second infinitive is governed as the first
                cur = head
                continue
            own_aux = any(c.dep_ in ("aux", "neg") for c in dependents(cur))
            if not own_aux:
                mod = stronger(mod, _clause_cues(head, g))
            break
        if dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ == "ADJ":
            # "is capable of destroying the sites", "incapable of stopping": a capacity is not an act
            adj = head.head.lower_
            if adj in g.negated_adjectives:
                mod = stronger(mod, "negated")
            elif adj in g.hypothetical_adjectives:
                mod = stronger(mod, "hypothetical")
            break
        if dep == "pcomp" and denied_stance(cur, g) is not None:
            # "has no intention of releasing the crew", "no interest in negotiating": a denied intent
            # denies the act it governs
            mod = stronger(mod, "negated")
            break
        if dep in ("acomp",):
            cur = head
            continue
        break
    return "hypothetical" if conditional else mod


def denied_stance(act: Token, g: Grammar) -> Token | None:
    """The noun of intent or interest denied with "no" that ``act`` (a gerund, infinitive or event noun)
    hangs on ("has no intention of releasing", "no interest in talks", "no plans to withdraw"), if any:
    what it governs is refused, not only not done."""
    if act.dep_ in ("pobj", "pcomp") and act.head.dep_ == "prep":
        noun = act.head.head
        if noun.pos_ in ("VERB", "AUX"):
            # "sees no point in talks": the parser hangs the phrase on the verb whose object the
            # denied noun is
            noun = next((c for c in dependents(noun) if c.dep_ == "dobj" and c.i < act.head.i), noun)
    elif act.dep_ == "acl" and has_to(act):
        noun = act.head
    else:
        return None
    if not held_stance(noun, g):
        # a refusal needs a party that holds the denied intent ("Turkey has no intention of ...");
        # "there is no intention to ..." only reports a state of affairs
        return None
    denied = any(c.dep_ == "det" and c.lower_ in g.negators for c in dependents(noun))
    return noun if denied else None


def _reported(verb: Token, g: Grammar) -> bool:
    """``verb`` heads a clause a speech verb reports, with no condition of its own."""
    return (
        verb.dep_ == "ccomp"
        and g.lemma(verb.head) in g.speech_verbs
        and not any(_condition(c, g) for c in dependents(verb))
    )


def conditional_mark(clause: Token, g: Grammar) -> bool:
    """``clause`` carries an "if", "unless" or other conditional marker."""
    return any(m.dep_ == "mark" and m.lower_ in g.conditional_marks for m in dependents(clause))


def _condition(child: Token, g: Grammar) -> bool:
    """``child`` makes its head's clause conditional: an "if" marker, or an "if" clause on it."""
    if child.dep_ == "mark":
        return child.lower_ in g.conditional_marks
    return child.dep_ == "advcl" and conditional_mark(child, g)


def conditional_act(verb: Token, g: Grammar) -> bool:
    """``verb`` states a threat, offer, demand or other act whose content a condition qualifies."""
    lem = g.lemma(verb)
    comp = g.complements.get(lem)
    return lem in g.speech_verbs or (comp is not None and comp.family is not None)


def supposed_act(trigger: Token, attitudes: frozenset[str], g: Grammar) -> bool:
    """``trigger`` names an act the sentence does not report: the content of an attitude about someone
    else's future act, a past act a "since" clause dates a period from, or the condition of a threat.

    Args:
        attitudes: lemmas of attitude words ("optimistic", "confident", "concern") whose "that" clause
            says what the holder expects of others.
    """
    cur = trigger
    for _ in range(12):
        dep = cur.dep_
        head = cur.head
        if head.i == cur.i:
            return False
        if dep == "advcl" and _since_clause(cur, head):
            return True
        if dep == "advcl" and conditional_mark(cur, g) and _threat_content(head, g):
            # "threatened to close the strait if the US attacked its sites": the condition says what
            # the threat is about; CAMEO codes the threat, not the act it is conditioned on
            return True
        if (
            dep in ("ccomp", "acl")
            and head.pos_ in ("ADJ", "NOUN")
            and g.lemma(head) in attitudes
            and cur.pos_ in ("VERB", "AUX")
            and _clause_cues(cur, g) != "asserted"
        ):
            # "was confident that the board would approve the loan": the speaker's expectation is
            # the event (coded on the attitude word), the others' act is only foreseen
            return True
        cur = head
    return False


def _threat_content(verb: Token, g: Grammar) -> bool:
    """``verb`` is a threatening verb ("threatened", "warned"), or the act a threatening verb governs
    ("threatened to close", "warned it would strike")."""
    for tok in (verb, verb.head if verb.dep_ in ("xcomp", "ccomp") else None):
        comp = g.complements.get(g.lemma(tok)) if tok is not None else None
        if comp is not None and comp.family == "13":
            return True
    return False


def _since_clause(clause: Token, head: Token) -> bool:
    """``clause`` is a "since" clause that dates a period from a past act ("the first clash since
    the two sides signed a truce", "trade has collapsed since X imposed tariffs"): history recalled
    as a starting point, not an act the story reports."""
    if not any(c.dep_ == "mark" and c.lower_ == "since" for c in dependents(clause)):
        return False
    if head.pos_ in ("NOUN", "PROPN"):
        return True
    # a perfect main clause makes "since" temporal; a causal "since" ("since X refused, Y ...") stays
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in dependents(head))


def _denied_verb(verb: Token, g: Grammar) -> bool:
    """``verb`` is negated, or is the infinitive of a verb that denies it ("failed to keep its promise
    to release", "refused to honour its pledge to withdraw": the promised act is no more planned)."""
    if _clause_cues(verb, g) == "negated":
        return True
    comp = g.complements.get(g.lemma(verb.head)) if verb.dep_ == "xcomp" else None
    return comp is not None and comp.modality == "negated"
