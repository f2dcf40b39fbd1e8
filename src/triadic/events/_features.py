"""Feature extraction for the event classifier: parse-derived cues and text n-grams.

The parse cues generalise better than raw words on small training sets: the lemma of the main
verb with its particles and objects says far more about the CAMEO root than the actors do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc, Token

from triadic.events._tree import dependents, tokens_of

__all__ = ["ParseFeatures", "parse_features", "docs_tensor_mean", "NEGATION_WORDS", "MODAL_WORDS"]

NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
MODAL_WORDS = frozenset({"will", "would", "could", "may", "might", "should", "can", "must", "shall"})
# Verbs of saying and planning head a clause whose real event is the complement; the complement
# verb is emitted as its own cue so "said it would impose sanctions" carries "impose_sanction".
_LINK_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp"})
_OBJ_DEPS = frozenset({"dobj", "obj", "attr", "oprd", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class ParseFeatures:
    """Symbolic cues of one sentence, as space-free strings for a bag-of-features vectoriser."""

    cues: tuple[str, ...]


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def _verb_cues(verb: Token, prefix: str) -> list[str]:
    """Cues of one verb: lemma, lemma+particle, lemma+object, lemma+preposition, negation, modals."""
    lem = _lemma(verb)
    out = [f"{prefix}{lem}"]
    for child in dependents(verb):
        dep = child.dep_
        if dep == "prt":
            out.append(f"{prefix}{lem}_{child.lower_}")
        elif dep in _OBJ_DEPS and child.pos_ in ("NOUN", "PROPN", "PRON"):
            obj = _lemma(child) if child.pos_ == "NOUN" else child.ent_type_ or "PROPN"
            out.append(f"{prefix}{lem}_O_{obj}")
        elif dep == "prep":
            out.append(f"{prefix}{lem}_P_{child.lower_}")
            for pobj in dependents(child):
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":
                    out.append(f"{prefix}{lem}_{child.lower_}_{_lemma(pobj)}")
        elif dep == "neg" or child.lower_ in NEGATION_WORDS:
            out.append(f"NEG_{lem}")
            out.append("NEG")
        elif dep == "aux" and child.lower_ in MODAL_WORDS:
            out.append(f"MOD_{child.lower_}")
        elif dep == "auxpass":
            out.append("PASSIVE")
    return out


def parse_features(doc: Doc) -> ParseFeatures:
    """Cues from the dependency parse: root verb, its complements, nominal event heads."""
    cues: list[str] = []
    for sent in doc.sents:
        root = sent.root
        cues.extend(_verb_cues(root, "R_"))
        # Follow the clausal chain one and two steps down: the event often sits in a complement.
        for child in dependents(root):
            if child.dep_ in _LINK_DEPS and child.pos_ in ("VERB", "AUX"):
                cues.extend(_verb_cues(child, "C_"))
                for grand in dependents(child):
                    if grand.dep_ in _LINK_DEPS and grand.pos_ == "VERB":
                        cues.extend(_verb_cues(grand, "C_"))
        # the tokens as the document lists them once (iterating a span builds new ones)
        for tok in tokens_of(sent):
            pos = tok.pos_  # read once: it is one of the dearest token attributes
            if pos == "VERB" and tok is not root:
                cues.append(f"V_{_lemma(tok)}")
            elif pos == "NOUN" and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "ROOT"):
                cues.append(f"N_{tok.dep_}_{_lemma(tok)}")
            elif tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") and tok.ent_iob_ == "B":
                cues.append(f"ENT_{tok.ent_type_}")
    return ParseFeatures(cues=tuple(cues))


def docs_tensor_mean(docs: Sequence[Doc]) -> np.ndarray:
    """Mean of the pipeline's contextual token vectors per doc (zeros when the pipeline has none)."""
    rows: list[np.ndarray] = []
    width = 0
    for doc in docs:
        t = getattr(doc, "tensor", None)
        if t is not None and len(t.shape) == 2 and t.shape[0] > 0:
            width = t.shape[1]
            rows.append(np.asarray(t, dtype=np.float32).mean(axis=0))
        else:
            rows.append(np.zeros(0, dtype=np.float32))
    return np.vstack([r if r.size else np.zeros(width, dtype=np.float32) for r in rows]) if rows else \
        np.zeros((0, width), dtype=np.float32)


def identity(items: Iterable[str]) -> list[str]:
    """Analyzer for pre-tokenised cues (module level so fitted vectorisers pickle)."""
    return list(items)
