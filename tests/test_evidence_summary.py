"""summary.html over many audits: one row per app, sortable by a click on a column in real
Chromium, app text escaped, no console errors; `cancelcheck summary` finds journals in folders."""
from __future__ import annotations

import argparse

from cancelcheck.cli.evidence import register
from cancelcheck.evidence.journal import JournalWriter
from cancelcheck.records import Journey
from tests.evidence_kit import browser, page_errors

HOSTILE = "<img src=x onerror=window.__pwned=1>"


def write(folder, name, outcome, path_steps, difficulty):
    w = JournalWriter(folder, save_images=False)
    w.extra = {"name": name}
    w.write(Journey(target=name, outcome=outcome, path_steps=path_steps, entry_depth=2,
                    difficulty=difficulty, started="2026-01-01T00:00:00+00:00"))


def test_summary_sorts_and_escapes(tmp_path):
    write(tmp_path / "runs" / "a", "alpha", "obstructed", 13, "hard")
    write(tmp_path / "runs" / "b", "bravo", "reachable", 5, "easy")
    write(tmp_path / "runs" / "c", HOSTILE, "not_found", None, "impossible")
    p = argparse.ArgumentParser()
    register(p.add_subparsers(dest="command", required=True))
    args = p.parse_args(["summary", str(tmp_path / "runs"), "--out", str(tmp_path / "summary.html")])
    assert args.func(args) == 0
    html = (tmp_path / "summary.html").read_text()
    assert "<img src=x" not in html and "&lt;img src=x onerror=window.__pwned=1&gt;" in html
    with browser(tmp_path) as (device, url_of):
        device.driver.get(url_of("summary.html"))
        names = "return Array.from(document.querySelectorAll('#summary tbody tr')).map(r => r.cells[0].textContent.trim())"
        assert len(device.run_js(names)) == 3
        device.run_js("document.querySelector('th[data-col=\"1\"]').click()")     # outcome, best first
        assert device.run_js(names) == ["bravo", "alpha", HOSTILE]
        device.run_js("document.querySelector('th[data-col=\"3\"]').click()")     # path steps
        device.run_js("document.querySelector('th[data-col=\"3\"]').click()")     # descending
        assert device.run_js(names) == [HOSTILE, "alpha", "bravo"]
        assert device.run_js("return typeof window.__pwned") == "undefined"
        assert page_errors(device) == []


def test_summary_with_no_journal_is_bad_input(tmp_path, capsys):
    p = argparse.ArgumentParser()
    register(p.add_subparsers(dest="command", required=True))
    args = p.parse_args(["summary", str(tmp_path)])
    assert args.func(args) == 2
    assert str(tmp_path) in capsys.readouterr().err
