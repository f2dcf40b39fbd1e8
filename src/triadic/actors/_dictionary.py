"""Load and validate actor dictionaries (shipped YAML plus user files) into one immutable Dictionary."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from triadic.actors._countries import (
    CountryTable,
    build_country_table,
    norm_name,
    parse_country,
    shipped_data_dir,
)
from triadic.actors._entries import Entry, PersonRoleDef, Reading, RoleDef
from triadic.actors._yaml import LINE_KEY, line_of, read_yaml, read_yaml_cached
from triadic.errors import DictionaryError

__all__ = ["Dictionary", "Modifier", "load_dictionary", "shipped_files", "SECTIONS"]

SECTIONS = ("countries", "places", "igos", "leaders", "actors", "ambiguous", "ignore", "named", "companies",
            "roles", "modifiers", "persons", "codes", "expert_orgs", "common_surnames", "sport_words")
# Name order is family name first for these; their leaders' bare surname is the first word.
_FAMILY_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "HKG", "MAC", "VNM"})
_OFFICE_FALLBACK = {"leader": ("leader", "monarch", "president", "prime_minister")}
_KINDS = frozenset({"state", "igo", "group", "person", "expert"})


@dataclass(frozen=True, slots=True)
class Modifier:
    """A word before a role noun that changes it ("opposition lawmakers", "former minister")."""

    role: str | None = None
    former: bool = False


@dataclass(slots=True)
class Dictionary:
    """Every term triadic can resolve, after validation and user overrides. Treat as immutable."""

    countries: CountryTable
    terms: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    ambiguous: dict[str, tuple[Reading, ...]] = field(default_factory=dict)
    blocked: frozenset[str] = frozenset()
    roles: dict[str, RoleDef] = field(default_factory=dict)
    modifiers: dict[str, Modifier] = field(default_factory=dict)
    persons: dict[str, PersonRoleDef] = field(default_factory=dict)
    expert_orgs: frozenset[str] = frozenset()
    # family names so widely shared that a bare one never names a leader by itself ("Kim", "Khan")
    common_surnames: frozenset[str] = frozenset()
    # lemmas that put a sentence in a sports report, where a bare surname is a player, not a minister
    sport_words: frozenset[str] = frozenset()
    role_codes: frozenset[str] = frozenset()
    igo_codes: frozenset[str] = frozenset()
    office_holders: dict[tuple[str, str], tuple[Entry, ...]] = field(default_factory=dict)
    by_surname: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    files: tuple[Path, ...] = ()

    def leader_by_surname(self, surname: str, day: date | None, country: str | None = None,
                          office: str | None = None) -> Entry | None:
        """The office holder called ``surname`` on ``day`` ("President Moon"), preferring ``office``."""
        found = [e for e in self.by_surname.get(surname, ()) if e.valid_on(day)
                 and (country is None or e.country == country)]
        if office:
            found.sort(key=lambda e: e.office != office)
        return found[0] if found else None

    def holder(self, country: str, office: str, day: date | None) -> Entry | None:
        """Who held ``office`` in ``country`` on ``day`` (the latest holder without a day).

        "leader" falls back to the supreme leader, monarch, president or prime minister, in that order.
        """
        for off in _OFFICE_FALLBACK.get(office, (office,)):
            entries = self.office_holders.get((country, off), ())
            if day is None and entries:
                return entries[-1]
            for e in entries:
                if e.valid_on(day):
                    return e
        return None


def shipped_files() -> list[Path]:
    """The shipped dictionary files in load order."""
    d = shipped_data_dir()
    base = [d / n for n in ("countries.yaml", "places.yaml", "roles.yaml", "igos.yaml", "agencies.yaml",
                            "companies.yaml", "ignore.yaml", "ambiguous.yaml")]
    return base + sorted((d / "leaders").glob("*.yaml"))


class _Layer:
    """Terms from one layer (all shipped files, or one user file); overlaps inside a layer are errors."""

    def __init__(self) -> None:
        self.terms: dict[str, list[Entry]] = {}

    def add(self, term: str, entry: Entry) -> None:
        term = " ".join(str(term).split())
        if not term:
            raise DictionaryError(f"{entry.where}: empty term", code="E032")
        for other in self.terms.get(term, []):
            if other.code != entry.code and other.overlaps(entry):
                raise DictionaryError(
                    f"{entry.where}: term '{term}' is already {other.code} ({other.where}); overlapping "
                    f"terms must mean one actor: remove one, give them non-overlapping dates, or list the "
                    f"term under 'ambiguous:' with context readings", code="E036")
        self.terms.setdefault(term, []).append(entry)


def _strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def name_variants(names: list[str]) -> list[str]:
    """Names plus their spellings without accents and with spaces for hyphens ("Kim Jong Un")."""
    out: dict[str, None] = {}
    for n in names:
        for v in (n, _strip_accents(n)):
            out[v] = None
            if "-" in v:
                parts = v.split()
                # Korean given names are also written unhyphenated with a capital ("Kim Jong Un").
                rest = [p.replace("-", " ").title() if "-" in p else p for p in parts[1:]]
                out[" ".join([parts[0], *rest])] = None
    return list(out)


def _date(value: Any, where: str, key: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise DictionaryError(f"{where}: {key} '{value}' is not a date; write YYYY-MM-DD",
                              code="E034") from exc


def _strings(value: Any, where: str, key: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise DictionaryError(f"{where}: '{key}' must be a list of strings", code="E032")
    return [str(v) for v in value]


class _Loader:
    """Accumulates validated entries from files, shipped first."""

    def __init__(self, countries: CountryTable) -> None:
        self.countries = countries
        self.extra_countries: dict[str, str] = {}  # user-defined country code -> iso3
        self.shipped = _Layer()
        self.terms: dict[str, tuple[Entry, ...]] = {}
        self.ambiguous: dict[str, tuple[Reading, ...]] = {}
        self.blocked: set[str] = set()
        self.roles: dict[str, RoleDef] = {}
        self.modifiers: dict[str, Modifier] = {}
        self.persons: dict[str, PersonRoleDef] = {}
        self.expert_orgs: set[str] = set()
        self.common_surnames: set[str] = set()
        self.sport_words: set[str] = set()
        self.role_codes: set[str] = set()
        self.igo_codes: set[str] = set()
        self.leaders: list[Entry] = []

    # --- code checks -------------------------------------------------------------------------------
    def country_code(self, code: Any, where: str) -> tuple[str, str]:
        """(iso3, cameo) for a country code, or a DictionaryError naming the unknown code."""
        c = self.countries.get(str(code)) if code else None
        if c is not None:
            return c.iso3, c.cameo
        k = str(code).upper() if code else ""
        if k in self.extra_countries:
            return self.extra_countries[k], k
        raise DictionaryError(f"{where}: unknown country code '{code}'; use an ISO 3166 alpha-3 or CAMEO "
                              f"country code (e.g. PRK, KOR, USA), or define it under 'countries:'",
                              code="E035")

    def role_code(self, role: Any, where: str) -> str:
        r = str(role).upper()
        if r not in self.role_codes:
            raise DictionaryError(f"{where}: unknown role code '{role}'; known roles are "
                                  f"{', '.join(sorted(self.role_codes))}", code="E035")
        return r

    def split_code(self, code: str, where: str) -> tuple[str | None, str | None]:
        """(iso3 country, first role) of a full actor code; unknown parts are errors."""
        code = code.upper()
        if len(code) < 3 or len(code) % 3 or not code.isalnum():
            raise DictionaryError(f"{where}: actor code '{code}' must be 3-letter blocks (country or "
                                  f"organisation, then roles), e.g. PRKGOV", code="E035")
        head, rest = code[:3], [code[i:i + 3] for i in range(3, len(code), 3)]
        country: str | None = None
        if self.countries.get(head) is not None or head in self.extra_countries:
            country = self.country_code(head, where)[0]
        elif head not in self.igo_codes and head not in self.role_codes:
            raise DictionaryError(f"{where}: unknown code '{head}' in '{code}'; it is neither a country, a "
                                  f"known organisation nor a role code", code="E035")
        for r in rest:
            self.role_code(r, where)
        first_role = rest[0] if rest else (head if head in self.role_codes and country is None else None)
        return country, first_role

    # --- sections ----------------------------------------------------------------------------------
    def add(self, layer: _Layer, term: str, entry: Entry) -> None:
        layer.add(term, entry)

    def load_file(self, path: Path, layer: _Layer, shipped: bool) -> None:
        data = read_yaml_cached(path) if shipped else read_yaml(path)
        if data is None:
            return
        if not isinstance(data, dict):
            raise DictionaryError(f"{path}:1: an actor dictionary must be a mapping with sections such as "
                                  f"{', '.join(SECTIONS)}", code="E032")
        unknown = [k for k in data if k != LINE_KEY and k not in SECTIONS]
        if unknown:
            raise DictionaryError(f"{path}: unknown section '{unknown[0]}'; expected one of "
                                  f"{', '.join(SECTIONS)}", code="E032")
        # Order matters: codes and organisations must be known before entries refer to them.
        if "codes" in data:
            self.role_codes.update(str(c).upper() for c in _strings(data["codes"], f"{path}", "codes"))
        for sec in ("countries", "places", "igos", "named", "companies", "actors", "leaders", "ambiguous",
                    "ignore", "roles", "modifiers", "persons", "expert_orgs", "common_surnames",
                    "sport_words"):
            if sec in data and data[sec] is not None:
                items = data[sec]
                if not isinstance(items, list):
                    raise DictionaryError(f"{path}: section '{sec}' must be a list", code="E032")
                getattr(self, f"_{sec}")(path, items, layer, shipped)

    def _entries(self, path: Path, items: Any) -> Iterable[tuple[dict[str, Any], str]]:
        for item in items:
            if not isinstance(item, dict):
                raise DictionaryError(f"{path}: each entry must be a mapping, got {item!r}", code="E032")
            yield item, f"{path}:{line_of(item)}"

    def _countries(self, path: Path, items: Any, layer: _Layer, shipped: bool) -> None:
        for item, where in self._entries(path, items):
            c = self.countries.get(str(item.get("iso3", ""))) if shipped else None
            if c is None:
                c = parse_country(item, where)
                if self.countries.get(c.iso3) is None:
                    self.extra_countries[c.cameo] = c.iso3
                    self.extra_countries[c.iso3] = c.iso3
            code = c.cameo
            groups = (("name", [c.name, *_strings(item.get("names"), where, "names")], code, None),
                      ("adjective", _strings(item.get("adj"), where, "adj"), code, None),
                      ("capital", _strings(item.get("capital"), where, "capital"), code + "GOV", "GOV"),
                      ("seat", _strings(item.get("seats"), where, "seats"), code + "GOV", "GOV"))
            for via, terms, full, role in groups:
                name = c.name if role is None else f"{c.name} government"
                entry = Entry(code=full, country=c.iso3, role=role, name=name, kind="state", via=via,
                              start=c.valid_from if c.historical else None,
                              end=None, where=where)
                for t in terms:
                    self.add(layer, t, entry)

    def _places(self, path: Path, items: Any, layer: _Layer, shipped: bool) -> None:
        for item, where in self._entries(path, items):
            if not item.get("country"):
                raise DictionaryError(f"{where}: place entry lacks 'country'", code="E032")
            iso3, cameo = self.country_code(item["country"], where)
            c = self.countries.get(iso3)
            cname = c.name if c is not None else iso3
            # A city or region stands for its country (CAMEO codes events in and on cities that way).
            for t in _strings(item.get("names"), where, "names"):
                self.add(layer, t, Entry(code=cameo, country=iso3, role=None, name=f"{t} ({cname})",
                                         kind="state", via="place", where=where))

    def _igos(self, path: Path, items: Any, layer: _Layer, shipped: bool) -> None:
        for item, where in self._entries(path, items):
            code = str(item.get("code", "")).upper()
            if len(code) != 3 or not code.isalnum():
                raise DictionaryError(f"{where}: organisation code '{code}' must be 3 letters", code="E035")
            kind = str(item.get("kind", "igo"))
            if kind not in _KINDS:
                raise DictionaryError(f"{where}: kind '{kind}' must be one of {sorted(_KINDS)}", code="E032")
            self.igo_codes.add(code)
            name = str(item.get("name") or code)
            # An armed group may say which state it belongs to ("HEZ", Lebanon): its code stays its own.
            iso3 = self.country_code(item["country"], where)[0] if item.get("country") else None
            entry = Entry(code=code, country=iso3, role=None, name=name, kind=kind, via="igo", where=where)
            for t in [*_strings(item.get("terms"), where, "terms")]:
                self.add(layer, t, entry)

    def _named(self, path: Path, items: Any, layer: _Layer, shipped: bool) -> None:
        self._actors(path, items, layer, shipped, via="name")

    def _companies(self, path: Path, items: Any, layer: _Layer, shipped: bool) -> None:
        """Named companies: the business of their home country (``<country>BUS``), by name and aliases."""
        for item, where in self._entries(path, items):
            for key in ("name", "country"):
                if not item.get(key):
                    raise DictionaryError(f"{where}: company entry lacks '{key}'", code="E032")
            for flag in ("state_owned", "common_word"):
                if not isinstance(item.get(flag, False), bool):
                    raise DictionaryError(f"{where}: '{flag}' must be true or false", code="E032")
            iso3, cameo = self.country_code(item["country"], where)
            name = str(item["name"])
            # A name that is also an everyday word ("Apple", "Shell") is the company only as an organisation.
            entry = Entry(code=cameo + "BUS", country=iso3, role="BUS", name=name, kind="state", via="name",
                          org_only=bool(item.get("common_word", False)), where=where)
            for t in dict.fromkeys([name, *_strings(item.get("aliases"), where, "aliases")]):
                self.add(layer, t, entry)

    def _actors(self, path: Path, items: Any, layer: _Layer, shipped: bool, via: str = "name") -> None:
        for item, where in self._entries(path, items):
            if not item.get("code"):
                raise DictionaryError(f"{where}: actor entry lacks 'code'", code="E032")
            code = str(item["code"]).upper()
            country, role = self.split_code(code, where)
            kind = str(item.get("kind") or ("igo" if country is None and role is None else "state"))
            if kind not in _KINDS:
                raise DictionaryError(f"{where}: kind '{kind}' must be one of {sorted(_KINDS)}", code="E032")
            start, end = _date(item.get("start"), where, "start"), _date(item.get("end"), where, "end")
            if start and end and end < start:
                raise DictionaryError(f"{where}: end date {end} is before start date {start}", code="E034")
            terms = _strings(item.get("terms"), where, "terms")
            if not terms:
                raise DictionaryError(f"{where}: actor entry {code} has no 'terms'", code="E032")
            ent_via = str(item.get("via") or via)
            name = str(item.get("name") or terms[0])
            # A term naming several actors at once ("AUKUS"): each member code must be known.
            members = tuple(str(m).upper() for m in _strings(item.get("members"), where, "members"))
            for m in members:
                self.split_code(m, where)
            entry = Entry(code=code, country=country, role=role, name=name, kind=kind, via=ent_via,
                          start=start, end=end, where=where, members=members,
                          surname=(str(item.get("surname") or name.split()[-1])
                                   if ent_via == "leader" else None))
            for t in name_variants(terms) if ent_via == "leader" else terms:
                self.add(layer, t, entry)

    def _leaders(self, path: Path, items: Any, layer: _Layer, shipped: bool) -> None:
        for item, where in self._entries(path, items):
            for key in ("name", "country", "start"):
                if not item.get(key):
                    raise DictionaryError(f"{where}: leader entry lacks '{key}'", code="E032")
            iso3, cameo = self.country_code(item["country"], where)
            role = self.role_code(item.get("role", "GOV"), where)
            start, end = _date(item.get("start"), where, "start"), _date(item.get("end"), where, "end")
            if start and end and end < start:
                raise DictionaryError(f"{where}: end date {end} is before start date {start} for "
                                      f"{item['name']}", code="E034")
            name = str(item["name"])
            words = name.split()
            family_first = iso3 in _FAMILY_FIRST and (iso3 == "CHN" or (len(words) > 1 and "-" in words[1]))
            surname = str(item.get("surname") or (words[0] if family_first else words[-1]))
            entry = Entry(code=cameo + role, country=iso3, role=role, name=name, kind="state", via="leader",
                          start=start, end=end, office=item.get("office"), surname=surname,
                          gender=item.get("gender"), where=where)
            self.leaders.append(entry)
            for t in name_variants([name, *_strings(item.get("aliases"), where, "aliases")]):
                self.add(layer, t, entry)

    def _ambiguous(self, path: Path, items: Any, layer: _Layer, shipped: bool) -> None:
        for item, where in self._entries(path, items):
            terms = _strings(item.get("term"), where, "term")
            readings: list[Reading] = []
            for r in item.get("readings") or []:
                rw = f"{path}:{line_of(r)}"
                code = str(r.get("code", "")).upper()
                country, role = self.split_code(code, rw)
                members = tuple(str(m).upper() for m in _strings(r.get("members"), rw, "members"))
                for m in members:
                    self.split_code(m, rw)
                entry = Entry(code=code, country=country, role=role, name=str(r.get("name") or code),
                              kind=str(r.get("kind", "state")), via=str(r.get("via", "name")),
                              members=members, where=rw)
                readings.append(Reading(
                    entry=entry,
                    context_codes=frozenset(
                        str(c).upper() for c in _strings(r.get("context_codes"), rw, "context_codes")),
                    context_words=frozenset(
                        w.lower() for w in _strings(r.get("context_words"), rw, "context_words")),
                    default=bool(r.get("default", False))))
            if not terms or not readings:
                raise DictionaryError(f"{where}: an ambiguous entry needs 'term' and 'readings'", code="E032")
            for t in terms:
                self.ambiguous[t] = tuple(readings)

    def _expert_orgs(self, path: Path, items: Any, layer: _Layer, shipped: bool) -> None:
        self.expert_orgs.update(w.lower() for w in _strings(items, str(path), "expert_orgs"))

    def _common_surnames(self, path: Path, items: Any, layer: _Layer, shipped: bool) -> None:
        self.common_surnames.update(_strings(items, str(path), "common_surnames"))

    def _sport_words(self, path: Path, items: Any, layer: _Layer, shipped: bool) -> None:
        self.sport_words.update(w.lower() for w in _strings(items, str(path), "sport_words"))

    def _ignore(self, path: Path, items: Any, layer: _Layer, shipped: bool) -> None:
        self.blocked.update(_strings(items, str(path), "ignore"))

    def _roles(self, path: Path, items: Any, layer: _Layer, shipped: bool) -> None:
        for item, where in self._entries(path, items):
            role = self.role_code(item.get("role"), where)
            rd = RoleDef(role=role, office=item.get("office"), title=bool(item.get("title", False)),
                         weapon=bool(item.get("weapon", False)))
            for noun in _strings(item.get("nouns"), where, "nouns"):
                key = noun.lower()
                # Titles with an office are more specific than the same noun listed generically.
                if key not in self.roles or rd.office or (rd.title and not self.roles[key].office):
                    self.roles[key] = rd

    def _modifiers(self, path: Path, items: Any, layer: _Layer, shipped: bool) -> None:
        for item, where in self._entries(path, items):
            role = self.role_code(item["role"], where) if item.get("role") else None
            m = Modifier(role=role, former=bool(item.get("former", False)))
            for w in _strings(item.get("words"), where, "words"):
                self.modifiers[w.lower()] = m

    def _persons(self, path: Path, items: Any, layer: _Layer, shipped: bool) -> None:
        for item, where in self._entries(path, items):
            pr = PersonRoleDef(role=self.role_code(item.get("role"), where),
                               kind=str(item.get("kind", "person")))
            for noun in _strings(item.get("nouns"), where, "nouns"):
                self.persons[noun.lower()] = pr


def load_dictionary(user_files: Iterable[Path] = ()) -> Dictionary:
    """Load the shipped dictionaries, then each user file in order (later files override earlier ones)."""
    base = shipped_files()
    countries = build_country_table(base[0])
    loader = _Loader(countries)
    for f in base:
        loader.load_file(f, loader.shipped, shipped=True)
    terms: dict[str, tuple[Entry, ...]] = {k: tuple(v) for k, v in loader.shipped.terms.items()}
    users = [Path(p) for p in user_files]
    for uf in users:
        if not uf.is_file():
            raise DictionaryError(f"{uf}: actor dictionary not found; check the --actors path or the "
                                  f"'actors:' list in your config file", code="E031")
        layer = _Layer()
        loader.load_file(uf, layer, shipped=False)
        for t, entries in layer.terms.items():
            terms[t] = tuple(entries)  # a user term replaces every shipped meaning of that term
            loader.ambiguous.pop(t, None)
    holders: dict[tuple[str, str], list[Entry]] = {}
    for e in loader.leaders:
        if e.office and e.country:
            holders.setdefault((e.country, e.office), []).append(e)
    office_holders = {k: tuple(sorted(v, key=lambda e: e.start or date.min)) for k, v in holders.items()}
    surnames: dict[str, list[Entry]] = {}
    for e in loader.leaders:
        if e.surname:
            surnames.setdefault(e.surname, []).append(e)
            plain = _strip_accents(e.surname)
            if plain != e.surname:
                surnames.setdefault(plain, []).append(e)  # news often drops the accents: "Calderon"
    for t in list(terms):
        if t in loader.ambiguous:
            del terms[t]  # context readings decide these
    _ = norm_name  # re-exported helper kept in use for user tooling
    return Dictionary(
        countries=countries, terms=terms, ambiguous=dict(loader.ambiguous), blocked=frozenset(loader.blocked),
        roles=dict(loader.roles), modifiers=dict(loader.modifiers), persons=dict(loader.persons),
        expert_orgs=frozenset(loader.expert_orgs), common_surnames=frozenset(loader.common_surnames),
        sport_words=frozenset(loader.sport_words),
        role_codes=frozenset(loader.role_codes), igo_codes=frozenset(loader.igo_codes),
        office_holders=office_holders, by_surname={k: tuple(v) for k, v in surnames.items()},
        files=tuple(users),
    )
