"""What every WebDriver session on a phone-sized Chromium page shares, whoever opened it: the
web backend (chromedriver directly) and the appium backend (Appium's chromium driver).

Chromium's flags and phone emulation, the page snapshot (screens/web_snapshot.js) turned into a
Screen, picking a <select> option, clearing a site's storage and waiting for the page to idle.
Everything here talks plain W3C WebDriver plus execute_script, so it works through any server.
"""
from __future__ import annotations

import time
import urllib.parse

from PIL import Image

from cancelcheck.screens import Screen
from cancelcheck.screens.web_dom import parse_web_snapshot, snapshot_script

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
MOBILE_UA = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/124.0.0.0 Mobile Safari/537.36")
DEAD_PROXY = "http://127.0.0.1:9"   # the discard port: nothing listens, requests fail at once
CHROMIUM_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic", "--hide-scrollbars",
                  "--disable-extensions", "--disable-default-apps", "--mute-audio",
                  "--disable-features=Translate,OptimizationHints,MediaRouter")
PHONE = {"width": 412, "height": 915, "pixel_ratio": 2.625}


def reopen_address(url: str, at: str | None) -> str:
    """Where a web restart reopens: `at` when it is an address on url's own host, else url."""
    if at and at.startswith(("http://", "https://")) and url.startswith(("http://", "https://")):
        try:
            if host_port(at) == host_port(url):
                return at
        except ValueError:
            pass
    return url


def host_port(url: str) -> str:
    u = urllib.parse.urlsplit(url)
    port = u.port or {"http": 80, "https": 443}.get(u.scheme, 0)
    return f"{u.hostname}:{port}"


def chromium_args(isolate: bool = True, allow_hosts: list[str] = ()) -> list[str]:
    """Chromium's command line: headless, quiet, and (isolated) every request other than to
    loopback and the allowed host:ports sent to a dead proxy."""
    args = list(CHROMIUM_FLAGS)
    if isolate:
        args.append(f"--proxy-server={DEAD_PROXY}")
        args.append("--proxy-bypass-list=" + ";".join(["<-loopback>", *allow_hosts]))
    return args


def mobile_emulation(width: int = PHONE["width"], height: int = PHONE["height"],
                     pixel_ratio: float = PHONE["pixel_ratio"], user_agent: str = MOBILE_UA) -> dict:
    """chromedriver's `mobileEmulation` option for a touch phone of that size."""
    return {"deviceMetrics": {"width": width, "height": height, "pixelRatio": pixel_ratio,
                              "touch": True, "mobile": True},
            "userAgent": user_agent}


def chrome_options(binary: str = CHROMIUM, *, isolate: bool = True,
                   allow_hosts: list[str] = (), **phone) -> dict:
    """The `goog:chromeOptions` capability for a phone-sized headless Chromium."""
    return {"binary": binary, "args": chromium_args(isolate, allow_hosts),
            "mobileEmulation": mobile_emulation(**phone)}


# -- in the page -------------------------------------------------------------------------------
CHOOSE_JS = """
    const [x, y, want] = arguments;
    let el = document.elementFromPoint(x, y);
    while (el && el.tagName !== 'SELECT') el = el.parentElement;
    if (!el) return 'no-select';
    const norm = s => s.replace(/\\s+/g, ' ').trim().toLowerCase();
    const i = [...el.options].findIndex(o => norm(o.text) === norm(want));
    if (i < 0) return 'no-option';
    el.focus(); el.selectedIndex = i;
    el.dispatchEvent(new Event('input', {bubbles: true}));
    el.dispatchEvent(new Event('change', {bubbles: true}));
    return 'ok';"""

BUSY_JS = ("return document.readyState !== 'complete' || "
           "document.getAnimations().some(a => a.playState === 'running' "
           "&& !(a.effect && a.effect.getComputedTiming().iterations === Infinity))")

SELECT_ACTIVE_JS = "const e=document.activeElement; if(e && 'value' in e){e.select && e.select();}"

CLEAR_STORAGE_JS = """
    try { localStorage.clear(); } catch (e) {}
    try { sessionStorage.clear(); } catch (e) {}
    const done = arguments[arguments.length - 1];
    if (!window.indexedDB || !indexedDB.databases) { done(true); return; }
    indexedDB.databases().then(dbs => Promise.all(dbs.map(d => new Promise(r => {
        const q = indexedDB.deleteDatabase(d.name); q.onsuccess = q.onerror = q.onblocked = r;
    })))).then(() => done(true), () => done(true));"""


class PageSnapshot:
    """Captures a page as a Screen through any WebDriver: one screenshot, one script call."""

    def __init__(self, max_elements: int = 3000):
        self.script = snapshot_script()
        self.max_elements = max_elements

    def screen(self, driver, image: Image.Image, where: str) -> Screen:
        snap = driver.execute_script(self.script, self.max_elements)
        return parse_web_snapshot(snap, image, where=where)


def choose_option(driver, css_x: float, css_y: float, option: str) -> str:
    """Set a <select> at a CSS point to an option by its text, the way the native picker would;
    'ok', 'no-select' (nothing there is a select) or 'no-option'."""
    return driver.execute_script(CHOOSE_JS, css_x, css_y, option)


def clear_site_storage(driver) -> None:
    """Forget the current origin's cookies, local/session storage and IndexedDB."""
    driver.delete_all_cookies()
    driver.execute_async_script(CLEAR_STORAGE_JS)


def wait_idle(driver, timeout: float = 5.0) -> None:
    """Until the page has loaded and no finite CSS animation or transition is running."""
    from selenium.common.exceptions import UnexpectedAlertPresentException
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            if not driver.execute_script(BUSY_JS):
                return
        except UnexpectedAlertPresentException:
            return      # a dialog opened meanwhile (it stays open: the next capture reads it)
        time.sleep(0.05)
