"""The audit engine end to end, in real Chromium: the explorer alone and the scripted flows reach
each specimen's ground-truth outcome with its minimal path steps and entry depth; commit mode
deletes and verifies; an app that lies about deleting is caught; bad input is refused clearly.

The expected numbers come from each specimen's truth.yaml, written from the specimen's design
(and checked by tests/test_specimens.py, which walks those paths by hand-written steps).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cancelcheck.api import audit
from cancelcheck.specimens import catalog
from cancelcheck.specimens.server import SpecimenServer

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).parent / "data" / "pages"
EXE = Path(sys.executable).parent / "cancelcheck"
NAMES = catalog.names()


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch):
    monkeypatch.chdir(ROOT)      # apps/<specimen>.yaml are found from the repository root


def files_text(folder: Path) -> str:
    return "\n".join(p.read_text(errors="replace") for p in folder.rglob("*")
                     if p.is_file() and p.suffix in (".json", ".html", ".txt", ".log"))


@pytest.mark.parametrize("name", NAMES)
def test_explorer_alone_matches_the_ground_truth(name, tmp_path):
    t = catalog.truth(name)
    r = audit(f"apps/{name}.yaml", out_dir=tmp_path)
    j = r.journey
    assert (j.outcome, j.path_steps, j.entry_depth) == (t.outcome, t.path_steps, t.entry_depth), \
        f"{j.reason}; effort {j.effort}"
    assert j.reached_steps == t.reached_steps
    assert r.config.flow is None          # the explorer, not a script
    # Every ground-truth finding is made on the screen (route) it belongs to.
    route = {rec.index: "#" + rec.app.split("#", 1)[1] if "#" in rec.app else "" for rec in j.screens}
    got = {(f.type, route.get(f.screen)) for f in j.findings}
    missing = {(f["type"], f["route"]) for f in t.findings} - got
    assert not missing, f"not found: {sorted(missing)}"
    if not t.findings:
        assert not [f for f in j.findings if f.severity in ("medium", "high")], \
            [(f.type, f.evidence) for f in j.findings]
    # Evidence: a journal that reads back, and no password anywhere in it.
    data = json.loads((tmp_path / "journal.json").read_text())
    assert data["outcome"] == t.outcome and len(data["steps"]) == len(j.steps)
    assert t.credentials["password"] not in files_text(tmp_path)


@pytest.mark.parametrize("name", NAMES)
def test_scripted_flow_gives_the_same_numbers(name, tmp_path):
    t = catalog.truth(name)
    r = audit(f"apps/{name}.yaml", flow=f"apps/flows/{name}.yaml", out_dir=tmp_path,
              save_images=False)
    j = r.journey
    assert (j.outcome, j.path_steps, j.entry_depth) == (t.outcome, t.path_steps, t.entry_depth), \
        j.reason
    assert j.reached_steps == t.reached_steps
    if t.wait_seconds:
        assert j.wait_seconds >= t.wait_seconds - 0.5


@pytest.mark.parametrize("flow", [None, "apps/flows/fair-en.yaml"], ids=["explorer", "script"])
def test_commit_deletes_and_verifies_on_fair_en(tmp_path, flow):
    """Explored or scripted, a committed run taps the final confirmation once (the script's
    `final: true` line is tapped by the audit's commit, not the runner) and verifies."""
    r = audit("apps/fair-en.yaml", commit=True, out_dir=tmp_path, flow=flow)
    j = r.journey
    assert j.outcome == "deleted", j.reason
    assert j.path_steps == 5
    assert [s.source for s in j.steps].count("commit") == 1
    assert any(s.source == "verify" for s in j.steps)
    assert "tulip-7-harbor" not in files_text(tmp_path)


def test_an_app_that_says_done_but_keeps_the_account_is_failed(tmp_path):
    with SpecimenServer(root=PAGES) as pages:
        cfg = tmp_path / "liar.yaml"
        cfg.write_text(f"name: liar\ntarget: {pages.base_url}/liar.html\n"
                       "credentials: {username: me@example.com, password: pw-liar-77}\n"
                       "commit: true\n")
        r = audit(str(cfg), out_dir=tmp_path / "out")
    j = r.journey
    assert j.outcome == "failed", j.reason
    assert "said the account was deleted" in j.reason or "still opens logged in" in j.reason
    assert j.difficulty == "impossible"


def run_cli(*args, timeout=180):
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=timeout,
                          cwd=ROOT)


def test_cli_json_and_exit_codes(tmp_path):
    proc = run_cli("run", "dead-end-en", "--json", "--out", str(tmp_path))
    assert proc.returncode == 3, proc.stderr       # obstructed
    d = json.loads(proc.stdout)
    for key in ("outcome", "difficulty", "path_steps", "entry_depth", "effort", "path",
                "findings", "obstacles", "out_dir"):
        assert key in d
    assert d["outcome"] == "obstructed" and d["difficulty"] == "hard"
    assert "offline_requirement" in d["obstacles"]


