"""Imported events keep where they happened, with FIPS geo codes turned into ISO-3."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from triadic.cli import app
from triadic.store import Store

FIX = Path(__file__).parent / "fixtures" / "interop"


def test_geo_columns_from_gdelt_and_icews(tmp_path: Path) -> None:
    db = tmp_path / "g.duckdb"
    for dataset, name in (("gdelt", "gdelt2.export.CSV"), ("icews", "icews.events.2016.tab")):
        r = CliRunner().invoke(app, ["import", dataset, str(FIX / name), "--store", str(db)])
        assert r.exit_code == 0, r.output
    with Store(db, read_only=True) as s:
        rows = s.query("SELECT dataset, geo_country, geo_lat, geo_lon FROM events "
                       "WHERE geo_country IS NOT NULL ORDER BY dataset")
    by_ds = {r["dataset"] for r in rows}
    assert by_ds == {"gdelt", "icews"}
    # GDELT writes FIPS 'KS' for South Korea; the canonical column is ISO-3
    assert all(len(r["geo_country"]) == 3 and r["geo_country"].isupper() for r in rows)
    assert any(r["geo_country"] == "KOR" and 33 < r["geo_lat"] < 39 for r in rows)


def test_old_store_gains_new_columns(tmp_path: Path) -> None:
    import duckdb

    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE events (id VARCHAR PRIMARY KEY, dataset VARCHAR)")
    con.close()
    with Store(db) as s:
        cols = {r["column_name"] for r in s.query(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'")}
    assert {"geo_lat", "cameo", "event_date"} <= cols
