"""Repair of a body-sentence misparse: a past-tense event verb read as a participle modifying its object.

The small English model reads "Kuwait's emir suspended parliament for four years" as a noun phrase
("suspended parliament", with "emir" a loose modifier) and leaves the sentence without a verb, so the
event is lost. A regular English past tense ("suspended", "dissolved") has the same form as the
participle, and after a possessive subject ("X's emir/army/court") the model prefers the adjective
reading. When a sentence has no verb as its root, opens with a plain noun phrase (the subject) whose
last word is a noun, and right after it stands a word of the event verb patterns in the past-tense
form, followed by a noun phrase (the object), that word is the verb: it is retagged and the tree
rebuilt around it.

Kept narrow: sentences whose root is a verb keep the model's parse; the word must directly follow a
noun that ends a determiner/adjective/name/possessive run from the sentence start (so "the suspended
parliament", "a banned party's leader", "Photos of the government sanctioned rally" do not qualify);
irregular participles that are no past tense ("frozen", "taken") are not verbs in this place.

The same misreading comes with an all-capital organisation the model takes for a verb ("Guinea's junta
defied ECOWAS sanctions": "ECOWAS" as VBG, the root, and "defied" as a modifier; "The junta flouted ECOWAS
sanctions": "ECOWAS" as a verb complement owning "sanctions"). An all-capital word is a name, never an
English verb: the sentence is read as if tagged so, and the object is given back to the verb.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from triadic.nlp._data import nlp_data
from triadic.nlp._docs import doc_tokens, lower_lemmas, lower_words, set_off

__all__ = ["feeling_words", "repair_clause_subjects", "repair_feeling_agents", "repair_participle_verbs",
           "repair_passive_agents", "repair_retorts", "repair_stray_agents", "repair_summary_objects"]

# words a subject noun phrase before the verb is made of: "Kuwait's emir", "The US Treasury",
# "Burkina Faso's military junta"
_SUBJECT_WORDS = frozenset({"DT", "PDT", "PRP$", "JJ", "NNP", "NNPS", "NN", "NNS", "POS", "HYPH", "CD"})
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_OBJECT_START = frozenset({"DT", "JJ", "NNP", "NNPS", "NN", "NNS", "CD", "PRP$", "PDT"})
_OBJECT_WORDS = _OBJECT_START | {"HYPH", "POS"}
# what hung on the old (noun) root after the object and belongs to the clause: "for four years",
# "on Wednesday", "and called fresh elections", the full stop
_CLAUSE_DEPS = frozenset({"prep", "conj", "cc", "punct", "npadvmod", "advmod", "advcl", "acl", "relcl"})


def repair_participle_verbs(doc: Doc, verbs: frozenset[str]) -> Doc:
    """Rebuild each verbless sentence of the shape the module docstring names around its verb.

    Args:
        verbs: lemmas of the event verb patterns, the verbs whose misreading loses an event.
    """
    # (an acronym is an all-capital word of two letters or more, found by the word's own flags, which the
    # repairs do not change: no sentence is walked token by token for one)
    acronyms = [t.i for t in doc_tokens(doc) if t.is_upper and t.is_alpha and len(t) >= 2]
    for sent in list(doc.sents):
        root = sent.root
        if root.pos_ not in ("VERB", "AUX"):
            _repair(doc, sent, verbs)
        elif root.i in acronyms and _acronym(root):
            # "Guinea's junta defied ECOWAS sanctions": the model took the acronym for the verb ("ECOWAS"
            # as VBG) and the real past tense for a modifier. An all-capital word is a name, never an
            # English verb: read as one, the sentence has the shape above; if it still does not fit, the
            # model's tags stay.
            old = root.tag_, root.pos_, root.lemma_
            root.tag_, root.pos_, root.lemma_ = "NNP", "PROPN", root.text
            if not _repair(doc, sent, verbs):
                root.tag_, root.pos_, root.lemma_ = old
        for i in acronyms:
            if sent.start <= i < sent.end:
                tok = doc[i]
                if tok.dep_ == "xcomp" and _acronym(tok):
                    _acronym_object(tok)
    return doc


def _acronym_object(tok: Token) -> None:
    """"The junta flouted ECOWAS sanctions": the model read the acronym as a verb complement of
    "flouted" with "sanctions" its object. The acronym names whose the object is: the object becomes
    the verb's, the acronym a name on it. Only when the verb has no object of its own."""
    verb = tok.head
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.i == tok.i + 1 and c.tag_ in _NOUNS]
    if not objs or verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative") for c in verb.children) \
            or any(c.dep_ in ("nsubj", "aux") for c in tok.children):
        return
    obj = objs[0]
    for c in list(tok.children):
        if c != obj:
            c.head = verb  # "... sanctions and kept the borders closed": the clause's, not the name's
    tok.tag_, tok.pos_, tok.lemma_ = "NNP", "PROPN", tok.text
    obj.head, obj.dep_ = verb, "dobj"
    tok.head, tok.dep_ = obj, "compound"


