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

Besides (wire and headline register): an opening name run hung on the verb as a bare dependent
("Pakistan PM to visit China") is its subject; a noun-verb read as a plural noun before a verb-tagged
object ("N. Korea fires missile") is the verb; a headline's ", says report" tail does not hide the
headline's verb; a wire dateline ("MOSCOW (Reuters) -") is no subject; and an event verb's bare object
read as a noun adverbial ("expels French ambassador") is its object.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from triadic.nlp._data import nlp_words
from triadic.nlp._docs import doc_tokens, lower_words, word_set
from triadic.nlp._participle import repair_participle_verbs
from triadic.nlp._titles import repair_plural_titles

__all__ = ["repair_headline"]

# entity types a party of an event is named by
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC"})
_FINITE_TAGS = frozenset({"VBP", "VBZ", "VBD", "VB"})


def _name_run(doc: Doc, start: int) -> int:
    """End (exclusive) of the run of name tokens from ``start`` ("North Korea", "FARC rebels"):
    proper nouns or entity tokens, then common nouns after them; ``start`` if there is none."""
    toks = doc_tokens(doc)  # (the document's shared tokens: no new Token made for each look)
    i = start
    while i < len(toks) and (toks[i].tag_ in ("NNP", "NNPS") or toks[i].ent_type_ in _PARTY_ENTS):
        i += 1
    if i == start:
        return start
    while i < len(toks) and toks[i].tag_ in ("NN", "NNS") and not toks[i].ent_type_:
        i += 1
    return i


def _is_party(tokens: list[Token]) -> bool:
    return any(t.ent_type_ in _PARTY_ENTS for t in tokens)


def _start(doc: Doc) -> int:
    """Where the headline proper begins: after a short "Somalia:" / "Iran:" label, else 0."""
    for i in range(1, min(4, len(doc))):
        if lower_words(doc)[i] == ":":
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
        _name_subject(doc, start, sent)
    # a wire dateline ("MOSCOW (Reuters) -", "ISLAMABAD:") is, like a label, no subject of the verb after it
    label_end = max(start, _dateline_end(doc))
    # (the shared tokens before the label's end: most headlines have no label, and a doc slice is a Span)
    for t in doc_tokens(doc)[: max(label_end - 1, 0)]:
        if t.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i >= label_end for c in t.head.children
        ):
            # "Libya: rival factions clash in Tripoli": the label names where the headline is, it is
            # not a second subject of its verb
            t.dep_ = "dep"
    _adverbial_objects(doc, verb_heads)
    # body sentences: "Kuwait's emir suspended parliament" read as a noun phrase (see _participle.py)
    repair_participle_verbs(doc, verb_heads)
    # body sentences too: "Presidents A and B signed" read with the title as a head of its own
    repair_plural_titles(doc)
    return doc


# entity types of a noun that is a verb's adverbial, not its object ("met Monday", "fell 5 percent")
_MEASURE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})


def _adverbial_objects(doc: Doc, verbs: frozenset[str]) -> None:
    """"Mali junta expels French ambassador": with no article before it, the model may read an event verb's
    object as a bare noun adverbial ("npadvmod"). A noun phrase that starts right after a finite event
    verb with no object, and names no time or measure, is that verb's direct object."""
    # (the labels' ids read off the document's shared tokens: most texts have no noun adverbial at all,
    # and ``Doc.to_array`` costs far more per document than reading each token's id, which decodes no
    # string; the ids are read now, after the repairs above)
    npadvmod = doc.vocab.strings["npadvmod"]
    for t in [t for t in doc_tokens(doc) if t.dep == npadvmod]:
        if t.i <= t.head.i or t.ent_type_ in _MEASURE_ENTS:
            continue
        verb = t.head
        if verb.tag_ not in ("VBZ", "VBP", "VBD") or verb.lemma_.lower() not in verbs:
            continue
        if t.left_edge.i != verb.i + 1 or t.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
            continue
        if any(c.dep_ in ("dobj", "dative", "attr", "ccomp", "xcomp") for c in verb.children):
            continue
        if any(w.ent_type_ in _MEASURE_ENTS for w in doc[t.left_edge.i : t.i + 1]):
            continue  # "visited last week"
        t.dep_ = "dobj"


