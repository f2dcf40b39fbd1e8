"""In-article coreference by rules over the parse: surnames, pronouns, "the country", "the two sides"."""

from __future__ import annotations

from dataclasses import replace

from spacy.symbols import PROPN
from spacy.tokens import Token

from triadic.actors._context import in_topic
from triadic.actors._domestic import domestic_words
from triadic.actors._people import bare_leader
from triadic.actors._relations import (
    attacker_of_owned,
    conjoined,
    controller,
    harmed_patient,
    nearest_subject,
    other_state,
    plural_head,
    plural_noun,
    relation_words,
)
from triadic.actors._targets import target_words
from triadic.actors._types import Mention
from triadic.actors._work import PERSON_VIAS, Work, actor_of
from triadic.model import Actor
from triadic.nlp._docs import lower_words

__all__ = ["PAIR_HEADS", "pair_sides", "resolve_coref"]

_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr"})
_COUNTRY_NOUNS = frozenset({"country", "nation", "state", "regime", "kingdom", "republic"})
# "the two ministers", "both delegations" (readouts of a bilateral meeting) stand for the two sides too
PAIR_HEADS = frozenset({"sides", "countries", "nations", "leaders", "governments", "states", "neighbours",
                         "neighbors", "capitals", "parties", "rivals", "allies", "ministers", "presidents",
                         "delegations", "premiers"})
# Bodies by which a sentence names a state that a plural reference ahead of them may stand for.
_STATE_SIDE_ROLES = frozenset({None, "GOV", "MIL", "COP", "LEG", "JUD"})
# Words on a plural reference that make it the sides of a war, not states named after it.
_WAR_SIDES = frozenset({"warring", "rival", "belligerent", "opposing"})
_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
# every word by which ``resolve_coref`` reads a token other than a name
_REFERRING = _MALE | _FEMALE | _PLURAL | {"its", "it", "the", "both"}
# "the party" refers back to a named political organisation: a party, an opposition movement, or the political
# front of an armed movement ("the Tigray People's Liberation Front ... the party's leadership").
_PARTY_NOUNS = frozenset({"party"})
_PARTY_ROLES = frozenset({"PTY", "OPP", "REB", "SEP"})
# ... as one acting or acted on ("the party said", "the party's leaders", "banned the party"); after a
# preposition it is as often a gathering ("guests at the party") as the organisation.
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "conj"})
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})
# Relations of an object pronoun to its verb ("pardoned him", "gave her a medal").
_OBJECT_DEPS = frozenset({"dobj", "dative"})
_INNER_PREPS = frozenset({"in", "of", "across", "throughout", "inside", "within", "around", "into", "outside",
                          "at", "from"})
_FEMALE_HINT = frozenset({"she", "her", "hers", "herself", "ms.", "mrs.", "madam"})
_NOT_SURNAME = frozenset({"GPE", "NORP", "LOC", "DATE"})
# Verbs whose subject "it" stands for no one ("it is", "it seems", "it remains unclear").
_EXPLETIVE_VERBS = frozenset({"seem", "appear", "remain", "happen", "matter", "rain", "take", "mean", "look",
                              "become", "cost"})
# Words after "it is" that announce a clause as the real subject ("it is unclear whether ...").
_EXTRAPOSED = frozenset({"clear", "unclear", "likely", "unlikely", "possible", "impossible", "important",
                         "necessary", "true", "time", "difficult", "hard", "easy", "known", "unknown",
                         "certain", "uncertain", "obvious", "evident", "vital", "essential",
                         "crucial", "too", "early", "late", "wrong", "right", "enough", "worth"})
# How far back (in sentences) a pronoun may reach for its antecedent.
_PRONOUN_WINDOW = 3


def _person_like(m: Mention) -> bool:
    return (m.via in PERSON_VIAS or (m.via == "coref" and m.actor.kind in ("state", "person", "expert")
                                     and m.antecedent_text is not None and m.actor.name != m.actor.country)) \
        and not m.members and (m.via != "title" or m.actor.name != m.text)


