"""A small synthetic store for the dashboard tests, written through the real Store API.

The sentences are written for these tests. Three countries form a romantic triangle (China friendly with
both North Korea and the United States, those two hostile), over six months, plus two imported GDELT-style
events without spans; each article reports its threat as a quote.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from triadic.events.codebook import get_codebook
from triadic.model import (
    Actor,
    ActorRef,
    Article,
    CodedArticle,
    Event,
    Quote,
    Sentence,
    Span,
    Speaker,
    content_id,
    event_id,
)
from triadic.store import Store

ACTORS = {
    "PRK": Actor("PRKGOV", "PRK", "GOV", "North Korea"),
    "CHN": Actor("CHNGOV", "CHN", "GOV", "China"),
    "USA": Actor("USAGOV", "USA", "GOV", "United States"),
    "KOR": Actor("KORGOV", "KOR", "GOV", "South Korea"),
}
MONTHS = ["January", "February", "March", "April", "May", "June"]
NAMES = {"PRK": "Pyongyang", "CHN": "Beijing", "USA": "Washington", "KOR": "Seoul"}


@dataclass(frozen=True)
class Line:
    """One sentence pattern: '<src> <verb> <tgt> ...' coded as ``cameo``."""

    src: str
    verb: str
    tgt: str
    tail: str
    cameo: str
    modality: str = "asserted"


LINES = [
    Line("CHN", "praised", "PRK", " for its restraint at the border talks.", "051"),
    Line("PRK", "thanked", "CHN", " for food aid delivered by rail.", "051"),
    Line("CHN", "hosted", "USA", " trade envoys for a second round of talks.", "043"),
    Line("USA", "praised", "CHN", " for enforcing the agreed measures.", "051"),
    Line("PRK", "threatened", "USA", " with new missile launches near its bases.", "138"),
    Line("USA", "accused", "PRK", " of hiding launch sites from inspectors.", "112"),
    Line("KOR", "may visit", "PRK", " next month if the talks go well.", "042", "hypothetical"),
]


def _article(month: int, lines: list[Line]) -> CodedArticle:
    book = get_codebook()
    text_parts: list[str] = []
    sentences: list[Sentence] = []
    spans: list[tuple[Line, int, int, int, int, int, int]] = []
    pos = 0
    for i, ln in enumerate(lines):
        src, tgt = NAMES[ln.src], NAMES[ln.tgt]
        s = f"{src} {ln.verb} {tgt}{ln.tail}"
        start = pos
        sentences.append(Sentence(i, s, start, start + len(s)))
        spans.append(
            (
                ln,
                start,
                start + len(src),
                start + len(src) + 1,
                start + len(src) + 1 + len(ln.verb),
                start + len(src) + 2 + len(ln.verb),
                start + len(src) + 2 + len(ln.verb) + len(tgt),
            )
        )
        text_parts.append(s)
        pos += len(s) + 1
    body = (
        " ".join(text_parts) + f" Officials repeated the warning on state television in {MONTHS[month - 1]}."
    )
    aid = content_id(body)
    art = Article(
        id=aid,
        text=body,
        title=f"Peninsula diplomacy, month {month}",
        published=datetime(2018, month, 15, 9, 0),
        source="test wire",
    )
    events = []
    for (ln, s0, s1, v0, v1, t0, t1), sent in zip(spans, sentences, strict=True):
        info = book.lookup(ln.cameo.strip())
        src_ref = ActorRef(ACTORS[ln.src], body[s0:s1], s0, s1)
        tgt_ref = ActorRef(ACTORS[ln.tgt], body[t0:t1], t0, t1)
        events.append(
            Event(
                id=event_id(aid, sent.index, ln.cameo),
                article_id=aid,
                sentence=sent,
                source=src_ref,
                target=tgt_ref,
                cameo=info.code,
                root=info.root,
                quad=info.quad,
                goldstein=info.goldstein,
                trigger=Span(body[v0:v1], v0, v1),
                modality=ln.modality,
                date=date(2018, month, 10),
                date_precision="day",
                plover_type=info.plover_type,
                attributed_to="PRKGOV" if sent.index == 4 else None,
            )
        )
    # the threat (sentence 4) is reported as a quote from a named official
    threat = sentences[4]
    quote = Quote(
        id="q" + aid[1:],
        speaker=Speaker("Ri Son-gwon", "North Korean foreign ministry", "PRKGOV"),
        text=threat.text,
        start=threat.start,
        end=threat.end,
        kind="reported",
    )
    return CodedArticle(art, sentences, events, [quote])


def imported_rows() -> list[dict[str, object]]:
    """Two GDELT-style rows: no article text, no spans."""
    return [
        {
            "id": "gdelt-1",
            "dataset": "gdelt",
            "source_code": "PRK",
            "source_country": "PRK",
            "target_code": "KOR",
            "target_country": "KOR",
            "cameo": "036",
            "root": "03",
            "quad": 1,
            "goldstein": 4.0,
            "event_date": date(2018, 4, 27),
            "origin_file": "20180427.export.CSV",
            "origin_line": 7,
            "origin_id": "744839201",
        },
        {
            "id": "gdelt-2",
            "dataset": "gdelt",
            "source_code": "KOR",
            "source_country": "KOR",
            "target_code": "PRK",
            "target_country": "PRK",
            "cameo": "040",
            "root": "04",
            "quad": 1,
            "goldstein": 1.0,
            "event_date": date(2018, 4, 27),
            "origin_file": "20180427.export.CSV",
            "origin_line": 9,
            "origin_id": "744839202",
        },
    ]


def build_sample_store(path: Path) -> Path:
    """Write six monthly articles (42 events, 6 quotes) and two imported events into ``path``."""
    with Store(path) as st:
        st.write_coded([_article(m, LINES) for m in range(1, 7)])
        st.insert_events(imported_rows())
    return path
