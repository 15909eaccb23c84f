"""What the evidence costs, measured side by side in one run.

    .venv/bin/python benchmarks/evidence_cost.py [SPECIMEN] [STEPS]

1. Per frame: the web device's capture of a specimen screen (the unit), beside what the video
   observer spends on one frame at several widths (scale, blur check, overlays, H.264 encode),
   and what the journal spends saving one screen (PNG + tree JSON + journal rewrite).
2. A whole audit of the specimen with the evidence off (journal only) and on (journal, video,
   report), alternated, the median wall time of each.
3. A long synthetic run: STEPS (500) screens and steps from captured specimen screens fed to the
   video and journal observers as a Session would (tests/feeder.py); resident memory (RSS),
   Python's traced heap and the output's size at checkpoints, showing whether memory stays
   flat and how fast the output grows; then the report rendered from it. Twice: the captured
   screens visited over and over (a screenshot seen before is not saved again), and every
   screen a new picture (the worst case).
"""
from __future__ import annotations

import gc
import os
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from cancelcheck.devices.web import WebDevice
from cancelcheck.evidence.journal import JournalWriter
from cancelcheck.evidence.report import render_report
from cancelcheck.evidence.video import VideoWriter
from cancelcheck.specimens.server import SpecimenServer

ROUTES = ("#/home", "#/profile", "#/settings", "#/delete")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # the tests' helpers
from tests.feeder import Feeder  # noqa: E402



def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def du(path: Path) -> int:
    """Bytes under a path (a file or a folder)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def capture_screens(name: str, rounds: int):
    with SpecimenServer() as server, WebDevice(server.url(name)) as device:
        device.start()
        screens, times = [], []
        for route in ROUTES:
            device.run_js("location.hash = arguments[0]", route)
            device.wait_idle()
            screens.append(device.capture())
        for i in range(rounds):
            t = time.perf_counter()
            device.capture()
            times.append(time.perf_counter() - t)
    return screens, median_ms(times)


def per_frame(screens, width: int | None, frames: int = 60) -> float:
    """Milliseconds the video observer spends per frame (a screen and its step's tap frame)."""
    with tempfile.TemporaryDirectory() as d:
        video = VideoWriter(Path(d) / "v.mp4", width=width or screens[0].size[0])
        feed = Feeder(screens, [video])
        feed.screen()
        t = time.perf_counter()
        for _ in range(frames // 2):
            feed.step()
        video.on_end(feed.j)
        elapsed = time.perf_counter() - t
        size = (Path(d) / "v.mp4").stat().st_size
        return elapsed / max(1, video.frames) * 1000, size / max(1, video.frames) / 1024


def journal_cost(screens, steps: int = 30) -> float:
    with tempfile.TemporaryDirectory() as d:
        writer = JournalWriter(Path(d))
        feed = Feeder(screens, [writer])
        feed.screen()
        t = time.perf_counter()
        for _ in range(steps):
            feed.step()
        return (time.perf_counter() - t) / steps * 1000


def long_run(screens, steps: int, distinct: bool = False) -> None:
    with tempfile.TemporaryDirectory() as d:
        out = Path(d)
        writer = JournalWriter(out)
        video = VideoWriter(out / "video.mp4", journal=writer)
        feed = Feeder(screens, [video, writer], distinct=distinct)
        gc.collect()
        tracemalloc.start()
        feed.screen()
        what = ("every screen a new picture" if distinct
                else f"{len(screens)} screens visited over and over")
        print(f"\n{steps}-step synthetic run, {what} (video + journal observers), memory and "
              "output at checkpoints:")
        print(f"{'step':>6} {'RSS MB':>8} {'traced MB':>10} {'ms/step (last 50)':>18} "
              f"{'screens/ MB':>12} {'video MB':>9} {'journal KB':>11}")
        t_last, base = time.perf_counter(), None
        for i in range(1, steps + 1):
            feed.step()
            if i % 50 == 0 or i == 1:
                cur, _ = tracemalloc.get_traced_memory()
                now = time.perf_counter()
                per = (now - t_last) / (50 if i % 50 == 0 else 1) * 1000
                t_last = now
                base = base or rss_mb()
                print(f"{i:>6} {rss_mb():>8.1f} {cur / 2**20:>10.2f} {per:>18.1f} "
                      f"{du(out / 'screens') / 2**20:>12.1f} {du(out / 'video.mp4') / 2**20:>9.1f} "
                      f"{du(out / 'journal.json') / 1024:>11.0f}")
        video.on_end(feed.j)
        writer.on_end(feed.j)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        vbytes = (out / "video.mp4").stat().st_size
        print(f"peak traced Python heap {peak / 2**20:.1f} MB; process peak RSS "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; "
              f"video {vbytes / 2**20:.1f} MB, {video.frames} frames over {feed.t:.0f} s "
              f"= {vbytes * 8 / max(feed.t, 1e-9) / 1000:.0f} kbit/s; "
              f"journal {(out / 'journal.json').stat().st_size / 1024:.0f} KB")
        t = time.perf_counter()
        page = render_report(out / "journal.json")
        total = du(out)
        print(f"report of {steps} steps: {time.perf_counter() - t:.1f} s, "
              f"{page.stat().st_size / 2**20:.1f} MB; whole output folder {total / 2**20:.1f} MB "
              f"= {total / steps / 1024:.0f} KB per step")


def audit_overhead(name: str, rounds: int = 3) -> None:
    from cancelcheck.api import audit
    target = f"apps/{name}.yaml" if Path(f"apps/{name}.yaml").is_file() else name
    off, on = [], []
    for _ in range(rounds):
        for evidence, times in ((False, off), (True, on)):
            with tempfile.TemporaryDirectory() as d:
                t = time.perf_counter()
                r = audit(target, out_dir=d, video=evidence, report=evidence)
                times.append(time.perf_counter() - t)
    print(f"\nwhole audit of {name} ({len(r.journey.steps)} steps, {len(r.journey.screens)} screens), "
          f"median of {rounds}: journal only {statistics.median(off):.1f} s, "
          f"+ video + report {statistics.median(on):.1f} s "
          f"(× {statistics.median(on) / statistics.median(off):.2f})")


def main(name: str = "fair-en", steps: int = 500) -> None:
    screens, capture_ms = capture_screens(name, 15)
    w, h = screens[0].size
    print(f"{name}: screens {w}×{h}; web device capture (median of 15): {capture_ms:.1f} ms")
    print(f"\n{'video frame':<34} {'ms/frame':>9} {'× capture':>10} {'KB/frame':>9}")
    for width in (None, 720, 540, 360):
        ms, kb = per_frame(screens, width)
        label = f"width {width or w} px" + (" (default)" if width == 540 else "")
        print(f"{label:<34} {ms:>9.1f} {ms / capture_ms:>10.2f} {kb:>9.1f}")
    jm = journal_cost(screens)
    print(f"{'journal: save screen + rewrite':<34} {jm:>9.1f} {jm / capture_ms:>10.2f}")
    audit_overhead(name)
    long_run(screens, steps)
    long_run(screens, steps, distinct=True)


if __name__ == "__main__":
    main(*(sys.argv[1:2] or ["fair-en"]), *(int(a) for a in sys.argv[2:3]))
