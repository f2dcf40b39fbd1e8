"""Gold readers on small files written for these tests, and clear errors on bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from triadic.errors import GoldFormatError
from triadic.evaluate import detect_format, detokenize, read_gold

GOLD = Path(__file__).parent / "fixtures" / "gold"


@pytest.mark.parametrize(("name", "fmt"), [
    ("petrarch.xml", "petrarch-xml"), ("plover.json", "plover-json"),
    ("conflibert_class.tsv", "conflibert-class"), ("conflibert_ner.txt", "conflibert-ner"),
    ("gold.jsonl", "jsonl"),
])
def test_detect_format(name: str, fmt: str) -> None:
    assert detect_format(GOLD / name) == fmt


def test_petrarch_xml() -> None:
    g = read_gold(GOLD / "petrarch.xml")
    ids = [r.id for r in g.records]
    assert ids == ["T-01", "T-02", "T-03", "T-05"]
    t1, t2, t3, t5 = g.records
    # Wrapped <Text> lines are joined with single spaces; <Parse> is ignored.
    assert t1.text.startswith("The French prime minister travelled to Berlin on Friday for talks")
    assert [e.code for e in t1.events or []] == ["042", "043"]
    src = (t1.events or [])[0].sources[0]
    assert (src.country, src.role) == ("FRA", "GOV")
    assert t1.label == 1 and t1.date == "20240105" and t1.line == 6
    assert t2.events == []  # noevents="True"
    assert [e.code for e in t3.events or []] == ["195"]  # the coding with error= was skipped
    tgt = (t5.events or [])[0].targets[0]
    assert (tgt.country, tgt.role) == (None, "EDU")
    assert t5.text == "Nigerian police detained several students in Lagos."
    reasons = [s.reason for s in g.skipped]
    assert any("error='wrong target'" in r for r in reasons)
    # T-04's only coding carries an unknown attribute, so the sentence is reported, not scored.
    assert any(s.record == "T-04" and "not scored" in s.reason for s in g.skipped)


def test_plover_json_maps_legacy_labels_and_groups_sentences() -> None:
    g = read_gold(GOLD / "plover.json")
    assert len(g.records) == 2  # p2 and p3 share their text: one sentence with two events
    r1, r2 = g.records
    assert [e.plover for e in r1.events or []] == ["ASSAULT"]  # FIGHT
    assert [e.plover for e in r2.events or []] == ["REQUEST", "AGREE"]  # DEMAND
    assert (r1.events or [])[0].sources[0].role == "COP"
    assert r1.has_plover and not r1.has_codes and r1.has_actors


def test_conflibert_class_and_ner() -> None:
    c = read_gold(GOLD / "conflibert_class.tsv")
    assert [r.label for r in c.records] == [0, 1, 2, 3, 4]
    n = read_gold(GOLD / "conflibert_ner.txt")
    assert len(n.records) == 3
    first, second, third = n.records
    assert first.text == "Chinese troops fired on Indian soldiers near the border."
    assert [(s.role, s.start, s.end) for s in first.spans or []] == [("S", 0, 2), ("T", 4, 6)]
    assert [(s.role, s.start, s.end) for s in second.spans or []] == [("R", 3, 4), ("R", 5, 6)]
    assert third.text.startswith("Canada's prime minister")
    assert second.line == 12


def test_detokenize_offsets_point_at_tokens() -> None:
    toks = ["Iran", "'s", "envoy", "(", "left", ")", "said", "no", "."]
    text, offs = detokenize(toks)
    assert text == "Iran's envoy (left) said no."
    assert [text[s:e] for s, e in offs] == toks
    toks = ["Oslo", "’", "s", "mayor", "spoke", "."]
    text, offs = detokenize(toks)
    assert text == "Oslo’s mayor spoke."
    assert [text[s:e] for s, e in offs] == toks


def test_jsonl_gold() -> None:
    g = read_gold(GOLD / "gold.jsonl")
    j1, j2, j3, j4 = g.records
    assert j1.has_codes and j1.has_actors and j1.label == 1
    assert (j1.events or [])[0].plover == "CONSULT"  # derived from 043
    assert j2.events == [] and j2.has_codes
    assert (j3.events or [])[0].plover == "AGREE"
    assert j4.events is None and j4.label == 0 and not j4.has_codes


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_malformed_xml_names_line_and_record(tmp_path: Path) -> None:
    p = _write(tmp_path, "bad.xml", '<Sentences>\n<Sentence date="20240101" id="B-1">\n'
               '<EventCoding sourcecode="USA" targetcode="CHN" eventcode="042"/>\n'
               '<Text>Trade & tariffs</Text>\n</Sentence>\n</Sentences>\n')
    with pytest.raises(GoldFormatError) as exc:
        read_gold(p)
    msg = str(exc.value)
    assert "[E096]" in msg and "bad.xml:4" in msg and "B-1" in msg


def test_malformed_json_names_record_and_line(tmp_path: Path) -> None:
    p = _write(tmp_path, "bad.json", '[\n {"id": "a", "text": "x", "event": "AGREE"},\n'
               ' {"id": "b", "text": "y" "event": "AGREE"}\n]\n')
    with pytest.raises(GoldFormatError) as exc:
        read_gold(p)
    assert "bad.json:3" in str(exc.value) and "record #2" in str(exc.value) and "[E097]" in str(exc.value)
    p = _write(tmp_path, "bad.jsonl", '{"text": "ok", "events": []}\n{"text": "broken", \n')
    with pytest.raises(GoldFormatError, match=r"bad\.jsonl:2"):
        read_gold(p)


def test_unknown_labels_are_reported_or_strict_errors(tmp_path: Path) -> None:
    p = _write(tmp_path, "c.tsv", "A sentence.\t1\nAnother sentence.\t7\n")
    g = read_gold(p, "conflibert-class")
    assert len(g.records) == 1
    assert len(g.skipped) == 1 and g.skipped[0].line == 2 and "'7'" in g.skipped[0].reason
    with pytest.raises(GoldFormatError, match=r"c\.tsv:2.*unknown penta class '7'"):
        read_gold(p, "conflibert-class", strict=True)
    pj = _write(tmp_path, "p.json", '[{"id": "z", "text": "t", "event": "DANCE"}]')
    g = read_gold(pj)
    assert not g.records and "DANCE" in g.skipped[0].reason and g.skipped[0].record == "z"
    px = _write(tmp_path, "x.xml", '<S><Sentence id="q"><EventCoding sourcecode="USA" targetcode="CHN" '
                'eventcode="212"/><Text>t</Text></Sentence></S>')
    # XML codes are strings: "212" is not CAMEO (roots stop at 20), not a "0212" missing its zero.
    with pytest.raises(GoldFormatError, match="unknown CAMEO event code '212'"):
        read_gold(px, strict=True)
    pn = _write(tmp_path, "n.txt", "Oslo B-X\nspoke O\n\nRome B-S\nwept O\n")
    g = read_gold(pn, "conflibert-ner")
    assert len(g.records) == 1 and "B-X" in g.skipped[0].reason


def test_other_bad_files(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="E094"):
        read_gold(tmp_path / "missing.xml")
    with pytest.raises(GoldFormatError, match="E095"):
        read_gold(_write(tmp_path, "odd.txt", "just some words here\nand more\n"))
    with pytest.raises(GoldFormatError, match=r"E200.*t\.tsv:1"):
        read_gold(_write(tmp_path, "t.tsv", "no tab here\n"), "conflibert-class")
    with pytest.raises(GoldFormatError, match=r"E201.*n\.txt:2"):
        read_gold(_write(tmp_path, "n.txt", "Paris B-S\nthree fields here\n"), "conflibert-ner")
    with pytest.raises(GoldFormatError, match=r"unknown key\(s\) evnts"):
        read_gold(_write(tmp_path, "k.jsonl", '{"text": "t", "evnts": []}\n'))
    with pytest.raises(GoldFormatError, match="no <Text>"):
        read_gold(_write(tmp_path, "e.xml", '<Sentence id="s"><EventCoding noevents="True"/></Sentence>'))
