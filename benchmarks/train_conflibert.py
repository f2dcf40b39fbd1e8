"""`triadic train` on ConfliBERT-style data: penta macro-F1 against a TF-IDF baseline in the same run.

The ConfliBERT CAMEO dev data (GPL-3.0, ../shared/eval/conflibert/cameo_class.dev.tsv) is converted on
the fly to a temporary JSONL file outside the repository, split 70/30 (stratified, fixed seed) or into
k folds, and scored with the same held-out part for:

- baseline: word TF-IDF + logistic regression, trained on the training part;
- triadic train: the ``triadic train`` command run on the training part (``--kind sklearn`` and
  ``--kind sklearn-text``);
- shipped default: the model that ships with triadic, trained only on the authors' own sentences
  (it never sees this data), scored on the same held-out part.

Run ``.venv/bin/python benchmarks/train_conflibert.py [--folds 5] [--tsv PATH]``.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, train_test_split
from typer.testing import CliRunner

from triadic.cli import app
from triadic.events.classifier import EventClassifier, default_model_path, penta_scores
from triadic.nlp import load_pipeline

TSV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "conflibert" / "cameo_class.dev.tsv"
SEED = 13


def read_tsv(path: Path) -> tuple[list[str], list[int]]:
    """Sentences and penta labels."""
    texts, labels = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            text, label = line.rsplit("\t", 1)
            texts.append(text)
            labels.append(int(label))
    return texts, labels


def baseline(train_x: list[str], train_y: list[int], test_x: list[str]) -> list[int]:
    """The reference: word TF-IDF and logistic regression."""
    vec = TfidfVectorizer(sublinear_tf=True)
    clf = LogisticRegression(max_iter=2000).fit(vec.fit_transform(train_x), train_y)
    return [int(p) for p in clf.predict(vec.transform(test_x))]


def via_cli(tmp: Path, train_x: list[str], train_y: list[int], test_x: list[str], kind: str) -> list[int]:
    """Write the training part as JSONL, run `triadic train` on it, classify the held-out part."""
    data = tmp / f"train_{kind}.jsonl"
    with data.open("w", encoding="utf-8") as fh:
        for text, label in zip(train_x, train_y, strict=True):
            fh.write(json.dumps({"text": text, "penta": label}) + "\n")
    out = tmp / f"model_{kind}.zip"
    args = ["train", str(data), "--out", str(out), "--kind", kind, "--eval-split", "0"]
    res = CliRunner().invoke(app, args)
    if res.exit_code != 0:
        raise SystemExit(f"triadic train failed: {res.output}")
    return [p.penta for p in EventClassifier.load(out).predict(test_x)]


def main() -> None:
    """Split, train, score, print."""
    ap = argparse.ArgumentParser(description="triadic train on ConfliBERT-style data")
    ap.add_argument("--tsv", type=Path, default=TSV)
    ap.add_argument("--folds", type=int, default=0, help="k-fold instead of the fixed 70/30 split")
    args = ap.parse_args()
    if not args.tsv.is_file():
        raise SystemExit(f"{args.tsv} not found (the GPL dev data lives in ../shared/eval/conflibert)")
    texts, labels = read_tsv(args.tsv)
    idx = np.arange(len(texts))
    if args.folds:
        splits = list(StratifiedKFold(args.folds, shuffle=True, random_state=SEED).split(idx, labels))
    else:
        splits = [tuple(train_test_split(idx, test_size=0.3, random_state=SEED, stratify=labels))]
    load_pipeline()  # load once, outside the timings
    default = EventClassifier.load(default_model_path())
    systems = ["baseline tfidf+lr", "triadic train sklearn", "triadic train sklearn-text", "shipped default"]
    gold_all: list[int] = []
    pred_all: dict[str, list[int]] = {s: [] for s in systems}
    secs: dict[str, float] = dict.fromkeys(systems, 0.0)
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        for tr, te in splits:
            trx, try_ = [texts[i] for i in tr], [labels[i] for i in tr]
            tex = [texts[i] for i in te]
            gold_all.extend(labels[i] for i in te)
            for name in systems:
                t0 = time.perf_counter()
                if name == "baseline tfidf+lr":
                    pred = baseline(trx, try_, tex)
                elif name == "shipped default":
                    pred = [p.penta for p in default.predict(tex)]
                else:
                    pred = via_cli(tmp, trx, try_, tex, name.rsplit(" ", 1)[1])
                secs[name] += time.perf_counter() - t0
                pred_all[name].extend(pred)
    split = f"{args.folds}-fold" if args.folds else "70/30 split"
    print(f"ConfliBERT cameo_class dev: {len(texts)} sentences, {split}, seed {SEED}, "
          f"{len(gold_all)} held-out predictions")
    ref_f1 = penta_scores(gold_all, pred_all[systems[0]])[0]
    ref_t = secs[systems[0]]
    print(f"{'system':30s} {'macroF1':>8s} {'acc':>6s} {'F1/base':>8s} {'time/base':>10s}  per-class F1 0..4")
    for name in systems:
        f1, acc, per = penta_scores(gold_all, pred_all[name])
        print(f"{name:30s} {f1:8.3f} {acc:6.3f} {f1 / ref_f1:8.2f} {secs[name] / ref_t:10.1f}  "
              + " ".join(f"{per[c]:.2f}" for c in sorted(per)))


if __name__ == "__main__":
    main()