def _tag(tok: Token) -> str:
    """The tag of ``tok``, an acronym the model read as a verb counting as the name it is."""
    return "NNP" if _acronym(tok) else tok.tag_


def _acronym(tok: Token) -> bool:
    """``tok`` is an all-capital name of two letters or more ("ECOWAS", "NATO", "IAEA") tagged as a verb."""
    return tok.tag_.startswith("VB") and len(tok.text) >= 2 and tok.text.isalpha() and tok.text.isupper()


@cache
def _irregular_past() -> dict[str, str]:
    return {str(k): str(v) for k, v in (nlp_data("participle").get("irregular_past") or {}).items()}


def _past_verb(tok: Token, verbs: frozenset[str]) -> str | None:
    """The event verb ``tok`` is, if it stands in a form its simple past takes: a past-tense tag, a
    regular "-ed" participle (the same word as the past), or such a past the tagger took for an
    adjective ("froze", "suspended" as JJ); "frozen", "taken" are participles only. None otherwise."""
    word = tok.lower_
    if tok.tag_ == "JJ":
        if word in _irregular_past():
            lemma = _irregular_past()[word]
            return lemma if lemma in verbs else None
        if not word.endswith("ed"):
            return None
        # "suspended" -> suspend, "seized" -> seize, "banned" -> ban, "denied" -> deny
        stems = (word[:-2], word[:-1], word[:-3], word[:-3] + "y")
        return next((stem for stem in stems if stem in verbs), None)
    lemma = tok.lemma_.lower()
    if lemma in verbs and (tok.tag_ == "VBD" or (tok.tag_ == "VBN" and word.endswith("ed"))):
        return lemma
    return None


