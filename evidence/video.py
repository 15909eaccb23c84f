"""video.mp4: the run as a browser-playable H.264 video, built from the screens and the frames
taken during waits, with what happened drawn on it.

An observer for flows.session.Session. Each frame is placed on the timeline at its real time
(ScreenRecord.t, Step.t, the t given to on_frame, all seconds since the run began), with a
variable frame rate: a frame stays on screen until the next one, so a 10-second countdown plays
for 10 seconds and video time equals journal time (a finding on screen 4 is at ScreenRecord.t
seconds into the video).

Overlays: the step number and action label (Step.label, already secret-safe), a ring where the
tap landed and the target's box, drawn on the screen the action was taken on from the moment it
started; each finding's box and name on its screen; "waiting N s" on frames during waits; and a
closing banner with the outcome, held for `banner_seconds`.

The screen a step leads to is told to observers before the step itself, so one screen is held
back until its step (or the next screen) arrives: at most two small images are in memory, and
each frame goes to the encoder at once, so memory stays flat however long the run.

The file is finalised on on_end, and also by close() from a `finally` in cancelcheck.api.audit
or at interpreter exit, so Ctrl-C or a crash still leaves a playable MP4 of everything before it.
H.264 (libx264, yuv420p, even dimensions, no B-frames) in MP4 with the index at the front
(faststart), which Chromium, Firefox and Safari play.
"""
from __future__ import annotations

import atexit
import os
import time
from fractions import Fraction
from pathlib import Path

from PIL import Image

from . import overlay
from .privacy import Redactor

TIME_BASE = Fraction(1, 1000)     # PTS in milliseconds of run time
WIDTH = 540                       # frames are scaled to this width (measured: benchmarks/evidence_cost.py)
RESERVE = 4 * 2**20               # bytes held on the output's disk to finish the video when it fills
LOW_WATER = 2**20                 # free bytes under which the video stops and finishes in the reserve


class DiskReserve:
    """A file of RESERVE bytes really allocated beside the video. When the disk runs low
    (another writer, or the run's own screens, filled it), the video stops, gives the space
    back and finishes its MP4 in it: a full disk leaves a playable video of the run up to then,
    where FFmpeg, once one of its writes fails, could not write the MP4's index at all."""

    def __init__(self, path: Path):
        self.path = path
        self.held = False
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                os.posix_fallocate(fd, 0, RESERVE)
            finally:
                os.close(fd)
            self.held = True
        except OSError:               # no room even for the reserve: record without one
            self.release()

    def low(self) -> bool:
        if not self.held:
            return False
        try:
            st = os.statvfs(self.path.parent)
        except OSError:
            return False
        return st.f_bavail * st.f_frsize < LOW_WATER

    def release(self) -> None:
        self.held = False
        try:
            self.path.unlink()
        except OSError:
            pass


def _even(n: float) -> int:
    n = int(round(n))
    return max(2, n - (n % 2))


def step_numbers(journey) -> dict[int, int]:
    """Step index → its number among counted (user) steps, from 1."""
    out, n = {}, 0
    for s in journey.steps:
        if s.counted:
            n += 1
            out[s.index] = n
    return out


def step_title(step, number: int | None) -> str:
    return f"Step {number}: {step.label}" if number else step.label


