"""Ctrl-C mid-run: `cancelcheck run` is interrupted once the journal has a few steps; the video
still plays in Chromium and the journal parses with every step taken before it."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from cancelcheck.evidence.journal import read_journal
from tests.evidence_kit import video_state

ROOT = Path(__file__).resolve().parents[1]
CANCELCHECK = Path(sys.executable).parent / "cancelcheck"


def steps_in(journal: Path) -> int:
    try:
        return len(json.loads(journal.read_text())["steps"])
    except (OSError, ValueError, KeyError):
        return 0


def as_in_a_terminal() -> None:
    """In the child, before exec: Ctrl-C's signal handled by default, as in a terminal's
    foreground job. A shell without job control starts `cmd &` with SIGINT ignored, Python keeps
    an inherited SIG_IGN, and so a test suite run in the background once saw the run ignore the
    signal and finish (exit 0): the environment's doing, not the program's."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_until_steps(out: Path, sig: int, before_signal=lambda proc: None):
    """`cancelcheck run roach-motel-en`, sent `sig` once its journal has 3 steps; returns
    (the process, its stderr, the steps seen before the signal). before_signal(proc) runs
    just before it is sent."""
    journal = out / "journal.json"
    proc = subprocess.Popen([str(CANCELCHECK), "run", "roach-motel-en", "--out", str(out)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=as_in_a_terminal)
    try:
        end = time.monotonic() + 90
        while steps_in(journal) < 3 and proc.poll() is None and time.monotonic() < end:
            time.sleep(0.05)
        # Stopped at once, the run cannot finish while this process looks at it (a loaded
        # machine once took so long here that the run ended first: exit 0, nothing to test).
        # The signal waits while it is stopped and is handled as soon as it goes on.
        proc.send_signal(signal.SIGSTOP)
        assert proc.poll() is None, "the run ended before it could be signalled"
        seen = steps_in(journal)
        assert seen >= 3
        before_signal(proc)
        proc.send_signal(sig)
        proc.send_signal(signal.SIGCONT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc, err, seen


def test_sigint_leaves_a_playable_video_and_a_valid_journal(tmp_path):
    out = tmp_path / "run"
    journal = out / "journal.json"
    proc, err, seen = run_until_steps(out, signal.SIGINT)
    assert proc.returncode == 2, err.decode()
    assert "interrupted" in err.decode()
    j = read_journal(journal)
    assert len(j.steps) >= seen
    assert (j.outcome, j.reason) == ("error", "interrupted")
    for s in j.steps:                                 # every step's screens are there
        assert 0 <= s.after < len(j.screens)
    for rec in j.screens:
        assert (out / rec.image).is_file() and (out / rec.tree).is_file()
    data = json.loads(journal.read_text())
    assert data["video"]["complete"]
    state = video_state(out, "video.mp4")
    assert state["readyState"] >= 2 and state["error"] is None, state
    assert state["seeked"] >= 2
    assert abs(state["duration"] - data["video"]["end"]) <= 2 / 24
    assert data["video"]["end"] >= j.screens[-1].t
