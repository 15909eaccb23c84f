"""The small test pages of tests/data/pages/ (one general failure kind each, none a copy of a
real app), served by the specimen server from that folder, and an audit of one of them on a
real phone-sized Chromium."""
from __future__ import annotations

from pathlib import Path

from cancelcheck.devices.web import WebDevice
from cancelcheck.flows.audit import AuditOptions, run_audit
from cancelcheck.records import Journey
from cancelcheck.specimens.server import SpecimenServer

PAGES = Path(__file__).resolve().parent / "data" / "pages"


def pages_server() -> SpecimenServer:
    return SpecimenServer(root=PAGES)


def audit_page(server: SpecimenServer, page: str, options: AuditOptions | None = None,
               observers=()) -> Journey:
    """Audit http://127.0.0.1:PORT/PAGE (a folder, or a folder/file?query) from a fresh start."""
    url = f"{server.base_url}/{page}" + ("" if "." in page.rsplit("/", 1)[-1] else "/")
    device = WebDevice(url)
    try:
        device.start(fresh=True)
        return run_audit(device, page, options or AuditOptions(), observers=observers)
    finally:
        device.close()


def capture_page(server: SpecimenServer, page: str):
    """One capture of http://127.0.0.1:PORT/PAGE from a fresh start (the device closed after)."""
    device = WebDevice(f"{server.base_url}/{page}")
    try:
        device.start(fresh=True)
        return device.capture()
    finally:
        device.close()


def show(j: Journey) -> str:
    """The journey in a few lines, for assertion messages."""
    lines = [f"{j.outcome} ({j.reason}) path={j.path_steps} effort={j.effort}"]
    lines += [f"  {s.index} {s.kind} {s.label!r} {s.note[:60]!r}" for s in j.steps]
    lines += [f"  finding {f.type} {f.evidence[:60]!r}" for f in j.findings]
    return "\n".join(lines)
