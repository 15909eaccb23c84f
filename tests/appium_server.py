"""A real Appium 3 server for the tests: the one `make appium` installs into the project
(node_modules/.bin/appium, drivers under .appium/), on 127.0.0.1 and a free port.
(A Chromium session's capabilities: devices.appium.chromium_capabilities.)
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPIUM = ROOT / "node_modules" / ".bin" / "appium"
APPIUM_HOME = ROOT / ".appium"
CHROMIUM_DRIVER = APPIUM_HOME / "node_modules" / "appium-chromium-driver"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def missing() -> str:
    """Why the server cannot run here, or "" when it can."""
    if not APPIUM.exists():
        return f"Appium is not installed in the project ({APPIUM}): run `make appium`"
    if not CHROMIUM_DRIVER.exists():
        return f"Appium's chromium driver is not installed under {APPIUM_HOME}: run `make appium`"
    return ""


class AppiumServer:
    """Start with start(), stop with stop(); url is http://127.0.0.1:PORT."""

    def __init__(self, port: int | None = None, log: Path | None = None):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self.proc: subprocess.Popen | None = None
        self.start_seconds = 0.0

    def start(self, timeout: float = 60.0) -> "AppiumServer":
        why = missing()
        if why:
            raise RuntimeError(why)
        env = dict(os.environ, APPIUM_HOME=str(APPIUM_HOME))
        out = open(self.log, "wb") if self.log else subprocess.DEVNULL
        t0 = time.monotonic()
        self.proc = subprocess.Popen(
            [str(APPIUM), "--address", "127.0.0.1", "--port", str(self.port),
             "--log-level", "warn", "--log-no-colors"],
            env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True)
        while time.monotonic() - t0 < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"Appium exited with code {self.proc.returncode} at start"
                                   + (f" (log: {self.log})" if self.log else ""))
            try:
                with urllib.request.urlopen(self.url + "/status", timeout=1) as r:
                    if r.status == 200:
                        self.start_seconds = time.monotonic() - t0
                        return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"Appium did not answer /status within {timeout:g} s")

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        os.killpg(proc.pid, signal.SIGTERM)      # the server and the chromedrivers it started
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
