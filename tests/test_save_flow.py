"""`cancelcheck run … --save-flow FILE` keeps the path the explorer found as a flow file; replaying
it (`--flow FILE`) gives the same outcome and step counts on every specimen; a saved flow whose
element has gone fails on that line, naming FILE:LINE.

Real Chromium, the real specimen server, the real CLI for the file round trip.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cancelcheck.api import audit
from cancelcheck.flows.flowfile import parse_file
from cancelcheck.flows.saved_flow import save_flow
from cancelcheck.specimens import catalog
from cancelcheck.specimens.server import ROOT as SPECIMENS, SpecimenServer

ROOT = Path(__file__).resolve().parent.parent
EXE = Path(sys.executable).parent / "cancelcheck"
NAMES = catalog.names()
FAST = dict(save_images=False, video=False, native_video=False, report=False)


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch):
    monkeypatch.chdir(ROOT)


def numbers(j) -> tuple:
    return (j.outcome, j.path_steps, j.entry_depth, j.reached_steps)


@pytest.mark.parametrize("name", NAMES)
def test_saved_flow_replays_to_the_same_numbers(name, tmp_path):
    t = catalog.truth(name)
    found = audit(f"apps/{name}.yaml", out_dir=tmp_path / "explored", **FAST)
    j = found.journey
    assert numbers(j)[:3] == (t.outcome, t.path_steps, t.entry_depth), j.reason
    flow = tmp_path / f"{name}.flow.yaml"
    text = save_flow(flow, j, found.config.credentials, ["saved by the test"])
    commands = parse_file(flow).commands
    # the file: one line per path step (scrolls folded into times:), the final line last
    lines = [c for c in commands if c.verb != "waitFor"]
    counted = sum(int((c.arg or {}).get("times", 1)) if c.verb == "scroll" else 1 for c in lines)
    assert counted == t.reached_steps
    if t.final_action is not None:
        assert commands[-1].verb == "tapOn" and commands[-1].arg.get("final") is True
    else:
        assert "final" not in text
    for secret in (t.credentials.get("password"), t.sms_code):
        if secret:
            assert str(secret) not in text
    if t.wait_seconds:
        assert any(c.verb == "waitFor" for c in commands)
    replayed = audit(f"apps/{name}.yaml", flow=str(flow), out_dir=tmp_path / "replayed", **FAST)
    assert numbers(replayed.journey) == numbers(j), (replayed.journey.reason, text)
    assert all(s.source.startswith(str(flow)) for s in replayed.journey.steps if s.counted)


def test_saved_flow_of_fair_en_reads_well(tmp_path):
    """The selectors are the robust ones, counted by hand on fair-en's page: the rows have no
    id (text), the password field has id "password", the final button id "confirm-delete"."""
    r = audit("apps/fair-en.yaml", out_dir=tmp_path, **FAST)
    text = save_flow(tmp_path / "f.yaml", r.journey, r.config.credentials)
    assert text.splitlines() == [
        '- tapOn: "Profile"',
        '- tapOn: "Settings"',
        '- tapOn: "Delete account"',
        '- inputText: {into: {id: "password"}, text: "${password}"}',
        '- tapOn: {id: "confirm-delete", final: true}',
    ]


def run_cli(*args, timeout=300):
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=timeout,
                          cwd=ROOT)


@pytest.fixture(scope="module")
def saved_fair(tmp_path_factory):
    """fair-en explored once through the CLI, its flow saved."""
    folder = tmp_path_factory.mktemp("saved")
    flow = folder / "fair.yaml"
    proc = run_cli("run", "fair-en", "--save-flow", str(flow), "--json", "--out",
                   str(folder / "run"))
    assert proc.returncode == 0, proc.stderr
    assert f"flow saved: {flow} (5 lines)" in proc.stderr
    assert json.loads(proc.stdout)["path_steps"] == 5
    return flow


def test_cli_save_then_replay(saved_fair, tmp_path):
    assert "tulip-7-harbor" not in saved_fair.read_text()
    proc = run_cli("run", "fair-en", "--flow", str(saved_fair), "--json", "--out", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    d = json.loads(proc.stdout)
    assert (d["outcome"], d["path_steps"], d["entry_depth"]) == ("reachable", 5, 3)


def test_a_flow_edited_to_a_missing_text_fails_on_that_line(saved_fair, tmp_path):
    edited = tmp_path / "edited.yaml"
    text = saved_fair.read_text().replace('- tapOn: "Settings"', '- tapOn: "Settingz"')
    edited.write_text(text)
    line = text.splitlines().index('- tapOn: "Settingz"') + 1
    proc = run_cli("run", "fair-en", "--flow", str(edited), "--json", "--out", str(tmp_path / "o"))
    assert proc.returncode == 7
    assert f"error: {edited}:{line}: tapOn 'Settingz': not on screen after 5 s" in proc.stderr


def test_an_element_gone_from_the_app_fails_on_that_line(saved_fair, tmp_path):
    """A modified copy of fair-en where the Settings row is now called Preferences: the saved
    flow is the regression signal."""
    root = tmp_path / "site"
    shutil.copytree(SPECIMENS / "_kit", root / "_kit")
    shutil.copytree(SPECIMENS / "fair-en", root / "fair-en")
    app = root / "fair-en" / "app.js"
    src = app.read_text()
    assert src.count("label: 'Settings'") == 1
    app.write_text(src.replace("label: 'Settings'", "label: 'Preferences'"))
    line = saved_fair.read_text().splitlines().index('- tapOn: "Settings"') + 1
    with SpecimenServer(root=root) as server:
        cfg = tmp_path / "changed.yaml"
        cfg.write_text(f"name: changed\ntarget: {server.url('fair-en')}\n"
                       "credentials: {username: alex@example.com, password: tulip-7-harbor}\n")
        proc = run_cli("run", str(cfg), "--flow", str(saved_fair), "--out", str(tmp_path / "o"))
    assert proc.returncode == 7, proc.stderr
    assert f"{saved_fair}:{line}: tapOn 'Settings': not on screen after 5 s" in proc.stderr
    assert "'Preferences'" in proc.stderr       # what was there instead


def test_save_flow_into_a_missing_folder_is_refused_before_the_run(tmp_path):
    proc = run_cli("run", "fair-en", "--save-flow", str(tmp_path / "nope" / "f.yaml"))
    assert proc.returncode == 2
    assert proc.stderr.strip() == (f"cancelcheck: error: --save-flow: the folder of "
                                   f"{tmp_path / 'nope' / 'f.yaml'} does not exist")
