"""The FastAPI application: pages, the JSON API, offline assets, and errors as clear 400s."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import plotly
from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from triadic import __version__
from triadic.errors import InputError, TriadicError
from triadic.web._api import router as api_router
from triadic.web._db import ReadOnlyDatabase
from triadic.web._pages import render_page
from triadic.web._pages import router as page_router
from triadic.web._scenarios import ScenarioLibrary

__all__ = ["create_app", "plotly_js_path"]

log = logging.getLogger("triadic.web")

# no third-party origins anywhere: scripts, styles and data all come from this server
_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)


def plotly_js_path() -> Path:
    """plotly.min.js from the installed plotly wheel, served by the dashboard instead of a CDN."""
    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def _error(status: int, code: str, message: str, problems: list[str] | None = None) -> JSONResponse:
    return JSONResponse(
        {"error": {"code": code, "message": message, "problems": problems or []}}, status_code=status
    )


def _describe(err: Mapping[str, Any]) -> str:
    loc = [str(p) for p in err.get("loc") or () if p not in ("query", "path", "body")]
    where = ".".join(loc) or "request"
    got = err.get("input")
    shown = "" if got is None or isinstance(got, dict | list) else f" (got '{str(got)[:40]}')"
    return f"{where}: {err.get('msg')}{shown}"


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")


def create_app(store: str | Path, scenarios: str | Path | None = None) -> FastAPI:
    """A dashboard serving ``store`` read-only; ``scenarios`` is an extra folder of scenario files.

    Raises StoreError (E161) when the store is missing or not a triadic store.
    """
    db = ReadOnlyDatabase(store)
    folder = Path(scenarios) if scenarios else None
    if folder is not None and not folder.is_dir():
        db.close()
        raise InputError(f"scenario folder '{folder}' does not exist or is not a folder", code="E165")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        db.close()

    app = FastAPI(
        title="triadic dashboard",
        version=__version__,
        lifespan=lifespan,
        description="Read-only views of a triadic store: events with their evidence, relations, strategic "
        "triangles, pivots and bargaining simulations. Errors are JSON objects "
        '`{"error": {"code", "message", "problems"}}`; bad parameters give 400.',
        # FastAPI's /docs and /redoc pull Swagger UI and ReDoc from a CDN; /docs is served by our own page
        docs_url=None,
        redoc_url=None,
    )
    app.state.db = db
    app.state.scenarios = ScenarioLibrary(folder)

    @app.middleware("http")
    async def headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", _CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [_describe(e) for e in exc.errors()]
        return _error(400, "E160", "invalid request: " + "; ".join(problems[:3]), problems)

    @app.exception_handler(TriadicError)
    async def triadic_error(request: Request, exc: TriadicError) -> JSONResponse:
        if exc.code == "E162":
            return _error(404, exc.code, exc.message)
        if isinstance(exc, InputError) or exc.exit_code in (2, 5):
            return _error(400, exc.code, exc.message)
        log.error("store or engine error on %s: %s", request.url.path, exc)
        return _error(500, exc.code, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        msg = "no such page" if exc.status_code == 404 else str(exc.detail)
        if _wants_html(request):
            return HTMLResponse(
                render_page(
                    "error.html",
                    title="Not found" if exc.status_code == 404 else "Error",
                    status=exc.status_code,
                    message=msg,
                    active="",
                ),
                status_code=exc.status_code,
            )
        code = "E162" if exc.status_code == 404 else "E160"
        return _error(exc.status_code, code, f"{msg}: {request.method} {request.url.path}")

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return _error(500, "E169", f"internal error ({type(exc).__name__}); please report it with the URL")

    @app.get("/static/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        return FileResponse(
            plotly_js_path(), media_type="text/javascript", headers={"Cache-Control": "public, max-age=86400"}
        )

    app.mount("/static", StaticFiles(packages=[("triadic.web", "static")]), name="static")
    app.include_router(api_router)
    app.include_router(page_router)
    return app
