"""HTML pages: Jinja shells that the page scripts fill from the JSON API, so every page has an API."""

from __future__ import annotations

from functools import cache
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from triadic import __version__
from triadic.web._params import ARTICLE_ID_RE

__all__ = ["router", "render_page", "PAGES"]

# (path, template, title): the navigation bar lists them in this order
PAGES: tuple[tuple[str, str, str], ...] = (
    ("/", "overview.html", "Overview"),
    ("/events", "events.html", "Events"),
    ("/articles", "articles.html", "Articles"),
    ("/relations", "relations.html", "Relations"),
    ("/triangles", "triangles.html", "Triangles & pivots"),
    ("/simulate", "simulate.html", "Simulation"),
    ("/docs", "apidocs.html", "API"),
)

router = APIRouter(include_in_schema=False)


@cache
def _env() -> Environment:
    return Environment(
        loader=PackageLoader("triadic.web", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_page(template: str, **context: Any) -> str:
    """Render a template with the navigation and version every page shows."""
    return _env().get_template(template).render(nav=PAGES, version=__version__, **context)


def _page(template: str, title: str, active: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(render_page(template, title=title, active=active, **context))


@router.get("/", response_class=HTMLResponse)
def overview_page() -> HTMLResponse:
    return _page("overview.html", "Overview", "/")


@router.get("/events", response_class=HTMLResponse)
def events_page() -> HTMLResponse:
    return _page("events.html", "Events", "/events")


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(event_id: str) -> HTMLResponse:
    ok = bool(ARTICLE_ID_RE.match(event_id))
    return _page("event.html", "Event", "/events", item_id=event_id if ok else "")


@router.get("/articles", response_class=HTMLResponse)
def articles_page() -> HTMLResponse:
    return _page("articles.html", "Articles", "/articles")


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(article_id: str) -> HTMLResponse:
    ok = bool(ARTICLE_ID_RE.match(article_id))
    return _page("article.html", "Article", "/articles", item_id=article_id if ok else "")


@router.get("/relations", response_class=HTMLResponse)
def relations_page() -> HTMLResponse:
    return _page("relations.html", "Relations", "/relations")


@router.get("/triangles", response_class=HTMLResponse)
def triangles_page() -> HTMLResponse:
    return _page("triangles.html", "Triangles & pivots", "/triangles")


@router.get("/simulate", response_class=HTMLResponse)
def simulate_page() -> HTMLResponse:
    return _page("simulate.html", "Simulation", "/simulate")


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> HTMLResponse:
    return _page("apidocs.html", "API", "/docs", openapi_url=request.app.openapi_url)
