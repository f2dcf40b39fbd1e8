"""A lean scorer for the scikit-learn classifier: the same numbers without scikit-learn's per-call costs.

The coder asks the classifier about a few sentences at a time, and each ``TfidfVectorizer.transform`` /
``LogisticRegression.predict_proba`` call then spends most of its time validating inputs and
parameters, probing the BLAS libraries (``threadpool_limits``) and stacking sparse blocks, not
computing. :class:`FastScorer` is built once from a fitted model and repeats only the arithmetic:

* the features come from each vectoriser's own analyser (``build_analyzer``: its lowercasing, token
  pattern, n-gram range, char_wb padding), counted against its fitted vocabulary as
  ``CountVectorizer`` counts them, then weighted in sklearn's order (``1 + log(tf)`` when
  ``sublinear_tf``, times ``idf_``, row l2 norm with sklearn's own in-place routine);
* the scores are ``x @ coef_.T + intercept_`` on the same sparse row, then sklearn's ``softmax``
  (multinomial) or ``expit`` (binary), as ``LogisticRegression.predict_proba`` does.

So the rows and probabilities are bit for bit those of the scikit-learn pipeline. Anything the scorer
does not reproduce (another vectoriser or estimator type or option, the transformer backend) gets
no scorer, and :func:`build_fast_scorer` also compares both paths on probe sentences before it
hands one out, so a scikit-learn release that computes differently falls back to the slow path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from scipy.special import expit
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.utils.extmath import softmax
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

from triadic.events._estimator import FittedModel, Sample

__all__ = ["FastScorer", "build_fast_scorer"]


class _Unsupported(Exception):
    """The model uses something the fast path does not reproduce."""


@dataclass(frozen=True, slots=True)
class _Block:
    """One fitted vectoriser: its analyser, vocabulary and weights, and where its columns start."""

    cues: bool  # reads Sample.cues (the "cue" vectoriser), else Sample.text
    analyze: Callable[[Any], Any]
    vocabulary: dict[str, int]
    idf: np.ndarray | None
    sublinear: bool
    l2: bool
    offset: int


@dataclass(frozen=True, slots=True)
class _Head:
    """One logistic model: float64 weights laid out as scipy's sparse product reads them."""

    coef_t: np.ndarray
    intercept: np.ndarray
    binary: bool

    def proba(self, x: csr_matrix) -> np.ndarray:
        # LogisticRegression.decision_function: safe_sparse_dot(X, coef_.T) + intercept_. scipy widens
        # float32 weights to float64 before its row loop, so widening them once here is the same sum.
        scores = x @ self.coef_t + self.intercept
        if self.binary:
            prob = expit(scores.reshape(-1))
            return np.stack([1 - prob, prob], axis=1)
        return softmax(scores, copy=False)


def _block(name: str, vec: object, offset: int) -> _Block:
    # exactly these classes: a subclass may transform or score otherwise
    if not isinstance(vec, TfidfVectorizer) or type(vec) is not TfidfVectorizer:
        raise _Unsupported(f"vectoriser {type(vec).__name__}")
    # transform() weights the counts with the TfidfTransformer fitted alongside: read its settings
    weights = getattr(vec, "_tfidf", None)
    if vec.binary or np.dtype(vec.dtype) != np.float64 or weights is None or \
            getattr(weights, "norm", "?") not in ("l2", None):
        raise _Unsupported("vectoriser options")
    vocab = getattr(vec, "vocabulary_", None)
    if not isinstance(vocab, dict):
        raise _Unsupported("no fitted vocabulary")
    idf = getattr(weights, "idf_", None)  # absent without use_idf, as transform() tests
    if idf is not None and len(idf) != len(vocab):
        raise _Unsupported("idf does not fit the vocabulary")
    return _Block(cues=name == "cue", analyze=vec.build_analyzer(), vocabulary=vocab,
                  idf=None if idf is None else np.asarray(idf, dtype=np.float64),
                  sublinear=bool(getattr(weights, "sublinear_tf", False)), l2=weights.norm == "l2",
                  offset=offset)


def _head(model: object, n_features: int) -> _Head:
    if not isinstance(model, LogisticRegression) or type(model) is not LogisticRegression:
        raise _Unsupported(f"estimator {type(model).__name__}")
    coef = np.asarray(model.coef_)
    intercept = np.asarray(model.intercept_)
    n_classes = len(model.classes_)
    if coef.ndim != 2 or coef.shape[1] != n_features or n_classes < 2 or \
            coef.shape[0] != (1 if n_classes == 2 else n_classes):
        raise _Unsupported("coefficient shape")
    return _Head(coef_t=np.ascontiguousarray(coef.T, dtype=np.float64), intercept=intercept,
                 binary=n_classes == 2)


