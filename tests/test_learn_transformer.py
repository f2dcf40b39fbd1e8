"""`triadic train --backend transformer`: fine-tuning local weights, the model directory, the coder's use of
it, and the errors when the `learn` extra or the base model is missing.

The torch tests build a tiny randomly initialised BERT (2 layers, width 32) in a temporary folder, with a
WordPiece vocabulary made from the sentences below, so they run offline in a few seconds. They check the
mechanics, not accuracy.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from triadic.cli import app
from triadic.errors import ConfigError, DependencyError, ModelError
from triadic.events._transformer_setup import TransformerOptions, check_base_model, require_learn

# Our own sentences, four per penta class, labelled with CAMEO codes.
SENTENCES = [
    ("The Andorran minister spoke to reporters about the harbour.", "010"),
    ("A spokesman for Fiji said the ferry was safe.", "010"),
    ("The Latvian cabinet said the budget would come in March.", "010"),
    ("Officials in Samoa told reporters the road was open.", "010"),
    ("Slovenia held talks with Croatia on the bridge.", "040"),
    ("The Icelandic premier met the Danish premier in Oslo.", "040"),
    ("Uruguay signed a trade accord with Paraguay.", "057"),
    ("Malta and Tunisia signed a pact on fishing.", "057"),
    ("Estonia sent medicine to the flooded towns of Libya.", "073"),
    ("Norway sent food aid to the refugees in Chad.", "073"),
    ("Japan sent tents and water to the towns hit by the quake.", "073"),
    ("Canada sent doctors to the camps in Sudan.", "073"),
    ("Bolivia accused Chile of stealing its river water.", "112"),
    ("Peru accused Ecuador of spying on its navy.", "112"),
    ("Ghana accused Togo of hiding the smugglers.", "112"),
    ("Kenya accused Somalia of arming the raiders.", "112"),
    ("Gunmen shelled the town near the border at night.", "190"),
    ("Rebels shelled the airport and the harbour.", "190"),
    ("Militia fighters shelled the camp at dawn.", "190"),
    ("Troops shelled the villages near the river.", "190"),
]
UNSEEN = ["Nepal accused Bhutan of spying.", "Troops shelled the harbour at night."]


def _vocab() -> list[str]:
    words = {w for text, _ in SENTENCES for w in re.findall(r"[a-z]+|[^\sa-z]", text.lower())}
    letters = "abcdefghijklmnopqrstuvwxyz"
    return (["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + sorted(words) + list(letters)
            + [f"##{c}" for c in letters])


def _records(path: Path, key: str = "cameo") -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for text, code in SENTENCES:
            label: object = code if key == "cameo" else {"01": 0, "04": 1, "05": 1, "07": 2, "11": 3,
                                                         "19": 4}[code[:2]]
            fh.write(json.dumps({"text": text, key: label}) + "\n")
    return path


@pytest.fixture(scope="module")
def tiny_bert(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2-layer BERT with random weights and our own vocabulary, saved as a local base model folder."""
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    torch.set_num_threads(1)
    torch.manual_seed(0)
    folder = tmp_path_factory.mktemp("tiny-bert")
    (folder / "vocab.txt").write_text("\n".join(_vocab()) + "\n", encoding="utf-8")
    (folder / "tokenizer_config.json").write_text(json.dumps({"tokenizer_class": "BertTokenizer",
                                                              "do_lower_case": True}), encoding="utf-8")
    config = transformers.BertConfig(vocab_size=len(_vocab()), hidden_size=32, num_hidden_layers=2,
                                     num_attention_heads=2, intermediate_size=64, max_position_embeddings=64)
    transformers.logging.set_verbosity_error()
    transformers.BertModel(config).save_pretrained(folder)
    transformers.AutoTokenizer.from_pretrained(folder, local_files_only=True).save_pretrained(folder)
    return folder


