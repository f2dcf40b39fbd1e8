"""Named organisations no dictionary knows: the kind of body from the last word of the name."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span

from triadic.actors._countries import shipped_data_dir
from triadic.actors._types import Mention
from triadic.actors._work import Work
from triadic.actors._yaml import read_yaml_cached
from triadic.model import Actor

__all__ = ["find_orgs", "OrgWords", "org_words", "override_kinds"]

_COUNTRY_VIAS = frozenset({"name", "adjective", "place", "capital"})


@dataclass(frozen=True, slots=True)
class OrgWords:
    """Final words of organisation names (one or two words, lower case) and the role each gives."""

    roles: dict[str, str]
    stateless: frozenset[str] = frozenset()
    overriding: frozenset[str] = frozenset()  # two-word kinds that replace a term read on their words
    bodies: frozenset[str] = frozenset()  # last words that make a name a body, never a person


@lru_cache(maxsize=1)
def org_words() -> OrgWords:
    """The shipped table (read once)."""
    data = read_yaml_cached(shipped_data_dir() / "org_words.yaml") or {}
    roles: dict[str, str] = {}
    for role, words in (data.get("roles") or {}).items():
        if not isinstance(words, list):
            continue  # the reader's line-number bookkeeping
        for w in words:
            roles[str(w).lower()] = str(role).upper()
    stateless = frozenset(str(w).lower() for w in data.get("stateless") or ())
    overriding = frozenset(str(w).lower() for w in data.get("overriding") or ())
    bodies = frozenset(str(w).lower() for w in data.get("bodies") or ())
    return OrgWords(roles=roles, stateless=stateless, overriding=overriding, bodies=bodies)


def _country_inside(work: Work, start: int, end: int,
                    kind_at: int | None = None) -> tuple[bool, Mention | None]:
    """(usable, country mention): the name may hold one country word; any other actor makes it known.

    Args:
        kind_at: where a two-word kind of body starts; a dictionary term lying on those words (the
            "Congress" of "Nigeria Labour Congress") is that word read alone, which the kind overrides.
    """
    found: Mention | None = None
    for k in range(start, end):
        m = work.at(k)
        if m is None:
            continue
        if kind_at is not None and m.start >= kind_at and m.end <= end:
            continue
        if m.start < start or m.end > end:
            return False, None  # a mention runs across the name's edge
        if m.via not in _COUNTRY_VIAS or m.actor.country is None or m.members or m.actor.role:
            return False, None  # a dictionary actor, role or person is already inside
        if found is not None and found is not m and found.actor.country != m.actor.country:
            return False, None
        found = m
    return True, found


_NAME_PREPS = frozenset({"for", "of", "to", "on", "against"})


def _head_before_prep(ent: Span) -> str | None:
    """The lower-case word before the first preposition inside a name ("campaign" in "Campaign for X")."""
    for k in range(1, len(ent) - 1):
        if ent[k].lower_ in _NAME_PREPS:
            return ent[k - 1].lower_.rstrip(".")
    return None


def find_orgs(work: Work) -> None:
    """Add a role mention for every organisation entity whose last word names a kind of body."""
    table = org_words()
    words = table.roles
    doc, d = work.doc, work.dictionary
    for ent in work.ents:
        if ent.label_ != "ORG" or len(ent) < 2 and ent[0].is_upper:
            continue  # a bare acronym says nothing about the kind of body
        last = ent[-1].lower_.rstrip(".")
        two = f"{ent[-2].lower_} {last}" if len(ent) > 1 else last
        kind_word: str | None = two if two in words else last
        if kind_word not in words:
            # "Campaign for Equal Rights", "Organization for Human Rights": the kind of body is the
            # word before the name's first "for"/"of"/"to" phrase
            kind_word = _head_before_prep(ent)
        role = words.get(kind_word) if kind_word else None
        if role is None:
            continue
        # "Labour Congress", "Constitutional Council": the two words say more than the last one does
        kind_at = ent.end - 2 if len(ent) > 2 and kind_word == two and two in table.overriding else None
        ok, inside = _country_inside(work, ent.start, ent.end, kind_at)
        if not ok or (inside is not None and kind_word in table.stateless):
            continue
        iso3 = inside.actor.country if inside is not None else None
        c = d.countries.get(iso3) if iso3 else None
        start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ == "the" else ent.start
        actor = Actor(code=(c.cameo if c else "") + role, country=iso3, role=role, name=ent.text,
                      kind="state" if iso3 else "group")
        work.add(start, ent.end, actor, "role")


def override_kinds(work: Work) -> None:
    """Before roles are composed, read names ending in an overriding two-word kind ("Nigeria Labour
    Congress"), so that the term inside ("Congress") never lends its country to the sentence's context."""
    table = org_words()
    if not table.overriding:
        return
    for ent in work.ents:
        if ent.label_ == "ORG" and len(ent) > 2 and f"{ent[-2].lower_} {ent[-1].lower_}" in table.overriding:
            _add_named(work, ent.start, ent.end, table.roles[f"{ent[-2].lower_} {ent[-1].lower_}"])
    _split_names(work, table)


def _add_named(work: Work, first: int, end: int, role: str) -> None:
    """A country's own body named ``doc[first:end]`` whose last two words are an overriding kind."""
    doc = work.doc
    ok, inside = _country_inside(work, first, end, end - 2)
    if not ok or inside is None:
        return  # only a country's own body: a bare "Labour Congress" may be anyone's
    c = work.dictionary.countries.get(inside.actor.country or "")
    start = first - 1 if first > 0 and doc[first - 1].lower_ == "the" else first
    name_at = start + 1 if doc[start].lower_ == "the" else start  # the entity may begin with its article
    actor = Actor(code=(c.cameo if c else "") + role, country=inside.actor.country, role=role,
                  name=work.text_of(name_at, end), kind="state")
    work.add(start, end, actor, "role")


def _split_names(work: Work, table: OrgWords) -> None:
    """A name ending in an overriding two-word kind that the entity tagger cut apart ("the Sierra Leone" +
    "Congress"): the capitalised words before the kind are the rest of the name."""
    doc = work.doc
    for m in list(work.live()):
        e = m.end
        if m.via == "role" or e - m.start != 1 or m.start < 2:
            continue
        two = f"{doc[e - 2].lower_} {doc[e - 1].lower_}"
        if two not in table.overriding or not doc[e - 2].is_title:
            continue
        first = e - 2
        sent_start = doc[first].sent.start
        while first > sent_start and (doc[first - 1].is_title or doc[first - 1].is_upper) \
                and doc[first - 1].pos_ == "PROPN":
            first -= 1
        _add_named(work, first, e, table.roles[two])
