"""What the appium backend costs beside the web backend, measured side by side in one run on the
same specimen screen: Appium server start, session start, capture(), tap, and the parts of a
capture (screenshot through Appium's chromium driver vs the web device's CDP screenshot).

    .venv/bin/python benchmarks/appium_cost.py [SPECIMEN] [ROUNDS]

Needs `make appium` (Appium 3 and its chromium driver in the project).
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from cancelcheck.devices.appium import AppiumDevice, chromium_capabilities
from cancelcheck.devices.web import WebDevice
from cancelcheck.specimens.server import SpecimenServer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # the tests' helpers
from tests.appium_server import AppiumServer  # noqa: E402


def timed(fn, rounds):
    out = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return statistics.median(out)


def main(name: str = "roach-motel-en", rounds: int = 10) -> None:
    with SpecimenServer() as server, AppiumServer() as appium:
        url = server.url(name)
        t = time.perf_counter()
        web = WebDevice(url)
        web.start()
        web_start = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        app = AppiumDevice(appium.url, chromium_capabilities(url), url=url)
        app.start()
        app_start = (time.perf_counter() - t) * 1000
        try:
            time.sleep(0.5)
            rows = [
                ("Appium server start (to /status)", appium.start_seconds * 1000, None),
                ("start(): session + page", app_start, web_start),
                ("  of which new session", app.session_seconds * 1000, None),
                ("screenshot PNG", timed(app.driver.get_screenshot_as_png, rounds),
                 timed(web.driver.get_screenshot_as_png, rounds)),
                ("whole capture()", timed(app.capture, rounds), timed(web.capture, rounds)),
                ("tap (W3C touch vs CDP touch)", timed(lambda: app.tap((540, 20)), rounds),
                 timed(lambda: web.tap((540, 20)), rounds)),
            ]
        finally:
            app.close()
            web.close()
    print(f"{name}: {rounds} rounds, median ms        appium      web    ratio")
    for label, a, w in rows:
        tail = f"{w:8.1f} {a / w:7.2f}×" if w else ""
        print(f"  {label:34s} {a:8.1f} {tail}")


if __name__ == "__main__":
    main(*(sys.argv[1:2] or ["roach-motel-en"]), *([int(sys.argv[2])] if len(sys.argv) > 2 else []))
