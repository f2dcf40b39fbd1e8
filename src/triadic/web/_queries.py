"""Read queries behind the events explorer, the article view and the overview.

Every statement is a fixed SQL text with ``?`` placeholders; user values (already validated by
:mod:`triadic.web._params`) are only ever bound, never spliced. Lists get one placeholder per item.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from triadic.errors import InputError
from triadic.events.codebook import get_codebook
from triadic.store import Store
from triadic.web._highlight import Mark, anchor, segments
from triadic.web._models import (
    ActorCount,
    ActorOut,
    ArticleOut,
    ArticlesPage,
    ArticleSummary,
    DatasetCount,
    EventOut,
    EventsPage,
    MonthCount,
    OriginOut,
    Overview,
    QuoteOut,
    SegmentOut,
    SentenceOut,
    SpanOut,
    SpeakerOut,
)
from triadic.web._params import EventQuery

__all__ = ["list_events", "get_event", "get_article", "list_articles", "overview", "SELF_CODED"]

# the dataset name of events triadic coded itself; every other name is an import
SELF_CODED = "triadic"
# the event columns the dashboard shows; ``raw`` (whole imported lines) stays out of list responses
_COLS = (
    "id",
    "article_id",
    "dataset",
    "sentence_index",
    "sentence_text",
    "sentence_start",
    "sentence_end",
    "source_code",
    "source_country",
    "source_role",
    "source_name",
    "source_text",
    "source_start",
    "source_end",
    "target_code",
    "target_country",
    "target_role",
    "target_name",
    "target_text",
    "target_start",
    "target_end",
    "cameo",
    "root",
    "quad",
    "goldstein",
    "plover_type",
    "plover_mode",
    "modality",
    "event_date",
    "date_precision",
    "trigger_text",
    "trigger_start",
    "trigger_end",
    "attributed_to",
    "confidence",
    "rule",
    "origin_file",
    "origin_line",
    "origin_id",
)
_SELECT = ", ".join(f"e.{c}" for c in _COLS)


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _side(prefix: str) -> str:
    return f"(e.{prefix}_code = ? OR e.{prefix}_country = ?)"


def where_clause(q: EventQuery) -> tuple[str, list[Any]]:
    """The WHERE text (fixed fragments only) and its bound parameters."""
    parts: list[str] = []
    params: list[Any] = []
    if q.actors:
        m = _marks(len(q.actors))
        parts.append(
            f"(e.source_code IN ({m}) OR e.source_country IN ({m}) OR e.target_code IN ({m}) "
            f"OR e.target_country IN ({m}))"
        )
        params += list(q.actors) * 4
    if q.dyad:
        a, b = q.dyad
        fwd = f"({_side('source')} AND {_side('target')})"
        if q.directed:
            parts.append(fwd)
            params += [a, a, b, b]
        else:
            parts.append(f"({fwd} OR {fwd})")
            params += [a, a, b, b, b, b, a, a]
    if q.codes:
        parts.append("(" + " OR ".join("starts_with(e.cameo, ?)" for _ in q.codes) + ")")
        params += list(q.codes)
    if q.roots:
        parts.append(f"e.root IN ({_marks(len(q.roots))})")
        params += list(q.roots)
    if q.quads:
        parts.append(f"e.quad IN ({_marks(len(q.quads))})")
        params += list(q.quads)
    if q.modalities:
        # imported events carry no modality; they report what happened, so they count as asserted
        parts.append(f"coalesce(e.modality, 'asserted') IN ({_marks(len(q.modalities))})")
        params += list(q.modalities)
    if q.datasets:
        parts.append(f"e.dataset IN ({_marks(len(q.datasets))})")
        params += list(q.datasets)
    if q.start:
        parts.append("e.event_date >= ?")
        params.append(q.start)
    if q.end:
        parts.append("e.event_date <= ?")
        params.append(q.end)
    if q.article:
        parts.append("e.article_id = ?")
        params.append(q.article)
    if q.ids:
        parts.append(f"e.id IN ({_marks(len(q.ids))})")
        params += list(q.ids)
    return (" AND ".join(parts) or "TRUE"), params


def _rows(store: Store, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    cur = store.con.execute(sql, list(params))
    cols = [d[0] for d in cur.description or []]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _iso(v: date | datetime | None) -> str | None:
    return v.isoformat() if v is not None else None


def _quote_out(r: dict[str, Any]) -> QuoteOut:
    return QuoteOut(
        id=r["id"],
        speaker=SpeakerOut(
            name=r["speaker_name"], affiliation=r["speaker_affiliation"], code=r["speaker_code"]
        ),
        text=r["text"],
        start=r["start_char"],
        end=r["end_char"],
        kind=r["kind"],
    )


def _quotes_for(store: Store, article_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    ids = sorted({a for a in article_ids if a})
    if not ids:
        return {}
    rows = _rows(
        store, f"SELECT * FROM quotes WHERE article_id IN ({_marks(len(ids))}) ORDER BY start_char", ids
    )
    out: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        out.setdefault(r["article_id"], []).append(r)
    return out


def _quote_of(r: dict[str, Any], quotes: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The quote the event was coded from: the one holding its trigger, else the one holding its sentence."""
    for pos in (r["trigger_start"], r["sentence_start"]):
        if pos is None:
            continue
        for q in quotes:
            if (
                q["start_char"] is not None
                and q["end_char"] is not None
                and q["start_char"] <= pos < q["end_char"]
            ):
                return q
    return None


