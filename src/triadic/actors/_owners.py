"""Who owns a role phrase when the words next to it do not say: the sponsor's other side, the country that
closes a formal name, a titled person's state, an out-of-office leader's country."""

from __future__ import annotations

from triadic.actors._context import context_country, stateish
from triadic.actors._relations import hyphen_country
from triadic.actors._types import Mention
from triadic.actors._work import Work
from triadic.model import Actor

__all__ = ["country_mention", "sponsor_countries", "operating_country", "country_after_name", "past_holder",
           "own_government", "political_person_before"]

_COUNTRY_VIAS = frozenset({"name", "adjective", "capital", "seat", "place", "coref"})


def country_mention(m: Mention | None) -> bool:
    return m is not None and m.via in _COUNTRY_VIAS and m.actor.country is not None and not m.members


def sponsor_countries(work: Work, i: int) -> set[str]:
    """Countries named by a sponsor participle at ``i``: "US -backed", "U.S.-backed", "Iran-funded"."""
    got = hyphen_country(work, work.doc[i])
    if got is not None and got.country:
        return {got.country}
    out: set[str] = set()
    k = i - 1
    if k >= 0 and work.doc[k].text == "-":
        k -= 1
    m = work.at(k) if k >= 0 else None
    if m is not None and m.actor.country:
        out.add(m.actor.country)
    for a in m.members if m is not None else ():
        if a.country:
            out.add(a.country)
    return out


def operating_country(work: Work, s: int, e: int, sponsors: frozenset[str]) -> Mention | None:
    """Where sponsored fighters operate: the nearest other country in the sentence, else the context's."""
    sent = work.sent_of(s)
    best: Mention | None = None
    for m in work.live():
        if m.start >= sent.end:
            break
        if m.end <= sent.start or (s <= m.start < e) or not stateish(m) or m.actor.country in sponsors:
            continue
        if best is None or abs(m.start - s) < abs(best.start - s):
            best = m
    return best or context_country(work, s, exclude=sponsors)


def country_after_name(work: Work, e: int, stop: int) -> Mention | None:
    """The country closing a formal name: "Ministry of Health of Ethiopia", "Minister of Foreign Affairs of
    the Hashemite Kingdom of Jordan". Only capitalised words, "and" and "the" may come between."""
    doc = work.doc
    k = e + 1
    while k < min(stop, e + 12):
        tok = doc[k]
        m = work.at(k)
        if m is not None:
            prev = doc[m.start - 1].lower_ if m.start > 0 else ""
            return m if country_mention(m) and prev in ("of", "the") and m.start > e + 1 else None
        if not (tok.is_title or tok.lower_ in ("of", "and", "the", "&")):
            return None
        k += 1
    return None


def past_holder(work: Work, surname: str, iso3: str | None) -> Actor | None:
    """The one office holder of this surname in the tables, out of office on the article's date, as a
    private person of their country (``<country>ELI``); None when unknown or several people share it."""
    found = {e.name: e for e in work.dictionary.by_surname.get(surname, ())
             if iso3 is None or e.country == iso3}
    if len(found) != 1:
        return None
    e = next(iter(found.values()))
    day = work.ref_date
    c = work.dictionary.countries.get(e.country or "")
    cameo = c.cameo if c is not None else (e.country or "")
    return Actor(code=cameo + "ELI", country=e.country, role="ELI", name=e.name, kind="person",
                 affiliation="former official" if e.end and day and day > e.end else None)


def own_government(work: Work, i: int) -> Mention | None:
    """The country whose own state backs the phrase ("Syrian government-backed troops"), or None."""
    doc = work.doc
    own = ("government", "state", "regime")
    if "-" in doc[i].text:  # one token: "Syrian government-backed"
        if doc[i].text.rsplit("-", 1)[0].lower() not in own:
            return None
        m = work.at(i - 1) if i > 0 else None
        return m if m is not None and m.end == i and m.actor.country and not m.members else None
    k = i - 1 if i > 0 and doc[i - 1].text == "-" else i  # "Syrian government - backed"
    if k == i or k < 2 or doc[k - 1].lemma_.lower() not in own:
        return None
    m = work.at(k - 1) or work.at(k - 2)
    return m if m is not None and m.end in (k - 1, k) and m.actor.country and not m.members else None


def political_person_before(work: Work, i: int) -> Mention | None:
    """The nearest person before ``i`` (this sentence or the one before) who acts for a state or group."""
    here = work.sentence_index(i)
    for m in work.before(i):
        if here - work.sentence_index(m.start) > 1:
            return None
        if m.via in ("leader", "title", "person", "coref") and not m.members:
            a = m.actor
            if m.via == "coref" and a.kind not in ("state", "group"):
                continue
            if a.kind in ("state", "group") and (a.country or a.kind == "group") and a.code != a.role:
                return m
            if m.via != "coref":
                return None  # the nearest person is a private one: leave the phrase to the context
    return None

