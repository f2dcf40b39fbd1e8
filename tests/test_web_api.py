"""The dashboard's JSON API, in-process: filters, highlighting, analysis views, simulation, errors."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import duckdb
import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from triadic.errors import InputError, StoreError  # noqa: E402
from triadic.web import create_app  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from _web_sample import build_sample_store  # noqa: E402


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_store(tmp_path_factory.mktemp("web") / "sample.duckdb")


@pytest.fixture(scope="module")
def client(sample: Path) -> TestClient:
    with TestClient(create_app(sample)) as c:
        yield c


def _count(path: Path, sql: str, params: list[object] | None = None) -> int:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return int(con.execute(sql, params or []).fetchall()[0][0])
    finally:
        con.close()


def _all_events(client: TestClient, **params: object) -> list[dict]:
    out: list[dict] = []
    page = 1
    while True:
        r = client.get("/api/events", params={**params, "page": page, "per_page": 7})
        assert r.status_code == 200, r.text
        body = r.json()
        out += body["events"]
        if page >= body["pages"]:
            return out
        page += 1


def test_overview_counts_match_the_store(client: TestClient, sample: Path) -> None:
    o = client.get("/api/overview").json()
    assert o["articles"] == _count(sample, "SELECT count(*) FROM articles") == 6
    assert o["events"] == _count(sample, "SELECT count(*) FROM events")
    assert o["quotes"] == 6
    assert (
        o["actors"]
        == _count(
            sample,
            "SELECT count(DISTINCT x) FROM (SELECT source_code AS x FROM events UNION "
            "SELECT target_code FROM events) WHERE x IS NOT NULL",
        )
        == 6
    )
    kinds = {d["dataset"]: d["kind"] for d in o["datasets"]}
    assert kinds == {"triadic": "self-coded", "gdelt": "imported"}
    assert o["first_date"] == "2018-01-10" and o["last_date"] == "2018-06-10"
    assert sum(m["events"] for m in o["monthly"]) == o["events"]


def test_actor_filter_keeps_only_events_with_that_actor(client: TestClient, sample: Path) -> None:
    events = _all_events(client, actor="prk")
    want = _count(
        sample,
        "SELECT count(*) FROM events WHERE 'PRK' IN (source_country, target_country, "
        "source_code, target_code)",
    )
    assert len(events) == want > 0
    assert len({e["id"] for e in events}) == len(events)  # pagination repeats nothing
    for e in events:
        sides = {
            e["source"]["country"],
            e["source"]["code"],
            (e["target"] or {}).get("country"),
            (e["target"] or {}).get("code"),
        }
        assert "PRK" in sides


def test_dyad_filter_directed_and_undirected(client: TestClient) -> None:
    both = _all_events(client, dyad="PRK-USA")
    directed = _all_events(client, dyad="PRK-USA", directed="true")
    assert {(e["source"]["country"], e["target"]["country"]) for e in both} == {
        ("PRK", "USA"),
        ("USA", "PRK"),
    }
    assert {(e["source"]["country"], e["target"]["country"]) for e in directed} == {("PRK", "USA")}
    assert 0 < len(directed) < len(both)


@pytest.mark.parametrize(
    "params, check",
    [
        ({"code": "05"}, lambda e: e["cameo"].startswith("05")),
        ({"root": "13"}, lambda e: e["root"] == "13"),
        ({"quad": "3,4"}, lambda e: e["quad"] in (3, 4)),
        ({"modality": "hypothetical"}, lambda e: e["modality"] == "hypothetical"),
        ({"dataset": "gdelt"}, lambda e: e["dataset"] == "gdelt"),
        ({"start": "2018-03-01", "end": "2018-04-30"}, lambda e: "2018-03-01" <= e["date"] <= "2018-04-30"),
    ],
)
def test_filters_narrow_the_events(client: TestClient, params: dict, check) -> None:
    total = client.get("/api/events").json()["total"]
    events = _all_events(client, **params)
    assert 0 < len(events) < total
    assert all(check(e) for e in events)


def test_sentence_is_highlighted_at_the_stored_spans(client: TestClient) -> None:
    ev = client.get("/api/events", params={"actor": "PRK", "root": "13"}).json()["events"][0]
    segs = ev["highlighted"]
    assert "".join(s["text"] for s in segs) == ev["sentence"]["text"]
    marked = {k: "".join(s["text"] for s in segs if k in s["marks"]) for k in ("source", "target", "trigger")}
    assert marked == {
        "source": ev["source"]["text"],
        "target": ev["target"]["text"],
        "trigger": ev["trigger"]["text"],
    }
    # the threat is reported speech: the event carries the quote's speaker
    assert ev["quote"]["speaker"]["name"] == "Ri Son-gwon"
    assert ev["attributed_to"] == "PRKGOV"
    assert ev["article_url"] == f"/articles/{ev['article_id']}"


def test_imported_events_have_no_sentence_and_keep_their_origin(client: TestClient) -> None:
    evs = client.get("/api/events", params={"dataset": "gdelt"}).json()["events"]
    assert len(evs) == 2
    for e in evs:
        assert e["highlighted"] is None and e["article_url"] is None
        assert e["origin"]["file"] == "20180427.export.CSV"


def test_event_by_id_and_ids_filter(client: TestClient) -> None:
    some = client.get("/api/events", params={"per_page": 3}).json()["events"]
    ids = [e["id"] for e in some]
    got = client.get("/api/events", params={"ids": ",".join(ids)}).json()
    assert sorted(e["id"] for e in got["events"]) == sorted(ids)
    one = client.get(f"/api/events/{ids[0]}").json()
    assert one["id"] == ids[0]
    r = client.get("/api/events/e0000000000000000")
    assert r.status_code == 404 and r.json()["error"]["code"] == "E162"


def test_article_view_marks_every_event_and_quote(client: TestClient) -> None:
    art_id = client.get("/api/articles").json()["articles"][0]["id"]
    a = client.get(f"/api/articles/{art_id}").json()
    assert "".join(s["text"] for s in a["segments"]) == a["text"]
    assert len(a["events"]) == 7 and len(a["quotes"]) == 1
    kinds = {k for s in a["segments"] for k in s["marks"]}
    assert kinds == {"source", "target", "trigger", "quote"}
    refs = {r for s in a["segments"] for r in s["refs"]}
    assert {e["id"] for e in a["events"]} <= refs
    quoted = "".join(s["text"] for s in a["segments"] if "quote" in s["marks"])
    assert quoted == a["quotes"][0]["text"]
    r = client.get("/api/articles/a0000000000000000")
    assert r.status_code == 404 and "E162" in r.text


def test_relations_network_signs_and_layout(client: TestClient) -> None:
    net = client.get("/api/relations").json()
    signs = {(e["a"], e["b"]): e["sign"] for e in net["edges"]}
    assert signs[("CHN", "PRK")] == 1 and signs[("CHN", "USA")] == 1 and signs[("PRK", "USA")] == -1
    assert all(0 <= n["x"] <= 1 and 0 <= n["y"] <= 1 for n in net["nodes"])
    ids = {n["id"] for n in net["nodes"]}
    assert all(e["a"] in ids and e["b"] in ids and e["evidence"] for e in net["edges"])
    small = client.get("/api/relations", params={"max_nodes": 2}).json()
    assert len(small["nodes"]) == 2 and small["dropped_actors"] == len(ids) - 2
    empty = client.get("/api/relations", params={"start": "2030-01-01"}).json()
    assert empty["edges"] == [] and empty["note"]


def test_dyad_series_by_month(client: TestClient) -> None:
    d = client.get("/api/dyad", params={"a": "USA", "b": "PRK"}).json()
    assert [p["start"][:7] for p in d["series"]] == [f"2018-0{m}" for m in range(1, 7)]
    assert all(p["net_coop"] == -1.0 and p["conflictual"] == p["n"] == 2 for p in d["series"])


def test_triangles_and_pivots(client: TestClient) -> None:
    t = client.get("/api/triangles").json()
    rom = [x for x in t["triangles"] if x["kind"] == "romantic"]
    assert t["kinds"]["romantic"] == len(rom) == 1
    assert rom[0]["pivot"] == "CHN" and sorted(rom[0]["wings"]) == ["PRK", "USA"] and rom[0]["evidence"]
    assert client.get("/api/triangles", params={"kinds": "marriage"}).json()["total"] == 0
    monthly = client.get("/api/triangles", params={"window": "month"}).json()
    assert monthly["total"] == 6
    p = client.get("/api/pivots", params={"trend_window": "month", "draws": 50}).json()
    assert p["pivots"][0]["pivot"] == "CHN"
    assert isinstance(p["ends_against_middle"], list) and all(isinstance(n, str) for n in p["notes"])


def test_simulate_bundled_and_uploaded(client: TestClient) -> None:
    names = [s["name"] for s in client.get("/api/scenarios").json()]
    assert names
    r = client.post("/api/simulate", json={"scenario": names[0], "model": "bdm"})
    assert r.status_code == 200, r.text
    body = r.json()
    rounds = body["result"]["rounds"]
    assert rounds[0]["round"] == 0 and set(rounds[0]["positions"]) == set(body["actors"])
    text = (
        "name: two\ndimensions: [{name: d}]\nactors:\n"
        "  - {code: AAA, capability: 1, position: {d: 0}, salience: {d: 1}}\n"
        "  - {code: BBB, capability: 3, position: {d: 100}, salience: {d: 1}}\n"
    )
    up = client.post("/api/simulate", json={"text": text, "model": "mean"}).json()
    # the capability-and-salience weighted mean of 0 (weight 1) and 100 (weight 3)
    assert up["result"]["outcome"] == [pytest.approx(75.0)]


@pytest.mark.parametrize(
    "body, code",
    [
        ({"scenario": "no-such-scenario"}, "E165"),
        ({}, "E165"),
        ({"text": "a: &x [1]\nb: *x\n"}, "E165"),
        ({"text": "name: [unclosed"}, "E165"),
        ({"text": "just a string"}, "E081"),
        ({"text": "!!python/object/apply:os.system ['true']"}, "E165"),
        ({"scenario": "peninsula-talks", "model": "oracle"}, "E160"),
        ({"scenario": "peninsula-talks", "runs": 10**9}, "E160"),
    ],
)
def test_simulate_rejects_bad_input(client: TestClient, body: dict, code: str) -> None:
    r = client.post("/api/simulate", json=body)
    assert r.status_code == 400, r.text
    assert r.json()["error"]["code"] == code and r.json()["error"]["message"]


@pytest.mark.parametrize(
    "path, params, word",
    [
        ("/api/events", {"page": "0"}, "page"),
        ("/api/events", {"per_page": "100000"}, "per_page"),
        ("/api/events", {"page": "99999999999999999999999"}, "page"),
        ("/api/events", {"quad": "5"}, "quad"),
        ("/api/events", {"root": "99"}, "root"),
        ("/api/events", {"code": "abc"}, "code"),
        ("/api/events", {"modality": "perhaps"}, "modality"),
        ("/api/events", {"start": "yesterday"}, "start"),
        ("/api/events", {"start": "2018-05-01", "end": "2018-01-01"}, "swap"),
        ("/api/events", {"actor": "PRK'; DROP TABLE events; --"}, "actor"),
        ("/api/events", {"dyad": "PRK"}, "dyad"),
        ("/api/events", {"dyad": "PRK-PRK"}, "dyad"),
        ("/api/events", {"ids": "' OR 1=1 --"}, "ids"),
        ("/api/relations", {"threshold": "2"}, "threshold"),
        ("/api/relations", {"threshold": "nan"}, "threshold"),
        ("/api/relations", {"level": "planet"}, "level"),
        ("/api/relations", {"measure": "vibes"}, "measure"),
        ("/api/triangles", {"window": "fortnight"}, "window"),
        ("/api/triangles", {"window": "99999999d"}, "window"),
        ("/api/triangles", {"kinds": "square"}, "kinds"),
        ("/api/dyad", {"a": "PRK"}, "b"),
        ("/api/dyad", {"a": "PRK", "b": "prk"}, "different"),
        ("/api/pivots", {"span": "1"}, "span"),
    ],
)
def test_bad_parameters_give_400_saying_what_was_wrong(
    client: TestClient, sample: Path, path: str, params: dict, word: str
) -> None:
    r = client.get(path, params=params)
    assert r.status_code == 400, r.text
    err = r.json()["error"]
    assert re.match(r"E\d{3}$", err["code"]) and word in err["message"]
    assert _count(sample, "SELECT count(*) FROM events") == 44  # nothing was dropped or changed


def test_store_is_read_only(client: TestClient) -> None:
    st = client.app.state.db.cursor()
    try:
        with pytest.raises(duckdb.Error):
            st.con.execute("CREATE TABLE intruder (i INTEGER)")
    finally:
        st.close()


def test_openapi_lists_every_endpoint_and_docs_are_offline(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/events",
        "/api/articles/{article_id}",
        "/api/relations",
        "/api/triangles",
        "/api/pivots",
        "/api/simulate",
    ):
        assert path in spec["paths"]
    assert "400" in spec["paths"]["/api/events"]["get"]["responses"]
    for page in ("/", "/events", "/events/x1", "/articles", "/relations", "/triangles", "/simulate", "/docs"):
        r = client.get(page)
        assert r.status_code == 200, page
        assert not re.search(r"(src|href)=\"(https?:)?//", r.text), page
        assert "default-src 'self'" in r.headers["content-security-policy"]
    js = client.get("/static/vendor/plotly.min.js")
    assert js.status_code == 200 and len(js.content) > 1_000_000
    assert "javascript" in js.headers["content-type"]
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/no/such/page", headers={"accept": "text/html"}).status_code == 404


def test_missing_or_foreign_store_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="E161"):
        create_app(tmp_path / "missing.duckdb")
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(StoreError, match="not a triadic store"):
        create_app(other)


def test_missing_scenario_folder_is_refused(sample: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="E165"):
        create_app(sample, scenarios=tmp_path / "nope")