def _repair(doc: Doc, sent: Span, verbs: frozenset[str]) -> bool:
    """Rebuild ``sent`` around its misread past-tense verb; True when it did."""
    start = sent.start
    if doc[start].tag_ not in _SUBJECT_WORDS - {"POS", "HYPH"}:
        return False
    k = start + 1
    while k < sent.end - 1 and doc[k].tag_ in _SUBJECT_WORDS:
        if doc[k].tag_ == "JJ" and doc[k - 1].tag_ in _NOUNS and _past_verb(doc[k], verbs):
            break  # "The EU froze aid": the adjective-tagged past ends the subject
        k += 1
    subj_end = k
    day = doc[k + 1] if k + 3 < sent.end else None
    if day is not None and doc[k].lower_ == "on" and day.ent_type_ == "DATE" and day.tag_ == "NNP":
        # "The European Union on Saturday froze aid to Niger": the wire's day between subject and verb
        k += 2
    if k + 1 >= sent.end:
        return False
    verb, subj = doc[k], doc[subj_end - 1]
    lemma = _past_verb(verb, verbs)
    if subj.tag_ not in _NOUNS or lemma is None or _tag(doc[k + 1]) not in _OBJECT_START:
        return False
    if verb.head.i <= verb.i or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        # only the adjective reading on the noun after it ("suspended parliament") is the misparse; a
        # verb the model gave its own arguments ("bloc ECOWAS gave ...") is read as a verb already
        return False
    end = k + 1
    while end < sent.end and _tag(doc[end]) in _OBJECT_WORDS:
        end += 1
    for t in doc[k + 1 : end]:
        if _acronym(t):
            t.tag_, t.pos_, t.lemma_ = "NNP", "PROPN", t.text  # "defied ECOWAS sanctions": a name
    heads = [t for t in doc[k + 1 : end] if t.tag_ in _NOUNS or t.tag_ == "CD"]
    if not heads:
        return False
    obj, old_root = heads[-1], sent.root
    verb.tag_, verb.pos_, verb.lemma_ = "VBD", "VERB", lemma
    verb.head, verb.dep_ = verb, "ROOT"
    subj.head, subj.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
    for group, head in ((doc[start:subj_end], subj), (doc[k + 1 : end], obj)):
        for t in group:
            # the phrase's words hang inside it ("Kuwait's" on "emir", not on "parliament")
            if t != head and (not group.start <= t.head.i < group.end or t.head == t):
                if t.dep_ == "ROOT":
                    t.dep_ = "compound"  # the acronym the model made the root: a name on the object
                t.head = head
    for t in doc[end : sent.end]:
        if t.head in (old_root, obj) and t.dep_ in _CLAUSE_DEPS and (t.dep_ != "prep" or _time_phrase(t)):
            # a phrase of the object stays on it: "hosted talks between Russia and Ukraine", "froze
            # the accounts of the former governor"
            t.head = verb
    if subj_end < k:
        doc[subj_end].head, doc[subj_end].dep_ = verb, "prep"  # "on Saturday"
    if old_root.head == old_root and old_root != verb:
        old_root.head, old_root.dep_ = verb, "dep"  # one root per sentence
    return True


def _time_phrase(prep: Token) -> bool:
    """``prep`` heads a time phrase of the clause ("for four years", "on Wednesday")."""
    return any(c.ent_type_ in ("DATE", "TIME") for c in prep.subtree if c != prep)


def feeling_words(adjectives: Mapping[str, Iterable[Any]]) -> frozenset[str]:
    """The keys of the adjective patterns (``Patterns.adjectives``) with a pattern that takes "by"
    ("appalled by", "outraged by"): the participles of feeling ``repair_feeling_agents`` reads."""
    return frozenset(k for k, ps in adjectives.items() if any("by" in p.words for p in ps))


def repair_feeling_agents(doc: Doc, feelings: frozenset[str]) -> Doc:
    """"Ottawa was appalled by the sentence", "Berlin was outraged by the execution": the model reads a
    participle of feeling as a passive whose "by" phrase is its doer, so the one who feels is taken for
    the one acted on and the cause of the feeling for the actor. Said of its subject, the participle is
    an adjective ("is angry at"), its "by" a preposition naming the cause, its passive subject the
    subject: they are relabelled so.

    Args:
        feelings: words of the adjective patterns that take "by" (``appalled``, ``outraged``), lemma or form.
    """
    if not feelings:
        return doc
    # (the document's lemma and word tables, shared with the coder: the repair only relabels, and most
    # texts have no participle of feeling, so no token's tag is read for them)
    lemmas, words = lower_lemmas(doc), lower_words(doc)
    if feelings.isdisjoint(lemmas) and feelings.isdisjoint(words):
        return doc
    for tok in doc_tokens(doc):
        i = tok.i
        if lemmas[i] not in feelings and words[i] not in feelings:
            continue
        kids = list(tok.children)
        if tok.dep_ == "acomp":
            # "said it was deeply concerned by the offensive": read as the copula's adjective already,
            # only its "by" is still taken for a doer
            for c in kids:
                if c.dep_ == "agent" and c.lower_ == "by":
                    c.dep_ = "prep"
            continue
        if tok.tag_ != "VBN":
            continue
        if any(c.dep_ == "dobj" for c in kids) or not any(c.dep_ == "nsubjpass" for c in kids):
            continue
        if not any(c.dep_ == "agent" and c.lower_ == "by" for c in kids):
            continue
        for c in kids:
            # the one who feels is the clause's subject, "was" its copula, "by" a preposition
            c.dep_ = {"agent": "prep", "nsubjpass": "nsubj", "auxpass": "aux"}.get(c.dep_, c.dep_)
    return doc


