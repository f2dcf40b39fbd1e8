"""Article structure on layouts imitating different outlets (fixtures in tests/fixtures/articles)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from triadic.errors import InputError
from triadic.ingest import RawDocument, parse_article, read_inputs
from triadic.model import Article, content_id

FIX = Path(__file__).parent / "fixtures" / "articles"


def _article(name: str) -> Article:
    docs = list(read_inputs([FIX / name]))
    assert len(docs) == 1
    return parse_article(docs[0])


def _check_offsets(a: Article) -> None:
    assert a.id == content_id(a.text)
    assert a.text == "\n\n".join(p.text for p in a.paragraphs)
    for p in a.paragraphs:
        assert a.text[p.start:p.end] == p.text


def test_wire_dateline_is_cut_from_body_and_kept() -> None:
    a = _article("wire_dateline.txt")
    _check_offsets(a)
    assert a.title == "North Korea's Kim makes surprise trip to Beijing, meets Xi"
    assert a.byline == "Jane Doe and Min-su Park"
    assert a.dateline == "SEOUL, March 28 (Reuters)"
    assert a.text.startswith("North Korean leader Kim Jong-un held talks")
    assert "Reuters" not in a.text and "Reporting by" not in a.text
    assert any("Reporting by" in b for b in a.boilerplate)
    assert any("Trust Principles" in b for b in a.boilerplate)
    assert len(a.paragraphs) == 3
    # The dateline has no year and nothing else dates the article.
    assert a.published is None


def test_dateline_year_from_file_name() -> None:
    text = (FIX / "wire_dateline.txt").read_text(encoding="utf-8")
    a = parse_article(RawDocument(text=text, source="archive/2018/reuters-2018-kim.txt"))
    assert a.published == datetime(2018, 3, 28)


def test_date_line_under_byline_no_blank_lines() -> None:
    a = _article("date_under_byline.txt")
    _check_offsets(a)
    assert a.title == "Moon and Kim pledge to end war at Panmunjom summit"
    assert a.byline == "Lee Soo-jin"
    # "Published" wins over the later "Updated" line.
    assert a.published == datetime(2018, 4, 27, 18, 5)
    assert len(a.paragraphs) == 4
    assert "Updated" not in a.text and "Published" not in a.text


def test_no_title_ap_dateline_and_copyright() -> None:
    a = _article("no_title_ap.txt")
    _check_offsets(a)
    assert a.title is None
    assert a.dateline == "WASHINGTON (AP)"
    assert a.text.startswith("President Donald Trump on Thursday")
    assert "Copyright" not in a.text
    assert any(b.startswith("Copyright 2018") for b in a.boilerplate)


def test_bullets_become_paragraphs_without_markers() -> None:
    a = _article("bullets.txt")
    _check_offsets(a)
    assert a.published == datetime(2018, 6, 12, 10, 31)
    bullets = [p.text for p in a.paragraphs if "denuclearisation" in p.text or "security guarantees" in p.text
               or "remains of soldiers" in p.text or "new relationship" in p.text]
    assert len(bullets) == 4
    assert not any(b.startswith(("•", "-", "*")) for b in bullets)
    assert a.paragraphs[-1].text.startswith("Trump said")


def test_captions_kicker_share_and_advertisement() -> None:
    a = _article("captions_guardian.txt")
    _check_offsets(a)
    assert a.title == "China hits back with tariffs on 128 US products"
    assert a.published == datetime(2018, 4, 4, 5, 31)
    assert len(a.captions) == 2
    assert all(c not in a.text for c in a.captions)
    for junk in ("Advertisement", "Share on", "World news", "Read more", "AP Photo", "Photo:"):
        assert junk not in a.text, junk
    assert "US officials said they would consider further measures." in a.text


def test_markdown_with_trailing_site_furniture() -> None:
    a = _article("trailing_boilerplate.md")
    _check_offsets(a)
    assert a.title == "UN Security Council tightens sanctions on North Korea"
    assert a.byline == "Ana Silva, Staff Writer"
    assert a.published == datetime(2018, 3, 30)
    assert len(a.paragraphs) == 3
    for junk in ("Back to Top", "All Headlines", "Previous Next", "©", "Related stories", "US urges allies"):
        assert junk not in a.text, junk


def test_hard_wrapped_lines_are_joined() -> None:
    a = _article("hard_wrapped_yonhap.txt")
    _check_offsets(a)
    assert a.dateline == "Seoul, May 31 (Yonhap)"
    assert len(a.paragraphs) == 3
    assert "\n" not in a.paragraphs[0].text
    assert a.paragraphs[0].text.startswith("North Korea's Foreign Minister Ri Yong-ho held talks")


def test_html_page_through_trafilatura() -> None:
    a = _article("page.html")
    _check_offsets(a)
    assert a.title == "Kim Jong-un to visit Russia, Kremlin says"
    assert a.byline == "Olga Ivanova"
    assert a.published is not None and a.published.date() == date(2018, 6, 14)
    assert a.dateline == "MOSCOW, June 14 (Example)"
    for junk in ("Home", "Another story about football", "Copyright", "Kim Yong-nam arrives in Moscow"):
        assert junk not in a.text, junk
    assert len(a.paragraphs) == 3


def test_published_argument_overrides_everything() -> None:
    raw = next(iter(read_inputs([FIX / "bullets.txt"])))
    assert parse_article(raw, published=date(2020, 1, 2)).published == datetime(2020, 1, 2)


def test_metadata_date_beats_text_and_bad_metadata_falls_back() -> None:
    text = "Title here\nMarch 3, 2018\n\nChina and Russia held talks on Monday."
    meta = RawDocument(text=text, source="x", date="2018-03-05")
    assert parse_article(meta).published == datetime(2018, 3, 5)
    assert parse_article(RawDocument(text=text, source="x", date="soon")).published == datetime(2018, 3, 3)


def test_same_text_same_id_whatever_the_furniture() -> None:
    body = "Japan and South Korea agreed to hold talks in Tokyo."
    a = parse_article(RawDocument(text=f"{body}\n", source="a"))
    b = parse_article(RawDocument(text=f"Advertisement\r\n\r\n{body}\r\n\r\nBack to Top\r\n", source="b"))
    assert a.text == b.text == body
    assert a.id == b.id


def test_crlf_nbsp_and_zero_width_are_normalised() -> None:
    a = parse_article(RawDocument(text="Seoul\u00a0and Tokyo\u200b met.\r\n\r\nThey   talked.", source="x"))
    assert a.text == "Seoul and Tokyo met.\n\nThey talked."


def test_title_from_metadata_is_not_repeated_in_body() -> None:
    raw = RawDocument(text="China retaliates\nChina imposed tariffs on U.S. goods.", source="x",
                      title="China retaliates", kind="jsonl")
    a = parse_article(raw)
    assert a.title == "China retaliates"
    assert a.text == "China imposed tariffs on U.S. goods."


@pytest.mark.parametrize("text", ["Advertisement\n\nBack to Top\n", "A title only\nBy Jane Doe\n"])
def test_nothing_but_furniture_is_a_clear_error(text: str) -> None:
    with pytest.raises(InputError) as err:
        parse_article(RawDocument(text=text, source="junk.txt"))
    assert err.value.code == "E019" and "junk.txt" in str(err.value)


def test_read_articles_sets_aside_furniture_only_documents(tmp_path: Path) -> None:
    from triadic.ingest import Skipped, read_articles

    (tmp_path / "a.txt").write_text("Advertisement\n\nBack to Top\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Japan and China held talks.\n", encoding="utf-8")
    skipped: list[Skipped] = []
    arts = list(read_articles([tmp_path], published=date(2018, 3, 1), on_skip=skipped.append))
    assert [a.text for a in arts] == ["Japan and China held talks."]
    assert arts[0].published == datetime(2018, 3, 1)
    assert len(skipped) == 1 and skipped[0].source.endswith("a.txt")
    assert "no article body" in skipped[0].reason
    with pytest.raises(InputError) as err:
        list(read_articles([tmp_path / "a.txt"]))
    assert err.value.code == "E019"


def test_sentences_opening_with_by_are_not_bylines() -> None:
    text = "Talks resume\n\nBy Friday, the two Koreas had agreed to meet again.\n\nBy Kim Min-ji\n"
    a = parse_article(RawDocument(text=text, source="x"))
    assert a.text == "By Friday, the two Koreas had agreed to meet again."
    assert a.byline == "Kim Min-ji"


def test_short_title_with_standfirst_and_caps_kicker() -> None:
    text = ("ASIA-PACIFIC\nKim visits Beijing\nA surprise trip ahead of two summits\n\n"
            "North Korea's leader met Xi Jinping in Beijing.\n")
    a = parse_article(RawDocument(text=text, source="x"))
    assert a.title == "Kim visits Beijing"
    assert a.boilerplate == ["ASIA-PACIFIC"]
    assert a.paragraphs[-1].text == "North Korea's leader met Xi Jinping in Beijing."


def test_trailers_and_separators_are_boilerplate() -> None:
    text = ("Seoul and Tokyo agreed to share intelligence.\n\n___\n\n"
            "Associated Press writer Mari Yamaguchi in Tokyo contributed to this report.\n\n"
            "(END)\n\nnews@example.com\n")
    a = parse_article(RawDocument(text=text, source="x"))
    assert a.text == "Seoul and Tokyo agreed to share intelligence."
    assert len(a.boilerplate) == 4


@pytest.mark.parametrize(("value", "expected"), [
    ("20180328", datetime(2018, 3, 28)),
    ("28.03.2018", datetime(2018, 3, 28)),
    ("2018-03-28T10:31:00+09:00", datetime(2018, 3, 28, 10, 31)),
    ("Wed, 28 Mar 2018 01:31:00 GMT", datetime(2018, 3, 28, 1, 31)),
    ("March 2018", None),
    ("2018", None),
])
def test_metadata_date_forms(value: str, expected: datetime | None) -> None:
    a = parse_article(RawDocument(text="Seoul protested to Tokyo.", source="x", date=value))
    assert a.published == expected


@pytest.mark.parametrize("text", [
    "Kim in Beijing\nSEOUL, March 28 (Reuters) -\nKim met Xi.\nXi hosted a banquet.\n",
    "Kim in Beijing\n\nSEOUL, March 28 (Reuters) -\nKim met Xi.\n\nXi hosted a banquet.\n",
])
def test_dateline_on_its_own_line(text: str) -> None:
    a = parse_article(RawDocument(text=text, source="x"))
    assert a.dateline == "SEOUL, March 28 (Reuters)"
    assert a.text == "Kim met Xi.\n\nXi hosted a banquet."
