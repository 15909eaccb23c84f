"""The `android` backend: an app on a phone or emulator through uiautomator2 3.x and adb.

Spec `u2:SERIAL` (the serial `adb devices` lists: `emulator-5554`, `R58M12345`, `10.0.0.5:5555`)
with the app's package (and optionally its launch activity) from the options.

* capture: `dump_hierarchy()` (every window: status bar, app, dialogs) parsed by parse_android,
  plus `screenshot()`; Android's own dialogs are tagged (see devices/android_system.py) and the
  app is checked: a crash raises AppCrashed, another app in front raises AppLeftForeground —
  both carry the captured screen, so the evidence of where it went is kept.
* taps: `click(x, y)` in screen pixels. Scrolls: a slow drag (touch down, moves, a pause, up),
  so the content moves by the drag's length and does not fling on.
* text: uiautomator2's own input method (AdbKeyboard, in the app-uiautomator.apk it installs)
  takes the text base64-encoded in a broadcast, so Chinese and any other script arrive intact;
  `send_keys(text, clear=True)`. The phone's previous input method is restored on close().
* start(fresh=True): stop and start the app — its data, and so its login, are kept. With
  `reset="clear"` it is `pm clear` instead, which also logs the user out: only for apps whose
  start screen needs no login, or with a flow that signs in. restart(): stop and start.
* video: `adb shell screenrecord` in chunks under 3 minutes (devices/adb_video.py).
* connecting is bounded: `adb devices` first (one line for a missing adb, an absent, offline or
  unauthorized device), then uiautomator2's connect in a thread with a time limit.
"""
from __future__ import annotations

import threading
import time
from pathlib import Path

from cancelcheck.screens import Element, Screen
from cancelcheck.screens.android_xml import parse_android

from .adb import check_device, find_adb
from .adb_video import AdbScreenRecorder
from .android_system import is_system_dialog, mark_system_dialog, system_dialog_text
from .base import Capabilities, Device, Target
from .guard import first_line, guard
from .errors import AppCrashed, AppLeftForeground, DeviceError, DeviceUnavailable, TargetUnreachable

__all__ = ["AndroidDevice", "is_system_dialog"]

RESETS = ("restart", "clear")


# What uiautomator2 3.x and adbutils raise when the phone goes away (the cable pulled, the
# emulator killed, adbd restarting): adb no longer knows the serial, or the uiautomator2
# server on the phone cannot be reached through adb's forward.
DISCONNECT_TYPES = ("AdbError", "AdbConnectionError", "AdbTimeout", "ConnectError", "HTTPError",
                    "HTTPTimeoutError", "UiAutomationNotConnectedError", "LaunchUiAutomationError")
DISCONNECT_WORDS = ("not found", "offline", "device offline", "no devices", "closed",
                    "connection refused", "connection reset", "broken pipe", "unable to connect")


def disconnected(exc: Exception) -> bool:
    """Whether an error from uiautomator2 / adbutils means the device went away."""
    if isinstance(exc, (ConnectionError, TimeoutError)):
        return True
    names = {c.__name__ for c in type(exc).__mro__}
    if names & set(DISCONNECT_TYPES):
        return True
    return isinstance(exc, OSError) and any(w in str(exc).lower() for w in DISCONNECT_WORDS)


def _describe(device, exc: Exception):
    what = f"{type(exc).__name__}: {first_line(str(exc)) or type(exc).__name__}"
    if disconnected(exc):
        return DeviceUnavailable(
            f"android device {device.serial} disconnected or stopped answering ({what}); "
            "check `adb devices`, reconnect the phone or restart the emulator, then run again")
    return what


_guard = guard(lambda d: f"android device {d.serial}", _describe)   # u2, adbutils, requests


def connect_u2(serial: str, timeout: float):
    """uiautomator2.connect(serial) plus a first call (which starts its server on the device),
    within `timeout` seconds; it takes about 10 s to fail on its own."""
    import uiautomator2 as u2
    box: dict = {}

    def attempt():
        try:
            d = u2.connect(serial)
            d.window_size()
            box["device"] = d
        except Exception as exc:  # reported below, in one line
            box["error"] = exc

    t = threading.Thread(target=attempt, name=f"u2-connect-{serial}", daemon=True)
    t.start()
    t.join(timeout)
    if "device" in box:
        return box["device"]
    if "error" in box:
        exc = box["error"]
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        raise DeviceUnavailable(f"uiautomator2 could not connect to {serial}: {first}")
    raise DeviceUnavailable(f"uiautomator2 did not answer on {serial} within {timeout:g} s; "
                            "is the device still booting? (`adb -s SERIAL shell getprop "
                            "sys.boot_completed` says 1 when it is ready)")


