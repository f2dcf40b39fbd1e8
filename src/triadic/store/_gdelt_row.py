"""SQL that renders a canonical event as one GDELT 2.0 event row (61 tab-separated columns).

Events imported from GDELT 2.0 keep their original row (``raw``), which is written back with only the
event codes normalised.
Other events get their fields from the canonical columns; fields triadic does not have (ethnic and
religion codes, tone, geography) are left empty, the way GDELT leaves unknown fields.
"""

from __future__ import annotations

__all__ = ["gdelt_line_sql", "GDELT2_FIELDS"]


def _f(expr: str) -> str:
    """A field as text with tabs and line breaks blanked, so it can never split the row."""
    return f"coalesce(regexp_replace(CAST(({expr}) AS VARCHAR), '[\\t\\r\\n]', ' ', 'g'), '')"


def _actor(side: str) -> list[str]:
    return [
        f"e.{side}_code", f"upper(e.{side}_name)", f"e.{side}_country",
        "NULL", "NULL", "NULL", "NULL",  # known group, ethnic, religion 1 and 2
        f"e.{side}_role", "NULL", "NULL",  # type 1-3
    ]


_GEO = ["0", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL"]  # type 0 = no geography

GDELT2_FIELDS: list[str] = [
    # GLOBALEVENTID: GDELT's own number for GDELT events, else a stable 52-bit number from the id
    "CASE WHEN e.dataset = 'gdelt' AND regexp_full_match(e.origin_id, '[0-9]+') THEN e.origin_id "
    "ELSE CAST(('0x' || substr(md5(e.id), 1, 13))::BIGINT AS VARCHAR) END",
    "strftime(e.event_date, '%Y%m%d')",
    "strftime(e.event_date, '%Y%m')",
    "strftime(e.event_date, '%Y')",
    "printf('%.4f', year(e.event_date) + dayofyear(e.event_date) / 365.0)",
    *_actor("source"),
    *_actor("target"),
    "CASE WHEN coalesce(e.sentence_index, 0) = 0 THEN 1 ELSE 0 END",  # IsRootEvent: lead sentence
    "e.cameo",
    "substr(e.cameo, 1, 3)",
    "e.root",
    "e.quad",
    "e.goldstein",
    "1", "1", "1",  # NumMentions, NumSources, NumArticles
    "NULL",  # AvgTone
    *_GEO, *_GEO, *_GEO,
    "strftime(coalesce(a.coded_at, CAST(e.event_date AS TIMESTAMP)), '%Y%m%d%H%M%S')",
    "coalesce(a.url, CASE WHEN e.dataset = 'gdelt' THEN e.article_id END)",
]


def gdelt_line_sql() -> str:
    """An SQL expression over ``events e LEFT JOIN articles a`` giving the GDELT 2.0 line."""
    generated = "concat_ws(chr(9), " + ", ".join(_f(x) for x in GDELT2_FIELDS) + ")"
    original = ("e.dataset = 'gdelt' AND e.raw IS NOT NULL AND "
                "length(e.raw) - length(replace(e.raw, chr(9), '')) = 60")
    # the original row with the event codes replaced by the normalised ones (leading zeros restored)
    fields = "string_split(e.raw, chr(9))"
    kept = (f"array_to_string(list_concat({fields}[1:26], [e.cameo, substr(e.cameo, 1, 3), e.root], "
            f"{fields}[30:61]), chr(9))")
    return f"CASE WHEN {original} THEN {kept} ELSE {generated} END"
