"""Importing GDELT, ICEWS and POLECAT fixture files: quarantine reasons, idempotence, streaming."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from triadic.errors import ImportFormatError
from triadic.ingest.importers import ImportOptions, import_files
from triadic.store import Store

FIX = Path(__file__).parent / "fixtures" / "interop"
EXPECTED: dict[str, dict[str, object]] = json.loads((FIX / "expected.json").read_text())


def _dataset(name: str) -> str:
    return name.split("_")[0].split(".")[0].rstrip("12")


class FakeCountries:
    """A tiny crosswalk so the mapping logic is tested without the actors layer's table."""

    names = {"south korea": "KOR", "north korea": "PRK", "china": "CHN", "russia": "RUS", "ukraine": "UKR"}
    cow = {"710": "CHN", "365": "RUS", "369": "UKR", "2": "USA"}

    def iso3_from_name(self, name: str) -> str | None:
        return self.names.get(name.lower())

    def iso3_from_fips(self, code: str) -> str | None:
        return {"KS": "KOR", "KN": "PRK"}.get(code)

    def iso3_from_cow(self, code: int | str) -> str | None:
        return self.cow.get(str(code))

    def iso3_from_iso2(self, code: str) -> str | None:
        return None

    def is_known(self, iso3: str) -> bool:
        return iso3 in {"KOR", "PRK", "CHN", "RUS", "UKR", "USA"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_rows_end_where_expected(name: str, store_path: Path) -> None:
    exp = EXPECTED[name]
    with Store(store_path) as s:
        summary = import_files(_dataset(name), [FIX / name], s, countries=FakeCountries())
        f = summary.files[0]
        assert (f.rows_read, f.imported, f.duplicates) == (exp["rows"], exp["imported"], exp["duplicates"])
        if "version" in exp:
            assert f.version is not None and f.version.startswith(str(exp["version"]))
        # nothing is silently lost: every row read is imported, a duplicate, or quarantined with a reason
        if not f.rejected:
            assert f.rows_read == f.imported + f.duplicates + f.quarantined
        quarantine = {r["line"]: r for r in s.query("SELECT line, reason, raw, file FROM quarantine")}
        want = {int(k): v for k, v in exp["quarantine"].items()}  # type: ignore[union-attr]
        assert sorted(quarantine) == sorted(want)
        for line, reason in want.items():
            assert str(reason) in quarantine[line]["reason"], quarantine[line]
            assert quarantine[line]["file"].endswith(name)


def test_import_twice_adds_nothing(store_path: Path) -> None:
    with Store(store_path) as s:
        first = import_files("gdelt", [FIX / "gdelt2.export.CSV"], s)
        q1 = s.count("quarantine")
        second = import_files("gdelt", [FIX / "gdelt2.export.CSV"], s)
        assert first.imported == 5 and second.imported == 0
        assert second.duplicates == first.imported + first.duplicates
        assert s.count("quarantine") == q1 and s.count("events") == 5


def test_zip_and_plain_give_the_same_events(tmp_path: Path) -> None:
    ids = []
    for name in ("gdelt2.export.CSV", "gdelt2.export.CSV.zip"):
        with Store(tmp_path / f"{name}.duckdb") as s:
            import_files("gdelt", [FIX / name], s)
            ids.append([(r["id"], r["cameo"], r["origin_line"])
                        for r in s.query("SELECT id, cameo, origin_line FROM events ORDER BY id")])
    assert ids[0] == ids[1] and len(ids[0]) == 5


def test_codes_are_strings_with_leading_zeros_and_pointers_kept(store_path: Path) -> None:
    with Store(store_path) as s:
        import_files("gdelt", [FIX / "gdelt2.export.CSV"], s)
        rows = {r["id"]: r for r in s.query("SELECT * FROM events")}
    lost_zero = rows["gdelt:1002"]  # the file says EventCode 42, EventRootCode 4
    assert (lost_zero["cameo"], lost_zero["root"], lost_zero["quad"]) == ("042", "04", 1)
    assert rows["gdelt:1011"]["cameo"] == "011"  # "11" under root "1" is 011, not root 11
    assert lost_zero["origin_line"] == 2 and lost_zero["origin_id"] == "1002"
    assert lost_zero["raw"].split("\t")[26] == "42"  # the original row is kept as read
    assert lost_zero["source_code"] == "CHNGOV" and lost_zero["target_country"] == "USA"
    assert rows["gdelt:1004"]["target_code"] is None
    assert str(rows["gdelt:1001"]["event_date"]) == "2024-01-05"
    assert rows["gdelt:1001"]["article_id"] == "http://example.org/a"


def test_icews_ids_dates_and_countries(store_path: Path) -> None:
    with Store(store_path) as s:
        import_files("icews", [FIX / "icews.events.2016.tab"], s, countries=FakeCountries())
        rows = {r["id"]: r for r in s.query("SELECT * FROM events")}
    # the same Event ID on two dates is two events
    assert {"icews:20001:2016-03-01", "icews:20001:2016-03-02"} <= set(rows)
    assert rows["icews:20001:2016-03-02"]["cameo"] == "020"  # "20" lost its zero: not root 20
    mdy = rows["icews:20002:2016-03-04"]  # written 3/4/2016
    assert str(mdy["event_date"]) == "2016-03-04"
    assert (mdy["source_country"], mdy["source_code"], mdy["target_country"]) == ("PRK", "PRKMIL", "KOR")
    assert rows["icews:20001:2016-03-01"]["source_code"] == "KORGOV"
    assert rows["icews:20001:2016-03-01"]["goldstein"] == 3.0


def test_polecat_drifted_header_plover_and_cow(store_path: Path) -> None:
    with Store(store_path) as s:
        import_files("polecat", [FIX / "polecat_2023_w18.txt", FIX / "polecat_2023_w22_drift.txt.gz"], s,
                     countries=FakeCountries())
        rows = {r["id"]: r for r in s.query("SELECT * FROM events")}
    assert rows["polecat:p-11"]["goldstein"] == 4.5  # read from the 'Intensity' column of the drifted file
    assert rows["polecat:p-11"]["article_id"] == "story-1"  # an extra column that later releases add
    bomb = rows["polecat:p-2"]
    assert (bomb["plover_type"], bomb["plover_mode"], bomb["root"], bomb["quad"]) == ("ASSAULT", "explosives",
                                                                                      "18", 4)
    assert bomb["source_country"] is None  # "None" in both the country and the COW cell
    assert bomb["target_country"] == "UKR"  # first code of the "369;365" COW cell
    visit = rows["polecat:p-1"]
    assert (visit["source_code"], visit["target_country"], visit["cameo"]) == ("CHNGOV", "RUS", "042")


def test_mentions_go_to_their_own_table(store_path: Path) -> None:
    with Store(store_path) as s:
        import_files("gdelt", [FIX / "gdelt2.export.CSV", FIX / "gdelt2.mentions.CSV"], s)
        joined = s.query("SELECT m.event_id, m.sentence_id, m.doc_tone, e.cameo FROM mentions m "
                         "JOIN events e ON e.id = m.event_id ORDER BY m.event_id")
        assert [(r["event_id"], r["sentence_id"], r["cameo"]) for r in joined] == [
            ("gdelt:1001", 3, "042"), ("gdelt:1002", 3, "042")]
        assert joined[0]["doc_tone"] == -1.25
        again = import_files("gdelt", [FIX / "gdelt2.mentions.CSV"], s)
        assert again.imported == 0 and again.duplicates == 2


def test_small_chunks_keep_line_numbers_exact(tmp_path: Path) -> None:
    """Streaming in tiny chunks must give the same rows and quarantine lines as one big chunk."""
    lines = (FIX / "gdelt2.export.CSV").read_text().splitlines()
    big = tmp_path / "big.CSV"
    body = []
    for rep in range(12):  # renumber the ids so every copy is new
        for ln in lines:
            f = ln.split("\t")
            if f[0].isdigit():
                f[0] = str(int(f[0]) + 100_000 * rep)
            body.append("\t".join(f))
    body.insert(100, "")  # a blank line is skipped, not counted
    big.write_text("\n".join(body) + "\n")
    results = []
    for chunk in (2048, 1 << 24):
        with Store(tmp_path / f"{chunk}.duckdb") as s:
            summary = import_files("gdelt", [big], s, ImportOptions(chunk_bytes=chunk))
            q = [(r["line"], r["reason"])
                 for r in s.query("SELECT line, reason FROM quarantine ORDER BY line")]
            ev = [(r["id"], r["origin_line"])
                  for r in s.query("SELECT id, origin_line FROM events ORDER BY id")]
            results.append((summary.rows_read, summary.imported, summary.quarantined, q, ev))
    assert results[0] == results[1]
    rows_read, imported, quarantined, q, ev = results[0]
    assert (rows_read, imported, quarantined) == (13 * 12, 5 * 12, 7 * 12)
    for line, _ in q:  # each quarantine line points at the row it names
        assert line == 101 or body[line - 1] != ""
    by_line = dict(ev)
    assert by_line["gdelt:1002"] == 2
    assert body[by_line["gdelt:1101002"] - 1].startswith("1101002\t")


def test_directories_globs_and_gzip(tmp_path: Path, store_path: Path) -> None:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    shutil.copy(FIX / "gdelt1.export.CSV.gz", d / "sub" / "a.CSV.gz")
    (d / "b.CSV").write_bytes(gzip.decompress((FIX / "gdelt1.export.CSV.gz").read_bytes()))
    with Store(store_path) as s:
        by_dir = import_files("gdelt", [d], s)
        assert len(by_dir.files) == 2 and by_dir.imported == 3 and by_dir.duplicates == 3
        by_glob = import_files("gdelt", [str(d / "**" / "*.gz")], s)
        assert len(by_glob.files) == 1 and by_glob.duplicates == 3


def test_damaged_gzip_keeps_earlier_rows_and_records_the_gap(tmp_path: Path, store_path: Path) -> None:
    rows = (FIX / "gdelt2.export.CSV").read_bytes().splitlines(keepends=True)[:4] * 300
    data = gzip.compress(b"".join(rows), mtime=0)
    bad = tmp_path / "cut.CSV.gz"
    bad.write_bytes(data[: len(data) // 2])
    with Store(store_path) as s:
        summary = import_files("gdelt", [bad], s, ImportOptions(chunk_bytes=16384))
        reasons = [r["reason"] for r in s.query("SELECT reason FROM quarantine")]
        assert summary.imported > 0
        assert any("damaged" in r or "ends early" in r for r in reasons)


def test_wrong_shape_files_are_rejected_with_a_reason(tmp_path: Path, store_path: Path) -> None:
    odd = tmp_path / "odd.tsv"
    odd.write_text("a\tb\tc\n1\t2\t3\n")
    empty = tmp_path / "empty.tsv"
    empty.write_text("")
    with Store(store_path) as s:
        summary = import_files("gdelt", [odd, empty], s)
        assert [f.rejected for f in summary.files][0].startswith("not a GDELT file: rows have 3")
        assert summary.files[1].rejected == "empty file"
        summary = import_files("icews", [FIX / "polecat_2023_w18.txt"], s)
        rejected = str(summary.files[0].rejected)
        assert "missing header column(s): Source Name, CAMEO Code, Target Name" in rejected
        assert s.count("events") == 0


def test_bad_arguments_are_clear_errors(tmp_path: Path, store_path: Path) -> None:
    with Store(store_path) as s:
        with pytest.raises(ImportFormatError, match="E101.*not a file"):
            import_files("gdelt", [tmp_path / "nope.csv"], s)
        with pytest.raises(ImportFormatError, match="E101.*no files match"):
            import_files("gdelt", [str(tmp_path / "*.zzz")], s)
        with pytest.raises(ImportFormatError, match="E100.*unknown dataset 'acled'"):
            import_files("acled", [FIX], s)


def test_encoding_option_transcodes_instead_of_quarantining(store_path: Path) -> None:
    with Store(store_path) as s:
        summary = import_files("gdelt", [FIX / "gdelt1_historical.csv"], s, ImportOptions(encoding="latin-1"))
        assert (summary.imported, summary.quarantined) == (3, 0)
        names = {r["source_name"] for r in s.query("SELECT source_name FROM events")}
        assert "ÉTATS-UNIS" in names
        with pytest.raises(ImportFormatError, match="E100.*unknown encoding"):
            import_files("gdelt", [FIX / "gdelt1_historical.csv"], s, ImportOptions(encoding="klingon"))


def test_real_country_table_maps_icews_and_polecat(store_path: Path) -> None:
    with Store(store_path) as s:
        import_files("icews", [FIX / "icews.events.2016.tab"], s)
        import_files("polecat", [FIX / "polecat_2023_w18.txt"], s)
        got = {r["id"]: (r["source_country"], r["target_country"])
               for r in s.query("SELECT id, source_country, target_country FROM events")}
    assert got["icews:20001:2016-03-01"] == ("KOR", "PRK")
    assert got["polecat:p-1"] == ("CHN", "RUS")
    assert got["polecat:p-2"] == (None, "UKR")  # COW 369 is Ukraine
