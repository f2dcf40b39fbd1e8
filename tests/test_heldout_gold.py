"""The held-out gold set (benchmarks/data/heldout_events.jsonl) parses with triadic's JSONL gold reader."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from triadic.evaluate import detect_format, read_gold

HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "heldout_events.jsonl"


def test_heldout_is_detected_as_jsonl() -> None:
    assert detect_format(HELDOUT) == "jsonl"


def test_heldout_parses_strictly_with_every_record_scored() -> None:
    # strict=True: an unknown CAMEO code or a typo'd key would raise instead of being skipped.
    gold = read_gold(HELDOUT, "jsonl", strict=True)
    assert not gold.skipped
    assert len(gold.records) >= 180
    ids = [r.id for r in gold.records]
    assert len(set(ids)) == len(ids)
    empty = [r for r in gold.records if r.events == []]
    assert len(empty) >= 15  # the no-event sentences the README promises
    for rec in gold.records:
        assert rec.text.strip()
        assert rec.events is not None  # every record is annotated at the event level
        for ev in rec.events:
            assert ev.code and ev.code.isdigit() and len(ev.code) in (3, 4)


def test_heldout_actors_split_into_countries_and_roles() -> None:
    gold = read_gold(HELDOUT, "jsonl", strict=True)
    sources = [a for r in gold.records for e in r.events or [] for a in e.sources]
    assert sources
    # Every annotated source names at least a country (or IGO) or a role the scorer understands.
    assert all(a.country or a.role for a in sources)
    roots = Counter(e.code[:2] for r in gold.records for e in r.events or [] if e.code)
    assert len(roots) >= 18  # CAMEO roots covered by the set


def test_heldout_private_keys_are_only_documented_ones() -> None:
    allowed = {"_modality"}
    with HELDOUT.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for ev in rec["events"]:
                extra = {k for k in ev if k.startswith("_")}
                assert extra <= allowed
                if "_modality" in ev:
                    assert ev["_modality"] in {"planned", "hypothetical"}
