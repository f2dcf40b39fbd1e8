"""Drafts that tell no act of their own (an outcome, aim, remark, motive or attempt of another act, a pact
or talks only sought), and acts a sentence names only to frame its news (the period since an act,
what a deal asks in return, a contest in words)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Token

from triadic.events._draft import _Draft
from triadic.events._matching import _doc_words
from triadic.events._patterns import Grammar
from triadic.events._reading import SentenceReader
from triadic.events._syntax import MentionLike
from triadic.events._tree import dependents, doc_tokens, has_to, sent_of
from triadic.events._violence import outcome_code, unarmed_contests
from triadic.events.codebook import Codebook

__all__ = ["DraftFilter", "strip_stray_speakers"]

# CAMEO roots of violent acts: assault, fight, mass violence
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# what violence did to people (killed, massacred): an outcome, not an act of its own
_OUTCOME_CODES = ("1823", "20")
# Roots of a pledge or of aid whose purpose "to help X" names the party it is for.
_HELPED_ROOTS = ("03", "07")


class DraftFilter(SentenceReader):
    """The coder's filters of a sentence's drafts before they become events (a base of
    :class:`~triadic.events._coder.EventCoder`)."""

    codebook: Codebook  # set up by EventCoder.__init__

    def _dependent_acts(self, drafts: Sequence[_Draft]) -> set[int]:
        """Drafts (by id) that tell no act of their own: a killing told as the outcome of the clause's
        attack, an act the aim of another is for, a remark made while acting, a pact or talks only
        sought."""
        g = self.g
        out = self._outcomes(drafts) | self._aims(drafts) | self._remarks(drafts)
        out |= self._motives(drafts) | _settings(drafts) | self._attempts(drafts)
        out |= _unreal_nouns(drafts, g) | _sought_pacts(drafts, g) | _sought_talks(drafts, g)
        out |= _permitted_acts(drafts, g) | _policy_easings(drafts, g) | _hoped_acts(drafts, g)
        out |= _admitted_facts(drafts, g) | _proposed_terms(drafts, g) | _assault_attacks(drafts, g)
        out |= _truce_breaking_means(drafts, g)
        return out

    def _framing_acts(self, drafts: Sequence[_Draft]) -> set[int]:
        """Drafts (by id) of acts the sentence names only to frame its news: no events, and a sentence
        that has named them is no sentence for the classifier to guess another act from."""
        g = self.g
        # acts that only date the period reported on ("since Russia's invasion"): history
        # (a text without an anchoring word has no such phrase: its drafts need no climb up the tree)
        if drafts and not g.anchor_marks.isdisjoint(_doc_words(drafts[0].trigger.doc)):
            out = {id(d) for d in drafts if _anchored(d.trigger, g)}
        else:
            out = set()
        # a truce that only sets the time ("deployed after a ceasefire"): no truce declared
        out |= _time_frames(drafts, g)
        # a yield only wanted or guaranteed ("the Taliban want a withdrawal"), or ended or broken
        # ("resumed strikes, ending a two-month ceasefire"): no yield made, and no other act for the
        # classifier to find in the wanting or the ending
        out |= _unmade_yields(drafts, g)
        # a militia or gang that "massed" or "mobilised": no state force posture (15)
        out |= _nonstate_postures(drafts, g)
        # an ambassador or opposition leader who "left the country": no retreat
        out |= _unarmed_departures(drafts, g)
        # an act a deal asks in return ("freed two sailors in exchange for an engineer")
        out |= {id(d) for d in drafts if d.rule.startswith("noun:") and _prospective(d.trigger, g)}
        # "the ruling party is fighting a campaign against the opposition": a contest in words or
        # votes, no fight
        out |= unarmed_contests(drafts, g)
        # "sentenced the man who stabbed the mayor": the crime a person is held to account for
        out |= _judged_acts(drafts, g)
        return out

    def _outcomes(self, drafts: Sequence[_Draft]) -> set[int]:
        """Drafts (by id) of a killing or massacre told as the outcome of a violent act of the same
        clause: "air strikes hit the depot, killing three people" is one attack, coded once; so is any
        act of the same root a result participle tells ("withdrew its troops, ending the operation")."""
        out: set[int] = set()
        for d in drafts:
            tok = d.trigger
            if tok.dep_ != "advcl" or tok.tag_ != "VBG":
                continue
            if (not d.code.startswith(_OUTCOME_CODES) and d.code[:2] not in _VIOLENT_ROOTS
                    and tok.lemma_.lower() in self.g.result_verbs
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in dependents(tok))
                    and any(e is not d and e.sources and e.trigger.i == tok.head.i
                            and e.code[:2] == d.code[:2]
                            # an act whose target is not found ("fired a water cannon at it") is
                            # not coded: its result ("..., damaging the hull") is then the event
                            and (e.targets or e.notarget) for e in drafts)):
                # "withdrew its last troops from Mali, ending a nine-year operation": the participle
                # tells what the act achieved; of the act's own root it is the same act, coded once
                out.add(id(d))
                continue
            # "..., killing four with a roadside bomb": a killing that names its weapon is an outcome too
            if not d.code.startswith(_OUTCOME_CODES) and not (
                d.code[:2] in _VIOLENT_ROOTS and tok.lemma_.lower() in self.g.result_verbs
            ):
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in dependents(tok)):
                continue  # "..., with troops killing three": a clause with its own subject is its own act
            head = tok.head
            acts = [
                e for e in drafts
                if e is not d and e.sources and (e.trigger.i == head.i or e.trigger.head.i == head.i)
                and self.codebook.lookup(e.code).root in _VIOLENT_ROOTS
            ]
            if acts:
                out.add(id(d))
                for e in acts:
                    outcome_code(d, e, self.g)  # "..., hacking to death 40 villagers": the act's scale
        return out

    def _remarks(self, drafts: Sequence[_Draft]) -> set[int]:
        """Drafts (by id) of a bare statement (010) in a participle after the subject's act whose
        only target is what the remark is about ("built a fence, saying Moscow was sending migrants"):
        a comment on the act, not a statement made to anyone."""
        out: set[int] = set()
        for d in drafts:
            tok = d.trigger
            if d.code != "010" or tok.tag_ != "VBG" or not d.targets:
                continue
            if tok.dep_ not in ("advcl", "acl", "pcomp"):
                continue
            said = [c for c in dependents(tok) if c.dep_ == "ccomp"]
            if said and all(
                any(c.left_edge.i <= t.start and t.end <= c.right_edge.i + 1 for c in said) for t in d.targets
            ):
                out.add(id(d))
        return out

    def _aims(self, drafts: Sequence[_Draft]) -> set[int]:
        """Drafts (by id) of an act governed by the verb of a purpose infinitive ("sent money to
        help it [host] refugees", "deployed jets to help [guard] the flank"): what the helped party
        is to do once the aim is met, not an act of the sentence."""
        out: set[int] = set()
        # acts with both sides named; a purpose on an act with no target may be what names it
        acts = {d.trigger.i for d in drafts if d.sources and d.targets}
        # pledges and aid (03, 07) with no party of their own ("pledged $1 billion to help rebuild
        # Turkey's quake zone", "sent aid to help Jordan host refugees"): the help they are for names
        # whom they are made or given to
        pledges = {d.trigger.i: d for d in drafts
                   if d.sources and not d.targets and not d.notarget and d.code[:2] in _HELPED_ROOTS
                   and d.trigger.pos_ == "VERB"}
        # journeys: what one is made to do with a party of its own is an act beside the visit
        journeys = {d.trigger.i for d in drafts if d.code in self.g.destination_codes and d.sources}
        for d in drafts:
            cur = d.trigger
            # ``cur``'s head, read once a step: ``Token.head`` builds a new token on every read
            head = cur.head
            if (head.i in journeys and d.targets and d.code[:2] in self.g.journey_purpose_roots
                    and cur.pos_ in ("VERB", "AUX")):
                continue  # "travelled to Port Moresby to sign a pact with Papua New Guinea"
            if cur.dep_ == "dobj" and cur.pos_ == "NOUN":
                cur = head  # "to help X counter [incursions]": the object of what the aim is
                head = cur.head
            if cur.dep_ not in ("xcomp", "ccomp"):
                if cur.i != d.trigger.i and _purpose_of(cur):
                    out.add(id(d))
                elif head.i in acts and head.i != cur.i and _purpose_of(cur):
                    # "pledged $100 million to help rebuild ...": the help is what the pledged act
                    # is for, not a second act beside it
                    out.add(id(d))
                elif (head.i in pledges and head.i != cur.i and _purpose_of(cur) and d.targets
                      and d.code[:2] in self.g.given_roots):
                    # ... and names whom the pledge is made to when it names no one itself
                    pledges[head.i].targets = list(d.targets)
                    out.add(id(d))
                continue
            aim = head
            if (
                aim.dep_ == "advcl"
                and has_to(aim)
                and aim.head.pos_ in ("VERB", "AUX")
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in dependents(aim))
            ):
                out.add(id(d))
        return out

    def _attempts(self, drafts: Sequence[_Draft]) -> set[int]:
        """Drafts (by id) of an act only tried in a clause that sets the scene of another ("arrested
        supporters as they tried to march", "force against protesters who tried to march"): the
        attempt is a circumstance, not an act the report tells. A condition ("if X tried to ...")
        stays: both halves of a conditional are coded."""
        out: set[int] = set()
        for d in drafts:
            tok = d.trigger
            if tok.dep_ != "xcomp":
                continue
            head = tok.head
            comp = self.g.complements.get(self.g.lemma(head))
            if comp is None or comp.family is not None or comp.modality != "hypothetical":
                continue
            if head.dep_ not in ("relcl", "advcl", "acl"):
                continue
            if not any(c.dep_ == "mark" and c.lower_ in self.g.conditional_marks for c in dependents(head)):
                out.add(id(d))
        return out

    def _motives(self, drafts: Sequence[_Draft]) -> set[int]:
        """Drafts (by id) of a bare attitude verb in a participle on the subject's act ("put troops
        on alert, fearing attacks by insurgents"): why the act was done, not a remark to anyone."""
        out: set[int] = set()
        for d in drafts:
            tok = d.trigger
            if tok.tag_ != "VBG" or tok.dep_ != "advcl" or d.code not in self.g.attitude_codes:
                continue
            # only the verb itself as the attitude ("fearing", not "expressing concern"), and no
            # "that" clause of what was said ("warning that ...")
            if "+" in d.rule or not d.rule.startswith("verb:") or tok.head.pos_ != "VERB":
                continue
            if not any(c.dep_ == "ccomp" for c in dependents(tok)):
                out.add(id(d))
        return out


# links by which the parser joins a trailing speaker to the news's last noun
_LISTED = ("conj", "appos")


def strip_stray_speakers(drafts: Sequence[_Draft], g: Grammar) -> None:
    """Drop from the drafts' targets the speaker of a trailing report the parser joined to the news as
    a list ("X are shelling the approaches to a town, [Russia's defence ministry and bloggers] said",
    the names parsed as more objects of "town", the report verb left with no subject): the speaker
    tells of the act, it is not hit by it."""
    for d in drafts:
        if not d.targets:
            continue
        kept = [m for m in d.targets if not _stray_speaker(m, d.trigger, g)]
        if kept or len(kept) == len(d.targets):
            d.targets = kept
            continue
        # "have captured a village in Donetsk and are shelling the approaches to a town, X said": an
        # act that named only the speaker is aimed where the act it is coordinated with, by the same
        # doers, is ("captured ... in Donetsk")
        doers = {m.actor.code for m in d.sources}
        d.targets = next((
            list(e.targets) for e in drafts
            if e is not d and e.targets and {m.actor.code for m in e.sources} == doers
            and ((d.trigger.dep_ == "conj" and d.trigger.head.i == e.trigger.i)
                 or (e.trigger.dep_ == "conj" and e.trigger.head.i == d.trigger.i))
            and not any(_stray_speaker(m, e.trigger, g) for m in e.targets)
        ), [])


def _stray_speaker(m: MentionLike, trigger: Token, g: Grammar) -> bool:
    """The mention is in a list begun after a comma and ending right before a subjectless report verb
    (grammar ``speech_verbs``) that governs ``trigger``."""
    doc = trigger.doc
    if m.end <= m.start or m.end > len(doc):
        return False
    # the document's shared tokens, and each head and left edge read once: ``doc[i]``, ``Token.head``
    # and ``Token.left_edge`` build a new token on every read
    toks = doc_tokens(doc)
    r = toks[m.end - 1]
    while r.dep_ not in _LISTED:
        head = r.head
        if head.i == r.i or not m.start <= head.i < m.end:
            break
        r = head  # the mention's own head word
    # climb the list back to its first name after a comma (joined as a conjunct or an apposition)
    for _ in range(6):
        left = r.left_edge.i
        if r.dep_ not in _LISTED or left == 0:
            return False
        if toks[left - 1].text == ",":
            break
        r = r.head
    else:
        return False
    listed = (r, *[c for c in r.subtree if c.dep_ == "conj"])
    if any(_hung_report(w, toks, g) for w in listed):
        return True
    last = max(w.right_edge.i for w in listed)
    if last + 1 >= len(doc):
        return False
    verb = toks[last + 1]
    if verb.pos_ != "VERB" or g.lemma(verb) not in g.speech_verbs:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in dependents(verb)):
        return False
    return verb.i != trigger.i and any(a.i == verb.i for a in trigger.ancestors)


def _hung_report(w: Token, toks: Sequence[Token], g: Grammar) -> bool:
    """The report verb right after ``w`` is hung on it as a modifier and ends the sentence ("held talks
    with President Xi, [state media] reported on Wednesday"): the parser's reading of a trailing report
    whose speaker it took for one more name of the list."""
    for c in dependents(w):
        if (c.dep_ == "acl" and c.i == w.i + 1 and c.pos_ == "VERB" and g.lemma(c) in g.speech_verbs
                and not any(k.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp") for k in dependents(c))):
            end = sent_of(c).end
            return all(t.is_punct for t in toks[c.right_edge.i + 1:end])
    return False


def _proposed_terms(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of a material act that is a term of a plan, deal or proposal ("a plan under
    which Hamas would release hostages", "a deal whereby Russia would withdraw its troops", "the
    proposal would see Israel withdraw from the corridor"): what the plan asks of a party, not an act
    done or scheduled by it; the proposal, its acceptance or rejection are the events."""
    out: set[int] = set()
    for d in drafts:
        if d.code[:2] not in g.term_roots:
            continue
        clause = d.trigger
        if clause.pos_ == "NOUN" and clause.dep_ in ("dobj", "nsubjpass"):
            clause = clause.head
        plan = None
        if clause.dep_ == "relcl" and any(
            (c.dep_ == "prep" and c.lower_ in ("under", "by")
             and any(o.lower_ == "which" for o in dependents(c)))
            or (c.dep_ == "advmod" and c.lower_ == "whereby")
            for c in dependents(clause)
        ):
            plan = clause.head  # "a plan under which ...", "a deal whereby ..."
        elif clause.dep_ in ("ccomp", "xcomp") and g.lemma(clause.head) in g.term_verbs:
            # "the proposal would see Israel withdraw": a plan's subject "sees" its terms done
            plan = next((c for c in dependents(clause.head) if c.dep_ == "nsubj"), None)
        if plan is not None and g.lemma(plan) in g.plan_nouns:
            out.add(id(d))
    return out


def _judged_acts(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of an act of violence told in a relative clause on the person a court, the
    prosecutors or the police act on ("sentenced the man who stabbed the mayor", "arrested the gunman
    who shot the prime minister", "the soldier who killed a teenager was charged"): the crime the
    person is held to account for, named to say who he is. The event is the arrest, charge or
    sentence; its reason is no act of the day (as a sentence "for a 2024 shooting" is coded 116 alone)."""
    out: set[int] = set()
    for d in drafts:
        if d.code[:2] not in g.judged_roots:
            continue
        clause = d.trigger
        if clause.pos_ == "NOUN" and clause.dep_ == "dobj":
            clause = clause.head  # "the group that carried out the attack"
        if clause.dep_ != "relcl":
            continue
        person = clause.head
        if person.dep_ in ("dobj", "nsubjpass") and g.lemma(person.head) in g.accountability_verbs:
            out.add(id(d))
    return out


def _unreal_nouns(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of cooperation acts named only by a noun that is merely possible ("saw little
    prospect of an [agreement] with X", "raised the possibility of [talks]"): the sentence reports no
    act. The annotators code the possible only as the consequent of a conditional ("could impose"),
    which a verb states. (A negated noun, "no plans for a meeting", stays, marked negated, as the
    modality tests require.)"""
    return {
        id(d) for d in drafts
        if d.rule.startswith("noun:") and d.modality == "hypothetical" and d.code[:2] in g.cooperation_roots
    }


def _permitted_acts(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of the act a yield permits ("allowed U.N. inspectors [to visit] the site", "let aid
    workers [enter] Darfur"): CAMEO codes the permission (086x, receive inspectors, allow aid), which a
    draft of the permitting verb codes; what the permitted party may then do is not told as done."""
    # a permission refused ("would not allow the EU to send money", 120) or only intended ("will allow
    # inspectors to monitor the site", 0355) permits nothing done either
    permits = {d.trigger.i for d in drafts
               if (d.code[:2] in g.permission_roots or d.code[:2] in g.refused_permission_roots
                   or d.code in g.intended_permission_codes)
               and g.lemma(d.trigger) in g.permission_verbs}
    if not permits:
        return set()
    # (the thing the permitted act would handle is not handled either: "agreed to let ASEAN deliver
    # [humanitarian aid]" gives no aid)
    acts = {c.i for d in drafts if d.trigger.i in permits
            for c in dependents(d.trigger) if c.dep_ in ("xcomp", "ccomp")}
    return {id(d) for d in drafts
            if ((d.trigger.dep_ in ("xcomp", "ccomp") and d.trigger.head.i in permits)
                or (d.trigger.dep_ == "dobj" and d.trigger.head.i in acts))
            and d.code[:2] not in g.permission_roots}


def _policy_easings(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of an easing (grammar ``easing_codes``) aimed at no one whose object is a rule of
    trade or money (grammar ``trade_policy_words``: "eased foreign exchange controls", "lifted a ban on
    the export of onions", "cut tariffs on fuel"): economic policy, not a yield. CAMEO 081 eases
    restrictions on political freedoms or movement and 085 sanctions on an actor; a market rule
    changed for all yields to no one."""
    out: set[int] = set()
    for d in drafts:
        if d.targets or d.code not in g.easing_codes or d.trigger.pos_ != "VERB":
            continue
        objs = [c for c in dependents(d.trigger) if c.dep_ in ("dobj", "nsubjpass")]
        if any(g.lemma(w) in g.trade_policy_words or w.lower_ in g.trade_policy_words
               for o in objs for w in o.subtree):
            out.add(id(d))
    return out


def _governing_word(noun: Token, g: Grammar) -> Token | None:
    """The word an event noun is the object of, directly or through a topic preposition ("pushed for
    [talks]", "talks on a [deal]"); None when the noun is neither."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in g.pact_topic_preps:
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return None if head.i == noun.i else head


def _governed_nouns(
    drafts: Sequence[_Draft], wanted: Callable[[str], bool], g: Grammar
) -> Iterator[tuple[_Draft, Token]]:
    """The drafts named by a noun whose code is ``wanted``, each with the word it is the object of
    (:func:`_governing_word`)."""
    for d in drafts:
        if not d.rule.startswith("noun:") or not wanted(d.code):
            continue
        head = _governing_word(d.trigger, g)
        if head is not None:
            yield d, head


def _sought_pacts(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of a signed-agreement code (057) named only by a noun that is what talks are
    about or what someone works for ("talks on a free trade [agreement] between X and Y stalled",
    "pushed for a [deal] with Z", "progress towards a peace [accord]"): CAMEO 057 is signing or
    concluding an agreement, and a pact still negotiated or sought is not one. The talks themselves
    keep their own code (046)."""
    out: set[int] = set()
    sought: set[int] = set()
    for d, head in _governed_nouns(drafts, g.pact_codes.__contains__, g):
        if g.lemma(head) in g.pact_seeking_words:
            out.add(id(d))
            sought.add(d.trigger.i)
    # "progress towards a [ceasefire] agreement": a noun compounded onto the sought pact is its kind
    out |= {id(d) for d in drafts
            if d.rule.startswith("noun:") and d.trigger.dep_ == "compound" and d.trigger.head.i in sought}
    return out


def _unmade_yields(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of a yield (``sought_yield_roots``) named only by a noun that a party wants,
    seeks, guarantees or plans (``yield_seeking_words``: "the Taliban want a complete [withdrawal] of
    U.S. forces", "the terms did not guarantee an Israeli [withdrawal]") or that something ends, breaks
    or puts at risk (``yield_ending_words``: "resumed strikes, [ending] a two-month ceasefire", "the
    [collapse] of the truce", "[halted] the withdrawal"). CAMEO's 08x codes the yield carried out: one
    only sought is the seeking party's demand or plan, coded (or not) by its verb; one ended or broken
    is not made in the sentence, and the breaking is coded by its own words (196, or the attack)."""
    return {id(d) for d, head in _governed_nouns(drafts, lambda code: code[:2] in g.sought_yield_roots, g)
            if g.lemma(head) in g.yield_seeking_words or g.lemma(head) in g.yield_ending_words}


def _truce_breaking_means(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of an attack (``truce_breaking_roots``) by which its doer breaks a truce the
    sentence codes as broken (``truce_breaking_codes``, 196): "resumed strikes on Gaza, breaking a
    ceasefire with Hamas", "violated the ceasefire by shelling its positions", "violated the truce,
    firing mortar shells at its posts". The gold conventions code a ceasefire broken by firing as
    196 alone: the firing is how it was broken, one act. The two must be of one clause (one governs
    the other) and of one doer; an attack told apart ("shelled Kherson; Kyiv said Moscow had broken
    the truce") stays."""
    broken = [d for d in drafts if d.code in g.truce_breaking_codes and d.sources]
    if not broken:
        return set()
    out: set[int] = set()
    for d in drafts:
        if d.code[:2] not in g.truce_breaking_roots or d.code in g.truce_breaking_codes or not d.sources:
            continue
        tok = d.trigger
        # an attack noun stands in the clause of the verb it is the object of ("resumed [strikes]")
        clause = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" else tok
        doers = {m.actor.code for m in d.sources}
        for b in broken:
            if not doers & {m.actor.code for m in b.sources}:
                continue
            v = b.trigger
            if (clause.left_edge.i <= v.i <= clause.right_edge.i and v.head.i == clause.i) or (
                    v.left_edge.i <= tok.i <= v.right_edge.i and clause.i != v.i
                    and (clause.head.i == v.i or clause.head.head.i == v.i)):
                out.add(id(d))
                if not b.targets and d.targets:
                    # "violated the truce, firing mortar shells at its posts": whom the firing hit is
                    # the side the truce was broken against
                    b.targets, b.notarget = list(d.targets), False
                break
    return out


def _hoped_acts(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of an act told as a gerund that a coded optimism or pessimism is about ("not
    optimistic about [reaching] a deal with the IMF", "hopeful of [concluding] an agreement with X"):
    the act is only hoped for or doubted, and the attitude (012 / 013) is the event."""
    attitudes = {d.trigger.i for d in drafts if d.code in g.attitude_codes}
    if not attitudes:
        return set()
    out: set[int] = set()
    for d in drafts:
        tok = d.trigger
        if d.code[:2] == "01" or tok.dep_ != "pcomp":
            continue
        prep = tok.head
        if prep.dep_ == "prep" and prep.lower_ in g.attitude_topic_preps and prep.head.i in attitudes:
            out.add(id(d))
    return out


def _admitted_facts(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of a verb of admission read as another act that reports a "that" clause ("the
    ministry conceded that the strike had hit a hospital"): a fact admitted, no yielding (080). What
    is admitted is coded where it is an act (and its admission as 015 where it is the speaker's own)."""
    return {
        id(d) for d in drafts
        if d.code[:2] != "01" and d.trigger.pos_ in ("VERB", "AUX")
        and g.lemma(d.trigger) in g.admission_verbs
        and any(c.dep_ == "ccomp" for c in dependents(d.trigger))
    }


def _sought_talks(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of a meeting or talks code (grammar ``talk_codes``) named only by a noun that is
    what a party wants, seeks or offers, or what words are about (grammar ``talk_seeking_words``:
    "wants talks with X", "pushed for talks between X and Y", "a statement on the talks"), or the
    object of an act that is itself only offered, hoped for or planned ("offered to host talks between
    A and B", "hopes to mediate talks between X and Y"): no meeting is held, and CAMEO 04x codes
    meetings held. The appeal, offer or hosting keeps its own code."""
    out: set[int] = set()
    for d, head in _governed_nouns(drafts, g.talk_codes.__contains__, g):
        tok = d.trigger
        if g.lemma(head) in g.talk_seeking_words:
            out.add(id(d))
        elif (tok.dep_ == "dobj" and head.dep_ == "xcomp" and head.head.i != head.i
              and g.lemma(head.head) in g.complements):
            # "offered to host talks between A and B": the hosting is only offered, so are the talks
            out.add(id(d))
    return out


def _purpose_of(aim: Token) -> bool:
    """``aim`` is a subjectless purpose infinitive on a verb ("deployed troops [to help] X")."""
    return (
        aim.dep_ == "advcl"
        and has_to(aim)
        and aim.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in dependents(aim))
    )


def _settings(drafts: Sequence[_Draft]) -> set[int]:
    """Drafts (by id) of an event noun that is the subject of a "where" clause on a place ("aid to
    Sudan, where the war between X and Y has displaced millions"): the setting of the place, a
    state of affairs rather than an act the report tells."""
    out: set[int] = set()
    for d in drafts:
        tok = d.trigger
        if tok.dep_ != "nsubj" or tok.pos_ != "NOUN" or tok.head.dep_ != "relcl":
            continue
        if tok.head.tag_ == "VBD":
            continue  # "Gaza, where strikes killed 30 people on Monday": an act told in the past
        if any(c.dep_ == "advmod" and c.lower_ == "where" for c in dependents(tok.head)):
            out.add(id(d))
    return out


# Links a word climbs through to the phrase or clause it sits in when looking for an anchoring "since":
# noun modifiers, prepositional objects and the prepositions themselves.
_ANCHOR_CLIMB = frozenset({"pobj", "prep", "compound", "poss", "nmod", "amod", "conj", "pcomp"})


def _anchored(tok: Token, g: Grammar) -> bool:
    """``tok`` lies in a phrase or clause that anchors a period to an earlier act ("since Russia's
    invasion of Ukraine", "since the start of the offensive", "since the two sides renewed their
    ceasefire", "since taking office"): that act is the start of what is reported, not the news."""
    cur = tok
    for _ in range(8):
        if cur.dep_ in ("advcl", "pcomp") and any(
            c.dep_ == "mark" and c.lower_ in g.anchor_marks for c in cur.children
        ):
            return True
        if cur.dep_ == "prep" and cur.lower_ in g.anchor_marks:
            return True
        if cur.dep_ not in _ANCHOR_CLIMB or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _unarmed_departures(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of a departure (``departure_codes``) told by a verb of leaving
    (``armed_departure_verbs``) whose sources are all neither armed (``armed_roles``) nor a state as a
    whole: "the opposition leader left the country", "the ambassador left Niamey", "a dispute that has
    left the two countries without ambassadors". CAMEO 0874 is a military retreat or surrender."""
    return {
        id(d) for d in drafts
        if d.code in g.departure_codes and d.trigger.pos_ == "VERB"
        and g.lemma(d.trigger) in g.armed_departure_verbs
        and not any(m.actor.role is None or m.actor.role in g.armed_roles for m in d.sources)
    }


def _nonstate_postures(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of a force posture (``posture_roots``) shown only by non-state armed groups
    (``nonstate_posture_roles``: "armed militias have mobilised", "the rebels reinforced their positions",
    "gangs deployed snipers"): CAMEO's 15 is a state raising its alert or mobilising its forces."""
    return {
        id(d) for d in drafts
        if d.code[:2] in g.posture_roots and d.sources
        and all(m.actor.role in g.nonstate_posture_roles for m in d.sources)
    }


def _time_frames(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of a standing state named by a noun (``time_frame_codes``: a truce) that is the
    object of a preposition of time (``time_frame_preps``: "British troops could be deployed [after a
    ceasefire]", "aid deliveries rose [during the truce]"): the truce dates the report; nobody declares
    it there."""
    out: set[int] = set()
    for d in drafts:
        tok = d.trigger
        if not d.rule.startswith("noun:") or d.code not in g.time_frame_codes:
            continue
        # climb a noun's modifiers ("the Gaza [ceasefire] deal") to the phrase it heads
        cur = tok
        while cur.dep_ in ("compound", "amod", "nmod") and cur.head.i != cur.i:
            cur = cur.head
        if cur.dep_ == "pobj" and cur.head.lower_ in g.time_frame_preps:
            out.add(id(d))
    return out


def _prospective(tok: Token, g: Grammar) -> bool:
    """The event noun ``tok`` is (inside) the object of a "for" phrase on a ``prospect_heads`` noun
    ("in exchange for a complete [withdrawal]", "in return for the [release] of ...")."""
    cur = tok
    for _ in range(6):
        if cur.dep_ == "pobj" and cur.head.lower_ == "for" and g.lemma(cur.head.head) in g.prospect_heads:
            return True
        if cur.dep_ not in ("pobj", "prep", "compound", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _assault_attacks(drafts: Sequence[_Draft], g: Grammar) -> set[int]:
    """Drafts (by id) of an attack whose weapon is not said that only tells how its doers came to do an
    assault on people: the attack joined to the assault ("gunmen stormed a hotel and took the guests
    hostage", "armed men attacked a village and killed 18 people"), a participle of a way of harm on it
    ("stormed a school, abducting 40 pupils"), or the attack told in a clause of time on a killing
    ("jihadists killed 30 people when they attacked the town"). One act, coded once, by the assault
    (18 or 20, ``assault_roots``), whose code says whom it struck. An attack on armed sides stays
    beside it ("ambushed an army convoy, torturing two drivers")."""
    out: set[int] = set()
    for d in drafts:
        tok = d.trigger
        if d.code not in g.generic_force_codes or not d.sources or tok.pos_ != "VERB":
            continue
        if any(m.actor.role in g.armed_roles for m in d.targets):
            continue
        doers = {m.actor.code for m in d.sources}
        # "when" is taken for the clause's marker or its adverb
        when = tok.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in g.same_act_marks for c in dependents(tok))
        for e in drafts:
            et = e.trigger
            if (e is d or e.code[:2] not in g.assault_roots or not e.sources or et.pos_ != "VERB"
                    or {m.actor.code for m in e.sources} != doers):
                continue
            joined = (et.dep_ == "conj" and et.head.i == tok.i) or (tok.dep_ == "conj" and tok.head.i == et.i)
            # a killing or wounding after a comma is the attack's outcome, coded with it (_outcomes)
            told_how = (et.dep_ == "advcl" and et.head.i == tok.i and et.tag_ == "VBG"
                        and g.lemma(et) not in g.result_verbs and not e.code.startswith(_OUTCOME_CODES))
            timed = when and et.i == tok.head.i and g.lemma(et) in g.plain_killing_verbs
            if joined or told_how or timed:
                out.add(id(d))
                break
    return out