def _gender_ok(work: Work, m: Mention, pron: str) -> bool:
    g = next((e.gender for e in work.dictionary.terms.get(m.actor.name, ()) if e.gender), None)
    if g is None:
        return True
    return (g == "f") == (pron in _FEMALE)


def resolve_coref(work: Work) -> None:
    """Link later references back to the actors named earlier in the article."""
    doc = work.toks
    sent_of = [0] * len(doc)
    for k, s in enumerate(work.sents):
        for i in range(s.start, s.end):
            sent_of[i] = k
    lows = lower_words(work.doc)  # read once per document, not once per token and pass
    # ``work.at`` read in place (asked of every token): the lists are changed in place as links are made
    owner, mentions = work.owner, work.mentions
    i = 0
    while i < len(doc):
        k = owner[i]
        if k >= 0:
            i = mentions[k].end
            continue
        low = lows[i]
        tok = doc[i]
        if low not in _REFERRING and tok.pos != PROPN:  # (the tag's id: it decodes no string)
            i += 1  # neither a name nor a word any branch below reads: most of the words of a text
            continue
        nxt = i + 1
        # "McCarthy" is not is_title, and the parser may tag a surname ORG: the earlier full name decides.
        if tok.pos_ == "PROPN" and tok.ent_type_ not in _NOT_SURNAME and tok.text[:1].isupper():
            nxt = _surname(work, i) or nxt
        elif low in _MALE or low in _FEMALE:
            _pronoun(work, i, sent_of)
        elif low == "its":
            _its(work, i, sent_of)
        elif low == "it" and tok.pos_ == "PRON" and tok.dep_ in _SUBJ_DEPS:
            _it(work, i, sent_of)
        elif low in _PLURAL and tok.pos_ == "PRON":
            _plural(work, i, sent_of)
        elif low in ("the", "both") and i + 1 < len(doc):
            nxt = _definite(work, i) or nxt
        elif tok.pos_ in ("NOUN", "PROPN") and tok.text in work.dictionary.by_surname:
            # the parser misread a leader's family name as a common noun ("Aliyev/NN said") or a place
            # ("Kamikawa/GPE criticised"): bare_leader's guards decide
            leader = bare_leader(work, i)
            if leader is not None:
                work.add(i, i + 1, actor_of(leader), "leader", surname=leader.surname)
        i = max(nxt, i + 1)
    _link_ambiguous(work)


def _surname(work: Work, i: int) -> int | None:
    doc = work.toks
    word = doc[i].text
    end = i + 1
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.pos_ == "PROPN" and work.at(end) is None and (
            nxt.ent_type_ == "PERSON" or (nxt.is_title and nxt.ent_type_ in ("ORG", "")
                                          and doc[i].ent_iob_ == "B" and nxt.ent_iob_ == "I")):
        return None  # a different full name ("Kim Tong-hyung", "Isaias Marrende"), not a bare surname
    for m in work.before(i):
        if work.surnames.get(m.start) == word and m.via != "coref":
            start = i - 1 if i > 0 and doc[i - 1].lower_ in _HONORIFICS and work.at(i - 1) is None else i
            work.add(start, end, m.actor, "coref", antecedent=m, surname=word)
            return end
    leader = bare_leader(work, i)
    if leader is not None:
        # "Tarvainen said": the one office holder of that surname on the article's date.
        work.add(i, end, actor_of(leader), "leader", surname=leader.surname)
        return end
    return None


def _pronoun(work: Work, i: int, sent_of: list[int]) -> None:
    low = work.doc[i].lower_
    # "Kiir pardoned him": an object pronoun (no reflexive) is never the subject of its own verb
    tok = work.toks[i]
    clause_mate = tok.head.i if tok.dep_ in _OBJECT_DEPS and tok.head.pos_ in ("VERB", "AUX") else -1
    for m in work.before(i):
        if sent_of[i] - sent_of[m.start] > _PRONOUN_WINDOW:
            return
        if clause_mate >= 0 and _subject_of(work, m, clause_mate):
            continue
        if (_person_like(m) or (clause_mate >= 0 and _counterpart(work, m))) and _gender_ok(work, m, low):
            ante = _root_of(work, m)
            work.add(i, i + 1, m.actor, "coref", antecedent=ante)
            return


