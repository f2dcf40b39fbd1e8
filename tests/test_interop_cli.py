"""`triadic import`, `export` and `load` driven in-process through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from triadic.cli import app
from triadic.store import Store

FIX = Path(__file__).parent / "fixtures" / "interop"


def _run(*args: str) -> object:
    return CliRunner().invoke(app, list(args))


def test_import_export_load_through_the_cli(tmp_path: Path) -> None:
    db = str(tmp_path / "a.duckdb")
    r = _run("import", "icews", str(FIX / "icews.events.2016.tab.zip"), "--store", db, "--format", "json")
    assert r.exit_code == 0, r.output
    summary = json.loads(r.output)
    got = (summary["rows_read"], summary["imported"], summary["duplicates"], summary["quarantined"])
    assert got == (7, 3, 1, 3)
    r = _run("import", "gdelt", str(FIX / "gdelt*.CSV"), "--store", db)
    assert r.exit_code == 0, r.output
    assert "total" in r.output and "quarantine" in r.output
    r = _run("export", "--format", "gdelt", "--store", db, "--where", "dataset=icews")
    assert r.exit_code == 0, r.output
    rows = [ln.split("\t") for ln in r.output.splitlines()]
    assert len(rows) == 3 and all(len(x) == 61 for x in rows)
    out = tmp_path / "pq"
    r = _run("export", "--format", "parquet", "--out", str(out), "--store", db)
    assert r.exit_code == 0, r.output
    db2 = str(tmp_path / "b.duckdb")
    r = _run("load", str(out), "--store", db2, "--format", "json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["imported"] == 8
    with Store(db2, read_only=True) as s:
        assert s.count("events") == 8


def test_cli_errors_are_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "a.duckdb")
    cases = [
        (("import", "acled", str(FIX), "--store", db), "E100"),
        (("import", "gdelt", str(tmp_path / "missing.csv"), "--store", db), "E101"),
        (("import", "gdelt", str(FIX / "gdelt2.export.CSV"), "--store", db, "--strict"), "E105"),
        (("export", "--format", "xml", "--store", db), "E106"),
        (("export", "--format", "csv", "--where", "nonsense", "--store", db), "E107"),
        (("load", str(tmp_path / "nothing"), "--store", db), "E108"),
    ]
    for args, code in cases:
        r = _run(*args)
        assert r.exit_code != 0, (args, r.output)
        assert code in r.output and "Traceback" not in r.output, (args, r.output)
        assert sum(ln.startswith("error:") for ln in r.output.splitlines()) == 1, r.output
