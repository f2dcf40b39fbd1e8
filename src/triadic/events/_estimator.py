"""The fitted parts of the classifier: vectorisers over text and parse cues, and linear models.

Linear models keep the classifier transparent: each prediction can name the features that pushed
it to its class (``explain``), so a learned decision still points to words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from triadic.events._features import identity
from triadic.events._kinds import KINDS

__all__ = ["KINDS", "Sample", "ScoringModel", "FittedModel", "fit_model"]


@dataclass(frozen=True, slots=True)
class Sample:
    """One sentence as the estimator sees it."""

    text: str
    cues: tuple[str, ...] = ()


class ScoringModel(Protocol):
    """What the classifier needs from a fitted backend (scikit-learn here, a transformer in _transformer.py).

    ``transform`` turns samples into the backend's input; ``predict_proba`` gives penta probabilities
    (columns in ``penta_classes`` order) and root probabilities (``root_classes`` order, None without
    roots); ``root_share`` weighs the root model's vote on the penta class.
    """

    kind: str
    root_share: float

    @property
    def penta_classes(self) -> list[int]: ...

    @property
    def root_classes(self) -> list[str] | None: ...

    def transform(self, samples: Sequence[Sample]) -> Any: ...

    def predict_proba(self, x: Any) -> tuple[np.ndarray, np.ndarray | None]: ...

    def explain(self, row: Any, label: int, top: int = 3) -> tuple[str, ...]: ...


def _vectorisers(kind: str) -> list[tuple[str, TfidfVectorizer]]:
    out = [
        ("word", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, max_features=200_000)),
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2,
                                 max_features=300_000)),
    ]
    if kind == "sklearn":
        out.append(("cue", TfidfVectorizer(analyzer=identity, sublinear_tf=True, lowercase=False)))
    return out


def _column(name: str, samples: Sequence[Sample]) -> list[object]:
    return [s.cues for s in samples] if name == "cue" else [s.text for s in samples]


def _logreg() -> LogisticRegression:
    # Balanced weights: user corpora are rarely balanced and macro-F1 is the score that matters.
    return LogisticRegression(C=10.0, class_weight="balanced", max_iter=3000)


@dataclass
class FittedModel:
    """Vectorisers plus a penta model and, when roots were labelled, a root model."""

    kind: str
    vectorisers: list[tuple[str, TfidfVectorizer]]
    penta: LogisticRegression
    root: LogisticRegression | None = None
    root_share: float = 0.0
    _names: list[str] | None = field(default=None, repr=False)

    def __getstate__(self) -> dict[str, object]:
        # Feature names are rebuilt from the vocabularies on demand; storing them would double the file.
        # transform() sets _stop_words_id (an object id) again: drop it so saved bytes stay reproducible.
        for _, vec in self.vectorisers:
            if hasattr(vec, "_stop_words_id"):
                delattr(vec, "_stop_words_id")
        return {**self.__dict__, "_names": None}

    @property
    def penta_classes(self) -> list[int]:
        return [int(c) for c in self.penta.classes_]

    @property
    def root_classes(self) -> list[str] | None:
        return None if self.root is None else [str(c) for c in self.root.classes_]

    @property
    def feature_names(self) -> list[str]:
        if self._names is None:
            self._names = [f"{n}:{f}" for n, v in self.vectorisers for f in v.get_feature_names_out()]
        return self._names

    def predict_proba(self, x: csr_matrix) -> tuple[np.ndarray, np.ndarray | None]:
        """Penta and root probabilities (root None without a root model)."""
        with threadpool_limits(limits=1, user_api="blas"):
            return self.penta.predict_proba(x), self.root.predict_proba(x) if self.root is not None else None

    def transform(self, samples: Sequence[Sample]) -> csr_matrix:
        return hstack([v.transform(_column(n, samples)) for n, v in self.vectorisers]).tocsr()

    def explain(self, row: csr_matrix, label: int, top: int = 3) -> tuple[str, ...]:
        """The features of one row that added most to the score of ``label``."""
        classes = list(self.penta.classes_)
        if label not in classes or row.nnz == 0:
            return ()
        coef = self.penta.coef_[classes.index(label)] if len(classes) > 2 else \
            self.penta.coef_[0] * (1 if label == classes[1] else -1)
        idx = row.indices
        contrib = row.data * coef[idx]
        order = np.argsort(-contrib)[:top]
        return tuple(self.feature_names[idx[i]] for i in order if contrib[i] > 0)


def fit_model(kind: str, samples: Sequence[Sample], penta: Sequence[int],
              roots: Sequence[str | None]) -> FittedModel:
    """Fit vectorisers and models; the root model only on samples that carry a root."""
    vecs = _vectorisers(kind)
    mats = []
    for name, vec in vecs:
        mats.append(vec.fit_transform(_column(name, samples)))
        # stop_words_ is a hash-ordered set and _stop_words_id an object id, neither needed to transform:
        # dropping them keeps the saved bytes reproducible.
        for attr in ("stop_words_", "_stop_words_id"):
            if hasattr(vec, attr):
                delattr(vec, attr)
    x = hstack(mats).tocsr()
    # One BLAS thread: these problems are small, and on a busy machine threaded OpenBLAS made the
    # fit ten times slower (measured 0.6 s against 7 s).
    with threadpool_limits(limits=1, user_api="blas"):
        penta_model = _logreg().fit(x, np.asarray(penta))
        root_model = None
        have = [i for i, r in enumerate(roots) if r is not None]
        if len({roots[i] for i in have}) >= 2:
            root_model = _logreg().fit(x[have], np.asarray([roots[i] for i in have]))
    # float32 weights halve the model file; the scores change in the seventh digit.
    for m in (penta_model, root_model):
        if m is not None:
            m.coef_ = m.coef_.astype(np.float32)
            m.intercept_ = m.intercept_.astype(np.float32)
    return FittedModel(kind=kind, vectorisers=vecs, penta=penta_model, root=root_model,
                       root_share=len(have) / len(samples) if root_model is not None else 0.0)
