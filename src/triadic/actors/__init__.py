"""triadic.actors: resolve countries, capitals, leaders, organisations, roles and people in parsed articles.

Use :class:`ActorResolver` (build once per pipeline, then ``resolve(doc, ref_date)`` per article) and
:func:`country_table` for code crosswalks (ISO-3, ISO-2, CAMEO, COW, FIPS 10-4).
"""

from triadic.actors._api import DictionarySummary, check_dictionaries, resolve_text
from triadic.actors._countries import CountryTable, country_table
from triadic.actors._dictionary import Dictionary, load_dictionary, shipped_files
from triadic.actors._resolver import ActorResolver
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
]
