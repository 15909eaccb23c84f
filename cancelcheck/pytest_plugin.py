"""cancelcheck's pytest plugin (registered by the `pytest11` entry point as `cancelcheck`).

Two ways to use it:

    pytest --cc-apps apps/                 one test item per expectation in each apps/*.yaml
                                           (apps/fair-en.yaml::outcome, ::max_path_steps,
                                           ::absent_findings[confirmshaming], ::baseline)

    def test_no_confirmshaming(audit):     a developer's own test; the app comes from the
        assert audit.outcome == "reachable"    cc_target fixture (--cc-target, or override it)
        assert audit.path_steps <= 4
        assert not audit.findings.of("confirmshaming")

Each app is audited once per session (per xdist worker) and cached for all its tests. Under
pytest-xdist, `--cc-devices` gives a pool (u2:SERIAL or a serial, appium:URL, chromium:N); the
worker gwN takes entry N, so no two workers share a device.

Like pytest's own optional plugins, the evidence collector (Evidence: properties from the
reports, the video policy, the terminal summary) is registered only when it has work: when a
--cc-* option is given, or when the `audit` fixture is first used (on an xdist controller,
when the first report carrying an app's evidence arrives). A test run that never audits sees
nothing of it. Public pytest API only.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from .plugin_audit import (VIDEO_POLICIES, AppAudit, AuditCache, Count, NoPath, Outcome,
                           Settings, WrongBackend, baseline_path, parse_pool,
                           worker_index)

try:                                    # extras in pytest-html's report, when it is installed
    import pytest_html
except ImportError:                     # pragma: no cover — pytest-html is optional
    pytest_html = None

CACHE = pytest.StashKey[AuditCache]()
APPS_DIRS = pytest.StashKey[list]()
EVIDENCE = "cancelcheck-evidence"
PROPS = ("app", "outcome", "path_steps", "entry_depth", "effort", "findings", "journal",
         "report", "video", "device")


# -- options -------------------------------------------------------------------------------------
def pytest_addoption(parser: pytest.Parser) -> None:
    g = parser.getgroup("cancelcheck", "cancelcheck: account deletion audits")
    g.addoption("--cc-target", metavar="TARGET", default=None,
                help="the app the `audit` fixture audits: an app config (apps/x.yaml), a "
                     "specimen name or a URL (tests may override the cc_target fixture)")
    g.addoption("--cc-apps", metavar="DIR", action="append", default=[],
                help="collect DIR/*.yaml app configs: one test item per expectation")
    g.addoption("--cc-backend", metavar="NAME", choices=("web", "u2", "appium"), default=None,
                help="audit only apps on this backend (web, u2, appium); skip the others")
    g.addoption("--cc-device", metavar="SPEC", default=None,
                help="the device for u2:/appium: apps (u2:SERIAL, appium:URL) instead of the "
                     "config's own")
    g.addoption("--cc-devices", metavar="LIST", default=None,
                help="a device pool for pytest-xdist, comma-separated: serials (u2:SERIAL), "
                     "Appium URLs (appium:URL), chromium:N; worker gwN takes entry N")
    g.addoption("--cc-commit", action="store_true", default=False,
                help="really confirm the final deletion (never on a real account you need)")
    g.addoption("--cc-out", metavar="DIR", default="out/pytest",
                help="where each app's evidence goes (default: out/pytest/NAME)")
    g.addoption("--cc-video", choices=VIDEO_POLICIES, default="retain-on-failure",
                help="record video: on, off, retain-on-failure (default: keep it only for "
                     "apps with a failed test)")
    g.addoption("--cc-report", action="store_true", default=False,
                help="write each app's report.html and a summary.html over the session")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "cc_target(TARGET): the app this test's `audit` audits")
    o = config.option
    pool = None
    if o.cc_devices:
        try:
            pool = parse_pool(o.cc_devices)
        except ValueError as exc:
            raise pytest.UsageError(str(exc)) from None
        n = getattr(o, "numprocesses", None)
        if isinstance(n, int) and n > len(pool):
            raise pytest.UsageError(f"-n {n} workers but --cc-devices gives {len(pool)} "
                                    f"device(s) ({', '.join(pool)}); no two workers may share one")
    worker = config.workerinput["workerid"] if hasattr(config, "workerinput") else "master"
    device = o.cc_device
    if pool:
        i = worker_index(worker)
        device = pool[i] if i < len(pool) else None
        if device is None:
            raise pytest.UsageError(f"worker {worker} has no device in --cc-devices {o.cc_devices}")
    config.stash[CACHE] = AuditCache(Settings(
        out=Path(o.cc_out), commit=True if o.cc_commit else None, video=o.cc_video,
        report=o.cc_report, device=device, backend=o.cc_backend, worker=worker))
    if _cc_options_given(config):
        evidence(config)
    dirs = []
    for d in o.cc_apps:
        p = Path(d)
        if not p.is_dir():
            raise pytest.UsageError(f"--cc-apps {d}: no such folder")
        dirs.append(p.resolve())
    config.stash[APPS_DIRS] = dirs
    if dirs:       # collect the app folders too (alone when no test paths were given)
        given = getattr(config, "args_source", None) == pytest.Config.ArgsSource.ARGS
        have = {Path(a.split("::")[0]).resolve() for a in config.args} if given else set()
        config.args[:] = ([*config.args] if given else []) + [str(d) for d in dirs if d not in have]


def _cc_options_given(config: pytest.Config) -> bool:
    """Was any --cc-* option given (a value other than its default)?"""
    o = config.option
    return bool(o.cc_target or o.cc_apps or o.cc_backend or o.cc_device or o.cc_devices
                or o.cc_commit or o.cc_report or o.cc_out != "out/pytest"
                or o.cc_video != "retain-on-failure")


def evidence(config: pytest.Config) -> "Evidence":
    """The session's evidence collector, registered on first need."""
    plugin = config.pluginmanager.get_plugin(EVIDENCE)
    if plugin is None:
        plugin = Evidence(config)
        config.pluginmanager.register(plugin, EVIDENCE)
    return plugin


