"""Closing is bounded: a web device whose chromedriver and Chromium no longer answer (stopped
with SIGSTOP, as a hung browser is) still closes, and every process it started is ended."""
from __future__ import annotations

import os
import signal
import threading

from cancelcheck.devices.processes import alive, driver_process, tree


def test_close_ends_a_browser_that_does_not_answer(web_device):
    device = web_device("fair-en")
    procs = tree(driver_process(device.driver))
    assert len(procs) >= 3, procs            # chromedriver, Chromium and its helpers
    for pid, _ in procs:
        os.kill(pid, signal.SIGSTOP)
    closer = threading.Thread(target=device.close, daemon=True)
    closer.start()
    closer.join(timeout=60)                  # a bound, not a timing: without it, quit() waits
    assert not closer.is_alive(), "close() did not return"   # on the stopped chromedriver
    assert [p for p in procs if alive(p)] == []
