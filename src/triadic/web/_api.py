"""The JSON API: one endpoint per page, every parameter validated, every query parameterised."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request

from triadic.analysis import KINDS
from triadic.errors import InputError
from triadic.store import Store
from triadic.web._db import ReadOnlyDatabase
from triadic.web._models import (
    ArticleOut,
    ArticlesPage,
    DyadOut,
    ErrorOut,
    EventOut,
    EventsPage,
    Overview,
    PivotsOut,
    RelationsOut,
    ScenarioInfo,
    SimulateOut,
    SimulateRequest,
    TrianglesOut,
)
from triadic.web._params import (
    ARTICLE_ID_RE,
    parse_actor,
    parse_dates,
    parse_event_query,
    parse_list,
    parse_window,
)
from triadic.web._queries import get_article, get_event, list_articles, list_events, overview
from triadic.web._scenarios import ScenarioLibrary, simulate
from triadic.web._views import GraphQuery, dyad_series, pivots, relations, triangles

__all__ = ["router"]

_ERRORS: dict[int | str, dict[str, object]] = {
    400: {"model": ErrorOut, "description": "a parameter is invalid"}
}
_NOT_FOUND: dict[int | str, dict[str, object]] = {
    **_ERRORS,
    404: {"model": ErrorOut, "description": "no such id"},
}

router = APIRouter(prefix="/api", responses=_ERRORS)

# short text parameters: long enough for any real filter, short enough to bound parsing work
_Text = Annotated[str | None, Query(max_length=2000)]
_Page = Annotated[int, Query(ge=1, le=1_000_000, description="page number, from 1")]


def store_dep(request: Request) -> Iterator[Store]:
    """A cursor on the read-only store for the length of one request."""
    db: ReadOnlyDatabase = request.app.state.db
    st = db.cursor()
    try:
        yield st
    finally:
        st.close()


StoreDep = Annotated[Store, Depends(store_dep)]


def graph_query(
    start: Annotated[str | None, Query(max_length=40, description="first day, YYYY-MM-DD")] = None,
    end: Annotated[str | None, Query(max_length=40, description="last day, YYYY-MM-DD")] = None,
    level: Annotated[
        Literal["country", "code"], Query(description="actors as countries or full codes")
    ] = "country",
    modality: Annotated[
        str, Query(max_length=200, description="modalities that count, comma-separated")
    ] = "asserted",
    min_events: Annotated[int, Query(ge=1, le=1_000_000, description="events needed for an edge")] = 2,
    threshold: Annotated[
        float, Query(ge=0.0, lt=1.0, allow_inf_nan=False, description="|score| above which an edge is signed")
    ] = 0.1,
    measure: Annotated[Literal["net", "goldstein"], Query(description="edge score")] = "net",
    actors: Annotated[
        str | None, Query(max_length=2000, description="keep these actors, comma-separated")
    ] = None,
) -> GraphQuery:
    """The parameters every graph view shares, validated."""
    s, e = parse_dates(start, end)
    mods = parse_event_query(modality=modality).modalities or ("asserted",)
    acts = parse_list("actors", actors, lambda t: parse_actor(t, "actors"), "actor codes such as PRK")
    return GraphQuery(s, e, level, mods, min_events, threshold, measure, acts)


GraphDep = Annotated[GraphQuery, Depends(graph_query)]


@router.get("/health", summary="Liveness check")
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/overview", response_model=Overview, summary="Counts, date range, datasets, busiest actors")
def api_overview(store: StoreDep) -> Overview:
    return overview(store)


@router.get("/events", response_model=EventsPage, summary="Events, filtered and paginated")
def api_events(
    store: StoreDep,
    actor: Annotated[
        str | None,
        Query(
            max_length=2000,
            description="actor codes or countries on either side, comma-separated (PRK,USAGOV)",
        ),
    ] = None,
    dyad: Annotated[str | None, Query(max_length=40, description="two actors, PRK-USA")] = None,
    directed: Annotated[bool, Query(description="dyad as source-target only")] = False,
    code: Annotated[str | None, Query(max_length=2000, description="CAMEO code prefixes (042,17)")] = None,
    root: Annotated[str | None, Query(max_length=200, description="CAMEO roots 01-20")] = None,
    quad: Annotated[str | None, Query(max_length=20, description="quad classes 1-4")] = None,
    modality: Annotated[
        str | None, Query(max_length=200, description="asserted, planned, hypothetical, negated")
    ] = None,
    dataset: Annotated[
        str | None, Query(max_length=400, description="triadic, gdelt, icews, polecat")
    ] = None,
    start: Annotated[str | None, Query(max_length=40, description="first day, YYYY-MM-DD")] = None,
    end: Annotated[str | None, Query(max_length=40, description="last day, YYYY-MM-DD")] = None,
    article: Annotated[str | None, Query(max_length=200, description="article id")] = None,
    ids: Annotated[str | None, Query(max_length=20_000, description="event ids, comma-separated")] = None,
    page: _Page = 1,
    per_page: Annotated[int, Query(ge=1, le=200)] = 25,
) -> EventsPage:
    q = parse_event_query(
        actor=actor,
        dyad=dyad,
        directed=directed,
        code=code,
        root=root,
        quad=quad,
        modality=modality,
        dataset=dataset,
        start=start,
        end=end,
        article=article,
        ids=ids,
    )
    return list_events(store, q, page, per_page)


def _check_id(value: str, what: str) -> str:
    if not ARTICLE_ID_RE.match(value):
        raise InputError(f"invalid {what} id '{value[:60]}': ids are letters, digits and '_.:-'", code="E160")
    return value


@router.get("/events/{event_id}", response_model=EventOut, responses=_NOT_FOUND, summary="One event")
def api_event(store: StoreDep, event_id: Annotated[str, Path(max_length=128)]) -> EventOut:
    return get_event(store, _check_id(event_id, "event"))


@router.get("/articles", response_model=ArticlesPage, summary="Stored articles, newest first")
def api_articles(
    store: StoreDep, page: _Page = 1, per_page: Annotated[int, Query(ge=1, le=200)] = 50
) -> ArticlesPage:
    return list_articles(store, page, per_page)


@router.get(
    "/articles/{article_id}",
    response_model=ArticleOut,
    responses=_NOT_FOUND,
    summary="An article's text with every event and quote marked",
)
def api_article(store: StoreDep, article_id: Annotated[str, Path(max_length=128)]) -> ArticleOut:
    return get_article(store, _check_id(article_id, "article"))


@router.get("/relations", response_model=RelationsOut, summary="Signed network of one window")
def api_relations(
    store: StoreDep,
    g: GraphDep,
    max_nodes: Annotated[int, Query(ge=2, le=300, description="busiest actors drawn")] = 60,
) -> RelationsOut:
    return relations(store, g, max_nodes)


@router.get("/dyad", response_model=DyadOut, summary="Time series of one dyad")
def api_dyad(
    store: StoreDep,
    g: GraphDep,
    a: Annotated[str, Query(max_length=40, description="first actor")],
    b: Annotated[str, Query(max_length=40, description="second actor")],
    window: Annotated[
        str, Query(max_length=20, description="day, week, month, quarter, year, 30d")
    ] = "month",
    evidence: Annotated[
        int, Query(ge=0, le=20, description="event ids per window (costly on big stores; 0 for none)")
    ] = 0,
) -> DyadOut:
    x, y = parse_actor(a, "a"), parse_actor(b, "b")
    if x == y:
        raise InputError(f"a and b are both '{x}'; a dyad needs two different actors", code="E160")
    return dyad_series(store, x, y, parse_window(window, "month"), g, evidence)


def _kinds(text: str | None) -> tuple[str, ...]:
    def item(t: str) -> str:
        if t.lower() not in KINDS:
            raise ValueError(t)
        return t.lower()

    return parse_list("kinds", text, item, "triangle kinds: " + ", ".join(KINDS))


@router.get("/triangles", response_model=TrianglesOut, summary="Classified strategic triangles")
def api_triangles(
    store: StoreDep,
    g: GraphDep,
    window: Annotated[str, Query(max_length=20, description="all, month, quarter, year, 90d")] = "all",
    kinds: Annotated[str | None, Query(max_length=100, description=", ".join(KINDS))] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> TrianglesOut:
    return triangles(store, parse_window(window), g, _kinds(kinds), limit)


@router.get("/pivots", response_model=PivotsOut, summary="Pivots and ends-against-the-middle candidates")
def api_pivots(
    store: StoreDep,
    g: GraphDep,
    window: Annotated[str, Query(max_length=20, description="window of the pivot list")] = "all",
    trend_window: Annotated[
        str, Query(max_length=20, description="windows the trends are fitted over")
    ] = "quarter",
    span: Annotated[int, Query(ge=2, le=24, description="windows per trend")] = 3,
    draws: Annotated[int, Query(ge=10, le=2000, description="bootstrap draws")] = 200,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> PivotsOut:
    return pivots(store, parse_window(window), parse_window(trend_window, "quarter"), span, g, limit, draws)


@router.get(
    "/scenarios", response_model=list[ScenarioInfo], summary="Scenarios offered by the simulation page"
)
def api_scenarios(request: Request) -> list[ScenarioInfo]:
    lib: ScenarioLibrary = request.app.state.scenarios
    return lib.infos()


@router.post("/simulate", response_model=SimulateOut, summary="Run a bargaining model on a scenario")
def api_simulate(request: Request, body: SimulateRequest) -> SimulateOut:
    lib: ScenarioLibrary = request.app.state.scenarios
    return simulate(body, lib)
