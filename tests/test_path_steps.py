"""`path_steps` and `entry_depth` mean what DESIGN.md says, for every outcome, everywhere.

    path steps   steps to the final confirmation; None when it was not reached
    entry depth  steps to the deletion flow's first screen; None when the run never entered it
    reached      how far the run got (steps on the path to where it ended), whatever the outcome

One real audit per outcome in real Chromium; each number was counted by hand on the page:
- fair-en (Profile, Settings, Delete account, password, final "Delete account"): 5 path steps,
  the deletion flow's first screen after 3;
- dead-end-en (Settings, Delete account → "e-mail or call us"): no online final confirmation;
- tests/data/pages/not-offered.html (Settings, Delete account → "cannot be deleted"): 2 steps in;
- tests/data/pages/no-delete.html: no deletion anywhere; the explorer's last attempt goes
  Profile, Settings, (Notifications and back: a detour, not counted), Language — 3 steps reached,
  the issue's very case (it was reported as path_steps 3);
- fair-en with a 3-step budget: Profile, Settings, Delete account, then the budget is spent
  (inside the flow at 3, no final confirmation);
- tests/data/pages/liar.html committed (Settings, Delete account, password, final tap) says
  "deleted" and keeps the account;
- fair-en with a flow whose 2nd line names a missing element: 1 step, then error.
Then the same numbers in journal.json, `--json`, the report, compare, a baseline and the pytest
plugin's `audit` object, where the issue's failing case — `assert audit.path_steps <= 6` on a
not_found run — must fail.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cancelcheck.api import audit
from cancelcheck.evidence.compare import compare
from cancelcheck.evidence.journal import read_journal

ROOT = Path(__file__).resolve().parent.parent
EXE = Path(sys.executable).parent / "cancelcheck"

pytest_plugins = ["pytester"]

FAST = dict(save_images=False, video=False, native_video=False)


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch):
    monkeypatch.chdir(ROOT)



def _liar_config(folder: Path, pages) -> str:
    cfg = folder / "liar.yaml"
    cfg.write_text(f"name: liar\ntarget: {pages.base_url}/liar.html\n"
                   "credentials: {username: me@example.com, password: pw-liar-77}\n"
                   "commit: true\n")
    return str(cfg)


def _missing_line_flow(folder: Path) -> str:
    flow = folder / "missing.yaml"
    flow.write_text('- tapOn: "Profile"\n- tapOn: {text: "Nowhere to be seen", timeout: 1}\n')
    return str(flow)


# outcome: (how to run it, path_steps, entry_depth, reached_steps)
CASES = {
    "deleted": (lambda tmp, pages: audit("apps/fair-en.yaml", commit=True, out_dir=tmp, **FAST),
                5, 3, 5),
    "reachable": (lambda tmp, pages: audit("apps/fair-en.yaml", out_dir=tmp, **FAST), 5, 3, 5),
    "obstructed": (lambda tmp, pages: audit("apps/dead-end-en.yaml", out_dir=tmp, **FAST),
                   None, 2, 2),
    "not_offered": (lambda tmp, pages: audit(f"{pages.base_url}/not-offered.html", out_dir=tmp,
                                             **FAST), None, 2, 2),
    "not_found": (lambda tmp, pages: audit(f"{pages.base_url}/no-delete.html", out_dir=tmp,
                                           **FAST), None, None, 3),
    "not_found_inside": (lambda tmp, pages: audit("apps/fair-en.yaml", budget_steps=3,
                                                  out_dir=tmp, **FAST), None, 3, 3),
    "failed": (lambda tmp, pages: audit(_liar_config(tmp, pages), out_dir=tmp / "o", **FAST),
               4, 2, 4),
    "error": (lambda tmp, pages: audit("apps/fair-en.yaml", flow=_missing_line_flow(tmp),
                                       out_dir=tmp, **FAST), None, None, 1),
}


@pytest.mark.parametrize("case", list(CASES))
def test_numbers_for_every_outcome(case, tmp_path, pages):
    run, path_steps, entry_depth, reached = CASES[case]
    r = run(tmp_path, pages)
    j = r.journey
    assert j.outcome == case.split("_inside")[0], j.reason
    assert (j.path_steps, j.entry_depth) == (path_steps, entry_depth), \
        (j.reason, [s.label for s in j.steps])
    assert j.reached_steps == reached
    if path_steps is not None:
        assert j.reached_steps == path_steps
    # journal.json says the same, and reads back the same
    data = json.loads((r.out_dir / "journal.json").read_text())
    assert (data["path_steps"], data["entry_depth"], data["reached_steps"]) == \
        (j.path_steps, j.entry_depth, j.reached_steps)
    back = read_journal(r.out_dir / "journal.json")
    assert (back.path_steps, back.entry_depth, back.reached_steps) == \
        (j.path_steps, j.entry_depth, j.reached_steps)


def test_no_path_compares_worse_than_any_number(tmp_path):
    """compare (and so every baseline) counts a lost path as a regression and a found one as
    an improvement."""
    before = audit("apps/fair-en.yaml", out_dir=tmp_path / "a", **FAST).journey
    after = audit("apps/fair-en.yaml", budget_steps=3, out_dir=tmp_path / "b", **FAST).journey
    assert (before.path_steps, after.path_steps) == (5, None)
    worse = compare(before, after)
    assert {"outcome", "path_steps"} <= {c.what for c in worse.regressions}
    assert "path steps: 5 before, now none found" in [c.text for c in worse.regressions]
    better = compare(after, before)
    assert "path_steps" in [c.what for c in better.improvements]
    assert not better.regressions


def test_cli_json_and_report_for_a_not_found_run(tmp_path, pages):
    proc = subprocess.run([str(EXE), "run", f"{pages.base_url}/no-delete.html", "--json",
                           "--out", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 5, proc.stderr           # not found
    d = json.loads(proc.stdout)
    assert d["outcome"] == "not_found"
    assert d["path_steps"] is None and d["entry_depth"] is None
    assert d["reached_steps"] == 3
    html = (tmp_path / "report.html").read_text()
    assert "<b>-</b>path steps (no final confirmation reached)" in html


ISSUE_TEST = """\
import pytest

pytestmark = pytest.mark.cc_target({target!r})

def test_deletion_within_six_steps(audit):
    assert audit.path_steps <= 6

def test_entry_within_three_steps(audit):
    assert audit.entry_depth <= 3

def test_no_path_is_none(audit):
    assert audit.path_steps == None
    assert audit.reached_steps >= 0
"""


def test_the_issue_case_fails_under_pytest(pytester, pages, pytestconfig):
    """Issue 14: on a page where deletion cannot be found, `assert audit.path_steps <= 6` passed
    (path_steps was the steps to the farthest screen). It must fail, and say why."""
    pytester.makepyfile(test_dev=ISSUE_TEST.format(target=f"{pages.base_url}/no-delete.html"))
    extra = [] if pytestconfig.pluginmanager.has_plugin("cancelcheck") else [
        "-p", "cancelcheck.pytest_plugin"]
    res = pytester.runpytest_subprocess(*extra, "--cc-out", str(pytester.path / "out"),
                                        "--cc-video", "off", "-p", "no:cacheprovider")
    res.assert_outcomes(failed=2, passed=1)
    out = res.stdout.str()
    assert "assert None (no path found) <= 6" in out
    assert "path steps none (reached 3 steps), entry depth none" in out and "not_found" in out