def pytest_report_from_serializable(config: pytest.Config, data: dict) -> None:
    """On an xdist controller: a worker's report that carries an app's evidence means the
    `audit` fixture was used there; collect it here too (before the report is logged)."""
    if any(isinstance(p, (list, tuple)) and len(p) == 2 and p[0] == "journal"
           for p in data.get("user_properties") or ()):
        evidence(config)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """With app audits spread over workers, keep each app's (file's) tests on one worker so it
    is audited once: --dist load becomes loadfile when --cc-apps or --cc-devices is given."""
    if config.option.dist == "load" and (config.option.cc_apps or config.option.cc_devices):
        from xdist.scheduler import LoadFileScheduling
        return LoadFileScheduling(config, log)
    return None


# -- fixtures ------------------------------------------------------------------------------------
@pytest.fixture
def cc_target(request: pytest.FixtureRequest) -> str:
    """The app to audit: the cc_target mark, else --cc-target. Override it in a test module
    (a fixture returning "apps/my-app.yaml") or parametrize it."""
    mark = request.node.get_closest_marker("cc_target")
    if mark is not None:
        return mark.args[0]
    target = request.config.option.cc_target
    if not target:
        pytest.fail("no app to audit: give --cc-target TARGET, mark the test "
                    "@pytest.mark.cc_target(\"apps/x.yaml\") or override the cc_target fixture",
                    pytrace=False)
    return target


@pytest.fixture(scope="session")
def cc_device(pytestconfig: pytest.Config) -> str | None:
    """This worker's device: its --cc-devices entry, or --cc-device (None: the config's own)."""
    return pytestconfig.stash[CACHE].settings.device


@pytest.fixture(scope="session")
def cc_audits(pytestconfig: pytest.Config) -> AuditCache:
    """The session's audits: cc_audits.get(target) audits once and caches."""
    return pytestconfig.stash[CACHE]


@pytest.fixture
def audit(request: pytest.FixtureRequest, cc_target: str, cc_audits: AuditCache,
          cc_device: str | None) -> AppAudit:
    """The audit of cc_target, run once per session and shared by every test of that app."""
    evidence(request.config)
    result = _get(cc_audits, cc_target)
    _attach(request.node, result)
    return result


