"""Readers: files, directories, stdin, JSONL, HTML, and every bad input as one clear InputError."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from triadic.errors import InputError
from triadic.ingest import Skipped, read_inputs

FIX = Path(__file__).parent / "fixtures" / "articles"
ARTICLE = "China and Russia held talks in Moscow on Monday.\n"


def _codes(exc: pytest.ExceptionInfo[InputError]) -> tuple[str, str]:
    return exc.value.code, str(exc.value)


def test_directory_is_read_recursively_in_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "one.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    sources = [d.source for d in read_inputs([tmp_path])]
    assert sources == [str(tmp_path / "b" / "two.txt"), str(tmp_path / "one.md")]


def test_fixture_directory_reads_every_layout_and_reports_bad_jsonl_lines() -> None:
    skipped: list[Skipped] = []
    docs = list(read_inputs([FIX], on_skip=skipped.append))
    kinds = {d.kind for d in docs}
    assert kinds == {"text", "html", "jsonl"}
    assert sum(d.kind == "jsonl" for d in docs) == 2
    assert [(s.line, s.reason.split(":")[0]) for s in skipped] == [
        (2, "invalid JSON"), (3, '"text" must be a non-empty string'),
        (4, "expected a JSON object, got list"),
        (7, '"title" must be a string, got int')]


def test_jsonl_metadata_and_source_with_line() -> None:
    docs = list(read_inputs([FIX / "feed.jsonl"], on_skip=lambda s: None))
    first = docs[0]
    assert (first.id, first.title, first.date, first.url) == (
        "n1", "US imposes tariffs on Chinese goods", "2018-07-06", "https://example.org/n1")
    assert first.source.endswith("feed.jsonl:1") and first.line == 1
    assert docs[1].source.endswith("feed.jsonl:6")


def test_json_array_file(tmp_path: Path) -> None:
    p = tmp_path / "a.json"
    p.write_text('[{"text": "Japan protested to China."}, {"text": 3}]', encoding="utf-8")
    skipped: list[Skipped] = []
    docs = list(read_inputs([p], on_skip=skipped.append))
    assert [d.text for d in docs] == ["Japan protested to China."]
    assert skipped[0].line == 2


def test_bad_jsonl_line_with_invalid_utf8_is_skipped_with_its_line(tmp_path: Path) -> None:
    p = tmp_path / "x.jsonl"
    p.write_bytes(b'{"text": "ok one"}\n{"text": "bad \xff"}\n{"text": "ok two"}\n')
    skipped: list[Skipped] = []
    assert [d.text for d in read_inputs([p], on_skip=skipped.append)] == ["ok one", "ok two"]
    assert skipped[0].line == 2 and "byte offset 33" in skipped[0].reason and "(line 2)" in skipped[0].reason


def test_jsonl_date_under_other_tools_names(tmp_path: Path) -> None:
    # "published" (triadic's own Article), "date_publish" (news dumps): read when "date" is absent
    p = tmp_path / "x.jsonl"
    p.write_text('{"text": "a", "published": "2018-03-28"}\n'
                 '{"text": "b", "date_publish": "2019-02-27 08:00:00"}\n'
                 '{"text": "c", "date": "2020-01-02", "published": "1999-01-01"}\n'
                 '{"text": "d", "published": 20180328}\n', encoding="utf-8")
    skipped: list[Skipped] = []
    docs = list(read_inputs([p], on_skip=skipped.append))
    assert [d.date for d in docs] == ["2018-03-28", "2019-02-27 08:00:00", "2020-01-02"]
    assert skipped[0].line == 4 and '"published" must be a string' in skipped[0].reason


def test_stdin_text_jsonl_and_html() -> None:
    [doc] = read_inputs(["-"], stdin=io.StringIO(ARTICLE))
    assert (doc.source, doc.kind, doc.text) == ("<stdin>", "text", ARTICLE)
    docs = list(read_inputs(["-"], stdin=io.StringIO('{"text": "a"}\n{"text": "b", "id": "x"}\n')))
    assert [(d.text, d.id, d.source) for d in docs] == [("a", None, "<stdin>:1"), ("b", "x", "<stdin>:2")]
    html = (FIX / "page.html").read_text(encoding="utf-8")
    [page] = read_inputs(["-"], stdin=io.StringIO(html))
    assert page.kind == "html" and page.title == "Kim Jong-un to visit Russia, Kremlin says"


def test_stdin_bytes_invalid_utf8() -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"Seoul \xc3\x28 said"), encoding="utf-8")
    with pytest.raises(InputError) as err:
        list(read_inputs(["-"], stdin=stream))
    code, msg = _codes(err)
    assert code == "E015" and "byte offset 6" in msg


def test_missing_path_fails_before_anything_is_read(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    it = read_inputs([good, tmp_path / "nope.txt"])
    with pytest.raises(InputError) as err:
        next(it)
    code, msg = _codes(err)
    assert code == "E011" and "nope.txt" in msg and "\n" not in msg


def test_directory_without_articles(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("x\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        list(read_inputs([tmp_path]))
    assert _codes(err)[0] == "E012"


def test_directory_whose_files_are_all_unreadable(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "b.txt").write_text("   \n", encoding="utf-8")
    skipped: list[Skipped] = []
    with pytest.raises(InputError) as err:
        list(read_inputs([tmp_path], on_skip=skipped.append))
    assert _codes(err)[0] == "E012"
    assert sorted(Path(s.source).name for s in skipped) == ["a.txt", "b.txt"]
    assert "binary" in skipped[0].reason and "empty" in skipped[1].reason


@pytest.mark.parametrize(
    ("name", "content", "code", "needle"),
    [
        ("bin.txt", b"abc\x00def", "E013", "binary"),
        ("doc.pdf", b"%PDF-1.4\n...", "E013", "binary"),
        ("empty.txt", b"", "E014", "empty"),
        ("blank.txt", b"  \n\n \t\n", "E014", "empty"),
        ("latin.txt", "Pyongyang a dit caf\xe9".encode("latin-1"), "E015", "byte offset 19"),
        ("empty.jsonl", b"\n\n", "E014", "empty"),
        ("allbad.jsonl", b"nope\n[1]\n", "E017", "no valid article record"),
        ("broken.json", b"[{\"text\": ", "E017", "not valid JSON"),
        ("nothing.html", b"<html><head><title>t</title></head><body><script>1;</script></body></html>",
         "E018", "no article text"),
    ],
)
def test_bad_files_give_one_line_errors(tmp_path: Path, name: str, content: bytes, code: str,
                                        needle: str) -> None:
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(InputError) as err:
        list(read_inputs([p], on_skip=lambda s: None))
    got, msg = _codes(err)
    assert got == code, msg
    assert needle in msg and name in msg and "\n" not in msg


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads anything")
def test_unreadable_file(tmp_path: Path) -> None:
    p = tmp_path / "secret.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    p.chmod(0)
    try:
        with pytest.raises(InputError) as err:
            list(read_inputs([p]))
        code, msg = _codes(err)
        assert code == "E016" and "secret.txt" in msg
    finally:
        p.chmod(0o644)


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same error path as a permission problem, for runs as root where chmod does not bite."""
    p = tmp_path / "locked.txt"
    p.write_text(ARTICLE, encoding="utf-8")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(InputError) as err:
        list(read_inputs([p]))
    code, msg = _codes(err)
    assert code == "E016" and "locked.txt" in msg and "Permission denied" in msg


