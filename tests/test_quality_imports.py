"""Start-up cost: importing the CLI and the packages loads no heavy library; lazy exports stay complete."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest

# Libraries that cost a large share of a second or more to import; none is needed to list the commands.
HEAVY = ("numpy", "scipy", "sklearn", "spacy", "matplotlib", "fastapi", "uvicorn", "duckdb", "pyarrow",
         "plotly", "trafilatura", "joblib")

LAZY_PACKAGES = (
    "triadic.actors",
    "triadic.analysis",
    "triadic.events",
    "triadic.ingest.importers",
    "triadic.nlp",
    "triadic.simulate",
    "triadic.web",
)


def _loaded_after(statement: str) -> list[str]:
    """The HEAVY libraries present in a fresh interpreter after running ``statement``."""
    code = f"import sys, json\n{statement}\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         timeout=120)
    return list(json.loads(out.stdout.strip().splitlines()[-1]))


@pytest.mark.slow
def test_cli_import_loads_no_heavy_library() -> None:
    loaded = _loaded_after("import triadic.cli")
    assert loaded == [], f"importing triadic.cli loaded {loaded}; import them inside the command functions"


@pytest.mark.slow
@pytest.mark.parametrize("package", LAZY_PACKAGES)
def test_package_import_is_light(package: str) -> None:
    loaded = _loaded_after(f"import {package}")
    assert loaded == [], f"importing {package} loaded {loaded}"


@pytest.mark.parametrize("package", LAZY_PACKAGES)
def test_lazy_exports_resolve(package: str) -> None:
    mod = importlib.import_module(package)
    for name in mod.__all__:
        value = getattr(mod, name)
        # once served, the name sits in the package itself (no second trip through __getattr__)
        assert vars(mod)[name] is value, name
        if callable(value):
            assert str(getattr(value, "__module__", "")).startswith(package), name
    assert set(mod.__all__) <= set(dir(mod))
    with pytest.raises(AttributeError, match="no_such_name"):
        mod.no_such_name  # noqa: B018


def test_from_import_gives_the_defining_object() -> None:
    from triadic.analysis import find_triangles
    from triadic.analysis._triangles import find_triangles as defined

    assert find_triangles is defined


def test_event_arrow_schema_still_served() -> None:
    from triadic.store import db
    from triadic.store.schema import EVENT_COLUMNS

    assert db.EVENT_ARROW_SCHEMA.names == list(EVENT_COLUMNS)
    assert db.event_arrow_schema() is db.event_arrow_schema()