def _get(cache: AuditCache, target: str) -> AppAudit:
    try:
        return cache.get(target)
    except WrongBackend as exc:
        pytest.skip(f"{target}: {exc}")
    except Exception as exc:   # noqa: BLE001 — bad config, no device…: one readable line
        pytest.fail(f"{target}: could not audit: {type(exc).__name__}: {exc}", pytrace=False)


def _attach(item: pytest.Item, result: AppAudit) -> None:
    item.stash[_AUDIT] = result
    item.user_properties.extend(result.properties())


_AUDIT = pytest.StashKey[AppAudit]()


# -- failures that show the steps and findings ---------------------------------------------------
def pytest_assertrepr_compare(config: pytest.Config, op: str, left, right) -> list[str] | None:
    for side in (left, right):
        if isinstance(side, (Outcome, Count, NoPath)):
            return [f"{left!r} {op} {right!r}", *side.audit.describe().splitlines()]
    return None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    rep = yield
    result = item.stash.get(_AUDIT, None)
    if result is None:
        return rep
    if rep.when == "call" and rep.failed and not isinstance(item, ExpectationItem):
        rep.sections.append((f"cancelcheck: {result.name}", result.describe()))
    if pytest_html is not None and rep.when == "call":
        extras = getattr(rep, "extras", [])
        extras.append(pytest_html.extras.text(result.describe(), name="cancelcheck"))
        for label, path in (("journal", result.journal), ("report", result.report),
                            ("video", result.video)):
            if path is not None:
                extras.append(pytest_html.extras.url(Path(path).resolve().as_uri(), name=label))
        rep.extras = extras
    return rep


# -- apps/*.yaml as tests ------------------------------------------------------------------------
def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> "AppFile | None":
    if file_path.suffix not in (".yaml", ".yml"):
        return None
    dirs = parent.config.stash.get(APPS_DIRS, [])
    if file_path.resolve().parent in dirs:
        return AppFile.from_parent(parent, path=file_path)
    return None


class AppFile(pytest.File):
    """An app config; each expectation in its `expect:` is a test item."""

    def collect(self):
        from cancelcheck.records.yamlsrc import SourceError

        from .config import load_config
        try:
            cfg = load_config(self.path)
        except SourceError as exc:
            raise self.CollectError(str(exc)) from None
        where = cfg.lines
        e = cfg.expect

        def line(*keys):
            return (where.line(("expect", *keys)) if where else 1) or 1

        checks = []
        if e.outcome is not None:
            checks.append(("outcome", "outcome", e.outcome, line("outcome")))
        if e.difficulty is not None:
            checks.append(("difficulty", "difficulty", e.difficulty, line("difficulty")))
        if e.max_path_steps is not None:
            checks.append(("max_path_steps", "max_path_steps", e.max_path_steps,
                           line("max_path_steps")))
        if e.max_entry_depth is not None:
            checks.append(("max_entry_depth", "max_entry_depth", e.max_entry_depth,
                           line("max_entry_depth")))
        for i, t in enumerate(e.absent_findings):
            checks.append((f"absent_findings[{t}]", "absent_findings", t,
                           line("absent_findings", i)))
        for i, t in enumerate(e.findings):
            checks.append((f"findings[{t}]", "findings", t, line("findings", i)))
        base = baseline_path(self.path)
        if base.is_file():
            checks.append(("baseline", "baseline", base, 1))
        if not checks:
            checks.append(("audit", "audit", None, line()))
        for name, kind, value, lineno in checks:
            yield ExpectationItem.from_parent(self, name=name, kind=kind, value=value,
                                              lineno=lineno)


class ExpectationFailed(Exception):
    pass


