"""Fault injection: a part of the run breaks while `cancelcheck run` is auditing, and the run
still ends — within seconds, in outcome `error` (the tool could not finish) or `failed` (the app
broke), with one line saying what happened, the journal valid up to the last step and the video
finalised.

Real faults, injected from outside the run:
* Chromium's browser process killed (SIGKILL) mid-run; chromedriver killed mid-run;
* the target's HTTP server stops answering (accepts and never replies), or goes away (refused);
* the page crashes: the renderer processes of the page killed (Chromium's "tab crashed");
* a real Appium server (a private one, not the session's) killed mid-run;
* the output folder fills up: a real 64 MB tmpfs mounted for the test and filled to ENOSPC.

THE ANDROID CASES USE A STAND-IN FOR THE PHONE. No Android device or emulator can run here, so
`tests/test_android_backend.StandInPhone` plays uiautomator2's Device object (real uiautomator
dumps from real apps, a blank screenshot); the faults are what it reports after a few steps —
a new process id, no process, another package in front, the crash dialog — or the errors
uiautomator2 3.x and adbutils raise when the phone goes away (adbutils.AdbError "device … not
found", uiautomator2's HTTPError "Unable to connect to uiautomator2 server", a reset socket).
What they test is the audit's handling (outcome, reason, journal, video), not a device.

On the web there is no fault like an app leaving the foreground: a page that navigates to
another site is the app sending the person out — the redirect_out finding, and the explorer
goes back — and an error page for another host is kept as a screen; only an error page for the
target's own host is the target no longer answering.

Time from the fault to the end of the run is measured and printed (`-s` shows it); the bound
asserted is a hang guard, not a speed claim.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from cancelcheck.evidence.journal import JournalWriter, read_journal
from cancelcheck.evidence.video import VideoWriter
from cancelcheck.flows.audit import AuditOptions, run_audit
from tests.evidence_kit import video_state

ROOT = Path(__file__).resolve().parents[1]
CANCELCHECK = Path(sys.executable).parent / "cancelcheck"
HANG_GUARD = 30.0            # seconds from the fault to the end of the run: beyond this, a hang
EXIT_FAILED, EXIT_ERROR = 6, 7


# -- helpers: a run in a subprocess and the processes it started -------------------------------
def steps_in(journal: Path) -> int:
    try:
        return len(json.loads(journal.read_text())["steps"])
    except (OSError, ValueError, KeyError):
        return 0


def process_table() -> dict[int, list[tuple[int, str]]]:
    """ppid → [(pid, command line)] from /proc (Chromium rewrites its children's argv into one
    space-separated string, so the command line is kept whole)."""
    table: dict[int, list[tuple[int, str]]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{d}/cmdline", "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
        except (OSError, IndexError, ValueError):
            continue
        table.setdefault(ppid, []).append((int(d), cmd))
    return table


def descendants(pid: int) -> list[tuple[int, str]]:
    table, out, todo = process_table(), [], [pid]
    while todo:
        for child, cmd in table.get(todo.pop(), []):
            out.append((child, cmd))
            todo.append(child)
    return out


def program(cmd: str) -> str:
    return os.path.basename(cmd.split(" ", 1)[0])


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


class Run:
    """`cancelcheck run ARGS --out OUT` in a subprocess, until its journal has `steps` steps."""

    def __init__(self, args: list[str], out: Path, steps: int = 2, timeout: float = 120):
        self.out = out
        self.journal = out / "journal.json"
        self.proc = subprocess.Popen([str(CANCELCHECK), "run", *args, "--out", str(out)],
                                     cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        end = time.monotonic() + timeout
        while steps_in(self.journal) < steps and self.proc.poll() is None \
                and time.monotonic() < end:
            time.sleep(0.05)
        if self.proc.poll() is not None:
            out_, err = self.proc.communicate()
            raise AssertionError(f"the run ended before the fault: {err.decode()}{out_.decode()}")
        self.seen = steps_in(self.journal)
        assert self.seen >= steps, "the run did not get far enough in time"
        self.fault_at: float | None = None

    def fault(self) -> None:
        self.fault_at = time.monotonic()

    def finish(self, timeout: float = 120) -> tuple[int, str, str, float]:
        try:
            out, err = self.proc.communicate(timeout=timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
        took = time.monotonic() - (self.fault_at or time.monotonic())
        return self.proc.returncode, out.decode(), err.decode(), took

    def chromedriver(self) -> int:
        return next(p for p, cmd in descendants(self.proc.pid) if program(cmd) == "chromedriver")

    def browser(self) -> int:
        """Chromium's browser process: chromedriver's child."""
        return next(p for p, cmd in process_table().get(self.chromedriver(), [])
                    if program(cmd).startswith("chrom"))

    def renderers(self) -> list[int]:
        """The renderer processes of the page (not Chromium's own UI renderer)."""
        return [p for p, cmd in descendants(self.browser())
                if "--type=renderer" in cmd and "--top-chrome-webui" not in cmd]


def check_stopped_cleanly(run: Run, code: int, out: str, err: str, took: float, *,
                          outcome: str, exit_code: int, words: str, video: bool = True,
                          bound: float = HANG_GUARD):
    """What every fault must leave: its exit code, one line on stderr naming what happened (no
    traceback), no hang, the journal valid with every step seen before the fault, and a video
    that plays to its end in Chromium."""
    print(f"\n  {words!r}: fault → exit {code} in {took:.2f} s; stderr: {err.strip()}")
    assert code == exit_code, err + out
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"cancelcheck: {outcome}: "), err
    assert words in lines[0], err
    assert took < bound, f"{took:.1f} s from the fault to the end of the run"
    j = read_journal(run.journal)
    assert j.outcome == outcome and words in j.reason and "\n" not in j.reason
    assert len(j.steps) >= run.seen
    for s in j.steps:
        assert 0 <= s.after < len(j.screens)
    for rec in j.screens:
        assert (run.out / rec.image).is_file() and (run.out / rec.tree).is_file()
    assert not list(run.out.glob("*.tmp"))
    if video:
        data = json.loads(run.journal.read_text())
        assert data["video"]["complete"], data["video"]
        state = video_state(run.out, "video.mp4")
        assert state["readyState"] >= 2 and state["error"] is None, state
        assert state["seeked"] >= 2
        assert abs(state["duration"] - data["video"]["end"]) <= 2 / 24
    return j


