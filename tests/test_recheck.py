"""The re-check of a promised waiting period, on real Chromium: an app whose account lives on its
server (tests/data/pages/waiting.html behind a small stateful server here) promises deletion
"within 15 working days"; a committed run records that promise with its due day; `cancelcheck
recheck` refuses before the day, signs in again after it (or with --now), links the two journals
both ways, and the verdict cn-miit-2019-promise-kept says whether the promise was kept.

Due days are counted by hand (below), on China's official calendar as the chinesecalendar
package publishes it for Chinese promises, Monday to Friday otherwise.
"""
from __future__ import annotations

import json
import subprocess
import sys
import threading
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from cancelcheck.detectors.waiting_days import due_date, region_of
from cancelcheck.evidence.journal import read_journal

ROOT = Path(__file__).resolve().parent.parent
PAGE = (Path(__file__).parent / "data" / "pages" / "waiting.html").read_bytes()
EXE = Path(sys.executable).parent / "cancelcheck"
CLAUSE = "cn-miit-2019-promise-kept"
# how the verdict reads (policies/verdict.py Verdict.line), its title from policies/rules/cn.yaml
SAID = f"{CLAUSE} (The deletion is carried out within the time the app promised)"


# -- the calendar ------------------------------------------------------------------------------
def test_fifteen_working_days_on_chinas_calendar_across_national_day():
    """From Mon 2026-09-28, 15 working days, by hand on the 2026 calendar (National Day off
    1–7 Oct, Sat 10 Oct a working day): 29, 30 Sep; 8, 9, 10, 12–16, 19–23 Oct → Fri 23 Oct.
    Monday to Friday alone would end on Mon 19 Oct."""
    assert region_of("zh-Hans") == "CN" and region_of("en") == ""
    day, how = due_date(date(2026, 9, 28), 15, "working_day", "CN")
    assert day == date(2026, 10, 23) and "China's official calendar" in how
    assert due_date(date(2026, 9, 28), 15, "working_day", "")[0] == date(2026, 10, 19)


def test_other_units_and_a_year_the_calendar_does_not_cover_yet():
    assert due_date(date(2026, 11, 27), 15, "working_day")[0] == date(2026, 12, 18)   # by hand
    assert due_date(date(2026, 1, 31), 1, "month")[0] == date(2026, 2, 28)
    assert due_date(date(2026, 3, 1), 30, "day")[0] == date(2026, 3, 31)
    day, how = due_date(date(2026, 12, 28), 5, "working_day", "CN")
    # 29, 30, 31 Dec (2026 calendar), then Fri 1 and Mon 4 Jan 2027: 2027 is not published in
    # the package yet, so Monday to Friday is counted (New Year's Day too) and the result says so
    assert day == date(2027, 1, 4) and "2027" in how


def test_the_cooling_off_detector_reads_the_promise():
    from cancelcheck.detectors.cooling_off import durations
    assert [(d["n"], d["unit"]) for d in durations("我们将在15个工作日内处理您的申请", "zh-Hans")] \
        == [(15, "working_day")]
    assert [(d["n"], d["unit"]) for d in durations("innerhalb von 30 Tagen gelöscht", "de")] \
        == [(30, "day")]


# -- the app ------------------------------------------------------------------------------------
class Pebble:
    """waiting.html with its account on the server: POST /api/delete files the request; the
    deletion happens only when the test says so (process())."""

    def __init__(self):
        self.requested = self.deleted = self.signed_in = False
        app = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _send(self, body: bytes, kind: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                if self.path.startswith("/api/state"):
                    self._send(json.dumps({"deleted": app.deleted,
                                            "signed_in": app.signed_in}).encode(), "application/json")
                else:
                    self._send(PAGE, "text/html; charset=utf-8")

            def do_POST(self):
                if self.path.startswith("/api/signin"):
                    app.signed_in = not app.deleted
                else:
                    app.requested = True
                self._send(b"{}", "application/json")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/waiting.html"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def process(self) -> None:
        assert self.requested
        self.deleted, self.signed_in = True, False

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def pebble():
    app = Pebble()
    yield app
    app.stop()


def cli(*args):
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=300, cwd=ROOT)


def working_days_after(start: date, n: int) -> date:
    day = start
    while n:
        day += timedelta(days=1)
        n -= day.weekday() < 5
    return day


@pytest.fixture
def committed(pebble, tmp_path):
    """One committed run: the promise is recorded with its due day, and the run is not called
    failed (the account is still there, as the app said it would be)."""
    cfg = tmp_path / "pebble.yaml"
    cfg.write_text(f"name: pebble\ntarget: {pebble.url}\n"
                   "credentials: {username: me@example.com, password: pw-pebble-5}\ncommit: true\n")
    proc = cli("run", str(cfg), "--json", "--out", str(tmp_path / "run"))
    d = json.loads(proc.stdout)
    assert pebble.requested, (d["reason"], proc.stderr)
    assert d["outcome"] == "reachable", d["reason"]
    assert "promises it within 15 working days" in d["reason"]
    journal = tmp_path / "run" / "journal.json"
    p = read_journal(journal).promise
    assert (p["n"], p["unit"], p["region"]) == (15, "working_day", "")
    assert p["due"] == working_days_after(date.fromisoformat(p["committed"]), 15).isoformat()
    return journal, cfg


