"""A browser that stops answering mid-run ends the run, and the `cancelcheck run` process
exits, in bounded time: the evidence intact and nothing of the browser left running.

The fault is real and injected from outside, as a batch of audits meets it on a loaded machine:
after the run's first steps, chromedriver, Chromium and every helper process of it are stopped
(SIGSTOP), the way a hung browser is — connections to chromedriver are still accepted, and no
answer ever comes. Before the fix, each command waited Selenium's 120 s for an answer (a GET,
retried by urllib3, four times that), so one hung browser held a run for minutes (issue 15: a
real app's capture stalled, the 360 s batch timeout killed the run).

The bound asserted is a hang guard, not a speed claim: a command that gets no answer fails
within the web device's answer bound (its 20 s timeout + 10 s, devices/answer.py), and writing
the evidence and ending the browser take seconds; HANG_GUARD allows 60 s more on a loaded
2-core machine. Time taken is printed (`-s` shows it).
"""
from __future__ import annotations

import json
import os
import signal
import time

from cancelcheck.devices.answer import MARGIN
from cancelcheck.devices.web import WebDevice
from cancelcheck.evidence.journal import read_journal
from tests.evidence_kit import video_state
from tests.test_faults import EXIT_ERROR, Run, alive, descendants, program

ANSWER_BOUND = WebDevice("http://127.0.0.1/").timeout + MARGIN   # 30 s: no answer → error
HANG_GUARD = ANSWER_BOUND + 60.0      # fault → process gone; the old code took ≥ 120 s


def outcome_of(journal) -> str | None:
    try:
        return json.loads(journal.read_text()).get("outcome")
    except (OSError, ValueError):
        return None


def test_a_hung_browser_ends_the_run_and_the_process_exits(tmp_path):
    run = Run(["roach-motel-en"], tmp_path / "run")
    browser = [(p, cmd) for p, cmd in descendants(run.proc.pid)
               if program(cmd) == "chromedriver" or program(cmd).startswith("chrom")]
    assert any(program(c) == "chromedriver" for _, c in browser), browser
    assert sum(program(c).startswith("chrom") for _, c in browser) >= 3, browser
    run.fault()
    for pid, _ in browser:
        os.kill(pid, signal.SIGSTOP)
    written_at = None
    try:
        end = time.monotonic() + HANG_GUARD
        while run.proc.poll() is None and time.monotonic() < end:
            if written_at is None and outcome_of(run.journal):
                written_at = time.monotonic()
            time.sleep(0.1)
        hung = run.proc.poll() is None
        if hung:
            run.proc.kill()                  # the test's own bound: the process is ended here
        code, out, err, took = run.finish(timeout=30)
        left_at = {pid for pid, _ in browser if alive(pid)}
        gone_by = time.monotonic() + 10       # ended by the run's close, reaped by init
        while left_at and time.monotonic() < gone_by:
            time.sleep(0.1)
            left_at = {pid for pid in left_at if alive(pid)}
    finally:
        for pid, _ in browser:               # whatever happened, leave nothing stopped behind
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
    after = f"{written_at - run.fault_at:.1f} s" if written_at else "never"
    print(f"\n  hung browser: evidence after {after}, process gone {took:.1f} s after the fault; "
          f"stderr: {err.strip()}")
    assert not hung, f"still running {HANG_GUARD:.0f} s after the fault (evidence: {after})"
    assert took < HANG_GUARD, f"the process took {took:.1f} s to end after the fault"
    assert written_at is not None and took - (written_at - run.fault_at) < 60

    assert code == EXIT_ERROR, err + out
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith("cancelcheck: error: ") and "stopped answering" in lines[0], err

    j = read_journal(run.journal)
    assert j.outcome == "error" and "stopped answering" in j.reason and "\n" not in j.reason
    assert f"{ANSWER_BOUND:g} s" in j.reason, j.reason      # how long it was given, said once
    assert len(j.steps) >= run.seen
    assert (run.out / "report.html").stat().st_size > 0
    video = json.loads(run.journal.read_text())["video"]
    assert video["complete"], video
    state = video_state(run.out, "video.mp4")
    assert state["readyState"] >= 2 and state["error"] is None, state

    assert not left_at, f"left running: {[(p, c[:60]) for p, c in browser if p in left_at]}"