class AndroidDevice(Device):
    kind = "android"
    capabilities = Capabilities(video=True, native_video=True, restart=True, reset=False)

    def __init__(self, serial: str, package: str, activity: str | None = None, *,
                 adb: str | None = None, reset: str = "restart", connect_timeout: float = 30.0,
                 start_timeout: float = 20.0, watch_app: bool = True,
                 allow_packages: list[str] | None = None, scroll_seconds: float = 0.6):
        super().__init__()
        if not serial:
            raise DeviceError("android device: a serial is needed (u2:SERIAL; `adb devices` lists them)")
        if not package:
            raise DeviceError(f"android device {serial}: the app's package is needed (--app com.example)")
        if reset not in RESETS:
            raise DeviceError(f"android device {serial}: reset must be one of {', '.join(RESETS)}")
        self.serial, self.package, self.activity = serial, package, activity
        self.adb_path = adb
        self.reset = reset
        self.capabilities = Capabilities(video=True, native_video=True, restart=True,
                                         reset=reset == "clear")
        self.connect_timeout, self.start_timeout = connect_timeout, start_timeout
        self.watch_app = watch_app
        self.allow_packages = set(allow_packages or [])
        self.scroll_seconds = scroll_seconds
        self._d = None
        self._adb = None
        self._pid: int | None = None
        self._size: tuple[int, int] | None = None
        self._ime_before: str | None = None
        self._recorder: AdbScreenRecorder | None = None

    @classmethod
    def attached(cls, u2_device, serial: str, package: str, **options) -> "AndroidDevice":
        """An AndroidDevice over an already connected uiautomator2 device object."""
        dev = cls(serial, package, **options)
        dev._d = u2_device
        return dev

    # -- lifecycle ---------------------------------------------------------------------------
    def connect(self) -> None:
        """Find adb, check the device is attached and ready, connect uiautomator2 (bounded)."""
        if self._d is not None:
            return
        self._adb = find_adb(self.adb_path)
        check_device(self._adb, self.serial)
        self._d = connect_u2(self.serial, self.connect_timeout)

    @property
    def d(self):
        if self._d is None:
            raise DeviceError(f"android device {self.serial}: not started (call start() first)")
        return self._d

    @_guard
    def start(self, fresh: bool = True) -> None:
        self.connect()
        if self.package not in self.d.app_list(self.package):
            raise TargetUnreachable(f"{self.package} is not installed on {self.serial}")
        if fresh and self.reset == "clear":
            self.d.app_clear(self.package)
        self._launch()

    @_guard
    def restart(self, at: str | None = None) -> None:
        self.connect()
        self._launch()

    def _launch(self) -> None:
        self.d.app_stop(self.package)
        self.d.app_start(self.package, self.activity)
        pid = self.d.app_wait(self.package, timeout=self.start_timeout, front=True)
        if not pid:
            raise TargetUnreachable(f"{self.package} did not come to the front on {self.serial} "
                                    f"within {self.start_timeout:g} s")
        self._pid = pid

    def close(self) -> None:
        d, self._d = self._d, None
        if d is None:
            return
        try:
            if self._recorder is not None:
                self._recorder.stop()
        except Exception:      # closing must not fail; the chunks pulled so far are listed
            pass
        try:
            if self._ime_before:
                d.shell(["ime", "set", self._ime_before])
        except Exception:
            pass

    # -- seeing ------------------------------------------------------------------------------
    @_guard
    def capture(self) -> Screen:
        xml = self.d.dump_hierarchy()
        image = self.d.screenshot()
        screen = parse_android(xml, where=f"u2:{self.serial}", image=image)
        self._size = screen.size
        mark_system_dialog(screen, self.package)
        screen = self.redact(screen)
        if self.watch_app:
            self.check_app(screen)
        return screen

    def pid(self) -> int | None:
        """The app's main process id now, or None when it is not running."""
        out = self.d.shell(["pidof", self.package]).output.strip().split()
        if out and out[0].isdigit():
            return int(out[0])
        return self.d._pidof_app(self.package)      # no pidof (Android < 7): parse ps

    def check_app(self, screen: Screen) -> None:
        """Raise AppCrashed or AppLeftForeground (with the screen) unless the app under test,
        or a system dialog over it, is in front in the process it was started in."""
        dialog = next((e.attrs["system_dialog"] for e in screen.elements
                       if e.attrs.get("system_dialog")), "")
        if dialog in ("crash", "anr"):
            what = "stopped" if dialog == "crash" else "is not responding"
            raise AppCrashed(f"{self.package} {what} on {self.serial}: Android shows "
                             f"“{system_dialog_text(screen)}”", screen=screen)
        pid = self.pid()
        if pid is None:
            raise AppCrashed(f"{self.package} is no longer running on {self.serial} "
                             f"(its process {self._pid} is gone)", screen=screen)
        if self._pid is not None and pid != self._pid:
            raise AppCrashed(f"{self.package} was restarted on {self.serial}: process "
                             f"{self._pid} died and {pid} replaced it", screen=screen)
        if dialog:
            return
        current = self.d.app_current()
        front = current.get("package", "")
        if front and front != self.package and front not in self.allow_packages:
            activity = current.get("activity", "")
            raise AppLeftForeground(f"{front}{'/' + activity if activity else ''} is in front "
                                    f"of {self.package} on {self.serial}",
                                    package=front, screen=screen)

    def _point(self, target: Target) -> tuple[int, int]:
        x, y = target.bounds.center if isinstance(target, Element) else target
        w, h = self._size or self.d.window_size()
        if not (0 <= x < w and 0 <= y < h):
            raise DeviceError(f"android device {self.serial}: ({x}, {y}) is off screen ({w}×{h})")
        return int(x), int(y)

    # -- acting ------------------------------------------------------------------------------
    @_guard
    def tap(self, target: Target) -> None:
        self.d.click(*self._point(target))

    @_guard
    def enter_text(self, text: str, *, clear: bool = True) -> None:
        if self._ime_before is None:
            self._ime_before = self.d.current_ime() or ""
        self.d.set_input_ime(True)          # uiautomator2's AdbKeyboard: any script
        self.d.send_keys(text, clear=clear)

    @_guard
    def scroll(self, direction: str, within: Element | None = None, fraction: float = 0.7) -> None:
        if within is not None:
            b = within.bounds
            x1, y1, x2, y2 = b.x1, b.y1, b.x2, b.y2
        else:
            w, h = self._size or self.d.window_size()
            x1, y1, x2, y2 = 0, 0, w, h
        cx, cy = (x1 + x2) // 2, (y1 + y2) // 2
        dx = round((x2 - x1) * fraction / 2)
        dy = round((y2 - y1) * fraction / 2)
        start, end = {"down": ((cx, cy + dy), (cx, cy - dy)), "up": ((cx, cy - dy), (cx, cy + dy)),
                      "right": ((cx + dx, cy), (cx - dx, cy)),
                      "left": ((cx - dx, cy), (cx + dx, cy))}[direction]
        self.drag(start, end)

    def drag(self, start: tuple[int, int], end: tuple[int, int], moves: int = 12) -> None:
        """Touch down, move in even steps, rest, lift: no fling, so the content moves by the
        drag's length (less Android's touch slop, about 8 dp)."""
        touch = self.d.touch
        touch.down(*start)
        pause = self.scroll_seconds / moves
        for i in range(1, moves + 1):
            time.sleep(pause)
            touch.move(round(start[0] + (end[0] - start[0]) * i / moves),
                       round(start[1] + (end[1] - start[1]) * i / moves))
        time.sleep(0.15)
        touch.up(*end)

    @_guard
    def back(self) -> None:
        self.d.press("back")

    # -- waiting and video -------------------------------------------------------------------
    @_guard
    def wait_idle(self, timeout: float = 5.0, interval: float = 0.3) -> None:
        """Until two element trees in a row have the same fingerprint (the screen settled)."""
        from cancelcheck.screens.fingerprint import fingerprint
        end, last = time.monotonic() + timeout, None
        while time.monotonic() < end:
            fp = fingerprint(parse_android(self.d.dump_hierarchy(), where=f"u2:{self.serial}"))
            if fp == last:
                return
            last = fp
            time.sleep(interval)

    def start_video(self, out_dir: str | Path, chunk_seconds: int = 170) -> None:
        if self._adb is None:
            self._adb = find_adb(self.adb_path)
        self._recorder = AdbScreenRecorder(self._adb, self.serial, out_dir,
                                           chunk_seconds=chunk_seconds)
        self._recorder.start()

    def stop_video(self) -> list[Path]:
        """The recorded chunks, pulled to the host, in order (also listed in videos.txt)."""
        rec, self._recorder = self._recorder, None
        return rec.stop() if rec is not None else []
