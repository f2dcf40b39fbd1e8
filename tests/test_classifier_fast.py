"""The classifier's fast scorer: the scikit-learn pipeline's rows and probabilities, or no fast path."""

from __future__ import annotations

import copy
from collections.abc import Sequence

import numpy as np
import pytest

from triadic.events._classifier_fast import FastScorer, build_fast_scorer
from triadic.events._estimator import FittedModel, Sample
from triadic.events._features import parse_features
from triadic.events.classifier import (
    EventClassifier,
    LabelledSentence,
    default_model_path,
    read_default_corpus,
    train_classifier,
)
from triadic.events.codebook import penta_of_root

pytestmark = pytest.mark.filterwarnings("ignore:The number of unique classes:UserWarning")

# Our own sentences in wire style, with the awkward inputs a coder meets: accents, curly quotes,
# tabs and newlines, digits, one-letter and empty text.
OWN = [
    "Rebel gunners shelled the outskirts of the provincial capital on Friday, residents said.",
    "The two presidents signed a treaty on cross-border electricity trade in Astana.",
    "Peru's foreign ministry summoned the Bolivian ambassador over the remarks.",
    "Riot police fired tear gas at students marching on the education ministry.",
    "Norway pledged $40 million in food aid to Sudan, the minister said on Tuesday.",
    "The opposition leader called for a general strike after the disputed vote.",
    "Beijing \u201cfirmly opposes\u201d the arms sale, a spokeswoman told reporters.",
    "Le Drian's caf\u00e9 talks with na\u00efve envoys \u2014 a r\u00e9sum\u00e9\tof 2019\nended.",
    "Iran will not negotiate under pressure, Rouhani said.",
    "a",
    "",
    "   ",
]

TINY = [
    ("The Andorran envoy spoke to the press about the fishing season.", "010"),
    ("A spokesman for Fiji said the vessel was in its waters.", "010"),
    ("Slovenia and Croatia held talks on the railway.", "046"),
    ("Uruguay and Paraguay signed a water-sharing accord.", "057"),
    ("Estonia sent medical supplies to the flooded provinces of Libya.", "073"),
    ("Jamaica released the detained sailors.", "084"),
    ("Bolivia accused Chile of stealing its water.", "112"),
    ("Cyprus rejected the proposal for a loose federation.", "120"),
    ("Gunmen kidnapped the engineers at the mine.", "181"),
    ("Artillery shelled the town overnight.", "194"),
]


def _tiny(penta_only: bool = False, two_classes: bool = False) -> EventClassifier:
    rows = [(t, c) for t, c in TINY if not two_classes or c[:2] in ("01", "19")]
    recs = [LabelledSentence(text=t, penta=penta_of_root(c[:2]), root=None if penta_only else c[:2],
                             cameo=None if penta_only else c) for t, c in rows]
    clf, _ = train_classifier(recs, kind="sklearn-text", eval_split=0)
    return clf


def _fitted(clf: EventClassifier) -> FittedModel:
    model = clf._model
    assert isinstance(model, FittedModel)
    return model


def _assert_same(model: FittedModel, fast: FastScorer, samples: Sequence[Sample]) -> None:
    """Rows identical, probabilities equal to 1e-9, for the batch and for each sample on its own."""
    for batch in [list(samples)] + [[s] for s in samples]:
        want_x, got_x = model.transform(batch), fast.transform(batch)
        assert want_x.shape == got_x.shape
        assert np.array_equal(want_x.indptr, got_x.indptr)
        assert np.array_equal(want_x.indices, got_x.indices)
        assert np.allclose(want_x.data, got_x.data, rtol=0, atol=1e-12)
        for want, got in zip(model.predict_proba(want_x), fast.predict_proba(got_x), strict=True):
            assert (want is None) == (got is None)
            if want is not None and got is not None:
                assert want.shape == got.shape
                assert np.allclose(want, got, rtol=0, atol=1e-9)


def _slow_path(clf: EventClassifier) -> EventClassifier:
    slow = EventClassifier(clf._model, clf.header)
    slow._fast, slow._fast_built = None, True
    return slow


