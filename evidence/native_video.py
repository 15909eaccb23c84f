"""The device's own screen recording, kept beside video.mp4 where a backend has one (adb
screenrecord on Android, Appium's start_recording_screen on Android and iOS).

An observer: it starts the device's recording when made (so the first screen is in it) and
stops it on on_end (or close(), from audit()'s finally); the chunks land in `native/` as
video-000.mp4, video-001.mp4… with native/videos.txt listing them, and the journal's extra
names them ("native_videos"). A device without the capability is left alone; a recording that
fails to start or stop is noted in the journal, never fatal to the audit.
"""
from __future__ import annotations

from pathlib import Path


def has_native_video(device) -> bool:
    caps = getattr(device, "capabilities", None)
    return bool(getattr(caps, "native_video", False)) and hasattr(device, "start_video") \
        and hasattr(device, "stop_video")


class NativeRecording:
    def __init__(self, device, out_dir: str | Path, *, journal=None, folder: str = "native"):
        self.device = device
        self.out_dir = Path(out_dir)
        self.dir = self.out_dir / folder
        self.journal = journal
        self.files: list[Path] = []
        self.error = ""
        self.running = False
        try:
            device.start_video(self.dir)
            self.running = True
        except Exception as exc:             # a backend that cannot record: noted, not fatal
            self.error = f"native recording did not start: {exc}"
        self._note()

    def _note(self) -> None:
        if self.journal is not None:
            self.journal.extra["native_videos"] = {
                "files": [p.relative_to(self.out_dir).as_posix() for p in self.files],
                "recording": self.running, "error": self.error}

    def on_end(self, journey) -> None:
        self.close()
        if self.journal is not None:
            try:
                self.journal.write(journey)
            except OSError:      # the folder cannot be written: the journal writer says so
                pass

    def close(self) -> None:
        if not self.running:
            return
        self.running = False
        try:
            self.files = list(self.device.stop_video())
        except Exception as exc:
            self.error = f"native recording did not stop cleanly: {exc}"
        self._note()
