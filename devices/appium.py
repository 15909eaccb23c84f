"""The `appium` backend: an app or page on a remote Appium server (`appium:http://host:4723`),
with the W3C capabilities from the app config.

Three kinds of session, told apart by the capabilities:

* Android (`appium:automationName: UiAutomator2`): the page source is parsed by parse_android,
  system dialogs tagged as in the android backend; app = `appium:appPackage`.
* iOS (`XCUITest`): the page source is parsed by parse_xcuitest, scaled by the screenshot's
  pixels per point; app = `appium:bundleId`.
* Chromium (`appium:automationName: Chromium`, a desktop platformName and a browserName): the
  page is captured by the web backend's own snapshot script (devices/web_page.py), so both give
  the same Screen for the same page; `url` (an option) is the page to open. As in the web
  backend, every document runs devices/web_documents.py's scripts first (a browser dialog says
  its kind: an alert shows only OK; a page stays in one tab), and each command is bounded
  (devices/answer.py): `timeout` + 10 s, never resent; past it the session is done.

Taps and scrolls are W3C pointer actions with a touch pointer, in the session's own units
(pixels on Android, points on iOS, CSS pixels in Chromium); a scroll is a slow drag with a
rest before lifting, so it does not fling. Video (Android, iOS): `start_recording_screen` in
chunks under 3 minutes, each saved as an MP4 and listed. A server that does not answer /status
within a few seconds is a one-line DeviceUnavailable before any session is asked for.
"""
from __future__ import annotations

import base64
import io
import json
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from PIL import Image

from cancelcheck.screens import Element, Screen
from cancelcheck.screens.android_xml import parse_android
from cancelcheck.screens.ios_xml import parse_xcuitest

from . import web_dialog
from .answer import MARGIN, NoAnswer, bound_commands, unanswered
from .processes import quit_within
from .android_system import mark_system_dialog, system_dialog_text
from .base import Capabilities, Device, Target
from .guard import first_line, guard, selenium_errors
from .errors import AppCrashed, AppLeftForeground, DeviceError, DeviceUnavailable, TargetUnreachable
from .web_documents import run_first_in_every_document
from .web_page import (CHROMEDRIVER, CHROMIUM, SELECT_ACTIVE_JS, PageSnapshot, chrome_options,
                       choose_option, clear_site_storage, host_port, reopen_address,
                       wait_idle)

DESKTOP = ("linux", "mac", "macos", "windows")
START_HINT = "start one with `appium --address 127.0.0.1 --port 4723`"
CHUNK_SECONDS = 170
RUNNING_IN_FOREGROUND, NOT_RUNNING = 4, 1


def platform_of(caps: dict) -> str:
    """'chromium', 'android' or 'ios' from W3C capabilities."""
    automation = str(caps.get("appium:automationName", caps.get("automationName", ""))).lower()
    platform = str(caps.get("platformName", "")).lower()
    if automation == "chromium" or (platform in DESKTOP and caps.get("browserName")):
        return "chromium"
    if platform == "android" or automation in ("uiautomator2", "espresso"):
        return "android"
    if platform in ("ios", "tvos") or automation == "xcuitest":
        return "ios"
    raise DeviceError("appium device: capabilities name no platform cancelcheck knows "
                      f"(platformName={caps.get('platformName')!r}, automationName={automation!r}); "
                      "use Android/UiAutomator2, iOS/XCUITest or Chromium")