def _assert_same_predictions(clf: EventClassifier, texts: Sequence[str]) -> None:
    fast = clf.predict(list(texts))
    slow = _slow_path(clf).predict(list(texts))
    for f, s in zip(fast, slow, strict=True):
        assert (f.root, f.penta, f.evidence) == (s.root, s.penta, s.evidence)
        assert f.probs.keys() == s.probs.keys() and f.root_probs.keys() == s.root_probs.keys()
        assert np.allclose([f.probs[k] for k in f.probs], [s.probs[k] for k in f.probs], rtol=0, atol=1e-9)
        assert np.allclose([f.root_probs[k] for k in f.root_probs], [s.root_probs[k] for k in f.root_probs],
                           rtol=0, atol=1e-9)


@pytest.mark.parametrize("penta_only, two_classes", [(False, False), (True, False), (True, True)])
def test_fast_scorer_matches_user_trained_models(penta_only: bool, two_classes: bool) -> None:
    clf = _tiny(penta_only, two_classes)
    model = _fitted(clf)
    fast = build_fast_scorer(model)
    assert fast is not None
    # a binary model has one coefficient row: its probabilities come from expit, not softmax
    assert (model.penta.coef_.shape[0] == 1) == two_classes
    _assert_same(model, fast, [Sample(text=t) for t in OWN + [t for t, _ in TINY]])
    _assert_same_predictions(clf, OWN)
    assert clf._fast is not None


def test_fast_scorer_falls_back_for_what_it_does_not_reproduce(monkeypatch: pytest.MonkeyPatch) -> None:
    clf = _tiny()
    model = _fitted(clf)
    # an option the fast path does not implement: binary counts
    binary = copy.deepcopy(model)
    binary.vectorisers[0][1].binary = True
    assert build_fast_scorer(binary) is None
    # not the triadic scikit-learn model (e.g. the transformer backend)
    assert build_fast_scorer(object()) is None
    # a release of scikit-learn that computes otherwise: the probe comparison refuses the fast path
    real = FastScorer.predict_proba

    def skewed(self: FastScorer, x: object) -> tuple[np.ndarray, np.ndarray | None]:
        p, r = real(self, x)  # type: ignore[arg-type]
        return p + 1e-6, r

    monkeypatch.setattr(FastScorer, "predict_proba", skewed)
    assert build_fast_scorer(model) is None
    monkeypatch.undo()
    # the classifier then predicts through scikit-learn, with its answers (penta-only: no root blend)
    penta_only = _tiny(penta_only=True)
    binary = copy.deepcopy(_fitted(penta_only))
    binary.vectorisers[0][1].binary = True
    fallback = EventClassifier(binary, penta_only.header)
    preds = fallback.predict(OWN)
    assert fallback._fast is None and len(preds) == len(OWN)
    with_binary = binary.predict_proba(binary.transform([Sample(text=t) for t in OWN]))[0]
    assert np.allclose([[p.probs[c] for c in binary.penta_classes] for p in preds], with_binary, atol=1e-9)


@pytest.mark.slow
def test_fast_scorer_matches_shipped_model_on_corpus_and_fresh_sentences(nlp: object) -> None:
    clf = EventClassifier.load(default_model_path())
    model = _fitted(clf)
    fast = build_fast_scorer(model)
    assert fast is not None
    texts = OWN + [r.text for r in read_default_corpus()]
    docs = list(nlp.pipe(texts, batch_size=64))  # type: ignore[attr-defined]
    samples = [Sample(text=d.text, cues=parse_features(d).cues) for d in docs]
    _assert_same(model, fast, samples)
    _assert_same_predictions(clf, OWN)


def _no_idf(model: FittedModel) -> None:
    del model.vectorisers[1][1]._tfidf.idf_


def _no_norm(model: FittedModel) -> None:
    model.vectorisers[0][1]._tfidf.norm = None


def _raw_tf(model: FittedModel) -> None:
    for _, vec in model.vectorisers:
        vec._tfidf.sublinear_tf = False


@pytest.mark.parametrize("change", [_no_idf, _no_norm, _raw_tf])
def test_fast_scorer_reads_the_fitted_weighting(change: object) -> None:
    """Other weightings a vectoriser can carry (no idf, no norm on one block, raw counts) are reproduced."""
    model = copy.deepcopy(_fitted(_tiny()))
    change(model)  # type: ignore[operator]
    fast = build_fast_scorer(model)
    assert fast is not None
    _assert_same(model, fast, [Sample(text=t) for t in OWN + [t for t, _ in TINY]])
