"""The read-only dashboard: ``triadic serve`` shows events, relations, triangles and simulations in a browser.

The store is opened read-only, every request gets its own DuckDB cursor, all SQL is parameterised, and every
asset (plotly.js included) is served from installed packages: no CDN, no network.
"""

from typing import TYPE_CHECKING

from triadic._lazy import lazy_exports

if TYPE_CHECKING:
    from triadic.web._app import create_app, plotly_js_path
    from triadic.web._serve import BackgroundServer, bind, is_loopback, serve

__all__ = ["create_app", "serve", "BackgroundServer", "bind", "is_loopback", "plotly_js_path"]

# FastAPI, uvicorn and the queries load on first use, not when the package is imported.
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "._app": ("create_app", "plotly_js_path"),
        "._serve": ("BackgroundServer", "bind", "is_loopback", "serve"),
    },
)
