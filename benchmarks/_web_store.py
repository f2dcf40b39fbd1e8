"""Stores for the dashboard benchmarks: the coded demo corpus, and a synthetic store built in DuckDB SQL.

The synthetic store fills the canonical ``events`` table directly with ``INSERT ... SELECT FROM range(n)``:
40 countries, three roles, 16 CAMEO codes, six years of dates, mostly asserted modality, and a short sentence
per event with source, trigger and target spans, so that the events explorer does its full highlighting work.
Each pair of countries leans cooperative or conflictual, so the signed graph has triangles of every kind.
"""

from __future__ import annotations

import time
from pathlib import Path

from triadic.store import Store

COUNTRIES = (
    "USA CHN RUS PRK KOR JPN IND PAK IRN ISR SAU TUR EGY SYR IRQ AFG GBR FRA DEU ITA ESP POL UKR BLR "
    "BRA ARG MEX VEN CUB CAN AUS IDN PHL VNM THA MMR NGA ETH ZAF KEN"
).split()
# (code, goldstein) from the CAMEO codebook, cooperative first
CODES = (
    ("036", 4.0),
    ("040", 1.0),
    ("042", 1.9),
    ("043", 2.8),
    ("051", 3.4),
    ("057", 8.0),
    ("061", 6.4),
    ("071", 7.4),
    ("112", -2.0),
    ("120", -4.0),
    ("130", -4.4),
    ("138", -7.0),
    ("163", -8.0),
    ("172", -5.0),
    ("190", -10.0),
    ("193", -10.0),
)
VERBS = (
    "met",
    "praised",
    "hosted",
    "thanked",
    "aided",
    "criticised",
    "threatened",
    "sanctioned",
    "attacked",
    "rejected",
)


def _list(values: tuple[str, ...]) -> str:
    # constants of this module only, never user input
    return "[" + ", ".join("'" + v + "'" for v in values) + "]"


def build_synthetic(path: Path, n: int) -> float:
    """Write ``n`` synthetic events into a fresh store at ``path``; returns seconds taken."""
    for p in (path, Path(str(path) + ".wal")):
        p.unlink(missing_ok=True)
    t0 = time.perf_counter()
    codes = _list(tuple(c for c, _ in CODES))
    weights = "[" + ", ".join(str(g) for _, g in CODES) + "]"
    nc = len(COUNTRIES)
    with Store(path) as st:
        st.con.execute(f"""
            CREATE TEMP TABLE g AS
            SELECT i,
                   (hash(i) % {nc})::INT AS s,
                   ((hash(i) % {nc}) + 1 + hash(i * 7 + 1) % {nc - 1})::INT % {nc} AS t,
                   (hash(i * 13 + 5) % 100)::INT AS r,
                   (hash(i * 17 + 3) % 100)::INT AS m,
                   (hash(i * 19 + 11) % 3)::INT AS role,
                   (hash(i * 23 + 7) % 2190)::INT AS d
            FROM range({int(n)}) AS x(i)""")
        st.con.execute("""
            CREATE TEMP TABLE h AS
            SELECT i, s, t, role, d, m,
                   -- pairs whose index sum is divisible by 3 lean conflictual, the rest cooperative
                   CASE WHEN (s + t) % 3 = 0 THEN (CASE WHEN r < 80 THEN 8 + r % 8 ELSE r % 8 END)
                        ELSE (CASE WHEN r < 80 THEN r % 8 ELSE 8 + r % 8 END) END AS k
            FROM g""")
        st.con.execute(f"""
            INSERT INTO events (id, article_id, dataset, sentence_index, sentence_text, sentence_start,
                sentence_end, source_code, source_country, source_role, source_name, source_text,
                source_start,
                source_end, target_code, target_country, target_role, target_name, target_text, target_start,
                target_end, cameo, root, quad, goldstein, modality, event_date, date_precision, trigger_text,
                trigger_start, trigger_end, confidence)
            SELECT 'x' || i, 'a' || (i // 10), 'synthetic', 0,
                   sc || ' ' || vb || ' ' || tc || ' today.', 0,
                   length(sc || ' ' || vb || ' ' || tc || ' today.'),
                   sc || rl, sc, nullif(rl, ''), sc, sc, 0, 3,
                   tc, tc, NULL, tc, tc, 5 + length(vb), 8 + length(vb),
                   cd, substr(cd, 1, 2),
                   CASE WHEN substr(cd, 1, 2) <= '05' THEN 1 WHEN substr(cd, 1, 2) <= '08' THEN 2
                        WHEN substr(cd, 1, 2) <= '13' THEN 3 ELSE 4 END,
                   {weights}[k + 1],
                   CASE WHEN m < 90 THEN 'asserted' WHEN m < 95 THEN 'planned' WHEN m < 98 THEN 'hypothetical'
                        ELSE 'negated' END,
                   DATE '2013-01-01' + d, 'day', vb, 4, 4 + length(vb), 0.9
            FROM (SELECT i, k, m, d, {_list(tuple(COUNTRIES))}[s + 1] AS sc,
                         {_list(tuple(COUNTRIES))}[t + 1] AS tc,
                         ['GOV', 'MIL', ''][role + 1] AS rl, {codes}[k + 1] AS cd,
                         {_list(VERBS)}[(k * 10 // 16) + 1] AS vb FROM h)""")
        st.con.execute("DROP TABLE g")
        st.con.execute("DROP TABLE h")
        st.con.execute("CHECKPOINT")
    return time.perf_counter() - t0


def build_demo(path: Path) -> Path:
    """The bundled demo corpus coded into ``path`` (needs the coder and the spaCy model)."""
    from rich.console import Console

    from triadic.demo import run_demo

    with open("/dev/null", "w") as devnull:
        quiet = Console(file=devnull)
        run_demo(path, fmt="json", console=quiet, err_console=quiet)
    return path
