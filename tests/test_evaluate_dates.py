"""Gold records are coded with their own date as the publication date."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from _evaluate_fakes import FakeCoder
from triadic.evaluate import evaluate
from triadic.evaluate._runner import published_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-14", date(2025, 3, 14)),
        ("2025-03-14T08:30:00Z", date(2025, 3, 14)),
        ("20180301", date(2018, 3, 1)),
        (" 2024-12-31 ", date(2024, 12, 31)),
        ("", None),
        (None, None),
        ("March 2018", None),
        ("2025-13-40", None),
    ],
)
def test_published_date_reads_iso_and_compact_dates(value: str | None, expected: date | None) -> None:
    assert published_date(value) == expected


def _gold(tmp_path: Path, dates: list[str | None]) -> Path:
    path = tmp_path / "gold.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i, d in enumerate(dates):
            rec: dict[str, object] = {"id": f"r{i}", "text": f"Sentence {i} about nothing.", "events": []}
            if d is not None:
                rec["date"] = d
            fh.write(json.dumps(rec) + "\n")
    return path


def test_each_record_is_coded_with_its_own_date_in_order(tmp_path: Path) -> None:
    coder = FakeCoder({})
    gold = _gold(tmp_path, ["2025-01-02", "2025-01-02", None, "2019-07-30", "2025-01-02"])
    rep = evaluate([gold], "jsonl", coder=coder)
    assert rep.n == 5
    assert coder.published == [date(2025, 1, 2), date(2025, 1, 2), None, date(2019, 7, 30), date(2025, 1, 2)]
    # runs of one date share a call: four runs, four calls
    assert coder.calls == 4


def test_undated_gold_is_coded_in_one_batch(tmp_path: Path) -> None:
    coder = FakeCoder({})
    evaluate([_gold(tmp_path, [None] * 6)], "jsonl", coder=coder)
    assert coder.calls == 1
    assert coder.published == [None] * 6
