"""Time windows: calendar periods (day, week, month, quarter, year), rolling N-day windows, or all time."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from triadic.errors import AnalysisError

__all__ = ["Window", "WindowSpec", "parse_date"]

CALENDAR = ("day", "week", "month", "quarter", "year")
_ROLLING_RE = re.compile(r"^(\d+)d(?::(\d+))?$")


def parse_date(value: str | date | None, what: str = "date") -> date | None:
    """A date from ``YYYY-MM-DD`` (or a date); None stays None."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise AnalysisError(
            f"invalid {what} '{value}'; expected YYYY-MM-DD, for example 2018-03-01", code="E072"
        ) from None


@dataclass(frozen=True, slots=True)
class Window:
    """One analysis window, inclusive at both ends; None ends mean open (all time without dates)."""

    start: date | None
    end: date | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }

    def bounds(self) -> tuple[date, date]:
        """Start and end; only an all-time window over undated events lacks them."""
        if self.start is None or self.end is None:
            raise AnalysisError(
                "this window has no dates: its events are undated; use --window all", code="E071"
            )
        return self.start, self.end

    @property
    def label(self) -> str:
        s, e = self.to_dict()["start"], self.to_dict()["end"]
        return f"{s or '…'}..{e or '…'}"


@dataclass(frozen=True, slots=True)
class WindowSpec:
    """How events are bucketed in time.

    Args:
        kind: ``all``, ``day``, ``week``, ``month``, ``quarter``, ``year`` or ``rolling``.
        days: length of a rolling window in days.
        step: days between the ends of successive rolling windows.
    """

    kind: str
    days: int = 0
    step: int = 1

    @classmethod
    def parse(cls, text: str | WindowSpec) -> WindowSpec:
        """Parse ``all``, a calendar period, ``30d`` (rolling, one window ending each day) or ``30d:7``."""
        if isinstance(text, WindowSpec):
            return text
        t = str(text).strip().lower()
        if t in ("all", *CALENDAR):
            return cls(t)
        m = _ROLLING_RE.match(t)
        if m:
            days, step = int(m.group(1)), int(m.group(2) or 1)
            if days < 1 or step < 1:
                raise AnalysisError(
                    f"rolling window '{text}' needs at least 1 day and a step of at least 1", code="E071"
                )
            return cls("rolling", days, step)
        raise AnalysisError(
            f"unknown window '{text}'; expected all, day, week, month, quarter, year, or a "
            "rolling window such as 30d (or 30d:7 to step by 7 days)",
            code="E071",
        )

    @property
    def text(self) -> str:
        if self.kind == "rolling":
            return f"{self.days}d" + (f":{self.step}" if self.step != 1 else "")
        return self.kind

    @property
    def is_all(self) -> bool:
        return self.kind == "all"

    def bucket_sql(self, col: str = "event_date") -> tuple[str, str]:
        """SQL for the (start, end) of the calendar window holding ``col``; not for rolling or all."""
        if self.kind not in CALENDAR:
            raise ValueError(self.kind)
        start = f"date_trunc('{self.kind}', {col})::DATE"
        return start, f"(date_trunc('{self.kind}', {col}) + INTERVAL 1 {self.kind} - INTERVAL 1 day)::DATE"

    def index(self, d: date) -> int:
        """Ordinal of the window holding ``d`` (calendar) or ending at ``d`` (rolling); neighbours: ±1."""
        if self.kind in ("day", "all"):
            return d.toordinal()
        if self.kind == "week":
            return (d.toordinal() - 1) // 7  # ordinal 1 (0001-01-01) is a Monday, as DuckDB weeks start
        if self.kind == "month":
            return d.year * 12 + d.month - 1
        if self.kind == "quarter":
            return d.year * 4 + (d.month - 1) // 3
        if self.kind == "year":
            return d.year
        return d.toordinal() // self.step

    def window_at(self, idx: int) -> Window:
        """The window with ordinal ``idx`` (inverse of :meth:`index`)."""
        if self.kind == "day":
            d = date.fromordinal(idx)
            return Window(d, d)
        if self.kind == "week":
            s = date.fromordinal(idx * 7 + 1)
            return Window(s, s + timedelta(days=6))
        if self.kind in ("month", "quarter"):
            months = 1 if self.kind == "month" else 3
            first = idx if self.kind == "month" else idx * 3
            s = date(first // 12, first % 12 + 1, 1)
            nxt = first + months
            return Window(s, date(nxt // 12, nxt % 12 + 1, 1) - timedelta(days=1))
        if self.kind == "year":
            return Window(date(idx, 1, 1), date(idx, 12, 31))
        if self.kind == "rolling":
            e = date.fromordinal(idx * self.step)
            return Window(e - timedelta(days=self.days - 1), e)
        raise ValueError(self.kind)
