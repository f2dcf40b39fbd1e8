"""The learned event classifier: labelled data, training, model files, the shipped default."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from triadic.config import Settings
from triadic.errors import ConfigError, InputError, ModelError
from triadic.events._schemes import penta_map
from triadic.events.classifier import (
    EventClassifier,
    LabelledSentence,
    default_model_path,
    load_classifier,
    read_default_corpus,
    read_labelled,
    train_classifier,
)
from triadic.events.codebook import penta_of_root

pytestmark = pytest.mark.filterwarnings("ignore:The number of unique classes:UserWarning")

# Small hand-written training set: four sentences per root group, phrased differently from the corpus.
TINY = [
    ("The Andorran envoy spoke to the press about the fishing season.", "010"),
    ("The Bhutanese cabinet said the budget would be presented in March.", "010"),
    ("A spokesman for Fiji said the vessel was in its waters.", "010"),
    ("Latvia's premier told a briefing that the grid was stable.", "010"),
    ("Slovenia and Croatia held talks on the railway.", "046"),
    ("The Icelandic premier visited Copenhagen for meetings.", "042"),
    ("Malta hosted the Tunisian foreign minister.", "043"),
    ("Uruguay and Paraguay signed a water-sharing accord.", "057"),
    ("Estonia sent medical supplies to the flooded provinces of Libya.", "073"),
    ("The lender approved a credit line for Zambia.", "071"),
    ("Jamaica released the detained sailors.", "084"),
    ("The occupying force pulled its troops out of the valley.", "087"),
    ("Bolivia accused Chile of stealing its water.", "112"),
    ("The Omani minister condemned the raid on the embassy.", "111"),
    ("Cyprus rejected the proposal for a loose federation.", "120"),
    ("Laos threatened to impose tariffs on imported cement.", "131"),
    ("Gunmen kidnapped the engineers at the mine.", "181"),
    ("Artillery shelled the town overnight.", "194"),
    ("Police arrested forty protesters in the square.", "173"),
    ("Warplanes bombed the depot at dawn.", "195"),
]


def _records() -> list[LabelledSentence]:
    return [LabelledSentence(text=t, penta=penta_of_root(c[:2]), root=c[:2], cameo=c) for t, c in TINY]


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def tiny_model() -> EventClassifier:
    clf, _ = train_classifier(_records(), kind="sklearn-text", eval_split=0)
    return clf


def test_read_labelled_accepts_each_label_form(tmp_path: Path) -> None:
    p = _write(tmp_path / "l.jsonl", [
        json.dumps({"text": "Peru recalled its envoy.", "cameo": "114"}), "",
        json.dumps({"text": "Talks were held.", "root": "4"}),
        json.dumps({"text": "Troops fired.", "penta": 4}),
    ])
    recs = read_labelled(p)
    assert [(r.root, r.penta, r.cameo) for r in recs] == [("11", 3, "114"), ("04", 1, None), (None, 4, None)]


@pytest.mark.parametrize("line, fragment", [
    ("{not json", "not valid JSON"),
    (json.dumps({"text": "x"}), "no label"),
    (json.dumps({"text": "x", "cameo": "042", "penta": 1}), "only one of"),
    (json.dumps({"text": "x", "cameo": 42}), "written as a string"),
    (json.dumps({"text": "x", "root": "27"}), "01-20"),
    (json.dumps({"text": "x", "penta": 7}), "'penta' must be 0-4"),
    (json.dumps({"text": "", "penta": 1}), "non-empty"),
    (json.dumps(["x", 1]), "JSON object"),
])
def test_read_labelled_names_the_bad_line(tmp_path: Path, line: str, fragment: str) -> None:
    p = _write(tmp_path / "l.jsonl", [json.dumps({"text": "Fine.", "penta": 0}), line])
    with pytest.raises(InputError) as exc:
        read_labelled(p)
    assert f"{p}:2:" in str(exc.value) and fragment in str(exc.value)
    assert exc.value.code == "E067"


def test_read_labelled_missing_and_empty(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        read_labelled(tmp_path / "none.jsonl")
    with pytest.raises(InputError, match="no records"):
        read_labelled(_write(tmp_path / "e.jsonl", [""]))


def test_predictions_are_consistent(tiny_model: EventClassifier) -> None:
    preds = tiny_model.predict(["Rebels shelled the airport.", "The ministers signed an accord.", ""])
    assert len(preds) == 3
    for p in preds:
        assert p.penta in range(5)
        assert abs(sum(p.probs.values()) - 1.0) < 1e-6
        assert p.prob == max(p.probs.values())
        # The root always lies inside the predicted penta class.
        assert p.root is not None and penta_map(tiny_model.header.penta_scheme)[p.root] == p.penta
        assert abs(sum(p.root_probs.values()) - 1.0) < 1e-6
    assert tiny_model.predict([]) == []


def test_evidence_names_features(tiny_model: EventClassifier) -> None:
    p = tiny_model.predict(["Artillery shelled the port at dawn."])[0]
    assert p.evidence and all(":" in e for e in p.evidence)


def test_penta_only_training_has_no_roots() -> None:
    recs = [LabelledSentence(text=r.text, penta=r.penta) for r in _records()]
    clf, report = train_classifier(recs, kind="sklearn-text", eval_split=0)
    assert report.labels == "penta" and not clf.has_roots
    p = clf.predict(["Police detained the editor."])[0]
    assert p.root is None and p.root_probs == {}


def test_training_rejects_bad_requests() -> None:
    with pytest.raises(ConfigError, match="unknown classifier kind"):
        train_classifier(_records(), kind="bert")
    with pytest.raises(ModelError, match="two penta classes"):
        train_classifier([LabelledSentence(text="a b", penta=1)] * 5, kind="sklearn-text", eval_split=0)
    with pytest.raises(ModelError, match="too few sentences"):
        train_classifier(_records(), kind="sklearn-text", eval_split=0.2)


def test_save_load_round_trip_and_reproducible_bytes(tiny_model: EventClassifier, tmp_path: Path) -> None:
    a = tiny_model.save(tmp_path / "a.zip")
    again, _ = train_classifier(_records(), kind="sklearn-text", eval_split=0)
    b = again.save(tmp_path / "b.zip")
    assert a.read_bytes() == b.read_bytes()
    loaded = EventClassifier.load(a)
    texts = ["Hackers stole files from the ministry.", "The envoy praised the deal."]
    assert [p.probs for p in loaded.predict(texts)] == [p.probs for p in tiny_model.predict(texts)]
    assert loaded.header.kind == "sklearn-text" and loaded.header.n_train == len(TINY)


def test_load_refuses_foreign_and_incompatible_files(tiny_model: EventClassifier, tmp_path: Path) -> None:
    with pytest.raises(ModelError) as exc:
        EventClassifier.load(tmp_path / "missing.zip")
    assert exc.value.code == "E064" and "triadic train" in str(exc.value)
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(ModelError) as exc:
        EventClassifier.load(junk)
    assert exc.value.code == "E061"
    good = tiny_model.save(tmp_path / "g.zip")
    with zipfile.ZipFile(good) as zf:
        header = json.loads(zf.read("header.json"))
        payload = zf.read("model.joblib")
    header["format_version"] = 99
    future = tmp_path / "future.zip"
    with zipfile.ZipFile(future, "w") as zf:
        zf.writestr("header.json", json.dumps(header))
        zf.writestr("model.joblib", payload)
    with pytest.raises(ModelError) as exc:
        EventClassifier.load(future)
    assert exc.value.code == "E062" and "retrain" in str(exc.value)
    header["format_version"] = 1
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(broken, "w") as zf:
        zf.writestr("header.json", json.dumps(header))
        zf.writestr("model.joblib", b"garbage")
    with pytest.raises(ModelError) as exc:
        EventClassifier.load(broken)
    assert exc.value.code == "E063"


def test_load_classifier_follows_settings(tiny_model: EventClassifier, tmp_path: Path) -> None:
    assert load_classifier(Settings(use_classifier=False)) is None
    user = tiny_model.save(tmp_path / "user.zip")
    assert load_classifier(Settings(classifier=user)).header.kind == "sklearn-text"  # type: ignore[union-attr]
    with pytest.raises(ModelError, match="does not exist"):
        load_classifier(Settings(classifier=tmp_path / "nope.zip"))
    default = load_classifier(Settings())
    assert default is not None and default.header.trained_on.startswith("triadic authors")


def test_shipped_corpus_is_broad_and_valid() -> None:
    recs = read_default_corpus()
    counts = {c: sum(r.penta == c for r in recs) for c in range(5)}
    assert min(counts.values()) >= 90, counts
    assert len({r.root for r in recs}) == 20
    assert len({r.cameo for r in recs}) >= 100
    assert len({r.text for r in recs}) == len(recs)


def test_shipped_corpus_shares_no_sentence_with_gold(shared_dir: Path) -> None:
    gold = shared_dir / "eval" / "conflibert" / "cameo_class.dev.tsv"
    if not gold.is_file():
        pytest.skip("no ConfliBERT dev data")
    gold_texts = {line.rsplit("\t", 1)[0].strip().lower()
                  for line in gold.read_text(encoding="utf-8").splitlines()}
    assert not [r.text for r in read_default_corpus() if r.text.lower() in gold_texts]


@pytest.mark.slow
def test_shipped_default_classifies_fresh_sentences(nlp: object) -> None:
    clf = EventClassifier.load(default_model_path())
    fresh = [
        ("Rebel gunners shelled the outskirts of the provincial capital on Friday.", 4),
        ("The two presidents signed a treaty on cross-border electricity trade.", 1),
        ("The Dutch government denounced the sentence handed to the blogger.", 3),
        ("Jordan sent trucks of flour and medicine to the refugee camps.", 2),
        ("Police fired tear gas at students marching on the ministry.", 4),
        ("Belgium accused its neighbour of spying on its ministries.", 3),
    ]
    preds = clf.predict([t for t, _ in fresh])
    right = sum(p.penta == gold for p, (_, gold) in zip(preds, fresh, strict=True))
    assert right >= 5, [(t, p.penta, p.evidence) for (t, _), p in zip(fresh, preds, strict=True)]
    assert all(p.root is not None for p in preds)


def test_prediction_unpacks_as_root_and_prob(tiny_model: EventClassifier) -> None:
    pred = tiny_model.predict(["The militia kidnapped two reporters."])[0]
    root, prob = pred
    assert (root, prob) == (pred.root, pred.prob)


@pytest.mark.slow
def test_predict_docs_matches_predict(nlp: object) -> None:
    clf = EventClassifier.load(default_model_path())
    texts = ["Kenya and Uganda agreed to build a joint oil refinery.", "The senator criticised the treaty."]
    docs = list(nlp.pipe(texts))  # type: ignore[attr-defined]
    assert [p.probs for p in clf.predict_docs(docs)] == [p.probs for p in clf.predict(texts)]


def test_penta_scheme_groups_roots() -> None:
    from triadic.events._schemes import penta_map

    phoenix, cameo = penta_map("phoenix"), penta_map("cameo")
    assert (phoenix["02"], cameo["02"]) == (0, 1) and (phoenix["16"], cameo["16"]) == (3, 4)
    assert {r: c for r, c in phoenix.items() if r not in ("02", "16")} == \
        {r: c for r, c in cameo.items() if r not in ("02", "16")}
    with pytest.raises(ConfigError, match="unknown penta scheme"):
        penta_map("quad")


def test_scheme_decides_penta_of_coded_records() -> None:
    recs = _records() + [
        LabelledSentence(text="The envoy urged both sides to talk.", penta=1, root="02", cameo="026"),
        LabelledSentence(text="The minister called on donors to help.", penta=1, root="02", cameo="023"),
        LabelledSentence(text="Brussels imposed sanctions on the regime.", penta=4, root="16", cameo="163"),
        LabelledSentence(text="The bank suspended its lending.", penta=4, root="16", cameo="162"),
    ]
    _, rep_phoenix = train_classifier(recs, kind="sklearn-text", eval_split=0, penta_scheme="phoenix")
    _, rep_cameo = train_classifier(recs, kind="sklearn-text", eval_split=0, penta_scheme="cameo")
    assert rep_phoenix.class_counts[0] - rep_cameo.class_counts[0] == 2
    assert rep_phoenix.class_counts[3] - rep_cameo.class_counts[3] == 2
    clf, _ = train_classifier(recs, kind="sklearn-text", eval_split=0, penta_scheme="cameo")
    assert clf.header.penta_scheme == "cameo"
    for p in clf.predict(["The council urged restraint.", "Rebels shelled the port."]):
        assert p.root is not None and penta_of_root(p.root) == p.penta