def probe_server(url: str, timeout: float = 3.0) -> dict:
    """The server's /status, or DeviceUnavailable in one line within `timeout` seconds."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.hostname + (f":{parts.port}" if parts.port else "") if parts.hostname else ""
    shown = urllib.parse.urlunsplit(parts._replace(netloc=netloc))    # never print a farm's key
    req = urllib.request.Request(shown.rstrip("/") + "/status")
    if parts.username:                  # a device farm's user:key@host: basic auth, as Selenium
        token = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
        req.add_header("Authorization", "Basic " + base64.b64encode(token.encode()).decode())
    url = shown
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return json.loads(r.read() or b"{}").get("value", {})
    except urllib.error.HTTPError as exc:
        raise DeviceUnavailable(f"Appium server at {url} answered /status with HTTP {exc.code}: "
                                "is this an Appium server (Appium 1 needs /wd/hub in the URL)?") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise DeviceUnavailable(f"Appium server at {url} does not answer ({reason}); "
                                f"{START_HINT}") from None


_selenium = selenium_errors(lambda d: f"the Appium server at {d.shown_url} stopped answering")


def _describe(device, exc: Exception):
    """Selenium's errors; in a Chromium session a dead renderer is the page crashing, and a
    command without an answer within its bound ends the session (later ones fail at once)."""
    from selenium.common.exceptions import WebDriverException
    if device.platform == "chromium" and unanswered(exc):
        return device.no_answer.seen(f"the Appium server at {device.shown_url} or its Chromium "
                                     f"stopped answering (no answer within "
                                     f"{device.answer_seconds:g} s)")
    if isinstance(exc, WebDriverException) and device.platform == "chromium":
        msg = first_line(exc.msg or type(exc).__name__)
        if "tab crashed" in msg.lower() or "target crashed" in msg.lower():
            return AppCrashed(f"{device.url}: the page crashed (Chromium's renderer for it "
                              f"died: {msg})")
    return _selenium(device, exc)


_guard = guard(lambda d: "appium device", _describe)


class AppiumDevice(Device):
    kind = "appium"

    def __init__(self, server_url: str, capabilities: dict, *, url: str | None = None,
                 reset: str = "restart", probe_timeout: float = 3.0,
                 command_timeout: float = 180.0, watch_app: bool = True,
                 allow_packages: list[str] | None = None, max_elements: int = 3000,
                 timeout: float = 20.0):
        super().__init__()
        if not server_url.startswith(("http://", "https://")):
            raise DeviceError(f"appium device: server {server_url!r} must be an http(s):// URL")
        self.server_url = server_url.rstrip("/")
        u = urllib.parse.urlsplit(self.server_url)
        self.shown_url = urllib.parse.urlunsplit(u._replace(netloc=u.hostname + (
            f":{u.port}" if u.port else ""))) if u.hostname else self.server_url
        self.caps = dict(capabilities)
        self.platform = platform_of(self.caps)
        self.url = url
        if self.platform == "chromium" and not url:
            raise DeviceError("appium device: a Chromium session needs the page to open (url=…)")
        self.app = self.caps.get("appium:appPackage") or self.caps.get("appium:bundleId") or ""
        self.reset = reset
        self.probe_timeout, self.command_timeout = probe_timeout, command_timeout
        self.timeout = timeout                  # a Chromium page's load and script timeout
        self.no_answer = NoAnswer()             # set once a command got no answer in time
        self.watch_app = watch_app
        self.allow_packages = set(allow_packages or [])
        native = self.platform != "chromium"
        self.capabilities = Capabilities(video=True, native_video=native, restart=True,
                                         reset=(not native) or reset == "clear")
        self._snapshot = PageSnapshot(max_elements)
        self._last: Screen | None = None        # the last page captured (under a dialog)
        self._dialog: Screen | None = None      # the browser dialog open, as last captured
        self._driver = None
        self._scale: float | None = None      # screenshot pixels per action unit
        self._size: tuple[int, int] | None = None
        self._video: _ChunkedRecording | None = None
        self.session_seconds = 0.0

    # -- lifecycle ---------------------------------------------------------------------------
    def connect(self) -> None:
        if self._driver is not None:
            return
        import time

        from appium import webdriver
        from appium.options.common import AppiumOptions
        from appium.webdriver.client_config import AppiumClientConfig
        from selenium.common.exceptions import WebDriverException

        probe_server(self.server_url, self.probe_timeout)
        config = AppiumClientConfig(self.server_url, timeout=self.command_timeout)
        t0 = time.monotonic()
        try:
            self._driver = webdriver.Remote(self.server_url, client_config=config,
                                            options=AppiumOptions().load_capabilities(self.caps))
        except WebDriverException as exc:
            first = (exc.msg or str(exc)).strip().splitlines()[0][:300]
            raise DeviceUnavailable(f"Appium at {self.shown_url} could not start a "
                                    f"{self.platform} session: {first}") from None
        except OSError as exc:
            raise DeviceUnavailable(f"Appium server at {self.shown_url} stopped answering "
                                    f"while starting a session ({type(exc).__name__})") from None
        self.session_seconds = time.monotonic() - t0
        if self.platform == "chromium":         # as the web backend does (devices/web.py)
            bound_commands(self._driver, self.answer_seconds)
            self._driver.set_page_load_timeout(self.timeout)
            self._driver.set_script_timeout(self.timeout)
            run_first_in_every_document(self._driver)   # dialogs say their kind; one tab

    @property
    def answer_seconds(self) -> float:
        """How long a command in a Chromium session may go unanswered: its chromedriver
        answers a page that does not load or a script that does not return within `timeout`.
        (A native session's commands keep `command_timeout`: a page source can take long.)"""
        return self.timeout + MARGIN

    @property
    def driver(self):
        if self._driver is None:
            raise DeviceError("appium device: not started (call start() first)")
        self.no_answer.check(lambda m: DeviceError(f"appium device: {m}; nothing more was asked"))
        return self._driver

    @_guard
    def start(self, fresh: bool = True) -> None:
        self.connect()
        if self.platform == "chromium":
            if web_dialog.read(self.driver) is not None:
                web_dialog.answer(self.driver, "dismiss")   # never accept what was not read
            self.driver.get(self.url)
            if fresh:
                clear_site_storage(self.driver)
                self.driver.get(self.url)
            self._check_page()
            return
        if fresh and self.reset == "clear" and self.platform == "android":
            self.driver.execute_script("mobile: clearApp", {"appId": self.app})
        self._relaunch()

    @_guard
    def restart(self, at: str | None = None) -> None:
        self.connect()
        if self.platform == "chromium":
            if web_dialog.read(self.driver) is not None:
                web_dialog.answer(self.driver, "dismiss")   # never accept what was not read
            self.driver.get(reopen_address(self.url, at))
            self._check_page()
        else:
            self._relaunch()

    def _check_page(self) -> None:
        if self.driver.current_url.startswith("chrome-error://"):
            raise TargetUnreachable(f"{self.url}: Chromium could not load it")

    def _relaunch(self) -> None:
        if not self.app:
            return      # the session's own app (appium:app) is already in front
        self.driver.terminate_app(self.app)
        self.driver.activate_app(self.app)

    def close(self) -> None:
        driver, self._driver = self._driver, None
        if driver is None:
            return
        try:
            if self._video is not None:
                self._video.stop()
        except Exception:        # closing must not fail
            pass
        quit_within(driver.quit)      # a server that does not answer does not hold us up

    # -- seeing ------------------------------------------------------------------------------
    @_guard
    def capture(self) -> Screen:
        if self.platform == "chromium" and self._dialog_open():
            return self.redact(self._dialog)
        png = self.driver.get_screenshot_as_png()
        image = Image.open(io.BytesIO(png)).convert("RGB")
        where = f"appium:{self.shown_url}"
        if self.platform == "chromium":
            screen = self._snapshot.screen(self.driver, image, where=self.url or where)
        elif self.platform == "android":
            screen = parse_android(self.driver.page_source, where=where, image=image)
            mark_system_dialog(screen, self.app)
        else:
            screen = parse_xcuitest(self.driver.page_source, where=where, image=image)
        self._scale, self._size = screen.scale, screen.size
        self._last = screen
        screen = self.redact(screen)
        if self.watch_app and self.platform != "chromium" and self.app:
            self.check_app(screen)
        return screen

    def check_app(self, screen: Screen) -> None:
        """AppCrashed when the app is not running, AppLeftForeground when it is not in front
        (a system dialog over it does not count); both carry the screen."""
        dialog = next((e.attrs["system_dialog"] for e in screen.elements
                       if e.attrs.get("system_dialog")), "")
        if dialog in ("crash", "anr"):
            raise AppCrashed(f"{self.app} stopped: the device shows “{system_dialog_text(screen)}”",
                             screen=screen)
        state = self.driver.query_app_state(self.app)
        if state == NOT_RUNNING:
            raise AppCrashed(f"{self.app} is no longer running", screen=screen)
        if state != RUNNING_IN_FOREGROUND and not dialog:
            front = screen.app if screen.app != self.app else ""
            if front and front in self.allow_packages:
                return
            raise AppLeftForeground(f"{front or 'another app'} is in front of {self.app}",
                                    package=front, screen=screen)

    def _units(self) -> float:
        """Screenshot pixels per pointer unit (1 on Android; the pixel ratio elsewhere)."""
        if self.platform == "android":
            return 1.0
        if self._scale is None:
            self.capture()
        return self._scale or 1.0

    def _point(self, target: Target) -> tuple[float, float]:
        x, y = target.bounds.center if isinstance(target, Element) else target
        if self._size and not (0 <= x < self._size[0] and 0 <= y < self._size[1]):
            raise DeviceError(f"appium device: ({x}, {y}) is off screen "
                              f"({self._size[0]}×{self._size[1]})")
        s = self._units()
        return x / s, y / s

    # -- acting ------------------------------------------------------------------------------
    def _touch(self):
        from selenium.webdriver.common.actions import interaction
        from selenium.webdriver.common.actions.action_builder import ActionBuilder
        from selenium.webdriver.common.actions.pointer_input import PointerInput
        builder = ActionBuilder(self.driver, mouse=PointerInput(interaction.POINTER_TOUCH, "finger"))
        return builder, builder.pointer_action

    @_guard
    def tap(self, target: Target) -> None:
        if self._dialog is not None and self._dialog_open(keep=True):
            button = web_dialog.at(self._dialog, target)
            if button is not None:
                if button.attrs["dialog"] != "prompt":
                    web_dialog.answer(self.driver, button.attrs["dialog"])
                return
        x, y = self._point(target)
        builder, finger = self._touch()
        finger.move_to_location(round(x), round(y)).pointer_down().pause(0.05).pointer_up()
        builder.perform()

    @_guard
    def enter_text(self, text: str, *, clear: bool = True) -> None:
        if self._dialog is not None and self._dialog_open(keep=True):
            web_dialog.answer(self.driver, "prompt", text)
            return
        field = self.driver.switch_to.active_element
        if clear:
            if self.platform == "chromium":
                self.driver.execute_script(SELECT_ACTIVE_JS)
                field.send_keys("\ue003")       # Backspace over the selection
            else:
                field.clear()
        field.send_keys(text)

    @_guard
    def choose(self, target: Element, option: str) -> None:
        if self.platform == "chromium":
            x, y = self._point(target)
            found = choose_option(self.driver, x, y, option)
            if found == "ok":
                return
            if found == "no-option":
                raise DeviceError(f"appium device: the menu {target.label!r} has no option {option!r}")
        super().choose(target, option)

    @_guard
    def scroll(self, direction: str, within: Element | None = None, fraction: float = 0.7) -> None:
        if within is not None:
            x1, y1, x2, y2 = within.bounds.as_list()
        else:
            if self._size is None:
                self.capture()
            x1, y1, (x2, y2) = 0, 0, self._size
        cx, cy = (x1 + x2) / 2, (y1 + y2) / 2
        dx, dy = (x2 - x1) * fraction / 2, (y2 - y1) * fraction / 2
        start, end = {"down": ((cx, cy + dy), (cx, cy - dy)), "up": ((cx, cy - dy), (cx, cy + dy)),
                      "right": ((cx + dx, cy), (cx - dx, cy)),
                      "left": ((cx - dx, cy), (cx + dx, cy))}[direction]
        s = self._units()
        builder, finger = self._touch()
        finger.move_to_location(round(start[0] / s), round(start[1] / s)).pointer_down()
        finger.source.create_pointer_move(duration=600, x=round(end[0] / s), y=round(end[1] / s))
        finger.pause(0.2).pointer_up()
        builder.perform()

    @_guard
    def back(self) -> None:
        if self.platform == "chromium" and web_dialog.read(self.driver) is not None:
            web_dialog.answer(self.driver, "dismiss")
            return
        self.driver.back()

    def _dialog_open(self, keep: bool = False) -> bool:
        """Whether a browser dialog is open on the Chromium page; unless `keep`, the dialog
        screen is made anew from it (over the last page captured)."""
        dialog = web_dialog.read(self.driver)
        if dialog is None:
            self._dialog = None
            return False
        if not keep or self._dialog is None:
            last = self._last
            self._dialog = web_dialog.screen(dialog, self.url or "", last.image if last else None,
                                             last.scale if last else 2.625)
        return True

    # -- extras ------------------------------------------------------------------------------
    @_guard
    def run_js(self, script: str, *args):
        if self.platform != "chromium":
            raise DeviceError("appium device: run_js works in Chromium sessions only")
        return self.driver.execute_script(script, *args)

    @_guard
    def wait_idle(self, timeout: float = 5.0) -> None:
        if self.platform == "chromium" and web_dialog.read(self.driver) is None:
            wait_idle(self.driver, timeout)

    def find_css(self, selector: str):
        """Elements by CSS selector (Chromium sessions refuse By.ID: use '#id')."""
        from selenium.webdriver.common.by import By
        return self.driver.find_elements(By.CSS_SELECTOR, selector)

    def start_video(self, out_dir: str | Path, chunk_seconds: int = CHUNK_SECONDS) -> None:
        if not self.capabilities.native_video:
            raise DeviceError("appium device: Chromium sessions have no screen recording; "
                              "the evidence layer makes video from the screenshots")
        self._video = _ChunkedRecording(self.driver, Path(out_dir), chunk_seconds)
        self._video.start()

    def stop_video(self) -> list[Path]:
        video, self._video = self._video, None
        return video.stop() if video is not None else []


class _ChunkedRecording:
    """start_recording_screen / stop_recording_screen, restarted every chunk (Android caps
    one recording at 3 minutes); each chunk saved as video-NNN.mp4 and listed in videos.txt."""

    def __init__(self, driver, out_dir: Path, chunk_seconds: int):
        if not 1 <= chunk_seconds <= 180:
            raise ValueError("chunk_seconds must be between 1 and 180")
        self.driver, self.out_dir, self.chunk = driver, out_dir, chunk_seconds
        self.files: list[Path] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _save(self) -> None:
        data = self.driver.stop_recording_screen()
        if data:
            path = self.out_dir / f"video-{len(self.files):03d}.mp4"
            path.write_bytes(base64.b64decode(data))
            self.files.append(path)

    def _loop(self) -> None:
        while not self._stop.wait(self.chunk - 5):
            self._save()
            self.driver.start_recording_screen(timeLimit=str(self.chunk), forceRestart=True)

    def start(self) -> None:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.driver.start_recording_screen(timeLimit=str(self.chunk), forceRestart=True)
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def stop(self) -> list[Path]:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(30)
        self._save()
        (self.out_dir / "videos.txt").write_text("".join(f"{p.name}\n" for p in self.files),
                                                 encoding="utf-8")
        return self.files


def chromium_capabilities(page_url: str, allow_hosts: list[str] = ()) -> dict:
    """A phone-sized Chromium session through Appium's chromium driver on page_url, with the
    web backend's flags and isolation (only the page's host:port and allow_hosts reachable).
    Each session gets its own chromedriver port: a session start kills other chromedrivers
    on the same port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    hosts = [host_port(page_url), *allow_hosts] if page_url.startswith("http") else list(allow_hosts)
    return {
        "platformName": "linux",
        "browserName": "chrome",
        "appium:automationName": "Chromium",
        "appium:executable": CHROMEDRIVER,
        "appium:autodownloadEnabled": False,
        "appium:chromedriverPort": port,
        "appium:newCommandTimeout": 120,
        "unhandledPromptBehavior": "ignore",       # a browser dialog waits to be read
        "goog:chromeOptions": chrome_options(CHROMIUM, allow_hosts=hosts),
    }
