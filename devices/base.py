"""The device protocol every backend implements.

A device captures Screens and performs Actions. It knows nothing of the goal: it never
decides what to tap. Backends: web (Chromium), later appium and android (uiautomator2).
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from cancelcheck.screens import Element, Screen

from .actions import Action

REDACTED = "••••••"


@dataclass(frozen=True)
class Capabilities:
    video: bool = True             # frames can be captured for a video
    native_video: bool = False     # the backend records the screen itself (adb screenrecord…)
    restart: bool = True           # the app under test can be restarted
    reset: bool = True             # the app's state can be reset to a fresh, logged-in start


Target = Element | tuple[int, int]


class Device(ABC):
    """One app on one device. Use as a context manager, or call close()."""

    kind: str = "?"
    capabilities = Capabilities()

    def __init__(self) -> None:
        self._secrets: set[str] = set()

    # -- what every backend provides ----------------------------------------------------------
    @abstractmethod
    def capture(self) -> Screen:
        """The screenshot and element tree of what is on screen now (secrets redacted)."""

    @abstractmethod
    def tap(self, target: Target) -> None:
        """Tap an element's centre, or a point in screen pixels."""

    def type_text(self, target: Element | None, text: str, *, secret: bool = False,
                  clear: bool = True) -> None:
        """Fill a field (focusing it first when given) with text; a secret is remembered first,
        so it is redacted from every capture and never logged."""
        if secret:
            self.remember_secret(text)
        if target is not None:
            self.tap(target)
        self.enter_text(text, clear=clear)

    @abstractmethod
    def enter_text(self, text: str, *, clear: bool = True) -> None:
        """Type into the focused field (its content replaced when clear)."""

    @abstractmethod
    def scroll(self, direction: str, within: Element | None = None, fraction: float = 0.7) -> None:
        """One scroll gesture moving the content by `fraction` of the visible height (or width)
        of the page, or of the container `within`. 'down' reveals what is below."""

    @abstractmethod
    def back(self) -> None:
        """The system back (Android's back button; the browser's back)."""

    @abstractmethod
    def start(self, fresh: bool = True) -> None:
        """Start the app under test; fresh resets its state to the logged-in start."""

    @abstractmethod
    def restart(self, at: str | None = None) -> None:
        """Stop and start the app again, keeping its state. `at`: for a web app, the address
        to reopen (the page the audit started on, once signed in) when it is on the target's
        own host; a native app relaunches and ignores it."""

    @abstractmethod
    def close(self) -> None:
        """Release the device; safe to call twice."""

    # -- shared behaviour ------------------------------------------------------------------------
    def choose(self, target: Element, option: str) -> None:
        """Pick an option from a drop-down: tap it open, then tap the option by its text.
        Backends with native menus the screen cannot show (web <select>) override this."""
        self.tap(target)
        screen = self.capture()
        hits = screen.find(option)
        if not hits:
            from .errors import DeviceError
            raise DeviceError(f"option {option!r} did not appear after opening the menu")
        self.tap(hits[0])

    def perform(self, action: Action) -> None:
        """Carry out one Action."""
        if action.kind == "tap":
            self.tap(action.element if action.element is not None else action.point)
        elif action.kind == "type":
            self.type_text(action.element, action.text, secret=action.secret)
        elif action.kind == "scroll":
            self.scroll(action.direction, action.element)
        elif action.kind == "back":
            self.back()
        elif action.kind == "choose":
            self.choose(action.element, action.text)
        elif action.kind == "wait":
            import time
            time.sleep(action.seconds)
        elif action.kind == "start":
            self.start(fresh=bool(action.extra.get("fresh", False)))
        elif action.kind == "restart":
            self.restart()

    def remember_secret(self, text: str) -> None:
        if text:
            self._secrets.add(text)

    def redact(self, screen: Screen) -> Screen:
        """Replace any typed secret found in element text with a mask (the screenshot of a
        password field is masked by the app itself; other frames are the evidence layer's)."""
        if not self._secrets:
            return screen
        for e in screen.elements:
            for s in self._secrets:
                if s in e.text:
                    e.text = e.text.replace(s, REDACTED)
                if s in e.description:
                    e.description = e.description.replace(s, REDACTED)
                for k, v in list(e.attrs.items()):
                    if s in v:
                        e.attrs[k] = v.replace(s, REDACTED)
        return screen

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
