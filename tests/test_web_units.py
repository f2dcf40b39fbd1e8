"""The dashboard's small pieces: span segmentation, re-anchoring, parameter parsing, the network layout."""

from __future__ import annotations

from datetime import date

import pytest

from triadic.errors import AnalysisError, InputError
from triadic.web._highlight import Mark, anchor, segments
from triadic.web._layout import spring_layout
from triadic.web._params import parse_event_query, parse_window

TEXT = "Seoul offered talks to Pyongyang on Monday."


def test_segments_cover_the_text_and_carry_overlapping_marks() -> None:
    # a quote spanning the whole sentence overlaps the three spans of an event inside it
    marks = [Mark("source", 100, 105, "e1"), Mark("trigger", 106, 113, "e1"), Mark("target", 123, 132, "e1"),
             Mark("quote", 100, 132, "q1")]
    segs = segments(TEXT, 100, marks)
    assert "".join(s.text for s in segs) == TEXT
    by_text = {s.text: s for s in segs}
    assert by_text["Seoul"].marks == ("source", "quote") and by_text["Seoul"].refs == ("e1", "q1")
    assert by_text["offered"].marks == ("trigger", "quote")
    assert by_text["Pyongyang"].marks == ("target", "quote")
    assert by_text[" on Monday."].marks == ()


def test_marks_outside_the_text_are_clipped_or_dropped() -> None:
    segs = segments(TEXT, 100, [Mark("source", 90, 105), Mark("target", 500, 510)])
    assert segs[0].text == "Seoul" and segs[0].marks == ("source",)
    assert "".join(s.text for s in segs) == TEXT and all("target" not in s.marks for s in segs)


def test_anchor_uses_offsets_then_searches_then_gives_up() -> None:
    assert anchor(TEXT, 100, "target", 123, 132, "Pyongyang") == Mark("target", 123, 132)
    # offsets that point at other words (an older store): the span text is found in the sentence instead
    assert anchor(TEXT, 100, "target", 100, 109, "Pyongyang") == Mark("target", 123, 132)
    assert anchor(TEXT, 100, "target", None, None, "Pyongyang") == Mark("target", 123, 132)
    assert anchor(TEXT, 100, "target", 100, 109, "Tokyo") is None
    assert anchor(TEXT, 100, "target", 5, 3, None) is None


def test_event_query_normalises_and_validates() -> None:
    q = parse_event_query(actor="prk, usagov", quad="4,3,4", root="4", modality="Planned",
                          start="2018-01-01", dyad="chn-usa")
    assert q.actors == ("PRK", "USAGOV") and q.quads == (4, 3) and q.roots == ("04",)
    assert q.modalities == ("planned",) and q.start == date(2018, 1, 1) and q.dyad == ("CHN", "USA")
    with pytest.raises(InputError, match="too many values"):
        parse_event_query(actor=",".join(["PRK"] * 201))
    with pytest.raises(InputError, match="invalid code"):
        parse_event_query(code="2101")


def test_window_parsing_bounds_rolling_windows() -> None:
    assert parse_window(None) == "all" and parse_window("30D") == "30d" and parse_window("90d:30") == "90d:30"
    with pytest.raises(InputError, match="too long"):
        parse_window("5000d")
    with pytest.raises(AnalysisError, match="unknown window"):
        parse_window("fortnight")


def test_layout_is_deterministic_and_inside_the_unit_square() -> None:
    nodes = ["USA", "CHN", "PRK", "KOR", "JPN"]
    edges = [("USA", "CHN", 10.0), ("CHN", "PRK", 4.0), ("PRK", "KOR", 2.0), ("USA", "KOR", 8.0)]
    a = spring_layout(nodes, edges)
    assert a == spring_layout(list(reversed(nodes)), edges)
    assert set(a) == set(nodes) and all(0 <= x <= 1 and 0 <= y <= 1 for x, y in a.values())
    assert len(set(a.values())) == len(nodes)
    assert spring_layout([], []) == {} and spring_layout(["A"], []) == {"A": (0.5, 0.5)}