def test_broken_flow_file_names_file_and_line(tmp_path):
    flow = tmp_path / "bad.yaml"
    flow.write_text('- tapOn: "Profile"\n- tapOn: [unclosed\n')
    proc = run_cli("run", "fair-en", "--flow", str(flow), "--out", str(tmp_path / "o"))
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0
    assert f"{flow}:3" in proc.stderr or f"{flow}:2" in proc.stderr


def test_unknown_command_is_named(tmp_path):
    flow = tmp_path / "typo.yaml"
    flow.write_text('- tapOn: "Profile"\n- tapOnn: "Settings"\n')
    proc = run_cli("run", "fair-en", "--flow", str(flow), "--out", str(tmp_path / "o"))
    assert proc.returncode == 2
    assert f"{flow}:2: unknown command 'tapOnn' (did you mean tapOn?)" in proc.stderr


def test_missing_secret_variable_is_named(tmp_path):
    cfg = tmp_path / "app.yaml"
    cfg.write_text("name: x\ntarget: fair-en\ncredentials:\n  username: a@b.c\n"
                   "  password: ${env:CC_NO_SUCH_VARIABLE}\n")
    proc = run_cli("run", str(cfg), "--out", str(tmp_path / "o"))
    assert proc.returncode == 2
    assert f"{cfg}:5: credentials.password: environment variable CC_NO_SUCH_VARIABLE is not set" \
        in proc.stderr


def test_element_that_never_appears_is_an_error_with_the_line(tmp_path):
    flow = tmp_path / "missing.yaml"
    flow.write_text('- tapOn: "Profile"\n- tapOn: {text: "Nowhere to be seen", timeout: 1}\n')
    proc = run_cli("run", "fair-en", "--flow", str(flow), "--out", str(tmp_path / "o"), "--json")
    assert proc.returncode == 7
    d = json.loads(proc.stdout)
    assert d["outcome"] == "error"
    assert d["reason"].startswith(f"{flow}:2: tapOn 'Nowhere to be seen': not on screen after 1 s")
    # What was done before the failure is kept.
    journal = json.loads((tmp_path / "o" / "journal.json").read_text())
    assert journal["steps"][0]["label"] == "tap 'Profile'"


def test_wrong_flag_is_one_line():
    proc = run_cli("run", "fair-en", "--budget-steps", "zero")
    assert proc.returncode == 2
    assert "--budget-steps" in proc.stderr and proc.stderr.strip().count("\n") == 0


def test_explorer_opens_a_hamburger_and_a_select_menu(tmp_path):
    # tests/data/pages/menus.html: ☰ → Account → <select> "Delete account" → confirm.
    with SpecimenServer(root=PAGES) as pages:
        j = audit(f"{pages.base_url}/menus.html", out_dir=tmp_path, save_images=False).journey
    assert (j.outcome, j.path_steps, j.entry_depth) == ("reachable", 4, 3), j.reason
    kinds = [(s.kind, s.target) for s in j.steps if s.counted]
    assert kinds[0] == ("tap", "☰")
    assert ("choose", "Choose an action") in kinds
    # its ☰ opens a standard navigation menu (Home, Plants, Account): ordinary navigation
    assert not any(f.type == "hidden_entry" and "collapsed menu" in f.explanation
                   for f in j.findings)


@pytest.mark.parametrize("text, where", [
    ("target: fair-en\nbudgets: {steps: 3}\n", ":2: budgets: unknown key"),
    ("target: fair-en\nbudget: {steps: 0}\n", ":2: budget.steps: must be a whole number"),
    ("target: fair-en\nexpect:\n  outcome: gone\n", ":3: expect.outcome: must be one of"),
    ("target: fair-en\nexpect:\n  absent_findings: [confirmshaming, shaming]\n",
     ":3: expect.absent_findings: unknown finding type 'shaming'"),
    ("target: fair-en\ncommit: yes please\n", ":2: commit: must be true or false"),
    ("name: x\n", ":1: target: is missing"),
    ("target: fair-en\nflow:\n  - tapOn: Profile\n  - tapOff: Settings\n",
     ":4: unknown command 'tapOff'"),
])
def test_app_config_mistakes_name_file_line_and_key(tmp_path, text, where):
    from cancelcheck.config import load_config
    from cancelcheck.records.yamlsrc import SourceError
    cfg = tmp_path / "app.yaml"
    cfg.write_text(text)
    with pytest.raises(SourceError) as info:
        load_config(cfg)
    assert str(info.value).startswith(str(cfg)) and where in str(info.value), str(info.value)
    assert "\n" not in str(info.value)