# entity types of a "by" phrase that is a time or a measure ("by Friday", "by 5 percent"), never a doer
_MEASURE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})


# what may stand between an event noun and its stray "by" doer: phrases of the noun the model also hung
# on the verb ("to five years in prison", "in Algiers", "on Monday")
_NOUN_PHRASE_DEPS = frozenset({"prep", "npadvmod"})


# dependents that make a singular noun after "by" a party ("by a court", "by the army", "by Israeli forces")
_DOER_MARKS = frozenset({"det", "poss", "amod", "compound", "nmod"})


def _doer_like(tok: Token) -> bool:
    """The object of a "by" phrase can be a doer: a noun that is no time or measure ("by Friday", "by 5
    percent") and no bare singular noun, which names a means or manner ("by force", "by mistake", "by
    phone"); a name, a plural ("by police", "by rebels") or a noun with a determiner or modifier ("by a
    court", "by Israeli forces") can."""
    if tok.tag_ not in _NOUNS or tok.ent_type_ in _MEASURE_ENTS:
        return False
    return tok.tag_ != "NN" or any(c.dep_ in _DOER_MARKS for c in tok.children)


def _by_phrases(doc: Doc) -> list[Token]:
    """The document's "by" prepositions (none looked for when the text has no "by")."""
    if "by" not in lower_words(doc):
        return []
    return [t for t in doc_tokens(doc) if t.lower_ == "by" and t.dep_ == "prep"]


def repair_stray_agents(doc: Doc, event_nouns: frozenset[str]) -> Doc:
    """"Amnesty condemned the sentencing of a journalist by an Algerian court": the model hangs the "by"
    phrase on the active verb ("condemned ... by a court"), where it can name no doer (an active verb's
    doer is its subject), so the nominal act loses its own doer and the reaction takes the court for
    its target. Right after an event noun that is the verb's object and has an "of" phrase (its patient),
    a "by" phrase naming a party is that act's doer ("the arrest of X by Y"): it is moved onto the noun.

    Not a "by" of means (a gerund: "retaliated by expelling"), time or measure ("by Friday", "by 5
    percent"), nor one on a passive verb, whose "by" is its own doer.

    Args:
        event_nouns: head lemmas of the event noun patterns (``Patterns.nouns``).
    """
    for tok in _by_phrases(doc):
        verb = tok.head
        if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "agent", "nsubjpass") for c in verb.children):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i]
        if not objs:
            continue
        noun = objs[-1]
        # right after the noun's phrase, or after phrases of it the model hung on the verb too ("the
        # sentencing of X [to five years in prison] by a court"): nothing else between
        between = [c for c in verb.children if noun.i < c.i < tok.i]
        if any(c.dep_ not in _NOUN_PHRASE_DEPS for c in between) or noun.right_edge.i + 1 + sum(
                len(list(c.subtree)) for c in between) != tok.i:
            continue
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in event_nouns or not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            continue
        doers = [c for c in tok.children if c.dep_ == "pobj"]
        if not doers or not _doer_like(doers[0]):
            continue
        tok.head = noun
    return doc


# prepositions of a passive verb's phrase under whose object the model may hang the verb's "by" doer:
# "were threatened with arrest by police", "was arrested on charges by the FBI", "jailed for
# fraud by a court", "sanctioned over the crackdown by the EU", "was accused of spying by
# prosecutors", "was barred from running by the court"
_PASSIVE_PHRASE_PREPS = frozenset({"with", "on", "for", "over", "of", "from"})