def _without(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    """Make importing ``names`` fail, as on an install without the learn extra."""
    real = importlib.import_module

    def fake(name: str, package: str | None = None) -> object:
        if name.split(".")[0] in names:
            raise ModuleNotFoundError(f"No module named '{name}'")
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", fake)


def _train(tmp_path: Path, base: Path, *extra: str, key: str = "cameo") -> tuple[Path, dict[str, Any]]:
    out = tmp_path / "clf"
    data = _records(tmp_path / "l.jsonl", key)
    r = CliRunner().invoke(app, ["train", str(data), "--backend", "transformer", "--base-model", str(base),
                                 "--out", str(out), "--epochs", "2", "--batch-size", "4", "--format", "json",
                                 "--learning-rate", "0.003", "--max-length", "32", *extra])
    assert r.exit_code == 0, r.output
    # The progress lines go to stderr; the report is the JSON object on stdout.
    return out, json.loads(r.stdout[r.stdout.index("{"):])


# ------------------------------------------------------------------ without torch


def test_missing_extra_names_the_install_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _without(monkeypatch, "torch", "transformers")
    with pytest.raises(DependencyError) as exc:
        require_learn()
    assert exc.value.code == "E163" and "pip install 'triadic[learn]'" in str(exc.value)
    assert "needs torch" in str(exc.value)
    r = CliRunner().invoke(app, ["train", str(_records(tmp_path / "l.jsonl")), "--backend", "transformer",
                                 "--base-model", str(tmp_path)])
    assert r.exit_code != 0
    assert "E163" in r.output and "pip install 'triadic[learn]'" in r.output and "Traceback" not in r.output
    assert len(r.output.strip().splitlines()) == 1
    assert not (tmp_path / "triadic-classifier").exists()


def test_base_model_must_be_a_complete_local_folder(tmp_path: Path) -> None:
    for given in (None, "bert-base-uncased", "someone/ConfliBERT-scr-uncased", tmp_path / "nope"):
        with pytest.raises(ModelError) as exc:
            check_base_model(given)
        assert exc.value.code == "E164"
    with pytest.raises(ModelError, match="never downloads"):
        check_base_model("bert-base-uncased")
    folder = tmp_path / "partial"
    folder.mkdir()
    with pytest.raises(ModelError, match="config.json"):
        check_base_model(folder)
    (folder / "config.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ModelError, match="no weights"):
        check_base_model(folder)
    (folder / "model.safetensors").write_bytes(b"")
    with pytest.raises(ModelError, match="tokenizer"):
        check_base_model(folder)
    (folder / "vocab.txt").write_text("[PAD]\n", encoding="utf-8")
    assert check_base_model(folder) == folder.resolve()


@pytest.mark.parametrize("args, fragment", [
    (["--backend", "bert"], "--backend"),
    (["--backend", "transformer", "--kind", "sklearn-text"], "--kind"),
    (["--base-model", "."], "--backend transformer"),
    (["--backend", "transformer", "--out", "m.zip"], "directory"),
    (["--backend", "transformer", "--epochs", "0"], "--epochs"),
    (["--backend", "transformer", "--learning-rate", "2"], "--learning-rate"),
])
def test_bad_transformer_options_are_one_line_errors(tmp_path: Path, args: list[str], fragment: str) -> None:
    r = CliRunner().invoke(app, ["train", str(_records(tmp_path / "l.jsonl")), *args])
    assert r.exit_code != 0 and fragment in r.output and "Traceback" not in r.output, r.output
    assert "E066" in r.output


def test_options_check_and_dict() -> None:
    with pytest.raises(ConfigError):
        TransformerOptions(max_length=4).check()
    assert TransformerOptions(threads=None).to_dict()["epochs"] == TransformerOptions().epochs
    assert "threads" not in TransformerOptions().to_dict()


def test_importing_the_cli_does_not_import_torch() -> None:
    import subprocess

    # (spaCy's thinc imports torch whenever it is installed, so only modules without spaCy are checked.)
    code = ("import triadic.cli, triadic.cli.train, triadic.events._transformer_setup, sys; "
            "assert 'torch' not in sys.modules and 'transformers' not in sys.modules")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr


# ------------------------------------------------------------------ with torch and transformers


@pytest.mark.slow
def test_train_writes_a_model_directory_with_manifest(tmp_path: Path, tiny_bert: Path) -> None:
    out, rep = _train(tmp_path, tiny_bert, "--eval-split", "0")
    assert rep["kind"] == "transformer" and rep["labels"] == "root+penta"
    assert rep["base_model"] == tiny_bert.name
    assert rep["n_test"] == 0 and rep["model_trained_on"] == len(SENTENCES)
    header = json.loads((out / "header.json").read_text(encoding="utf-8"))
    assert header["format"] == "triadic-event-classifier" and header["kind"] == "transformer"
    assert header["base_model"] == tiny_bert.name and header["spacy_model"] is None
    assert header["training"]["epochs"] == 2 and header["training"]["max_length"] == 32
    assert {"torch", "transformers", "seconds"} <= set(header["training"])
    assert (out / "model" / "config.json").is_file()
    config = json.loads((out / "model" / "config.json").read_text(encoding="utf-8"))
    assert sorted(config["id2label"].values()) == ["01", "04", "05", "07", "11", "19"]
    # A triadic transformer model can itself be the base of further fine-tuning.
    again = tmp_path / "again"
    again.mkdir()
    _, rep2 = _train(again, out, "--eval-split", "0", key="penta")
    assert rep2["base_model"] == out.name and rep2["labels"] == "penta"


@pytest.mark.slow
def test_reloaded_model_predicts_like_the_trained_one(tmp_path: Path, tiny_bert: Path) -> None:
    from triadic.events._labelled import read_labelled
    from triadic.events._schemes import penta_map
    from triadic.events.classifier import EventClassifier, train_classifier

    recs = read_labelled(_records(tmp_path / "l.jsonl"))
    opts = TransformerOptions(epochs=2, batch_size=4, learning_rate=3e-3, max_length=32)
    clf, report = train_classifier(recs, backend="transformer", base_model=tiny_bert, options=opts,
                                   eval_split=0.0)
    assert clf.kind == "transformer" and clf.has_roots and not clf.needs_parse
    before = clf.predict(UNSEEN)
    loaded = EventClassifier.load(clf.save(tmp_path / "m"))
    after = loaded.predict(UNSEEN)
    scheme = penta_map(loaded.header.penta_scheme)
    for a, b in zip(before, after, strict=True):
        assert a.root == b.root and a.penta == b.penta
        assert abs(a.prob - b.prob) < 1e-5
        assert b.root is not None and scheme[b.root] == b.penta
        assert abs(sum(b.probs.values()) - 1.0) < 1e-5 and abs(sum(b.root_probs.values()) - 1.0) < 1e-5
        assert b.evidence == ()
    # Fitting is seeded: the same data and seed give the same model.
    again, _ = train_classifier(recs, backend="transformer", base_model=tiny_bert, options=opts,
                                eval_split=0.0)
    assert [p.probs for p in again.predict(UNSEEN)] == [p.probs for p in before]
    assert report.kind == "transformer" and report.n_test == 0


@pytest.mark.slow
def test_penta_labels_and_held_out_report(tmp_path: Path, tiny_bert: Path) -> None:
    from triadic.events.classifier import EventClassifier

    out, rep = _train(tmp_path, tiny_bert, "--eval-split", "0.5", "--no-refit", key="penta")
    assert rep["labels"] == "penta" and rep["n_test"] == len(SENTENCES) // 2
    assert 0.0 <= float(rep["macro_f1"]) <= 1.0 and set(rep["per_class_f1"]) == {"0", "1", "2", "3", "4"}
    # --no-refit keeps the evaluated model, trained on the other half only.
    assert rep["model_trained_on"] == len(SENTENCES) - rep["n_test"]
    clf = EventClassifier.load(out)
    assert not clf.has_roots and all(p.root is None for p in clf.predict(UNSEEN))
    assert clf.header.metrics["macro_f1"] == pytest.approx(float(rep["macro_f1"]))


@pytest.mark.slow
def test_out_refuses_a_folder_that_is_not_a_model(tmp_path: Path, tiny_bert: Path) -> None:
    r = CliRunner().invoke(app, ["train", str(_records(tmp_path / "l.jsonl")), "--backend", "transformer",
                                 "--base-model", str(tiny_bert), "--out", str(tiny_bert), "--epochs", "1",
                                 "--eval-split", "0"])
    assert r.exit_code != 0 and "E068" in r.output and "Traceback" not in r.output
    assert (tiny_bert / "config.json").is_file() and not (tiny_bert / "header.json").exists()


@pytest.mark.slow
def test_coder_uses_the_transformer_as_its_fallback(tmp_path: Path, tiny_bert: Path, nlp: Any) -> None:
    from triadic.config import Settings
    from triadic.events.classifier import load_classifier
    from triadic.pipeline import Coder

    out, _ = _train(tmp_path, tiny_bert, "--eval-split", "0")
    settings = Settings(classifier=out)
    clf = load_classifier(settings)
    assert clf is not None and clf.kind == "transformer"
    pipe = Coder(settings, nlp=nlp)
    assert pipe.event_coder.classifier is not None
    # Any confident answer codes an event here: the test checks the path, not the tiny model's skill.
    pipe.event_coder.classifier_threshold = 0.0
    # An invented verb: no pattern matches, so the sentence with its Peru-Chile dyad goes to the fallback.
    coded = pipe.code_text("Peru glorped Chile.")
    learned = [e for e in coded.events if e.rule == "classifier"]
    assert learned, [(e.cameo, e.rule) for e in coded.events]
    assert {e.source.actor.country for e in learned} == {"PER"}
    assert {e.target.actor.country for e in learned if e.target is not None} == {"CHL"}
    assert {e.root for e in learned} <= {"01", "04", "05", "07", "11", "19"}
    r = CliRunner().invoke(app, ["code", "-", "--classifier", str(out), "--no-store", "--format", "json"],
                           input="Peru glorped Chile.\n")
    assert r.exit_code == 0, r.output


@pytest.mark.slow
def test_code_with_a_transformer_model_but_no_extra_is_one_line(tmp_path: Path, tiny_bert: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from triadic.events.classifier import EventClassifier

    out, _ = _train(tmp_path, tiny_bert, "--eval-split", "0")
    _without(monkeypatch, "transformers")
    with pytest.raises(DependencyError, match=re.escape("pip install 'triadic[learn]'")):
        EventClassifier.load(out)
    (out / "header.json").unlink()
    with pytest.raises(ModelError) as exc:
        EventClassifier.load(out)
    assert exc.value.code == "E061"


def test_no_refit_keeps_the_evaluated_sklearn_model(tmp_path: Path) -> None:
    from triadic.events.classifier import EventClassifier, read_default_corpus

    data = tmp_path / "c.jsonl"
    data.write_text("".join(json.dumps({"text": r.text, "penta": r.penta}) + "\n"
                            for r in read_default_corpus()[::3]), encoding="utf-8")
    out = tmp_path / "m.zip"
    r = CliRunner().invoke(app, ["train", str(data), "--kind", "sklearn-text", "--out", str(out),
                                 "--no-refit"])
    assert r.exit_code == 0, r.output
    clf = EventClassifier.load(out)
    assert clf.header.kind == "sklearn-text" and clf.header.base_model is None
    assert f"trained on {clf.header.n_train} sentences" in r.output
    assert clf.header.n_train < len(data.read_text(encoding="utf-8").splitlines())
