"""Reader for triadic's own JSONL gold: one sentence or article a line with its expected events.

Each line is an object::

    {"id": "s1", "text": "...", "date": "2024-05-01",
     "events": [{"source": "USAGOV", "target": "CHN", "code": "042", "plover": "CONSULT"}],
     "label": 1}

``text`` is required. ``events`` lists the expected events (``[]`` = the text has none, so anything
coded is false); leave it out for a class-only record. In an event, ``source``/``target`` are CAMEO
actor codes (a list means "any of these"; null or absent = not annotated), ``code`` a CAMEO code and
``plover`` a PLOVER type (derived from ``code`` when absent). ``label`` is the penta class 0-4 of the
main event (derived from the first event's code when absent). Keys starting with ``_`` are ignored.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from triadic.errors import GoldFormatError
from triadic.evaluate._gold import GoldActor, GoldEvent, GoldRecord, GoldSet, gold_actor
from triadic.evaluate._io import cameo_code, read_text, report_unknown
from triadic.evaluate._labels import PLOVER_TYPES, normalise_plover
from triadic.events.codebook import get_codebook

__all__ = ["read_jsonl_gold", "RECORD_KEYS", "EVENT_KEYS"]

RECORD_KEYS = ("id", "text", "date", "events", "label")
EVENT_KEYS = ("source", "target", "code", "plover")


class _Unknown(Exception):
    """An unknown label inside one record (turned into a report or a strict error)."""


def _actors(value: Any, where: str, key: str) -> tuple[GoldActor, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str) for v in items):
        raise GoldFormatError(f"{where}: event '{key}' must be an actor code or a list of codes, "
                              f"got {value!r}", code="E099")
    return tuple(a for a in (gold_actor(v) for v in items) if a.code)


def _event(obj: Any, where: str) -> GoldEvent:
    if not isinstance(obj, dict):
        raise GoldFormatError(f"{where}: each event must be an object such as "
                              f"{{\"source\": \"USA\", \"target\": \"CHN\", \"code\": \"042\"}}", code="E099")
    extra = sorted(k for k in obj if k not in EVENT_KEYS and not k.startswith("_"))
    if extra:
        raise GoldFormatError(f"{where}: unknown event key(s) {', '.join(extra)}; "
                              f"allowed: {', '.join(EVENT_KEYS)}", code="E099")
    code = plover = None
    if obj.get("code") is not None:
        code = cameo_code(str(obj["code"]))
        if code is None:
            raise _Unknown(f"unknown CAMEO event code '{obj['code']}' (expected a code such as 042)")
    if obj.get("plover") is not None:
        plover = normalise_plover(str(obj["plover"]))
        if plover is None:
            raise _Unknown(f"unknown PLOVER type '{obj['plover']}'; expected one of "
                           f"{', '.join(sorted(PLOVER_TYPES))}")
    elif code is not None:
        plover = get_codebook().lookup(code).plover_type
    return GoldEvent(sources=_actors(obj.get("source"), where, "source"),
                     targets=_actors(obj.get("target"), where, "target"), code=code, plover=plover)


def _record(obj: Any, path: Path, n: int) -> GoldRecord:
    rid = str(obj.get("id", f"line{n}")) if isinstance(obj, dict) else f"line{n}"
    where = f"{path}:{n} record '{rid}'"
    if not isinstance(obj, dict):
        raise GoldFormatError(f"{where}: each line must be a JSON object", code="E099")
    extra = sorted(k for k in obj if k not in RECORD_KEYS and not k.startswith("_"))
    if extra:
        raise GoldFormatError(f"{where}: unknown key(s) {', '.join(extra)}; allowed: "
                              f"{', '.join(RECORD_KEYS)} (prefix private keys with '_')", code="E099")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise GoldFormatError(f"{where}: missing or empty 'text'", code="E099")
    events: list[GoldEvent] | None = None
    if obj.get("events") is not None:
        if not isinstance(obj["events"], list):
            raise GoldFormatError(f"{where}: 'events' must be a list (use [] for no events)", code="E099")
        events = [_event(e, f"{where} event #{i}") for i, e in enumerate(obj["events"], start=1)]
    label = obj.get("label")
    if label is not None and label not in (0, 1, 2, 3, 4):
        raise _Unknown(f"unknown penta class {label!r}; expected 0, 1, 2, 3 or 4")
    if label is None and events:
        first = events[0].code
        label = get_codebook().lookup(first).penta if first else None
    evs = events or []
    return GoldRecord(
        id=rid, text=text.strip(), file=str(path), line=n,
        date=str(obj["date"]) if obj.get("date") is not None else None, events=events,
        has_codes=events is not None and all(e.code for e in evs),
        has_actors=events is not None and all(e.sources for e in evs),
        has_plover=events is not None and all(e.plover or (e.code or "").startswith("01") for e in evs),
        label=label,
    )


def read_jsonl_gold(path: Path, *, strict: bool = False) -> GoldSet:
    """Read triadic JSONL gold (format above); blank lines are allowed."""
    text = read_text(path)
    gold = GoldSet(path=path, format="jsonl")
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{path}:{n}:{exc.colno}: malformed JSON: {exc.msg}; each line must be "
                                  f"one JSON object", code="E097") from None
        try:
            gold.records.append(_record(obj, path, n))
        except _Unknown as exc:
            rid = str(obj.get("id", f"line{n}")) if isinstance(obj, dict) else f"line{n}"
            report_unknown(gold, line=n, record=rid, strict=strict, message=str(exc))
    if not gold.records and not gold.skipped:
        raise GoldFormatError(f"{path}: no records (one JSON object a line)", code="E204")
    return gold
