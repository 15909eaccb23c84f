"""The `web` backend: Debian Chromium through Selenium and /usr/bin/chromedriver, headless,
emulating a phone (412×915 CSS px at pixel ratio 2.625, a mobile user agent, touch).

Screenshots are in device pixels (1082×2402 by default) and element boxes in the same pixels.
Taps are touch events at a point, so they land where a finger would (a canvas works as well
as a button). Scrolls are Chromium's synthesized scroll gestures, which move
the content by an exact distance. The browser may talk only to the target's host and port:
every other request is sent to a dead proxy.
"""
from __future__ import annotations

import base64
import contextlib
import io
import os
import re
import shutil
import socket
import time
import urllib.error
import urllib.parse
import urllib.request

from PIL import Image

from cancelcheck.screens import Element, Screen

from .base import Capabilities, Device, Target
from .answer import MARGIN, NoAnswer, bound_commands, unanswered
from .guard import first_line, guard, selenium_errors
from .processes import browser_process, close_driver
from . import web_dialog, web_tabs
from .web_documents import run_first_in_every_document
from .errors import AppCrashed, DeviceError, DeviceUnavailable, TargetUnreachable
from .web_page import (CHROMEDRIVER, CHROMIUM, CHROMIUM_FLAGS, DEAD_PROXY, MOBILE_UA,  # noqa: F401
                       SELECT_ACTIVE_JS, PageSnapshot, chromium_args, choose_option, host_port,
                       mobile_emulation, reopen_address)
from .web_page import wait_idle as _wait_idle

INSTALL_HINT = "install it with `apt-get install chromium chromium-driver` (`make test` does this)"


def _stopped(device) -> str:
    """Which part went away when the connection to chromedriver broke."""
    code = device.chromedriver_exit_code()
    if code is not None:
        return f"chromedriver stopped answering: its process exited with code {code}"
    return "Chromium or chromedriver stopped answering"


def _unanswered(device) -> str:
    return f"Chromium or chromedriver stopped answering (no answer within {device.answer_seconds:g} s)"


_selenium = selenium_errors(_stopped)
# chromedriver's answers to a command that met a navigation the action itself started (a tap on
# a link, a dialog answered while the page went on loading): the action was done
NAVIGATED = ("aborted by navigation", "inspected target navigated or closed",
             "not attached to an active page")


def navigated(exc: Exception) -> bool:
    """Whether chromedriver answered that the page navigated under the command."""
    from selenium.common.exceptions import WebDriverException
    return isinstance(exc, WebDriverException) and any(
        k in (exc.msg or "").lower() for k in NAVIGATED)
BROWSER_GONE = ("invalid session id", "session deleted", "browser has closed the connection",
                "chrome not reachable", "not connected to devtools", "no such window",
                "target window already closed", "disconnected:")


def _describe(device, exc: Exception):
    """Selenium's errors, told apart: the page's renderer died (AppCrashed), the page stopped
    answering (TargetUnreachable), Chromium or chromedriver went away (one line saying which)."""
    from selenium.common.exceptions import TimeoutException, WebDriverException
    if unanswered(exc):                 # the session is done: later commands fail at once
        return device.no_answer.seen(_unanswered(device))
    if isinstance(exc, WebDriverException):
        msg = first_line(exc.msg or type(exc).__name__)
        low = msg.lower()
        if "tab crashed" in low or "target crashed" in low:
            return AppCrashed(f"{device.url}: the page crashed (Chromium's renderer for it "
                              f"died: {msg})")
        if isinstance(exc, TimeoutException) or "timed out receiving message from renderer" in low:
            return TargetUnreachable(f"{device.url}: the page stopped answering (nothing came "
                                     f"back within {device.timeout:g} s: {msg})")
        if any(k in low for k in BROWSER_GONE):
            return f"Chromium stopped answering ({msg})"
    return _selenium(device, exc)


_guard = guard(lambda d: "web device", _describe)


