"""A stand-in coder for the evaluation tests: it returns events written by the test, not by triadic."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from triadic.events.codebook import get_codebook
from triadic.model import Actor, ActorRef, Article, CodedArticle, Event, Sentence, Span, content_id


@dataclass(frozen=True)
class Spec:
    """One event to return: actor words (found in the text), their codes, and the CAMEO code."""

    source: str
    source_code: str
    target: str | None
    target_code: str | None
    code: str
    confidence: float = 1.0
    modality: str = "asserted"


def _ref(text: str, words: str, code: str) -> ActorRef:
    start = text.index(words)
    country = code[:3]
    role = code[3:6] or None
    return ActorRef(actor=Actor(code=code, country=country, role=role, name=words), text=words, start=start,
                    end=start + len(words))


class FakeCoder:
    """Codes each text with the specs the test gave for it (or nothing)."""

    def __init__(self, table: dict[str, list[Spec]], nlp: object | None = None) -> None:
        self.table = table
        self.calls = 0
        self.published: list[date | None] = []  # the publication date of each text coded, in order
        if nlp is not None:
            self.nlp = nlp

    def code_texts(self, texts: Sequence[str], published: date | None = None) -> list[CodedArticle]:
        self.calls += 1
        self.published.extend(published for _ in texts)
        book = get_codebook()
        out = []
        for text in texts:
            art = Article(id=content_id(text), text=text)
            sent = Sentence(index=0, text=text, start=0, end=len(text))
            events = []
            for i, s in enumerate(self.table.get(text, [])):
                src = _ref(text, s.source, s.source_code)
                tgt = _ref(text, s.target, s.target_code) if s.target and s.target_code else None
                info = book.lookup(s.code)
                events.append(Event(
                    id=f"e{i}", article_id=art.id, sentence=sent, source=src, target=tgt, cameo=s.code,
                    root=info.root, quad=info.quad, goldstein=info.goldstein,
                    trigger=Span(text="", start=src.end, end=src.end), plover_type=info.plover_type,
                    confidence=s.confidence, modality=s.modality,  # type: ignore[arg-type]
                ))
            out.append(CodedArticle(article=art, sentences=[sent], events=events, quotes=[]))
        return out
