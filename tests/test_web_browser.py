"""End to end in a real headless Chromium: the demo store served on loopback, events filtered by PRK, one
event opened with its highlighted sentence, the relations network drawn and an edge clicked. Saves the
screenshots event.png and relations.png in a temporary folder, or in the folder that TRIADIC_SCREENSHOTS names
(`TRIADIC_SCREENSHOTS=docs pytest tests/test_web_browser.py` refreshes the README's images).
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from triadic.web import BackgroundServer

sys.path.insert(0, str(Path(__file__).parent))
from _web_sample import build_sample_store  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _chromium() -> str:
    for cand in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if cand and Path(cand).exists():
            return cand
    pytest.skip(
        "no Chromium found: install Debian's 'chromium' package (scripts/install-system-deps.sh does, as "
        "root) to run the browser test"
    )


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled demo corpus coded into a store; the synthetic sample if the coder cannot run here."""
    path = tmp_path_factory.mktemp("browser") / "demo.duckdb"
    try:
        from rich.console import Console

        from triadic.demo import run_demo

        quiet = Console(file=open("/dev/null", "w"))  # noqa: SIM115 - closed with the process
        run_demo(path, fmt="json", console=quiet, err_console=quiet)
        return path
    except Exception as exc:  # noqa: BLE001 - any failure of the coder falls back to the synthetic store
        print(f"demo store unavailable ({exc!r}); using the synthetic sample store")
        path.unlink(missing_ok=True)
        return build_sample_store(path)


@pytest.fixture(scope="module")
def server(demo_store: Path) -> Iterator[BackgroundServer]:
    with BackgroundServer(demo_store) as srv:
        yield srv


def test_browser_events_event_and_relations(server: BackgroundServer, tmp_path: Path) -> None:
    exe = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (dev extra)")
    # a test run must leave the checkout as it found it, so the docs' images are refreshed only on request
    shots = Path(os.environ.get("TRIADIC_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    outside: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, args=ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.on(
                "console",
                lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
            )
            page.on(
                "request",
                lambda r: (
                    None
                    if r.url.startswith(server.url) or r.url.startswith("data:")
                    else outside.append(r.url)
                ),
            )

            # events explorer: filter by PRK through the form
            page.goto(server.url + "events")
            page.wait_for_selector("body[data-ready='1']")
            page.fill("#filters input[name=actor]", "PRK")
            page.click("#filters button[type=submit]")
            page.wait_for_url("**/events?actor=PRK*")
            page.wait_for_selector("body[data-ready='1']")
            items = page.locator("#events li.event")
            assert items.count() > 0
            assert "actor=PRK" in page.inner_text("#summary")

            # open the first event that has a sentence: its spans are highlighted
            first = page.locator("#events li.event:has(p.sentence mark.m-trigger)").first
            first.locator("a.open-event").click()
            page.wait_for_url("**/events/e*")
            page.wait_for_selector("body[data-ready='1']")
            trigger = page.locator("#event p.sentence mark.m-trigger").first
            assert trigger.is_visible() and trigger.inner_text().strip()
            assert page.locator("#event p.sentence mark.m-source").count() >= 1
            sentence = page.inner_text("#event p.sentence")
            assert trigger.inner_text().strip() in sentence
            page.screenshot(path=str(shots / "event.png"), full_page=True)

            # relations: the network draws; clicking an edge loads its events and the dyad's series
            page.goto(server.url + "relations")
            page.wait_for_selector("body[data-ready='1']")
            edges = page.locator("#network g.edge")
            assert edges.count() > 0 and page.locator("#network g.node").count() >= 2
            assert int(page.get_attribute("#network", "data-drawn") or 0) == edges.count()
            edges.first.locator("line.hit").click(force=True)
            page.wait_for_selector("#dyad-events li.event")
            page.wait_for_selector("#dyad-plot .main-svg")
            title = page.inner_text("#dyad h2")
            assert " – " in title
            page.screenshot(path=str(shots / "relations.png"), full_page=True)
        finally:
            browser.close()
    assert not problems, problems
    assert not outside, f"requests left the server: {outside}"
    for name in ("event.png", "relations.png"):
        png = (shots / name).read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


def test_browser_other_pages_render_without_errors(server: BackgroundServer) -> None:
    exe = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (dev extra)")
    problems: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, args=ARGS, headless=True)
        try:
            page = browser.new_page()
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            for path in ("", "articles", "triangles", "docs"):
                page.goto(server.url + path)
                page.wait_for_selector("body[data-ready]")
                assert page.get_attribute("body", "data-ready") == "1", (path, page.inner_text("#error"))
            assert page.locator("#endpoints .endpoint").count() >= 10
            page.goto(server.url + "articles")
            page.wait_for_selector("body[data-ready='1']")
            page.locator("#articles a").first.click()
            page.wait_for_selector("#article mark.m-trigger")
            # the simulation page runs the bundled scenario and draws one trajectory per actor
            page.goto(server.url + "simulate")
            page.wait_for_selector("body[data-ready='1']")
            page.click("#sim button[type=submit]")
            page.wait_for_selector("#trajectories .main-svg")
            assert "outcome" in page.inner_text("#outcome")
            assert page.locator("#trajectories .scatterlayer .trace").count() >= 3
        finally:
            browser.close()
    assert not problems, problems
