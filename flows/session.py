"""A session records a run: it captures settled screens, performs actions, and writes both into
the Journey as they happen, running the per-screen detectors on every new screen.

Waits settle on a stable screen — the same fingerprint and the same boxes twice in a row —
rather than fixed sleeps. What makes other tools flake is handled here, for every backend:

* a screen showing a busy indicator (a spinner: role progressbar, Android's ProgressBar, iOS's
  activity indicator), or a toast lying over something tappable, is not settled, up to
  BUSY_LIMIT seconds (one still there by then is part of the screen, and is not waited for
  again);
* once a settle has seen the screen move (a transition, content replacing a spinner, a list
  loading, a toast coming or going), two equal captures are not enough: the screen must hold
  still for QUIET seconds (on a backend whose captures are slower than that, two captures
  already span it, so this costs no extra capture there);
* right before acting on an element of a screen that moved while it settled, the element is
  looked up again in one fresh capture: if it moved, it is acted on where it is now; if something
  lies over it (a toast), the session waits up to OBSCURED_WAIT seconds for it to clear;
* after such a tap, if the app stayed on the same screen while the target moved away from the
  point tapped (or something still lies over it), the tap landed during a layout shift: it is
  tried once more, on the target where it is now.

Each of these is written into the Step's note ("re-aimed…", "retried…"); a retry is not a user
step. `Session.robust = False` (or robust=False) gives the plain two-equal-captures settle and no
re-check, for comparison. Observers (the evidence layer, a progress display) are told of every
screen, step and finding; the session itself writes nothing to disk.
"""
from __future__ import annotations

import dataclasses
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Protocol

from cancelcheck import detectors
from cancelcheck.devices import Action, Device
from cancelcheck.screens import Element, Screen
from cancelcheck.screens.fingerprint import app_identity, fingerprint, normalise_text, similarity
from cancelcheck.words import screen_language

from cancelcheck.records import Journey, ScreenRecord, Step

from .into_view import out_of_view

KEEP_IMAGES = 12          # live screenshots kept in memory; older ones are dropped (saved by then)
SETTLE_TIMEOUT = 8.0      # seconds a settle may take at most (robust; 6 s without)
QUIET = 0.8               # seconds a screen that moved must hold still to count as settled
BUSY_LIMIT = 4.0          # seconds a busy indicator is waited for, at most, in one settle
OBSCURED_WAIT = 2.5       # seconds to wait for something lying over a target to clear
SAME_SCREEN = 0.6         # similarity above which a screen after a tap is the one tapped on
BUSY_CLASSES = frozenset({"progressbar", "android.widget.ProgressBar",
                          "XCUIElementTypeActivityIndicator"})
TRANSIENT_ROLES = frozenset({"status", "alert", "android.widget.Toast"})


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


def moved_into_view(before: tuple, after: tuple) -> bool:
    """Whether a scroll moved anything: a label now at a place where no label was before.
    Text that changed where it stands (a countdown ending, "Send code (3s)" → "Send code") is
    not something a scroll revealed, though the view differs."""
    if before == after:
        return False
    places = {(y, x) for _, y, x in before}
    return any((y, x) not in places for _, y, x in set(after) - set(before))


def _needs_ocr(screen: Screen) -> bool:
    return screen.image is not None and not screen.texts()


def busy(screen: Screen) -> bool:
    """Whether the screen shows a busy indicator (a spinner) among what is visible."""
    return any(e.cls in BUSY_CLASSES or e.attrs.get("role") == "progressbar"
               for e in screen.visible())


def covering(screen: Screen) -> bool:
    """Whether a transient message (a toast, a snackbar: role status or alert) lies over
    something tappable, hiding it from a tap."""
    notes = [e for e in screen.visible() if e.label and (
        e.cls in TRANSIENT_ROLES or e.attrs.get("role") in TRANSIENT_ROLES)]
    if not notes:
        return False
    hidden = [e for e in screen.visible() if e.clickable and _covered(e)]
    return any(not n.bounds.intersection(h.bounds).empty for n in notes for h in hidden)


