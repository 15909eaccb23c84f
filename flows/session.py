"""A session records a run: it captures settled screens, performs actions, and writes both into
the Journey as they happen, running the per-screen detectors on every new screen.

Waits settle on a stable screen — the same fingerprint and the same boxes twice in a row —
rather than fixed sleeps. Observers (the evidence layer, a progress display) are told of every
screen, step and finding; the session itself writes nothing to disk.
"""
from __future__ import annotations

import time
from datetime import datetime, timezone
from typing import Protocol

import detectors
from devices import Action, Device
from screens import Element, Screen
from screens.fingerprint import fingerprint, normalise_text

from .journey import Journey, ScreenRecord, Step

KEEP_IMAGES = 12          # live screenshots kept in memory; older ones are dropped (saved by then)


class Observer(Protocol):
    def on_screen(self, journey: Journey, record: ScreenRecord, screen: Screen) -> None: ...
    def on_step(self, journey: Journey, step: Step) -> None: ...
    def on_finding(self, journey: Journey, finding) -> None: ...
    def on_frame(self, journey: Journey, screen: Screen, t: float) -> None: ...


def layout_key(screen: Screen) -> tuple:
    """What must hold still for a screen to count as settled: its fingerprint and the boxes
    of what can be tapped (so a dialog still sliding in is not taken for settled)."""
    boxes = tuple(e.bounds.as_list().__repr__() for e in screen.visible() if e.clickable)
    return fingerprint(screen), boxes


def view(screen: Screen) -> tuple:
    """What a person sees: the visible labels with their boxes (digits left out, so a
    ticking countdown is not something new)."""
    return tuple((normalise_text(e.label), e.bounds.y1, e.bounds.x1)
                 for e in screen.visible() if e.label)


def _needs_ocr(screen: Screen) -> bool:
    return screen.image is not None and not screen.texts()


