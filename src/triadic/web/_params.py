"""Validation of the dashboard's query parameters: every value is checked before it reaches SQL.

Lists arrive as comma-separated strings (``quad=3,4``); each item is checked against a pattern or a fixed
vocabulary, so that the SQL built from them only ever binds values, never splices text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from triadic.analysis import WindowSpec
from triadic.errors import InputError
from triadic.model import MODALITIES

__all__ = [
    "EventQuery",
    "parse_event_query",
    "parse_actor",
    "parse_date",
    "parse_dates",
    "parse_window",
    "parse_list",
    "ACTOR_RE",
    "LEVELS",
    "MAX_LIST",
]

ACTOR_RE = re.compile(r"^[A-Z0-9]{2,16}$")
_DATASET_RE = re.compile(r"^[a-z0-9_.-]{1,32}$")
_EVENT_ID_RE = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
ARTICLE_ID_RE = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")
_CAMEO_RE = re.compile(r"^\d{2,4}$")
LEVELS = ("country", "code")
MAX_LIST = 200
# rolling windows longer than ten years say nothing a calendar year does not, and bound the work per request
_MAX_ROLLING_DAYS = 3660


def _bad(param: str, value: str, expected: str) -> InputError:
    shown = value if len(value) <= 60 else value[:57] + "..."
    return InputError(f"invalid {param} '{shown}': expected {expected}", code="E160")


def parse_list(param: str, text: str | None, item: Callable[[str], str | int], expected: str) -> tuple:
    """Split a comma-separated parameter and check each item; an empty or missing value gives ()."""
    if text is None or not text.strip():
        return ()
    items = [t.strip() for t in text.split(",") if t.strip()]
    if len(items) > MAX_LIST:
        raise InputError(f"too many values for {param} ({len(items)}); at most {MAX_LIST}", code="E160")
    out = []
    for t in items:
        try:
            out.append(item(t))
        except ValueError:
            raise _bad(param, t, expected) from None
    return tuple(dict.fromkeys(out))


def parse_actor(text: str, param: str = "actor") -> str:
    """An actor code: 2-16 letters or digits (``PRK``, ``PRKGOV``, ``IGOUNO``), case-insensitive."""
    code = text.strip().upper()
    if not ACTOR_RE.match(code):
        raise _bad(param, text, "an actor code of 2-16 letters or digits such as PRK or USAGOV")
    return code


def _actor_item(text: str) -> str:
    code = text.upper()
    if not ACTOR_RE.match(code):
        raise ValueError(text)
    return code


def _cameo_item(text: str) -> str:
    if not _CAMEO_RE.match(text) or not 1 <= int(text[:2]) <= 20:
        raise ValueError(text)
    return text


def _root_item(text: str) -> str:
    if not text.isdigit() or len(text) > 2 or not 1 <= int(text) <= 20:
        raise ValueError(text)
    return text.zfill(2)


def _quad_item(text: str) -> int:
    if text not in ("1", "2", "3", "4"):
        raise ValueError(text)
    return int(text)


def _modality_item(text: str) -> str:
    if text.lower() not in MODALITIES:
        raise ValueError(text)
    return text.lower()


def _dataset_item(text: str) -> str:
    if not _DATASET_RE.match(text.lower()):
        raise ValueError(text)
    return text.lower()


def _id_item(text: str) -> str:
    if not _EVENT_ID_RE.match(text):
        raise ValueError(text)
    return text


def parse_date(param: str, text: str | None) -> date | None:
    """A ``YYYY-MM-DD`` date, or None when the parameter is missing or empty."""
    if text is None or not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise _bad(param, text, "a date as YYYY-MM-DD, for example 2018-06-12") from None


def parse_dates(start: str | None, end: str | None) -> tuple[date | None, date | None]:
    """Start and end dates, checked to be in order."""
    s, e = parse_date("start", start), parse_date("end", end)
    if s and e and s > e:
        raise InputError(f"start {s} is after end {e}; swap them", code="E160")
    return s, e


def parse_window(text: str | None, default: str = "all") -> str:
    """A window spec (``all``, ``month``, ``30d``...), with rolling windows bounded to keep requests cheap."""
    raw = (text or default).strip().lower()
    spec = WindowSpec.parse(raw)  # raises AnalysisError E071 with the list of valid windows
    if spec.kind == "rolling" and not (spec.days <= _MAX_ROLLING_DAYS and spec.step <= _MAX_ROLLING_DAYS):
        raise InputError(
            f"rolling window '{raw}' is too long; use at most {_MAX_ROLLING_DAYS} days and a step "
            f"of at most {_MAX_ROLLING_DAYS}",
            code="E160",
        )
    return spec.text


@dataclass(frozen=True, slots=True)
class EventQuery:
    """The validated filters of the events explorer."""

    actors: tuple[str, ...] = ()
    dyad: tuple[str, str] | None = None
    directed: bool = False
    codes: tuple[str, ...] = ()
    roots: tuple[str, ...] = ()
    quads: tuple[int, ...] = ()
    modalities: tuple[str, ...] = ()
    datasets: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None
    article: str | None = None
    ids: tuple[str, ...] = ()


def parse_dyad(text: str | None) -> tuple[str, str] | None:
    """``PRK-USA`` (or ``PRK,USA``) as a pair of actor codes."""
    if text is None or not text.strip():
        return None
    parts = re.split(r"[-,>]", text.strip())
    if len(parts) != 2:
        raise _bad("dyad", text, "two actor codes joined by '-', such as PRK-USA")
    a, b = (parse_actor(p, "dyad") for p in parts)
    if a == b:
        raise _bad("dyad", text, "two different actors")
    return a, b


def parse_event_query(
    *,
    actor: str | None = None,
    dyad: str | None = None,
    directed: bool = False,
    code: str | None = None,
    root: str | None = None,
    quad: str | None = None,
    modality: str | None = None,
    dataset: str | None = None,
    start: str | None = None,
    end: str | None = None,
    article: str | None = None,
    ids: str | None = None,
) -> EventQuery:
    """Check every filter of ``/api/events`` and return them typed."""
    s, e = parse_dates(start, end)
    art = None
    if article is not None and article.strip():
        art = article.strip()
        if not ARTICLE_ID_RE.match(art):
            raise _bad("article", article, "an article id of letters, digits and '_.:-'")
    return EventQuery(
        actors=parse_list("actor", actor, _actor_item, "actor codes such as PRK or USAGOV"),
        dyad=parse_dyad(dyad),
        directed=directed,
        codes=parse_list(
            "code", code, _cameo_item, "CAMEO codes of 2-4 digits with a root 01-20, such as 042"
        ),
        roots=parse_list("root", root, _root_item, "CAMEO roots 01-20"),
        quads=parse_list("quad", quad, _quad_item, "quad classes 1-4"),
        modalities=parse_list(
            "modality", modality, _modality_item, "one or more of " + ", ".join(MODALITIES)
        ),
        datasets=parse_list("dataset", dataset, _dataset_item, "dataset names such as triadic, gdelt, icews"),
        start=s,
        end=e,
        article=art,
        ids=parse_list("ids", ids, _id_item, "event ids"),
    )
