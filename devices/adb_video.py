"""Native video on Android: `adb shell screenrecord` in chunks, pulled to the host and listed.

screenrecord stops by itself after 3 minutes, so each chunk is recorded with `--time-limit 170`
and the next starts at once (a gap of well under a second between chunks). stop() interrupts the
running chunk with SIGINT on the device (screenrecord then finalises its MP4), pulls every chunk
to `out_dir/video-000.mp4`, `video-001.mp4`…, deletes them from the device, and returns the
paths in order; `out_dir/videos.txt` lists them. uiautomator2's own screenrecord is broken in
3.x, so it is not used.
"""
from __future__ import annotations

import secrets
import subprocess
import threading
from pathlib import Path

from .adb import run_adb
from .errors import DeviceError

CHUNK_SECONDS = 170          # under screenrecord's 180-second cap
REMOTE_DIR = "/sdcard"


class AdbScreenRecorder:
    def __init__(self, adb: str, serial: str, out_dir: str | Path, *,
                 chunk_seconds: int = CHUNK_SECONDS, bit_rate: int | None = None):
        if not 1 <= chunk_seconds <= 180:
            raise ValueError("chunk_seconds must be between 1 and 180 (screenrecord's cap)")
        self.adb, self.serial = adb, serial
        self.out_dir = Path(out_dir)
        self.chunk_seconds = chunk_seconds
        self.bit_rate = bit_rate
        self.tag = "cancelcheck-" + secrets.token_hex(4)
        self.remote: list[str] = []          # chunk files on the device, in order
        self.files: list[Path] = []          # chunk files pulled to the host, in order
        self._stop = threading.Event()
        self._proc: subprocess.Popen | None = None
        self._thread: threading.Thread | None = None
        self.error = ""

    def _command(self, remote: str) -> list[str]:
        cmd = [self.adb, "-s", self.serial, "shell", "screenrecord",
               "--time-limit", str(self.chunk_seconds)]
        if self.bit_rate:
            cmd += ["--bit-rate", str(self.bit_rate)]
        return cmd + [remote]

    def _loop(self) -> None:
        n = 0
        while not self._stop.is_set():
            remote = f"{REMOTE_DIR}/{self.tag}-{n:03d}.mp4"
            self.remote.append(remote)
            try:
                self._proc = subprocess.Popen(self._command(remote), stdin=subprocess.DEVNULL,
                                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            except OSError as exc:
                self.error = f"screenrecord could not start: {exc.strerror}"
                return
            out, _ = self._proc.communicate()
            if self._proc.returncode not in (0, 130, -2) and not self._stop.is_set():
                lines = out.decode("utf-8", "replace").strip().splitlines()
                self.error = "screenrecord failed: " + (lines[-1] if lines else
                                                        f"exit {self._proc.returncode}")
                return
            n += 1

    def start(self) -> None:
        if self._thread is not None:
            raise DeviceError("the screen is already being recorded")
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._thread = threading.Thread(target=self._loop, name=self.tag, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 20.0) -> list[Path]:
        """Stop recording; pull, list and return the chunks (each a playable MP4)."""
        if self._thread is None:
            return self.files
        self._stop.set()
        # SIGINT to this recorder's screenrecord only (its file name carries our tag).
        run_adb(self.adb, ["shell", "pkill", "-INT", "-f", self.tag], serial=self.serial,
                timeout=10, check=False)
        self._thread.join(timeout)
        if self._thread.is_alive() and self._proc is not None:
            self._proc.kill()
            self._thread.join(5)
        for i, remote in enumerate(self.remote):
            local = self.out_dir / f"video-{i:03d}.mp4"
            pulled = run_adb(self.adb, ["pull", remote, str(local)], serial=self.serial,
                             timeout=120, check=False)
            run_adb(self.adb, ["shell", "rm", "-f", remote], serial=self.serial,
                    timeout=10, check=False)
            if pulled.returncode == 0 and local.exists() and local.stat().st_size > 0:
                self.files.append(local)
        (self.out_dir / "videos.txt").write_text(
            "".join(f"{p.name}\n" for p in self.files), encoding="utf-8")
        self._thread = None
        return self.files
