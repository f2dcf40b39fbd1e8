"""Reader for PETRARCH validation XML: ``<Sentence>`` records with ``<EventCoding>`` and ``<Text>``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from triadic.errors import GoldFormatError
from triadic.evaluate._gold import GoldActor, GoldEvent, GoldRecord, GoldSet, Skipped, gold_actor
from triadic.evaluate._io import cameo_code, read_text, report_unknown
from triadic.events.codebook import get_codebook

__all__ = ["read_petrarch_xml"]

_CODING_KEYS = {"sourcecode", "targetcode", "eventcode"}
_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_DOCTYPE = re.compile(r"<!DOCTYPE[^>]*>")
_WRAP = "triadic-gold-root"


@dataclass(slots=True)
class _Pending:
    """A <Sentence> being read."""

    id: str
    date: str | None
    line: int
    codings: list[GoldEvent] = field(default_factory=list)
    skipped_codings: int = 0
    noevents: bool = False
    text: list[str] | None = None


def _blank_keep_lines(m: re.Match[str]) -> str:
    # Replace markup we cannot nest inside the wrapper, keeping line numbers intact.
    return "\n" * m.group(0).count("\n")


def _actor(code: str | None) -> tuple[GoldActor, ...]:
    actor = gold_actor(code)
    return (actor,) if actor.code and actor.code.strip("-") else ()


def read_petrarch_xml(path: Path, *, strict: bool = False) -> GoldSet:
    """Read a PETRARCH validation file (any root element, comments, <Parse> ignored)."""
    raw = read_text(path)
    body = _DOCTYPE.sub(_blank_keep_lines, _DECL.sub(_blank_keep_lines, raw, count=1))
    gold = GoldSet(path=path, format="petrarch-xml")
    book = get_codebook()
    parser = expat.ParserCreate()
    state: dict[str, _Pending | None] = {"cur": None}
    in_text = [False]

    def start(name: str, attrs: dict[str, str]) -> None:
        line = parser.CurrentLineNumber
        cur = state["cur"]
        if name == "Sentence":
            if cur is not None:
                raise GoldFormatError(f"{path}:{line}: <Sentence> opened inside record '{cur.id}' "
                                      f"(line {cur.line}); close it with </Sentence>", code="E096")
            rid = attrs.get("id") or f"line{line}"
            state["cur"] = _Pending(id=rid, date=attrs.get("date"), line=line)
            return
        if cur is None:
            return
        if name == "EventCoding":
            _coding(cur, attrs, line)
        elif name == "Text":
            in_text[0] = True
            cur.text = cur.text if cur.text is not None else []

    def _coding(cur: _Pending, attrs: dict[str, str], line: int) -> None:
        if attrs.get("noevents", "").strip().lower() == "true":
            cur.noevents = True
            return
        extra = sorted(set(attrs) - _CODING_KEYS)
        if extra:
            cur.skipped_codings += 1
            shown = ", ".join(f"{k}={attrs[k]!r}" for k in extra)
            gold.skipped.append(Skipped(str(path), line, cur.id, f"<EventCoding> with {shown} skipped"))
            return
        raw_code = attrs.get("eventcode", "").strip()
        if not raw_code:
            raise GoldFormatError(f"{path}:{line} record '{cur.id}': <EventCoding> has no eventcode; "
                                  f"add eventcode=\"042\" or use noevents=\"True\"", code="E099")
        code = cameo_code(raw_code, restore_zero=False)
        if code is None:
            cur.skipped_codings += 1
            report_unknown(gold, line=line, record=cur.id, strict=strict,
                           message=f"unknown CAMEO event code '{raw_code}' (expected a code such as 042)")
            return
        cur.codings.append(GoldEvent(
            sources=_actor(attrs.get("sourcecode")), targets=_actor(attrs.get("targetcode")),
            code=code, plover=book.lookup(code).plover_type,
        ))

    def end(name: str) -> None:
        cur = state["cur"]
        if name == "Text":
            in_text[0] = False
        if name != "Sentence" or cur is None:
            return
        state["cur"] = None
        _finish(cur)

    def _finish(cur: _Pending) -> None:
        text = " ".join("".join(cur.text or []).split())
        if not text:
            raise GoldFormatError(f"{path}:{cur.line} record '{cur.id}': <Sentence> has no <Text>; "
                                  f"every record needs its sentence text", code="E099")
        if not cur.codings and not cur.noevents:
            why = ("all its <EventCoding> elements were skipped" if cur.skipped_codings
                   else "it has no <EventCoding> (use <EventCoding noevents=\"True\"/> for none)")
            gold.skipped.append(Skipped(str(path), cur.line, cur.id, f"sentence not scored: {why}"))
            return
        events = cur.codings
        label = get_codebook().lookup(events[0].code).penta if events and events[0].code else None
        gold.records.append(GoldRecord(
            id=cur.id, text=text, file=str(path), line=cur.line, date=cur.date, events=events,
            has_codes=True, has_actors=True, has_plover=True, label=label,
        ))

    def chars(data: str) -> None:
        cur = state["cur"]
        if in_text[0] and cur is not None and cur.text is not None:
            cur.text.append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    try:
        # The wrapper lets files without one root element parse; it adds no newline.
        parser.Parse(f"<{_WRAP}>{body}</{_WRAP}>", True)
    except expat.ExpatError as exc:
        cur = state["cur"]
        where = f" in record '{cur.id}' (opened at line {cur.line})" if cur else ""
        col = exc.offset + 1 - (len(_WRAP) + 2 if exc.lineno == 1 else 0)
        raise GoldFormatError(
            f"{path}:{exc.lineno}:{col}: malformed XML{where}: {expat.ErrorString(exc.code)}; "
            f"fix the markup (escape '&' as '&amp;' and '<' as '&lt;' inside <Text>)", code="E096",
        ) from None
    if not gold.records and not gold.skipped:
        raise GoldFormatError(f"{path}: no <Sentence> records found; is this a PETRARCH validation file?",
                              code="E204")
    return gold