def _counterpart(work: Work, m: Mention) -> bool:
    """``m`` is one office holder named by a relational role noun ("his Israeli counterpart"), whom an
    object pronoun may take up ("met his Israeli counterpart and urged him to ...")."""
    head = work.root(m.start, m.end)
    return m.via == "role" and not m.members and head.tag_ == "NN" \
        and head.lemma_.lower() in relation_words().person_relational


def _subject_of(work: Work, m: Mention, verb: int) -> bool:
    """``m`` is the subject of the verb at token ``verb``."""
    head = work.root(m.start, m.end)
    return head.dep_ in _SUBJ_DEPS and head.head.i == verb


def _root_of(work: Work, m: Mention) -> Mention:
    """The first mention of a coreference chain, so antecedent_text names the actor, not 'he'."""
    if m.via == "coref" and m.antecedent_start is not None:
        a = work.at(m.antecedent_start)
        if a is not None:
            return a
    return m


def _is_plural(work: Work, m: Mention) -> bool:
    """A mention that 'they' can refer to: several actors, or a plural noun ("Chinese troops")."""
    if m.members:
        return True
    head = work.root(m.start, m.end)
    return head.tag_ in ("NNS", "NNPS") and m.actor.is_political


def _collective(work: Work, m: Mention) -> bool:
    """A political body named by a singular collective noun ("the opposition", "the junta") that an
    object "them" can refer back to (``collectives``)."""
    head = work.root(m.start, m.end)
    return m.actor.is_political and head.tag_ == "NN" and head.lemma_.lower() in relation_words().collectives


def _plural(work: Work, i: int, sent_of: list[int]) -> None:
    """'they', 'them', 'their': the nearest plural actor in this or the previous sentence.

    A subject "they" prefers the nearest plural subject ("Troops fired on crowds, and they detained
    dozens": the troops), as subjects tend to continue the topic; otherwise the nearest plural wins.
    """
    subject = work.doc[i].dep_ in _SUBJ_DEPS
    held = _held_people(work, i) if subject else None
    if held is not None:
        work.add(i, i + 1, held.actor, "coref", antecedent=_root_of(work, held), members=held.members)
        return
    nearest: tuple[Mention, tuple[Actor, ...]] | None = None
    verb = work.doc[i].head
    # "the hostages they are holding": a relative clause's subject is not the noun the clause describes
    described = verb.head.i if verb.dep_ == "relcl" else -1
    doer = _doer_of(work, verb.head) if described >= 0 and subject else None
    if doer is not None and (_is_plural(work, doer) or doer.actor.kind == "group"):
        # "urged the rebels to free the hostages they hold": whoever is to act on the noun holds it
        work.add(i, i + 1, doer.actor, "coref", antecedent=_root_of(work, doer), members=doer.members)
        return
    attacker = attacker_of_owned(work.doc[i])
    # ... nor is it the attackers' own side named elsewhere ("killed two soldiers, and the army bombed one
    # of their camps": not the soldiers')
    attacking = work.at(attacker) if attacker >= 0 else None
    for m in work.before(i):
        if sent_of[i] - sent_of[m.start] > 1:
            break
        if m.start <= described < m.end or m.start <= attacker < m.end or (
                attacking is not None and m.actor.code == attacking.actor.code):
            continue
        if _is_plural(work, m) or (m.via == "coref" and work.doc[m.start].lower_ in _PLURAL) \
                or (not subject and _collective(work, m)):
            found, members = m, m.members  # "they ... their crops": the chain goes on
        else:
            # "India and Pakistan traded fire. They ...": names joined by "and" are one plural antecedent.
            joined = conjoined(work, m) if m.actor.is_political else [m]
            if len(joined) < 2:
                continue
            found, members = joined[0], tuple(x.actor for x in joined)
        if not subject or work.root(found.start, found.end).dep_ in _SUBJ_DEPS:
            nearest = (found, members)
            break
        nearest = nearest or (found, members)
    if nearest is not None:
        ante, members = nearest
        work.add(i, i + 1, ante.actor, "coref", antecedent=_root_of(work, ante), members=members)


