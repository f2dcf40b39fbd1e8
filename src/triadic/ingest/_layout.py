"""The compiled line patterns of ``data/layout.yaml``, loaded once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from triadic.errors import DictionaryError

__all__ = ["Layout", "layout"]

# "By Friday, ..." / "By March ..." / "By then" open sentences, not bylines.
_BY_TIME = re.compile(
    r"^\s*by\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|then|now|early|late|mid|the end|last|next|this)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Layout:
    """Compiled patterns for boilerplate, captions, bylines, date prefixes and datelines."""

    boilerplate_exact: tuple[re.Pattern[str], ...]
    boilerplate_search: tuple[re.Pattern[str], ...]
    tail_markers: tuple[re.Pattern[str], ...]
    captions: tuple[re.Pattern[str], ...]
    bylines: tuple[re.Pattern[str], ...]
    date_prefix: re.Pattern[str]
    datelines: tuple[re.Pattern[str], ...]

    def is_boilerplate(self, line: str) -> bool:
        """True for navigation, sharing, copyright and credit lines."""
        bare = line.strip(" ()[]*_|")
        if any(p.fullmatch(bare) or p.fullmatch(line) for p in self.boilerplate_exact):
            return True
        return any(p.search(line) for p in self.boilerplate_search)

    def is_tail_marker(self, line: str) -> bool:
        """True for a heading after which the page holds only other stories and links."""
        return any(p.fullmatch(line.strip(" :*#")) for p in self.tail_markers)

    def is_caption(self, line: str) -> bool:
        """True for a photo or video caption or a picture credit."""
        return len(line) <= 400 and any(p.search(line) for p in self.captions)

    def is_byline(self, line: str) -> bool:
        """True for an author line ("By Jane Doe", "Jane Doe, Reuters"), not a sentence ("By Friday, ...")."""
        if len(line) > 120 or len(line.split()) > 14 or line.rstrip().endswith((".", "!", "?", '"', "”")):
            return False
        if _BY_TIME.match(line):
            return False
        return any(p.search(line) for p in self.bylines)

    def match_dateline(self, paragraph: str) -> re.Match[str] | None:
        """The wire dateline at the start of a paragraph, if any."""
        for p in self.datelines:
            m = p.match(paragraph)
            if m is not None:
                return m
        return None


def _compile(items: object, section: str, flags: int) -> tuple[re.Pattern[str], ...]:
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise DictionaryError(f"layout.yaml: section '{section}' must be a list of regular expressions",
                              code="E151")
    try:
        return tuple(re.compile(i, flags) for i in items)
    except re.error as exc:
        raise DictionaryError(f"layout.yaml: bad regular expression in '{section}': {exc}",
                              code="E151") from exc


@cache
def layout() -> Layout:
    """The shipped layout patterns (compiled, cached)."""
    text = resources.files("triadic.ingest").joinpath("data/layout.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    i = re.IGNORECASE
    prefixes = _compile(data.get("date_prefix"), "date_prefix", i)
    prefix_alt = "|".join(f"(?:{p.pattern})" for p in prefixes)
    return Layout(
        boilerplate_exact=_compile(data.get("boilerplate_exact"), "boilerplate_exact", i),
        boilerplate_search=_compile(data.get("boilerplate_search"), "boilerplate_search", i),
        tail_markers=_compile(data.get("tail_markers"), "tail_markers", i),
        captions=_compile(data.get("caption_search"), "caption_search", i),
        bylines=_compile(data.get("byline"), "byline", 0),
        date_prefix=re.compile(rf"^\s*(?:{prefix_alt})\s*[:\-|—]?\s*", i),
        datelines=_compile(data.get("dateline"), "dateline", 0),
    )