def test_no_paths() -> None:
    with pytest.raises(InputError) as err:
        list(read_inputs([]))
    assert _codes(err)[0] == "E010"


def test_utf8_bom_is_dropped_and_unknown_suffix_read_as_text(tmp_path: Path) -> None:
    p = tmp_path / "article.news"
    p.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    [doc] = read_inputs([p])
    assert doc.text == ARTICLE


def test_html_sniffed_without_suffix(tmp_path: Path) -> None:
    p = tmp_path / "page"
    shutil.copy(FIX / "page.html", p)
    [doc] = read_inputs([p])
    assert doc.kind == "html" and doc.byline == "Olga Ivanova"


def test_stdin_jsonl_is_streamed_and_a_bad_byte_spoils_one_line() -> None:
    data = b'\n{"text": "one"}\n{"text": "t\xffo"}\nnot json\n{"text": "three"}\n'
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    skipped: list[Skipped] = []
    docs = list(read_inputs(["-"], stdin=stream, on_skip=skipped.append))
    assert [(d.text, d.line) for d in docs] == [("one", 2), ("three", 5)]
    assert [(s.line, s.reason.split(":")[0]) for s in skipped] == [
        (3, "'<stdin>' is not valid UTF-8"), (4, "invalid JSON")]


def test_symlink_loop_in_directory_is_not_followed_forever(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert len(list(read_inputs([tmp_path]))) == 1
