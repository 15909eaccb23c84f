"""SIGTERM and SIGHUP mid-run end it the way Ctrl-C does (tests/test_evidence_sigint.py): the
journal's outcome is error "terminated" / "hung up", the video is finished and plays in
Chromium, its disk reserve is gone, and no Chromium or chromedriver the run started is left."""
from __future__ import annotations

import json
import signal
import time

import pytest

from cancelcheck.devices.processes import alive, tree
from cancelcheck.evidence.journal import read_journal
from tests.evidence_kit import video_state
from tests.test_evidence_sigint import run_until_steps


@pytest.mark.parametrize("sig, reason", [(signal.SIGTERM, "terminated"),
                                         (signal.SIGHUP, "hung up")])
def test_a_signal_to_end_leaves_the_evidence_and_no_browser(tmp_path, sig, reason):
    out = tmp_path / "run"
    journal = out / "journal.json"
    started = []

    def remember(proc):              # what the run started, all of which must end
        started.extend(p for p in tree(proc.pid) if p[0] != proc.pid)
        assert any(b"chromedriver" in cmd for _, cmd in started), started

    proc, err, seen = run_until_steps(out, sig, remember)
    assert proc.returncode == 2, err.decode()
    assert reason in err.decode()
    j = read_journal(journal)
    assert len(j.steps) >= seen
    assert (j.outcome, j.reason) == ("error", reason)
    data = json.loads(journal.read_text())
    assert data["video"]["complete"]
    assert not list(out.glob("*.reserve"))
    state = video_state(out, "video.mp4")
    assert state["readyState"] >= 2 and state["error"] is None, state
    deadline = time.monotonic() + 10           # the browser's last helpers may take a moment
    while any(alive(p) for p in started) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [cmd[:60] for p in started if alive(p) for cmd in [p[1]]]
