"""`triadic train` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from triadic.cli import app
from triadic.events.classifier import EventClassifier, read_default_corpus


def _corpus(tmp_path: Path, every: int = 2) -> Path:
    # Half of the shipped corpus keeps the test quick; penta-only labels exercise that path too.
    recs = read_default_corpus()[::every]
    p = tmp_path / "train.jsonl"
    p.write_text("".join(json.dumps({"text": r.text, "penta": r.penta}) + "\n" for r in recs),
                 encoding="utf-8")
    return p


def test_train_table_writes_model_and_says_how_to_use_it(tmp_path: Path) -> None:
    out = tmp_path / "m.zip"
    r = CliRunner().invoke(app, ["train", str(_corpus(tmp_path)), "--out", str(out),
                                 "--kind", "sklearn-text"])
    assert r.exit_code == 0, r.output
    assert "macro-F1" in r.output and "--classifier" in r.output and "TRIADIC_CLASSIFIER" in r.output
    clf = EventClassifier.load(out)
    assert clf.header.labels == "penta" and clf.header.metrics["macro_f1"] > 0.4


def test_train_json_report(tmp_path: Path) -> None:
    out = tmp_path / "m.zip"
    r = CliRunner().invoke(app, ["train", str(_corpus(tmp_path)), "--out", str(out), "--kind", "sklearn-text",
                                 "--eval-split", "0.3", "--format", "json"])
    assert r.exit_code == 0, r.output
    rep = json.loads(r.output)
    assert rep["n_test"] + rep["n_train"] == rep["records"]
    assert 0.3 * rep["records"] - 1 <= rep["n_test"] <= 0.3 * rep["records"] + 1
    assert 0.0 <= rep["macro_f1"] <= 1.0 and set(rep["per_class_f1"]) == {"0", "1", "2", "3", "4"}
    assert out.is_file()


def test_train_with_parse_features(tmp_path: Path, nlp: object) -> None:
    out = tmp_path / "p.zip"
    r = CliRunner().invoke(app, ["train", str(_corpus(tmp_path, every=4)), "--out", str(out),
                                 "--eval-split", "0"])
    assert r.exit_code == 0, r.output
    clf = EventClassifier.load(out)
    assert clf.needs_parse and clf.header.spacy_model
    assert clf.predict(["Soldiers shelled the base."])[0].evidence


def test_train_bad_input_is_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok", "penta": 1}\n{"text": "no label"}\n', encoding="utf-8")
    r = CliRunner().invoke(app, ["train", str(bad)])
    assert r.exit_code != 0
    assert "E067" in r.output and "bad.jsonl:2" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(app, ["train", str(tmp_path / "missing.jsonl")])
    assert r.exit_code != 0 and "does not exist" in r.output
    r = CliRunner().invoke(app, ["train", str(_corpus(tmp_path)), "--format", "xml"])
    assert r.exit_code != 0 and "--format" in r.output
    r = CliRunner().invoke(app, ["train", str(_corpus(tmp_path)), "--eval-split", "1.5"])
    assert r.exit_code != 0 and "--eval-split" in r.output