def locate(element: Element, screen: Screen) -> Element | None:
    """The same element on another capture of the screen: same class, id and label (nearest
    to where it was when several match); None when it is not on screen."""
    label = normalise_text(element.label)
    hits = [e for e in screen.visible() if e.cls == element.cls and e.id == element.id
            and normalise_text(e.label) == label]
    if not label and not element.id:      # nothing names it: only the same box will do
        hits = [e for e in hits if e.bounds == element.bounds]
    if not hits:
        return None
    cx, cy = element.bounds.center
    return min(hits, key=lambda e: abs(e.bounds.center[0] - cx) + abs(e.bounds.center[1] - cy))


def _covered(element: Element) -> bool:
    return element.attrs.get("obscured") == "1"


def _on_screen(element: Element, screen: Screen) -> bool:
    x, y = element.bounds.center
    w, h = screen.size or (10 ** 6, 10 ** 6)
    return 0 <= x < w and 0 <= y < h


@dataclass
class SettleInfo:
    """What the last settle saw: whether the screen moved, how many captures, how long."""
    moved: bool = False
    captures: int = 0
    seconds: float = 0.0


class Session:
    robust: bool = True           # settle through spinners and shifts, re-aim and retry taps

    def __init__(self, device: Device, journey: Journey, *, observers=(), detect: bool = True,
                 settle_timeout: float | None = None, settle_interval: float = 0.2,
                 detector_context: dict | None = None, robust: bool | None = None):
        if robust is not None:
            self.robust = robust
        if settle_timeout is None:          # room for a spinner, a toast and a quiet period
            settle_timeout = SETTLE_TIMEOUT if self.robust else 6.0
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
        self.captures = 0                   # device captures made, for cost measurements
        self.last_settle = SettleInfo()
        self._settled_moving = False        # the settle that gave `current` saw it move
        self._lasting_busy: set[str] = set()   # screens whose busy indicator never goes
        self._signing_in: str | None = None     # why every step now is a sign-in step
        self.language: str | None = None        # of the last settled screen with text: the OCR's hint
        if not journey.started:
            journey.started = datetime.now(timezone.utc).isoformat(timespec="seconds")

    # -- observers -------------------------------------------------------------------------------
    def notify(self, event: str, *args) -> None:
        """Tell every observer that has a handler for `event` (on_screen, on_step…)."""
        for o in self.observers:
            handler = getattr(o, event, None)
            if handler is not None:
                handler(self.journey, *args)

    def add_step(self, step: Step) -> None:
        """Append a step to the journey and tell the observers (act, wait and restart use it;
        so does the explorer for a tap its guard refused)."""
        if self._signing_in is not None:        # not a user step, shown apart
            step.note = "; ".join(x for x in (self._signing_in, step.source, step.note) if x)
            step.source, step.counted = "login", False
        self.journey.steps.append(step)
        self.notify("on_step", step)

    @contextmanager
    def signing_in(self, note: str):
        """Every step taken inside is a sign-in step (source "login", not counted), whoever
        takes it: a login flow replayed after a restart."""
        self._signing_in = note
        try:
            yield
        finally:
            self._signing_in = None

    # -- time ------------------------------------------------------------------------------------
    def now(self) -> float:
        return time.monotonic() - self._t0

    # -- seeing ----------------------------------------------------------------------------------
    def _capture(self) -> Screen:
        self.captures += 1
        screen = self.device.capture()
        if _needs_ocr(screen):
            screen = self._enrich(screen)
        return screen

    def _enrich(self, screen: Screen) -> Screen:
        """OCR for a screen whose tree holds no text; the app's language as its screens with
        text showed it chooses the reader (screens/ocr.py: Tesseract's pack for a script
        RapidOCR does not read), without waiting for RapidOCR to misread the screen first."""
        try:
            from cancelcheck.screens.ocr import enrich
        except ImportError:
            return screen
        return enrich(screen, language=self.language)

    def settle(self) -> Screen:
        """Capture until the screen holds still: two captures in a row agree (fingerprint and
        tappable boxes); with `robust`, no spinner (nor toast over a button) shows and, once
        it has moved, it has held still for QUIET seconds."""
        t0 = time.monotonic()
        end = t0 + self.settle_timeout
        n0 = self.captures
        if hasattr(self.device, "wait_idle"):     # a backend's own idle signal, asked once
            self.device.wait_idle(timeout=2.0)
        last = self._capture()
        key = layout_key(last)
        since = time.monotonic()                  # when the current still run began
        moved = self.robust and self._spinning(last, t0)
        settled = last
        while time.monotonic() < end:
            time.sleep(self.settle_interval)
            screen = self._capture()
            new_key = layout_key(screen)
            if new_key != key:
                last, key, since = screen, new_key, time.monotonic()
                moved = moved or self.robust
                continue
            last = screen
            if not self.robust:
                settled = screen
                break
            if self._spinning(screen, t0):
                moved = True
                continue
            if not moved or time.monotonic() - since >= QUIET:
                settled = screen
                break
        else:
            settled = last
        self.last_settle = SettleInfo(moved=moved, captures=self.captures - n0,
                                      seconds=time.monotonic() - t0)
        if settled.texts():
            self.language = screen_language(settled) or self.language
        self._settled_moving = moved
        return settled

    def _spinning(self, screen: Screen, t0: float) -> bool:
        """A busy indicator or a covering toast this settle should wait for (not one that
        never goes away)."""
        if not (busy(screen) or covering(screen)):
            return False
        fp = fingerprint(screen)
        if fp in self._lasting_busy:
            return False
        if time.monotonic() - t0 > BUSY_LIMIT:
            self._lasting_busy.add(fp)
            return False
        return True

    def look(self) -> Screen:
        """Settle, record the screen in the journey, scan it; returns it."""
        screen = self.settle()
        self.record(screen)
        return screen

    def record(self, screen: Screen) -> ScreenRecord:
        """Record a screen already captured (look() settles first): the journey, the observers
        and the per-screen detectors see it."""
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
    def act(self, action: Action, *, source: str = "", note: str = "",
            counted: bool | None = None) -> Screen:
        """Perform one action, then look; records the Step. Returns the new screen.

        With `robust`, an element on a screen that moved while it settled is looked up again
        right before the action (re-aimed where it is now, after anything over it clears), and
        a tap that landed during a layout shift is retried once; both go into the Step's note."""
        if self.current is None:
            self.look()
        if action.element is not None and action.kind in ("tap", "type", "choose"):
            action = dataclasses.replace(action, element=self.into_view(action.element,
                                                                          source=source))
        before, before_fp = self.current_index, self.journey.screens[self.current_index].fingerprint
        before_view = view(self.current)
        notes: list[str] = []
        t = self.now()
        aimed_on = self.current
        checked = False
        if self.robust and self._settled_moving and action.element is not None \
                and action.kind in ("tap", "type", "choose"):
            action, aimed_on, why = self._aim(action)
            checked = True
            if why:
                notes.append(why)
        self.device.perform(action)               # a secret is remembered by type_text
        screen = self.look()
        if checked and action.kind == "tap":
            retry = self._missed(action, aimed_on, screen)
            if retry is not None:
                retry_action, why = retry
                notes.append(why)
                self.device.perform(retry_action)
                action = retry_action
                screen = self.look()
        after_fp = self.journey.screens[self.current_index].fingerprint
        el: Element | None = action.element
        why_all = "; ".join([x for x in [note or action.note] + notes if x])
        step = Step(index=len(self.journey.steps), kind=action.kind, label=action.describe(),
                    before=before, after=self.current_index, t=t, duration=self.now() - t,
                    counted=action.is_step if counted is None else counted,
                    changed=after_fp != before_fp,
                    revealed=(moved_into_view(before_view, view(screen)) if action.kind == "scroll"
                              else view(screen) != before_view),
                    target=(el.label[:120] if el is not None else action.extra.get("label", "")),
                    box=el.bounds if el is not None else None, point=action.point,
                    secret=action.secret, note=why_all, source=source)
        self.add_step(step)
        return screen

    def into_view(self, element: Element, *, source: str = "") -> Element:
        """An element of the current screen that a person must scroll to before tapping it
        (cut by the screen's edge: flows/into_view.py) is scrolled into view first — one
        counted scroll step — and returned where it now stands; any other is returned as is."""
        far = out_of_view(self.current, element)
        if far is None:
            return element
        self.act(Action("scroll", element=far.within, direction=far.direction),
                 source=source, note=far.note(element))
        # the same place in the tree (the page did not change, only moved), else the nearest
        # element of the same kind and words
        same = (element.cls, element.id, normalise_text(element.label))
        hit = next((e for e in self.current.visible() if e.index == element.index
                    and (e.cls, e.id, normalise_text(e.label)) == same), None)
        return hit or locate(element, self.current) or element

    # -- taps on a screen that will not hold still -------------------------------------------------
    def _aim(self, action: Action) -> tuple[Action, Screen, str]:
        """Look up the action's element in one fresh capture; returns the action to perform
        (on the element where it is now), the screen it was aimed on, and a note (or "")."""
        el = action.element
        fresh = self._capture()
        hit = locate(el, fresh)
        why = ""
        if hit is not None and hit.bounds != el.bounds:
            fresh = self.settle()             # it is moving: let it come to rest, then aim
            hit = locate(el, fresh) or hit
            why = (f"re-aimed: {el.label[:40]!r} moved from y={el.bounds.y1} to "
                   f"y={hit.bounds.y1} before the tap")
        if hit is not None and _covered(hit):
            hit, fresh, waited = self._wait_uncovered(hit, fresh)
            why = "; ".join(x for x in (why, f"waited {waited:.1f} s for something over "
                                        f"{el.label[:40]!r} to clear") if x)
        if hit is None or not _on_screen(hit, fresh):
            return action, fresh, ""          # gone or off screen: act as asked
        return dataclasses.replace(action, element=hit), fresh, why

    def _wait_uncovered(self, hit: Element, screen: Screen) -> tuple[Element, Screen, float]:
        t0 = time.monotonic()
        while _covered(hit) and time.monotonic() - t0 < OBSCURED_WAIT:
            time.sleep(self.settle_interval)
            screen = self._capture()
            hit = locate(hit, screen) or hit
        return hit, screen, time.monotonic() - t0

    def _missed(self, action: Action, aimed_on: Screen, after: Screen) -> tuple[Action, str] | None:
        """The retry for a tap that landed during a layout shift: the app is on the same
        screen, the target is still there but no longer under the point tapped (or something
        lies over it), and its own state did not change. None when the tap looks good."""
        el = action.element
        if app_identity(after.app) != app_identity(aimed_on.app) \
                or similarity(aimed_on, after) < SAME_SCREEN:
            return None
        hit = locate(el, after)
        if hit is None or (hit.checked, hit.selected) != (el.checked, el.selected):
            return None
        x, y = el.bounds.center
        if hit.bounds.contains(x, y) and not _covered(hit):
            return None
        how = (f"moved from y={el.bounds.y1} to y={hit.bounds.y1}"
               if not hit.bounds.contains(x, y) else "was covered")
        if _covered(hit):
            hit, after, _ = self._wait_uncovered(hit, after)
        if not _on_screen(hit, after):
            return None
        return (dataclasses.replace(action, element=hit),
                f"retried: the tap landed during a layout shift ({el.label[:40]!r} {how})")

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
        self.add_step(step)
        return screen

    def restart(self, *, fresh: bool = False, source: str = "", note: str = "",
                at: str | None = None) -> Screen:
        """Start the app again (a restart is not a user step); `at`: a web app's address to
        reopen (Device.restart)."""
        before = self.current_index if self.current is not None else -1
        t = self.now()
        if fresh:
            self.device.start(fresh=True)
        elif at:
            self.device.restart(at=at)
        else:
            self.device.restart()
        screen = self.look()
        step = Step(index=len(self.journey.steps), kind="start" if fresh else "restart",
                    label="start (fresh)" if fresh else "restart the app", before=before,
                    after=self.current_index, t=t, duration=self.now() - t, counted=False,
                    note=note, source=source)
        self.add_step(step)
        return screen
