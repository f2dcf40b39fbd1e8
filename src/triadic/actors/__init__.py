"""triadic.actors: resolve countries, capitals, leaders, organisations, roles and people in parsed articles.

Use :class:`ActorResolver` (build once per pipeline, then ``resolve(doc, ref_date)`` per article) and
:func:`country_table` for code crosswalks (ISO-3, ISO-2, CAMEO, COW, FIPS 10-4).
"""

from typing import TYPE_CHECKING

from triadic._lazy import lazy_exports

if TYPE_CHECKING:
    from triadic.actors._api import DictionarySummary, check_dictionaries, resolve_text
    from triadic.actors._countries import CountryTable, country_table
    from triadic.actors._dictionary import Dictionary, load_dictionary, shipped_files
    from triadic.actors._resolver import ActorResolver
    from triadic.actors._targets import TargetWords, boundary_place, target_words
    from triadic.actors._types import Country, Mention, MentionIndex

__all__ = [
    "ActorResolver",
    "Country",
    "CountryTable",
    "Dictionary",
    "DictionarySummary",
    "check_dictionaries",
    "resolve_text",
    "Mention",
    "MentionIndex",
    "country_table",
    "load_dictionary",
    "shipped_files",
    "boundary_place",
    "target_words",
    "TargetWords",
]

# The parts load on first use: the country table and dictionaries are usable without spaCy.
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "._api": ("DictionarySummary", "check_dictionaries", "resolve_text"),
        "._countries": ("CountryTable", "country_table"),
        "._dictionary": ("Dictionary", "load_dictionary", "shipped_files"),
        "._resolver": ("ActorResolver",),
        "._targets": ("TargetWords", "boundary_place", "target_words"),
        "._types": ("Country", "Mention", "MentionIndex"),
    },
)
