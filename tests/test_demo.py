"""`triadic demo`: the bundled corpus coded end to end names PRK as the pivot between CHN and USA."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from triadic.cli import app
from triadic.demo import demo_corpus_dir
from triadic.store import Store


def test_demo_corpus_is_bundled() -> None:
    files = sorted(demo_corpus_dir().glob("*.txt"))
    assert len(files) >= 8
    text = " ".join(f.read_text(encoding="utf-8") for f in files).lower()
    for topic in ("beijing", "panmunjom", "singapore", "tariffs", "moscow", "sanctions"):
        assert topic in text


def test_demo_names_prk_the_pivot(tmp_path: Path, nlp: object) -> None:
    db = tmp_path / "demo.duckdb"
    r = CliRunner().invoke(app, ["demo", "--store", str(db), "--format", "json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout[r.stdout.index("{"):])
    assert out["articles"] == len(list(demo_corpus_dir().glob("*.txt")))
    assert "PRK is the pivot between CHN and USA" in out["pivots"]
    tri = next(t for t in out["triangles"] if sorted(t["actors"]) == ["CHN", "PRK", "USA"])
    assert tri["kind"] == "romantic" and tri["pivot"] == "PRK" and sorted(tri["wings"]) == ["CHN", "USA"]
    with Store(db, read_only=True) as s:
        ids = {r["id"] for r in s.query("SELECT id FROM events")}
    # every piece of evidence is a stored event
    assert tri["evidence"] and set(tri["evidence"]) <= ids
    # running the demo again rebuilds the store instead of duplicating it
    r2 = CliRunner().invoke(app, ["demo", "--store", str(db), "--format", "json"])
    assert r2.exit_code == 0, r2.output
    with Store(db, read_only=True) as s:
        assert s.count("events") == len(ids)