def _doer_of(work: Work, noun: Token) -> Mention | None:
    """Who does the act whose object ``noun`` is: the verb's subject, or, for an infinitive with none
    ("urged the rebels to free the hostages"), the object of the verb it completes."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    while verb.head.i != verb.i and (verb.dep_ == "conj" or (
            verb.dep_ == "advcl" and any(c.lower_ == "to" for c in verb.children))) \
            and _subject_mention(work, verb) is None:
        verb = verb.head  # "to accept mediators and to free the hostages" (the parser may make it advcl)
    own = _subject_mention(work, verb)
    if own is not None:
        return own
    if verb.dep_ == "xcomp":
        for c in verb.head.children:
            if c.dep_ == "dobj":
                return work.at(c.i)
        return _subject_mention(work, verb.head)
    return None


def _held_people(work: Work, i: int) -> Mention | None:
    """The people a verb of control acts on, when "they" opens a clause hanging on that verb: "Police
    arrested 300 farmers as they set off on a march" (the farmers, not the police)."""
    verb = work.doc[i].head
    if verb.dep_ != "advcl" or verb.head.lemma_.lower() not in domestic_words().control_verbs:
        return None
    for c in verb.head.children:
        m = work.at(c.i) if c.dep_ in ("dobj", "nsubjpass") else None
        if m is not None and (m.members or c.tag_ in ("NNS", "NNPS")):
            return m
    return None


def _state_like(work: Work, m: Mention) -> bool:
    """A state, organisation, state body or armed group (one, in the singular) that "it" can stand for."""
    return m.actor.kind in ("state", "igo", "group") and not m.members and m.via not in PERSON_VIAS \
        and work.root(m.start, m.end).tag_ not in ("NNS", "NNPS")


def _it(work: Work, i: int, sent_of: list[int]) -> None:
    """A subject "it" that continues a state or organisation: "Iran said it would retaliate" (the subject
    of the verb whose clause "it" opens), or "Germany condemned the attack. It summoned ..." (the subject
    of the sentence before). Never an "it" of weather or of a clause ("it is clear that").
    """
    tok = work.doc[i]
    verb = tok.head
    if verb.lemma_.lower() in _EXPLETIVE_VERBS:
        return
    if verb.lemma_.lower() == "be" and any(c.dep_ in ("ccomp", "csubj", "attr")
                                           or (c.dep_ == "acomp" and c.lemma_.lower() in _EXTRAPOSED)
                                           for c in verb.children):
        # "it is clear that ...", "it was a terrorist attack": no one; "it was ready to talk" is someone
        return
    ante: Mention | None = None
    if verb.dep_ in ("ccomp", "xcomp", "advcl", "conj") and verb.head.i != verb.i:
        # "Iran said it would ...", "Russia denied that it had ...": the subject of the saying verb
        ante = _subject_mention(work, verb.head)
    elif verb.dep_ == "ROOT" and sent_of[i] > 0 and verb.i - work.sents[sent_of[i]].start <= 3:
        # "It summoned the ambassador" opening a sentence: the previous sentence's subject
        prev = work.sents[sent_of[i] - 1]
        ante = _subject_mention(work, prev.root)
    if ante is not None and _state_like(work, ante):
        work.add(i, i + 1, ante.actor, "coref", antecedent=_root_of(work, ante))


def _subject_mention(work: Work, verb: Token) -> Mention | None:
    """The mention that is the subject of ``verb``, if one is."""
    for c in verb.children:
        if c.dep_ in _SUBJ_DEPS:
            return work.at(c.i)
    return None


