"""Two nationality words on one noun phrase name one actor: "Bosnian Serb leaders" are Bosnia's, "Turkish
Cypriot" Cyprus's, and "a British-Iranian academic" one dual national, coded by the first nationality."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from triadic.actors._countries import shipped_data_dir
from triadic.actors._types import Mention
from triadic.actors._work import Work
from triadic.actors._yaml import read_yaml_cached
from triadic.model import Actor

__all__ = ["NationalWords", "joined_nationalities", "nation_of", "national_words"]

_HYPHENS = frozenset({"-", "–"})
_LEAD = frozenset({"a", "an", "the", "dual", "two", "three", "one"})


@dataclass(frozen=True, slots=True)
class NationalWords:
    """Lists of ``data/nationals.yaml``."""

    ethnonyms: frozenset[str]
    dual_nouns: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=1)
def national_words() -> NationalWords:
    """The shipped lists (read once)."""
    data = read_yaml_cached(shipped_data_dir() / "nationals.yaml") or {}
    duals = {str(k).lower(): str(v).upper() for k, v in (data.get("dual_nouns") or {}).items()}
    return NationalWords(ethnonyms=frozenset(str(w) for w in data.get("ethnonyms") or ()), dual_nouns=duals)


def nation_of(work: Work, word: str) -> str | None:
    """The country a nationality adjective or country name stands for ("Serb" -> SRB), if it is one."""
    for e in work.dictionary.terms.get(word, ()):
        if e.kind == "state" and e.role is None and e.country and e.via in ("adjective", "name"):
            return e.country
    return None


def _first_nationality(work: Work, m: Mention) -> int | None:
    """Token index of ``m``'s last word when ``m`` is a nationality word with at most a determiner before it
    ("Bosnian", "a British")."""
    doc = work.doc
    last = m.end - 1
    if m.members or nation_of(work, doc[last].text) is None:
        return None
    if any(doc[k].lower_ not in _LEAD for k in range(m.start, last)):
        return None
    return last


def joined_nationalities(work: Work) -> None:
    """Merge "<nationality> <nationality> <noun>" into one mention of the right country."""
    words = national_words()
    doc = work.doc
    for a in work.live():
        if work.at(a.start) is not a:
            continue  # merged away already
        last = _first_nationality(work, a)
        if last is None:
            continue
        j = a.end
        hyphen = j + 1 < len(doc) and doc[j].text in _HYPHENS and not doc[last].whitespace_ \
            and not doc[j].whitespace_
        k = j + 1 if hyphen else j
        b = work.at(k)
        # the head's mention may list both words as sides ("Bosnian Serb leaders" read as two countries)
        if b is None or b.start != k or work.sentence_index(k) != work.sentence_index(a.start):
            continue
        first, second = doc[last].text, doc[k].text
        c_first, c_second = nation_of(work, first), nation_of(work, second)
        if not hyphen and c_first is not None and _countryless_group(b):
            # "Syrian Kurdish fighters", "Nigerian Islamic State fighters": a group of no one country, placed
            # in one by the nationality before it, is that country's rebels
            _merge(work, a, b, c_first, "REB", b.end)
            continue
        if c_first is None or c_second is None or c_first == c_second or b.actor.country != c_second:
            continue
        eth_first, eth_second = first in words.ethnonyms, second in words.ethnonyms
        end, role = b.end, b.actor.role
        if eth_second and not eth_first and not hyphen:
            iso3 = c_first  # "Bosnian Serb leaders" live in Bosnia
        elif eth_first and not eth_second and not hyphen:
            iso3 = c_second  # "Turkish Cypriot leaders" live in Cyprus
        elif hyphen:
            head = doc[k].head if b.end - b.start == 1 else doc[b.end - 1]
            dual = words.dual_nouns.get(head.lower_)
            if dual is None or head.i < k:
                continue  # "Russian-Ukrainian talks": two sides, not one person
            iso3, end = c_first, max(end, head.i + 1)
            role = role or dual
        else:
            continue
        _merge(work, a, b, iso3, role, end)


def _countryless_group(m: Mention) -> bool:
    """A named armed group or people with no country of its own ("Kurdish fighters" KUR, Islamic State)."""
    return m.actor.kind == "group" and m.actor.country is None and not m.members and m.via in ("name", "igo")


def _merge(work: Work, a: Mention, b: Mention, iso3: str, role: str | None, end: int) -> None:
    """Replace ``a`` and ``b`` by one mention of ``iso3`` over both (and up to ``end``)."""
    c = work.dictionary.countries.get(iso3)
    cameo = c.cameo if c else iso3
    old = b.actor
    prefix = ""
    if old.country:
        oc = work.dictionary.countries.get(old.country)
        prefix = oc.cameo if oc else old.country
    tail = old.code[len(prefix):] if prefix and old.code.startswith(prefix) else (role or "")
    if old.country is None and old.kind == "group":
        tail = role or ""  # a group's own code (KUR, IMG) gives way to the country's role
    if not tail and role:
        tail = role
    kind = old.kind if old.kind in ("state", "person", "group") else "state"
    name = f"{c.name if c else iso3} {work.text_of(b.start, end)}"
    actor = Actor(code=cameo + tail, country=iso3, role=role, name=name, kind=kind)
    via = b.via if b.via != "adjective" or end == b.end else "role"
    work.remove(a)
    work.add(a.start, end, actor, via)
