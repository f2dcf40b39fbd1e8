"""Publication dates written in an article's text ("Published: March 28, 2018 10:31 AM")."""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime

from dateutil import parser as dateparser

from triadic.ingest._layout import layout

__all__ = ["parse_date_line", "parse_date_value", "strip_date_prefix"]

_YEAR = re.compile(r"\b(19|20)\d\d\b")
_MONTH = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b\d{4}-\d{2}-\d{2}|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b",
    re.IGNORECASE,
)
# Tokens a date line may contain besides the date itself.
_FILLER = re.compile(
    r"^(at|on|the|of|,|\||·|—|–|-|/|\(|\)|updated|published|posted|local time|time|"
    r"[a-z]{2,4}t|utc|gmt|z|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|a\.?m\.?|p\.?m\.?|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|[+\-]?\d{2}:?\d{2})$",
    re.IGNORECASE,
)
# "05.31 EDT" (Guardian style) -> "05:31 EDT"; dateutil reads dotted times as decimals.
_DOTTED_TIME = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})(?=\s*(?:[ap]\.?m\.?|[A-Z]{2,4}\b|$))", re.IGNORECASE)
_COMPACT = re.compile(r"(?:19|20)\d\d[01]\d[0-3]\d")
_AMPM = re.compile(r"\b([ap])\.m\.", re.IGNORECASE)
_DEFAULTS = (datetime(1901, 1, 1), datetime(1902, 2, 2))


def strip_date_prefix(line: str) -> tuple[str, bool]:
    """The line without a "Published:"-style prefix, and whether it had one."""
    m = layout().date_prefix.match(line)
    if m is None or m.end() == 0:
        return line, False
    return line[m.end():], True


def parse_date_line(line: str, *, max_len: int = 90) -> datetime | None:
    """The date (and time) a short line states as its whole content, else None.

    The line must give a year, a month and a day; a time is kept when present. Time zones are
    dropped: the wall-clock time as written is what the reader saw.
    """
    line = line.strip(" *_#")
    if not line or len(line) > max_len:
        return None
    rest, _ = strip_date_prefix(line)
    return parse_date_value(rest, strict=True)


def parse_date_value(value: str, *, strict: bool = False) -> datetime | None:
    """A full date (year, month, day; time optional) from a string, else None.

    Args:
        strict: the string must contain nothing but the date (filler words such as "at" or a time
            zone aside); otherwise any date inside a metadata value is accepted.
    """
    value = value.strip()
    if _COMPACT.fullmatch(value):  # 20180328, as in GDELT's SQLDATE
        value = f"{value[:4]}-{value[4:6]}-{value[6:]}"
    if not _YEAR.search(value) or not _MONTH.search(value):
        return None
    try:
        return datetime.fromisoformat(value).replace(tzinfo=None)
    except ValueError:
        pass
    value = _DOTTED_TIME.sub(r"\1:\2", value)
    value = _AMPM.sub(lambda m: m.group(1).upper() + "M", value)
    results: list[datetime] = []
    for default in _DEFAULTS:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                parsed, skipped = dateparser.parse(value, default=default, fuzzy_with_tokens=True,
                                                   ignoretz=True)
        except (ValueError, OverflowError, TypeError):
            return None
        if strict and any(_not_filler(tok) for tok in skipped):
            return None
        results.append(parsed)
    # A component dateutil filled from the default differs between the two runs: it was missing.
    a, b = results
    if (a.year, a.month, a.day) != (b.year, b.month, b.day):
        return None
    return a


def _not_filler(token: str) -> bool:
    for word in token.replace(",", " , ").split():
        if not _FILLER.match(word.strip()):
            return True
    return False


def as_datetime(value: date | datetime) -> datetime:
    """A date as midnight of that day; a datetime without its time zone."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return datetime(value.year, value.month, value.day)
