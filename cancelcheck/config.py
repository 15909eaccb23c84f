"""App configs (apps/*.yaml): what to audit, how to reach the logged-in start, credentials,
an optional scripted flow, budgets, safety and expectations.

    name: fair-en
    target: fair-en                 # a specimen, a URL, or a device spec (web:URL, u2:SERIAL, appium:URL)
    start: logged_in                # or  login: flows/login.yaml  (or a list of flow commands)
                                    # or  login: auto  (the sign-in form found and filled)
    credentials:
      username: alex@example.com
      password: ${env:FAIR_PASSWORD}          # ${env:NAME:-default} gives a default
    flow: ../flows/fair-en.yaml     # optional scripted deletion flow (file or list of commands)
    budget: {steps: 60, minutes: 5}
    commit: false                   # never confirm the final deletion unless true
    expect:
      outcome: reachable
      max_path_steps: 5
      absent_findings: [confirmshaming, false_hierarchy]
    # what the rule sets in policies/ need to know about the app (all optional)
    signup_steps: 6                 # or  signup_flow: flows/signup.yaml (its user steps are counted)
    signup_collected: [phone, email]   # what sign-up asked for (phone, email, name, id_number,
                                       # id_photo, face, bank_card)
    regulated: false                # a highly regulated industry (Apple 5.1.1(v) allows a call)
    subscription: true              # a paid contract concluded online (§312k BGB, California ARL)
    deletion_url: https://example.com/delete-account   # or false: no web page (Google Play)

Every mistake is reported as FILE:LINE: key: what is wrong.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from cancelcheck.flows.flowfile import Flow, _short, parse_embedded, parse_file
from cancelcheck.records import OUTCOMES, TYPES
from cancelcheck.records.yamlsrc import SourceError, Where, load
from cancelcheck.screens.oneline import UNPRINTABLE

TOP_KEYS = {"name", "target", "backend", "app", "capabilities", "start", "login", "credentials",
            "flow", "budget", "commit", "expect", "signup_steps", "signup_flow", "signup_phone",
            "description", "allow_hosts", "regulated", "deletion_url", "subscription",
            "signup_collected"}
CRED_KEYS = {"username", "password", "email", "sms_code", "phone"}
EXPECT_KEYS = {"outcome", "max_path_steps", "max_entry_depth", "absent_findings", "findings",
               "difficulty"}
# what sign-up may have collected (signup_collected:), the words policies/ compare identity
# checks with (GB/T 35273-2020 §8.5)
SIGNUP_ITEMS = ("phone", "email", "name", "id_number", "id_photo", "face", "bank_card")
# flow commands that are user steps when a sign-up flow is counted (DESIGN.md's "step")
SIGNUP_STEP_VERBS = {"tapOn", "inputText", "back", "pickOption", "check", "uncheck",
                     "scrollUntilVisible"}
_ENV = re.compile(r"\$\{env:([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


@dataclass
class Expectations:
    outcome: str | None = None
    max_path_steps: int | None = None
    max_entry_depth: int | None = None
    absent_findings: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
    difficulty: str | None = None


@dataclass
class AppConfig:
    path: Path
    name: str
    target: str
    backend: str = ""
    app: dict = field(default_factory=dict)
    capabilities: dict = field(default_factory=dict)
    login: Flow | None = None
    login_auto: bool = False        # login: auto — the sign-in form is found and filled
    credentials: dict = field(default_factory=dict)
    flow: Flow | None = None
    budget_steps: int = 80
    budget_seconds: float = 300.0
    commit: bool = False
    expect: Expectations = field(default_factory=Expectations)
    signup_steps: int | None = None
    signup_phone: bool | None = None
    signup_flow: Flow | None = None          # counted into signup_steps
    signup_collected: list[str] | None = None   # None: unknown
    regulated: bool = False                  # a highly regulated industry (Apple 5.1.1(v))
    subscription: bool | None = None         # a paid contract concluded online (§312k BGB, ARL)
    deletion_url: str | bool | None = None   # web page for deletion requests; False: none
    allow_hosts: list[str] = field(default_factory=list)
    lines: Where | None = None


class ConfigError(SourceError):
    pass


MAX_NAME = 100


def _good_name(name) -> bool:
    """An app's name is shown in reports and terminals and (through evidence.files.safe_name)
    names its evidence folder: one line of text, no control or bidi-override characters."""
    if isinstance(name, bool) or not isinstance(name, (str, int, float)):
        return False
    name = str(name)
    return len(name) <= MAX_NAME and not UNPRINTABLE.search(name)


def _env(value: str, where: Where, keys: tuple) -> str:
    def sub(m):
        name, default = m.group(1), m.group(2)
        if name in os.environ:
            return os.environ[name]
        if default is not None:
            return default
        raise where.error(keys, f"environment variable {name} is not set")
    return _ENV.sub(sub, value)


def _int(data: dict, key: str, where: Where, keys: tuple, lo: int, hi: int) -> int | None:
    if key not in data:
        return None
    v = data[key]
    if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
        raise where.error(keys + (key,), f"must be a whole number from {lo} to {hi}")
    return v


def _flow(value, where: Where, keys: tuple, base: Path) -> Flow:
    if isinstance(value, str):
        if not value.strip() or "\x00" in value:
            raise where.error(keys, "must be the name of a flow file")
        return parse_file(base / value)
    if isinstance(value, list):
        return parse_embedded(value, where, keys)
    raise where.error(keys, "must be a flow file name or a list of flow commands")


def load_config(path: str | Path) -> AppConfig:
    path = Path(path)
    data, where = load(path)
    if not isinstance(data, dict):
        raise where.error((), "an app config is a mapping (name:, target:, …)")
    for key in data:
        if key not in TOP_KEYS:
            raise where.error((key,), f"unknown key; allowed: {', '.join(sorted(TOP_KEYS))}")
    if "target" not in data:
        raise where.error((), "target: is missing (a specimen name, a URL or a device spec)")
    if not isinstance(data["target"], str) or not data["target"].strip():
        raise where.error(("target",), "must be a specimen name, a URL or a device spec")
    base = path.parent
    name = data.get("name")
    if name is not None and not _good_name(name):
        raise where.error(("name",), f"must be one line of text of at most {MAX_NAME} characters, "
                                     "with no control or bidi-override characters")
    if not isinstance(data.get("backend", ""), str):
        raise where.error(("backend",), "must be web, u2 or appium")
    cfg = AppConfig(path=path, name=str(name).strip() if name is not None and str(name).strip()
                    else path.stem, target=data["target"],
                    backend=str(data.get("backend", "")), lines=where)
    for k in ("app", "capabilities"):
        if k in data:
            if not isinstance(data[k], dict):
                raise where.error((k,), "must be a mapping")
            setattr(cfg, k, data[k])
    for k in ("package", "activity"):
        if k in cfg.app and not isinstance(cfg.app[k], str):
            raise where.error(("app", k), "must be text")
    creds = data.get("credentials") or {}
    if not isinstance(creds, dict):
        raise where.error(("credentials",), "must be a mapping of username, password, …")
    for k, v in creds.items():
        if k not in CRED_KEYS:
            raise where.error(("credentials", k), f"unknown key; allowed: {', '.join(sorted(CRED_KEYS))}")
        if not isinstance(v, (str, int)):
            raise where.error(("credentials", k), "must be text")
        cfg.credentials[k] = _env(str(v), where, ("credentials", k))
    start = data.get("start", "logged_in")
    if data.get("login") == "auto":          # find the sign-in form and fill it
        if not cfg.credentials.get("password"):
            raise where.error(("login",), "auto needs credentials: with a password")
        cfg.login_auto = True
    elif "login" in data:
        cfg.login = _flow(data["login"], where, ("login",), base)
    elif start != "logged_in":
        raise where.error(("start",), "must be logged_in, or give login: with a flow")
    if "flow" in data:
        cfg.flow = _flow(data["flow"], where, ("flow",), base)
    budget = data.get("budget") or {}
    if not isinstance(budget, dict) or set(budget) - {"steps", "minutes"}:
        raise where.error(("budget",), "must be {steps: N, minutes: M}")
    cfg.budget_steps = _int(budget, "steps", where, ("budget",), 1, 10000) or cfg.budget_steps
    minutes = budget.get("minutes")
    if minutes is not None:
        if not isinstance(minutes, (int, float)) or isinstance(minutes, bool) \
                or not 0 < minutes <= 600:
            raise where.error(("budget", "minutes"), "must be a number of minutes up to 600")
        cfg.budget_seconds = float(minutes) * 60
    commit = data.get("commit", False)
    if not isinstance(commit, bool):
        raise where.error(("commit",), "must be true or false")
    cfg.commit = commit
    cfg.signup_steps = _int(data, "signup_steps", where, (), 1, 1000)
    if "signup_flow" in data:
        if cfg.signup_steps is not None:
            raise where.error(("signup_flow",), "give signup_steps or signup_flow, not both")
        cfg.signup_flow = _flow(data["signup_flow"], where, ("signup_flow",), base)
        cfg.signup_steps = flow_steps(cfg.signup_flow)
        if cfg.signup_steps < 1:
            raise where.error(("signup_flow",), "the sign-up flow has no user steps to count")
    for k in ("regulated", "subscription"):
        if k in data:
            if not isinstance(data[k], bool):
                raise where.error((k,), "must be true or false")
            setattr(cfg, k, data[k])
    if "deletion_url" in data:
        url = data["deletion_url"]
        if url is False:
            cfg.deletion_url = False
        elif isinstance(url, str) and re.match(r"https?://[^\s/]+", url.strip()):
            cfg.deletion_url = url.strip()
        else:
            raise where.error(("deletion_url",), "must be an http(s):// address, or false when "
                              "the app offers no web page for deletion requests")
    if "signup_collected" in data:
        items = data["signup_collected"]
        if not isinstance(items, list):
            raise where.error(("signup_collected",), f"must be a list of {', '.join(SIGNUP_ITEMS)}")
        for i, item in enumerate(items):
            if item not in SIGNUP_ITEMS:
                raise where.error(("signup_collected", i),
                                  f"unknown item {_short(item)}; allowed: {', '.join(SIGNUP_ITEMS)}")
        cfg.signup_collected = list(items)
    if "signup_phone" in data:
        cfg.signup_phone = bool(data["signup_phone"])
    hosts = data.get("allow_hosts") or []
    if not isinstance(hosts, list) or not all(isinstance(h, str) for h in hosts):
        raise where.error(("allow_hosts",), "must be a list of host:port")
    cfg.allow_hosts = hosts
    cfg.expect = _expect(data.get("expect") or {}, where)
    return cfg


def flow_steps(flow: Flow) -> int:
    """User steps a scripted flow takes: one per tap, text field, option, check, back or
    scroll-until-visible, `times` per scroll; a runFlow's commands count unless it has a
    `when:` (it may not run). An `explore` cannot be counted."""
    def count(commands) -> int:
        n = 0
        for c in commands:
            if c.verb == "explore":
                raise SourceError(Path(c.file), c.line,
                                  "explore: a sign-up flow must be scripted to count its steps")
            if c.verb in SIGNUP_STEP_VERBS:
                n += 1
            elif c.verb == "scroll":
                times = c.arg.get("times", 1) if isinstance(c.arg, dict) else 1
                n += times if isinstance(times, int) and times > 0 else 1
            elif c.verb == "runFlow" and not (isinstance(c.arg, dict) and "when" in c.arg):
                n += count(c.children)
        return n
    return count(flow.commands)


def _expect(e, where: Where) -> Expectations:
    if not isinstance(e, dict):
        raise where.error(("expect",), "must be a mapping")
    for k in e:
        if k not in EXPECT_KEYS:
            raise where.error(("expect", k), f"unknown key; allowed: {', '.join(sorted(EXPECT_KEYS))}")
    out = Expectations()
    if "outcome" in e:
        if e["outcome"] not in OUTCOMES:
            raise where.error(("expect", "outcome"), f"must be one of {', '.join(OUTCOMES)}")
        out.outcome = e["outcome"]
    out.max_path_steps = _int(e, "max_path_steps", where, ("expect",), 0, 10000)
    out.max_entry_depth = _int(e, "max_entry_depth", where, ("expect",), 0, 10000)
    for k in ("absent_findings", "findings"):
        v = e.get(k) or []
        if not isinstance(v, list):
            raise where.error(("expect", k), "must be a list of finding types")
        for i, t in enumerate(v):
            if not isinstance(t, str) or t not in TYPES:
                raise where.error(("expect", k, i), f"unknown finding type {_short(t)}")
        setattr(out, k, list(v))
    if "difficulty" in e:
        from cancelcheck.records import DIFFICULTY
        if e["difficulty"] not in DIFFICULTY:
            raise where.error(("expect", "difficulty"), f"must be one of {', '.join(DIFFICULTY)}")
        out.difficulty = e["difficulty"]
    return out