# -- Chromium and chromedriver -------------------------------------------------------------------
def test_chromium_killed_mid_run(tmp_path):
    run = Run(["roach-motel-en"], tmp_path / "run")
    browser = run.browser()
    run.fault()
    os.kill(browser, signal.SIGKILL)
    check_stopped_cleanly(run, *run.finish(), outcome="error", exit_code=EXIT_ERROR,
                          words="Chromium stopped answering")


def test_chromedriver_killed_mid_run_and_its_chromium_is_not_left_behind(tmp_path):
    run = Run(["roach-motel-en"], tmp_path / "run")
    driver, browser = run.chromedriver(), run.browser()
    run.fault()
    os.kill(driver, signal.SIGKILL)
    check_stopped_cleanly(run, *run.finish(), outcome="error", exit_code=EXIT_ERROR,
                          words="chromedriver stopped answering")
    end = time.monotonic() + 10          # orphaned by chromedriver, ended by the web device
    while alive(browser) and time.monotonic() < end:
        time.sleep(0.1)
    try:
        assert not alive(browser), "Chromium outlived the run"
    finally:
        if alive(browser):
            os.kill(browser, signal.SIGKILL)


def test_the_page_crashes(tmp_path):
    """The web's nearest real thing to an app crashing: the page's renderer dies (out of memory,
    a bug), Chromium's "tab crashed". The app broke, so the outcome is `failed`."""
    run = Run(["roach-motel-en"], tmp_path / "run")
    renderers = run.renderers()
    assert renderers
    run.fault()
    for pid in renderers:
        os.kill(pid, signal.SIGKILL)
    j = check_stopped_cleanly(run, *run.finish(), outcome="failed", exit_code=EXIT_FAILED,
                              words="the page crashed")
    assert "tab crashed" in j.reason


# -- the target stops answering --------------------------------------------------------------------
PAGES = {"/": ("Home", [("Profile", "/profile")]),
         "/profile": ("Profile", [("Settings", "/settings")]),
         "/settings": ("Settings", [("Account", "/account")]),
         "/account": ("Account", [("Delete account", "/delete")]),
         "/delete": ("Delete account", [("Continue", "/confirm")]),
         "/confirm": ("Delete your account?", [("Delete account", "/done")])}


def page(path: str) -> bytes:
    title, links = PAGES[path]
    body = "".join(f'<p><a href="{href}" style="display:block;padding:20px;font-size:20px">'
                   f'{text}</a></p>' for text, href in links)
    return (f'<!doctype html><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width"><title>{title}</title><h1>{title}</h1>{body}').encode()


class SiteServer:
    """A multi-page site (every tap loads a page from the server) on 127.0.0.1 that can stop
    answering: hang() — connections are accepted and never answered; stop() — it is gone."""

    def __init__(self):
        self.hanging = threading.Event()
        self.released = threading.Event()
        self.gone = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                if server.gone.is_set():      # a connection Chromium opened ahead: dropped
                    self.close_connection = True
                    return
                if server.hanging.is_set():
                    server.released.wait(120)
                    return
                path = self.path.split("?")[0]
                if path not in PAGES:
                    self.send_error(404)
                    return
                body = page(path)
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.running = True

    def hang(self) -> None:
        self.hanging.set()

    def stop(self) -> None:
        """Gone at once: requests on connections Chromium opened ahead get no answer, new
        connections are refused (the listening socket closes before the serving loop ends)."""
        self.gone.set()
        if self.running:
            self.running = False
            self.httpd.socket.close()
            self.httpd.shutdown()
            self.httpd.server_close()
        self.released.set()


