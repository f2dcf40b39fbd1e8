"""Main text and metadata of an HTML page, through trafilatura, offline."""

from __future__ import annotations

from triadic.errors import DependencyError, InputError
from triadic.ingest._records import RawDocument

__all__ = ["extract_html"]


def extract_html(html: str, source: str) -> RawDocument:
    """The article in an HTML page: main text (one paragraph a line), title, date, author, URL."""
    try:
        import trafilatura
    except ImportError as exc:
        raise DependencyError(
            f"reading HTML needs trafilatura, which failed to import ({exc}); install it with "
            f"'pip install trafilatura lxml_html_clean'",
            code="E150",
        ) from exc
    # No network: trafilatura only parses the string; date search stays in the page's own markup.
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        raise InputError(f"'{source}' is an HTML page with no article text that could be extracted",
                         code="E018")
    data = doc if isinstance(doc, dict) else doc.as_dict()
    text = data.get("text") or ""
    if not text.strip():
        raise InputError(f"'{source}' is an HTML page with no article text that could be extracted",
                         code="E018")
    return RawDocument(
        text=text,
        source=source,
        kind="html",
        title=_clean(data.get("title")),
        date=_clean(data.get("date")),
        url=_clean(data.get("url")),
        byline=_clean(data.get("author")),
    )


def _clean(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