def probe(url: str, timeout: float = 5.0) -> None:
    """Raise TargetUnreachable unless the URL answers (any HTTP status counts as an answer)."""
    if not url.startswith(("http://", "https://")):
        if url.startswith("file://") and not os.path.exists(urllib.parse.urlsplit(url).path):
            raise TargetUnreachable(f"{url}: no such file")
        return
    try:
        req = urllib.request.Request(url, method="GET")
        with urllib.request.urlopen(req, timeout=timeout):
            pass
    except urllib.error.HTTPError:
        return
    except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError) as exc:
        reason = getattr(exc, "reason", exc)
        raise TargetUnreachable(f"{url}: does not answer ({reason})") from None


# Chromium's net errors (net/base/net_error_list.h) that come from the browser itself, not
# from a target that stopped answering: ERR_CACHE_MISS (-400) is the page a POST produced,
# gone from the cache, which Chromium will not fetch again without resubmitting the form.
BROWSER_OWN = ("ERR_CACHE_MISS",)


class WebDevice(Device):
    kind = "web"
    capabilities = Capabilities(video=True, native_video=False, restart=True, reset=True)

    def __init__(self, url: str, *, width: int = 412, height: int = 915,
                 pixel_ratio: float = 2.625, user_agent: str = MOBILE_UA,
                 allow_hosts: list[str] | None = None, isolate: bool = True,
                 chromium: str = CHROMIUM, chromedriver: str = CHROMEDRIVER,
                 timeout: float = 20.0, max_elements: int = 3000):
        super().__init__()
        self.url = url
        self.width, self.height, self.pixel_ratio = width, height, pixel_ratio
        self.user_agent = user_agent
        self.timeout = timeout
        self.max_elements = max_elements
        self.chromium, self.chromedriver = chromium, chromedriver
        hosts = [host_port(url)] if url.startswith(("http://", "https://")) else []
        self.allow_hosts = hosts + list(allow_hosts or [])
        self.isolate = isolate
        self._driver = None
        self._browser: tuple[int, bytes] | None = None      # Chromium's pid and command line
        self._snapshot = PageSnapshot(max_elements)
        self._last: Screen | None = None        # the last page captured (under a dialog)
        self._dialog: Screen | None = None      # the browser dialog open, as last captured
        self.no_answer = NoAnswer()             # set once a command got no answer in time
        self._window = ""                       # the session's own window (its only one)
        self._moved = False                     # an action that may navigate came since the
                                                # last capture

    @property
    def answer_seconds(self) -> float:
        """How long a command may go unanswered: chromedriver answers a page that does not load
        or a script that does not return by itself within `timeout`."""
        return self.timeout + MARGIN

    # -- lifecycle ---------------------------------------------------------------------------
    def _launch(self):
        for path, what in ((self.chromium, "Chromium"), (self.chromedriver, "chromedriver")):
            if not (os.path.isfile(path) and os.access(path, os.X_OK)):
                found = shutil.which(os.path.basename(path))
                hint = f" (one is on PATH at {found}: pass it)" if found else ""
                raise DeviceUnavailable(f"{what} not found at {path}{hint}; {INSTALL_HINT}")
        os.environ.setdefault("SE_OFFLINE", "true")   # never let Selenium Manager go online
        from selenium import webdriver
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.chrome.service import Service

        opts = webdriver.ChromeOptions()
        opts.binary_location = self.chromium
        for flag in chromium_args(self.isolate, self.allow_hosts):
            opts.add_argument(flag)
        opts.set_capability("unhandledPromptBehavior", "ignore")   # a dialog waits for us
        opts.add_experimental_option("mobileEmulation", mobile_emulation(
            self.width, self.height, self.pixel_ratio, self.user_agent))
        try:
            driver = webdriver.Chrome(service=Service(self.chromedriver), options=opts)
        except WebDriverException as exc:
            first = (exc.msg or str(exc)).strip().splitlines()[0]
            raise DeviceUnavailable(f"Chromium did not start: {first}") from None
        bound_commands(driver, self.answer_seconds)
        driver.set_page_load_timeout(self.timeout)
        driver.set_script_timeout(self.timeout)
        self._browser = browser_process(driver)
        run_first_in_every_document(driver)     # dialogs say their kind; one tab, as in a web view
        self._window = driver.current_window_handle
        return driver

    def chromedriver_exit_code(self) -> int | None:
        """chromedriver's exit code once its process has ended, else None."""
        service = getattr(self._driver, "service", None)
        process = getattr(service, "process", None)
        return process.poll() if process is not None else None

    @property
    def driver(self):
        if self._driver is None:
            raise DeviceError("web device: not started (call start() first)")
        self.no_answer.check(lambda m: DeviceError(f"web device: {m}; nothing more was asked"))
        return self._driver

    @_guard
    def start(self, fresh: bool = True) -> None:
        probe(self.url)
        if self._driver is None:
            self._driver = self._launch()
        if fresh:
            self._clear_state()
        self._load(self.url)

    @_guard
    def restart(self, at: str | None = None) -> None:
        probe(self.url)
        self._load(reopen_address(self.url, at))

    def _load(self, url: str) -> None:
        from selenium.common.exceptions import TimeoutException, UnexpectedAlertPresentException
        if self._driver is not None and web_dialog.read(self.driver) is not None:
            web_dialog.answer(self.driver, "dismiss")   # never accept what we did not read
        self._dialog = None
        try:
            self.driver.get(url)
            title = self.driver.execute_script("return document.title || ''")
        except TimeoutException:
            raise TargetUnreachable(f"{url}: page did not finish loading in {self.timeout:g} s") from None
        except UnexpectedAlertPresentException:
            return      # the page raised a dialog as it loaded: the next capture reads it
        if title and self.driver.current_url.startswith("chrome-error://"):
            raise TargetUnreachable(f"{url}: Chromium could not load it ({title})")

    def _clear_state(self) -> None:
        if self.url.startswith(("http://", "https://")):
            u = urllib.parse.urlsplit(self.url)
            origin = f"{u.scheme}://{u.netloc}"
            self.driver.execute_cdp_cmd("Storage.clearDataForOrigin",
                                        {"origin": origin, "storageTypes": "all"})
        self.driver.delete_all_cookies()

    def close(self) -> None:
        """Quit within seconds whatever state the browser is in: a session that does not
        answer has its processes ended (chromedriver, Chromium and its helpers, and a Chromium
        orphaned by a chromedriver that died first); one that already left a command
        unanswered is not asked to quit."""
        driver, self._driver = self._driver, None
        browser, self._browser = self._browser, None
        if driver is None and browser is None:
            return
        close_driver(driver, [browser] if browser is not None else [], ask=not self.no_answer)

    def _one_window(self) -> None:
        """Close any window the page opened after all (SAME_TAB_JS sends them to this one)."""
        self._window = web_tabs.close_extra(self.driver, self._window)

    # -- seeing ------------------------------------------------------------------------------
    @_guard
    def capture(self) -> Screen:
        from selenium.common.exceptions import UnexpectedAlertPresentException
        self._one_window()
        dialog = web_dialog.read(self.driver)
        if dialog is not None:                  # the page is frozen behind a browser dialog
            last = self._last
            self._dialog = web_dialog.screen(dialog, last.app if last else self.url,
                                             last.image if last else None, self.pixel_ratio)
            return self.redact(self._dialog)
        self._dialog = None
        try:
            shot = self._screenshot()
            if not (shot or {}).get("data"):    # chromedriver's answer when a dialog opened
                raise UnexpectedAlertPresentException("no screenshot")
            image = Image.open(io.BytesIO(base64.b64decode(shot["data"]))).convert("RGB")
            screen = self._snapshot.screen(self.driver, image, where=self.url)
        except UnexpectedAlertPresentException:
            if web_dialog.read(self.driver) is None:
                raise
            return self.capture()       # a dialog opened while capturing: it is the screen
        # screenshot pixels per CSS px of the page's layout: the phone's pixel ratio on a page
        # made for phones, less on a desktop page the browser shows zoomed out (no viewport tag)
        self._page_scale = screen.scale or self.pixel_ratio
        if screen.app.startswith("chrome-error://"):
            self._check_error_page(screen)
        self._last = screen
        return self.redact(screen)

    def _screenshot(self) -> dict:
        """The viewport as PNG (base64 under "data"). Through CDP, twice as quick; but the
        first capture after an action that may navigate goes through WebDriver, which waits
        for a navigation the action started: a CDP screenshot taken while a form's POST
        commits never answers (Chromium 156, one capture in four on a test page). Both give
        the same pixels."""
        if self._moved:
            self._moved = False
            return {"data": self.driver.get_screenshot_as_base64()}
        return self.driver.execute_cdp_cmd("Page.captureScreenshot",
                                           {"format": "png", "optimizeForSpeed": True})

    def _check_error_page(self, screen: Screen) -> None:
        """Chromium shows its error page: when the page that failed is on the target's own
        host, the target stopped answering (TargetUnreachable); another host is the app
        sending the person out (a finding, not a fault), so the screen stands. So does an
        error the browser makes without asking the target (BROWSER_OWN: history went back onto
        a page a form's POST produced, "Confirm Form Resubmission"): the flows leave it as
        they leave any error page, never resending the form."""
        history = self.driver.execute_cdp_cmd("Page.getNavigationHistory", {})
        entries = history.get("entries") or []
        i = history.get("currentIndex", len(entries) - 1)
        failed = entries[i].get("url", "") if 0 <= i < len(entries) else ""
        if not (self.url.startswith(("http://", "https://"))
                and failed.startswith(("http://", "https://"))
                and host_port(failed) == host_port(self.url)):
            return
        code = next((m.group(0) for t in screen.texts()
                     for m in [re.search(r"\bERR_[A-Z_]+", t)] if m), "")
        if code in BROWSER_OWN:
            return
        raise TargetUnreachable(f"{self.url}: the target stopped answering: Chromium could not "
                                f"load {failed}" + (f" ({code})" if code else ""))

    @property
    def css_scale(self) -> float:
        """Screenshot pixels per CSS px, as of the last capture: taps and scrolls aim at
        screenshot pixels, and touch events take CSS px of the page's layout."""
        return getattr(self, "_page_scale", None) or self.pixel_ratio

    def _css_point(self, target: Target) -> tuple[float, float]:
        if isinstance(target, Element):
            x, y = target.bounds.center
            # an element cut by the screen's edge is aimed at in the part that shows (its
            # centre may lie past the edge, where a finger cannot touch)
            b = target.bounds
            x1, y1 = max(b.x1, 0), max(b.y1, 0)
            x2, y2 = min(b.x2, self.width * self.pixel_ratio), min(b.y2, self.height * self.pixel_ratio)
            if x1 < x2 and y1 < y2:
                x, y = (x1 + x2) / 2, (y1 + y2) / 2
        else:
            x, y = target
        return x / self.css_scale, y / self.css_scale

    # -- acting ------------------------------------------------------------------------------
    def _dialog_target(self, target) -> Element | None:
        """The dialog button a tap lands on, while a browser dialog is open."""
        if self._dialog is None or web_dialog.read(self.driver) is None:
            return None
        return web_dialog.at(self._dialog, target)

    @contextlib.contextmanager
    def _may_navigate(self):
        """An action that starts a navigation may have chromedriver answer "aborted by
        navigation" (or the like) while the new page loads: the action was done. Wait for the
        new page to load, and go on."""
        self._moved = True
        try:
            yield
        except Exception as exc:        # noqa: BLE001 — only a navigation's answers are kept
            if not navigated(exc):
                raise
            end = time.monotonic() + self.timeout
            while True:
                try:
                    _wait_idle(self.driver, max(0.1, end - time.monotonic()))
                    return
                except Exception as again:  # noqa: BLE001
                    if not navigated(again) or time.monotonic() > end:
                        raise
                    time.sleep(0.1)

    @_guard
    def tap(self, target: Target) -> None:
        with self._may_navigate():
            self._tap(target)

    def _tap(self, target: Target) -> None:
        button = self._dialog_target(target)
        if button is not None:
            if button.attrs["dialog"] != "prompt":   # the prompt's field: typing fills it
                web_dialog.answer(self.driver, button.attrs["dialog"])
            return
        x, y = self._css_point(target)
        zoom = self.pixel_ratio / self.css_scale
        if not (0 <= x < self.width * zoom and 0 <= y < self.height * zoom):
            raise DeviceError(f"web device: tap at ({x:.0f}, {y:.0f}) CSS px is off screen "
                              f"({self.width}×{self.height})")
        # A touch down and up at one point: Chromium turns it into pointer, touch and click
        # events as on a phone (ten times quicker than a W3C pointer action through chromedriver).
        point = {"x": x, "y": y, "radiusX": 4, "radiusY": 4, "force": 1}
        self.driver.execute_cdp_cmd("Input.dispatchTouchEvent",
                                    {"type": "touchStart", "touchPoints": [point]})
        self.driver.execute_cdp_cmd("Input.dispatchTouchEvent",
                                    {"type": "touchEnd", "touchPoints": []})
        self._one_window()

    @_guard
    def enter_text(self, text: str, *, clear: bool = True) -> None:
        if self._dialog is not None and web_dialog.read(self.driver) is not None:
            web_dialog.answer(self.driver, "prompt", text)     # a prompt() takes the text
            return
        d = self.driver
        if clear:
            d.execute_script(SELECT_ACTIVE_JS)
            d.execute_cdp_cmd("Input.dispatchKeyEvent", {"type": "rawKeyDown", "key": "Backspace",
                                                         "code": "Backspace",
                                                         "windowsVirtualKeyCode": 8})
            d.execute_cdp_cmd("Input.dispatchKeyEvent", {"type": "keyUp", "key": "Backspace",
                                                         "code": "Backspace",
                                                         "windowsVirtualKeyCode": 8})
        # insertText commits text as an input method would: any script, one input event.
        d.execute_cdp_cmd("Input.insertText", {"text": text})
        self._one_window()

    @_guard
    def choose(self, target: Element, option: str) -> None:
        """Pick an <option> of a <select> by its text: Chromium's native picker never shows in
        a headless screenshot, so this sets the choice the way the picker would."""
        with self._may_navigate():          # a menu <select> goes where its option says
            found = choose_option(self.driver, *self._css_point(target), option)
            if found == "no-select":
                super().choose(target, option)
            elif found == "no-option":
                raise DeviceError(f"web device: the menu {target.label!r} has no option {option!r}")
            self._one_window()

    @_guard
    def scroll(self, direction: str, within: Element | None = None, fraction: float = 0.7) -> None:
        if within is not None:
            b = within.bounds
            x, y = self._css_point(within)
            w, h = b.width / self.css_scale, b.height / self.css_scale
        else:
            x, y, w, h = self.width / 2, self.height / 2, self.width, self.height
        dist = {"down": (0, -h), "up": (0, h), "right": (-w, 0), "left": (w, 0)}[direction]
        self.driver.execute_cdp_cmd("Input.synthesizeScrollGesture", {
            "x": x, "y": y, "xDistance": dist[0] * fraction, "yDistance": dist[1] * fraction,
            "gestureSourceType": "mouse", "preventFling": True, "speed": 4000})

    @_guard
    def back(self) -> None:
        with self._may_navigate():
            if web_dialog.read(self.driver) is not None:
                web_dialog.answer(self.driver, "dismiss")      # back closes a dialog: Cancel
                return
            self.driver.back()
            self._one_window()

    # -- extras for tests and the CLI ----------------------------------------------------------
    @_guard
    def run_js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    @_guard
    def wait_idle(self, timeout: float = 5.0) -> None:
        """Until the page has loaded and no CSS animation or transition is running (a page
        behind a browser dialog is as idle as it will get)."""
        if web_dialog.read(self.driver) is None:
            _wait_idle(self.driver, timeout)