def _its(work: Work, i: int, sent_of: list[int]) -> None:
    # "China warned Manila that it would defend its waters": the "it" of the same clause owns it.
    head = work.doc[i].head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    own = _subject_mention(work, head)
    if own is not None and own.via == "coref" and work.doc[own.start].lower_ == "it":
        work.add(i, i + 1, own.actor, "coref", antecedent=_root_of(work, own))
        return
    # "The EU criticised Hungary over its law": the object the verb holds to account.
    pick = controller(work, i) or _conjunct_owner(work, i) or _governing_owner(work, i)
    if pick is None:
        pick = next((m for m in work.before(i) if sent_of[m.start] == sent_of[i]
                     and m.actor.kind in ("state", "igo", "group") and not m.members
                     and m.via not in PERSON_VIAS and not plural_head(work, m)), None)
    if pick is None:
        return
    noun = work.doc[i].head
    if noun.tag_ == "NN" and noun.i > i and noun.lower_ in relation_words().relational \
            and work.free(i, noun.i + 1):
        # "accusing its neighbour": the phrase is the one other state named, not the owner
        other = other_state(work, i, nearest_subject(work, i) or pick)
        if other is not None:
            work.add(i, noun.i + 1, other.actor, "coref", antecedent=_root_of(work, other))
            return
    work.add(i, i + 1, pick.actor, "coref", antecedent=_root_of(work, pick))


_ARG_DEPS = frozenset({"dobj", "dative", "iobj", "prep"})
_REL_PRONOUNS = frozenset({"which", "that", "who"})


def _owner_like(work: Work, m: Mention | None, i: int) -> bool:
    return m is not None and m.end <= i and m.actor.kind in ("state", "igo", "group") and not m.members \
        and m.via not in PERSON_VIAS and not plural_head(work, m)


def _governing_owner(work: Work, i: int) -> Mention | None:
    """Whose "its" is by the verb that governs it: the verb's other arguments first ("imposed sanctions on
    Yemen over its ...", "sent aid to Pakistan despite its ..."), then its subject ("Warsaw would double the
    troops on its border"); a relative clause's "which" is the noun it describes. None where the verb has
    no subject of its own and no other argument names one (a conjoined verb): the nearest actor decides."""
    doc = work.doc
    branch, node = doc[i], doc[i].head
    climbed_past_plural = False
    for _ in range(6):
        while node.pos_ not in ("VERB", "AUX"):
            if node.head.i == node.i:
                return None
            branch, node = node, node.head
        verb = node
        subj = next((c for c in verb.children if c.dep_ in _SUBJ_DEPS), None)
        if verb.dep_ == "relcl" and subj is not None and subj.lower_ in _REL_PRONOUNS:
            m = work.at(verb.head.i)
            return m if _owner_like(work, m, i) else None
        best: Mention | None = None
        for c in verb.children:
            if climbed_past_plural or c.i == branch.i or c.dep_ not in _ARG_DEPS:
                continue
            for t in c.subtree:
                m = work.at(t.i)
                if _owner_like(work, m, i) and (best is None or m.start > best.start):  # type: ignore[union-attr]
                    best = m
        if best is not None:
            return best
        m = work.at(subj.i) if subj is not None else None
        if subj is not None and (plural_noun(subj) or (m is not None and plural_head(work, m))
                                 or harmed_patient(verb, work.doc[i])):
            # "said Russian troops fired on its posts": the plural doers are not "its" owner; the clause
            # above speaks for it by its subject ("Poland closed ... after drones entered its airspace");
            # nor is the doer of harm owner of what it harms ("an Israeli strike killed its generals")
            subj, climbed_past_plural = None, True
        if subj is not None:
            return m if _owner_like(work, m, i) else None
        if verb.dep_ not in ("xcomp", "advcl", "pcomp", "ccomp") or verb.head.i == verb.i:
            return None
        branch, node = verb, verb.head
    return None


def _conjunct_owner(work: Work, i: int) -> Mention | None:
    """The actor "its" phrase is joined to by "and": "Damascus and its neighbours" are Damascus's."""
    noun = work.doc[i].head
    if noun.dep_ != "conj":
        return None
    m = work.at(noun.head.i)
    return m if m is not None and m.end <= i and not m.members and m.via not in PERSON_VIAS else None


