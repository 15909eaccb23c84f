"""What the evidence costs, measured side by side in one run.

    .venv/bin/python benchmarks/evidence_cost.py [SPECIMEN] [STEPS]

1. Per frame: the web device's capture of a specimen screen (the unit), beside what the video
   observer spends on one frame at several widths (scale, blur check, overlays, H.264 encode),
   and what the journal spends saving one screen (PNG + tree JSON + journal rewrite).
2. A whole audit of the specimen with the evidence off (journal only) and on (journal, video,
   report), alternated, the median wall time of each.
3. A long synthetic run: STEPS (500) screens and steps from captured specimen screens fed to the
   video and journal observers as a Session would; resident memory (RSS) and Python's traced
   heap at checkpoints, showing whether they stay flat; then the report rendered from it.
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

from devices.web import WebDevice
from evidence.journal import JournalWriter
from evidence.report import render_report
from evidence.video import VideoWriter
from flows.journey import Journey, ScreenRecord, Step
from specimens.server import SpecimenServer

ROUTES = ("#/home", "#/profile", "#/settings", "#/delete")


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


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


class Feeder:
    """Feeds observers a run of `screens` cycled, one tap step per screen, as Session does."""

    def __init__(self, screens, observers):
        self.screens, self.obs = screens, observers
        self.j = Journey(target="bench", backend="web")
        self.t = 0.0

    def screen(self):
        i = len(self.j.screens)
        s = self.screens[i % len(self.screens)]
        rec = ScreenRecord(index=i, fingerprint=str(i % len(self.screens)), app=s.app,
                           t=self.t, size=s.size)
        self.j.add_screen(rec)                   # no live screen kept: the observers' memory only
        for o in self.obs:
            o.on_screen(self.j, rec, s)
        return rec

    def step(self):
        before = len(self.j.screens) - 1
        self.t += 0.4
        t = self.t
        self.t += 0.6
        self.screen()
        prev = self.screens[before % len(self.screens)]
        el = next((e for e in prev.visible() if e.clickable and e.label), None)
        st = Step(index=len(self.j.steps), kind="tap", label=f"tap {el.label if el else '?'!r}",
                  before=before, after=before + 1, t=t, box=el.bounds if el else None,
                  target=el.label if el else "")
        self.j.steps.append(st)
        for o in self.obs:
            o.on_step(self.j, st)


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


def long_run(screens, steps: int) -> None:
    with tempfile.TemporaryDirectory() as d:
        out = Path(d)
        writer = JournalWriter(out)
        video = VideoWriter(out / "video.mp4", journal=writer)
        feed = Feeder(screens, [video, writer])
        gc.collect()
        tracemalloc.start()
        feed.screen()
        print(f"\n{steps}-step synthetic run (video + journal observers), memory at checkpoints:")
        print(f"{'step':>6} {'RSS MB':>8} {'traced MB':>10} {'ms/step (last 50)':>18}")
        t_last, base = time.perf_counter(), None
        for i in range(1, steps + 1):
            feed.step()
            if i % 50 == 0 or i == 1:
                cur, _ = tracemalloc.get_traced_memory()
                now = time.perf_counter()
                per = (now - t_last) / (50 if i % 50 == 0 else 1) * 1000
                t_last = now
                base = base or rss_mb()
                print(f"{i:>6} {rss_mb():>8.1f} {cur / 2**20:>10.2f} {per:>18.1f}")
        video.on_end(feed.j)
        writer.on_end(feed.j)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak traced Python heap {peak / 2**20:.1f} MB; process peak RSS "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; "
              f"video {(out / 'video.mp4').stat().st_size / 2**20:.1f} MB, {video.frames} frames; "
              f"journal {(out / 'journal.json').stat().st_size / 1024:.0f} KB")
        t = time.perf_counter()
        page = render_report(out / "journal.json")
        print(f"report of {steps} steps: {time.perf_counter() - t:.1f} s, "
              f"{page.stat().st_size / 2**20:.1f} MB")


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


if __name__ == "__main__":
    main(*(sys.argv[1:2] or ["fair-en"]), *(int(a) for a in sys.argv[2:3]))
