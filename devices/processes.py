"""Ending a driver's processes in bounded time, whatever state they are in.

A WebDriver session owns a tree of processes (chromedriver, Chromium's browser, its renderers
and helpers). Closing asks politely first (driver.quit() in a thread, QUIT_WAIT seconds at
most); then every process of the tree that still runs the same command line is sent SIGTERM,
and SIGKILL after a grace period — so a hung, stopped or orphaned browser never keeps a run (or
a batch of runs) alive. Linux /proc; elsewhere the tree is empty and only quit() is tried.
"""
from __future__ import annotations

import os
import signal
import threading
import time

QUIT_WAIT = 5.0           # seconds a driver's quit() may take before its processes are ended
GRACE = 2.0               # seconds between SIGTERM and SIGKILL

Proc = tuple[int, bytes]  # (pid, command line): a pid reused by another program is left alone


def _children(pid: int) -> list[int]:
    """The child processes of every thread of `pid` (Linux /proc; [] elsewhere)."""
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                found += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            pass
    return found


def _cmdline(pid: int) -> bytes | None:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read()
    except OSError:
        return None


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return True


def alive(proc: Proc) -> bool:
    return _cmdline(proc[0]) == proc[1] and not _zombie(proc[0])


def tree(pid: int | None) -> list[Proc]:
    """`pid` and all its descendants, as (pid, command line)."""
    out: list[Proc] = []
    todo = [pid] if pid else []
    seen: set[int] = set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        cmd = _cmdline(p)
        if cmd:
            out.append((p, cmd))
            todo.extend(_children(p))
    return out


def driver_process(driver) -> int | None:
    """The pid of the driver's own server process (chromedriver), when it started one."""
    process = getattr(getattr(driver, "service", None), "process", None)
    return getattr(process, "pid", None)


def browser_process(driver) -> Proc | None:
    """Chromium's browser process (chromedriver's child), read from /proc on Linux; None
    elsewhere or when it cannot be told."""
    pid = driver_process(driver)
    if pid is None:
        return None
    for child in _children(pid):
        cmd = _cmdline(child)
        if cmd and b"chrom" in os.path.basename(cmd.split(b"\0")[0].split(b" ")[0]):
            return child, cmd
    return None


def end_all(procs: list[Proc], grace: float = GRACE) -> None:
    """SIGTERM every process still alive, SIGKILL those left after `grace` seconds (a stopped
    process does not act on SIGTERM: SIGKILL ends it anyway)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        left = [p for p in procs if alive(p)]
        for pid, _ in left:
            try:
                os.kill(pid, sig)
            except OSError:
                pass
        end = time.monotonic() + (grace if sig == signal.SIGTERM else 1.0)
        while time.monotonic() < end and any(alive(p) for p in left):
            time.sleep(0.05)


def end_process(pid: int, cmdline: bytes, grace: float = GRACE) -> None:
    end_all([(pid, cmdline)], grace)


def quit_within(quit, seconds: float = QUIT_WAIT) -> bool:
    """Call quit() in a daemon thread; whether it returned within `seconds` (its errors are
    swallowed: closing must not fail)."""
    done = threading.Event()

    def run():
        try:
            quit()
        except Exception:
            pass
        finally:
            done.set()

    threading.Thread(target=run, name="driver-quit", daemon=True).start()
    return done.wait(seconds)


def close_driver(driver, extra: list[Proc] = (), seconds: float = QUIT_WAIT,
                 ask: bool = True) -> None:
    """Quit a WebDriver session within `seconds` (ask=False: a session known not to answer is
    not asked), then end whatever of its process tree (and `extra`, e.g. a browser orphaned
    when its driver died) is still running."""
    procs = tree(driver_process(driver)) if driver is not None else []
    for p in extra:
        procs += [q for q in tree(p[0]) if q not in procs]
    if driver is not None and ask:
        quit_within(driver.quit, seconds)
    end_all(procs)
