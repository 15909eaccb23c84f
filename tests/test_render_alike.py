"""A finding and a verdict read the same in the terminal (`cancelcheck run`, `judge`), in
report.html and in pytest's failure messages: each face shows the cells Finding.cells() and
Verdict.cells() give, in FINDING_COLUMNS / VERDICT_COLUMNS, and nothing of its own.

The run is real: the roach-motel-en specimen audited in Chromium by `cancelcheck run`. What it
must find is checked against the specimen's hand-written ground truth (truth.yaml: the
confirmshaming dialog "No thanks, I don't care about my memories"; verdicts.yaml: the three
clauses that fail). The pytest message is the AssertionError the `audit` fixture's
expect_no_obstruction() raises (the text pytest prints), built from the run's journal.
"""
from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from cancelcheck.api import AuditResult
from cancelcheck.config import load_config
from cancelcheck.evidence.journal import SCHEMA, read_journal
from cancelcheck.evidence.report import render_report
from cancelcheck.plugin_audit import AppAudit
from cancelcheck.policies import VERDICT_COLUMNS, judge
from cancelcheck.records import FINDING_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
SPECIMEN = "roach-motel-en"


def _cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cancelcheck.cli", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def _html_table(page: str, cls: str) -> tuple[list[str], list[list[str]]]:
    """The head and the rows (cell texts, unescaped) of the report's table of that class."""
    table = re.search(rf'<table class="{cls}">(.*?)</table>', page, re.S).group(1)
    head = [html.unescape(c) for c in re.findall(r"<th>(.*?)</th>", table)]
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]:
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        rows.append([html.unescape(re.sub(r"<[^>]+>", "", c)) for c in cells])
    return head, rows


def _terminal_rows(text: str) -> list[list[str]]:
    """The body rows of the rich tables in a terminal text (cells between │)."""
    return [[c.strip() for c in line.split("│")[1:-1]]
            for line in text.splitlines() if line.startswith("│")]


@pytest.fixture(scope="module")
def faces(tmp_path_factory):
    out = tmp_path_factory.mktemp("roach")
    run = _cli("run", f"apps/{SPECIMEN}.yaml", "--out", str(out))
    assert run.returncode == 0, run.stderr            # reachable
    journal = out / "journal.json"
    config = load_config(ROOT / "apps" / f"{SPECIMEN}.yaml")
    judged = _cli("judge", str(journal), "--config", str(ROOT / "apps" / f"{SPECIMEN}.yaml"))
    assert judged.returncode == 1, judged.stderr      # a clause fails
    journey = read_journal(journal)
    audit = AppAudit(SPECIMEN, AuditResult(journey=journey, out_dir=out, config=config))
    with pytest.raises(AssertionError) as failure:
        audit.expect_no_obstruction()
    return {"journey": journey, "verdicts": judge(journey, config), "run": run.stdout,
            "judge": judged.stdout, "report": (out / "report.html").read_text(encoding="utf-8"),
            "pytest": str(failure.value)}


def test_the_run_found_what_the_specimen_holds(faces):
    """Hand truth first, so the comparisons below compare something real."""
    truth = yaml.safe_load((ROOT / "specimens" / SPECIMEN / "truth.yaml").read_text())
    expected = yaml.safe_load((ROOT / "specimens" / SPECIMEN / "verdicts.yaml").read_text())
    shaming = [f for f in faces["journey"].findings if f.type == "confirmshaming"]
    assert [f.evidence for f in shaming] == ["No thanks, I don't care about my memories"]
    assert [t["evidence"] for t in truth["findings"] if t["type"] == "confirmshaming"] == [
        "No thanks, I don't care about my memories"]
    assert shaming[0].cells()[:2] == ("medium", "Confirmshaming (confirmshaming)")
    assert shaming[0].cells()[3] == "No thanks, I don't care about my memories"
    failed = sorted(v.clause for v in faces["verdicts"].failed())
    assert failed == sorted(c for c, s in expected.items() if s == "fail") == [
        "apple-5.1.1v-easy-to-find", "cn-practice-entry-4-taps", "eu-gdpr-12-2"]


