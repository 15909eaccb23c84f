"""The video observer on a synthetic run with known times: a 10-second countdown plays for 10
seconds in real Chromium, frames sit at their run time, the overlays are drawn, and a run that
dies mid-way still leaves a playable file."""
from __future__ import annotations

import av
import pytest
from PIL import Image, ImageDraw

from cancelcheck.records import Finding
from cancelcheck.evidence.journal import JournalWriter, read_journal
from cancelcheck.evidence.video import VideoWriter
from cancelcheck.records import Journey, ScreenRecord, Step
from cancelcheck.screens import Bounds, Element, Screen
from tests.evidence_kit import video_state

W, H = 1082, 2402     # a phone screenshot, as the web device captures fair-en


def screen(label: str, colour=(240, 240, 245)) -> Screen:
    img = Image.new("RGB", (W, H), colour)
    d = ImageDraw.Draw(img)
    d.rectangle((100, 1000, 980, 1150), fill=(40, 90, 200))
    d.text((120, 1050), label, fill="white")
    button = Element(index=0, parent=None, bounds=Bounds(100, 1000, 980, 1150), text=label,
                     clickable=True, cls="button")
    return Screen(image=img, elements=[button], source="web", app="http://x/")


class Run:
    """Feeds observers the way flows.session.Session does, at given run times."""

    def __init__(self, *observers):
        self.j = Journey(target="synthetic", backend="web")
        self.obs = observers

    def look(self, t: float, label: str) -> ScreenRecord:
        rec = ScreenRecord(index=len(self.j.screens), fingerprint=label, app="http://x/", t=t,
                           size=(W, H))
        s = screen(label)
        self.j.add_screen(rec, s)
        for o in self.obs:
            o.on_screen(self.j, rec, s)
        return rec

    def find(self, f: Finding) -> None:
        self.j.findings.append(f)
        for o in self.obs:
            o.on_finding(self.j, f)

    def step(self, **kw) -> Step:
        s = Step(index=len(self.j.steps), **kw)
        self.j.steps.append(s)
        for o in self.obs:
            o.on_step(self.j, s)
        return s

    def frame(self, t: float, label: str) -> None:
        for o in self.obs:
            if hasattr(o, "on_frame"):
                o.on_frame(self.j, screen(label), t)


def countdown_run(video, writer=None) -> Run:
    obs = [video] + ([writer] if writer else [])
    run = Run(*obs)
    run.look(1.0, "Delete account")
    run.look(2.5, "Confirm in 10")
    run.find(Finding("forced_wait", "a countdown on the confirm button", evidence="Confirm in 10",
                     screen=1, box=Bounds(100, 1000, 980, 1150)))
    run.step(kind="tap", label="tap 'Delete account'", before=0, after=1, t=2.0,
             box=Bounds(100, 1000, 980, 1150))
    for k in range(1, 10):                      # the countdown ticks, one frame a second
        run.frame(2.5 + k, f"Confirm in {10 - k}")
    run.look(12.6, "Confirm")
    run.step(kind="wait", label="wait 10.1 s", before=1, after=2, t=2.5, waited=10.1,
             counted=False)
    return run


def test_a_ten_second_countdown_plays_for_ten_seconds(tmp_path):
    video = VideoWriter(tmp_path / "video.mp4", banner_seconds=2.0)
    run = countdown_run(video)
    run.j.outcome, run.j.reason = "reachable", "final confirmation reached"
    video._offset = None                 # no wall clock here: the banner follows the last frame
    video.on_end(run.j)
    assert video.closed
    with av.open(str(tmp_path / "video.mp4")) as c:
        s = c.streams.video[0]
        assert s.codec_context.name == "h264" and s.codec_context.pix_fmt == "yuv420p"
        pts = [float(f.pts * f.time_base) for f in c.decode(s)]
    # screens and countdown frames at their run time; the first frame stands from 0
    assert pts[0] == 0
    for t in (2.0, 2.5, 3.5, 11.5, 12.6):
        assert any(abs(p - t) < 0.002 for p in pts), (t, pts)
    countdown = [p for p in pts if 2.5 <= p <= 12.6]
    assert countdown[-1] - countdown[0] == pytest.approx(10.1, abs=0.01)
    state = video_state(tmp_path, "video.mp4")
    assert state["readyState"] >= 2 and state["error"] is None, state
    assert (state["width"], state["height"]) == (540, 1198)
    assert abs(state["duration"] - (video.info()["end"])) <= 2 / 24
    assert video.info()["end"] == pytest.approx(12.6 + 0.001 + 2.0, abs=0.01)


def test_overlays_are_drawn(tmp_path):
    video = VideoWriter(tmp_path / "video.mp4")
    run = countdown_run(video)
    run.j.outcome = "reachable"
    video.on_end(run.j)
    with av.open(str(tmp_path / "video.mp4")) as c:
        frames = {round(float(f.pts * f.time_base), 3): f.to_image() for f in c.decode(video=0)}
    tap = frames[2.0]                       # the tap, drawn on the screen it was taken on
    # the ring's red where the tap landed (the button's centre, scaled to 540 wide)
    cx, cy = round(540 * 540 / 1082), round(1075 * 540 / 1082)
    red = lambda p: p[0] > 180 and p[1] < 110 and p[2] < 110     # noqa: E731
    assert any(red(tap.getpixel((cx + dx, cy))) for dx in range(-30, 31))
    assert not any(red(frames[0.0].getpixel((cx + dx, cy))) for dx in range(-30, 31))
    # the caption band at the top is dark on a light screen
    assert sum(tap.getpixel((270, 8))) < 300
    plain = frames[0.0]
    assert sum(plain.getpixel((270, 8))) < 300     # "start" caption
    last = frames[max(frames)]                     # the closing banner across the middle
    assert sum(last.getpixel((270, 599))) < 300


def test_a_run_that_dies_still_leaves_a_playable_video(tmp_path):
    writer = JournalWriter(tmp_path)
    video = VideoWriter(tmp_path / "video.mp4", journal=writer)
    run = Run(video, writer)
    run.look(0.5, "Home")
    run.look(1.5, "Profile")
    run.step(kind="tap", label="tap 'Profile'", before=0, after=1, t=1.0)
    run.look(2.5, "Settings")          # held back, waiting for its step, when the run dies
    try:
        raise RuntimeError("the app crashed")
    except RuntimeError:
        pass
    finally:
        video.close()                  # as cancelcheck.api.audit's finally does
    video.close()                      # twice is harmless
    assert video.frames >= 3
    state = video_state(tmp_path, "video.mp4")
    assert state["readyState"] >= 2 and state["error"] is None
    assert read_journal(tmp_path / "journal.json").steps[0].label == "tap 'Profile'"
    import json
    assert json.loads((tmp_path / "journal.json").read_text())["video"]["complete"]


def test_memory_stays_flat_over_a_long_run(tmp_path):
    """Only the last screens' frames are kept, whatever the length of the run."""
    video = VideoWriter(tmp_path / "video.mp4")
    run = Run(video)
    run.look(0.0, "s0")
    for i in range(1, 60):
        run.look(i * 0.5, f"s{i}")
        run.step(kind="tap", label=f"tap {i}", before=i - 1, after=i, t=i * 0.5 - 0.2)
        assert len(video._bases) <= 3
    video.on_end(run.j)
    assert video.frames >= 118
