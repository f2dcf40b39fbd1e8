"""Reading news articles (files, directories, stdin, JSONL, HTML) and finding their structure.

Importers of event datasets (GDELT, ICEWS, POLECAT) live in :mod:`triadic.ingest.importers`.
"""

from triadic.ingest._articles import read_articles
from triadic.ingest._readers import ARTICLE_SUFFIXES, SkipHandler, read_inputs
from triadic.ingest._records import DocKind, RawDocument, Skipped, write_skipped
from triadic.ingest._structure import normalise_text, parse_article
from triadic.ingest._summary import ArticleLayout, layout_of

__all__ = [
    "ARTICLE_SUFFIXES",
    "ArticleLayout",
    "DocKind",
    "RawDocument",
    "SkipHandler",
    "Skipped",
    "layout_of",
    "normalise_text",
    "parse_article",
    "read_articles",
    "read_inputs",
    "write_skipped",
]