@pytest.fixture
def site():
    server = SiteServer()
    yield server
    server.stop()


def test_target_stops_answering(tmp_path, site):
    """Connections are accepted and never answered: the next page never comes. The web
    device's page-load timeout (20 s) bounds it."""
    run = Run([site.url], tmp_path / "run")
    run.fault()
    site.hang()
    check_stopped_cleanly(run, *run.finish(), outcome="error", exit_code=EXIT_ERROR,
                          words="the page stopped answering", bound=20 + HANG_GUARD)


def test_target_goes_away(tmp_path, site):
    run = Run([site.url], tmp_path / "run")
    run.fault()
    site.stop()
    j = check_stopped_cleanly(run, *run.finish(), outcome="error", exit_code=EXIT_ERROR,
                              words="the target stopped answering")
    assert re.search(r"\(ERR_[A-Z_]+\)", j.reason), j.reason      # refused, reset, not connected…
    assert site.url in j.reason


# -- the device disconnects: a real Appium server killed ------------------------------------------
def test_appium_server_killed_mid_run(tmp_path):
    from tests.appium_server import AppiumServer, missing
    why = missing()
    if why:
        pytest.fail(why, pytrace=False)
    server = AppiumServer(log=tmp_path / "appium.log").start()   # private: the session's lives on
    group = server.proc.pid
    try:
        run = Run(["roach-motel-en", "--device", f"appium:{server.url}"], tmp_path / "run")
        run.fault()
        os.kill(server.proc.pid, signal.SIGKILL)
        check_stopped_cleanly(run, *run.finish(), outcome="error", exit_code=EXIT_ERROR,
                              words=f"the Appium server at {server.url} stopped answering")
    finally:                              # its chromedriver and Chromium, orphaned by the kill
        try:
            os.killpg(group, signal.SIGKILL)
        except ProcessLookupError:
            pass
        if server.proc is not None:
            server.proc.wait(10)
            server.proc = None


