"""A region's people standing alone ("attacks on Tigrayans") are that state's civilians, not the state."""

from __future__ import annotations

from triadic.actors._work import Work
from triadic.model import Actor

__all__ = ["regional_peoples"]

# Dependencies under which a people word only qualifies another noun ("Tigrayan forces", "Chechen fighters").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "appos"})


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
