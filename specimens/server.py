"""An embedded static server for the specimen apps, on 127.0.0.1 and a free port.

    with SpecimenServer() as server:
        url = server.url("fair-en")      # http://127.0.0.1:PORT/fair-en/

It binds loopback only (another address needs allow_remote=True: an explicit opt-in no command
line option passes), serves nothing outside the specimens folder, and stops with the run.
"""
from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .catalog import SpecimenError

ROOT = Path(__file__).resolve().parent


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map,
                      ".js": "text/javascript", ".yaml": "text/plain; charset=utf-8",
                      ".html": "text/html; charset=utf-8", ".css": "text/css"}

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_POST(self) -> None:
        """A form posted to a page gets that page (the pages have no server side): what makes
        Chromium's "Confirm Form Resubmission" page when history goes back onto it."""
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.do_GET()

    def log_message(self, format, *args) -> None:   # quiet: the run has its own log
        pass

    def list_directory(self, path):   # no listings: only the apps themselves are served
        self.send_error(404, "Not found")
        return None


LOOPBACK = ("127.0.0.1", "localhost")


class SpecimenServer:
    """Binds 127.0.0.1 unless told otherwise; any other address (0.0.0.0, a LAN address) needs
    allow_remote=True as well, so no option passed through by mistake can expose the apps (and
    whatever else sits in `root`) to the network."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, root: Path = ROOT, *,
                 allow_remote: bool = False):
        if host not in LOOPBACK and not allow_remote:
            raise SpecimenError(f"the specimen server binds loopback only; {host!r} needs "
                                "allow_remote=True")
        if not isinstance(port, int) or isinstance(port, bool) or not 0 <= port <= 65535:
            raise SpecimenError(f"--port must be from 0 to 65535, got {port!r}")
        if host == "localhost":
            host = "127.0.0.1"
        self.host = host
        handler = functools.partial(_Handler, directory=str(root))
        self._httpd = ThreadingHTTPServer((host, port), handler)
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, name: str) -> str:
        return f"{self.base_url}/{name}/"

    def start(self) -> "SpecimenServer":
        if self._thread is None:
            self._thread = threading.Thread(target=self._httpd.serve_forever, name="specimens",
                                            daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> "SpecimenServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
