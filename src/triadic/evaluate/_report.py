"""The evaluation report: a typed result with stable JSON keys and a table rendering."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rich.table import Table

from triadic.evaluate._gold import Skipped
from triadic.evaluate._metrics import PRF, ActorScores, ClassScores

__all__ = ["EvaluationReport", "ClassSection", "PloverSection", "SpanSection", "render_table", "flat_rows"]


def _r(x: float) -> float:
    return round(x, 4)


@dataclass(slots=True)
class ClassSection:
    """Penta or quad class scores: on covered sentences, with a fallback, and with misses counted wrong.

    Args:
        covered: scores on sentences where triadic coded something (its main event's class).
        fallback: scores on all sentences, uncovered ones given ``fallback_label``.
        strict: scores on all sentences, uncovered ones counted wrong.
    """

    n: int
    covered: ClassScores
    fallback: ClassScores
    strict: ClassScores
    fallback_strategy: str
    fallback_label: str | None
    any_accuracy: float  # share of covered sentences where some coded event has the gold class

    def to_dict(self) -> dict[str, Any]:
        return {
            "macro_f1": _r(self.covered.macro_f1),
            "accuracy": _r(self.covered.accuracy),
            "n": self.n,
            "n_covered": self.covered.n,
            "coverage": _r(self.covered.n / self.n) if self.n else 0.0,
            "any_event_accuracy": _r(self.any_accuracy),
            "fallback": {"strategy": self.fallback_strategy, "label": self.fallback_label,
                         **self.fallback.to_dict(detail=False)},
            "strict": self.strict.to_dict(detail=False),
            "per_class": self.covered.per_class,
            "confusion": self.strict.confusion,
        }


@dataclass(slots=True)
class PloverSection:
    """PLOVER type accuracy of the main event (covered sentences) and the event-set P/R/F1 by type."""

    n: int
    covered: ClassScores
    events: PRF

    def to_dict(self) -> dict[str, Any]:
        return {
            "accuracy": _r(self.covered.accuracy), "macro_f1": _r(self.covered.macro_f1), "n": self.n,
            "n_covered": self.covered.n, **{k: v for k, v in self.events.to_dict().items()},
            "per_class": self.covered.per_class, "confusion": self.covered.confusion,
        }


@dataclass(slots=True)
class SpanSection:
    """Actor-span P/R/F1 by role (S, T, R, and all roles together), exact and by head token."""

    exact: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in ("S", "T", "R", "all")})
    head: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in ("S", "T", "R", "all")})
    n: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, **{role: {"exact": self.exact[role].to_dict(), "head": self.head[role].to_dict()}
                                for role in ("S", "T", "R", "all")}}


@dataclass(slots=True)
class EvaluationReport:
    """Everything one evaluation measured. ``to_dict`` holds only the metrics the gold supports."""

    files: list[str]
    formats: list[str]
    n: int = 0
    covered: int = 0
    gold_events: int = 0
    pred_events: int = 0
    root: PRF | None = None
    code3: PRF | None = None
    code: PRF | None = None
    triple: PRF | None = None
    per_root: dict[str, PRF] = field(default_factory=dict)
    root_confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    actor: ActorScores | None = None
    penta: ClassSection | None = None
    quad: ClassSection | None = None
    plover: PloverSection | None = None
    spans: SpanSection | None = None
    skipped: list[Skipped] = field(default_factory=list)
    limit: int | None = None
    modality: list[str] | None = None
    seconds: float = 0.0
    errors_written: int = 0

    @property
    def coverage(self) -> float:
        return self.covered / self.n if self.n else 0.0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"n": self.n, "coverage": _r(self.coverage), "files": self.files,
                               "formats": self.formats}
        if self.root is not None:
            out["events"] = {"gold": self.gold_events, "predicted": self.pred_events,
                             "extra": _r(self.root.fp / self.gold_events) if self.gold_events else None}
            out["root"] = {**self.root.to_dict(),
                           "per_class": {k: v.to_dict() for k, v in sorted(self.per_root.items())},
                           "confusion": self.root_confusion}
        for key in ("code3", "code", "triple"):
            val = getattr(self, key)
            if val is not None:
                out[key] = val.to_dict()
        if self.penta is not None:
            out["penta"] = self.penta.to_dict()
        if self.quad is not None:
            out["quad"] = self.quad.to_dict()
        if self.plover is not None:
            out["plover"] = self.plover.to_dict()
        if self.actor is not None and self.actor.n:
            out["actor"] = self.actor.to_dict()
        if self.spans is not None:
            out["spans"] = self.spans.to_dict()
        out["skipped"] = [s.to_dict() for s in self.skipped]
        out["limit"] = self.limit
        out["modality"] = self.modality
        out["seconds"] = round(self.seconds, 2)
        return out


def _f(x: float) -> str:
    return f"{x:.3f}"


def render_table(report: EvaluationReport) -> Table:
    """One table of the headline figures (the JSON output has the breakdowns)."""
    t = Table(title=f"triadic evaluation: {', '.join(report.files)}", title_justify="left")
    for col in ("metric", "P", "R", "F1 / acc", "n"):
        t.add_column(col, justify="left" if col == "metric" else "right")
    t.add_row("sentences (coverage)", "", "", _f(report.coverage), str(report.n))
    for name, prf in (("events: root", report.root), ("events: 3-digit code", report.code3),
                      ("events: full code", report.code), ("triples (src, tgt, root)", report.triple)):
        if prf is not None:
            t.add_row(name, _f(prf.p), _f(prf.r), _f(prf.f1), f"{prf.tp + prf.fn} gold")
    if report.root is not None and report.gold_events:
        t.add_row("extra events / gold events", "", "", _f(report.root.fp / report.gold_events),
                  f"{report.pred_events} coded")
    if report.actor is not None and report.actor.n:
        d = report.actor.to_dict()
        t.add_row("actor accuracy: country", "", "", _f(d["country"]), str(d["n"]))
        t.add_row("actor accuracy: country+role", "", "", _f(d["role"]), str(d["n"]))
    for name, sec in (("penta", report.penta), ("quad", report.quad)):
        if sec is None:
            continue
        t.add_row(f"{name}: macro-F1 / acc (covered)", "", "", f"{_f(sec.covered.macro_f1)} / "
                  f"{_f(sec.covered.accuracy)}", str(sec.covered.n))
        t.add_row(f"{name}: with fallback '{sec.fallback_strategy}'", "", "",
                  f"{_f(sec.fallback.macro_f1)} / {_f(sec.fallback.accuracy)}", str(sec.fallback.n))
        t.add_row(f"{name}: misses counted wrong", "", "",
                  f"{_f(sec.strict.macro_f1)} / {_f(sec.strict.accuracy)}", str(sec.strict.n))
    if report.plover is not None:
        pl = report.plover
        t.add_row("PLOVER type accuracy (covered)", "", "", _f(pl.covered.accuracy), str(pl.covered.n))
        t.add_row("PLOVER type event sets", _f(pl.events.p), _f(pl.events.r), _f(pl.events.f1),
                  f"{pl.events.tp + pl.events.fn} gold")
    if report.spans is not None:
        for role in ("S", "T", "R", "all"):
            ex, hd = report.spans.exact[role], report.spans.head[role]
            t.add_row(f"spans {role}: exact", _f(ex.p), _f(ex.r), _f(ex.f1), f"{ex.tp + ex.fn} gold")
            t.add_row(f"spans {role}: head token", _f(hd.p), _f(hd.r), _f(hd.f1), f"{hd.tp + hd.fn} gold")
    if report.skipped:
        t.add_row("skipped gold items (see stderr / JSON)", "", "", "", str(len(report.skipped)))
    return t


def flat_rows(report: EvaluationReport) -> list[tuple[str, str]]:
    """Every scalar of ``to_dict()`` as (dotted.key, value) rows, for CSV output."""
    rows: list[tuple[str, str]] = []

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(f"{prefix}.{k}" if prefix else str(k), v)
        elif isinstance(value, list):
            if prefix == "skipped":
                rows.append((prefix, str(len(value))))
            else:
                rows.append((prefix, ";".join(str(v) for v in value)))
        else:
            rows.append((prefix, "" if value is None else str(value)))

    walk("", report.to_dict())
    return rows
