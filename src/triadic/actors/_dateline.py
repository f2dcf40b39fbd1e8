"""The country of an article's dateline ("SEOUL, March 28 (Yonhap) --", "KABUL, Afghanistan (AP)")."""

from __future__ import annotations

import re
from datetime import date

from triadic.actors._dictionary import Dictionary
from triadic.actors._types import Mention

__all__ = ["dateline_country", "dateline_mention"]

# Parts of a dateline: place names split by commas, with the agency in brackets and dates left out.
_SPLIT = re.compile(r"[,(/]|\s[-—–]+\s?")
_AGENCY = re.compile(r"\([^)]*\)")  # "(AP)", "(Reuters)": who reports, not where
_COUNTRY_VIAS = frozenset({"name", "capital", "seat", "place", "adjective"})


def _lookups(part: str) -> list[str]:
    """Spellings to try for one part: as written, title case ("SEOUL" -> "Seoul"), and with "the"."""
    words = part.split()
    titled = " ".join(w if w.isupper() and len(w) <= 3 and w not in ("NEW", "SAN", "LOS", "EL")
                      else w.capitalize() for w in words)
    return list(dict.fromkeys([part, titled, part.title()]))


def dateline_country(dictionary: Dictionary, dateline: str | None, day: date | None = None) -> str | None:
    """ISO-3 country of the first place in ``dateline`` the dictionaries know, or None."""
    if not dateline:
        return None
    for raw in _SPLIT.split(_AGENCY.sub(" ", dateline)):
        part = " ".join(raw.strip(" .:;)").split())
        if not part or any(ch.isdigit() for ch in part):
            continue
        for key in _lookups(part):
            entries = [*dictionary.terms.get(key, ()),
                       *(r.entry for r in dictionary.ambiguous.get(key, ()) if r.default)]
            for e in entries:
                if e.via in _COUNTRY_VIAS and e.country and not e.members and e.valid_on(day):
                    return e.country
    return None


def dateline_mention(dictionary: Dictionary, dateline: str | None, day: date | None = None) -> Mention | None:
    """A stand-in mention of the dateline's country (never added to the article's mentions)."""
    iso3 = dateline_country(dictionary, dateline, day)
    if iso3 is None:
        return None
    actor = dictionary.countries.state_actor(iso3)
    text = dateline or ""
    return Mention(start=0, end=0, start_char=0, end_char=0, text=text, actor=actor, via="name")
