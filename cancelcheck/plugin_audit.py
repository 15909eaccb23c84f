"""What the pytest plugin hands to tests: one audit per app, run once per session (per worker)
and cached, with attributes that read like the rule they check, and the device pool.

    audit.outcome == "reachable"          a str that remembers its audit (failures show the steps)
    audit.path_steps <= 4                  an int (or NoPath, greater than any number) likewise;
                                           NoPath when the final confirmation was not reached
    audit.reached_steps                    how far the run got, whatever the outcome
    not audit.findings.of("confirmshaming")
    audit.verdict("apple-5.1.1v").passed
    audit.expect_no_obstruction()          AssertionError listing steps, findings and evidence
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

OK_OUTCOMES = ("reachable", "deleted")
VIDEO_POLICIES = ("on", "off", "retain-on-failure")


# -- values that remember their audit ------------------------------------------------------------
class Outcome(str):
    audit: "AppAudit"


class Count(int):
    audit: "AppAudit"


class NoPath:
    """path_steps / entry_depth when no path was found: worse than any number, equal to None."""

    audit: "AppAudit"

    def __eq__(self, other):
        return other is None or isinstance(other, NoPath)

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return False

    __le__ = __lt__

    def __gt__(self, other):
        return True

    __ge__ = __gt__

    def __bool__(self):
        return False

    def __hash__(self):
        return hash(None)

    def __repr__(self):
        return "None (no path found)"


def _remember(value, audit):
    if value is None:
        v = NoPath()
    elif isinstance(value, bool):
        return value
    elif isinstance(value, int):
        v = Count(value)
    elif isinstance(value, str):
        v = Outcome(value)
    else:
        return value
    v.audit = audit
    return v


class FindingList(list):
    """The findings of an audit; `.of("confirmshaming", …)` is the ones of those types."""

    def of(self, *types: str) -> "FindingList":
        from cancelcheck.records import TYPES
        for t in types:
            if t not in TYPES:
                raise ValueError(f"unknown finding type {t!r}; known: {', '.join(TYPES)}")
        return FindingList(f for f in self if f.type in types)

    @property
    def types(self) -> list[str]:
        return sorted({f.type for f in self})

    def __repr__(self) -> str:
        return "[" + "; ".join(f.line() for f in self) + "]"


# -- one audit -----------------------------------------------------------------------------------
class AppAudit:
    """The result of auditing one app, for assertions. `.journey` is the full Journey."""

    def __init__(self, name: str, result, device: str | None = None):
        self.name = name
        self.result = result
        self.journey = result.journey
        self.config = result.config
        self.out_dir = Path(result.out_dir)
        self.device = device
        self._verdicts = None
        self._comparison = None

    # the numbers and words, remembering where they came from
    @property
    def outcome(self) -> Outcome:
        return _remember(self.journey.outcome, self)

    @property
    def path_steps(self):
        return _remember(self.journey.path_steps, self)

    @property
    def entry_depth(self):
        return _remember(self.journey.entry_depth, self)

    @property
    def reached_steps(self):
        """Steps on the path to where the run ended, whatever the outcome (how far it got)."""
        return _remember(self.journey.reached_steps, self)

    @property
    def effort(self) -> Count:
        return _remember(self.journey.effort, self)

    @property
    def difficulty(self) -> Outcome:
        return _remember(self.journey.difficulty, self)

    @property
    def wait_seconds(self) -> float:
        return self.journey.wait_seconds

    @property
    def reason(self) -> str:
        return self.journey.reason

    @property
    def findings(self) -> FindingList:
        return FindingList(self.journey.findings)

    @property
    def steps(self) -> list[str]:
        """The shortest path found, one line per step, the final confirmation last."""
        from cancelcheck.records import path_lines
        return path_lines(self.journey)

    # evidence
    @property
    def journal(self) -> Path:
        return self.out_dir / "journal.json"

    @property
    def report(self) -> Path | None:
        p = self.out_dir / "report.html"
        return p if p.is_file() else None

    @property
    def video(self) -> Path | None:
        p = self.out_dir / "video.mp4"
        return p if p.is_file() else None

    @property
    def baseline(self) -> Path | None:
        """apps/NAME.baseline.json beside the app config, when there is one."""
        p = baseline_path(self.config.path) if self.config is not None else None
        return p if p is not None and p.is_file() else None

    # rules
    @property
    def verdicts(self):
        if self._verdicts is None:
            from cancelcheck.policies import judge
            self._verdicts = judge(self.journey, self.config)
        return self._verdicts

    def verdict(self, clause: str):
        return self.verdicts.get(clause)

    def comparison(self):
        """evidence.compare of the baseline and this run (None without a baseline)."""
        if self._comparison is None and self.baseline is not None:
            from cancelcheck.evidence.compare import compare
            from cancelcheck.evidence.journal import read_journal
            self._comparison = compare(read_journal(self.baseline), self.journey)
        return self._comparison

    @property
    def regressions(self) -> list:
        cmp = self.comparison()
        return list(cmp.regressions) if cmp is not None else []

    # helpers that read like the rule
    def expect_no_obstruction(self, allow: tuple[str, ...] | list[str] = ()) -> None:
        """Deletion reachable (or done) and no dark pattern found, except the types in allow."""
        problems = []
        if self.journey.outcome not in OK_OUTCOMES:
            problems.append(f"outcome is {self.journey.outcome!r} ({self.reason}), "
                            f"expected reachable or deleted")
        found = [f for f in self.journey.findings if f.type not in allow]
        if found:
            problems.append(f"{len(found)} finding(s): {', '.join(sorted({f.type for f in found}))}")
        if problems:
            raise AssertionError(self.failure_text("obstruction: " + "; ".join(problems)))

    def expect_no_regression(self) -> None:
        """Nothing worse than the baseline (apps/NAME.baseline.json); passes without one."""
        regs = self.regressions
        if regs:
            raise AssertionError(self.failure_text(
                f"regression against {self.baseline}: " + "; ".join(c.text for c in regs)))

    # text
    def describe(self) -> str:
        from cancelcheck.records import counts_line
        from cancelcheck.screens.model import printable
        j = self.journey
        lines = [f"audit of {self.name}: {j.outcome} ({j.difficulty or '-'}) — {printable(j.reason)}",
                 f"{counts_line(j)}, forced wait {j.wait_seconds:.0f} s"]
        steps = self.steps
        lines.append("steps:" if steps else "steps: none on a path")
        lines += [f"  {n:2d}. {printable(s)}" for n, s in enumerate(steps, 1)]
        lines.append(f"findings ({len(j.findings)}):" if j.findings else "findings: none")
        lines += [f"  - {f.line()}" for f in j.findings]
        failed = self.verdicts.failed()
        if failed:
            lines.append(f"rules failed ({len(failed)}):")
            lines += [f"  - {v.line(j.findings)}" for v in failed]
        lines.append(f"journal: {self.journal}")
        if self.report:
            lines.append(f"report:  {self.report}")
        if self.video:
            lines.append(f"video:   {self.video}")
        return "\n".join(lines)

    def failure_text(self, headline: str) -> str:
        return headline + "\n" + self.describe()

    def properties(self) -> list[tuple[str, object]]:
        """For JUnit XML (item.user_properties) and the terminal summary."""
        j = self.journey
        props = [("app", self.name), ("outcome", j.outcome), ("path_steps", j.path_steps),
                 ("entry_depth", j.entry_depth), ("effort", j.effort),
                 ("findings", ",".join(sorted({f.type for f in j.findings}))),
                 ("journal", str(self.journal))]
        if self.report:
            props.append(("report", str(self.report)))
        if self.video:
            props.append(("video", str(self.video)))
        if self.device:
            props.append(("device", self.device))
        return props

    def __repr__(self) -> str:
        j = self.journey
        steps = "no path found" if j.path_steps is None else f"{j.path_steps} path steps"
        return (f"<audit {self.name}: {j.outcome}, {steps}, "
                f"{len(j.findings)} findings; {self.journal}>")


def baseline_path(config_path: str | Path) -> Path:
    p = Path(config_path)
    return p.with_name(p.stem + ".baseline.json")


# -- the device pool -----------------------------------------------------------------------------
def parse_pool(text: str) -> list[str]:
    """--cc-devices: comma-separated u2:SERIAL (or a bare serial), appium:URL (or an http URL),
    chromium:N (N local Chromium instances)."""
    pool: list[str] = []
    for raw in (t.strip() for t in text.split(",")):
        if not raw:
            continue
        if raw.startswith("chromium:"):
            n = raw.split(":", 1)[1]
            if not n.isdigit() or int(n) < 1:
                raise ValueError(f"--cc-devices: {raw!r}: chromium:N needs a whole number N ≥ 1")
            start = sum(e.startswith("chromium#") for e in pool)
            pool += [f"chromium#{start + i + 1}" for i in range(int(n))]
        elif raw.startswith(("u2:", "appium:")):
            pool.append(raw)
        elif raw.startswith(("http://", "https://")):
            pool.append("appium:" + raw)
        elif ":" in raw and not raw.split(":", 1)[1].isdigit():
            raise ValueError(f"--cc-devices: {raw!r}: use a serial, u2:SERIAL, appium:URL or chromium:N")
        else:
            pool.append("u2:" + raw)           # an adb serial (emulator-5554, 192.168.1.5:5555)
    if len(set(pool)) != len(pool):
        raise ValueError(f"--cc-devices: a device is listed twice ({text})")
    return pool


def backend_of(spec: str) -> str:
    scheme = spec.split(":", 1)[0]
    if spec.startswith("chromium#") or scheme not in ("u2", "appium"):
        return "web"
    return scheme


def worker_index(worker_id: str) -> int:
    return int(worker_id[2:]) if worker_id.startswith("gw") and worker_id[2:].isdigit() else 0


# -- running audits once -------------------------------------------------------------------------
@dataclass
class Settings:
    out: Path = Path("out/pytest")
    commit: bool | None = None
    video: str = "on"
    report: bool = False
    device: str | None = None        # this process's device: --cc-device or a pool entry
    backend: str | None = None
    worker: str = "master"


@dataclass
class AuditCache:
    settings: Settings
    done: dict = field(default_factory=dict)     # key → AppAudit or the exception

    def get(self, target: str) -> AppAudit:
        from .api import resolve
        key = str(Path(target).resolve()) if target.endswith((".yaml", ".yml")) else target
        if key not in self.done:
            try:
                self.done[key] = self._run(target, resolve)
            except Exception as exc:         # noqa: BLE001 — kept and re-raised for every test
                self.done[key] = exc
        got = self.done[key]
        if isinstance(got, BaseException):
            raise got
        return got

    def _run(self, target: str, resolve) -> AppAudit:
        from cancelcheck.evidence.files import safe_name

        from . import api
        device_target, cfg = resolve(target)
        name = cfg.name if cfg else safe_name(target.split("://")[-1], "target")
        s = self.settings
        device = device_for(device_target, cfg, s)
        out = s.out / (s.worker if s.worker != "master" else "") / safe_name(name)
        if (out / "journal.json").is_file():          # our own earlier run: start clean
            shutil.rmtree(out)
        kwargs = dict(out_dir=out, commit=s.commit, video=s.video != "off",
                      native_video=s.video != "off", report=s.report)
        if device is not None and not device.startswith("chromium#"):
            kwargs["device"] = device       # this worker's device from the pool
        result = api.audit(target, **kwargs)
        return AppAudit(name, result, device)


class WrongBackend(Exception):
    """The app runs on another backend than --cc-backend asks for: its tests are skipped."""


def device_for(device_target: str, cfg, s: Settings) -> str | None:
    """The device an app runs on in this process: its own for web targets (audit() starts a
    separate Chromium for each) unless the pool gives an Appium server (then Chromium through
    it), this worker's pool entry for u2: and appium: targets."""
    want = (cfg.backend if cfg is not None and cfg.backend else None) or backend_of(device_target)
    if s.backend and want != s.backend:
        raise WrongBackend(f"runs on {want}, not on {s.backend} (--cc-backend)")
    if s.device is None:
        return None
    have = backend_of(s.device)
    if have != want and not (want == "web" and have == "appium"):   # Chromium through Appium
        raise ValueError(f"{device_target} runs on {want}, but this worker's device "
                         f"(--cc-devices / --cc-device) is {s.device}, a {have} device")
    return s.device
