"""Direct quotes and reported speech, with their speakers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from triadic.events._patterns import Grammar
from triadic.events._syntax import MentionIndexLike, MentionLike, actors_of, subject_of
from triadic.events._tree import dependents, doc_text, lower_lemmas, tokens_of
from triadic.model import Quote, Speaker, content_id

__all__ = ["QuoteFinder", "FoundQuote"]

# Curly pairs, then straight double quotes; a quote needs a few words to be speech, not a
# scare-quoted term ("maximum pressure").
_QUOTE_RE = re.compile(r"“([^”]{2,2000})”|\"([^\"\n]{2,2000})\"")
_MIN_WORDS = 4
_SPEAKER_MAX_TOKENS = 14


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """A quote with the speech verb and speaker tokens that introduce it."""

    quote: Quote
    verb: Token | None
    speaker_mention: MentionLike | None


class QuoteFinder:
    """Finds quotes in a parsed article and resolves who said them."""

    def __init__(self, grammar: Grammar) -> None:
        self.g = grammar

    def find(
        self, doc: Doc, sents: list[Span], index: MentionIndexLike, article_id: str, text: str | None = None
    ) -> list[FoundQuote]:
        """Direct quotes first, then reported speech ("X said that ...") outside them.

        Args:
            text: ``doc.text`` when the caller already has it (building it joins every token).
        """
        out: list[FoundQuote] = []
        direct_spans: list[tuple[int, int]] = []
        text = doc_text(doc) if text is None else text
        for m in _QUOTE_RE.finditer(text):
            grp = 1 if m.group(1) is not None else 2
            start, end = m.start(grp), m.end(grp)
            if len(text[start:end].split()) < _MIN_WORDS:
                continue
            verb, subj = self._speech_verb_near(doc, sents, m.start(), m.end())
            found = self._make(doc, index, article_id, start, end, verb, subj, "direct")
            out.append(found)
            direct_spans.append((m.start(), m.end()))
        lemmas, speech = lower_lemmas(doc), self.g.speech_verbs
        for sent in sents:
            if speech.isdisjoint(lemmas[sent.start : sent.end]):
                continue  # no verb of speech: skip reading every token
            for tok in tokens_of(sent):
                # the rare word first: ``pos_`` is dearer to read than the lemma
                if lemmas[tok.i] not in speech or tok.pos_ not in ("VERB", "AUX"):
                    continue
                if any(a <= tok.idx < b for a, b in direct_spans):
                    continue
                comps = [c for c in dependents(tok) if c.dep_ == "ccomp"]
                if not comps:
                    continue
                comp = comps[0]
                toks = list(comp.subtree)
                start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
                if any(a <= start < b or a < end <= b for a, b in direct_spans):
                    continue
                subjects, _ = subject_of(tok, self.g)
                out.append(
                    self._make(
                        doc, index, article_id, start, end, tok, subjects[0] if subjects else None, "reported"
                    )
                )
        # "according to X": the rest of the sentence is X's reported speech.
        for sent in sents if "according" in text.lower() else ():  # most texts have none: skip the walk
            for tok in tokens_of(sent):
                if tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
                    pobj = [c for c in dependents(doc[tok.i + 1]) if c.dep_ == "pobj"]
                    if not pobj:
                        continue
                    start, end = sent.start_char, sent.end_char
                    if any(q.quote.start <= start and end <= q.quote.end for q in out):
                        continue
                    out.append(self._make(doc, index, article_id, start, end, tok, pobj[0], "reported"))
        return out

    def _speech_verb_near(
        self, doc: Doc, sents: list[Span], qs: int, qe: int
    ) -> tuple[Token | None, Token | None]:
        """The speech verb outside the quote marks in the sentences touching the quote, and its subject."""
        touching = [s for s in sents if s.start_char < qe + 2 and s.end_char > qs]
        after = [s for s in sents if s.start_char >= qe][:1]
        for sent in (*touching, *after):
            for tok in sent:
                if qs <= tok.idx < qe:
                    continue
                if tok.lemma_.lower() in self.g.speech_verbs and tok.pos_ in ("VERB", "AUX"):
                    subj, _ = subject_of(tok, self.g)
                    return tok, (subj[0] if subj else None)
            if sent in after:
                break
        return None, None

    def _make(
        self,
        doc: Doc,
        index: MentionIndexLike,
        article_id: str,
        start: int,
        end: int,
        verb: Token | None,
        subj: Token | None,
        kind: str,
    ) -> FoundQuote:
        speaker, mention = self._speaker(doc, index, subj)
        qid = content_id(f"{article_id}|{start}|{end}", prefix="q")
        quote = Quote(id=qid, speaker=speaker, text=doc_text(doc)[start:end], start=start, end=end, kind=kind)
        return FoundQuote(quote=quote, verb=verb, speaker_mention=mention)

    def _speaker(
        self, doc: Doc, index: MentionIndexLike, subj: Token | None
    ) -> tuple[Speaker, MentionLike | None]:
        if subj is None:
            return Speaker(name=None, affiliation=None, code=None), None
        mentions = actors_of(subj, index, self.g)
        mention = mentions[0] if mentions else None
        sub = list(subj.subtree)[:_SPEAKER_MAX_TOKENS]
        lo, hi = sub[0].i, sub[-1].i + 1
        person = next((e for e in doc.ents if e.label_ == "PERSON" and lo <= e.start < hi), None)
        if person is not None:
            name: str | None = person.text
        elif mention is not None:
            name = mention.text
        else:
            name = doc[lo:hi].text if subj.pos_ != "PRON" else subj.text
        affiliation: str | None = None
        code: str | None = None
        if mention is not None:
            actor = mention.actor
            code = actor.code
            affiliation = actor.affiliation or (actor.name if actor.name != name else None)
        if affiliation is None:
            org = next(
                (
                    e
                    for e in doc.ents
                    if e.label_ in ("ORG", "GPE", "NORP")
                    and lo <= e.start < hi
                    and (person is None or e.start >= person.end or e.end <= person.start)
                ),
                None,
            )
            affiliation = org.text if org is not None else None
        return Speaker(name=name, affiliation=affiliation, code=code), mention
