"""Repair of a plural title before coordinated names: "Presidents Barack Obama and Dmitry Medvedev signed".

The small English model reads the capitalised plural title as the head of its own noun phrase (or as the
subject) and hangs the names on it in pieces, so the verb gets two subjects or none that is a name, and
the joint act is lost. When a plural title ("Presidents", "Foreign Ministers") stands right before a
person's name that is followed by "and" (or a comma) and another person's name, the names are the
coordinated heads and the title one of their modifiers: the tree is rewritten so that the first name
takes the place in the clause that the phrase had.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from triadic.nlp._data import nlp_words
from triadic.nlp._docs import doc_tokens, word_set

__all__ = ["repair_plural_titles"]


def _person_at(doc: Doc, i: int) -> Span | None:
    """The PERSON entity starting at token ``i``, if one does."""
    tok = doc[i]
    if tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B":
        return None
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[i:end]


def _names_after(doc: Doc, i: int) -> list[Span]:
    """The names coordinated from token ``i`` on ("Obama and Medvedev", "A, B and C"); [] for one."""
    names: list[Span] = []
    while i < len(doc):
        name = _person_at(doc, i)
        if name is None:
            break
        names.append(name)
        i = name.end
        if i < len(doc) - 1 and doc[i].lower_ in (",", "and"):
            i += 1
            if doc[i].lower_ == "and":
                i += 1
            continue
        break
    return names if len(names) > 1 else []


def _rewrite(title: list[Token], names: list[Span]) -> None:
    span_ids = {t.i for t in title} | {t.i for n in names for t in n}
    lo, hi = min(span_ids), max(span_ids)
    doc = title[0].doc
    whole = doc[lo : hi + 1]
    # the phrase's place in the clause: the first word of it that hangs outside it
    outside = next((t for t in whole if t.head.i < lo or t.head.i > hi or t.head == t), None)
    if outside is None:
        return
    first = names[0][-1]
    head, dep = (first, "ROOT") if outside.head == outside else (outside.head, outside.dep_)
    for t in whole:
        if t.i in span_ids or t.dep_ in ("cc", "punct"):
            continue
        return  # another word inside ("Presidents of X and Y"): not the shape this repairs
    first.head, first.dep_ = head, dep
    for t in title:
        t.head, t.dep_ = first, "compound"
    for name in names:
        last = name[-1]
        for t in name[:-1]:
            t.head, t.dep_ = last, "compound"
        if last != first:
            last.head, last.dep_ = first, "conj"
    for t in whole:
        if t.dep_ in ("cc", "punct") and t.i not in span_ids:
            t.head = first
            if t.lower_ == "and":
                t.dep_ = "cc"
    for t in doc[whole.sent.start : whole.sent.end]:
        if t.i not in range(lo, hi + 1) and lo <= t.head.i <= hi and t.head != first:
            t.head = first  # what hung on a piece of the phrase hangs on its head


def repair_plural_titles(doc: Doc) -> Doc:
    """Rewrite each "Presidents A and B" phrase of ``doc`` so the names head it, coordinated."""
    titles = nlp_words("headline", "plural_titles")
    if titles.isdisjoint(word_set(doc)):
        return doc  # (most texts name no plural title: the loop below would only skip every word)
    toks = doc_tokens(doc)
    for i, tok in enumerate(toks):
        if tok.lower_ not in titles or not tok.text[:1].isupper() or tok.ent_type_ == "PERSON":
            continue
        names = _names_after(doc, i + 1)
        if not names:
            continue
        title = [tok]
        # "Prime Ministers", "Foreign Ministers": up to two capitalised words of the title before it
        for j in range(i - 1, max(tok.sent.start, i - 2) - 1, -1):
            word = toks[j]
            if not word.text[:1].isupper() or word.tag_ not in ("NNP", "NNPS", "JJ") or word.ent_type_:
                break
            title.insert(0, word)
        _rewrite(title, names)
    return doc
