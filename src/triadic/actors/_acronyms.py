"""An acronym the article defines in brackets after a named body ("the Nigerian Air Force (NAF)") is that
body: the brackets join its mention, and the acronym alone names it again later in the article."""

from __future__ import annotations

from triadic.actors._types import Mention
from triadic.actors._work import Work

__all__ = ["defined_acronyms"]

_BODY_KINDS = frozenset({"state", "igo", "group"})


def _acronym(text: str) -> bool:
    """A short capitalised abbreviation ("NAF", "GNA", "PML-Q"), not a word in capitals."""
    letters = text.replace("-", "").replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def defined_acronyms(work: Work) -> None:
    """Extend a body's mention over the bracketed acronym right after it and resolve the acronym's later
    uses to the same actor, where no dictionary term already reads them."""
    toks = work.toks  # made once per article: ``doc[i]`` builds a new token each time
    n = len(toks)
    defined: dict[str, Mention] = {}
    for m in work.live():
        e = m.end
        # the cheap test first: a bracket right after the mention, closed two tokens on
        if e + 2 >= n or toks[e].text != "(" or toks[e + 2].text != ")":
            continue
        word = toks[e + 1]
        if not _acronym(word.text) or work.at(word.i) is not None or m.actor.kind not in _BODY_KINDS \
                or m.members or m.via == "coref":
            continue
        defined.setdefault(word.text, work.add(m.start, e + 3, m.actor, m.via))
    if not defined:
        return
    for tok in toks:
        first = defined.get(tok.text)
        if first is None or tok.i < first.end:
            continue
        held = work.at(tok.i)
        if held is None:
            work.add(tok.i, tok.i + 1, first.actor, first.via)
        elif held.via in ("role", "title") and held.start == tok.i < held.end - 1 and not held.members:
            # "NLC leaders", "MDF officials": the body's own people, as "officials of the IMF" are the IMF
            work.add(held.start, held.end, first.actor, first.via)
