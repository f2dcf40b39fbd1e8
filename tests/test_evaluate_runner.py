"""The evaluate() API and the `triadic evaluate` command, with a stand-in coder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _evaluate_fakes import FakeCoder, Spec
from triadic.cli import app
from triadic.evaluate import evaluate

GOLD = Path(__file__).parent / "fixtures" / "gold"
T1 = "The French prime minister travelled to Berlin on Friday for talks with German officials."
T2 = "Heavy snow closed schools across the valley on Monday."
T3 = "Russian forces carried out air strikes on Ukrainian towns overnight."
T5 = "Nigerian police detained several students in Lagos."


def _petrarch_coder() -> FakeCoder:
    return FakeCoder({
        T1: [Spec("French prime minister", "FRAGOV", "German officials", "DEUGOV", "042", 0.9)],
        T2: [Spec("Heavy snow", "USA", None, None, "010")],
        T3: [Spec("Russian forces", "RUSMIL", "Ukrainian towns", "UKR", "190")],
        T5: [Spec("Nigerian police", "NGACOP", "students", "NGAEDU", "173")],
    })


def test_evaluate_petrarch_api_and_errors_file(tmp_path: Path) -> None:
    out = tmp_path / "errors.jsonl"
    rep = evaluate([GOLD / "petrarch.xml"], coder=_petrarch_coder(), errors=out)
    d = rep.to_dict()
    # Gold roots {04, 04}, {}, {19}, {17}; coded {04}, {01}, {19}, {17} → tp 3, fp 1, fn 1.
    assert d["n"] == 4 and d["coverage"] == 1.0
    assert (d["root"]["tp"], d["root"]["fp"], d["root"]["fn"]) == (3, 1, 1)
    # Codes: 042 and 173 match; 190 vs gold 195 only matches at the root.
    assert (d["code"]["tp"], d["code3"]["tp"]) == (2, 2)
    # Triples: (FRA, DEU, 04) and (RUS, UKR, 19) match; gold (NGA, None, 17) ≠ coded (NGA, NGA, 17).
    assert d["triple"]["tp"] == 2
    # Aligned pairs: 042 (FRAGOV→DEU vs FRAGOV→DEUGOV), 19 (RUSMIL→UKR both), 17 (NGACOP→---EDU,
    # whose target has no country and is not scored) → 5 slots, all right by country; DEU vs DEUGOV
    # is wrong with role.
    assert d["actor"]["n"] == 5 and d["actor"]["country"] == 1.0 and d["actor"]["role"] == 0.8
    assert {"penta", "quad", "plover", "events"} <= set(d)
    assert "spans" not in d
    assert len(d["skipped"]) == 3
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    kinds = sorted(r["kind"] for r in rows)
    assert kinds == ["false", "mismatch", "mismatch", "missed"]
    false = next(r for r in rows if r["kind"] == "false")
    assert false["record"] == "T-02" and false["text"] == T2 and false["predicted"]["code"] == "010"
    assert rep.errors_written == 4


def test_evaluate_modality_keeps_only_the_modalities_asked_for() -> None:
    # the stray 010 on the snow sentence is coded as negated: scoring without negated events drops it
    coder = FakeCoder({**_petrarch_coder().table,
                       T2: [Spec("Heavy snow", "USA", None, None, "010", modality="negated")]})
    every = evaluate([GOLD / "petrarch.xml"], coder=coder).to_dict()
    kept = evaluate([GOLD / "petrarch.xml"], coder=coder, modality=["asserted", "planned"]).to_dict()
    assert (every["root"]["tp"], every["root"]["fp"]) == (3, 1) and every["modality"] is None
    assert (kept["root"]["tp"], kept["root"]["fp"]) == (3, 0)
    assert kept["modality"] == ["asserted", "planned"]


def test_evaluate_limit_and_several_files() -> None:
    coder = FakeCoder({})
    rep = evaluate([GOLD / "conflibert_class.tsv", GOLD / "gold.jsonl"], coder=coder, limit=2)
    d = rep.to_dict()
    assert d["n"] == 4 and d["limit"] == 2 and d["coverage"] == 0.0
    assert d["formats"] == ["conflibert-class", "jsonl"]
    # Nothing coded: covered scores are empty; the fallback uses the majority gold class.
    assert d["penta"]["n_covered"] == 0 and d["penta"]["strict"]["accuracy"] == 0.0


def test_evaluate_ner_spans(nlp) -> None:  # noqa: ANN001
    text = "Chinese troops fired on Indian soldiers near the border."
    coder = FakeCoder({text: [Spec("Chinese troops", "CHNMIL", "Indian soldiers", "INDMIL", "190")]}, nlp=nlp)
    rep = evaluate([GOLD / "conflibert_ner.txt"], coder=coder)
    d = rep.to_dict()
    assert d["spans"]["S"]["exact"]["tp"] == 1 and d["spans"]["T"]["exact"]["tp"] == 1
    # Gold: 2 + 2 + 2 spans; coded 2, both right.
    assert d["spans"]["all"]["exact"]["p"] == 1.0 and d["spans"]["all"]["exact"]["r"] == round(2 / 6, 4)
    assert d["spans"]["all"]["head"]["tp"] == 2
    assert "root" not in d and "penta" not in d


def test_evaluate_bad_arguments() -> None:
    from triadic.errors import ConfigError

    with pytest.raises(ConfigError, match="E203"):
        evaluate([GOLD / "gold.jsonl"], coder=FakeCoder({}), limit=0)
    with pytest.raises(ConfigError, match="E202"):
        evaluate([GOLD / "gold.jsonl"], "tsv", coder=FakeCoder({}))
    with pytest.raises(ConfigError, match="E207"):
        evaluate([GOLD / "gold.jsonl"], coder=FakeCoder({}), fallback="random")
    with pytest.raises(ConfigError, match=r"E210.*'maybe'.*asserted, planned, hypothetical, negated"):
        evaluate([GOLD / "gold.jsonl"], coder=FakeCoder({}), modality=["asserted", "maybe"])


@pytest.fixture()
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    import triadic.pipeline

    monkeypatch.setattr(triadic.pipeline, "Coder", lambda settings=None: _petrarch_coder())


def test_cli_json_and_table(fake_pipeline: None, tmp_path: Path) -> None:
    r = CliRunner().invoke(app, ["evaluate", str(GOLD / "petrarch.xml"), "--format", "json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert d["n"] == 4 and set(d["root"]) >= {"p", "r", "f1"} and "macro_f1" in d["penta"]
    assert d["plover"]["accuracy"] == 1.0
    err = tmp_path / "e.jsonl"
    r = CliRunner().invoke(app, ["evaluate", str(GOLD / "petrarch.xml"), "--errors", str(err), "-n", "1"])
    assert r.exit_code == 0, r.output
    assert "events: root" in r.stdout and "coverage" in r.stdout
    assert err.exists()
    r = CliRunner().invoke(app, ["evaluate", str(GOLD / "petrarch.xml"), "--format", "csv"])
    assert r.exit_code == 0, r.output
    rows = dict(line.split(",", 1) for line in r.stdout.splitlines()[1:])
    assert rows["root.f1"] == str(d["root"]["f1"]) and rows["n"] == "4"


def test_cli_bad_gold_is_one_line_error(fake_pipeline: None, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "a", "text": "x", "event": "AGREE"},\n {"id": "b" "text": "y"}]',
                   encoding="utf-8")
    r = CliRunner().invoke(app, ["evaluate", str(bad)])
    assert r.exit_code != 0
    assert "E097" in r.output and "bad.json:2" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(app, ["evaluate", str(GOLD / "gold.jsonl"), "--gold-format", "xml"])
    assert r.exit_code != 0 and "E202" in r.output
    r = CliRunner().invoke(app, ["evaluate", str(GOLD / "gold.jsonl"), "--format", "xml"])
    assert r.exit_code != 0 and "xml" in r.output
    r = CliRunner().invoke(app, ["evaluate", str(GOLD / "gold.jsonl"), "--modality", "asserted,maybe"])
    assert r.exit_code != 0 and "E210" in r.output and "Traceback" not in r.output


def test_cli_reports_unknown_labels(fake_pipeline: None, tmp_path: Path) -> None:
    p = tmp_path / "c.tsv"
    p.write_text("A sentence.\t1\nAnother one.\t9\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["evaluate", str(p), "--format", "json"])
    assert r.exit_code == 0, r.output
    assert "unknown penta class '9'" in r.stderr
    assert json.loads(r.stdout)["skipped"][0]["line"] == 2
    r = CliRunner().invoke(app, ["evaluate", str(p), "--strict"])
    assert r.exit_code != 0 and "E098" in r.output


@pytest.mark.slow
def test_classifier_fallback_matches_the_classifier(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from triadic.config import load_settings

    # The fallback needs the classifier on: a developer's TRIADIC_USE_CLASSIFIER=false must not leak in.
    monkeypatch.delenv("TRIADIC_USE_CLASSIFIER", raising=False)
    from triadic.errors import ConfigError
    from triadic.evaluate import classifier_fallback, read_gold

    gold = read_gold(GOLD / "conflibert_class.tsv")
    labels = classifier_fallback(load_settings())([r.text for r in gold.records])
    expected = sum(g.label == p for g, p in zip(gold.records, labels, strict=True)) / len(labels)
    rep = evaluate([GOLD / "conflibert_class.tsv"], coder=FakeCoder({}), fallback="classifier")
    assert rep.penta is not None and rep.penta.fallback_strategy == "classifier"
    # Nothing was coded, so the fallback score is exactly the classifier's own accuracy.
    assert rep.penta.fallback.accuracy == pytest.approx(expected)
    with pytest.raises(ConfigError, match="E208"):
        evaluate([GOLD / "conflibert_class.tsv"], coder=FakeCoder({}), fallback="classifier",
                 settings=load_settings(use_classifier=False))


@pytest.mark.slow
def test_real_coder_on_every_fixture_format(nlp) -> None:  # noqa: ANN001
    try:
        from triadic.pipeline import Coder

        coder = Coder()
    except ImportError as exc:  # the pipeline is still being assembled in this checkout
        pytest.skip(f"triadic.pipeline not available: {exc}")
    for name in ("petrarch.xml", "plover.json", "conflibert_class.tsv", "conflibert_ner.txt", "gold.jsonl"):
        d = evaluate([GOLD / name], coder=coder).to_dict()
        assert d["n"] > 0 and 0.0 <= d["coverage"] <= 1.0, name
        expected = {"petrarch.xml": "root", "plover.json": "plover", "conflibert_class.tsv": "penta",
                    "conflibert_ner.txt": "spans", "gold.jsonl": "triple"}[name]
        assert expected in d, name


def test_conflibert_labels_use_the_phoenix_grouping(tmp_path: Path) -> None:
    # ConfliBERT's class labels put appeals (02) with statements (0) and reductions of relations
    # (16) with verbal conflict (3); a coder's 02 and 16 events must be scored that way.
    gold = tmp_path / "classes.tsv"
    appeal = "Norway urged Chile to release the detained sailors."
    cut = "Peru suspended its aid to Bolivia."
    gold.write_text(f"{appeal}\t0\n{cut}\t3\n", encoding="utf-8")
    fake = FakeCoder({
        appeal: [Spec("Norway", "NOR", "Chile", "CHL", "0243")],
        cut: [Spec("Peru", "PER", "Bolivia", "BOL", "1621")],
    })
    report = evaluate([gold], "conflibert-class", coder=fake).to_dict()
    assert report["penta"]["accuracy"] == 1.0