def repair_passive_agents(doc: Doc) -> Doc:
    """"Opposition leaders were threatened with arrest by police": the model hangs the passive's "by"
    phrase on the object of the verb's own "with" phrase ("arrest by police"), so the passive has no
    doer and the event none. When a passive verb has no "by" doer and the object of one of its phrases
    above ends in a "by" phrase naming a party (no time or measure: "by Friday", "by 5 percent"), that
    phrase is the verb's doer: it is moved onto the verb as its agent. The phrase's object may be an
    active gerund, the "by" hung on it or on its object ("was banned from leaving the country by a
    court"); a passive gerund ("accused of being paid by Moscow") keeps its own doer."""
    for tok in _by_phrases(doc):
        obj = tok.head
        if obj.dep_ == "dobj" and obj.head.dep_ == "pcomp":
            obj = obj.head  # "from leaving [the country] by a court": the gerund's object holds the "by"
        prep = obj.head
        verb = prep.head
        if obj.dep_ == "pcomp":
            if obj.tag_ != "VBG" or any(c.dep_ in ("auxpass", "nsubj", "nsubjpass") for c in obj.children):
                continue
        elif obj.dep_ != "pobj":
            continue
        if prep.lower_ not in _PASSIVE_PHRASE_PREPS or prep.dep_ != "prep":
            continue
        kids = list(verb.children)
        if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in kids) \
                or any(c.dep_ == "agent" for c in kids):
            continue
        doers = [c for c in tok.children if c.dep_ == "pobj"]
        if not doers or not _doer_like(doers[0]):
            continue
        tok.head, tok.dep_ = verb, "agent"
    return doc


# words a summing-up noun phrase opens with: "the latest in a series", "a move critics condemned"
_SUMMARY_OPENERS = frozenset({"DT", "PDT", "PRP$"})


def repair_summary_objects(doc: Doc, event_nouns: frozenset[str]) -> Doc:
    """"Armenian and Azerbaijani guards traded fire, the ministry said, the worst incident in years": the
    model takes the noun phrase that sums up the clause after a comma for a second object of its verb
    ("traded fire ... incident"), so the verb's patterns see an object that is no part of the act. A
    direct object that opens with a determiner right after a comma (or a dash), and follows another
    object of the same verb or a "said" clause set beside it (parataxis), is relabelled as an
    apposition of the clause.

    Not an object the verb has alone before any comma, nor a gerund phrase ("..., burning tyres"), nor an
    event noun ("..., the second assault on the army in two days"), which names the clause's act again
    and keeps its doer.

    Args:
        event_nouns: head lemmas of the event noun patterns (``Patterns.nouns``).
    """
    # only the heads of direct objects: most words have none, and listing their children is not free; and
    # of those only a verb with a second object or a clause set beside it, as the last test below asks
    # (most verbs have one object and no such clause)
    # (the labels' ids: reading a token's id decodes no string)
    dobj, parataxis = doc.vocab.strings["dobj"], doc.vocab.strings["parataxis"]
    objects: dict[int, int] = {}  # how many direct objects each head has
    beside: set[int] = set()  # the heads of a parataxis
    for t in doc_tokens(doc):
        dep = t.dep
        if dep == dobj:
            h = t.head.i
            objects[h] = objects.get(h, 0) + 1
        elif dep == parataxis:
            beside.add(t.head.i)
    for i in sorted(h for h, n in objects.items() if n > 1 or h in beside):
        verb = doc[i]
        kids = list(verb.children)
        objs = [c for c in kids if c.dep_ == "dobj"]
        for obj in objs:
            edge = obj.left_edge
            if obj.i < verb.i or obj.tag_ not in _NOUNS or edge.tag_ not in _SUMMARY_OPENERS:
                continue
            if not set_off(doc, edge.i) or obj.lemma_.lower() in event_nouns:
                continue
            if any(o.i < obj.i for o in objs if o is not obj) or any(
                    c.dep_ == "parataxis" and c.i < obj.i for c in kids):
                obj.dep_ = "appos"
    return doc


