"""report.html: one self-contained page per audit, rendered from journal.json and the saved
screens alone (no device), and summary.html over many audits.

The page leads with the outcome and difficulty, then path steps and entry depth; then the
shortest path as a list a person can follow, each finding with its annotated crop, the rules it
touches (from `policies.judge`, with the app config) and its moment in the video, and the
step-by-step timeline with thumbnails. Images are small JPEGs in data: URIs, so the file can be
mailed or attached to a complaint; nothing is fetched from the network (a CSP meta says so).
Everything from the app is escaped by Jinja's autoescape, and the only scripts that may run are
the page's own, named by their hash in the CSP.

    render_report("out/runs/x/journal.json")               -> out/runs/x/report.html
    render_summary(["out/a/journal.json", ...], "sum.html") -> a sortable table, one row per app
"""
from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from PIL import Image

from cancelcheck.policies import VERDICT_COLUMNS
from cancelcheck.records import FINDING_COLUMNS, OUTCOMES, Journey, path_lines
from cancelcheck.screens import Bounds, Screen

from . import overlay
from .journal import JournalError, read_journal
from .privacy import Redactor

THUMB_WIDTH = 160
CROP_WIDTH = 360
JPEG_QUALITY = 62

SEEK_JS = """document.addEventListener('click', function (e) {
  var a = e.target.closest('a[data-t]'); var v = document.getElementById('video');
  if (!a || !v) return; e.preventDefault();
  var t = parseFloat(a.getAttribute('data-t'));
  var go = function () { v.currentTime = t; v.play().catch(function () {}); };
  if (v.readyState >= 1) go(); else { v.addEventListener('loadedmetadata', go, {once: true}); v.load(); }
  v.scrollIntoView();
});"""

SORT_JS = """document.querySelectorAll('th[data-col]').forEach(function (th) {
  th.addEventListener('click', function () {
    var t = th.closest('table'), b = t.tBodies[0], i = +th.getAttribute('data-col');
    var asc = th.getAttribute('aria-sort') !== 'ascending';
    t.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
    var key = function (r) { var c = r.cells[i]; return c.getAttribute('data-v') || c.textContent; };
    Array.from(b.rows).sort(function (x, y) {
      var p = key(x), q = key(y), n = parseFloat(p), m = parseFloat(q);
      var d = (!isNaN(n) && !isNaN(m)) ? n - m : p.localeCompare(q);
      return asc ? d : -d;
    }).forEach(function (r) { b.appendChild(r); });
  });
});"""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f]")
_SCHEME = re.compile(r"^\s*[A-Za-z][A-Za-z0-9+.-]*:")


def _finalize(value):
    """Every {{ value }} of a page: app text may hold NUL and other control characters,
    which HTML cannot show; they become U+FFFD (then Jinja escapes the rest)."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return _CONTROL.sub("\ufffd", value)
    return value


def plain(value) -> str:
    """Text for places no markup can isolate (<title>, alt=): no control or bidi characters."""
    return _BIDI.sub("", _CONTROL.sub("\ufffd", "" if value is None else str(value)))


def rel(url) -> str:
    """A link to a file beside the page, never read as a scheme (javascript:, data:…) or as
    an absolute path: those get a leading ./"""
    url = "" if url is None else str(url)
    if _SCHEME.match(url) or url.startswith(("/", "\\")):
        return "./" + url.lstrip("/\\")
    return url


def html_env(**options) -> Environment:
    """The Jinja environment of every evidence page: autoescape on, controls replaced, and
    the filters `plain` (no bidi/controls) and `rel` (a safe relative link)."""
    env = Environment(loader=PackageLoader("cancelcheck.evidence", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      finalize=_finalize, **options)
    env.filters["plain"] = plain
    env.filters["rel"] = rel
    return env


def _env() -> Environment:
    return html_env(trim_blocks=True, lstrip_blocks=True)


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


def csp(scripts: list[str], media: bool = False) -> str:
    """Nothing from the network; images from data: only; scripts only the page's own."""
    parts = ["default-src 'none'", "img-src data:", "style-src 'unsafe-inline'",
             "script-src " + " ".join(_sha256(s) for s in scripts) if scripts else "script-src 'none'",
             "base-uri 'none'", "form-action 'none'"]
    if media:
        parts.append("media-src 'self'")
    return "; ".join(parts)


