"""The pytest plugin, run the way users run it: pytest (through pytester) over a folder of app
configs and a developer's test file, real audits of the specimens in real Chromium.

Audits are few: each pytester run audits fair-en and roach-motel-en once (the session cache
serves every test of an app), the xdist run once more on two Chromium devices.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cancelcheck.cli import main as cli_main
from cancelcheck.plugin_audit import (AuditCache, NoPath, Settings, WrongBackend, device_for,
                                      parse_pool)
from cancelcheck.evidence.journal import SCHEMA

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent

ROACH_STRICT = """\
# roach-motel-en held to a fair app's standard: it must fail, naming each rule
name: roach-motel-en
target: roach-motel-en
credentials:
  username: "sam@example.com"
  password: "memora-4-lantern"
budget: {steps: 60, minutes: 4}
expect:
  outcome: reachable
  max_path_steps: 4
  absent_findings: [confirmshaming]
"""

DEV_TESTS = """\
import pytest
from cancelcheck.policies import STATUSES

FAIR = {fair!r}
ROACH = {roach!r}

@pytest.mark.cc_target(FAIR)
def test_fair_can_leave(audit):
    assert audit.outcome == "reachable"
    assert audit.path_steps <= 5
    assert not audit.findings.of("confirmshaming")
    audit.expect_no_obstruction()
    assert audit.verdict("apple-5.1.1v").status in STATUSES

@pytest.mark.cc_target(ROACH)
def test_roach_fixed_complaint(audit):
    assert audit.path_steps <= 4