def repair_retorts(doc: Doc, retort_verbs: frozenset[str], claim_nouns: frozenset[str]) -> Doc:
    """"Beijing accused New Delhi of provoking the clash, a charge India denies": the model takes the
    trailing retort's verb for the root and the whole accusation for what it denies (a clausal
    complement of "denies"), so the accusation reads as a denied claim and is lost. When a root verb of
    retort (``retort_verbs``) has, after a comma or a dash, a claim noun (``claim_nouns``) as its object or
    folded into its subject ("a charge Kigali" as one name), then its own subject, and before the comma
    a clausal complement, the complement is made the root, the claim noun its apposition and the retort
    a relative clause of the noun, as the model reads "..., a claim that Moscow rejects".
    """
    for root in [t for t in doc_tokens(doc) if t.dep_ == "ROOT" and t.lemma_.lower() in retort_verbs]:
        kids = list(root.children)
        subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < root.i), None)
        if subj is None:
            continue
        claim = next((c for c in (*kids, *subj.children)
                      if c.dep_ in ("dobj", "compound") and c.i < subj.i and c.lemma_.lower() in claim_nouns),
                     None)
        if claim is None or (claim.dep_ == "compound" and claim.head.i != subj.i):
            continue
        opener = doc[claim.i - 1] if claim.i > 0 and doc[claim.i - 1].tag_ in _SUMMARY_OPENERS else claim
        if not set_off(doc, opener.i):
            continue
        clause = next((c for c in kids if c.dep_ == "ccomp" and c.right_edge.i < opener.i
                       and c.pos_ in ("VERB", "AUX")), None)
        if clause is None:
            continue
        clause.head, clause.dep_ = clause, "ROOT"
        for c in kids:
            # the comma and the sentence's closing stop belong to the clause now at the root
            if c.dep_ == "punct":
                c.head = clause
        claim.head, claim.dep_ = clause, "appos"
        if opener is not claim:
            opener.head, opener.dep_ = claim, "det" if opener.tag_ in ("DT", "PDT") else "poss"
        root.head, root.dep_ = claim, "relcl"
    return doc


# conjunctions that join two clauses each with a subject of its own
_CLAUSE_JOINERS = frozenset({"and", "but", "while", "whereas"})
# entity types of a noun that is no subject of the verb after it ("on Monday and Tuesday signed")
_NO_SUBJECT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})


def repair_clause_subjects(doc: Doc) -> Doc:
    """"Poland closed a consulate in Gdansk and Latvia expelled the envoy": the model reads the second
    clause's subject as one more conjunct of the first clause's last noun ("Gdansk and Latvia") and leaves
    the second verb without a subject, so it takes the first clause's doer and the second dyad is lost.
    When a finite verb joined to an earlier verb has no subject and stands right after a noun phrase that
    is such a conjunct, opened by "and"/"but"/"while", that noun phrase is the verb's subject: it is moved
    onto the verb, and the conjunction with it."""
    toks = doc_tokens(doc)
    for verb in toks:
        if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
            continue
        noun = toks[verb.i - 1]
        if noun.dep_ != "conj" or noun.pos_ not in ("PROPN", "NOUN") or noun.ent_type_ in _NO_SUBJECT_ENTS:
            continue
        first = noun.head
        # only two nouns joined by a bare "and": in a list ("the border, aid workers and camp officials
        # said") the last noun is no subject of its own
        if first.i >= noun.i or verb.head.i >= first.i or first.dep_ == "conj":
            continue
        cc_i = noun.left_edge.i - 1
        if cc_i <= first.i or toks[cc_i].lower_ not in _CLAUSE_JOINERS or toks[cc_i].head.i != first.i:
            continue
        if any(t.text == "," for t in toks[first.i + 1:cc_i]):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            continue
        # the noun's first conjunct must belong to the earlier verb's clause (it is that verb's object
        # or sits under it), so the two verbs are the clauses "and" joins
        if not verb.head.is_ancestor(first):
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        toks[cc_i].head = verb.head
    return doc