def data_uri(img: Image.Image, quality: int = JPEG_QUALITY) -> str:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality, optimize=True)
    return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def judge(journey: Journey, config=None) -> list | None:
    """The policies' verdicts, judged with the app config as the CLI and the pytest plugin
    judge them; a rule set that cannot be read becomes one verdict to review, not a lost page."""
    from cancelcheck.policies import Verdict
    from cancelcheck.policies import judge as judge_all
    try:
        return list(judge_all(journey, config))
    except Exception as exc:      # a broken rule set or check must not cost the report
        return [Verdict(clause="policies", status="review", reason=f"judge() failed: {exc}")]


@dataclass
class Run:
    """A journal read back with what the report needs from beside it."""

    path: Path
    journey: Journey
    data: dict
    folder: Path
    name: str = ""
    _screens: dict = field(default_factory=dict)

    def screen(self, index: int | None) -> tuple[Image.Image | None, Screen | None]:
        if index is None or not 0 <= index < len(self.journey.screens):
            return None, None
        rec = self.journey.screens[index]
        img = tree = None
        if rec.image:
            p = self.folder / rec.image
            if p.is_file() and _inside(p, self.folder):
                with Image.open(p) as im:
                    img = im.convert("RGB")
        if rec.tree:
            p = self.folder / rec.tree
            if p.is_file() and _inside(p, self.folder):
                try:
                    tree = Screen.from_tree_dict(json.loads(p.read_text(encoding="utf-8")), img)
                except (ValueError, KeyError, TypeError):
                    tree = None
        return img, tree