def _cameo_name(code: str | None) -> str | None:
    book = get_codebook()
    return book.lookup(code).name if code and code in book else None


def _event_marks(r: dict[str, Any], text: str, offset: int) -> list[Mark]:
    out = []
    for kind in ("source", "target", "trigger"):
        m = anchor(text, offset, kind, r[f"{kind}_start"], r[f"{kind}_end"], r[f"{kind}_text"], r["id"])
        if m is not None:
            out.append(m)
    return out


def event_out(r: dict[str, Any], quotes: list[dict[str, Any]]) -> EventOut:
    """An event row as the API shows it, its sentence highlighted when the event has spans."""
    sentence = highlighted = None
    if r["sentence_text"]:
        off = r["sentence_start"] if r["sentence_start"] is not None else 0
        sentence = SentenceOut(
            index=r["sentence_index"],
            text=r["sentence_text"],
            start=r["sentence_start"],
            end=r["sentence_end"],
        )
        highlighted = [
            SegmentOut(**s.to_dict())
            for s in segments(r["sentence_text"], off, _event_marks(r, r["sentence_text"], off))
        ]

    def actor(side: str) -> ActorOut | None:
        if r[f"{side}_code"] is None and r[f"{side}_text"] is None:
            return None
        return ActorOut(
            code=r[f"{side}_code"],
            country=r[f"{side}_country"],
            role=r[f"{side}_role"],
            name=r[f"{side}_name"],
            text=r[f"{side}_text"],
            start=r[f"{side}_start"],
            end=r[f"{side}_end"],
        )

    trig = None
    if r["trigger_text"] is not None or r["trigger_start"] is not None:
        trig = SpanOut(text=r["trigger_text"], start=r["trigger_start"], end=r["trigger_end"])
    origin = None
    if r["origin_file"] or r["origin_id"]:
        origin = OriginOut(file=r["origin_file"], line=r["origin_line"], id=r["origin_id"])
    q = _quote_of(r, quotes)
    return EventOut(
        id=r["id"],
        article_id=r["article_id"],
        dataset=r["dataset"],
        date=_iso(r["event_date"]),
        date_precision=r["date_precision"],
        cameo=r["cameo"],
        cameo_name=_cameo_name(r["cameo"]),
        root=r["root"],
        quad=r["quad"],
        goldstein=r["goldstein"],
        modality=r["modality"],
        plover_type=r["plover_type"],
        plover_mode=r["plover_mode"],
        confidence=r["confidence"],
        rule=r["rule"],
        source=actor("source"),
        target=actor("target"),
        trigger=trig,
        sentence=sentence,
        highlighted=highlighted,
        attributed_to=r["attributed_to"],
        quote=_quote_out(q) if q else None,
        article_url=f"/articles/{r['article_id']}" if r["article_id"] and r["sentence_text"] else None,
        origin=origin,
    )