class ExpectationItem(pytest.Item):
    def __init__(self, *, kind, value, lineno, **kw):
        super().__init__(**kw)
        self.kind, self.value, self.lineno = kind, value, lineno

    def runtest(self) -> None:
        evidence(self.config)
        result = _get(self.config.stash[CACHE], str(self.path))
        _attach(self, result)
        j = result.journey
        problem = None
        if self.kind == "outcome" and j.outcome != self.value:
            problem = f"outcome: expected {self.value}, got {j.outcome} ({j.reason})"
        elif self.kind == "difficulty" and j.difficulty != self.value:
            problem = f"difficulty: expected {self.value}, got {j.difficulty or 'none'}"
        elif self.kind in ("max_path_steps", "max_entry_depth"):
            got = getattr(j, self.kind[4:])
            what = "path steps" if self.kind == "max_path_steps" else "entry depth"
            if got is None:
                problem = f"{self.kind}: at most {self.value} {what} expected, but no path was found"
            elif got > self.value:
                problem = f"{self.kind}: at most {self.value} {what} expected, got {got}"
        elif self.kind == "absent_findings":
            found = result.findings.of(self.value)
            if found:
                problem = (f"absent_findings: {self.value} expected absent, found {len(found)}: "
                           + "; ".join(f.line() for f in found))
        elif self.kind == "findings" and not result.findings.of(self.value):
            problem = f"findings: {self.value} expected, none found"
        elif self.kind == "baseline":
            regs = result.regressions
            if regs:
                problem = (f"baseline: {len(regs)} regression(s) against {self.value}: "
                           + "; ".join(c.text for c in regs))
        elif self.kind == "audit" and j.outcome == "error":
            problem = f"the audit could not run: {j.reason}"
        if problem:
            raise ExpectationFailed(result.failure_text(f"{self.path}:{self.lineno}: {problem}"))

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, ExpectationFailed):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, self.lineno - 1, f"{self.path.name}::{self.name}"


# -- evidence where pytest users look ------------------------------------------------------------
@dataclass
class AppState:
    """What the session learnt about one audited app, from its tests' reports."""
    props: dict = field(default_factory=dict)     # app, outcome, path_steps, journal, video …
    failed: bool = False                          # a test of this app failed
    video_removed: bool = False                   # the video policy removed its video


class Evidence:
    """Gathers the apps' properties from the test reports (the controller's view under xdist
    too), applies the video policy, prints the paths."""

    def __init__(self, config: pytest.Config):
        self.config = config
        self.apps: dict[str, AppState] = {}       # by journal path
        self.summary: Path | None = None
        self.summary_error = ""

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        props = dict(p for p in report.user_properties if isinstance(p, tuple) and len(p) == 2)
        if "app" not in props or "journal" not in props:
            return
        state = self.apps.setdefault(props["journal"], AppState())
        state.props.update(props)
        if report.failed:
            state.failed = True

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if hasattr(self.config, "workerinput"):
            return
        o = self.config.option
        for state in self.apps.values():
            video = state.props.get("video")
            if video and o.cc_video == "retain-on-failure" and not state.failed:
                Path(video).unlink(missing_ok=True)
                shutil.rmtree(Path(video).parent / "native", ignore_errors=True)
                state.video_removed = True
        if o.cc_report and self.apps:
            try:
                from cancelcheck.evidence.report import render_summary
                self.summary = render_summary([s.props["journal"] for s in self.apps.values()],
                                              Path(o.cc_out) / "summary.html")
            except Exception as exc:   # noqa: BLE001 — the summary page must not fail the run
                self.summary_error = str(exc)

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        if not self.apps:
            return
        tr = terminalreporter
        tr.write_sep("-", "cancelcheck evidence")
        for state in sorted(self.apps.values(), key=lambda s: s.props["app"]):
            p = state.props
            mark = "FAILED" if state.failed else "passed"
            steps = p.get("path_steps")
            steps = "no path found" if steps is None else f"{steps} path steps"
            tr.write_line(f"{p['app']}: {p['outcome']}, {steps}, "
                          f"findings: {p.get('findings') or 'none'} [{mark}]"
                          + (f" on {p['device']}" if p.get("device") else ""))
            tr.write_line(f"  journal: {p['journal']}")
            if p.get("report"):
                tr.write_line(f"  report:  {p['report']}")
            if p.get("video"):
                tr.write_line(f"  video:   {p['video']}" + (
                    " (removed: passed, --cc-video retain-on-failure)"
                    if state.video_removed else ""))
        if self.summary:
            tr.write_line(f"summary: {self.summary}")
        if self.summary_error:
            tr.write_line(f"summary not written: {self.summary_error}")
