"""Run the dashboard: bind the socket ourselves (clear errors, port 0 for a free one), then uvicorn."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import uvicorn

from triadic.errors import ConfigError
from triadic.web._app import create_app

__all__ = ["serve", "BackgroundServer", "is_loopback", "bind"]


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port`` (port 0 picks a free one); ConfigError E167 when it cannot bind."""
    if not 0 <= port <= 65535:
        raise ConfigError(f"port {port} is out of range; give 1-65535, or 0 for any free port", code="E167")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ConfigError(f"cannot resolve host '{host}': {exc}; use 127.0.0.1", code="E167") from None
    family, kind, proto, _, addr = infos[0]
    # the protocol must be IPPROTO_TCP, not 0: asyncio only sets TCP_NODELAY on such sockets, and without it
    # every response waits ~40 ms for the client's delayed ACK
    sock = socket.socket(family, kind, proto or socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(addr)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise ConfigError(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port "
            "(or 0 for any free port)",
            code="E167",
        ) from None
    sock.set_inheritable(True)
    return sock


def _url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def serve(
    store: str | Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    scenarios: str | Path | None = None,
    announce: Callable[[str], None] = print,
) -> None:
    """Serve ``store`` read-only until interrupted; ``announce`` receives the URL line (and any warning)."""
    app = create_app(store, scenarios)
    sock = bind(host, port)
    if not is_loopback(host):
        announce(f"warning: listening on {host}, reachable from other machines; the dashboard has no login")
    announce(f"Serving {store} read-only at {_url(sock)}  (Ctrl-C to stop)")
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])


@dataclass
class BackgroundServer:
    """The dashboard in a background thread on a free loopback port, for tests and benchmarks."""

    store: str | Path
    scenarios: str | Path | None = None
    url: str = ""
    _server: uvicorn.Server | None = field(default=None, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)

    def start(self, timeout: float = 20.0) -> BackgroundServer:
        app = create_app(self.store, self.scenarios)
        sock = bind("127.0.0.1", 0)
        self.url = _url(sock)
        self._server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise ConfigError(f"the dashboard did not start within {timeout:.0f} s", code="E167")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
