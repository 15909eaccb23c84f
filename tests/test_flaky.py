"""Reliability on a screen that will not hold still (issue #9).

flaky-en slides its screens in, shows a spinner first, loads a banner and rows late ABOVE the row
a person wants (a tap at its old place opens another screen) and drops a toast on that row, all
with random timings. The explorer and the scripted flow must give the ground truth on every run,
in real Chromium; the old session (two equal captures, no re-check) is shown to be fooled.

The session's own logic — re-aiming a tap whose target moved, retrying a tap that landed during
a layout shift, waiting out a spinner or a toast, and doing none of it on a stable screen — is
checked on a stand-in device (a scripted list of rows, not a backend: DESIGN.md's "no mocks"
rule is about tests that claim to test a backend, and these test the session). The retry is
also provoked for real in Chromium: tests/data/pages/shift.html shifts its rows on the first
touch, before the tap is hit-tested.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from cancelcheck.api import audit
from cancelcheck.devices import Action, Device
from cancelcheck.flows import session as session_module
from cancelcheck.records import Journey
from cancelcheck.flows.session import Session
from cancelcheck.screens import Bounds, Element, Screen
from cancelcheck.specimens import catalog

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5              # explorer runs on flaky-en, each with its own random timings
FLOW_RUNS = 3         # scripted-flow runs
OLD_RUNS = 3          # runs of the old session, to show the specimen provokes flakiness


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch):
    monkeypatch.chdir(ROOT)      # apps/<specimen>.yaml are found from the repository root


def run(tmp_path, i, **kw):
    return audit("apps/flaky-en.yaml", out_dir=tmp_path / f"run{i}", save_images=False,
                 video=False, report=False, **kw).journey


def matches_truth(j) -> bool:
    t = catalog.truth("flaky-en")
    return (j.outcome, j.path_steps, j.entry_depth) == (t.outcome, t.path_steps, t.entry_depth)


def test_explorer_gives_the_ground_truth_on_every_run(tmp_path):
    t = catalog.truth("flaky-en")
    expected_types = {f["type"] for f in t.findings}
    for i in range(RUNS):
        j = run(tmp_path, i)
        got = (j.outcome, j.path_steps, j.entry_depth)
        assert got == (t.outcome, t.path_steps, t.entry_depth), \
            f"run {i}: {got}: {j.reason}; steps {[(s.kind, s.target, s.note) for s in j.steps]}"
        assert {f.type for f in j.findings} == expected_types, \
            f"run {i}: {[(f.type, f.evidence) for f in j.findings]}"
        assert j.final_action == t.final_action
        # the straight way, every time: nothing tapped by mistake and backed out of
        assert j.effort == t.reached_steps - 1, [(s.kind, s.target, s.note) for s in j.steps]


def test_scripted_flow_gives_the_ground_truth_on_every_run(tmp_path):
    t = catalog.truth("flaky-en")
    for i in range(FLOW_RUNS):
        j = run(tmp_path, i, flow="apps/flows/flaky-en.yaml")
        assert matches_truth(j), f"run {i}: {j.outcome} {j.path_steps} {j.entry_depth}: {j.reason}"
        assert {f.type for f in j.findings} == {f["type"] for f in t.findings}
        assert [s.target for s in j.steps if s.counted] == \
            ["Profile", "Settings", "Delete account", "Password"]


def test_the_old_session_is_fooled_by_the_specimen(tmp_path, monkeypatch):
    """Two equal captures and no re-check (robust off): the spinner is taken for the screen,
    rows move under the finger, toasts swallow taps — most runs end elsewhere."""
    monkeypatch.setattr(Session, "robust", False)
    results = [run(tmp_path, i) for i in range(OLD_RUNS)]
    wrong = [(j.outcome, j.path_steps, j.entry_depth) for j in results if not matches_truth(j)]
    print(f"\nold session on flaky-en: {len(wrong)}/{OLD_RUNS} runs wrong: {wrong}")
    assert wrong, "flaky-en no longer provokes the old session into a wrong result"


# -- the session's logic, on a stand-in device -----------------------------------------------

ROW_H = 150
TOP = 300


class StandIn(Device):
    """A stand-in device for the session's logic (not a backend): a Settings screen of rows,
    150 px high from y=300, whose layout a test changes at chosen moments. Only "Delete account"
    goes anywhere (to #/delete); the other rows, a banner and a toast do nothing when tapped."""

    kind = "stand-in"

    def __init__(self, rows=("Notifications", "Privacy", "Delete account"), spinner=0):
        super().__init__()
        self.route = "#/settings"
        self.rows = list(rows)
        self.banner = 0                 # rows of height taken by a banner above the list
        self.spinner = spinner          # captures that still show a spinner
        self.toast = 0                  # captures during which a toast covers "Delete account"
        self.captures = 0
        self.taps: list[tuple[int, int]] = []
        self.on_capture: dict[int, object] = {}   # capture number -> change made just before it
        self.on_tap = None              # change made as the finger comes down (a layout shift)

    def elements(self, route: str | None = None) -> list[Element]:
        route = route or self.route
        els = [Element(0, None, Bounds(0, 0, 1080, 2400), cls="div")]

        def add(**kw):
            els.append(Element(len(els), 0, **kw))
        add(bounds=Bounds(0, 80, 1080, 220), text=route, cls="h1")
        if route != "#/settings":
            return els
        if self.spinner and route == self.route:
            add(bounds=Bounds(480, 900, 600, 1020), description="Loading", cls="progressbar")
            return els
        y, covered_box = TOP, None
        if self.banner:
            add(bounds=Bounds(0, y, 1080, y + self.banner * ROW_H), text="New: dark mode", cls="p")
            y += self.banner * ROW_H
        for label in self.rows:
            covered = self.toast and label == "Delete account"
            add(bounds=Bounds(0, y, 1080, y + ROW_H), text=label, cls="a", clickable=True,
                attrs={"obscured": "1"} if covered else {})
            if covered:
                covered_box = Bounds(40, y, 1040, y + ROW_H)
            y += ROW_H
        if covered_box is not None:
            add(bounds=covered_box, text="Settings saved", cls="status")
        return els

    def row_box(self, label: str) -> Bounds:
        """Where a row of the Settings screen is now (whatever screen is in front)."""
        return next(e.bounds for e in self.elements("#/settings") if e.text == label)

    def capture(self) -> Screen:
        self.captures += 1
        change = self.on_capture.pop(self.captures, None)
        if change is not None:
            change(self)
        screen = Screen(None, self.elements(), "web", app=f"http://stand.in/app/{self.route}",
                        size=(1080, 2400))
        if self.spinner:
            self.spinner -= 1
        if self.toast:
            self.toast -= 1
        return screen

    def tap(self, target) -> None:
        x, y = target.bounds.center if isinstance(target, Element) else target
        self.taps.append((x, y))
        if self.on_tap is not None:
            self.on_tap(self)
            self.on_tap = None
        if self.toast:                  # the toast takes the tap and goes
            self.toast = 0
            return
        hit = [e for e in self.elements() if e.clickable and e.bounds.contains(x, y)]
        if hit and hit[0].text == "Delete account":
            self.route = "#/delete"

    def type_text(self, target, text, *, secret=False, clear=True) -> None:
        if target is not None:
            self.tap(target)

    def enter_text(self, text, *, clear=True) -> None:
        pass

    def scroll(self, direction, within=None, fraction=0.7) -> None:
        pass

    def back(self) -> None:
        self.route = "#/settings"

    def start(self, fresh=True) -> None:
        pass

    def restart(self, at=None) -> None:
        pass

    def close(self) -> None:
        pass


def shift(device: StandIn) -> None:
    """A banner two rows high loads above the list: every row moves down by 300 px."""
    device.banner = 2


@pytest.fixture
def quick(monkeypatch):
    """Shorter quiet period and polling, so the stand-in tests take a second."""
    monkeypatch.setattr(session_module, "QUIET", 0.15)

    def make(device, **kw):
        return Session(device, Journey(target="stand-in"), detect=False, settle_interval=0.02,
                       **kw)
    return make


def tap_delete(s: Session):
    target = next(e for e in s.current.visible() if e.text == "Delete account")
    return s.act(Action("tap", element=target), source="test")


def test_a_tap_whose_target_moved_before_it_is_aimed_where_it_is_now(quick):
    dev = StandIn(spinner=2)          # the screen moved while it settled (spinner -> rows)
    s = quick(dev)
    s.look()
    old = dev.row_box("Delete account")
    dev.on_capture[dev.captures + 1] = shift     # the rows load late: on the re-check capture
    tap_delete(s)
    new = dev.row_box("Delete account")
    assert new.y1 == old.y1 + 2 * ROW_H
    assert dev.taps == [new.center]              # one tap, where the row is now
    assert dev.route == "#/delete"
    step, = s.journey.steps
    assert "re-aimed" in step.note and step.box == new and step.counted
    assert s.journey.effort == 1


def test_a_tap_that_landed_during_a_layout_shift_is_retried_once(quick):
    dev = StandIn(spinner=2)
    s = quick(dev)
    s.look()
    old = dev.row_box("Delete account")
    dev.on_tap = shift               # the banner lands as the finger comes down
    tap_delete(s)
    new = dev.row_box("Delete account")
    assert dev.taps == [old.center, new.center]  # missed (hit another row), then retried
    assert dev.route == "#/delete"
    step, = s.journey.steps                      # the retry is no second step
    assert "retried" in step.note and "layout shift" in step.note
    assert s.journey.effort == 1 and step.changed
    assert s.journey.screens[step.after].app.endswith("#/delete")


def test_the_old_session_misses_the_same_tap(quick):
    dev = StandIn()                  # (with a spinner, it would settle on the spinner)
    s = quick(dev, robust=False)
    s.look()
    dev.on_tap = shift
    tap_delete(s)
    assert len(dev.taps) == 1 and dev.route == "#/settings"     # the tap hit another row
    assert s.journey.steps[0].note == ""
    assert s.journey.screens[s.journey.steps[0].after].app.endswith("#/settings")


def test_a_toast_over_the_target_is_waited_out_not_tapped(quick):
    dev = StandIn(spinner=2)
    s = quick(dev)
    s.look()
    dev.on_capture[dev.captures + 1] = lambda d: setattr(d, "toast", 4)
    tap_delete(s)
    assert dev.taps == [dev.row_box("Delete account").center] and dev.route == "#/delete"
    assert "waited" in s.journey.steps[0].note


def test_nothing_is_rechecked_or_retried_on_a_stable_screen(quick):
    dev = StandIn()                  # no spinner, nothing moves
    s = quick(dev)
    s.look()
    settled = dev.captures
    assert settled == 2 and not s.last_settle.moved      # two equal captures, as before
    privacy = next(e for e in s.current.visible() if e.text == "Privacy")
    s.act(Action("tap", element=privacy))                # does nothing: the same screen
    assert dev.taps == [privacy.bounds.center]           # no retry
    assert dev.captures - settled == 2                   # no re-check capture either
    assert s.journey.steps[0].note == "" and not s.journey.steps[0].changed
    old = StandIn()
    o = quick(old, robust=False)
    o.look()
    o.act(Action("tap", element=next(e for e in o.current.visible() if e.text == "Privacy")))
    assert old.captures == dev.captures                  # the same cost as the old session


def test_a_tap_that_does_nothing_on_a_lively_screen_is_not_retried(quick):
    dev = StandIn(spinner=2)
    s = quick(dev)
    s.look()
    privacy = next(e for e in s.current.visible() if e.text == "Privacy")
    s.act(Action("tap", element=privacy))
    assert dev.taps == [privacy.bounds.center]
    assert s.journey.steps[0].note == ""


def test_settle_waits_out_a_spinner(quick):
    dev = StandIn(spinner=4)
    screen = quick(dev).look()
    assert not any(e.cls == "progressbar" for e in screen.visible())
    assert any(e.text == "Delete account" for e in screen.visible())
    old = StandIn(spinner=4)
    fooled = quick(old, robust=False).look()             # two equal spinner captures
    assert any(e.cls == "progressbar" for e in fooled.visible())


def test_settle_holds_out_for_a_quiet_period_after_movement(quick):
    dev = StandIn(spinner=1)
    dev.on_capture[5] = shift        # rows move again a few captures after they came in
    s = quick(dev)
    screen = s.look()
    assert s.last_settle.moved
    box = next(e.bounds for e in screen.visible() if e.text == "Delete account")
    assert box == dev.row_box("Delete account") and box.y1 == TOP + 4 * ROW_H


# -- the same, in real Chromium ----------------------------------------------------------------
SHIFT_PAGE = ROOT / "tests" / "data" / "pages" / "shift.html"


@pytest.mark.parametrize("robust", [True, False], ids=["session", "old-session"])
def test_a_tap_that_lands_during_a_layout_shift_in_chromium(robust):
    """tests/data/pages/shift.html inserts a banner above its rows on the first touch, before
    the tap is hit-tested: the tap meant for "Delete account" lands on the banner. The session
    sees the app still on the same screen with its target moved away from the point, and taps
    it again where it is now; the old session is left on the banner."""
    from cancelcheck.devices.web import WebDevice
    with WebDevice(SHIFT_PAGE.as_uri()) as device:
        device.start(fresh=True)
        s = Session(device, Journey(target="shift", backend="web"), detect=False, robust=robust)
        if robust:                    # under load 600 ms may pass before the first look
            device.run_js("load(1500)")
        else:                         # the old settle takes two equal spinners for settled
            deadline = time.monotonic() + 10
            while device.run_js("return document.getElementById('list').hidden") \
                    and time.monotonic() < deadline:
                time.sleep(0.1)
        s.look()
        assert not robust or s.last_settle.moved, "the look did not see the rows come in"
        target = next(e for e in s.current.visible() if e.label == "Delete account")
        s.act(Action("tap", element=s.current.tappable(target)), source="test")
        where = device.run_js("return location.hash")
        banner = device.run_js("return !!document.getElementById('banner')")
    step, = s.journey.steps
    if robust:
        assert where == "#/delete", step.note
        assert "retried" in step.note and "layout shift" in step.note
        assert s.journey.effort == 1                 # the retry is no second step
    else:
        assert where == "" and banner, "the page no longer shifts under the finger"
        assert "retried" not in step.note


def test_a_scroll_reveals_what_moves_not_a_countdown_ending_meanwhile():
    """bank-zh's notice box: under load the last scroll can coincide with the 10-second
    countdown ending. The button's label changes where it stands; the scroll moved nothing, so
    it is no step of the path (the soak found 3 of 14 runs counting it)."""
    from cancelcheck.flows.session import moved_into_view
    before = (("注销须知", 300, 40), ("我已阅读并同意（s）", 2200, 60))
    ended = (("注销须知", 300, 40), ("我已阅读并同意", 2200, 60))
    scrolled = (("注销须知", 100, 40), ("三、注销后果", 900, 40), ("我已阅读并同意（s）", 2200, 60))
    assert not moved_into_view(before, ended)
    assert moved_into_view(before, scrolled)
    assert not moved_into_view(before, before)


def test_the_path_leaves_out_a_scroll_that_moved_nothing_even_if_the_screen_changed():
    from cancelcheck.records import ScreenRecord, Step
    from cancelcheck.flows.pathing import shortest_path
    j = Journey(target="t")
    for i, fp in enumerate(["home", "notice", "notice", "notice-ready", "code"]):
        j.add_screen(ScreenRecord(index=i, fingerprint=fp, app="", t=float(i)))
    j.steps = [
        Step(index=0, kind="tap", label="tap", before=0, after=1, t=0, target="注销账户"),
        Step(index=1, kind="scroll", label="scroll", before=1, after=2, t=1, changed=False,
             revealed=True),
        Step(index=2, kind="scroll", label="scroll", before=2, after=3, t=2, changed=True,
             revealed=False),                 # the countdown ended meanwhile
        Step(index=3, kind="tap", label="tap", before=3, after=4, t=3, target="我已阅读并同意")]
    assert shortest_path(j, final_pending=False).steps == [0, 1, 3]