def _definite(work: Work, i: int) -> int | None:
    """'the country', 'the two sides', 'both countries' and similar definite references."""
    doc = work.toks
    low = doc[i].lower_
    j = i + 1
    if low == "the":
        # "the war-torn country", "the impoverished nation": lower-case describing words may come
        # between (not "the Islamic State", nor words that name someone themselves)
        k = j
        while k < len(doc) and k < j + 4 and doc[k].lower_ not in _COUNTRY_NOUNS \
                and (doc[k].text.islower() or doc[k].text == "-") \
                and doc[k].dep_ in ("amod", "compound", "advmod", "punct", "npadvmod") and work.at(k) is None:
            k += 1
        if k < len(doc) and doc[k].lower_ in _COUNTRY_NOUNS and doc[k].pos_ == "NOUN":
            j = k
    if low == "the" and doc[j].lower_ in _COUNTRY_NOUNS and (j + 1 >= len(doc) or (
            doc[j + 1].pos_ != "NOUN" and doc[j + 1].lower_ != "of")):  # "the Republic of San Marino"
        # "The United States imposed sanctions on the country": never the subject of its own clause.
        own = _clause_subjects(doc[j])
        prior = [m for m in work.before(i) if m.actor.country and m.actor.kind == "state" and not m.members
                 and not any(m.start <= k < m.end for k in own)]
        if not prior:
            return None
        m = prior[0]
        # Point at the country's own name where the article used one ("Iran", not "Officials").
        m = next((p for p in prior if p.actor.country == m.actor.country and p.actor.role is None), m)
        actor = work.dictionary.countries.state_actor(str(m.actor.country))
        work.add(i, j + 1, actor, "coref", antecedent=_root_of(work, m))
        return j + 1
    if low == "the" and j == i + 1 and doc[j].lower_ in _PARTY_NOUNS and doc[j].pos_ == "NOUN" \
            and (j + 1 >= len(doc) or doc[j + 1].pos_ not in ("NOUN", "PROPN")) \
            and doc[j].dep_ in _PARTY_DEPS:
        # "... officials of the Movement for Democratic Change. The party's leadership condemned ...":
        # "the party" is the political organisation the text last named (not "the party congress")
        ante = _named_party(work, i)
        if ante is not None:
            work.add(i, j + 1, ante.actor, "coref", antecedent=_root_of(work, ante))
            return j + 1
    if low == "the" and doc[j].lower_ in ("two", "2") and j + 1 < len(doc):
        j += 1
    if doc[j].lower_ in PAIR_HEADS and (low == "both" or j > i + 1):
        pair = _last_two(work, i, leaders=doc[j].lower_ == "leaders")
        if pair is not None:
            a, b = pair
            work.add(i, j + 1, a.actor, "coref", antecedent=a, members=(a.actor, b.actor))
            return j + 1
    return None


def _named_party(work: Work, i: int) -> Mention | None:
    """The political organisation named by name nearest before token ``i``, within the pronoun window:
    a party, an opposition movement or an armed movement's political front (no state, no person)."""
    here = work.sentence_index(i)
    for m in work.before(i):
        if here - work.sentence_index(m.start) > _PRONOUN_WINDOW:
            return None
        a = m.actor
        if m.via == "name" and not m.members and a.role in _PARTY_ROLES:
            return m
    return None


def _clause_subjects(tok: Token) -> list[int]:
    """Token positions of the subjects of the verb whose argument ``tok`` is (the first verb above it).

    A place or possessor inside the argument ("parts of the country", "a bastion in the country", "the
    country's leading rights group") is often the subject's own country, so it gives none.
    """
    head = tok
    while head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        if head.dep_ == "poss" or (head.dep_ == "prep" and head.lower_ in _INNER_PREPS):
            return []
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or head.i == tok.i:
        return []
    return [c.i for c in head.children if c.dep_ in _SUBJ_DEPS]


