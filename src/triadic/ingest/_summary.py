"""What structure detection found in an article, as a record for `triadic read` and its tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from triadic.model import Article

__all__ = ["ArticleLayout", "layout_of"]


@dataclass(frozen=True, slots=True)
class ArticleLayout:
    """The parts of one article: metadata, counts, and the lines set aside from the body."""

    id: str
    source: str | None
    title: str | None
    byline: str | None
    published: str | None
    dateline: str | None
    url: str | None
    paragraphs: int
    characters: int
    captions: tuple[str, ...]
    boilerplate: tuple[str, ...]
    text: str

    def to_dict(self, *, with_text: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id, "source": self.source, "title": self.title, "byline": self.byline,
            "published": self.published, "dateline": self.dateline, "url": self.url,
            "paragraphs": self.paragraphs, "characters": self.characters,
            "captions": list(self.captions), "boilerplate": list(self.boilerplate),
        }
        if with_text:
            d["text"] = self.text
        return d


def layout_of(article: Article) -> ArticleLayout:
    """The structure record of an article."""
    return ArticleLayout(
        id=article.id,
        source=article.source,
        title=article.title,
        byline=article.byline,
        published=article.published.isoformat() if article.published else None,
        dateline=article.dateline,
        url=article.url,
        paragraphs=len(article.paragraphs),
        characters=len(article.text),
        captions=tuple(article.captions),
        boilerplate=tuple(article.boilerplate),
        text=article.text,
    )
