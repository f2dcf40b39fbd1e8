"""`triadic train` on ConfliBERT-style data: penta macro-F1 against a TF-IDF baseline in the same run.

The ConfliBERT CAMEO dev data (GPL-3.0, ../shared/eval/conflibert/cameo_class.dev.tsv) is converted on
the fly to a temporary JSONL file outside the repository, split 70/30 (stratified, fixed seed) or into
k folds, and scored with the same held-out part for:

- baseline: word TF-IDF + logistic regression, trained on the training part;
- triadic train: the ``triadic train`` command run on the training part (``--kind sklearn`` and
  ``--kind sklearn-text``);
- shipped default: the model that ships with triadic, trained only on the authors' own sentences
  (it never sees this data), scored on the same held-out part;
- with ``--backend transformer``: ``triadic train --backend transformer`` fine-tuning the local weights
  in ``--base-model DIR`` (needs ``pip install 'triadic[learn]'``), or, with ``--base-model scratch``, a
  small randomly initialised BERT whose WordPiece vocabulary is learned from the training part only
  (a floor: what the transformer path gives without any pretraining).

Run ``.venv/bin/python benchmarks/train_conflibert.py [--folds 5] [--tsv PATH]
[--backend transformer --base-model DIR|scratch [--epochs 3] [--learning-rate 5e-5] [--threads 1]]``.
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


def scratch_bert(folder: Path, texts: list[str]) -> Path:
    """A small BERT with random weights and a WordPiece vocabulary learned from ``texts`` (training part)."""
    from tokenizers import BertWordPieceTokenizer
    from transformers import AutoTokenizer, BertConfig, BertModel, logging

    logging.disable_progress_bar()
    folder.mkdir(parents=True, exist_ok=True)
    wp = BertWordPieceTokenizer(lowercase=True)
    wp.train_from_iterator(texts, vocab_size=8000, min_frequency=2)
    wp.save_model(str(folder))
    (folder / "tokenizer_config.json").write_text(json.dumps({"tokenizer_class": "BertTokenizer",
                                                              "do_lower_case": True}), encoding="utf-8")
    AutoTokenizer.from_pretrained(folder, local_files_only=True).save_pretrained(folder)
    config = BertConfig(vocab_size=wp.get_vocab_size(), hidden_size=256, num_hidden_layers=4,
                        num_attention_heads=4, intermediate_size=1024, max_position_embeddings=256)
    BertModel(config).save_pretrained(folder)
    return folder


def via_cli(tmp: Path, train_x: list[str], train_y: list[int], test_x: list[str], kind: str,
            extra: list[str] | None = None) -> list[int]:
    """Write the training part as JSONL, run `triadic train` on it, classify the held-out part."""
    data = tmp / f"train_{kind}.jsonl"
    with data.open("w", encoding="utf-8") as fh:
        for text, label in zip(train_x, train_y, strict=True):
            fh.write(json.dumps({"text": text, "penta": label}) + "\n")
    out = tmp / (f"model_{kind}" if extra else f"model_{kind}.zip")
    args = ["train", str(data), "--out", str(out), "--eval-split", "0",
            *(extra if extra else ["--kind", kind])]
    res = CliRunner().invoke(app, args)
    if res.exit_code != 0:
        raise SystemExit(f"triadic train failed: {res.output}")
    return [p.penta for p in EventClassifier.load(out).predict(test_x)]


def main() -> None:
    """Split, train, score, print."""
    ap = argparse.ArgumentParser(description="triadic train on ConfliBERT-style data")
    ap.add_argument("--tsv", type=Path, default=TSV)
    ap.add_argument("--folds", type=int, default=0, help="k-fold instead of the fixed 70/30 split")
    ap.add_argument("--backend", choices=("sklearn", "transformer"), default="sklearn",
                    help="transformer: also fine-tune --base-model (needs the learn extra)")
    ap.add_argument("--base-model", default=None,
                    help="local directory of transformer weights, or 'scratch' for an untrained small BERT")
    ap.add_argument("--epochs", type=int, default=None, help="transformer epochs (default 3; 15 for scratch)")
    ap.add_argument("--learning-rate", type=float, default=None,
                    help="transformer learning rate (default 5e-5; 5e-4 for scratch)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--max-length", type=int, default=128)
    ap.add_argument("--threads", type=int, default=1, help="torch threads (1 is fastest on a busy machine)")
    args = ap.parse_args()
    if args.backend == "transformer" and not args.base_model:
        raise SystemExit("--backend transformer needs --base-model DIR (or 'scratch')")
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
    scratch = args.base_model == "scratch"
    if args.backend == "transformer":
        import torch

        torch.set_num_threads(args.threads)
        name = "scratch" if scratch else Path(args.base_model).name
        systems.append(f"triadic train transformer {name}")
        epochs = args.epochs or (15 if scratch else 3)
        rate = args.learning_rate or (5e-4 if scratch else 5e-5)
        options = ["--backend", "transformer", "--epochs", str(epochs), "--learning-rate", str(rate),
                   "--batch-size", str(args.batch_size), "--max-length", str(args.max_length)]
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
                elif name.startswith("triadic train transformer"):
                    base = scratch_bert(tmp / "scratch", trx) if scratch else Path(args.base_model)
                    pred = via_cli(tmp, trx, try_, tex, "transformer", [*options, "--base-model", str(base)])
                else:
                    pred = via_cli(tmp, trx, try_, tex, name.rsplit(" ", 1)[1])
                secs[name] += time.perf_counter() - t0
                pred_all[name].extend(pred)
    split = f"{args.folds}-fold" if args.folds else "70/30 split"
    print(f"ConfliBERT cameo_class dev: {len(texts)} sentences, {split}, seed {SEED}, "
          f"{len(gold_all)} held-out predictions")
    ref_f1 = penta_scores(gold_all, pred_all[systems[0]])[0]
    ref_t = secs[systems[0]]
    print(f"{'system':44s} {'macroF1':>8s} {'acc':>6s} {'F1/base':>8s} {'time/base':>10s}  per-class F1 0..4")
    for name in systems:
        f1, acc, per = penta_scores(gold_all, pred_all[name])
        print(f"{name:44s} {f1:8.3f} {acc:6.3f} {f1 / ref_f1:8.2f} {secs[name] / ref_t:10.1f}  "
              + " ".join(f"{per[c]:.2f}" for c in sorted(per)))
    print(f"reference time (baseline tfidf+lr): {ref_t:.2f} s; " + ", ".join(
        f"{n}: {secs[n]:.1f} s" for n in systems[1:]))


if __name__ == "__main__":
    main()
