"""A country's federal government by the bare word its own press uses for it ("the Centre" in Indian copy),
read only where the article is about that country."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from triadic.actors._context import context_country, stateish
from triadic.actors._countries import shipped_data_dir
from triadic.actors._work import Work
from triadic.actors._yaml import read_yaml_cached
from triadic.model import Actor
from triadic.nlp._docs import doc_text

__all__ = ["FederalWord", "federal_governments", "federal_words"]

# The only dependents the bare word may have: "the Centre", "the Centre's decision".
_BARE_DEPS = frozenset({"det", "case", "punct"})


@dataclass(frozen=True, slots=True)
class FederalWord:
    """One country's word for its federal government (``data/federal.yaml``)."""

    country: str
    code: str
    name: str


@lru_cache(maxsize=1)
def federal_words() -> dict[str, FederalWord]:
    """Word (case kept: only the capitalised word names the government) -> its government (read once)."""
    out: dict[str, FederalWord] = {}
    for row in read_yaml_cached(shipped_data_dir() / "federal.yaml") or ():
        fw = FederalWord(country=str(row["country"]), code=str(row["code"]), name=str(row["name"]))
        for w in row.get("words") or ():
            out[str(w)] = fw
    return out


def federal_governments(work: Work) -> None:
    """Read a bare capitalised "the Centre" as the Union government when its article is about India."""
    words = federal_words()
    text = doc_text(work.doc)
    if not any(w in text for w in words):
        return  # most articles: no scan at all
    for tok in work.toks:
        fw = words.get(tok.text)
        if fw is None or work.at(tok.i) is not None or not _bare(tok):
            continue
        if _country_here(work, tok) != fw.country:
            continue
        start = tok.i - 1 if tok.i > 0 and work.toks[tok.i - 1].lower_ == "the" else tok.i
        if not work.free(start, tok.i + 1):
            start = tok.i
        work.add(start, tok.i + 1, Actor(code=fw.code, country=fw.country, role="GOV", name=fw.name,
                                         kind="state"), "role")


def _bare(tok: Token) -> bool:
    """The word stands alone after its article (or bare before a possessive): not part of a longer name
    ("the Carter Center", "the Centre for Policy Research", "a detention centre")."""
    if tok.ent_iob_ == "I" and (tok.i == 0 or tok.doc[tok.i - 1].lower_ != "the"):
        return False  # inside a longer named entity ("the Carter Center"); "the Centre" alone may be one
    if tok.dep_ == "compound":
        return False  # "Centre officials", "Center Party"
    if any(c.dep_ not in _BARE_DEPS and not _gerund_phrase(c) for c in tok.children):
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.lower_ == "the":
        return True
    # Headline style drops the article before a possessive ("refused Centre's offer"), never otherwise.
    return any(c.dep_ == "case" for c in tok.children) and not any(c.dep_ == "det" for c in tok.children)


def _country_here(work: Work, tok: Token) -> str | None:
    """The country the word's article is about: the one state its own sentence names (before or after it),
    else the country context of the earlier text."""
    sent = work.sent_of(tok.i)
    own = {m.actor.country for m in work.live()
           if sent.start <= m.start < sent.end and stateish(m) and m.actor.country}
    if len(own) == 1:
        return next(iter(own))
    if own:
        return None  # several states in the sentence: "the Centre" may be anyone's word
    m = context_country(work, tok.i)
    return m.actor.country if m is not None else None


def _gerund_phrase(c: Token) -> bool:
    """A preposition of an act, which the parser may hang on the object of "accused the Centre of cutting
    funds": no part of the name."""
    return c.dep_ == "prep" and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in c.children)
