"""Time-expression patterns and their resolution against a reference date (no spaCy here).

Each rule is a regular expression plus a resolver. Resolvers take the match, the reference date
(the publication date) and a direction ("past", "future" or None when the tense does not say)
and return the period the expression names: its first day, its last day, and a precision.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Literal

from dateutil.relativedelta import relativedelta

from triadic.nlp._data import nlp_data

__all__ = ["Direction", "Period", "RawMatch", "Lexicon", "lexicon", "scan", "resolve"]

Direction = Literal["past", "future"] | None


@dataclass(frozen=True, slots=True)
class Period:
    """A resolved period: first day, last day (None for a single day) and precision."""

    start: date
    end: date | None
    precision: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word lists from ``data/timex.yaml``."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    month_parts: dict[str, tuple[int, int]]
    year_parts: dict[str, tuple[int, int]]
    future_heads: frozenset[str]
    future_aux: frozenset[str]
    future_modifiers: frozenset[str]
    topic_preps: frozenset[str] = frozenset()
    record_words: frozenset[str] = frozenset()
    record_preps: frozenset[str] = frozenset()


@cache
def lexicon() -> Lexicon:
    """The shipped word lists (cached)."""
    d = nlp_data("timex")
    return Lexicon(
        months={str(k): int(v) for k, v in d["months"].items()},
        weekdays={str(k): int(v) for k, v in d["weekdays"].items()},
        numbers={str(k): int(v) for k, v in d["numbers"].items()},
        seasons={str(k): (int(v[0]), int(v[1])) for k, v in d["seasons"].items()},
        month_parts={str(k): (int(v[0]), int(v[1])) for k, v in d["month_parts"].items()},
        year_parts={str(k): (int(v[0]), int(v[1])) for k, v in d["year_parts"].items()},
        future_heads=frozenset(d["future_heads"]),
        future_aux=frozenset(d["future_aux"]),
        future_modifiers=frozenset(d["future_modifiers"]),
        topic_preps=frozenset(d.get("topic_preps", ())),
        record_words=frozenset(d.get("record_words", ())),
        record_preps=frozenset(d.get("record_preps", ())),
    )


# ---------------------------------------------------------------------------------------- periods
def _day(d: date) -> Period:
    return Period(d, None, "day")


def _week(d: date) -> Period:
    monday = d - timedelta(days=d.weekday())
    return Period(monday, monday + timedelta(days=6), "week")


def _month(y: int, m: int, part: tuple[int, int] | None = None) -> Period:
    last = calendar.monthrange(y, m)[1]
    lo, hi = part or (1, last)
    return Period(date(y, m, lo), date(y, m, min(hi, last)), "month")


def _year(y: int, part: tuple[int, int] | None = None) -> Period:
    lo, hi = part or (1, 12)
    return Period(date(y, lo, 1), date(y, hi, calendar.monthrange(y, hi)[1]), "year")


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _pick_year(ref: date, month: int, day: int | None, direction: Direction) -> int:
    """The year of a month (and day) written without one: by tense, else the nearest to ``ref``."""
    probe_day = day or 1

    def key(y: int) -> date:
        return _safe_date(y, month, probe_day) or date(y, month, 28)

    same = key(ref.year)
    if day is None:
        # A whole month: the reference month itself counts as both past and coming.
        if direction == "past":
            return ref.year if month <= ref.month else ref.year - 1
        if direction == "future":
            return ref.year if month >= ref.month else ref.year + 1
    else:
        if direction == "past":
            return ref.year if same <= ref else ref.year - 1
        if direction == "future":
            return ref.year if same >= ref else ref.year + 1
    candidates = (ref.year - 1, ref.year, ref.year + 1)
    return min(candidates, key=lambda y: (abs((key(y) - ref).days), y != ref.year))


def _weekday(ref: date, wd: int, mod: str | None, direction: Direction) -> date:
    back = (ref.weekday() - wd) % 7  # days since the most recent such weekday (0 = today)
    fwd = (wd - ref.weekday()) % 7
    if mod == "last":
        return ref - timedelta(days=back or 7)
    if mod == "next":
        return ref + timedelta(days=fwd or 7)
    if mod == "this":
        return _week(ref).start + timedelta(days=wd)
    if direction == "past":
        return ref - timedelta(days=back)
    if direction == "future":
        return ref + timedelta(days=fwd)
    return ref - timedelta(days=back) if back <= fwd else ref + timedelta(days=fwd)


def _weekend(ref: date, mod: str | None, direction: Direction) -> Period:
    saturday = _week(ref).start + timedelta(days=5)
    if mod == "last":
        saturday -= timedelta(days=7)
    elif mod == "next":
        # The coming weekend, like "next Friday" is the coming Friday; from a weekend, the one after.
        if ref.weekday() >= 5:
            saturday += timedelta(days=7)
    elif mod != "this":
        if direction is None:
            direction = "past" if ref.weekday() <= 2 else "future"
        if direction == "past" and ref.weekday() < 5:
            saturday -= timedelta(days=7)
    return Period(saturday, saturday + timedelta(days=1), "week")


def _shift(ref: date, n: int, unit: str) -> Period:
    unit = unit.rstrip("s")
    if unit == "day":
        return _day(ref + timedelta(days=n))
    if unit == "week":
        return _week(ref + timedelta(weeks=n))
    if unit == "month":
        d = ref + relativedelta(months=n)
        return _month(d.year, d.month)
    return _year(ref.year + n)


# ---------------------------------------------------------------------------------------- patterns
_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
        r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)")
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = (r"(?:\d{1,3}|a couple of|a dozen|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"eleven|twelve)")
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PART = r"(?:early|mid|late|the (?:beginning|start|middle|end) of|(?:the )?(?:early|middle|late) part of)"
_I = "(?i:{})"  # case-insensitive island inside a case-sensitive pattern


def _ci(s: str) -> str:
    return _I.format(s)


Resolver = Callable[[re.Match[str], date | None, Direction], Period | None]


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    absolute: bool  # resolvable without a reference date
    # Cheap searches a text must pass for the rule to match at all: each one finds a literal the rule
    # cannot match without, so skipping the rule on a miss changes nothing and saves its slow scan.
    gates: tuple[re.Pattern[str], ...] = ()
    # A rule whose matches open with optional words ("early", "last") before the word they need
    # ("March", "Monday") is searched only from ``reach`` characters before each hit of ``anchor``
    # (that needed word, with its own boundaries): its slow search then skips the text in between.
    # ``reach`` is the most characters a match can have before its anchor.
    anchor: re.Pattern[str] | None = None
    reach: int = 0


@dataclass(frozen=True, slots=True)
class RawMatch:
    """A pattern match in a text: which rule, and where."""

    rule: str
    start: int
    end: int
    match: re.Match[str]
    absolute: bool


def _num(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else lexicon().numbers[w]


def _month_no(word: str) -> int:
    return lexicon().months[word.lower().rstrip(".")]


def _part_key(text: str | None) -> str | None:
    if not text:
        return None
    t = text.lower()
    for key in ("beginning", "start", "middle", "end", "early", "mid", "late"):
        if key in t:
            return key
    return None


def _r_iso(m: re.Match[str], ref: date | None, d: Direction) -> Period | None:
    day = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _day(day) if day else None


def _r_mdy(m: re.Match[str], ref: date | None, d: Direction) -> Period | None:
    month = _month_no(m["mon"])
    year = int(m["y"]) if m["y"] else None
    if year is None:
        if ref is None:
            return None
        year = _pick_year(ref, month, int(m["d"]), d)
    day = _safe_date(year, month, int(m["d"]))
    return _day(day) if day else None


def _r_month(m: re.Match[str], ref: date | None, d: Direction) -> Period | None:
    month = _month_no(m["mon"])
    part_key = _part_key(m["part"])
    part = lexicon().month_parts[part_key] if part_key else None
    if m["y"]:
        return _month(int(m["y"]), month, part)
    if ref is None:
        return None
    return _month(_pick_year(ref, month, None, d), month, part)


def _r_year(m: re.Match[str], ref: date | None, d: Direction) -> Period | None:
    part_key = _part_key(m["part"])
    return _year(int(m["y"]), lexicon().year_parts[part_key] if part_key else None)


def _r_decade(m: re.Match[str], ref: date | None, d: Direction) -> Period | None:
    start = int(m["y"])
    return Period(date(start, 1, 1), date(start + 9, 12, 31), "year")


def _r_relday(m: re.Match[str], ref: date | None, d: Direction) -> Period | None:
    if ref is None:
        return None
    w = m.group(0).lower()
    if "before yesterday" in w:
        return _day(ref - timedelta(days=2))
    if "after tomorrow" in w:
        return _day(ref + timedelta(days=2))
    if "yesterday" in w or "last night" in w:
        return _day(ref - timedelta(days=1))
    if "tomorrow" in w:
        return _day(ref + timedelta(days=1))
    return _day(ref)


def _rel(m: re.Match[str]) -> int:
    w = (m["rel"] or "").lower()
    if w in ("last", "past", "previous"):
        return -1
    if w in ("next", "coming", "following"):
        return 1
    return 0


def _r_relweek(m: re.Match[str], ref: date | None, d: Direction) -> Period | None:
    if ref is None:
        return None
    return _week(ref + timedelta(weeks=_rel(m)))


def _r_relmonth(m: re.Match[str], ref: date | None, d: Direction) -> Period | None:
    if ref is None:
        return None
    base = ref + relativedelta(months=_rel(m))
    edge = (m["edge"] or "").lower()
    if edge and _rel(m) == 0:
        # "earlier this month" runs up to the reference date, "later this month" from it.
        whole = _month(base.year, base.month)
        assert whole.end is not None
        return Period(whole.start, ref, "month") if edge == "earlier" else Period(ref, whole.end, "month")
    part_key = _part_key(m["part"])
    return _month(base.year, base.month, lexicon().month_parts[part_key] if part_key else None)


def _r_relyear(m: re.Match[str], ref: date | None, d: Direction) -> Period | None:
    if ref is None:
        return None
    year = ref.year + _rel(m)
    edge = (m["edge"] or "").lower()
    if edge and _rel(m) == 0:
        return (Period(date(year, 1, 1), ref, "year") if edge == "earlier"
                else Period(ref, date(year, 12, 31), "year"))
    part_key = _part_key(m["part"])
    return _year(year, lexicon().year_parts[part_key] if part_key else None)


def _r_partyear(m: re.Match[str], ref: date | None, d: Direction) -> Period | None:
    if ref is None:
        return None
    part_key = _part_key(m["part"])
    return _year(ref.year, lexicon().year_parts[part_key] if part_key else None)


def _r_weekday(m: re.Match[str], ref: date | None, d: Direction) -> Period | None:
    if ref is None:
        return None
    mod = (m["mod"] or "").lower() or None
    return _day(_weekday(ref, lexicon().weekdays[m["wd"].lower()], mod, d))


def _r_weekend(m: re.Match[str], ref: date | None, d: Direction) -> Period | None:
    if ref is None:
        return None
    return _weekend(ref, (m["mod"] or "").lower() or None, d)


def _r_ago(m: re.Match[str], ref: date | None, d: Direction) -> Period | None:
    if ref is None:
        return None
    return _shift(ref, -_num(m["n"]), m["unit"].lower())


def _r_ahead(m: re.Match[str], ref: date | None, d: Direction) -> Period | None:
    if ref is None:
        return None
    return _shift(ref, _num(m["n"]), m["unit"].lower())


def _r_season(m: re.Match[str], ref: date | None, d: Direction) -> Period | None:
    first, length = lexicon().seasons[m["season"].lower()]
    if m["y"]:
        year = int(m["y"])
    elif ref is None:
        return None
    else:
        # The season year is the year it starts in; January and February belong to last winter.
        cur = ref.year if ref.month >= first or first != 12 else ref.year - 1
        this_start = date(cur, first, 1)
        mod = (m["mod"] or "").lower()
        if mod == "last":
            year = cur - 1
        elif mod == "next":
            year = cur + 1 if this_start <= ref else cur
        elif mod == "this" or d is None:
            year = cur
        elif d == "past":
            year = cur if this_start <= ref else cur - 1
        else:
            end_this = this_start + relativedelta(months=length)
            year = cur if end_this > ref else cur + 1
    start = date(year, first, 1)
    last = start + relativedelta(months=length) - timedelta(days=1)
    return Period(start, last, "year")


_MONTH_PREP = _ci("in|since|until|by|from|during|through|last|next|this|of|before|after")
# A bare year is not a year when it is an amount: "$2018", "2018 troops", "2,018", "2018%".
_NOT_AMOUNT = _ci("percent|per cent|km|kilometres|miles|people|tonnes|troops")
_SEASON_MOD = _ci("this|last|next|the|in|early|late|in the|during the|by|over the")
_UNITS = r"(?P<unit>days?|weeks?|months?|years?)"
_REL = r"(?P<rel>this|last|next|past|previous|coming|following)"


def _rules() -> tuple[_Rule, ...]:
    r = [
        ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", _r_iso, True),
        ("mdy", rf"\b(?P<mon>{_MON}) (?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,? (?P<y>{_YEAR}))?(?![\d:])",
         _r_mdy, False),
        ("dmy", rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?(?P<mon>{_MON})(?:,? (?P<y>{_YEAR}))?\b",
         _r_mdy, False),
        ("month", rf"(?:\b(?P<part>{_ci(_PART)})[ -])?(?:(?P<prep>{_MONTH_PREP}) )?"
                  rf"\b(?P<mon>{_MON})(?:,? (?P<y>{_YEAR}))?\b", _r_month, False),
        ("decade", rf"\b(?:{_ci('the')} )?(?P<y>1[89]\d0|20\d0)'?s\b", _r_decade, True),
        ("year", rf"(?:\b(?P<part>{_ci(_PART)})[ -])?(?<![$€£#\d.,])\b(?P<y>{_YEAR})\b"
                 rf"(?![\d%]|,\d| ?(?:{_NOT_AMOUNT}))", _r_year, True),
        ("relday", _ci(r"\b(?:the day (?:before yesterday|after tomorrow)|yesterday|today|tonight|tomorrow|"
                       r"last night|(?:earlier|later) today|this (?:morning|afternoon|evening))\b"),
         _r_relday, False),
        ("relweek", _ci(rf"\b(?:(?:earlier|later) )?{_REL} week\b"), _r_relweek, False),
        ("relmonth", _ci(rf"\b(?:(?P<part>{_PART})[ -])?(?:(?P<edge>earlier|later) )?{_REL} month\b"),
         _r_relmonth, False),
        ("relyear", _ci(rf"\b(?:(?P<part>{_PART})[ -])?(?:(?P<edge>earlier|later) )?{_REL} year\b"),
         _r_relyear, False),
        ("partyear", _ci(rf"\b(?P<part>{_PART}) the year\b"), _r_partyear, False),
        ("weekend", _ci(r"\b(?P<mod>this|last|next|the|over the|at the) weekend\b"), _r_weekend, False),
        ("weekday", rf"\b(?:(?P<mod>{_ci('last|next|this|on|early|late')}) )?(?P<wd>{_WD})"
                    rf"(?:'s)?(?: {_ci('morning|afternoon|evening|night')})?\b", _r_weekday, False),
        ("ago", _ci(rf"\b(?P<n>{_NUM}) {_UNITS} ago\b"), _r_ago, False),
        ("ahead", _ci(rf"\b(?:in|within) (?P<n>{_NUM}) {_UNITS}(?: time)?\b"
                      rf"|\b(?P<n2>{_NUM}) (?P<unit2>days?|weeks?|months?|years?) from now\b"), _r_ahead_any,
         False),
        ("season", rf"\b(?:(?P<mod>{_SEASON_MOD}) )(?P<season>{_ci('spring|summer|autumn|fall|winter')})"
                   rf"(?: (?:{_ci('of')} )?(?P<y>{_YEAR}))?\b(?! {_ci('of')}\b)", _r_season, False),
    ]
    return tuple(_Rule(name, re.compile(p), fn, absolute, _gates_of(name), *_ANCHORS.get(name, (None, 0)))
                 for name, p, fn, absolute in r)


# (anchor, reach) by rule: what each match must hold (the same subpattern, boundaries included, as the
# rule's), and how far before it the match can start. Reaches: "the middle part of" + "-" (19) and
# "through " (8) for "month"; 19 for "year"; "early " (6) for "weekday"; "within " + "a couple of" (18)
# to the space before the unit for "ahead" (tests/ check them against the patterns' widths).
_ANCHORS: dict[str, tuple[re.Pattern[str], int]] = {
    "month": (re.compile(rf"\b(?P<mon>{_MON})"), 27),
    "year": (re.compile(rf"(?<![$€£#\d.,])\b(?P<y>{_YEAR})\b"), 19),
    "weekday": (re.compile(rf"\b(?P<wd>{_WD})"), 6),
    "ahead": (re.compile(_ci(r" (?:days?|weeks?|months?|years?)\b")), 18),
}


def _finditer(rule: _Rule, text: str) -> Iterator[re.Match[str]]:
    """``rule.pattern.finditer(text)``, searched only near the hits of the rule's anchor.

    A match starting at or after ``pos`` holds an anchor hit at most ``reach`` characters after its
    start, and no earlier than the first hit from ``pos``: the search from ``reach`` before that hit
    finds the same leftmost match. (Lookbehinds and boundaries see the text before a search's start.)
    """
    anchor = rule.anchor
    if anchor is None:
        yield from rule.pattern.finditer(text)
        return
    pattern, reach, pos = rule.pattern, rule.reach, 0
    while (hit := anchor.search(text, pos)) is not None:
        m = pattern.search(text, max(pos, hit.start() - reach))
        if m is None:
            return
        yield m
        pos = m.end()  # a match is never empty: it holds its anchor


# What each rule needs somewhere in the text. Month and weekday names are case-sensitive in the rules, so
# their gates are too; the other literals sit inside case-insensitive groups, so theirs are as well.
_CI_GATE_WORDS = {
    # every phrase the rule knows holds one of these ("the day before yesterday", "this morning")
    "relday": ("yesterday", "today", "tonight", "tomorrow", "last night", "this morning", "this afternoon",
               "this evening"),
    "week": ("week",),
    "monthword": ("month",),
    "year": ("year",),
    "ago": ("ago",),
    "unit": (" day", " week", " month", " year"),  # the rule has a number and a space before its unit
    "season": ("spring", "summer", "autumn", "fall", "winter"),
}
_GATE_PATTERNS = {
    "digit": r"\d",
    "month": r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec",
    "weekday": _WD,
    **{name: _ci("|".join(words)) for name, words in _CI_GATE_WORDS.items()},
}
# A case-insensitive regex search is slow; on ASCII text it finds exactly what a substring test of the
# lower-cased text finds (Unicode case folding only differs beyond ASCII).
_ASCII_WORDS = {_GATE_PATTERNS[name]: words for name, words in _CI_GATE_WORDS.items()}
_RULE_GATES = {
    "iso": ("digit",), "mdy": ("month", "digit"), "dmy": ("digit", "month"), "month": ("month",),
    "decade": ("digit",), "year": ("digit",), "relday": ("relday",), "relweek": ("week",),
    "relmonth": ("monthword",), "relyear": ("year",), "partyear": ("year",), "weekend": ("week",),
    "weekday": ("weekday",), "ago": ("ago",), "ahead": ("unit",), "season": ("season",),
}


@cache
def _gate(name: str) -> re.Pattern[str]:
    return re.compile(_GATE_PATTERNS[name])


def _gates_of(rule: str) -> tuple[re.Pattern[str], ...]:
    return tuple(_gate(g) for g in _RULE_GATES[rule])


def _r_ahead_any(m: re.Match[str], ref: date | None, d: Direction) -> Period | None:
    if ref is None:
        return None
    n = m["n"] or m["n2"]
    unit = m["unit"] or m["unit2"]
    return _shift(ref, _num(n), unit.lower())


@cache
def _compiled() -> tuple[_Rule, ...]:
    return _rules()


@cache
def _by_name() -> dict[str, _Rule]:
    return {r.name: r for r in _compiled()}


@lru_cache(maxsize=2048)
def scan(text: str) -> tuple[RawMatch, ...]:
    """Every time expression in ``text``, longest first where they overlap, in text order.

    Cached: the event coder asks again for each event of the same sentence.
    """
    found: list[RawMatch] = []
    passed: dict[re.Pattern[str], bool] = {}  # gates shared by several rules are searched once
    low = text.lower() if text.isascii() else None
    for rule in _compiled():
        # a plain loop over the gates, most already searched for an earlier rule (no generator per rule)
        for gate in rule.gates:
            hit = passed.get(gate)
            if hit is None:
                hit = _passes(gate, text, low, passed)
            if not hit:
                break
        else:
            for m in _finditer(rule, text):
                if m.end() > m.start() and _plausible(rule.name, m, text):
                    found.append(RawMatch(rule.name, m.start(), m.end(), m, rule.absolute or _has_year(m)))
    found.sort(key=lambda x: (-(x.end - x.start), x.start))
    taken: list[RawMatch] = []
    for cand in found:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    taken.sort(key=lambda x: x.start)
    return tuple(taken)


def _passes(gate: re.Pattern[str], text: str, low: str | None, passed: dict[re.Pattern[str], bool]) -> bool:
    """Does ``text`` pass ``gate``? ``low`` is the lower-cased text when it is all ASCII, else None."""
    hit = passed.get(gate)
    if hit is None:
        words = _ASCII_WORDS.get(gate.pattern)
        if words is not None and low is not None:
            hit = any(w in low for w in words)
        else:
            hit = gate.search(text) is not None
        passed[gate] = hit
    return hit


_WORD_BEFORE = re.compile(r"([A-Z][\w.'’\-]*)\s+$")
_YEAR_PREPS = frozenset({"in", "by", "since", "until", "till", "from", "during", "before", "after", "through",
                         "of", "the", "for", "around", "about", "circa", "mid", "early", "late"})
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "last",
                          "next"})


def _plausible(rule: str, m: re.Match[str], text: str) -> bool:
    """Reject month names and years that are parts of names: "Theresa May", "April Ryan", "Vision 2030"."""
    if rule == "year" and not m["part"]:
        before = _WORD_BEFORE.search(text, 0, m.start())
        # a possessor dates its own act ("Russia's 2014 annexation", "Iran's 2009 election"); a name
        # that holds a year has no possessive before it ("Vision 2030")
        return before is None or before.group(1).lower() in _YEAR_PREPS \
            or before.group(1).endswith(("'s", "’s"))
    if rule != "month" or m["prep"] or m["part"] or m["y"]:
        return True
    if m["mon"] == "May":
        return False
    if _NAME_AFTER.match(text, m.end()):
        return False
    before = _WORD_BEFORE.search(text, 0, m.start())
    return before is None or before.group(1).lower() in _DETERMINERS or before.group(1).endswith(("'s", "’s"))


def _has_year(m: re.Match[str]) -> bool:
    return "y" in m.re.groupindex and m["y"] is not None


def resolve(raw: RawMatch, ref: date | None, direction: Direction) -> Period | None:
    """The period a match names, resolved against ``ref`` in the given direction."""
    return _by_name()[raw.rule].resolve(raw.match, ref, direction)
