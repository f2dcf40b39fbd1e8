"""Repair of two predictable misparses of news headlines, run by the coder on the parse before actors
and events are read.

1. Headlines drop articles and auxiliaries, so a verb that is also a noun reads as a noun compound:
"US sanctions Venezuelan officials", "Egypt court sentences Brotherhood leaders to death", "Thailand
police arrest protest leaders" come out as noun phrases without a verb. When a headline has no verb at
all, opens with a name (the subject), and a noun of the event verb patterns follows it in the form a
verb would take after that subject ("sanctions" after a singular name, "arrest" after a plural one)
with a noun phrase after it, that word is the verb: it is retagged and the tree rebuilt around it.

2. Headlines write "and" as a comma: "Russia, Ukraine swap prisoners", "Cuba, US restore ties",
"Israel, UAE to establish ties". The small English model reads the second name as an apposition of
the first, or the first as an adverbial, or makes the first name the root, so one of the two parties
of a joint act is lost. When a text opens with two names joined by a bare comma and a verb follows
at once, the two names are the coordinated subject of that verb: the tree is rewritten so.

Only the opening words of a text are looked at (where a headline stands, after a "Somalia:" label)
and only these exact shapes, so body sentences keep the model's parse.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import yaml
from spacy.tokens import Doc, Span, Token

from triadic.nlp._participle import repair_participle_verbs

__all__ = ["repair_headline"]

# entity types a party of an event is named by
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC"})
_FINITE_TAGS = frozenset({"VBP", "VBZ", "VBD", "VB"})


def _name_run(doc: Doc, start: int) -> int:
    """End (exclusive) of the run of name tokens from ``start`` ("North Korea", "FARC rebels"):
    proper nouns or entity tokens, then common nouns after them; ``start`` if there is none."""
    i = start
    while i < len(doc) and (doc[i].tag_ in ("NNP", "NNPS") or doc[i].ent_type_ in _PARTY_ENTS):
        i += 1
    if i == start:
        return start
    while i < len(doc) and doc[i].tag_ in ("NN", "NNS") and not doc[i].ent_type_:
        i += 1
    return i


def _is_party(tokens: list[Token]) -> bool:
    return any(t.ent_type_ in _PARTY_ENTS for t in tokens)


@cache
def _plural_nouns() -> frozenset[str]:
    data = yaml.safe_load(files("triadic.nlp").joinpath("data/headline.yaml").read_text(encoding="utf-8"))
    return frozenset(data.get("plural_nouns", []))


def _start(doc: Doc) -> int:
    """Where the headline proper begins: after a short "Somalia:" / "Iran:" label, else 0."""
    for i in range(1, min(4, len(doc))):
        if doc[i].text == ":":
            label = doc[:i]
            if all(t.tag_ in ("NNP", "NNPS") or t.ent_type_ in _PARTY_ENTS for t in label):
                return i + 1
            break
    return 0


def repair_headline(doc: Doc, verb_heads: frozenset[str]) -> Doc:
    """Rebuild the two headline shapes the module docstring names, at the start of ``doc``.

    Args:
        verb_heads: lemmas of the event verb patterns, the verbs whose misreading as a noun loses an event.
    """
    if len(doc) < 3:
        return doc
    start = _start(doc)
    if start >= len(doc) - 2:
        return doc
    sent = doc[start].sent
    if not _coordinated_subject(doc, start, sent):
        _noun_read_verb(doc, start, sent, verb_heads)
    for t in doc[: max(start - 1, 0)]:
        if t.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i >= start for c in t.head.children
        ):
            # "Libya: rival factions clash in Tripoli": the label names where the headline is, it is
            # not a second subject of its verb
            t.dep_ = "dep"
    # body sentences: "Kuwait's emir suspended parliament" read as a noun phrase (see _participle.py)
    repair_participle_verbs(doc, verb_heads)
    return doc


_OBJECT_START = frozenset({"DT", "JJ", "JJR", "JJS", "NNP", "NNPS", "NN", "NNS", "CD", "PRP$", "PDT"})
_OBJECT_WORDS = _OBJECT_START | {"HYPH", "POS"}


def _plural(tok: Token) -> bool:
    return (
        tok.tag_ in ("NNS", "NNPS")
        or tok.lower_ in _plural_nouns()
        # "Houthis", "Kurds": a plural people name the tagger leaves as an adjective
        or (tok.tag_ == "JJ" and tok.is_title and tok.lower_.endswith("s"))
    )


def _noun_read_verb(doc: Doc, start: int, sent: Span, verbs: frozenset[str]) -> None:
    if sent.root.pos_ in ("VERB", "AUX") or any(t.tag_ in ("VBZ", "VBP", "MD") for t in sent):
        # the model found the clause's verb: its reading stands (a participle it tagged as a past,
        # "over detained national", does not count)
        return
    k = start
    while k < sent.end - 1:
        t = doc[k]
        subject = doc[start:k]
        if k > start and t.tag_ in ("NN", "NNS") and not t.ent_type_ and _verb_lemma(t) in verbs:
            last = doc[k - 1]
            # two names joined by a comma or "and" are a plural subject: "Australia and Papua New
            # Guinea sign security treaty" takes the verb's plain form
            joined = any(_joins(w) for w in subject)
            if t.tag_ == "NNS":
                fits = not _plural(last) and not joined
            else:
                fits = _plural(last) or joined
            if fits and _noun_end(last) and doc[k + 1].tag_ in _OBJECT_START and any(
                w.is_title or w.is_upper for w in subject
            ):
                _rebuild(doc, start, k, sent)
                return
        if not (
            t.tag_ in ("NNP", "NNPS", "NN", "NNS", "HYPH")
            or t.ent_type_
            or (t.tag_ == "JJ" and t.is_title)
            or (_joins(t) and k > start and not any(_joins(w) for w in subject)
                and doc[k - 1].tag_ in ("NNP", "NNPS"))
        ):
            return  # the subject ends without a verb-like noun
        k += 1


def _joins(tok: Token) -> bool:
    """``tok`` joins two names of a headline's subject: a comma, which headlines write for "and", or "and"."""
    return tok.text == "," or tok.lower_ == "and"


