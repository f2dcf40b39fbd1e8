"""A region's people standing alone ("attacks on Tigrayans") are that state's civilians, not the state; so are
a counted number of a country's people ("30,000 Haitians", "dozens of Syrians")."""

from __future__ import annotations

from spacy.tokens import Token

from triadic.actors._work import Work
from triadic.model import Actor

__all__ = ["counted_peoples", "regional_peoples"]

# Dependencies under which a people word only qualifies another noun ("Tigrayan forces", "Chechen fighters").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "appos"})
# Nouns of a rough count before "of" ("thousands of Afghans") and words that count people ("several Syrians").
_COUNT_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million",
                          "millions", "score", "scores", "tens", "number", "group", "family", "families"})
_COUNT_WORDS = frozenset({"many", "several", "some", "few", "numerous", "other", "more", "fellow"})


def regional_peoples(work: Work) -> None:
    """Recode a region's people named as a plural noun on its own as that state's civilians (CVL).

    A plural word is a people word when the gazetteer lists its singular for the same country too
    ("Tigrayan" / "Tigrayans", "Chechen" / "Chechens"), which no city or region name has ("Athens").
    """
    terms = work.dictionary.terms
    for m in work.live():
        if m.via != "place" or m.end - m.start != 1 or m.actor.role is not None or m.members:
            continue
        tok = work.toks[m.start]
        text = tok.text
        if len(text) < 4 or not text.endswith("s") or tok.dep_ in _MODIFIER_DEPS:
            continue
        singular = terms.get(text[:-1])
        if not singular or not any(e.via == "place" and e.country == m.actor.country for e in singular):
            continue
        a = m.actor
        c = work.dictionary.countries.get(a.country) if a.country else None
        cameo = c.cameo if c else a.code
        work.add(m.start, m.end, Actor(code=cameo + "CVL", country=a.country, role="CVL",
                                       name=f"{text} ({c.name if c else a.country})", kind="state"), "role")


def _counted(tok: Token) -> bool:
    """Is the plural noun ``tok`` counted ("30 Palestinians", "thousands of Afghans", "several Syrians")?"""
    if any(c.dep_ == "nummod" or (c.dep_ in ("amod", "det") and c.lower_ in _COUNT_WORDS)
           for c in tok.children):
        return True
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in _COUNT_NOUNS


def counted_peoples(work: Work) -> None:
    """Recode a counted plural demonym ("deported 30,000 Haitians") as that country's civilians (CVL): a
    number of a country's people are people, not the state."""
    for m in work.live():
        a = m.actor
        if m.via != "adjective" or m.end - m.start != 1 or a.role is not None or m.members:
            continue
        tok = work.toks[m.start]
        if a.country is None or tok.tag_ not in ("NNPS", "NNS") or tok.dep_ in _MODIFIER_DEPS:
            continue
        if not _counted(tok):
            continue
        c = work.dictionary.countries.get(a.country)
        cameo = c.cameo if c else a.code
        name = f"{tok.text} ({c.name if c else a.country})"
        actor = Actor(code=cameo + "CVL", country=a.country, role="CVL", name=name, kind="state")
        work.add(m.start, m.end, actor, "role")
