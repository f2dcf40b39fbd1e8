"""A region's people standing alone ("attacks on Tigrayans") are that state's civilians, not the state; so are
a counted number of a country's people ("30,000 Haitians", "dozens of Syrians")."""

from __future__ import annotations

from spacy.tokens import Token

from triadic.actors._targets import target_words
from triadic.actors._work import Work
from triadic.model import Actor

__all__ = ["armed_bands", "counted_peoples", "regional_forces", "regional_peoples"]

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


def _people_word(work: Work, text: str, country: str | None) -> bool:
    """``text`` is a region's people word of ``country``: the gazetteer lists it and its plural as places
    of that country ("Tigrayan" / "Tigrayans"), which no region or city name has ("Tigray")."""
    terms = work.dictionary.terms
    return country is not None and all(
        any(e.via == "place" and e.country == country for e in terms.get(w, ()))
        for w in (text, text + "s"))


def regional_forces(work: Work) -> None:
    """Recode the armed forces of a region's people ("Tigrayan forces", "Tigrayan troops") from the
    state's military (MIL) to rebels of that state (REB): the forces a people inside a state fields are
    not the state's army; CAMEO codes them as that state's insurgents, the side the army fights."""
    for m in work.live():
        a = m.actor
        if a.role != "MIL" or m.end - m.start < 2 or m.members or a.country is None:
            continue
        first = work.toks[m.start]
        if first.dep_ not in _MODIFIER_DEPS or not _people_word(work, first.text, a.country):
            continue
        c = work.dictionary.countries.get(a.country)
        cameo = c.cameo if c else a.country
        work.add(m.start, m.end, Actor(code=cameo + "REB", country=a.country, role="REB",
                                       name=f"{m.text} ({c.name if c else a.country})", kind="state"), "role")


# People roles that do violence only as armed bands of no stated side ("herdsmen killed 40 farmers").
_PEOPLE_ROLES = frozenset({"CVL", "AGR"})


def armed_bands(work: Work) -> None:
    """Recode people (CVL, AGR) who kill, abduct or attack people of their own code as unaligned armed men
    (UAF): "suspected herdsmen killed 40 farmers", "villagers attacked a neighbouring village's people".
    Those who do the violence are an armed band for that act (as "gunmen" are), and a band and its victims
    of one code would otherwise be read as one party doing nothing to itself."""
    words = target_words()
    for m in work.live():
        a = m.actor
        if a.role not in _PEOPLE_ROLES or m.members or m.via != "role":
            continue
        head = work.root(m.start, m.end)
        verb = head.head
        if head.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in words.killing_verbs:
            continue
        victims = [work.at(c.i) for c in verb.children if c.dep_ == "dobj"]
        # (the band's country may be given later, from the victims' place: compare role, and country if both)
        if not any(v is not None and v is not m and v.actor.role == a.role
                   and (a.country is None or v.actor.country in (None, a.country)) for v in victims):
            continue
        cameo = a.code[: -len(a.role)] if a.role and a.code.endswith(a.role) else ""
        work.add(m.start, m.end, Actor(code=cameo + "UAF", country=a.country, role="UAF", name=m.text,
                                       kind=a.kind), "role")


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
