"""The device's own recording is kept where a backend has one: started with the run, stopped
at its end (or in audit()'s finally), its files named in the journal. The device here is a
stand-in with the two methods the observer calls (the backends' recorders are tested with
them: devices/adb_video.py, devices/appium.py)."""
from __future__ import annotations

import json

from cancelcheck.devices.base import Capabilities
from cancelcheck.evidence.journal import JournalWriter
from cancelcheck.evidence.native_video import NativeRecording, has_native_video
from cancelcheck.records import Journey


class Recorder:
    capabilities = Capabilities(native_video=True)

    def __init__(self):
        self.started = self.stopped = 0

    def start_video(self, out_dir):
        self.started += 1
        self.dir = out_dir
        out_dir.mkdir(parents=True, exist_ok=True)

    def stop_video(self):
        self.stopped += 1
        files = [self.dir / "video-000.mp4", self.dir / "video-001.mp4"]
        for f in files:
            f.write_bytes(b"\0")
        (self.dir / "videos.txt").write_text("".join(f"{f.name}\n" for f in files))
        return files


class NoVideo:
    capabilities = Capabilities(native_video=False)


def test_native_recording_is_started_stopped_and_listed(tmp_path):
    device = Recorder()
    assert has_native_video(device) and not has_native_video(NoVideo())
    writer = JournalWriter(tmp_path, save_images=False)
    rec = NativeRecording(device, tmp_path, journal=writer)
    assert device.started == 1 and rec.running
    j = Journey(target="x", outcome="reachable")
    rec.on_end(j)
    rec.close()                                   # audit()'s finally: nothing more happens
    assert device.stopped == 1
    data = json.loads((tmp_path / "journal.json").read_text())
    assert data["native_videos"]["files"] == ["native/video-000.mp4", "native/video-001.mp4"]
    assert (tmp_path / "native" / "videos.txt").read_text().split() == ["video-000.mp4",
                                                                       "video-001.mp4"]


def test_a_recorder_that_fails_is_noted_not_fatal(tmp_path):
    class Broken(Recorder):
        def start_video(self, out_dir):
            raise RuntimeError("screenrecord: not found")
    writer = JournalWriter(tmp_path, save_images=False)
    rec = NativeRecording(Broken(), tmp_path, journal=writer)
    rec.on_end(Journey(target="x"))
    data = json.loads((tmp_path / "journal.json").read_text())
    assert "screenrecord: not found" in data["native_videos"]["error"]
    assert not data["native_videos"]["recording"]
