"""One call from article to coded events: parse → actors → events."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from triadic.config import Settings, load_settings
from triadic.model import Article, CodedArticle, Event, Sentence, content_id
from triadic.nlp import load_pipeline

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from triadic.actors import ActorResolver
    from triadic.events import EventCoder

__all__ = ["Coder", "sentences_of"]

NO_DATE_WARNING = (
    "no publication date found and no --date given: events are coded without dates "
    "(pass --date YYYY-MM-DD to resolve 'on Wednesday', 'last week' ...)"
)


def sentences_of(doc: Doc) -> list[Sentence]:
    """The doc's sentences as records with character offsets into ``doc.text``."""
    from triadic.nlp._docs import doc_sents, doc_text  # loads spaCy: not at import time

    out = []
    # ``Span.text`` joins the span's tokens anew; the doc's text holds the same characters (made once per
    # doc, as are its sentences, for the coder's other passes too)
    whole = doc_text(doc)
    for i, s in enumerate(doc_sents(doc)):
        # spaCy hangs the paragraph break on the sentence before it; the record ends at the last word
        text = whole[s.start_char : s.end_char].rstrip()
        out.append(Sentence(index=i, text=text, start=s.start_char, end=s.start_char + len(text)))
    return out


def _as_datetime(value: date | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.combine(value, time())


class Coder:
    """The triadic coding pipeline. Load once, then code many articles.

    Args:
        settings: all tunables; defaults to :func:`triadic.config.load_settings`.
        nlp, resolver, event_coder: injected components (tests swap them); built from settings if None.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        nlp: Language | None = None,
        resolver: ActorResolver | None = None,
        event_coder: EventCoder | None = None,
    ) -> None:
        from triadic.actors import ActorResolver
        from triadic.events import EventCoder
        from triadic.events.classifier import load_classifier

        self.settings = settings or load_settings()
        self.nlp = nlp or load_pipeline(self.settings.spacy_model)
        self.resolver = resolver or ActorResolver.from_settings(self.settings, self.nlp)
        self.event_coder = event_coder or EventCoder.from_settings(
            self.settings, classifier=load_classifier(self.settings))
        # the event patterns' words, lower-cased in a title-case headline before it is parsed
        self._event_words: frozenset[str] | None = None

    def _headline_parse(self, text: str) -> Doc | None:
        """The parse of a headline read as plain prose (``nlp._recase``): title case as sentence case, a
        speaker label's colon as "says", a verbless trip's "in" as "visits"; None for any other text."""
        from triadic.nlp._recase import (
            parse_over,
            parse_said,
            parse_trip,
            recased_headline,
            said_label,
            trip_headline,
        )

        if self._event_words is None:
            patterns = self.event_coder.patterns
            self._event_words = frozenset((*patterns.verbs, *patterns.nouns))
        terms = self.resolver.dictionary.terms
        recased = recased_headline(text, self.nlp.Defaults.stop_words, self._event_words,
                                   lambda name: name in terms)
        # "Erdogan: Turkey will not ..." quotes its label, as "Erdogan says ..." would: parsed so, the
        # label is the speaker and the quote a reported clause, not a subject beside the quote's own
        reading = recased if recased is not None else text
        said = said_label(reading)
        doc = parse_said(self.nlp, text, said) if said is not None else None
        if doc is not None:
            return doc
        # "Iraqi PM in Tehran for talks": the verbless trip headline is read as "... visits Tehran ..."
        trip = trip_headline(reading)
        doc = parse_trip(self.nlp, text, trip, lambda name: any(
            e.via == "leader" for e in terms.get(name, ()))) if trip is not None else None
        if doc is not None:
            return doc
        return parse_over(self.nlp, text, recased) if recased is not None else None

    def _code_doc(self, article: Article, doc: Doc) -> CodedArticle:
        from triadic.nlp._docs import forget_docs, prime_text

        # the per-document memos know a document by identity alone: a document coded anew is read afresh
        forget_docs()
        self.event_coder.repair_parse(doc)
        # ``doc`` is the parse of the article's text: its text need not be joined from the tokens again
        prime_text(doc, article.text)
        sentences = sentences_of(doc)
        mentions = self.resolver.resolve(doc, ref_date=article.reference_date, dateline=article.dateline)
        events, quotes = self.event_coder.code_doc(doc, article, sentences, mentions)
        if not self.settings.untargeted_statements:
            # "X said ..." with no addressee is a quote, not a dyadic event: event datasets
            # (PETRARCH, ICEWS) code statements only toward a target; the quote record keeps it.
            # Declining to comment, claiming or denying responsibility and the like are acts of
            # their own that CAMEO codes with no target, so they stay (grammar.yaml lists them).
            keep = self.event_coder.g.targetless_statements
            events = [e for e in events if e.target is not None or e.root != "01" or e.cameo in keep]
        sentences = self._classify_sentences(doc, sentences, events)
        warnings = [] if article.published else [NO_DATE_WARNING]
        return CodedArticle(article=article, sentences=sentences, events=events, quotes=quotes,
                            warnings=warnings)

    def _classify_sentences(self, doc: Doc, sentences: list[Sentence], events: list[Event]) -> list[Sentence]:
        """Give each sentence the code of what it is mainly about and its main trigger's argument
        phrases, even where no dyad resolved."""
        from triadic.nlp._docs import doc_sents

        by_sentence: dict[int, list[Event]] = {}
        for e in events:
            by_sentence.setdefault(e.sentence.index, []).append(e)
        out = []
        for span, s in zip(doc_sents(doc), sentences, strict=True):
            found = self.event_coder.read_sentence(span, by_sentence.get(s.index, ()))
            if found is None:
                out.append(s)
                continue
            args = found.arguments
            # every field given: ``dataclasses.replace`` would only look them up by name first
            out.append(Sentence(index=s.index, text=s.text, start=s.start, end=s.end, code=found.code,
                                rule=found.rule, sources=args.sources, targets=args.targets,
                                reciprocal=args.reciprocal, trigger=args.trigger))
        return out

    def code_articles(self, articles: Iterable[Article], *,
                      batch_size: int | None = None) -> Iterator[CodedArticle]:
        """Code articles lazily, parsing them in batches with ``nlp.pipe``."""
        size = batch_size or self.settings.batch_size
        arts = iter(articles)
        pairs = ((a.text, a) for a in arts)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=size):
            yield self._code_doc(article, self._headline_parse(article.text) or doc)

    def code_article(self, article: Article) -> CodedArticle:
        return next(self.code_articles([article]))

    def code_texts(self, texts: Sequence[str],
                   published: date | datetime | None = None) -> list[CodedArticle]:
        """Code bare texts (sentences or bodies), each as its own article; for evaluation and notebooks."""
        when = _as_datetime(published)
        arts = [Article(id=content_id(t), text=t, published=when) for t in texts]
        return list(self.code_articles(arts))

    def code_text(self, text: str, published: date | datetime | None = None) -> CodedArticle:
        return self.code_texts([text], published)[0]