def test_recheck_refuses_before_the_due_day(committed):
    journal, _ = committed
    due = read_journal(journal).promise["due"]
    proc = cli("recheck", str(journal))
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        f"cancelcheck recheck: error: {journal}: the app promised deletion within 15 working days "
        f"(due {due}, counted in working days, Monday to Friday); re-check on or after that "
        "day, or give --now")


def test_promise_kept(committed, pebble, tmp_path):
    journal, _ = committed
    pebble.process()
    proc = cli("recheck", str(journal), "--now", "--out", str(tmp_path / "again"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"{SAID} pass: " in proc.stdout
    again = read_journal(tmp_path / "again" / "journal.json")
    assert again.outcome == "deleted" and again.recheck_of == str(journal.resolve())
    assert read_journal(journal).rechecks == [str((tmp_path / "again" / "journal.json").resolve())]
    assert "pw-pebble-5" not in (tmp_path / "again" / "journal.json").read_text()


def test_promise_broken_after_the_due_day(committed, tmp_path):
    """The due day has passed (the first journal's promise moved into the past, as time would)
    and signing in still works: the verdict fails."""
    journal, _ = committed
    data = json.loads(journal.read_text())
    data["promise"]["due"] = (date.today() - timedelta(days=1)).isoformat()
    journal.write_text(json.dumps(data))
    proc = cli("recheck", str(journal), "--out", str(tmp_path / "again"))
    assert proc.returncode == 6, proc.stdout + proc.stderr
    assert f"{SAID} FAIL: Signing in still works on" in proc.stdout
    assert read_journal(tmp_path / "again" / "journal.json").outcome == "failed"


def test_exit_codes_of_bad_input_and_an_app_that_is_gone(committed, pebble, tmp_path):
    """cli/output.py's table: 2 and one line for a journal without a promise or with a due day
    that is not a date; 7 when the app does not answer (nothing was re-checked, so no journal
    is linked)."""
    journal, _ = committed
    plain = tmp_path / "plain.json"
    data = json.loads(journal.read_text())
    plain.write_text(json.dumps({**data, "promise": {}}))
    proc = cli("recheck", str(plain), "--now")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
    assert proc.stderr.startswith(f"cancelcheck recheck: error: {plain}: no committed deletion")
    data["promise"]["due"] = "soon"
    plain.write_text(json.dumps(data))
    proc = cli("recheck", str(plain), "--now")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
    assert "due day 'soon' is not a date" in proc.stderr
    pebble.stop()                                   # the app went away
    proc = cli("recheck", str(journal), "--now", "--out", str(tmp_path / "again"))
    assert proc.returncode == 7, proc.stdout + proc.stderr
    assert proc.stderr.startswith(f"cancelcheck recheck: error: {pebble.url}: cannot open: ")
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert read_journal(journal).rechecks == []


def test_the_recheck_signs_in_the_way_the_run_did(pebble, tmp_path):
    """An app whose sign-in form is behind a "Log in" link (waiting.html?gate): the app config
    signs in with a login flow, and so do the checks after the commit and the re-check. The
    sign-in finder alone sees no form on the welcome screen and would call a deleted account
    "still logged in"."""
    cfg = tmp_path / "gated.yaml"
    cfg.write_text(f"name: pebble-gated\ntarget: {pebble.url}?gate=1\n"
                   "login:\n"
                   "  - tapOn: Log in\n"
                   "  - inputText: {into: {id: email}, text: '${username}'}\n"
                   "  - inputText: {into: {id: pw}, text: '${password}'}\n"
                   "  - tapOn: Sign in\n"
                   "credentials: {username: me@example.com, password: pw-gate-8}\ncommit: true\n")
    proc = cli("run", str(cfg), "--json", "--out", str(tmp_path / "run"))
    d = json.loads(proc.stdout)
    assert pebble.requested and pebble.signed_in, (d["reason"], proc.stderr)
    # the app is still signed in after the commit (the deletion comes later): the login flow's
    # "Log in" is not there, so not gone yet, as the app promised
    assert d["outcome"] == "reachable", d["reason"]
    assert "promises it within 15 working days" in d["reason"], d["reason"]
    assert "does not ask to sign in again" in d["reason"], d["reason"]
    journal = tmp_path / "run" / "journal.json"
    pebble.process()
    proc = cli("recheck", str(journal), "--now", "--out", str(tmp_path / "again"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    again = read_journal(tmp_path / "again" / "journal.json")
    assert again.outcome == "deleted", again.reason
    assert "signing in again with the same credentials fails" in again.reason
    # the login flow's four steps, shown apart as sign-in steps, none counted
    login = [s for s in again.steps if s.source == "login"]
    assert len(login) == 4 and not any(s.counted for s in login), [s.label for s in again.steps]
    assert all("sign in again the way the run did" in s.note for s in login)
    assert "pw-gate-8" not in (tmp_path / "again" / "journal.json").read_text()