class FastScorer:
    """``transform`` and ``predict_proba`` of a :class:`FittedModel` without scikit-learn's per-call costs."""

    def __init__(self, model: FittedModel) -> None:
        blocks: list[_Block] = []
        offset = 0
        for name, vec in model.vectorisers:
            blocks.append(_block(name, vec, offset))
            offset += len(blocks[-1].vocabulary)
        self._blocks = blocks
        self.n_features = offset
        self._penta = _head(model.penta, offset)
        self._root = _head(model.root, offset) if model.root is not None else None

    def transform(self, samples: Sequence[Sample]) -> csr_matrix:
        """The samples' feature rows, as ``FittedModel.transform`` builds them."""
        data: list[np.ndarray] = []
        cols: list[np.ndarray] = []
        # one l2-normalised row per (sample, vectoriser): each vectoriser normalises its own block
        part_ptr = [0]
        for s in samples:
            for b in self._blocks:
                counts: dict[int, int] = {}
                vocab = b.vocabulary
                for feature in b.analyze(s.cues if b.cues else s.text):
                    j = vocab.get(feature)
                    if j is not None:
                        counts[j] = counts.get(j, 0) + 1
                # CountVectorizer sorts each row's columns (X.sort_indices())
                idx = np.fromiter(sorted(counts), dtype=np.int64, count=len(counts))
                val = np.fromiter((counts[j] for j in idx.tolist()), dtype=np.float64, count=len(counts))
                if b.sublinear:
                    np.log(val, val)
                    val += 1.0
                if b.idf is not None:
                    val *= b.idf[idx]
                data.append(val)
                cols.append(idx + b.offset)
                part_ptr.append(part_ptr[-1] + len(idx))
        n_rows = len(samples) * len(self._blocks)
        values = np.concatenate(data) if data else np.zeros(0, dtype=np.float64)
        indices = (np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)).astype(np.int32)
        parts = np.asarray(part_ptr, dtype=np.int32)
        if any(b.l2 for b in self._blocks):
            blocks = csr_matrix((values, indices, parts), shape=(n_rows, self.n_features))
            if all(b.l2 for b in self._blocks):
                inplace_csr_row_normalize_l2(blocks)
            else:
                normed = np.asarray([b.l2 for b in self._blocks] * len(samples))
                keep = values.copy()
                inplace_csr_row_normalize_l2(blocks)
                spans = np.repeat(~normed, np.diff(parts))
                blocks.data[spans] = keep[spans]
            values = blocks.data
        row_ptr = parts[:: len(self._blocks)] if self._blocks else np.zeros(len(samples) + 1, dtype=np.int32)
        return csr_matrix((values, indices, np.ascontiguousarray(row_ptr)),
                          shape=(len(samples), self.n_features))

    def predict_proba(self, x: csr_matrix) -> tuple[np.ndarray, np.ndarray | None]:
        """Penta and root probabilities (root None without a root model), as ``FittedModel.predict_proba``."""
        return self._penta.proba(x), self._root.proba(x) if self._root is not None else None


def _probes(model: FittedModel) -> list[Sample]:
    """Sentences that reach every vectoriser's vocabulary, to compare the two paths on."""
    words: list[str] = []
    cues: list[str] = []
    for name, vec in model.vectorisers:
        keys = list(getattr(vec, "vocabulary_", {}))[:40]
        (cues if name == "cue" else words).extend(k for k in keys if isinstance(k, str))
    return [
        Sample(text="Officials said on Tuesday the talks would resume in Geneva next week.",
               cues=tuple(cues[:20])),
        Sample(text=" ".join(words), cues=tuple(cues) + tuple(cues[:5])),
        Sample(text="", cues=()),
    ]


def build_fast_scorer(model: object) -> FastScorer | None:
    """A fast scorer for ``model``, or None when the fast path cannot give exactly its results."""
    if type(model) is not FittedModel:
        return None
    try:
        fast = FastScorer(model)
    except _Unsupported:
        return None
    probes = _probes(model)
    try:
        want_x = model.transform(probes)
        got_x = fast.transform(probes)
        want = model.predict_proba(want_x)
        got = fast.predict_proba(got_x)
    except Exception:  # noqa: BLE001 - any failure of the fast path means: use scikit-learn
        return None
    same_rows = (want_x.shape == got_x.shape and np.array_equal(want_x.indptr, got_x.indptr)
                 and np.array_equal(want_x.indices, got_x.indices)
                 and np.array_equal(want_x.data, got_x.data))
    same_probs = all((w is None and g is None) or (w is not None and g is not None and np.array_equal(w, g))
                     for w, g in zip(want, got, strict=True))
    return fast if same_rows and same_probs else None
