"""A long run keeps memory flat and its output bounded: a screenshot seen before is stored once,
the video's frames stay small, Python's heap does not grow with the steps.

The screens are real captures of a specimen in Chromium; the run is fed to the real journal and
video writers by tests/feeder.py (a stand-in for the Session, so no explorer is needed to make
hundreds of steps). Sizes and memory are asserted, never times."""
from __future__ import annotations

import gc
import json
import tracemalloc

import av
import pytest

from cancelcheck.evidence.journal import JournalWriter, read_journal
from cancelcheck.evidence.video import VideoWriter

from .feeder import Feeder

ROUTES = ("#/home", "#/profile", "#/settings", "#/delete")


@pytest.fixture(scope="module")
def screens(specimen_server):
    from cancelcheck.devices.web import WebDevice
    with WebDevice(specimen_server.url("fair-en")) as device:
        device.start()
        shots = []
        for route in ROUTES:
            device.run_js("location.hash = arguments[0]", route)
            device.wait_idle()
            shots.append(device.capture())
    return shots


def test_a_screenshot_seen_before_is_stored_once(screens, tmp_path):
    writer = JournalWriter(tmp_path)
    feed = Feeder(screens, [writer])
    feed.screen()
    for _ in range(39):
        feed.step()
    pngs = sorted((tmp_path / "screens").glob("*.png"))
    assert [p.name for p in pngs] == ["0000.png", "0001.png", "0002.png", "0003.png"]
    assert len(list((tmp_path / "screens").glob("*.json"))) == 40      # every tree is kept
    journey = read_journal(tmp_path / "journal.json")
    assert journey.screens[4].image == "screens/0000.png"               # screen 4 looks like 0
    assert journey.screens[7].image == "screens/0003.png"
    assert all((tmp_path / r.image).is_file() for r in journey.screens)


def test_every_new_picture_is_stored(screens, tmp_path):
    writer = JournalWriter(tmp_path)
    feed = Feeder(screens, [writer], distinct=True)
    feed.screen()
    for _ in range(7):
        feed.step()
    assert len(list((tmp_path / "screens").glob("*.png"))) == 8


def test_memory_stays_flat_and_video_frames_stay_small_over_a_long_run(screens, tmp_path):
    writer = JournalWriter(tmp_path)
    video = VideoWriter(tmp_path / "video.mp4", journal=writer)
    feed = Feeder(screens, [video, writer], distinct=True)
    gc.collect()
    tracemalloc.start()
    try:
        feed.screen()
        heap = {}
        for i in range(1, 161):
            feed.step()
            if i in (40, 160):
                gc.collect()
                heap[i] = tracemalloc.get_traced_memory()[0]
    finally:
        video.on_end(feed.j)
        writer.on_end(feed.j)
        tracemalloc.stop()
    # 120 more steps add only their records (a few hundred bytes each), no images or frames
    assert heap[160] - heap[40] < 1.5 * 2**20, heap
    with av.open(str(tmp_path / "video.mp4")) as f:
        stream = f.streams.video[0]
        assert stream.width == 540
        frames = sum(1 for _ in f.decode(stream))
    size = (tmp_path / "video.mp4").stat().st_size
    assert frames >= 160 and size / frames < 40 * 1024, (size, frames)
    assert json.loads((tmp_path / "journal.json").read_text())["steps"][-1]["index"] == 159