def list_events(store: Store, q: EventQuery, page: int, per_page: int) -> EventsPage:
    """One page of the events matching ``q``, by date then id, with the total count."""
    where, params = where_clause(q)
    total = int(_rows(store, f"SELECT count(*) AS n FROM events e WHERE {where}", params)[0]["n"])
    pages = max(1, -(-total // per_page))
    rows = _rows(
        store,
        f"SELECT {_SELECT} FROM events e WHERE {where} "
        "ORDER BY e.event_date NULLS LAST, e.id LIMIT ? OFFSET ?",
        [*params, per_page, (page - 1) * per_page],
    )
    quotes = _quotes_for(store, [r["article_id"] for r in rows if r["sentence_text"]])
    events = [event_out(r, quotes.get(r["article_id"], [])) for r in rows]
    return EventsPage(total=total, page=page, per_page=per_page, pages=pages, events=events)


def get_event(store: Store, event_id: str) -> EventOut:
    """One event by id; InputError E162 when there is none."""
    rows = _rows(store, f"SELECT {_SELECT} FROM events e WHERE e.id = ?", [event_id])
    if not rows:
        raise InputError(f"no event '{event_id}' in this store; find ids with /api/events", code="E162")
    quotes = _quotes_for(store, [rows[0]["article_id"]])
    return event_out(rows[0], quotes.get(rows[0]["article_id"], []))


def get_article(store: Store, article_id: str) -> ArticleOut:
    """An article with its text cut at every event span and quote; InputError E162 when there is none."""
    arts = _rows(
        store,
        "SELECT id, title, byline, published, source, url, dateline, text FROM articles WHERE id = ?",
        [article_id],
    )
    if not arts:
        raise InputError(
            f"no article '{article_id}' in this store; imported events (GDELT, ICEWS, POLECAT) have "
            "no stored article text",
            code="E162",
        )
    a = arts[0]
    rows = _rows(
        store,
        f"SELECT {_SELECT} FROM events e WHERE e.article_id = ? "
        "ORDER BY e.sentence_start NULLS LAST, e.trigger_start, e.id",
        [article_id],
    )
    quotes = _quotes_for(store, [article_id]).get(article_id, [])
    text: str = a["text"]
    marks: list[Mark] = []
    for r in rows:
        # sentence offsets locate the spans; a span whose text does not match is searched for in its sentence
        sent = r["sentence_text"] or ""
        off = r["sentence_start"] if r["sentence_start"] is not None else 0
        if sent and text[off : off + len(sent)] == sent:
            marks += _event_marks(r, sent, off)
        else:
            marks += _event_marks(r, text, 0)
    for qr in quotes:
        m = anchor(text, 0, "quote", qr["start_char"], qr["end_char"], qr["text"], qr["id"])
        if m is not None:
            marks.append(m)
    return ArticleOut(
        id=a["id"],
        title=a["title"],
        byline=a["byline"],
        published=_iso(a["published"]),
        source=a["source"],
        url=a["url"],
        dateline=a["dateline"],
        text=text,
        segments=[SegmentOut(**s.to_dict()) for s in segments(text, 0, marks)],
        events=[event_out(r, quotes) for r in rows],
        quotes=[_quote_out(qr) for qr in quotes],
    )


def list_articles(store: Store, page: int, per_page: int) -> ArticlesPage:
    """Stored articles, newest first, with their event counts."""
    total = int(_rows(store, "SELECT count(*) AS n FROM articles", [])[0]["n"])
    rows = _rows(
        store,
        """
        SELECT a.id, a.title, a.published, a.source, count(e.id) AS events
        FROM articles a LEFT JOIN events e ON e.article_id = a.id
        GROUP BY a.id, a.title, a.published, a.source
        ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?""",
        [per_page, (page - 1) * per_page],
    )
    return ArticlesPage(
        total=total,
        page=page,
        per_page=per_page,
        articles=[
            ArticleSummary(
                id=r["id"],
                title=r["title"],
                published=_iso(r["published"]),
                source=r["source"],
                events=int(r["events"]),
            )
            for r in rows
        ],
    )


def overview(store: Store, top: int = 15) -> Overview:
    """Counts, date range, datasets, the busiest actors and events per month."""
    counts = _rows(
        store,
        """
        SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM sentences) AS sentences,
               (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM quotes) AS quotes,
               (SELECT min(event_date) FROM events) AS lo, (SELECT max(event_date) FROM events) AS hi""",
        [],
    )[0]
    ds = _rows(
        store,
        """
        SELECT dataset, count(*) AS n, min(event_date) AS lo, max(event_date) AS hi FROM events
        GROUP BY dataset ORDER BY n DESC, dataset""",
        [],
    )
    # one grouped scan gives both the number of distinct actors and the busiest ones
    top_rows = _rows(
        store,
        """
        WITH c AS (SELECT x, count(*) AS n FROM (SELECT source_code AS x FROM events UNION ALL
                                                 SELECT target_code FROM events)
                   WHERE x IS NOT NULL GROUP BY x)
        SELECT (SELECT count(*) FROM c) AS total, x AS actor, n FROM c ORDER BY n DESC, x LIMIT ?""",
        [top],
    )
    actors = top_rows[0]["total"] if top_rows else 0
    months = _rows(
        store,
        """
        SELECT strftime(date_trunc('month', event_date), '%Y-%m') AS m, count(*) AS n FROM events
        WHERE event_date IS NOT NULL GROUP BY m ORDER BY m""",
        [],
    )
    return Overview(
        store=store.path,
        articles=counts["articles"],
        sentences=counts["sentences"],
        events=counts["events"],
        quotes=counts["quotes"],
        actors=int(actors),
        first_date=_iso(counts["lo"]),
        last_date=_iso(counts["hi"]),
        datasets=[
            DatasetCount(
                dataset=r["dataset"],
                kind="self-coded" if r["dataset"] == SELF_CODED else "imported",
                events=r["n"],
                first_date=_iso(r["lo"]),
                last_date=_iso(r["hi"]),
            )
            for r in ds
        ],
        top_actors=[ActorCount(actor=r["actor"], events=r["n"]) for r in top_rows],
        monthly=[MonthCount(month=r["m"], events=r["n"]) for r in months],
    )
