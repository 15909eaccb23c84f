"""Helpers for the evidence tests: open a page from a folder in real headless Chromium (served
by the specimen server, driven through devices.web.WebDevice) with error hooks installed before
anything loads, and read a <video>'s state there."""
from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path

from cancelcheck.devices.web import WebDevice
from cancelcheck.specimens.server import SpecimenServer

# Installed before any page script runs: every error a page could raise is counted.
HOOKS_JS = """
window.__errors = [];
window.addEventListener('error', function (e) {
  var t = e.target && e.target !== window ? (e.target.src || e.target.href || e.target.tagName) : '';
  window.__errors.push('error: ' + (e.message || t));
}, true);
window.addEventListener('unhandledrejection', function (e) { window.__errors.push('rejection: ' + e.reason); });
document.addEventListener('securitypolicyviolation', function (e) {
  window.__errors.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI);
});
var __ce = console.error;
console.error = function () { window.__errors.push('console: ' + Array.from(arguments).join(' ')); return __ce.apply(console, arguments); };
"""


@contextmanager
def browser(root: Path, *, width: int = 1000, height: int = 1400):
    """A Chromium whose pages are served from `root`; yields (device, url_of)."""
    with SpecimenServer(root=Path(root)) as server:
        device = WebDevice("about:blank", width=width, height=height, pixel_ratio=1,
                           allow_hosts=[f"127.0.0.1:{server.port}"])
        try:
            device.start(fresh=False)
            device.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument",
                                          {"source": HOOKS_JS})
            yield device, (lambda page: f"{server.base_url}/{page}")
        finally:
            device.close()


def page_errors(device) -> list[str]:
    """Errors the hooks counted, plus SEVERE entries of Chromium's console log."""
    errors = list(device.run_js("return window.__errors || ['hooks missing']"))
    try:
        errors += [e["message"] for e in device.driver.get_log("browser")
                   if e.get("level") == "SEVERE"]
    except Exception:           # no log endpoint on this driver: the hooks are the check
        pass
    return errors


VIDEO_PAGE = """<!doctype html><meta charset="utf-8"><title>video</title>
<video id="v" src="{src}" muted preload="auto"></video>"""


def video_state(root: Path, src: str, timeout: float = 15.0) -> dict:
    """Load src (relative to root) in a <video> in Chromium; its readyState, duration, size
    and error code once it can play (readyState >= 2) or the timeout passes."""
    page = Path(root) / "_video_check.html"
    page.write_text(VIDEO_PAGE.format(src=src), encoding="utf-8")
    with browser(root) as (device, url_of):
        device.driver.get(url_of(page.name))
        end = time.monotonic() + timeout
        state = {}
        while time.monotonic() < end:
            state = device.run_js(
                "var v = document.getElementById('v'); return {readyState: v.readyState, "
                "duration: v.duration, width: v.videoWidth, height: v.videoHeight, "
                "error: v.error ? v.error.code : null};")
            if state["readyState"] >= 2 or state["error"]:
                break
            time.sleep(0.1)
        # seek to the end too: the last frame must decode
        state["seeked"] = device.driver.execute_async_script(
            "var done = arguments[0], v = document.getElementById('v');"
            "v.addEventListener('seeked', function () { done(v.readyState); }, {once: true});"
            "v.currentTime = Math.max(0, v.duration - 0.05);"
            "setTimeout(function () { done(-1); }, 5000);")
    page.unlink()
    return state