def _verb_lemma(tok: Token) -> str:
    """The verb a noun-tagged word would be: "sanctions" -> sanction; "summons", whose noun lemma
    keeps its "-s", -> summon."""
    lemma = tok.lemma_.lower()
    if tok.tag_ == "NNS" and lemma == tok.lower_ and lemma.endswith("s"):
        return lemma[:-1]
    return lemma


def _noun_end(tok: Token) -> bool:
    """``tok`` can end a subject: a noun, or a plural people name tagged as an adjective ("Houthis");
    "Afghan" in "Afghan forces battle ..." cannot, so "forces" there is no verb."""
    return (
        tok.tag_ in ("NN", "NNS", "NNP", "NNPS")
        # "Pakistan arrests militants": a country name the tagger took for an adjective
        or tok.ent_type_ in ("GPE", "ORG", "PERSON")
        or (tok.tag_ == "JJ" and _plural(tok))
    )


def _rebuild(doc: Doc, start: int, k: int, sent: Span) -> None:
    verb = doc[k]
    end = k + 1
    while end < sent.end and doc[end].tag_ in _OBJECT_WORDS:
        end += 1
    heads = [t for t in doc[k + 1 : end] if t.tag_ in ("NN", "NNS", "NNP", "NNPS", "CD")]
    if not heads:
        return
    obj = heads[-1]
    subj = doc[k - 1]
    verb.lemma_ = _verb_lemma(verb)
    verb.tag_ = "VBZ" if verb.tag_ == "NNS" else "VBP"
    verb.pos_ = "VERB"
    verb.head, verb.dep_ = verb, "ROOT"
    subj.head, subj.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
    groups = [(doc[start : k - 1], subj), (doc[k + 1 : end], obj)]
    comma = next((t for t in doc[start:k] if _joins(t)), None)
    if comma is not None:
        # "Serbia, Kosovo trade accusations" (a comma for "and"), "Serbia and Kosovo trade
        # accusations": two subjects
        first = doc[comma.i - 1]
        first.head, first.dep_ = verb, "nsubj"
        subj.head, subj.dep_ = first, "conj"
        comma.head, comma.dep_ = first, "punct" if comma.text == "," else "cc"
        groups = [(doc[start : comma.i - 1], first), (doc[comma.i + 1 : k - 1], subj), groups[1]]
    for group, head in groups:
        for t in group:
            if t == head:
                continue
            t.head = head
            t.dep_ = {"DT": "det", "PDT": "predet", "PRP$": "poss", "CD": "nummod", "POS": "case"}.get(
                t.tag_, "amod" if t.tag_.startswith("JJ") else "compound"
            )
    for t in doc[end : sent.end]:
        if t.head.i < end:
            # what hung on the old noun reading ("to death", "after Quetta blast") hangs on the verb
            t.head = verb
    for t in doc[sent.start : start]:
        if t.head.i >= start:
            t.head = verb


def _coordinated_subject(doc: Doc, start: int, sent: Span) -> bool:
    """Rewrite "X, Y VERB ..." as X and Y, both subjects of VERB; True if it did."""
    end1 = _name_run(doc, start)
    if end1 == start or end1 >= len(doc) or doc[end1].text != ",":
        return False
    end2 = _name_run(doc, end1 + 1)
    if end2 == end1 + 1 or end2 >= len(doc):
        return False
    first, second = list(doc[start:end1]), list(doc[end1 + 1 : end2])
    if not (_is_party(first) and _is_party(second)):
        return False
    nxt = doc[end2]
    aux: Token | None = None
    if nxt.tag_ == "TO" and end2 + 1 < len(doc) and doc[end2 + 1].tag_ == "VB":
        aux, verb = nxt, doc[end2 + 1]
    elif nxt.tag_ in _FINITE_TAGS:
        verb = nxt
    else:
        return False
    h1, h2 = first[-1], second[-1]
    root = sent.root
    if root not in (h1, h2, verb) and root.i >= start:
        return False  # some other word heads the clause: not the shape this repairs
    # the runs' own words hang on their last word as in "North Korea", "FARC rebels"
    for t in first[:-1]:
        if t.head.i >= end1 or t.head == t:
            t.head, t.dep_ = h1, "compound"
    for t in second[:-1]:
        if t.head.i < end1 + 1 or t.head.i >= end2 or t.head == t:
            t.head, t.dep_ = h2, "compound"
    verb.head, verb.dep_ = verb, "ROOT"
    h1.head, h1.dep_ = verb, "nsubj"
    h2.head, h2.dep_ = h1, "conj"
    doc[end1].head, doc[end1].dep_ = h1, "punct"
    if aux is not None:
        aux.head, aux.dep_ = verb, "aux"
    for t in sent:
        # whatever the old root (a name) governed now hangs on the verb
        if t.head in (h1, h2) and t.i > end2 and t != verb:
            t.head = verb
    for t in doc[sent.start : start]:
        if t.head.i >= start:
            t.head = verb  # the "Somalia:" label hangs on the headline's verb
    return True