class Session:
    def __init__(self, device: Device, journey: Journey, *, observers=(), detect: bool = True,
                 settle_timeout: float = 6.0, settle_interval: float = 0.2,
                 detector_context: dict | None = None):
        self.device = device
        self.journey = journey
        self.observers = list(observers)
        self.detect = detect
        self.settle_timeout = settle_timeout
        self.settle_interval = settle_interval
        self.detector_settings = dict(detector_context or {})
        self._t0 = time.monotonic()
        self._seen_prints: dict[tuple, int] = {}
        self._last_scanned: int | None = None
        self.current: Screen | None = None
        self.current_index: int = -1
        if not journey.started:
            journey.started = datetime.now(timezone.utc).isoformat(timespec="seconds")

    # -- observers -------------------------------------------------------------------------------
    def notify(self, event: str, *args) -> None:
        """Tell every observer that has a handler for `event` (on_screen, on_step…)."""
        for o in self.observers:
            handler = getattr(o, event, None)
            if handler is not None:
                handler(self.journey, *args)

    def _add_step(self, step: Step) -> None:
        self.journey.steps.append(step)
        self.notify("on_step", step)

    # -- time ------------------------------------------------------------------------------------
    def now(self) -> float:
        return time.monotonic() - self._t0

    # -- seeing ----------------------------------------------------------------------------------
    def _capture(self) -> Screen:
        screen = self.device.capture()
        if _needs_ocr(screen):
            screen = self._enrich(screen)
        return screen

    def _enrich(self, screen: Screen) -> Screen:
        try:
            from screens.ocr import enrich
        except ImportError:
            return screen
        return enrich(screen)

    def settle(self) -> Screen:
        """Capture until two captures in a row agree (fingerprint and tappable boxes)."""
        end = time.monotonic() + self.settle_timeout
        if hasattr(self.device, "wait_idle"):     # a backend's own idle signal, asked once
            self.device.wait_idle(timeout=2.0)
        last = self._capture()
        key = layout_key(last)
        while time.monotonic() < end:
            time.sleep(self.settle_interval)
            screen = self._capture()
            new_key = layout_key(screen)
            if new_key == key:
                return screen
            last, key = screen, new_key
        return last

    def look(self) -> Screen:
        """Settle, record the screen in the journey, scan it; returns it."""
        screen = self.settle()
        self._record(screen)
        return screen

    def _record(self, screen: Screen) -> ScreenRecord:
        fp = fingerprint(screen)
        rec = ScreenRecord(index=len(self.journey.screens), fingerprint=fp, app=screen.app,
                           t=self.now(), size=screen.size)
        self.journey.add_screen(rec, screen)
        self.current, self.current_index = screen, rec.index
        self._trim_images()
        self.notify("on_screen", rec, screen)
        seen_as = (fp, frozenset(label for label, _, _ in view(screen)))
        if self.detect and seen_as not in self._seen_prints:
            # A new screen, or new things scrolled into view on a known one.
            self._seen_prints[seen_as] = rec.index
            ctx = detectors.Context(screen_index=rec.index, settings=self.detector_settings)
            last = self._last_scanned
            same_place = last is not None and self.journey.screens[last].app == screen.app
            previous = {(f.type, f.evidence) for f in self.journey.findings
                        if f.screen == last} if same_place else set()
            for f in detectors.scan(screen, ctx):
                if (f.type, f.evidence) not in previous:   # the same screen, a box ticked
                    self.add_finding(f)
            self._last_scanned = rec.index
        return rec

    def _trim_images(self) -> None:
        old = self.current_index - KEEP_IMAGES
        if old >= 0:
            s = self.journey.screen(old)
            if s is not None:
                s.image = None

    def add_finding(self, finding) -> None:
        self.journey.findings.append(finding)
        self.notify("on_finding", finding)

    def frame(self) -> None:
        """An extra frame for the video (during waits); not recorded as a screen."""
        self.notify("on_frame", self.device.capture(), self.now())

    # -- acting ----------------------------------------------------------------------------------
    def act(self, action: Action, *, source: str = "", note: str = "") -> Screen:
        """Perform one action, then look; records the Step. Returns the new screen."""
        if self.current is None:
            self.look()
        before, before_fp = self.current_index, self.journey.screens[self.current_index].fingerprint
        before_view = view(self.current)
        t = self.now()
        self.device.perform(action)               # a secret is remembered by type_text
        screen = self.look()
        after_fp = self.journey.screens[self.current_index].fingerprint
        el: Element | None = action.element
        step = Step(index=len(self.journey.steps), kind=action.kind, label=action.describe(),
                    before=before, after=self.current_index, t=t, duration=self.now() - t,
                    counted=action.is_step, changed=after_fp != before_fp,
                    revealed=view(screen) != before_view,
                    target=(el.label[:120] if el is not None else action.extra.get("label", "")),
                    box=el.bounds if el is not None else None, point=action.point,
                    secret=action.secret, note=note or action.note, source=source)
        self._add_step(step)
        return screen

    def wait(self, seconds: float, *, reason: str = "", source: str = "",
             until=None, poll: float = 1.0) -> Screen:
        """Wait up to `seconds` (a forced wait is measured, not counted as a step), taking a
        frame every `poll` seconds; stop early when until(screen) is true."""
        before = self.current_index
        t = self.now()
        end = time.monotonic() + seconds
        screen = self.current
        while time.monotonic() < end:
            time.sleep(min(poll, max(0.0, end - time.monotonic())))
            if until is not None:
                screen = self._capture()
                self.notify("on_frame", screen, self.now())
                if until(screen):
                    break
            else:
                self.frame()
        screen = self.look()
        waited = self.now() - t
        step = Step(index=len(self.journey.steps), kind="wait", label=f"wait {waited:.1f} s",
                    before=before, after=self.current_index, t=t, duration=waited,
                    waited=waited, counted=False,
                    changed=self.journey.screens[before].fingerprint
                    != self.journey.screens[self.current_index].fingerprint,
                    note=reason, source=source)
        self._add_step(step)
        return screen

    def restart(self, *, fresh: bool = False, source: str = "", note: str = "") -> Screen:
        """Start the app again (a restart is not a user step)."""
        before = self.current_index if self.current is not None else -1
        t = self.now()
        if fresh:
            self.device.start(fresh=True)
        else:
            self.device.restart()
        screen = self.look()
        step = Step(index=len(self.journey.steps), kind="start" if fresh else "restart",
                    label="start (fresh)" if fresh else "restart the app", before=before,
                    after=self.current_index, t=t, duration=self.now() - t, counted=False,
                    note=note, source=source)
        self._add_step(step)
        return screen
