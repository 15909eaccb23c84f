"""SIGTERM and SIGHUP end a run the way Ctrl-C does.

`timeout`, CI cancellation, a stopped container and a closed terminal send SIGTERM or SIGHUP,
not SIGINT. Python's default for them ends the process at once: no outcome in the journal, an
unfinished video, its disk reserve left behind and the browser still running. Here each raises
`Terminated` (a KeyboardInterrupt, so every `finally` and every Ctrl-C handler runs) whose
`reason` names the signal; the run records it as its outcome's reason. A second signal while
the first is being handled is ignored, so finishing the evidence is not cut short.
"""
from __future__ import annotations

import signal
from contextlib import contextmanager

REASONS = {signal.SIGTERM: "terminated", signal.SIGHUP: "hung up"}


class Terminated(KeyboardInterrupt):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _handler(signum, frame):
    for sig in REASONS:               # one ending at a time: the evidence gets finished
        signal.signal(sig, signal.SIG_IGN)
    raise Terminated(REASONS.get(signum, "terminated"))


@contextmanager
def ending_like_ctrl_c():
    """Within the block, SIGTERM and SIGHUP raise Terminated; the old handlers come back after."""
    old = {sig: signal.signal(sig, _handler) for sig in REASONS}
    try:
        yield
    finally:
        for sig, h in old.items():
            signal.signal(sig, h)
