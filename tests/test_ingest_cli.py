"""`triadic read` and `triadic dates` driven in-process; bad inputs give one line and a non-zero exit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from triadic.cli import app

FIX = Path(__file__).parent / "fixtures" / "articles"


def _run(*args: str, input: str | None = None):
    return CliRunner().invoke(app, list(args), input=input)


def test_read_json_on_fixture_layouts(tmp_path: Path) -> None:
    quarantine = tmp_path / "skipped.jsonl"
    r = _run("read", str(FIX), "--format", "json", "--skipped", str(quarantine))
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    by_name = {Path(d["source"].split(":")[0]).name + (":" + d["source"].split(":")[1]
                                                       if d["source"].count(":") else ""): d for d in data}
    assert by_name["wire_dateline.txt"]["dateline"] == "SEOUL, March 28 (Reuters)"
    assert by_name["date_under_byline.txt"]["published"] == "2018-04-27T18:05:00"
    assert by_name["page.html"]["title"] == "Kim Jong-un to visit Russia, Kremlin says"
    assert by_name["feed.jsonl:1"]["url"] == "https://example.org/n1"
    assert "text" not in by_name["bullets.txt"]
    lines = [json.loads(x) for x in quarantine.read_text(encoding="utf-8").splitlines()]
    assert [x["line"] for x in lines] == [2, 3, 4, 7]


def test_read_date_override_and_text_jsonl() -> None:
    r = _run("read", str(FIX / "no_title_ap.txt"), "--format", "jsonl", "--text", "--date", "2018-03-22")
    assert r.exit_code == 0, r.output
    [rec] = [json.loads(x) for x in r.stdout.splitlines()]
    assert rec["published"] == "2018-03-22T00:00:00"
    assert rec["text"].startswith("President Donald Trump")


def test_read_csv_and_table() -> None:
    r = _run("read", str(FIX / "bullets.txt"), "--format", "csv")
    assert r.exit_code == 0, r.output
    header, row = r.stdout.splitlines()[:2]
    assert header.startswith("id,source,title") and "Trump and Kim sign joint statement" in row
    t = _run("read", str(FIX / "bullets.txt"))
    assert t.exit_code == 0 and "source" in t.stdout and "title" in t.stdout


def test_read_stdin() -> None:
    r = _run("read", "-", "--format", "json", input="WASHINGTON (AP) — Tokyo and Seoul met.\n")
    assert r.exit_code == 0, r.output
    [rec] = json.loads(r.stdout)
    assert rec["source"] == "<stdin>" and rec["dateline"] == "WASHINGTON (AP)"


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        (None, None, "E011"),
        ("bin.txt", b"\x00\x01\x02", "E013"),
        ("empty.txt", b"", "E014"),
        ("bad.txt", b"caf\xe9 au lait", "E015"),
        ("dir", None, "E012"),
        ("junk.txt", b"Advertisement\n\nBack to Top\n", "E019"),
    ],
)
def test_read_bad_inputs_one_line(tmp_path: Path, name: str | None, content: bytes | None,
                                  needle: str) -> None:
    if name is None:
        target = tmp_path / "missing.txt"
    elif content is None:
        target = tmp_path / name
        target.mkdir()
    else:
        target = tmp_path / name
        target.write_bytes(content)
    r = _run("read", str(target))
    assert r.exit_code != 0
    lines = [x for x in r.output.splitlines() if x.strip()]
    assert len(lines) == 1 and needle in lines[0], r.output
    assert "Traceback" not in r.output


def test_read_unknown_format() -> None:
    r = _run("read", str(FIX / "bullets.txt"), "--format", "xml")
    assert r.exit_code != 0 and "unknown --format" in r.output


@pytest.mark.slow
def test_dates_command(nlp) -> None:
    r = _run("dates", "Kim met Xi on Monday and will visit Seoul next month.", "--date", "2018-03-28",
             "--format", "json")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert [(x["text"], x["date"], x["precision"]) for x in rows] == [
        ("on Monday", "2018-03-26", "day"), ("next month", "2018-04-01", "month")]
    bad = _run("dates", "today", "--date", "28/03/2018")
    assert bad.exit_code != 0 and "YYYY-MM-DD" in bad.output
