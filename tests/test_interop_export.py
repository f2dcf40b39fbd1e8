"""Export (Parquet, CSV, JSONL, GDELT) and load: round trips lose nothing; filters are injection-proof."""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from pathlib import Path

import duckdb
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from triadic.errors import InputError
from triadic.ingest.importers import import_files
from triadic.model import Actor, ActorRef, Article, CodedArticle, Event, Sentence, Span, content_id, event_id
from triadic.store import EVENT_COLUMNS, Store
from triadic.store.export import export_events, load_parquet

FIX = Path(__file__).parent / "fixtures" / "interop"


def _coded(text: str, day: date | None, cameo: str, src: str, tgt: str | None, modality: str) -> CodedArticle:
    art = Article(id=content_id(text), text=text, published=datetime(2019, 2, 1, 9, 30), url="http://x.test/1")
    sent = Sentence(0, text, 0, len(text))
    s = ActorRef(Actor(src, src[:3], src[3:] or None, f"Näme {src}\twith tab"), src, 0, 3)
    t = ActorRef(Actor(tgt, tgt[:3], None, tgt), tgt, 5, 8) if tgt else None
    ev = Event(id=event_id(art.id, 0, src, tgt, cameo), article_id=art.id, sentence=sent, source=s, target=t,
               cameo=cameo, root=cameo[:2], quad=1 if cameo < "05" else 4,
               goldstein=-9.5 if cameo > "14" else 3.4, trigger=Span("met", 4, 7), modality=modality,
               plover_type="CONSULT", plover_mode=None, date=day,
               date_precision="day" if day else None, attributed_to="a \"quoted\" source", confidence=0.8125,
               rule="pattern:meet")
    return CodedArticle(article=art, sentences=[sent], events=[ev], quotes=[])


@pytest.fixture()
def filled(tmp_path: Path) -> Store:
    s = Store(tmp_path / "src.duckdb")
    s.write_coded([
        _coded("Kim met Xi in Beijing.", date(2018, 3, 26), "040", "PRKGOV", "CHN", "asserted"),
        _coded("Trump will meet Kim.", date(2018, 6, 12), "036", "USAGOV", "PRK", "planned"),
        _coded("Someone shelled a town, nobody says when.", None, "195", "RUS", None, "asserted"),
        _coded("Moon, Kim and a comma, \"quotes\" and ünïcode.", date(2019, 12, 31), "0311", "KOR", "PRK",
               "hypothetical"),
    ])
    import_files("gdelt", [FIX / "gdelt2.export.CSV"], s)
    import_files("icews", [FIX / "icews.events.2016.tab"], s)
    yield s
    s.close()


