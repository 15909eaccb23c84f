"""The evidence of one real audit (fair-en, explorer, real Chromium): the video plays in
Chromium for as long as the run lasted, the journal reads back into the same Journey, the report
renders with no console error and the specimen's `<script>` display name stays inert, and the
typed password is in no artifact."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from cancelcheck.api import audit
from cancelcheck.evidence.journal import SCHEMA, read_journal
from tests.evidence_kit import browser, page_errors, video_state

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "tulip-7-harbor"          # apps/fair-en.yaml's default
HOSTILE = "Alex <script>window.__pwned=1</script> Kim"


@pytest.fixture(scope="module")
def fair_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("fair-en")
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        result = audit("apps/fair-en.yaml", out_dir=out)
    finally:
        os.chdir(here)
    return result


def test_the_audit_left_every_artifact(fair_run):
    out = fair_run.out_dir
    assert fair_run.journey.outcome == "reachable"
    for name in ("journal.json", "video.mp4", "report.html"):
        assert (out / name).is_file(), name
    data = json.loads((out / "journal.json").read_text())
    assert data["schema"] == SCHEMA
    assert data["video"]["complete"] and data["video"]["file"] == "video.mp4"


def test_video_plays_in_chromium_for_as_long_as_the_run(fair_run):
    out = fair_run.out_dir
    data = json.loads((out / "journal.json").read_text())
    state = video_state(out, "video.mp4")
    assert state["error"] is None and state["readyState"] >= 2, state
    assert state["seeked"] >= 2, "the last frame did not decode"
    assert (state["width"], state["height"]) == (data["video"]["width"], data["video"]["height"])
    assert state["width"] % 2 == 0 and state["height"] % 2 == 0
    # video time is run time: the last screen, then the closing banner
    last_screen = data["screens"][-1]["t"]
    frame = 1 / 24
    assert data["video"]["banner_at"] >= last_screen
    assert abs(state["duration"] - data["video"]["end"]) <= 2 * frame, (state, data["video"])
    assert abs(state["duration"] - (data["video"]["banner_at"] + 2.0)) <= 2 * frame


def test_journal_round_trips(fair_run):
    path = fair_run.out_dir / "journal.json"
    back = read_journal(path)
    assert back.as_dict() == fair_run.journey.as_dict()
    raw = json.loads(path.read_text())
    assert {k: v for k, v in raw.items() if k in back.as_dict()} == back.as_dict()


def test_no_artifact_holds_the_typed_password(fair_run):
    assert any(s.secret for s in fair_run.journey.steps), "the audit typed no password"
    needle = PASSWORD.encode()
    for p in fair_run.out_dir.rglob("*"):
        if p.is_file():
            assert needle not in p.read_bytes(), p
    html = (fair_run.out_dir / "report.html").read_text()
    assert PASSWORD not in html


def test_report_renders_without_errors_and_app_text_stays_inert(fair_run):
    out = fair_run.out_dir
    html = (out / "report.html").read_text()
    # the specimen's hostile display name was on a screen the audit passed
    assert any(HOSTILE in p.read_text() for p in (out / "screens").glob("*.json"))
    assert not re.search(r"https?://(?!127\.0\.0\.1)", html.split("<body>")[0])
    assert "Content-Security-Policy" in html
    with browser(out) as (device, url_of):
        device.driver.get(url_of("report.html"))
        state = device.run_js(
            "return {pwned: typeof window.__pwned, title: document.title,"
            " images: Array.from(document.images).map(i => i.complete && i.naturalWidth > 0),"
            " text: document.body.innerText, video: !!document.getElementById('video')}")
        errors = page_errors(device)
        # a moment link seeks the video beside the report (opened as a file: the test server
        # does not answer range requests, which seeking needs)
        device.driver.get((out / "report.html").resolve().as_uri())
        link = device.run_js("var a = document.querySelectorAll('a[data-t]')[1];"
                             " a.click(); return parseFloat(a.getAttribute('data-t'))")
        at = device.driver.execute_async_script(
            "var done = arguments[0], v = document.getElementById('video');"
            "var check = function () { if (v.readyState >= 1 && v.currentTime > 0)"
            " done(v.currentTime); else setTimeout(check, 50); }; check();"
            "setTimeout(function () { done(v.currentTime); }, 5000);")
        errors += page_errors(device)
    assert link > 0 and at == pytest.approx(link, abs=1.0)
    assert errors == []
    assert state["pwned"] == "undefined"
    assert state["images"] and all(state["images"])
    assert state["text"].index("reachable") < state["text"].index("The shortest path")
    assert "tap 'Profile'" in state["text"] and state["video"]


def test_report_from_the_journal_alone(fair_run, tmp_path):
    """`cancelcheck report` with no device: a page for a journal with the hostile text in it,
    opened in Chromium; the text shows as text and nothing runs."""
    from cancelcheck.cli import main
    data = json.loads((fair_run.out_dir / "journal.json").read_text())
    data["reason"] = HOSTILE
    data["steps"][0]["label"] = HOSTILE
    data["findings"] = [{"type": "confirmshaming", "explanation": HOSTILE, "evidence": HOSTILE,
                         "screen": 1, "box": [0, 100, 500, 300]}]
    journal = fair_run.out_dir / "hostile.json"
    journal.write_text(json.dumps(data))
    page = tmp_path / "hostile.html"
    assert main(["report", str(journal), "--out", str(page)]) == 0
    html = page.read_text()
    assert "<script>window.__pwned" not in html
    assert html.count("&lt;script&gt;window.__pwned=1&lt;/script&gt;") >= 4
    with browser(tmp_path) as (device, url_of):
        device.driver.get(url_of("hostile.html"))
        pwned = device.run_js("return typeof window.__pwned")
        text = device.run_js("return document.body.innerText")
        errors = page_errors(device)
    assert pwned == "undefined" and HOSTILE in text
    assert errors == []
