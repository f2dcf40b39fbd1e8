"""Import speed: `triadic import gdelt` against DuckDB's own read_csv of the same file, in the same run.

Usage: .venv/bin/python benchmarks/import_speed.py [ROWS]   (default 200000 rows, about 80 MB)

Writes a synthetic GDELT 2.0 events file (with 0.1% broken rows), then times
  reference: DuckDB read_csv(all_varchar) of the file into a table of a fresh on-disk database;
  triadic:   import_files() into a fresh store (checks, code lookups, quarantine, keyed insert).
Prints rows/s for each and the ratio triadic / reference (target >= 0.5). Best of two runs each.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pyarrow as pa

from triadic.ingest.importers import ImportOptions, gdelt_columns, import_files
from triadic.store import Store, WriteResult

CODES = ["010", "020", "036", "040", "042", "043", "051", "057", "061", "071", "090", "111", "112", "120",
         "130", "138", "141", "160", "173", "190", "193", "195", "1823"]
ACTORS = ["USA", "CHN", "RUS", "PRK", "KOR", "JPN", "USAGOV", "CHNGOV", "RUSMIL", "PRKGOV", "IRN", "ISR"]


def write_gdelt(path: Path, rows: int, seed: int = 7) -> None:
    """A GDELT 2.0 events file of invented rows, a few of them broken."""
    rnd = random.Random(seed)
    n_cols = len(gdelt_columns("2.0"))
    with path.open("w", encoding="utf-8") as fh:
        for i in range(rows):
            f = [""] * n_cols
            day = f"2024{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}"
            code = rnd.choice(CODES)
            a1, a2 = rnd.sample(ACTORS, 2)
            f[0], f[1], f[2], f[3], f[4] = str(900_000_000 + i), day, day[:6], day[:4], f"{day[:4]}.5000"
            f[5], f[6], f[7], f[15], f[16], f[17] = a1, a1 + " NAME", a1[:3], a2, a2 + " NAME", a2[:3]
            f[25], f[26], f[27], f[28], f[29] = "1", code, code[:3], code[:2], "1"
            f[30], f[31], f[32], f[33], f[34] = f"{rnd.uniform(-10, 10):.1f}", "4", "1", "4", "-1.23"
            for g in (35, 43, 51):
                f[g:g + 8] = ["4", "Seoul, Seoul-t'ukpyolsi, South Korea", "KS", "KS11", "", "37.5664",
                              "126.997", "-716583"]
            f[59], f[60] = day + "153000", f"https://news.example.org/{i}.html"
            if i % 1000 == 999:  # 0.1% broken rows: a bad date or a short row
                f = f[:30] if i % 2000 == 1999 else [*f[:1], "2024-13-01", *f[2:]]
            fh.write("\t".join(f) + "\n")


def time_reference(path: Path, db: Path) -> float:
    names = gdelt_columns("2.0")
    columns = "{" + ", ".join(f"'{n}': 'VARCHAR'" for n in names) + "}"
    con = duckdb.connect(str(db))
    t0 = time.perf_counter()
    con.execute(f"CREATE TABLE ref AS SELECT * FROM read_csv('{path}', delim='\\t', header=false, "
                f"quote='', escape='', columns={columns}, ignore_errors=true)")
    elapsed = time.perf_counter() - t0
    con.close()
    return elapsed


def time_triadic(path: Path, db: Path, keep_raw: bool) -> tuple[float, int]:
    with Store(db) as store:
        t0 = time.perf_counter()
        summary = import_files("gdelt", [path], store, ImportOptions(keep_raw=keep_raw))
        elapsed = time.perf_counter() - t0
    return elapsed, summary.imported


class _NullStore:
    """Accepts batches and discards them: times checks and conversion without the store write."""

    path = ":null:"

    class con:  # noqa: N801 - stands in for a DuckDB connection
        @staticmethod
        def execute(*args: object) -> None:
            return None

    def insert_events(self, rows: pa.Table, quarantine: object = ()) -> WriteResult:
        return WriteResult(events_added=rows.num_rows)


def time_convert_only(path: Path) -> float:
    t0 = time.perf_counter()
    import_files("gdelt", [path], _NullStore())  # type: ignore[arg-type]
    return time.perf_counter() - t0


def peak_rss_mb(path: Path, db: Path) -> float:
    """Peak resident memory of a separate process importing the file, in MB."""
    code = ("import resource, sys; from triadic.ingest.importers import import_files; "
            "from triadic.store import Store; s = Store(sys.argv[2]); "
            "import_files('gdelt', [sys.argv[1]], s); s.close(); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")
    out = subprocess.run([sys.executable, "-c", code, str(path), str(db)], capture_output=True, text=True,
                         check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        src = d / "events.export.CSV"
        write_gdelt(src, rows)
        mb = src.stat().st_size / 1e6
        print(f"file: {rows:,} rows, {mb:.0f} MB")
        ref, tri, tri_noraw, conv = [], [], [], []
        imported = 0
        for run in range(2):
            ref.append(time_reference(src, d / f"ref{run}.duckdb"))
            t, imported = time_triadic(src, d / f"tri{run}.duckdb", keep_raw=True)
            tri.append(t)
            tri_noraw.append(time_triadic(src, d / f"trin{run}.duckdb", keep_raw=False)[0])
            conv.append(time_convert_only(src))
        r, t, tn = min(ref), min(tri), min(tri_noraw)
        print(f"duckdb read_csv -> table : {rows / r:>10,.0f} rows/s ({r:.2f}s)")
        print(f"triadic import (raw kept): {rows / t:>10,.0f} rows/s ({t:.2f}s), {imported:,} imported")
        print(f"triadic import --no-raw  : {rows / tn:>10,.0f} rows/s ({tn:.2f}s)")
        c = min(conv)
        print(f"checks+conversion only   : {rows / c:>10,.0f} rows/s ({c:.2f}s), store write skipped")
        print(f"ratio triadic/duckdb      : {r / t:.2f} (raw kept), {r / tn:.2f} (--no-raw); target >= 0.5")
        print(f"ratio without store write : {r / c:.2f} (the rest is INSERT OR IGNORE into the keyed "
              "events table)")
        peak = peak_rss_mb(src, d / "mem.duckdb")
        print(f"peak memory of an import  : {peak:.0f} MB for a {mb:.0f} MB file")


if __name__ == "__main__":
    main()