_OBJECT_START = frozenset({"DT", "JJ", "JJR", "JJS", "NNP", "NNPS", "NN", "NNS", "CD", "PRP$", "PDT"})
_OBJECT_WORDS = _OBJECT_START | {"HYPH", "POS"}


def _plural(tok: Token) -> bool:
    return (
        tok.tag_ in ("NNS", "NNPS")
        or tok.lower_ in nlp_words("headline", "plural_nouns")
        # "Houthis", "Kurds": a plural people name the tagger leaves as an adjective
        or (tok.tag_ == "JJ" and tok.is_title and tok.lower_.endswith("s"))
    )


def _noun_read_verb(doc: Doc, start: int, sent: Span, verbs: frozenset[str]) -> None:
    if _shifted_verb(doc, start, sent, verbs):
        return
    says = _says_tail(doc, sent)
    whole = sent
    if says is not None:
        # "Niger expels Beninese ambassador, says report": the headline proper ends at the comma
        sent = doc[sent.start : says[0]]
    if (sent.root.pos_ in ("VERB", "AUX") and says is None) or any(
            t.tag_ in ("VBZ", "VBP", "MD") for t in sent):
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
                if says is not None and t.dep_ == "ROOT":
                    _attach_tail(doc, t, says[1], whole)
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


def _shifted_verb(doc: Doc, start: int, sent: Span, verbs: frozenset[str]) -> bool:
    """"N. Korea fires missile toward Japan": the model reads "Korea fires" as a plural noun subject and
    the object "missile" as its verb. When the clause's verb is no event verb, directly follows a
    noun that is one ("fires"), and that noun follows a singular name, the noun is the verb and the
    supposed verb its object; rebuilt so, True. "Gaza strikes kill 20" keeps its reading: "kill" is an
    event verb."""
    root = sent.root
    k = root.i - 1
    if root.tag_ not in ("VBP", "VB") or k - 1 < start or root.lemma_.lower() in verbs:
        return False
    noun, last = doc[k], doc[k - 1]
    if noun.tag_ != "NNS" or noun.ent_type_ or _verb_lemma(noun) not in verbs:
        return False
    if _plural(last) or not (last.tag_ in ("NNP",) or last.ent_type_ in ("GPE", "ORG", "PERSON")):
        return False
    subject = doc[start:k]
    if not all(t.tag_ in ("NNP", "NNPS", "NN") or t.ent_type_ or t.text == "." for t in subject):
        return False
    if any(c.dep_ == "dobj" for c in root.children):
        return False  # "...fires warn Y": the supposed verb has an object of its own, a real verb
    root.tag_, root.pos_, root.lemma_ = "NN", "NOUN", root.text.lower()
    _rebuild(doc, start, k, sent)
    return noun.dep_ == "ROOT"


# the verbs of a headline's attribution tail (", says report", ", officials say")
_SAY_WORDS = frozenset({"says", "say", "said"})


def _says_tail(doc: Doc, sent: Span) -> tuple[int, int] | None:
    """(the comma, the say-word) of an attribution closing a headline: ", says report", ", says
    official", ", officials say"; None if the sentence has none. One to three words name the sayer."""
    # (read from the document's words, which the repairs do not change: a text without a comma or a
    # say-word has no such tail)
    words = word_set(doc)
    if "," not in words or _SAY_WORDS.isdisjoint(words):
        return None
    lows, toks = lower_words(doc), doc_tokens(doc)
    end = sent.end
    while end > sent.start and toks[end - 1].is_punct:
        end -= 1
    for comma in range(max(sent.start + 2, end - 5), end - 1):
        if lows[comma] != ",":
            continue
        if not 2 <= end - comma - 1 <= 4:
            continue
        if lows[comma + 1] in _SAY_WORDS:
            return comma, comma + 1
        if lows[end - 1] in _SAY_WORDS:
            return comma, end - 1
    return None


