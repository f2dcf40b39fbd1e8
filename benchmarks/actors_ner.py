"""Actor spans against ConfliBERT's CAMEO actor NER dev set (S source, T target, R reciprocal).

Reports (1) mention recall: the share of gold S/T/R spans that a resolved mention covers, exactly, by the
span's head token, or by any overlap, and the share of covered spans whose actor has a country or an
organisation code; (2) S/T/R precision, recall and F1 when roles come from a naive subject/object rule over
the parse (the event coder assigns roles properly; this is the actor layer's own baseline).
The gold file is GPL-3.0 evaluation data read at run time only; nothing from it is stored.
Run: .venv/bin/python benchmarks/actors_ner.py
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NER_DEV = REPO.parent / "shared" / "eval" / "conflibert" / "cameo_ner.dev.txt"


@dataclass(frozen=True)
class GoldSent:
    text: str
    spans: list[tuple[int, int, str]]  # char start, char end, label


def read_gold(path: Path) -> list[GoldSent]:
    out: list[GoldSent] = []
    toks: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if parts:
            toks.append((parts[0], parts[-1]))
            continue
        if not toks:
            continue
        text, spans, pos = "", [], 0
        cur: list[int] | None = None
        label = ""
        for word, tag in toks:
            start = pos + (1 if text else 0)
            text = f"{text} {word}" if text else word
            pos = start + len(word)
            if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or tag[2:] != label)):
                if cur is not None:
                    spans.append((cur[0], cur[1], label))
                cur, label = [start, pos], tag[2:]
            elif tag.startswith("I-") and cur is not None:
                cur[1] = pos
            else:
                if cur is not None:
                    spans.append((cur[0], cur[1], label))
                cur = None
        if cur is not None:
            spans.append((cur[0], cur[1], label))
        out.append(GoldSent(text, spans))
        toks = []
    return out


def _head(doc, start: int, end: int) -> int | None:  # type: ignore[no-untyped-def]
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root.i if span is not None and len(span) else None


_TARGET_PREPS = frozenset({"to", "with", "against", "on", "for", "toward", "towards", "into", "at", "upon"})


def _role(m, doc) -> str | None:  # type: ignore[no-untyped-def]
    """Naive role: subjects are sources, objects targets; coordinated subjects reciprocal."""
    tok = doc[m.start:m.end].root
    while tok.dep_ in ("compound", "amod", "poss", "conj", "appos", "nmod") and tok.head is not tok:
        if tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass"):
            return "R"
        tok = tok.head
    if tok.dep_ == "nsubj":
        return "R" if any(c.dep_ == "conj" for c in tok.children) else "S"
    if tok.dep_ in ("dobj", "nsubjpass", "dative", "attr", "oprd"):
        return "T"
    if tok.dep_ == "pobj":
        prep = tok.head.lower_
        # Places ("in Seoul") are settings, not targets; "by" marks the agent of a passive.
        return "S" if prep == "by" else "T" if prep in _TARGET_PREPS else None
    return None


def main() -> None:
    if not NER_DEV.is_file():
        print(f"skip: {NER_DEV} not present")
        return
    from triadic.actors import ActorResolver
    from triadic.nlp import load_pipeline

    nlp = load_pipeline()
    resolver = ActorResolver(nlp)
    gold = read_gold(NER_DEV)
    cover = Counter[str]()
    tp = {k: Counter[str]() for k in ("exact", "head")}
    n_gold, n_pred = Counter[str](), Counter[str]()
    for g, doc in zip(gold, nlp.pipe([g.text for g in gold], batch_size=64), strict=True):
        idx = resolver.resolve(doc, ref_date=None)
        ms = [m for m in idx.mentions if m.actor.is_political or m.actor.kind == "group"]
        pred = [(m, _role(m, doc)) for m in ms]
        for s, e, lab in g.spans:
            n_gold[lab] += 1
            n_gold["all"] += 1
            h = _head(doc, s, e)
            if any(m.start_char == s and m.end_char == e for m in idx.mentions):
                cover["exact"] += 1
            hits = [m for m in idx.mentions if m.start_char < e and s < m.end_char]
            if hits:
                cover["overlap"] += 1
                # A resolved span is useful to the coder when it says whose actor it is.
                if any(m.actor.country or m.actor.kind in ("igo", "group") or m.members for m in hits):
                    cover["owned"] += 1
            if h is not None and idx.at(h) is not None:
                cover["head"] += 1
        for m, lab in pred:
            if lab is None:
                continue
            n_pred[lab] += 1
            if any(gl == lab and m.start_char == s and m.end_char == e for s, e, gl in g.spans):
                tp["exact"][lab] += 1
            if any(gl == lab and _head(doc, s, e) is not None and m.start <= _head(doc, s, e) < m.end
                   for s, e, gl in g.spans):
                tp["head"][lab] += 1
    total = n_gold["all"]
    print(f"sentences={len(gold)} gold spans={total} (S={n_gold['S']} T={n_gold['T']} R={n_gold['R']})")
    for k in ("exact", "head", "overlap"):
        print(f"mention recall ({k}): {cover[k] / total:.3f}")
    owned = cover["owned"] / max(cover["overlap"], 1)
    print(f"covered spans with a country or organisation code: {owned:.3f}")
    for mode in ("exact", "head"):
        for lab in ("S", "T", "R"):
            p = tp[mode][lab] / n_pred[lab] if n_pred[lab] else 0.0
            r = tp[mode][lab] / n_gold[lab] if n_gold[lab] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            print(f"{mode:5} {lab}: P={p:.3f} R={r:.3f} F1={f:.3f}")


if __name__ == "__main__":
    main()
