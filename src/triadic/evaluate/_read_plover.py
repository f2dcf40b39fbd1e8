"""Reader for PLOVER gold JSON: an array of one-event records with source/target actor lists."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from triadic.errors import GoldFormatError
from triadic.evaluate._gold import GoldActor, GoldEvent, GoldRecord, GoldSet, Skipped, gold_actor
from triadic.evaluate._io import line_of, read_text, report_unknown
from triadic.evaluate._labels import PLOVER_LEGACY, PLOVER_TYPES, normalise_plover

__all__ = ["read_plover_json", "iter_json_array"]


def iter_json_array(text: str, path: Path) -> list[tuple[int, Any]]:
    """Decode a JSON array element by element, keeping the line each element starts on."""
    dec = json.JSONDecoder()
    n = len(text)

    def skip_ws(i: int) -> int:
        while i < n and text[i] in " \t\r\n":
            i += 1
        return i

    def bad(i: int, what: str, index: int) -> GoldFormatError:
        line = line_of(text, i)
        col = i - (text.rfind("\n", 0, i) + 1) + 1
        return GoldFormatError(f"{path}:{line}:{col}: malformed JSON in record #{index}: {what}; "
                               f"PLOVER gold is one JSON array of objects", code="E097")

    i = skip_ws(0)
    if i >= n or text[i] != "[":
        raise bad(i, "expected '[' at the start of the file", 0)
    i = skip_ws(i + 1)
    out: list[tuple[int, Any]] = []
    if i < n and text[i] == "]":
        return out
    while True:
        index = len(out) + 1
        try:
            obj, end = dec.raw_decode(text, i)
        except json.JSONDecodeError as exc:
            raise bad(exc.pos, exc.msg, index) from None
        out.append((line_of(text, i), obj))
        i = skip_ws(end)
        if i < n and text[i] == ",":
            i = skip_ws(i + 1)
            continue
        if i < n and text[i] == "]":
            return out
        raise bad(i, "expected ',' or ']' after the record", index)


def _actors(value: Any, *, field: str, where: str) -> tuple[GoldActor, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(gold_actor(it))
        elif isinstance(it, dict):
            code = it.get("code")
            if code is not None and not isinstance(code, str):
                raise GoldFormatError(f"{where}: '{field}' actor code must be a string, got {code!r}",
                                      code="E099")
            sector = it.get("sector")
            if isinstance(sector, list):  # some files list several sectors; the first is the main one
                sector = next((s for s in sector if isinstance(s, str)), None)
            out.append(gold_actor(code, role=sector if isinstance(sector, str) else None,
                                  text=it.get("actorText") if isinstance(it.get("actorText"), str) else None))
        else:
            raise GoldFormatError(f"{where}: '{field}' must be a list of actor objects "
                                  f"{{\"actorText\", \"code\"}}, got {it!r}", code="E099")
    return tuple(a for a in out if a.code or a.text)


def read_plover_json(path: Path, *, strict: bool = False) -> GoldSet:
    """Read PLOVER gold JSON; legacy labels are mapped (DEMAND→REQUEST, FIGHT→ASSAULT, ...).

    Records that share the same text are one sentence with several events.
    """
    text = read_text(path)
    gold = GoldSet(path=path, format="plover-json")
    by_text: dict[str, GoldRecord] = {}
    tainted: set[str] = set()
    for index, (line, obj) in enumerate(iter_json_array(text, path), start=1):
        rid = str(obj.get("id", f"#{index}")) if isinstance(obj, dict) else f"#{index}"
        where = f"{path}:{line} record '{rid}'"
        if not isinstance(obj, dict):
            raise GoldFormatError(f"{where}: expected a JSON object, got {type(obj).__name__}", code="E099")
        sentence = obj.get("text")
        if not isinstance(sentence, str) or not sentence.strip():
            raise GoldFormatError(f"{where}: missing or empty 'text'", code="E099")
        label = obj.get("event")
        if not isinstance(label, str) or not label.strip():
            raise GoldFormatError(f"{where}: missing 'event' (a PLOVER type such as AGREE)", code="E099")
        key = " ".join(sentence.split())
        ptype = normalise_plover(label)
        if ptype is None:
            tainted.add(key)
            report_unknown(gold, line=line, record=rid, strict=strict, message=(
                f"unknown PLOVER event type '{label}'; expected one of {', '.join(sorted(PLOVER_TYPES))} "
                f"or a legacy label ({', '.join(sorted(PLOVER_LEGACY))})"))
            continue
        event = GoldEvent(sources=_actors(obj.get("source"), field="source", where=where),
                          targets=_actors(obj.get("target"), field="target", where=where), plover=ptype)
        rec = by_text.get(key)
        if rec is None:
            date = obj.get("date")
            rec = GoldRecord(id=rid, text=key, file=str(path), line=line,
                             date=str(date) if date is not None else None, events=[], has_plover=True)
            by_text[key] = rec
            gold.records.append(rec)
        assert rec.events is not None
        rec.events.append(event)
    # A sentence with a skipped event cannot be scored fairly: its other events would look complete.
    for key in tainted & set(by_text):
        rec = by_text[key]
        gold.records.remove(rec)
        gold.skipped.append(Skipped(str(path), rec.line, rec.id,
                                    "sentence not scored: one of its events has an unknown label"))
    for rec in gold.records:
        rec.has_actors = bool(rec.events) and all(e.sources for e in rec.events or [])
    if not gold.records and not gold.skipped:
        raise GoldFormatError(f"{path}: the JSON array holds no records", code="E204")
    return gold