def _only_where(tok: Token) -> bool:
    """The place is only where something happened: the object of a setting preposition ("in Doha")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in target_words().setting_preps


def pair_sides(work: Work, i: int) -> tuple[Mention, Mention] | None:
    """The two sides a plural reference starting at ``i`` stands for (see ``_last_two``)."""
    return _last_two(work, i, leaders=False)


def _last_two(work: Work, i: int, leaders: bool) -> tuple[Mention, Mention] | None:
    """The two sides a plural reference stands for: the last two countries named before it, leaving out
    a party only named in what the exchange was about when two others remain."""
    return _two_sides(work, i, topics=False) or _two_sides(work, i, topics=True) or _next_two(work, i)


def _next_two(work: Work, i: int) -> tuple[Mention, Mention] | None:
    """With no two sides named before, the two states the rest of the sentence names, when it names exactly
    two ("Under a deal signed by the two countries, Australia will fund PNG's police", "The two countries
    signed the pact, Japanese and Philippine officials said"): a news lead may refer ahead to the pair it
    names next. Each side is then the state itself (whichever of its bodies names it); three or more
    countries leave it open."""
    sent = work.sent_of(i)
    head = work.doc[i]
    while head.dep_ in ("det", "nummod", "amod", "predet") and head.head.i > head.i:
        head = head.head
    if any(c.dep_ in ("prep", "acl", "relcl") or c.lower_ in _WAR_SIDES for c in head.children):
        # "the two sides in Sudan's war", "the warring sides": the reference says whose sides it means;
        # the states named next (mediators, reporters) are not they
        return None
    seen: dict[str, Mention] = {}
    for m in work.live():
        if m.start <= i or m.start >= sent.end or m.via == "coref":
            continue
        if not m.actor.is_political or m.actor.role not in _STATE_SIDE_ROLES:
            continue
        if m.actor.role is None and m.via == "adjective":
            continue  # "Qatari and Egyptian mediators": a nationality on a noun of no known role is no side
        root = work.root(m.start, m.end)
        if in_topic(root) or (m.via in ("capital", "place") and _only_where(root)) or _in_phrase(root):
            continue
        for a in m.members or (m.actor,):
            if a.country is not None and a.role in _STATE_SIDE_ROLES and a.country not in seen:
                # the state or its government as named; another body stands for its state
                actor = a if a.role in (None, "GOV") else work.dictionary.countries.state_actor(a.country)
                seen[a.country] = replace(m, actor=actor, members=())
    if len(seen) != 2:
        return None
    first, second = seen.values()
    return first, second


def _in_phrase(tok: Token) -> bool:
    """``tok`` lies in a prepositional phrase of its clause ("clashed during the Indian minister's visit to
    Beijing"): a setting or circumstance, not a party the clause names as doer or done-to."""
    for a in tok.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return False
        if a.dep_ == "prep":
            return True
    return False


def _side_like(work: Work, m: Mention, topics: bool) -> bool:
    """Whether ``m`` can be one of the two sides a plural reference stands for."""
    # Sides are states, governments and organisations, not courts or protesters.
    if not m.actor.is_political or m.members or m.actor.role not in (None, "GOV", "MIL"):
        return False
    if not topics and in_topic(work.root(m.start, m.end)):
        return False
    if m.actor.country is None and m.actor.code == m.actor.role:
        return False  # a bare "GOV" of unknown country is no side anyone can name
    # "A and B met in Abu Dhabi, and the two sides agreed": the host city is no side
    return not (m.via in ("capital", "place") and _only_where(work.root(m.start, m.end)))


def _two_sides(work: Work, i: int, topics: bool) -> tuple[Mention, Mention] | None:
    seen: dict[str, Mention] = {}
    for m in work.before(i):
        if not _side_like(work, m, topics):
            continue
        key = m.actor.country or m.actor.code
        if key not in seen:
            seen[key] = m
        if len(seen) == 2:
            b, a = list(seen.values())
            return a, b
    return None


def _link_ambiguous(work: Work) -> None:
    """Give 'the North'-style references the earlier mention of the same country as antecedent."""
    for m in work.live():
        if m.via == "coref" and m.antecedent_text is None and not m.members:
            for prev in work.before(m.start):
                if prev.actor.country == m.actor.country and prev.via != "coref":
                    work.add(m.start, m.end, m.actor, "coref", antecedent=prev)
                    break
