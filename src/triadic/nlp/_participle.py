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
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import yaml
from spacy.tokens import Doc, Span, Token

__all__ = ["repair_participle_verbs"]

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
    for sent in list(doc.sents):
        if sent.root.pos_ not in ("VERB", "AUX"):
            _repair(doc, sent, verbs)
    return doc


@cache
def _irregular_past() -> dict[str, str]:
    data = yaml.safe_load(files("triadic.nlp").joinpath("data/participle.yaml").read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in (data.get("irregular_past") or {}).items()}


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


def _repair(doc: Doc, sent: Span, verbs: frozenset[str]) -> None:
    start = sent.start
    if doc[start].tag_ not in _SUBJECT_WORDS - {"POS", "HYPH"}:
        return
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
        return
    verb, subj = doc[k], doc[subj_end - 1]
    lemma = _past_verb(verb, verbs)
    if subj.tag_ not in _NOUNS or lemma is None or doc[k + 1].tag_ not in _OBJECT_START:
        return
    if verb.head.i <= verb.i or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        # only the adjective reading on the noun after it ("suspended parliament") is the misparse; a
        # verb the model gave its own arguments ("bloc ECOWAS gave ...") is read as a verb already
        return
    end = k + 1
    while end < sent.end and doc[end].tag_ in _OBJECT_WORDS:
        end += 1
    heads = [t for t in doc[k + 1 : end] if t.tag_ in _NOUNS or t.tag_ == "CD"]
    if not heads:
        return
    obj, old_root = heads[-1], sent.root
    verb.tag_, verb.pos_, verb.lemma_ = "VBD", "VERB", lemma
    verb.head, verb.dep_ = verb, "ROOT"
    subj.head, subj.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
    for group, head in ((doc[start:subj_end], subj), (doc[k + 1 : end], obj)):
        for t in group:
            # the phrase's words hang inside it ("Kuwait's" on "emir", not on "parliament")
            if t != head and (not group.start <= t.head.i < group.end or t.head == t):
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


def _time_phrase(prep: Token) -> bool:
    """``prep`` heads a time phrase of the clause ("for four years", "on Wednesday")."""
    return any(c.ent_type_ in ("DATE", "TIME") for c in prep.subtree if c != prep)