def _inside(p: Path, folder: Path) -> bool:
    try:
        return p.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def load_run(journal_path: str | Path) -> Run:
    """The journal and its folder; JournalError (one line naming the file) if it is not one."""
    path = Path(journal_path)
    journey = read_journal(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    return Run(path=path, journey=journey, data=data, folder=path.parent,
               name=str(data.get("name") or journey.target))


def _redact(img: Image.Image, screen: Screen | None, redactor: Redactor) -> Image.Image:
    return redactor.apply(img, screen) if screen is not None else img


def thumbnail(img: Image.Image, width: int = THUMB_WIDTH) -> Image.Image:
    w, h = img.size
    return img.resize((width, max(1, round(h * width / w))), Image.BILINEAR)


def finding_crop(img: Image.Image, box: Bounds | None, title: str) -> Image.Image:
    """The part of the screen around the finding's box, the box drawn and named."""
    img = img.copy()
    w, h = img.size
    if box is None:
        return thumbnail(img, CROP_WIDTH)
    overlay.box(img, box.as_list(), overlay.FINDING, title)
    margin = max(box.height, h // 8)
    top = max(0, box.y1 - margin - h // 40)
    bottom = min(h, box.y2 + margin)
    crop = img.crop((0, top, w, bottom))
    return thumbnail(crop, CROP_WIDTH)


def _fmt_t(t: float | None) -> str:
    if t is None:
        return ""
    m, s = divmod(max(0.0, t), 60)
    return f"{int(m)}:{s:04.1f}"


def report_context(run: Run, *, redactor: Redactor | None = None,
                   out_path: Path | None = None, config=None) -> dict:
    j = run.journey
    redactor = redactor or Redactor(personal=bool(run.data.get("blur")))
    out_path = out_path or run.folder / "report.html"
    video = run.data.get("video") or {}
    video_src = ""
    if video.get("file"):
        vp = run.folder / video["file"]
        rel = os.path.relpath(vp, out_path.parent).replace(os.sep, "/")
        if vp.is_file() and not rel.startswith("../"):    # beside the page (or below it) only
            video_src = rel
    thumbs: dict[int, str] = {}
    crops: dict[int, str] = {}
    wanted_crops = {i: f for i, f in enumerate(j.findings) if f.screen is not None}
    for rec in j.screens:
        img, tree = run.screen(rec.index)
        if img is None:
            continue
        img = _redact(img, tree, redactor)
        thumbs[rec.index] = data_uri(thumbnail(img))
        for i, f in wanted_crops.items():
            if f.screen == rec.index:
                crops[i] = data_uri(finding_crop(img, f.box, f.title))
        del img, tree
    numbers, n = {}, 0
    for s in j.steps:
        if s.counted:
            n += 1
            numbers[s.index] = n
    on_path = set(j.path)
    verdicts = judge(j, config)
    rows = []
    for s in j.steps:
        rows.append({"step": s, "number": numbers.get(s.index), "on_path": s.index in on_path,
                     "thumb": thumbs.get(s.after), "t": _fmt_t(s.t), "seek": round(s.t, 3)})
    findings = []
    for i, f in enumerate(j.findings):
        t = j.screens[f.screen].t if f.screen is not None and 0 <= f.screen < len(j.screens) else None
        rules = [{"status": v.status, "cells": dict(zip(VERDICT_COLUMNS, v.cells(j.findings)))}
                 for v in verdicts if i in v.findings]
        findings.append({"f": f, "cells": f.cells(), "crop": crops.get(i), "t": t,
                         "at": _fmt_t(t), "rules": rules})
    start_thumb = thumbs.get(0)
    return {"run": run, "j": j, "name": run.name, "path": path_lines(j), "rows": rows,
            "findings": findings, "finding_columns": FINDING_COLUMNS,
            "verdicts": [(v.status, v.cells(j.findings)) for v in verdicts],
            "verdict_columns": VERDICT_COLUMNS, "video_src": video_src,
            "video": video, "start_thumb": start_thumb,
            "native": (run.data.get("native_videos") or {}).get("files", []),
            "outcome_class": j.outcome if j.outcome in OUTCOMES else "error",
            "blurred": redactor.personal, "fmt_t": _fmt_t}


def render_report(journal_path: str | Path, out: str | Path | None = None, *,
                  redactor: Redactor | None = None, config=None) -> Path:
    """Write report.html (beside the journal unless `out` says where); returns its path.
    `config`: the app config the run was audited with (the rules that read it — sign-up
    steps, regulated, deletion_url … — judge with it)."""
    run = load_run(journal_path)
    out_path = Path(out) if out else run.folder / "report.html"
    try:
        ctx = report_context(run, redactor=redactor, out_path=out_path, config=config)
        scripts = [SEEK_JS] if ctx["video_src"] else []
        html = _env().get_template("report.html.j2").render(
            **ctx, csp=csp(scripts, media=bool(ctx["video_src"])),
            scripts=[Markup(s) for s in scripts])
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError) as exc:
        raise JournalError(f"{run.path}: journal is damaged ({type(exc).__name__}: "
                           f"{plain(exc)[:200]})") from None
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_suffix(out_path.suffix + ".tmp")
    try:
        tmp.write_text(html, encoding="utf-8")
        os.replace(tmp, out_path)
    except OSError:
        tmp.unlink(missing_ok=True)          # a full disk leaves no half-written page behind
        raise
    return out_path


class ReportWriter:
    """An observer that renders report.html once the run ends (after the JournalWriter's last
    write: put it after the writer in the observer list)."""

    def __init__(self, journal_path: str | Path, *, redactor: Redactor | None = None,
                 config=None):
        self.journal_path = Path(journal_path)
        self.redactor, self.config = redactor, config
        self.path: Path | None = None
        self.error = ""

    def on_end(self, journey) -> None:
        try:
            self.path = render_report(self.journal_path, redactor=self.redactor,
                                      config=self.config)
        except (JournalError, OSError) as exc:     # the journal is the evidence; the page is extra
            self.error = str(exc)


# -- many audits -----------------------------------------------------------------------------------
def find_journals(paths: list[str | Path]) -> list[Path]:
    """journal.json files: given directly, or found under the folders given."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(p.rglob("journal.json"))
        else:
            out.append(p)
    return out


def render_summary(journals: list[str | Path], out: str | Path, *,
                   title: str = "cancelcheck: account deletion, audited") -> Path:
    """One sortable row per audit; JournalError names the first bad journal."""
    out = Path(out)
    rank = {o: i for i, o in enumerate(OUTCOMES)}
    rows = []
    for jp in journals:
        run = load_run(jp)
        j = run.journey
        report = run.folder / "report.html"
        rows.append({"name": run.name, "outcome": j.outcome or "-",
                     "rank": rank.get(j.outcome, len(OUTCOMES)),
                     "difficulty": j.difficulty or "-",
                     "drank": {"easy": 0, "medium": 1, "hard": 2, "impossible": 3}.get(j.difficulty, 4),
                     "path_steps": j.path_steps, "entry_depth": j.entry_depth, "effort": j.effort,
                     "wait": round(j.wait_seconds), "findings": len(j.findings),
                     "types": ", ".join(sorted({f.title for f in j.findings})),
                     "started": j.started, "backend": j.backend,
                     "report": os.path.relpath(report, out.parent).replace(os.sep, "/")
                     if report.is_file() else "",
                     "journal": os.path.relpath(run.path, out.parent).replace(os.sep, "/")})
    try:
        html = _env().get_template("summary.html.j2").render(
            title=title, rows=rows, csp=csp([SORT_JS]), script=Markup(SORT_JS))
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError) as exc:
        raise JournalError(f"{out}: a journal is damaged ({type(exc).__name__}: "
                           f"{plain(exc)[:200]})") from None
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out