def _all(s: Store) -> list[dict[str, object]]:
    return s.query(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events ORDER BY id")


def test_parquet_round_trip_loses_nothing(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "pq"
    res = export_events(filled, "parquet", out)
    assert res.partitioned and res.rows == filled.count("events") == 12
    assert (out / "year=2018" / "month=3").is_dir() and (out / "year=2024" / "month=1").is_dir()
    back = Store(tmp_path / "back.duckdb")
    loaded = load_parquet(out, back)
    assert (loaded.rows_read, loaded.imported, loaded.duplicates) == (12, 12, 0)
    assert _all(back) == _all(filled)
    again = load_parquet(out, back)
    assert (again.imported, again.duplicates) == (0, 12)


def test_single_parquet_file_and_filters(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "some.parquet"
    res = export_events(filled, "parquet", out, where=["dataset=triadic", "from=2018-01-01", "to=2018-12-31"])
    assert res.rows == 2 and not res.partitioned
    t = pq.read_table(out)
    assert sorted(t.column("modality").to_pylist()) == ["asserted", "planned"]
    with pytest.raises(InputError, match="E106.*exists"):
        export_events(filled, "parquet", out)


def test_where_cannot_inject_sql(filled: Store) -> None:
    buf = io.BytesIO()
    res = export_events(filled, "csv", where=["dataset=gdelt' OR '1'='1"], stream=buf)
    assert res.rows == 0
    res = export_events(filled, "csv", where=["source=PRKGOV|KOR", "root=4|03"], stream=io.BytesIO())
    assert res.rows == 2
    for bad, msg in [("dataset", "key=value"), ("1=1; DROP TABLE events", "key one of"),
                     ("from=2018-13-01", "YYYY-MM-DD"), ("root=99", "01-20"), ("quad=5", "1-4")]:
        with pytest.raises(InputError, match=msg):
            export_events(filled, "csv", where=[bad], stream=io.BytesIO())
    assert filled.count("events") == 12


def test_csv_and_jsonl_carry_every_column(filled: Store, tmp_path: Path) -> None:
    csv_path = tmp_path / "e.csv"
    export_events(filled, "csv", csv_path)
    t = pacsv.read_csv(csv_path, convert_options=pacsv.ConvertOptions(strings_can_be_null=True,
                                                                     column_types={"cameo": "string",
                                                                                   "root": "string"}))
    assert t.column_names == list(EVENT_COLUMNS) and t.num_rows == 12
    assert "0311" in t.column("cameo").to_pylist()  # codes keep their leading zeros
    buf = io.BytesIO()
    export_events(filled, "jsonl", where=["dataset=triadic"], stream=buf)
    rows = [json.loads(x) for x in buf.getvalue().decode().splitlines()]
    assert len(rows) == 4 and set(rows[0]) == set(EVENT_COLUMNS)
    by_id = {r["id"]: r for r in rows}
    stored = {r["id"]: r for r in filled.query("SELECT * FROM events WHERE dataset = 'triadic'")}
    for i, r in by_id.items():
        assert r["source_name"] == stored[i]["source_name"] and r["confidence"] == stored[i]["confidence"]
        assert r["event_date"] == (stored[i]["event_date"].isoformat() if stored[i]["event_date"] else None)


def test_gdelt_export_is_readable_as_gdelt(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "triadic.export.CSV"
    res = export_events(filled, "gdelt", out, where=["dataset=triadic|gdelt"])
    lines = out.read_text().splitlines()
    assert res.rows == len(lines) == 9
    assert all(ln.count("\t") == 60 for ln in lines)
    # read the export back with the GDELT importer: who, what, whom and when survive
    back = Store(tmp_path / "g.duckdb")
    summary = import_files("gdelt", [out], back)
    assert summary.files[0].version == "2.0"
    key = "source_code, target_code, cameo, root, goldstein, event_date"
    orig = filled.query(f"SELECT {key} FROM events WHERE dataset IN ('triadic', 'gdelt') "
                        "AND event_date IS NOT NULL ORDER BY ALL")
    got = back.query(f"SELECT {key} FROM events ORDER BY ALL")
    assert got == orig
    # the event without a date cannot be a GDELT row and is quarantined when read back, not lost silently
    assert summary.quarantined == 1
    first = {ln.split("\t")[0]: ln.split("\t") for ln in lines}
    assert first["1002"][26:29] == ["042", "042", "04"]  # GDELT's own row, codes normalised
    assert first["1002"][59] == "20240106120000"


def test_load_reads_spark_style_partitions(tmp_path: Path) -> None:
    d = tmp_path / "spark"
    con = duckdb.connect()
    con.execute("CREATE TABLE x AS SELECT 'sp:' || i AS id, 'spark' AS dataset, '042' AS cameo, "
                "'04' AS root, 1 AS quad, 1.9 AS goldstein, "
                "CAST(DATE '2020-01-01' + CAST(i AS INTEGER) AS DATE) AS event_date, "
                "i AS extra_column FROM range(0, 70) t(i)")
    con.execute("CREATE TABLE y AS SELECT *, year(event_date) AS year, month(event_date) AS month FROM x")
    con.execute(f"COPY y TO '{d}' (FORMAT parquet, PARTITION_BY (year, month))")
    s = Store(tmp_path / "s.duckdb")
    res = load_parquet(d, s)
    assert (res.files, res.rows_read, res.imported) == (3, 70, 70)
    row = s.query("SELECT quad, cameo, event_date, source_code FROM events WHERE id = 'sp:40'")[0]
    assert (row["quad"], row["cameo"], str(row["event_date"]), row["source_code"]) == (1, "042", "2020-02-10",
                                                                                       None)


def test_load_refuses_what_is_not_events(tmp_path: Path) -> None:
    s = Store(tmp_path / "s.duckdb")
    with pytest.raises(InputError, match="E108.*no .parquet files"):
        load_parquet(tmp_path, s)
    duckdb.connect().execute(f"COPY (SELECT 1 AS a) TO '{tmp_path / 'x.parquet'}' (FORMAT parquet)")
    with pytest.raises(InputError, match="E108.*no 'id' column"):
        load_parquet(tmp_path / "x.parquet", s)
    with pytest.raises(InputError, match="E108"):
        load_parquet(tmp_path / "missing", s)
