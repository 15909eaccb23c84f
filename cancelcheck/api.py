"""The public face: audit() a target and get its journey, with the evidence on disk.

    from cancelcheck import audit
    result = audit("apps/fair-en.yaml")        # or a specimen name, or a URL
    result.journey.outcome, result.journey.path_steps, result.out_dir
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from cancelcheck.evidence.files import safe_name
from cancelcheck.evidence.journal import JournalWriter
from cancelcheck.evidence.native_video import NativeRecording, has_native_video
from cancelcheck.evidence.privacy import Redactor, names_from_credentials
from cancelcheck.evidence.report import ReportWriter
from cancelcheck.evidence.video import VideoWriter
from cancelcheck.flows.audit import AuditOptions, run_audit
from cancelcheck.flows.flowfile import Flow, parse_file
from cancelcheck.records import Journey
from cancelcheck.specimens import catalog

from .config import AppConfig, load_config
from .targets import opened

APPS_DIR = Path("apps")


@dataclass
class AuditResult:
    journey: Journey
    out_dir: Path
    config: AppConfig | None = None


def resolve(target: str) -> tuple[str, AppConfig | None]:
    """A TARGET into (device target, app config): a config file, a specimen name (with its
    config from apps/ when there is one), or a URL / device spec."""
    if target.endswith((".yaml", ".yml")):
        cfg = load_config(target)
        return cfg.target, cfg
    if target in catalog.names():
        cfg_path = APPS_DIR / f"{target}.yaml"
        if cfg_path.is_file():
            return target, load_config(cfg_path)
    return target, None


def device_options_from(cfg: AppConfig, device_target: str) -> dict:
    """What the app config tells the device: hosts for the web, the package for Android,
    the capabilities for Appium."""
    scheme = device_target.split(":", 1)[0]
    if scheme == "u2":
        return {k: v for k, v in (("package", cfg.app.get("package")),
                                  ("activity", cfg.app.get("activity"))) if v}
    if scheme == "appium":
        if cfg.capabilities:
            return {"capabilities": dict(cfg.capabilities)}
        return {"allow_hosts": cfg.allow_hosts} if cfg.allow_hosts else {}   # a web app in Chromium
    return {"allow_hosts": cfg.allow_hosts} if cfg.allow_hosts else {}


def audit(target: str, *, flow: str | Flow | None = None, commit: bool | None = None,
          budget_steps: int | None = None, budget_seconds: float | None = None,
          out_dir: str | Path | None = None, observers=(), save_images: bool = True,
          device_options: dict | None = None, video: bool = True, report: bool = True,
          native_video: bool = True, blur: bool = False,
          blur_names: tuple[str, ...] | list[str] = (), device: str | None = None) -> AuditResult:
    """Audit a target; the evidence lands in out_dir: journal.json and screens/ always,
    video.mp4 (video=True), report.html (report=True), the device's own recording in native/
    where the backend has one (native_video=True). blur=True blurs personal data (phone and ID
    numbers, e-mail addresses, the config's user name / e-mail / phone, blur_names) in the
    video and the report's images; typed secrets are blurred whatever blur says.
    device= runs the target on another device (u2:SERIAL, appium:URL — where a web target opens
    in Chromium through Appium), as a pytest-xdist worker's pool entry does."""
    device_target, cfg = resolve(target)
    name = cfg.name if cfg else safe_name(target.split("://")[-1], "target")
    out = Path(out_dir) if out_dir else Path("out") / "runs" / f"{safe_name(name)}-{time.strftime('%Y%m%d-%H%M%S')}"
    opts = AuditOptions()
    if cfg is not None:
        opts.credentials = dict(cfg.credentials)
        opts.flow, opts.login, opts.commit = cfg.flow, cfg.login, cfg.commit
        opts.login_auto = cfg.login_auto
        opts.budget_steps, opts.budget_seconds = cfg.budget_steps, cfg.budget_seconds
        if cfg.signup_phone is not None:
            opts.detector_settings["signup_phone"] = cfg.signup_phone
    if flow is not None:
        opts.flow = flow if isinstance(flow, Flow) else parse_file(flow)
    if commit is not None:
        opts.commit = commit
    if budget_steps is not None:
        opts.budget_steps = budget_steps
    if budget_seconds is not None:
        opts.budget_seconds = budget_seconds
    writer = JournalWriter(out, save_images=save_images)
    writer.extra = {"name": name, "config": str(cfg.path) if cfg else None}
    options = dict(device_options or {})
    if cfg is not None:
        options.update({k: v for k, v in device_options_from(cfg, device or device_target).items()
                        if k not in options})
    redactor = Redactor(personal=blur, names=(
        *(names_from_credentials(cfg.credentials) if cfg is not None else ()), *blur_names))
    if blur:
        writer.extra["blur"] = True
    evidence: list = []
    with opened(device_target, on=device, **options) as dev:
        try:
            if video:
                evidence.append(VideoWriter(out / "video.mp4", redactor=redactor, journal=writer))
            if native_video and has_native_video(dev):
                evidence.append(NativeRecording(dev, out, journal=writer))
            after = [ReportWriter(writer.path, redactor=redactor, config=cfg)] if report else []
            journey = run_audit(dev, name, opts,
                                observers=[*evidence, writer, *observers, *after])
        finally:        # a crash or Ctrl-C still leaves a playable video
            for o in evidence:
                o.close()
    return AuditResult(journey=journey, out_dir=out, config=cfg)