"""


def _plugin_args(pytestconfig) -> list[str]:
    """The entry point loads the plugin once cancelcheck is installed (pip install -e .);
    before that, load it by name."""
    return [] if pytestconfig.pluginmanager.has_plugin("cancelcheck") else [
        "-p", "cancelcheck.pytest_plugin"]


def _journal(path: Path, **fields) -> Path:
    data = {"schema": SCHEMA, "target": "x", "outcome": "reachable", "reason": "",
            "path_steps": 5, "entry_depth": 3, "findings": [], "steps": [], "screens": []}
    data.update(fields)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _apps(path: Path) -> Path:
    apps = path / "apps"
    apps.mkdir()
    shutil.copy(ROOT / "apps" / "fair-en.yaml", apps / "fair-en.yaml")
    (apps / "roach-motel-en.yaml").write_text(ROACH_STRICT, encoding="utf-8")
    return apps


class _Run:
    def __init__(self, path: Path, proc):
        self.path, self.ret, self.out = path, proc.returncode, proc.stdout + proc.stderr


def _pytest_in(path: Path, pytestconfig, *args) -> _Run:
    """pytest in a subprocess in `path` (pytester's own fixture is per test; this run is shared
    by the module's tests, so its two audits are made once)."""
    import subprocess
    import sys
    proc = subprocess.run([sys.executable, "-m", "pytest", *_plugin_args(pytestconfig), *args],
                          cwd=path, capture_output=True, text=True, timeout=300)
    return _Run(path, proc)


@pytest.fixture(scope="module")
def suite_run(tmp_path_factory, pytestconfig):
    """One run: --cc-apps over fair-en (real expectations, a baseline it improves on) and a
    strict roach-motel-en (a baseline it regresses from), and a developer's test file."""
    path = tmp_path_factory.mktemp("suite")
    apps = _apps(path)
    # fair-en's baseline is worse than today's run (improvements pass) ...
    old = _journal(path / "fair-old.json", target="fair-en", path_steps=7,
                   findings=[{"type": "nagging", "explanation": "asked twice",
                              "evidence": "Are you sure?", "screen": 2}])
    assert cli_main(["baseline", str(apps / "fair-en.yaml"), "--from", str(old)]) == 0
    # ... roach-motel-en's is better: fewer path steps and no confirmshaming (a regression)
    old = _journal(path / "roach-old.json", target="roach-motel-en", path_steps=10,
                   entry_depth=5)
    assert cli_main(["baseline", str(apps / "roach-motel-en.yaml"), "--from", str(old)]) == 0
    (path / "test_dev.py").write_text(DEV_TESTS.format(fair=str(apps / "fair-en.yaml"),
                                                       roach=str(apps / "roach-motel-en.yaml")))
    return _pytest_in(path, pytestconfig, "-p", "no:cacheprovider", "--cc-apps", str(apps),
                      "test_dev.py", "--cc-out", str(path / "out"),
                      "--junitxml", str(path / "junit.xml"), "-rA",
                      "--html", str(path / "pytest-report.html"), "--self-contained-html",
                      "--cc-report")


def test_expectations_are_items_fair_passes_roach_fails_by_rule(suite_run):
    run = suite_run
    out = run.out
    # fair-en: every expectation its own passing item, the baseline too (it only improved)
    for name in ("outcome", "max_path_steps", "absent_findings[confirmshaming]",
                 "absent_findings[forced_wait]", "baseline"):
        assert f"PASSED apps/fair-en.yaml::{name}" in out, out
    assert "PASSED test_dev.py::test_fair_can_leave" in out
    # roach-motel-en: the rules it breaks, each by name, with FILE:LINE and the evidence
    for name in ("max_path_steps", "absent_findings[confirmshaming]", "baseline"):
        assert f"FAILED apps/roach-motel-en.yaml::{name}" in out, out
    assert "PASSED apps/roach-motel-en.yaml::outcome" in out
    assert "roach-motel-en.yaml:10: max_path_steps: at most 4 path steps expected, got 13" in out
    assert "roach-motel-en.yaml:11: absent_findings: confirmshaming expected absent, found" in out
    assert "path steps: 10 → 13" in out                 # evidence.compare's words
    assert "new finding: medium Confirmshaming (confirmshaming) on screen " in out
    assert "steps:" in out and "findings (" in out and "journal: " in out
    assert "4 failed, 10 passed" in out.splitlines()[-1], out


def test_a_developers_assertion_fails_readably(suite_run):
    run = suite_run
    out = run.out
    assert "FAILED test_dev.py::test_roach_fixed_complaint" in out
    assert "assert 13 <= 4" in out
    assert "<audit roach-motel-en: reachable, 13 path steps" in out   # where 13 = <audit …>
    # pytest_assertrepr_compare: the steps and findings under the comparison
    i = out.index("assert 13 <= 4")
    assert " 1. tap " in out[i:] and "Confirmshaming (confirmshaming) on screen" in out[i:]


def test_evidence_in_summary_junit_and_video_policy(suite_run):
    run = suite_run
    out = run.out
    assert "cancelcheck evidence" in out
    fair = run.path / "out" / "fair-en"
    roach = run.path / "out" / "roach-motel-en"
    assert f"journal: {fair / 'journal.json'}" in out
    # --cc-video retain-on-failure (the default): passed apps drop the video, failed keep it
    assert (roach / "video.mp4").is_file()
    assert not (fair / "video.mp4").exists() and (fair / "journal.json").is_file()
    assert "(removed: passed, --cc-video retain-on-failure)" in out
    xml = (run.path / "junit.xml").read_text(encoding="utf-8")
    assert '<property name="outcome" value="reachable"' in xml
    assert '<property name="path_steps" value="13"' in xml
    assert f'<property name="journal" value="{roach / "journal.json"}"' in xml


def test_xdist_two_workers_two_chromium_devices(pytester, pytestconfig):
    apps = _apps(pytester.path)
    result = pytester.runpytest_subprocess(
        *_plugin_args(pytestconfig), "-p", "no:cacheprovider", "-n", "2",
        "--cc-devices", "chromium:2", "--cc-apps", str(apps), "--cc-video", "off",
        "--cc-out", str(pytester.path / "out"), timeout=300)
    out = result.stdout.str()
    result.assert_outcomes(passed=8, failed=2)
    # loadfile: each app on one worker, audited once, each worker on its own Chromium
    assert "on chromium#1" in out and "on chromium#2" in out, out
    assert len(list((pytester.path / "out").glob("gw*/*/journal.json"))) == 2
    assert not list((pytester.path / "out").rglob("video.mp4"))


def test_xdist_two_workers_two_appium_servers(pytester, pytestconfig, appium_server, tmp_path):
    """A pool of Appium URLs: each worker drives the web apps in Chromium through its own
    real Appium server (the session's, and a second one started here)."""
    from tests.appium_server import AppiumServer
    apps = _apps(pytester.path)
    with AppiumServer(log=tmp_path / "second-appium.log") as second:
        pool = f"appium:{appium_server.url},{second.url}"
        result = pytester.runpytest_subprocess(
            *_plugin_args(pytestconfig), "-p", "no:cacheprovider", "-n", "2",
            "--cc-devices", pool, "--cc-apps", str(apps), "--cc-video", "off",
            "--cc-out", str(pytester.path / "out"), timeout=400)
    out = result.stdout.str()
    result.assert_outcomes(passed=8, failed=2)      # the same verdicts as on local Chromium
    assert f"on appium:{appium_server.url}" in out and f"on appium:{second.url}" in out, out
    journals = sorted((pytester.path / "out").glob("gw*/*/journal.json"))
    assert [j.parent.name for j in journals] in (["fair-en", "roach-motel-en"],
                                                 ["roach-motel-en", "fair-en"])
    got = {j.parent.name: json.loads(j.read_text(encoding="utf-8")) for j in journals}
    assert {g["backend"] for g in got.values()} == {"appium"}
    assert (got["fair-en"]["outcome"], got["fair-en"]["path_steps"]) == ("reachable", 5)
    assert (got["roach-motel-en"]["outcome"], got["roach-motel-en"]["path_steps"]) == ("reachable", 13)


def test_bad_app_config_fails_collection_naming_file_and_line(pytester, pytestconfig):
    apps = pytester.path / "apps"
    apps.mkdir()
    (apps / "bad-en.yaml").write_text(
        "name: bad-en\ntarget: fair-en\nexpect:\n  outcome: reachable\n  max_path_steps: -1\n",
        encoding="utf-8")
    result = pytester.runpytest_subprocess(*_plugin_args(pytestconfig), "-p", "no:cacheprovider",
                                           "--cc-apps", str(apps))
    assert result.ret == pytest.ExitCode.INTERRUPTED
    out = result.stdout.str()
    assert "ERROR collecting" in out and "bad-en.yaml" in out
    assert "bad-en.yaml:5: expect.max_path_steps: must be a whole number from 0 to 10000" in out
    assert "Traceback" not in out


def test_more_workers_than_devices_is_a_usage_error(pytester, pytestconfig):
    pytester.makepyfile("def test_x(): pass")
    result = pytester.runpytest_subprocess(*_plugin_args(pytestconfig), "-p", "no:cacheprovider",
                                           "-n", "3", "--cc-devices", "chromium:2")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*-n 3 workers but --cc-devices gives 2 device(s)*"])


def test_device_pool_entries():
    assert parse_pool("chromium:2") == ["chromium#1", "chromium#2"]
    assert parse_pool("emulator-5554, u2:R58M, http://127.0.0.1:4723") == [
        "u2:emulator-5554", "u2:R58M", "appium:http://127.0.0.1:4723"]
    assert parse_pool("192.168.1.5:5555") == ["u2:192.168.1.5:5555"]
    with pytest.raises(ValueError, match="twice"):
        parse_pool("u2:A,A")
    with pytest.raises(ValueError, match="chromium:N"):
        parse_pool("chromium:two")


class _Cfg:
    def __init__(self, backend=""):
        self.backend = backend


def test_the_pool_gives_u2_and_appium_apps_this_workers_device():
    s = Settings(device="u2:R58M")
    assert device_for("u2:emulator-5554", _Cfg(), s) == "u2:R58M"
    assert device_for("fair-en", _Cfg(), Settings(device="chromium#2")) == "chromium#2"
    assert device_for("fair-en", _Cfg(), Settings()) is None        # the config's own
    with pytest.raises(ValueError, match="this worker's device"):
        device_for("fair-en", _Cfg(), s)                             # web app, phone device
    appium = Settings(device="appium:http://127.0.0.1:4723")
    assert device_for("fair-en", _Cfg(), appium) == appium.device   # Chromium through Appium
    with pytest.raises(ValueError, match="this worker's device"):
        device_for("u2:emulator-5554", _Cfg(), Settings(device="chromium#1"))
    with pytest.raises(WrongBackend):
        device_for("fair-en", _Cfg(), Settings(backend="u2"))        # --cc-backend u2: skipped


def test_no_path_is_worse_than_any_number():
    n = NoPath()
    assert not n <= 4 and n > 100 and n == None and not n   # noqa: E711
    assert repr(n) == "None (no path found)"


def test_audit_errors_are_kept_not_rerun(tmp_path):
    cache = AuditCache(Settings(out=tmp_path))
    for _ in range(2):
        with pytest.raises(Exception, match="neither a specimen"):
            cache.get("no-such-app")
    assert len(cache.done) == 1


def test_baseline_refuses_an_unfinished_journal(tmp_path, capsys):
    cfg = tmp_path / "fair-en.yaml"
    shutil.copy(ROOT / "apps" / "fair-en.yaml", cfg)
    bad = _journal(tmp_path / "j.json", outcome="", reason="interrupted")
    assert cli_main(["baseline", str(cfg), "--from", str(bad)]) == 2
    assert "not kept as a baseline" in capsys.readouterr().err
    assert not (tmp_path / "fair-en.baseline.json").exists()
    good = _journal(tmp_path / "k.json")
    assert cli_main(["baseline", str(cfg), "--from", str(good)]) == 0
    assert json.loads((tmp_path / "fair-en.baseline.json").read_text())["schema"] == SCHEMA
    assert cli_main(["baseline", str(tmp_path / "nope.yaml")]) == 2


def test_evidence_in_pytest_html_and_the_summary_page(suite_run):
    page = (suite_run.path / "pytest-report.html").read_text(encoding="utf-8")
    # pytest-html keeps each test's extras in its data blob: our text and links are there.
    assert "cancelcheck" in page
    assert "journal.json" in page and "report.html" in page
    assert "path steps 13" in page            # roach-motel-en's description of its audit
    summary = (suite_run.path / "out" / "summary.html").read_text(encoding="utf-8")
    assert "fair-en" in summary and "roach-motel-en" in summary


REGISTRATION_CONFTEST = """\
def pytest_terminal_summary(terminalreporter, config):
    plugin = config.pluginmanager.get_plugin("cancelcheck-evidence")
    terminalreporter.write_line(f"EVIDENCE {plugin is not None}")
"""

REGISTRATION_TESTS = """\
import pytest
from cancelcheck.plugin_audit import WrongBackend

def test_plain():
    assert True

class NoAudits:                      # the audit fixture is used, but nothing is audited
    def get(self, target):
        raise WrongBackend("not on this backend")

@pytest.fixture
def cc_audits():
    return NoAudits()

@pytest.mark.cc_target("fair-en")
def test_uses_audit(audit):
    pass
"""


@pytest.mark.parametrize("args, registered", [
    (["-k", "plain"], False),                                # no --cc-*, no audit fixture
    (["-k", "plain", "--cc-out", "elsewhere"], True),        # a --cc-* option
    (["-k", "uses_audit"], True),                            # the audit fixture
])
def test_the_evidence_collector_is_registered_only_when_needed(pytester, pytestconfig, args,
                                                              registered):
    pytester.makeconftest(REGISTRATION_CONFTEST)
    pytester.makepyfile(test_reg=REGISTRATION_TESTS)
    result = pytester.runpytest_subprocess(*_plugin_args(pytestconfig), "-p", "no:cacheprovider",
                                           *args, timeout=120)
    assert result.ret == 0, result.stdout.str()
    result.stdout.fnmatch_lines([f"EVIDENCE {registered}"])


def test_the_plugin_uses_public_pytest_api_only():
    import ast
    for path in (ROOT / "cancelcheck").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not any(n == "_pytest" or n.startswith("_pytest.") for n in names), path