def _attach_tail(doc: Doc, verb: Token, say: int, sent: Span) -> None:
    """The rebuilt headline verb is what the tail's say-verb reports; the tail's words are its sayer."""
    said = doc[say]
    said.head, said.dep_ = said, "ROOT"
    said.tag_, said.pos_, said.lemma_ = ("VBD" if said.lower_ == "said" else
                                         "VBZ" if said.lower_ == "says" else "VBP"), "VERB", "say"
    verb.head, verb.dep_ = said, "ccomp"
    sayer = [t for t in doc[verb.i + 1 : sent.end] if t.i > verb.i and t.i != say and not t.is_punct
             and t.i > next(c.i for c in doc[verb.i : sent.end] if c.text == ",")]
    if sayer:
        head = sayer[-1]
        if head.tag_.startswith("VB"):
            head.tag_, head.pos_ = "NN", "NOUN"  # "says report": the report says
        head.head, head.dep_ = said, "nsubj"
        for t in sayer[:-1]:
            t.head, t.dep_ = head, "compound" if t.tag_.startswith("NN") else "amod"
    for t in doc[verb.i + 1 : sent.end]:
        if t.is_punct and t.head.i >= say - 1 or t.text == ",":
            t.head = said


def _acronym(tokens: list[Token]) -> bool:
    """A name run that is one capitalised acronym ("ELN", "FARC", "PKK")."""
    return len(tokens) == 1 and tokens[0].is_upper and tokens[0].is_alpha and 2 <= len(tokens[0].text) <= 6


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
    if not (_is_party(first) and (_is_party(second) or _acronym(second))):
        # "Colombia, ELN resume peace talks": an armed group's or party's acronym the model tags as no
        # entity is a party still, beside a named one
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


# what closes a wire dateline: "MOSCOW (Reuters) -", "BEIJING, May 2 (Xinhua) --", "NEW DELHI (AP) —"
_DATELINE_DASHES = frozenset({"-", "--", "—", "–", ":"})


def _dateline_end(doc: Doc) -> int:
    """Where the text after a wire dateline begins, or 0: the dateline opens with a place in capitals
    and ends at a dash after the agency's bracket, or at a colon right after the place ("ISLAMABAD:")."""
    if not (doc[0].is_upper and len(doc[0].text) > 2 and doc[0].is_alpha):
        return 0
    k = 1
    while k < len(doc) and doc[k].is_upper and doc[k].is_alpha:
        k += 1  # "NEW DELHI", "SAN SALVADOR"
    if k < len(doc) - 1 and doc[k].text == ":":
        return k + 1
    for j in range(k, min(len(doc) - 1, k + 12)):
        if doc[j].text == ")" and doc[j + 1].text in _DATELINE_DASHES:
            return j + 2
        if doc[j].is_sent_end and doc[j].i != doc[j].sent.end - 1:
            break
    return 0


def _name_subject(doc: Doc, start: int, sent: Span) -> None:
    """"Pakistan PM to visit China", "Iraq PM meets ...": a headline's opening name run right before
    its verb ("to" + verb for a headline's future) is that verb's subject, though the model may hang it
    on the verb as a bare dependent ("dep", "npadvmod") when no article or auxiliary marks it."""
    end = _name_run(doc, start)
    toks = doc_tokens(doc)
    if end == start or end >= len(toks) - 1 or not _is_party(toks[start:end]):
        return
    nxt = toks[end]
    if nxt.tag_ == "TO" and toks[end + 1].tag_ == "VB":
        verb = toks[end + 1]
    elif nxt.tag_ in ("VBZ", "VBP", "VBD"):
        verb = nxt
    else:
        return
    head = toks[end - 1]
    if verb != sent.root or head.head != verb or head.dep_ not in ("dep", "npadvmod", "nmod", "compound"):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return  # the verb has its subject elsewhere
    head.dep_ = "nsubj"
    for t in doc[start : end - 1]:
        if not (start <= t.head.i < end) or t.head == t:
            t.head, t.dep_ = head, "compound"
