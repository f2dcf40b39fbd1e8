"""The JSON shapes of the dashboard API; FastAPI publishes them in /openapi.json."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

__all__ = [
    "SpanOut",
    "ActorOut",
    "SegmentOut",
    "SpeakerOut",
    "QuoteOut",
    "SentenceOut",
    "OriginOut",
    "EventOut",
    "EventsPage",
    "ArticleOut",
    "ArticleSummary",
    "ArticlesPage",
    "DatasetCount",
    "ActorCount",
    "MonthCount",
    "Overview",
    "ErrorDetail",
    "ErrorOut",
    "NodeOut",
    "EdgeOut",
    "RelationsOut",
    "SeriesPoint",
    "DyadOut",
    "TrianglesOut",
    "PivotsOut",
    "ScenarioInfo",
    "SimulateRequest",
    "SimulateOut",
]


class SpanOut(BaseModel):
    text: str | None
    start: int | None
    end: int | None


class ActorOut(BaseModel):
    code: str | None
    country: str | None
    role: str | None
    name: str | None
    text: str | None = None
    start: int | None = None
    end: int | None = None


class SegmentOut(BaseModel):
    """A piece of text; ``marks`` lists what covers it: source, target, trigger, quote."""

    text: str
    marks: list[str] = []
    refs: list[str] = []


class SpeakerOut(BaseModel):
    name: str | None
    affiliation: str | None
    code: str | None


class QuoteOut(BaseModel):
    id: str
    speaker: SpeakerOut
    text: str | None
    start: int | None
    end: int | None
    kind: str | None


class SentenceOut(BaseModel):
    index: int | None
    text: str
    start: int | None
    end: int | None


class OriginOut(BaseModel):
    """Where an imported event came from (GDELT, ICEWS, POLECAT files)."""

    file: str | None
    line: int | None
    id: str | None


class EventOut(BaseModel):
    """A coded event; ``highlighted`` is its sentence cut at the source, target and trigger spans."""

    id: str
    article_id: str | None
    dataset: str | None
    date: str | None
    date_precision: str | None
    cameo: str | None
    cameo_name: str | None
    root: str | None
    quad: int | None
    goldstein: float | None
    modality: str | None
    plover_type: str | None
    plover_mode: str | None
    confidence: float | None
    rule: str | None
    source: ActorOut | None
    target: ActorOut | None
    trigger: SpanOut | None
    sentence: SentenceOut | None
    highlighted: list[SegmentOut] | None
    attributed_to: str | None
    quote: QuoteOut | None
    article_url: str | None
    origin: OriginOut | None


class EventsPage(BaseModel):
    total: int
    page: int
    per_page: int
    pages: int
    events: list[EventOut]


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    published: str | None
    source: str | None
    events: int


class ArticlesPage(BaseModel):
    total: int
    page: int
    per_page: int
    articles: list[ArticleSummary]


class ArticleOut(BaseModel):
    """An article's stored text, cut into segments marked with every event's spans and every quote."""

    id: str
    title: str | None
    byline: str | None
    published: str | None
    source: str | None
    url: str | None
    dateline: str | None
    text: str
    segments: list[SegmentOut]
    events: list[EventOut]
    quotes: list[QuoteOut]


class DatasetCount(BaseModel):
    dataset: str | None
    kind: Literal["self-coded", "imported"]
    events: int
    first_date: str | None
    last_date: str | None


class ActorCount(BaseModel):
    actor: str
    events: int


class MonthCount(BaseModel):
    month: str
    events: int


class Overview(BaseModel):
    store: str
    articles: int
    sentences: int
    events: int
    quotes: int
    actors: int
    first_date: str | None
    last_date: str | None
    datasets: list[DatasetCount]
    top_actors: list[ActorCount]
    monthly: list[MonthCount]


class ErrorDetail(BaseModel):
    code: str = Field(description="catalogue code, such as E160")
    message: str = Field(description="what was wrong and what to do")
    problems: list[str] = []


class ErrorOut(BaseModel):
    error: ErrorDetail


class NodeOut(BaseModel):
    id: str
    events: int = Field(description="events on the drawn edges that touch this actor")
    degree: int
    x: float
    y: float


class EdgeOut(BaseModel):
    a: str
    b: str
    n_events: int
    score: float
    sign: int = Field(description="+1 cooperative, -1 conflictual, 0 within the threshold")
    evidence: list[str]


class RelationsOut(BaseModel):
    start: str | None
    end: str | None
    level: str
    nodes: list[NodeOut]
    edges: list[EdgeOut]
    dropped_actors: int = Field(description="actors left out to keep the drawing readable (max_nodes)")
    note: str | None = None


class SeriesPoint(BaseModel):
    start: str | None
    end: str | None
    n: int
    cooperative: int
    conflictual: int
    net_coop: float | None
    goldstein_mean: float | None
    evidence: list[str]


class DyadOut(BaseModel):
    a: str
    b: str
    window: str
    series: list[SeriesPoint]
    note: str | None = None


class TrianglesOut(BaseModel):
    window: str
    total: int
    kinds: dict[str, int]
    triangles: list[dict[str, Any]] = Field(description="see triadic.analysis.Triangle.to_dict")
    note: str | None = None


class PivotsOut(BaseModel):
    window: str
    trend_window: str
    pivots: list[dict[str, Any]] = Field(description="romantic triangles, strongest pivot advantage first")
    ends_against_middle: list[dict[str, Any]] = Field(description="see triadic.analysis.PivotTrend.to_dict")
    notes: list[str] = []


class ScenarioInfo(BaseModel):
    name: str
    title: str
    description: str | None
    actors: list[str]
    dimensions: list[str]


class SimulateRequest(BaseModel):
    """Run a bundled scenario (``scenario``) or an uploaded one (``text``, YAML or KTAB CSV)."""

    scenario: str | None = Field(default=None, max_length=100, description="name from /api/scenarios")
    text: str | None = Field(default=None, max_length=200_000, description="scenario file contents")
    format: Literal["yaml", "ktab"] = "yaml"
    model: Literal["mean", "median", "bdm", "spatial"] = "bdm"
    runs: int = Field(default=0, ge=0, le=200, description="noisy repetitions for uncertainty; 0 for none")
    seed: int | None = Field(default=None, ge=0, le=2**31 - 1)


class SimulateOut(BaseModel):
    scenario: str
    actors: list[str]
    dimensions: list[str]
    result: dict[str, Any] = Field(description="see triadic.simulate.SimulationResult.to_dict")