# -- the output folder becomes unwritable -----------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path):
    """A real 64 MB tmpfs mounted for the test (tests run as root; chmod would not stop root)."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mnt)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.fail(f"cannot mount a tmpfs here ({done.stderr.decode().strip()}): this test "
                    "needs root with CAP_SYS_ADMIN", pytrace=False)
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def fill(folder: Path) -> None:
    with open(folder / "filler", "wb") as f:
        try:
            while True:
                f.write(b"\0" * (1 << 20))
                f.flush()
        except OSError:
            pass


def test_output_folder_fills_up(tmp_path, small_disk):
    run = Run(["roach-motel-en"], small_disk / "run")
    journal_before = run.journal.read_bytes()
    run.fault()
    fill(small_disk)
    code, out, err, took = run.finish()
    kept = tmp_path / "kept"                 # what the full disk holds, before it is unmounted
    shutil.copytree(run.out, kept)
    print(f"\n  disk full: fault → exit {code} in {took:.2f} s; stderr: {err.strip()}")
    assert code == EXIT_ERROR, err + out
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("cancelcheck: error: "), err
    assert f"the output folder {run.out} cannot be written: No space left on device" in lines[0]
    assert took < HANG_GUARD
    j = read_journal(kept / "journal.json")          # the last journal written, whole
    assert len(j.steps) >= run.seen and len(j.steps) >= len(json.loads(journal_before)["steps"])
    assert not (kept / "journal.json.tmp").exists()
    saved = [rec for rec in j.screens if rec.image]
    assert saved == j.screens[:len(saved)], "only screens seen after the disk filled lack files"
    assert len(saved) >= len(json.loads(journal_before)["screens"])
    for rec in saved:
        assert (kept / rec.image).is_file() and (kept / rec.tree).is_file()
    # the video stopped when the disk ran low and was finished in the space it held back:
    # it plays, up to where it stopped, and the journal says why it is short
    data = json.loads((kept / "journal.json").read_text())
    assert not data["video"]["complete"] and "is full" in data["video"]["error"], data["video"]
    assert not (kept / "video.mp4.reserve").exists()
    state = video_state(kept, "video.mp4")
    assert state["readyState"] >= 2 and state["error"] is None, state
    assert state["duration"] > 0.5 and abs(state["duration"] - data["video"]["end"]) <= 2 / 24, state


# -- Android: a stand-in for the phone (see the module docstring) ------------------------------------
class Fault(Exception):
    pass


def android_audit(tmp_path, fault, *, after: int = 2):
    """An audit of WeCom's real drawer dump on the stand-in phone; `fault(phone)` is applied
    once `after` user actions (taps, backs, scrolls) reached the phone. Evidence as audit()
    writes it: journal.json, screens/, video.mp4."""
    from tests.test_android_backend import StandInPhone, WEWORK, dump
    from cancelcheck.devices.android import AndroidDevice

    phone = StandInPhone(dump("uiautomator_wework_messages_drawer.xml"), WEWORK,
                         size=(720, 1608))
    acted = {"n": 0}
    for name in ("click", "press"):
        plain = getattr(phone, name)

        def counted(*args, _plain=plain):
            _plain(*args)
            acted["n"] += 1
            if acted["n"] == after:
                fault(phone)
        setattr(phone, name, counted)
    device = AndroidDevice.attached(phone, "emulator-5554", WEWORK, scroll_seconds=0.0)
    device._pid = phone.pid
    out = tmp_path / "run"
    writer = JournalWriter(out)
    video = VideoWriter(out / "video.mp4", journal=writer)
    t0 = time.monotonic()
    try:
        journey = run_audit(device, "wework", AuditOptions(budget_steps=30, budget_seconds=60),
                            observers=[video, writer])
    finally:
        video.close()
    took = time.monotonic() - t0
    assert acted["n"] >= after, "the audit ended before the fault"
    return journey, out, took


def check_android(journey, out: Path, took: float, *, outcome: str, words: str):
    import av
    print(f"\n  android stand-in {words!r}: {outcome} after {took:.2f} s: {journey.reason}")
    assert journey.outcome == outcome, journey.reason
    assert words in journey.reason and "\n" not in journey.reason
    j = read_journal(out / "journal.json")
    assert (j.outcome, j.reason) == (journey.outcome, journey.reason)
    assert len(j.steps) >= 2
    data = json.loads((out / "journal.json").read_text())
    assert data["video"]["complete"]
    with av.open(str(out / "video.mp4")) as c:        # decodes to the end: it plays
        frames = sum(1 for _ in c.decode(video=0))
    assert frames == data["video"]["frames"]
    return j


def test_android_app_restarted_under_a_new_pid_is_a_crash(tmp_path):
    def fault(phone):
        phone.pid = 5151
    journey, out, took = android_audit(tmp_path, fault)
    j = check_android(journey, out, took, outcome="failed",
                      words="process 4242 died and 5151 replaced it")
    assert j.reason.startswith("the app crashed: ")


def test_android_app_gone_is_a_crash(tmp_path):
    def fault(phone):
        phone.pid = 0
    journey, out, took = android_audit(tmp_path, fault)
    check_android(journey, out, took, outcome="failed", words="is no longer running")


def test_android_crash_dialog_is_kept_as_evidence(tmp_path):
    from tests.test_android_backend import CRASH_WINDOW, with_window

    def fault(phone):
        phone.xml = with_window(phone.xml, CRASH_WINDOW)
        phone.front = "android"
    journey, out, took = android_audit(tmp_path, fault)
    j = check_android(journey, out, took, outcome="failed", words="飞猪屡次停止运行")
    last = json.loads((out / j.screens[-1].tree).read_text())       # the dialog, on record
    assert "飞猪屡次停止运行" in json.dumps(last, ensure_ascii=False)


def test_android_another_app_in_front(tmp_path):
    def fault(phone):
        phone.front = "com.android.chrome"
    journey, out, took = android_audit(tmp_path, fault)
    check_android(journey, out, took, outcome="error",
                  words="com.android.chrome/.Main is in front of com.tencent.wework")


def disconnect_errors():
    import adbutils
    from uiautomator2.exceptions import HTTPError
    return [adbutils.AdbError("device 'emulator-5554' not found"),
            HTTPError("Unable to connect to uiautomator2 server: device 'emulator-5554' not found"),
            ConnectionResetError(104, "Connection reset by peer")]


@pytest.mark.parametrize("which", range(3), ids=["adb-not-found", "u2-http", "socket-reset"])
def test_android_device_disconnects(tmp_path, which):
    error = disconnect_errors()[which]

    def fault(phone):
        def gone(*args, **kwargs):
            raise error
        phone.dump_hierarchy = phone.screenshot = phone.click = phone.press = gone
        phone.shell = phone.app_current = gone
    journey, out, took = android_audit(tmp_path, fault)
    j = check_android(journey, out, took, outcome="error",
                      words="android device emulator-5554 disconnected or stopped answering")
    assert type(error).__name__ in j.reason and "adb devices" in j.reason
