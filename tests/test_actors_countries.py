"""The country table: coverage and code crosswalks the importers rely on."""

from __future__ import annotations

from triadic.actors import country_table


def test_covers_all_countries_and_territories() -> None:
    t = country_table()
    current = [c for c in t.all() if not c.historical]
    assert len(current) >= 245
    iso3 = [c.iso3 for c in t.all()]
    assert len(iso3) == len(set(iso3))
    assert all(len(c.iso3) == 3 and c.iso3.isupper() for c in t.all())
    # Every current UN member carries a COW code; a sample of them is checked exactly below.
    assert sum(1 for c in current if c.cow is not None) >= 190


def test_iso2_and_fips_are_unique_among_current_states() -> None:
    current = [c for c in country_table().all() if not c.historical]
    iso2 = [c.iso2 for c in current if c.iso2]
    fips = [c.fips for c in current if c.fips]
    assert len(iso2) == len(set(iso2))
    assert len(fips) == len(set(fips))


def test_crosswalks() -> None:
    t = country_table()
    assert t.iso3_from_fips("KS") == "KOR"
    assert t.iso3_from_fips("KN") == "PRK"
    assert t.iso3_from_fips("CH") == "CHN"
    assert t.iso3_from_fips("UP") == "UKR"
    assert t.iso3_from_fips("GM") == "DEU"
    assert t.iso3_from_cow(731) == "PRK"
    assert t.iso3_from_cow("732") == "KOR"
    assert t.iso3_from_cow(365) == "RUS"  # not the Soviet Union, which shares the code
    assert t.iso3_from_cow("x") is None
    assert t.iso3_from_iso2("kp") == "PRK"
    assert t.iso3_from_iso2("NO") == "NOR"  # YAML must not read Norway's code as a boolean


def test_names_variants_and_adjectives() -> None:
    t = country_table()
    for name, code in [("the U.S.", "USA"), ("America", "USA"), ("DPRK", "PRK"), ("Republic of Korea", "KOR"),
                       ("North Korean", "PRK"), ("Burma", "MMR"), ("Türkiye", "TUR"), ("Ivory Coast", "CIV")]:
        assert t.iso3_from_name(name) == code, name
    assert t.iso3_from_name("Atlantis") is None


def test_abbreviations_news_writes() -> None:
    t = country_table()
    for name, code in [("PNG", "PNG"), ("KSA", "SAU"), ("NZ", "NZL"), ("BiH", "BIH"), ("N. Korea", "PRK"),
                       ("S. Korea", "KOR")]:
        assert t.iso3_from_name(name) == code, name


def test_cameo_special_and_historical_codes() -> None:
    t = country_table()
    assert t.get("ROU").cameo == "ROM"  # type: ignore[union-attr]
    assert t.get("ROM").iso3 == "ROU"  # type: ignore[union-attr]
    assert t.get("KSV").name == "Kosovo"  # type: ignore[union-attr]
    assert t.get("USR").historical  # type: ignore[union-attr]
    assert t.get("YUG").historical  # type: ignore[union-attr]
    assert t.is_known("TMP") and t.is_known("tls")
    assert not t.is_known("XYZ")