def test_a_finding_reads_the_same_in_terminal_report_and_pytest(faces):
    findings = faces["journey"].findings
    assert len(findings) >= 5
    cells = [list(f.cells()) for f in findings]
    # the terminal: `cancelcheck run`'s table, one row per finding, the same cells in order
    run = faces["run"]
    head = next(r for r in _terminal_rows(run.replace("┃", "│")) if r[0] == "severity")
    assert head == list(FINDING_COLUMNS)
    rows = [r for r in _terminal_rows(run) if len(r) == len(FINDING_COLUMNS)]
    assert rows == cells
    # the report: its findings table, the same rows
    head, rows = _html_table(faces["report"], "findings")
    assert head == list(FINDING_COLUMNS) and rows == cells
    # pytest's message: one line per finding, the same words
    message = faces["pytest"]
    for f in findings:
        assert f"  - {f.line()}\n" in message
        assert all(c in f.line() for c in f.cells() if c)
    assert ("medium Confirmshaming (confirmshaming) on screen "
            in message) and "“No thanks, I don't care about my memories”" in message


def test_a_verdict_reads_the_same_in_terminal_report_and_pytest(faces):
    findings, verdicts = faces["journey"].findings, faces["verdicts"]
    # the report: every verdict, its cells in VERDICT_COLUMNS
    head, rows = _html_table(faces["report"], "verdicts")
    assert head == list(VERDICT_COLUMNS)
    assert rows == [list(v.cells(findings)) for v in verdicts]
    # `cancelcheck judge`: the same columns, every clause with its verdict word
    judged = faces["judge"].replace("┃", "│")
    assert next(r for r in _terminal_rows(judged) if r[0] == "clause") == list(VERDICT_COLUMNS)
    first = {r[0]: r[2] for r in _terminal_rows(faces["judge"]) if r[0]}
    assert first == {v.clause: v.word for v in verdicts}
    # `cancelcheck run` and pytest's message: each failed verdict as the same one line
    for v in verdicts.failed():
        line = v.line(findings)
        assert f"  {line}\n" in faces["run"]
        assert f"  - {line}\n" in faces["pytest"]
    assert "eu-gdpr-12-2 (" in faces["pytest"] and " FAIL: " in faces["pytest"]


def _hostile_journal(tmp_path: Path) -> Path:
    run = tmp_path / "run"
    run.mkdir()
    bad = "<script>alert('owned')</script><img src=x onerror=alert(1)>"
    data = {"schema": SCHEMA, "target": "hostile", "outcome": "obstructed", "reason": bad,
            "path_steps": None, "entry_depth": 2, "findings": [
                {"type": "confirmshaming", "explanation": "Shames the user: " + bad,
                 "evidence": "No thanks " + bad, "screen": None},
                {"type": "offline_requirement", "explanation": "Asks for a call.",
                 "evidence": "Call us " + bad, "screen": None}],
            "steps": [], "screens": [], "path": [], "name": "hostile", "config": None}
    path = run / "journal.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_app_html_in_a_finding_or_verdict_is_escaped_in_the_report(tmp_path):
    journal = _hostile_journal(tmp_path)
    page = render_report(journal).read_text(encoding="utf-8")
    assert "<script" not in page.lower()             # no video, so the page has no script at all
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;" in page
    # the escaped text is the finding's own cell, in the findings table
    journey = read_journal(journal)
    head, rows = _html_table(page, "findings")
    assert rows == [list(f.cells()) for f in journey.findings]
    assert rows[0][3] == "No thanks <script>alert('owned')</script><img src=x onerror=alert(1)>"
    # a verdict that quotes the app's words (the offline requirement) is escaped the same way
    head, rows = _html_table(page, "verdicts")
    quoting = [r for r in rows if "<script>" in r[VERDICT_COLUMNS.index("reason")]]
    assert quoting, rows


def test_app_markup_in_a_cell_is_not_read_as_rich_markup():
    from io import StringIO

    from rich.console import Console

    from cancelcheck.cli.output import finding_table
    from cancelcheck.records import Finding
    f = Finding(type="confirmshaming", explanation="", evidence="[bold red]Stay[/] [link=x]y",
                screen=2)
    buf = StringIO()
    Console(file=buf, width=200, color_system=None).print(finding_table([f]))
    row = next(r for r in _terminal_rows(buf.getvalue()) if r[0] == "medium")
    assert row == ["medium", "Confirmshaming (confirmshaming)", "screen 2",
                   "[bold red]Stay[/] [link=x]y"]
