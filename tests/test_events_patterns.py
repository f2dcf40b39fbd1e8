"""Patterns as data: coverage of the shipped files, user extension, and validation errors."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _events_fake import fake_index
from triadic.cli import app
from triadic.errors import DictionaryError
from triadic.events import EventCoder, check_patterns, load_patterns, shipped_patterns
from triadic.model import Article, Sentence, content_id


def test_shipped_patterns_cover_every_root_and_150_codes() -> None:
    ps = shipped_patterns()
    codes = ps.codes()
    assert {c[:2] for c in codes} == {f"{r:02d}" for r in range(1, 21)}
    assert sum(1 for c in codes if len(c) >= 3) >= 150
    kinds = {p.kind for p in ps.all_patterns()}
    assert kinds == {"verb", "noun"}
    # phrasal verbs and light-verb constructions are there
    specs = {p.spec for p in ps.all_patterns()}
    assert any(s.startswith("step up") for s in specs) and any(s.startswith("cut +tie") for s in specs)


def test_user_pattern_file_extends_the_coder(nlp, tmp_path: Path) -> None:
    text = "Japan outflanked Russia on Monday."
    user = tmp_path / "mine.yaml"
    user.write_text('codes:\n  "111":\n    verbs: [outflank]\n', encoding="utf-8")
    doc = nlp(text)
    art = Article(id=content_id(text), text=text, published=datetime(2019, 1, 7))
    sents = [Sentence(i, s.text, s.start_char, s.end_char) for i, s in enumerate(doc.sents)]
    plain = EventCoder(load_patterns()).code_doc(doc, art, sents, fake_index(doc))[0]
    extended = EventCoder(load_patterns([user])).code_doc(doc, art, sents, fake_index(doc))[0]
    assert not any(e.cameo == "111" for e in plain)
    ev = [e for e in extended if e.cameo == "111"]
    assert ev and ev[0].rule and "outflank" in ev[0].rule
    assert (ev[0].source.actor.code, ev[0].target.actor.code) == ("JPN", "RUS")


@pytest.mark.parametrize(
    ("content", "line", "code", "needle"),
    [
        ('codes:\n  "999":\n    verbs: [frob]\n', 2, "E132", "unknown CAMEO code '999'"),
        ('codes:\n  "042":\n    verbz: [frob]\n', 3, "E131", "unknown key 'verbz'"),
        ('codes:\n  "042":\n    verbs: [frob\n', None, "E130", "not valid YAML"),
        ('codes:\n  "042":\n    nouns: ["+trip"]\n', 3, "E131", "only for verb patterns"),
        (
            'codes:\n  "042":\n    verbs: [frob]\n  "111":\n    verbs: [frob]\n',
            5,
            "E133",
            "already coded 042",
        ),
        ('codes:\n  "042":\n    notarget: maybe\n', 3, "E131", "true or false"),
    ],
)
def test_validation_names_file_and_line(
    tmp_path: Path, content: str, line: int | None, code: str, needle: str
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        load_patterns([bad])
    msg = str(info.value)
    assert f"[{code}]" in msg and needle in msg and str(bad) in msg
    if line is not None:
        assert f"{bad}:{line}:" in msg


def test_missing_user_file() -> None:
    with pytest.raises(DictionaryError, match="E135"):
        load_patterns([Path("/nonexistent/patterns.yaml")])


def test_check_summary(tmp_path: Path) -> None:
    user = tmp_path / "u.yaml"
    user.write_text('codes:\n  "0841":\n    verbs: ["spring +prisoner"]\n', encoding="utf-8")
    s = check_patterns([user])
    assert s.codes_3_4_digit >= 150 and str(user) in s.files and len(s.roots) == 20


def test_cli_patterns_list_and_check(tmp_path: Path) -> None:
    r = CliRunner().invoke(app, ["patterns", "--code", "163", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert '"163"' in r.output and '"verb"' in r.output
    user = tmp_path / "u.yaml"
    user.write_text('codes:\n  "042":\n    verbs: ["swing by"]\n', encoding="utf-8")
    r = CliRunner().invoke(app, ["patterns", "--check", "--patterns", str(user)])
    assert r.exit_code == 0, r.output
    assert "ok:" in r.output


def test_cli_patterns_lists_no_event_senses_and_rejects_other_words() -> None:
    r = CliRunner().invoke(app, ["patterns", "--code", "none", "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert rows and all(row["code"] == "none" for row in rows)
    r = CliRunner().invoke(app, ["patterns", "--code", "talks"])
    assert r.exit_code != 0 and "E141" in r.output and "Traceback" not in r.output


def test_cli_bad_pattern_file_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    # an unknown number, and a word that is not the no-event key "none"
    for code in ('"4242"', "nothing"):
        bad.write_text(f'codes:\n  {code}:\n    verbs: ["roll out"]\n', encoding="utf-8")
        r = CliRunner().invoke(app, ["patterns", "--check", "--patterns", str(bad)])
        assert r.exit_code != 0
        assert "E132" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(app, ["patterns", "--format", "xml"])
    assert r.exit_code != 0 and "E140" in r.output


def test_duplicate_code_key_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "dup.yaml"
    bad.write_text('codes:\n  "042":\n    verbs: [a]\n  "042":\n    verbs: [b]\n', encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"dup.yaml:4: code 042 appears twice"):
        load_patterns([bad])
