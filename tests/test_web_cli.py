"""``triadic serve``: bad stores and ports fail in one line; a server prints its loopback URL and answers."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from triadic.cli import app
from triadic.web import BackgroundServer, bind, is_loopback

sys.path.insert(0, str(Path(__file__).parent))
from _web_sample import build_sample_store  # noqa: E402


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_store(tmp_path_factory.mktemp("webcli") / "sample.duckdb")


def _one_line_error(r: object, code: str) -> None:
    assert r.exit_code != 0  # type: ignore[attr-defined]
    out = r.output.strip()  # type: ignore[attr-defined]
    assert code in out and "Traceback" not in out and len(out.splitlines()) == 1, out


def test_serve_missing_store_fails_in_one_line(tmp_path: Path) -> None:
    r = CliRunner().invoke(app, ["serve", "--store", str(tmp_path / "none.duckdb"), "--port", "0"])
    _one_line_error(r, "E161")


def test_serve_bad_port_fails_in_one_line(sample: Path) -> None:
    r = CliRunner().invoke(app, ["serve", "--store", str(sample), "--port", "70000"])
    _one_line_error(r, "E167")


def test_serve_busy_port_fails_in_one_line(sample: Path) -> None:
    busy = bind("127.0.0.1", 0)
    try:
        port = busy.getsockname()[1]
        r = CliRunner().invoke(app, ["serve", "--store", str(sample), "--port", str(port)])
        _one_line_error(r, "E167")
    finally:
        busy.close()


def _outward_address() -> str | None:
    """This machine's non-loopback IPv4 address, if it has one (a UDP connect sends nothing)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))
        except OSError:
            return None
        addr = s.getsockname()[0]
    return None if addr.startswith("127.") else addr


def test_loopback_detection() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.10")


def test_serve_prints_url_binds_loopback_and_answers(sample: Path) -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from triadic.cli import main; main()",
            "serve",
            "--store",
            str(sample),
            "--port",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert line.startswith("Serving ") and "read-only at http://127.0.0.1:" in line, line
        url = line.split(" at ")[1].split()[0]
        body = None
        for _ in range(100):
            try:
                body = httpx.get(url + "api/overview", timeout=5).json()
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert body is not None and body["articles"] == 6
        port = int(url.rsplit(":", 1)[1].strip("/"))
        # bound to loopback only: the same port on this machine's outward address refuses
        other = _outward_address()
        if other is not None:
            with socket.socket() as s:
                s.settimeout(1)
                assert s.connect_ex((other, port)) != 0
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_background_server_serves_pages(sample: Path) -> None:
    with BackgroundServer(sample) as srv:
        assert srv.url.startswith("http://127.0.0.1:")
        r = httpx.get(srv.url, timeout=10)
        assert r.status_code == 200 and "triadic" in r.text
