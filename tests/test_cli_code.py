"""`triadic code` end to end through the CLI: the JSON contract, storage, and bad inputs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from triadic import __version__
from triadic.cli import app
from triadic.store import Store

# (the backslash continues the dateline paragraph: it stays one line of the article)
ARTICLE = """Beijing hosts Pyongyang's leader

By A. Writer
March 28, 2018

BEIJING, March 28 - North Korean leader Kim Jong-un visited Beijing and held talks with \
Chinese President Xi Jinping on Monday.

Xi praised North Korea for its commitment to dialogue. The United States criticised China over trade.

Copyright 2018 Some Outlet. All rights reserved.
"""

runner = CliRunner()


@pytest.fixture(scope="module")
def article_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    p = tmp_path_factory.mktemp("arts") / "kim.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def _code(*args: str) -> tuple[int, str]:
    r = runner.invoke(app, ["code", *args])
    return r.exit_code, r.output


def test_version_and_help() -> None:
    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0 and __version__ in r.output
    r = runner.invoke(app, ["code", "--help"])
    assert r.exit_code == 0 and "--format" in r.output and "--date" in r.output


def test_json_contract(article_file: Path, tmp_path: Path, nlp: object) -> None:
    code, out = _code(str(article_file), "--format", "json", "--store", str(tmp_path / "s.duckdb"))
    assert code == 0, out
    data = json.loads(out[out.index("["):out.rindex("]") + 1])
    assert isinstance(data, list) and len(data) == 1
    art = data[0]["article"]
    assert set(art) >= {"id", "title", "byline", "published", "source", "text"}
    assert art["title"].startswith("Beijing hosts")
    assert "Copyright" not in art["text"] and "By A. Writer" not in art["text"]
    assert art["published"].startswith("2018-03-28")
    events = data[0]["events"]
    assert events, "the article has a visit and talks: events expected"
    for ev in events:
        assert set(ev) >= {"id", "sentence", "source", "target", "cameo", "root", "quad", "goldstein",
                           "plover", "modality", "date", "date_precision", "trigger", "attributed_to"}
        assert isinstance(ev["cameo"], str) and ev["cameo"][:2] == ev["root"]
        assert ev["modality"] in ("asserted", "planned", "hypothetical", "negated")
        text = art["text"]
        for key in ("source", "target"):
            if ev[key] is not None:
                assert text[ev[key]["start"]:ev[key]["end"]] == ev[key]["text"]
        assert text[ev["trigger"]["start"]:ev["trigger"]["end"]] == ev["trigger"]["text"]
        s = ev["sentence"]
        assert text[s["start"]:s["end"]] == s["text"]
    pairs = {(e["source"]["country"], e["target"]["country"]) for e in events if e["target"]}
    assert ("PRK", "CHN") in pairs


def test_same_article_twice_adds_nothing(article_file: Path, tmp_path: Path, nlp: object) -> None:
    db = tmp_path / "s.duckdb"
    assert _code(str(article_file), "--store", str(db), "--format", "none")[0] == 0
    with Store(db, read_only=True) as s:
        n_art, n_ev = s.count("articles"), s.count("events")
    assert n_art == 1 and n_ev > 0
    assert _code(str(article_file), "--store", str(db), "--format", "none")[0] == 0
    with Store(db, read_only=True) as s:
        assert (s.count("articles"), s.count("events")) == (n_art, n_ev)


def test_other_formats(article_file: Path, tmp_path: Path, nlp: object) -> None:
    code, out = _code(str(article_file), "--format", "jsonl", "--no-store")
    assert code == 0, out
    lines = [json.loads(x) for x in out.splitlines() if x.startswith("{")]
    assert lines and all("article_id" in x and "cameo" in x for x in lines)
    code, out = _code(str(article_file), "--format", "csv", "--no-store")
    assert code == 0, out
    assert out.splitlines()[0].startswith("article_id,id,sentence_index,source_code")


def test_date_override_and_missing_date(tmp_path: Path, nlp: object) -> None:
    p = tmp_path / "nodate.txt"
    p.write_text("China and Russia held talks in Moscow.\n", encoding="utf-8")
    code, out = _code(str(p), "--no-store", "--format", "json")
    assert code == 0, out
    assert "no publication date" in out
    code, out = _code(str(p), "--no-store", "--format", "json", "--date", "2019-05-02")
    assert code == 0, out
    data = json.loads(out[out.index("["):out.rindex("]") + 1])
    assert data[0]["article"]["published"].startswith("2019-05-02")


@pytest.mark.parametrize(
    "make, expect",
    [
        (lambda d: d / "does-not-exist.txt", "does not exist"),
        (lambda d: (d / "emptydir").mkdir() or d / "emptydir", "no readable article"),
        (lambda d: (d / "bin.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50) and d / "bin.txt", "binary"),
        (lambda d: (d / "empty.txt").write_text("") or d / "empty.txt", "empty"),
        (lambda d: (d / "latin.txt").write_bytes("Caf\xe9 talks".encode("latin-1")) and d / "latin.txt",
         "UTF-8"),
    ],
    ids=["missing", "empty-dir", "binary", "empty-file", "bad-utf8"],
)
def test_bad_inputs_give_one_line(make, expect: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    r = runner.invoke(app, ["code", str(path), "--no-store"])
    assert r.exit_code != 0
    assert expect.lower() in r.output.lower(), r.output
    assert "Traceback" not in r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)


def test_unknown_format_and_bad_date(article_file: Path) -> None:
    r = runner.invoke(app, ["code", str(article_file), "--format", "xml", "--no-store"])
    assert r.exit_code != 0 and "unknown --format 'xml'" in r.output and "jsonl" in r.output
    r = runner.invoke(app, ["code", str(article_file), "--date", "28/03/2018", "--no-store"])
    assert r.exit_code != 0 and "YYYY-MM-DD" in r.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere; covered by the missing-folder case")
def test_unwritable_store_permission(article_file: Path, tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    r = runner.invoke(app, ["code", str(article_file), "--store", str(ro / "x.duckdb")])
    assert r.exit_code != 0 and "cannot write store" in r.output


def test_unwritable_store(article_file: Path, tmp_path: Path) -> None:
    r = runner.invoke(app, ["code", str(article_file), "--store", str(tmp_path / "no" / "x.duckdb")])
    assert r.exit_code != 0 and "cannot create store" in r.output and "Traceback" not in r.output
    r = runner.invoke(app, ["code", str(article_file), "--store", str(tmp_path)])
    assert r.exit_code != 0 and "is a directory" in r.output


def test_store_that_is_not_duckdb(article_file: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("this is not a database\n" * 100)
    r = runner.invoke(app, ["code", str(article_file), "--store", str(bogus)])
    assert r.exit_code != 0 and "cannot open store" in r.output and "Traceback" not in r.output


def test_error_messages_keep_square_brackets(tmp_path: Path) -> None:
    # rich markup must not swallow bracketed text such as a file named like an extra
    bad = tmp_path / "notes[2018].txt"
    r = runner.invoke(app, ["code", str(bad), "--no-store"])
    assert r.exit_code != 0 and "notes[2018].txt" in r.output