class VideoWriter:
    """Streams the run into an MP4 as it happens. `journal` (a JournalWriter) gets the video's
    name and timing in its extra, so the report can link to moments in it."""

    def __init__(self, path: str | Path, *, width: int = WIDTH, banner_seconds: float = 2.0,
                 redactor: Redactor | None = None, journal=None, crf: int = 30,
                 preset: str = "veryfast"):
        self.path = Path(path)
        self.width = _even(width)
        self.height: int | None = None
        self.banner_seconds = banner_seconds
        self.redactor = redactor or Redactor()
        self.journal = journal
        self.crf, self.preset = crf, preset
        self.frames = 0
        self.last_t = -1.0            # run time of the last frame sent to the encoder
        self.closed = False
        self.error = ""               # why the file could not be written, if it could not
        self._container = None
        self._stream = None
        self._reserve: DiskReserve | None = None
        self._last_pts = -1
        self._offset: float | None = None        # monotonic() - run time
        self._bases: dict[int, tuple[Image.Image, float]] = {}   # screen index → (frame, scale)
        self._held = None                        # (record, journey) not yet shown
        self._held_findings: list = []
        self._shown: int | None = None           # screen index shown last
        self._journey = None
        self._step_seen: set[int] = set()
        self._wait_from: float | None = None
        atexit.register(self.close)

    # -- frames ----------------------------------------------------------------------------------
    def _open(self, height: int) -> None:
        import av
        self.height = height
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._container = av.open(str(self.path), "w", format="mp4",
                                      options={"movflags": "+faststart"})
        except (OSError, av.error.FFmpegError) as exc:
            self._broke(exc)
            return
        self._reserve = DiskReserve(self.path.with_name(self.path.name + ".reserve"))
        s = self._container.add_stream("libx264")
        s.width, s.height, s.pix_fmt = self.width, height, "yuv420p"
        s.time_base = TIME_BASE
        s.codec_context.time_base = TIME_BASE
        s.options = {"preset": self.preset, "crf": str(self.crf), "bf": "0", "g": "30",
                     "threads": "2"}
        self._stream = s

    def _base(self, screen) -> tuple[Image.Image, float] | None:
        """The screenshot scaled into the video's frame (letterboxed if its shape differs),
        with private boxes blurred; and the scale from screenshot to frame pixels."""
        img = screen.image if screen is not None else None
        if img is None:
            return None
        w, h = img.size
        if self.height is None:
            self._open(_even(h * self.width / w))
        scale = min(self.width / w, self.height / h)
        size = (max(1, round(w * scale)), max(1, round(h * scale)))
        small = img.convert("RGB").resize(size, Image.BILINEAR)
        small = self.redactor.apply(small, screen, scale)
        if size != (self.width, self.height):
            canvas = Image.new("RGB", (self.width, self.height), (0, 0, 0))
            canvas.paste(small, (0, 0))
            small = canvas
        return small, scale

    def _broke(self, exc: Exception) -> None:
        """The file cannot be written (a full disk, a folder gone): stop encoding, say why in
        the video's entry of the journal, never stop the run for it — the journal writer, in
        the same folder, tells the run."""
        why = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        self.error = self.error or f"{self.path} could not be written: {why}"
        container, self._container = self._container, None
        if container is not None:
            try:
                container.close()
            except Exception:          # a broken file closes as it can
                pass

    def _emit(self, img: Image.Image, t: float) -> None:
        if self.closed or self._container is None:
            return
        if self._reserve is not None and self._reserve.low():
            self._stop_early()
            return
        import av
        pts = max(int(round(max(t, 0.0) * 1000)), self._last_pts + 1)
        if self.frames == 0:
            pts = 0               # the first screen stands from the start of the run
        frame = av.VideoFrame.from_image(img)
        frame.pts, frame.time_base = pts, TIME_BASE
        try:
            for packet in self._stream.encode(frame):
                self._container.mux(packet)
        except (OSError, av.error.FFmpegError) as exc:
            self._broke(exc)
            return
        self._last_pts = pts
        self.last_t = pts / 1000
        self.frames += 1

    def _now(self) -> float:
        return time.monotonic() - self._offset if self._offset is not None else self.last_t

    # -- what is drawn ---------------------------------------------------------------------------
    def _findings_on(self, img, scale, findings) -> None:
        for f in findings:
            if f.box is not None:
                overlay.box(img, f.box.scaled(scale).as_list(), overlay.FINDING, f.title)

    def _flush_held(self, title: str = "", sub: str = "") -> None:
        if self._held is None:
            return
        record, base = self._held
        self._held = None
        findings, self._held_findings = self._held_findings, []
        if base is None:                     # no screenshot: keep showing what was there
            return
        img, scale = base
        img = img.copy()
        self._findings_on(img, scale, findings)
        names = sorted({f.title for f in findings})
        overlay.caption(img, title or (f"screen {record.index}" if record.index else "start"),
                        sub=sub or (("found: " + ", ".join(names)) if names else ""), top=True)
        self._emit(img, record.t)
        self._shown = record.index

    def _remember(self, index: int, base) -> None:
        if base is not None:
            self._bases[index] = base
        for old in [i for i in self._bases if i < index - 2]:
            del self._bases[old]

    # -- observer ----------------------------------------------------------------------------------
    def on_screen(self, journey, record, screen) -> None:
        self._journey = journey
        if self._offset is None:
            self._offset = time.monotonic() - record.t
        self._flush_held()
        base = self._base(screen)
        self._remember(record.index, base)
        self._held = (record, base)
        self._wait_from = None

    def on_finding(self, journey, finding) -> None:
        if self._held is not None and finding.screen == self._held[0].index:
            self._held_findings.append(finding)

    def on_frame(self, journey, screen, t: float) -> None:
        self._journey = journey
        self._flush_held()
        if self._wait_from is None:
            self._wait_from = self.last_t if self.last_t >= 0 else t
        base = self._base(screen)
        if base is None:
            return
        img = base[0].copy()
        overlay.caption(img, f"waiting · {max(0.0, t - self._wait_from):.0f} s",
                        sub="the app makes the user wait")
        self._emit(img, t)

    def on_step(self, journey, step) -> None:
        self._journey = journey
        number = step_numbers(journey).get(step.index)
        title = step_title(step, number)
        before = self._bases.get(step.before)
        if step.kind not in ("wait",) and before is not None and step.t * 1000 > self._last_pts:
            img, scale = before
            img = img.copy()
            if step.box is not None:
                overlay.box(img, step.box.scaled(scale).as_list(), overlay.TARGET)
            point = step.point or (step.box.center if step.box is not None else None)
            if point is not None and step.kind in ("tap", "type", "choose"):
                overlay.ring(img, (point[0] * scale, point[1] * scale))
            overlay.caption(img, title, sub=step.note[:120] if step.note else "")
            self._emit(img, step.t)
        held = self._held
        if held is not None and held[0].index == step.after:
            self._flush_held(title=title, sub=f"after the {step.kind}" if step.kind != "wait"
                             else "after waiting")
        else:
            self._flush_held()
        self._wait_from = None

    def on_end(self, journey) -> None:
        self._journey = journey
        self.close()

    # -- the end -------------------------------------------------------------------------------------
    def _banner(self, journey) -> None:
        base = self._bases.get(self._shown) if self._shown is not None else None
        if base is None or self._container is None:
            return
        img = base[0].copy()
        lines = [journey.reason or ""]
        lines.append(f"path steps {journey.path_steps if journey.path_steps is not None else '-'}"
                     f" · entry depth {journey.entry_depth if journey.entry_depth is not None else '-'}"
                     f" · effort {journey.effort}"
                     + (f" · forced wait {journey.wait_seconds:.0f} s" if journey.wait_seconds else ""))
        types = sorted({f.title for f in journey.findings})
        if types:
            lines.append("found: " + ", ".join(types))
        title = journey.outcome or "interrupted"
        if journey.difficulty:
            title += f" ({journey.difficulty})"
        overlay.banner(img, title, lines, overlay.OUTCOME_COLOURS.get(journey.outcome,
                                                                      (142, 142, 147)))
        t_end = max(self._now(), self.last_t + 0.001)
        self._emit(img, t_end)
        self.banner_at = self.last_t
        self._emit(img, t_end + self.banner_seconds)

    def _stop_early(self) -> None:
        """The disk is (nearly) full: give the reserve back and finish the MP4 in it now, at
        the last frame written; later frames are dropped."""
        self.error = self.error or (f"{self.path} stopped at {max(self.last_t, 0):.1f} s: "
                                    f"the disk holding {self.path.parent} is full")
        self._finish_file()

    def _finish_file(self) -> None:
        """The reserve given back first (the room to finish in), then the encoder's last
        packets and the MP4's index."""
        import av
        if self._reserve is not None:
            self._reserve.release()
        container, self._container = self._container, None
        if container is not None:
            try:
                for packet in self._stream.encode():
                    container.mux(packet)
                container.close()
            except (OSError, av.error.FFmpegError) as exc:
                self._container = container
                self._broke(exc)

    def info(self) -> dict:
        info = {"file": self.path.name, "width": self.width, "height": self.height,
                "frames": self.frames, "end": round(self.last_t, 3),
                "banner_at": round(getattr(self, "banner_at", self.last_t), 3),
                "complete": self.closed and not self.error}
        if self.error:
            info["error"] = self.error
        return info

    def close(self) -> None:
        """Finalise the MP4 (idempotent): the closing banner, the encoder's last packets, the
        index. Called on on_end, from audit()'s finally, and at exit."""
        if self.closed:
            return
        try:
            if self._container is not None:
                try:
                    self._flush_held()
                    if self._journey is not None:
                        self._banner(self._journey)
                finally:
                    self._finish_file()       # (a no-op when a full disk finished it already)
        finally:
            if self._reserve is not None:
                self._reserve.release()
            self.closed = True
            self._bases.clear()
            atexit.unregister(self.close)
            if self.journal is not None and self.frames:
                self.journal.extra["video"] = self.info()
                if self._journey is not None:
                    try:
                        self.journal.write(self._journey)
                    except OSError:      # the folder is gone (at exit): the video stands alone
                        pass
