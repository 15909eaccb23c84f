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

from pydantic import ValidationError

from cancelcheck.flows.commands.base import source_error
from cancelcheck.flows.flowfile import Flow, parse_embedded, parse_file
from cancelcheck.records.yamlsrc import SourceError, Where, load

from .config_shape import AppConfigShape

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


def _env(value: str, where: Where, keys: tuple) -> str:
    def sub(m):
        name, default = m.group(1), m.group(2)
        if name in os.environ:
            return os.environ[name]
        if default is not None:
            return default
        raise where.error(keys, f"environment variable {name} is not set")
    return _ENV.sub(sub, value)


def _flow(value, where: Where, keys: tuple, base: Path) -> Flow:
    if isinstance(value, str):
        return parse_file(base / value)
    return parse_embedded(value, where, keys)


def load_config(path: str | Path) -> AppConfig:
    path = Path(path)
    data, where = load(path)
    if not isinstance(data, dict):
        raise where.error((), "an app config is a mapping (name:, target:, …)")
    try:
        shape = AppConfigShape.model_validate(data)
    except ValidationError as exc:
        if any(e["type"] == "missing" and e["loc"] == ("target",) for e in exc.errors()) \
                and not any(e["type"] == "extra_forbidden" for e in exc.errors()):
            raise where.error((), "target: is missing (a specimen name, a URL or a device spec)") \
                from None
        raise source_error(exc, where, (), 1, model=AppConfigShape) from None
    base = path.parent
    name = str(shape.name).strip() if shape.name is not None else ""
    cfg = AppConfig(path=path, name=name or path.stem, target=shape.target,
                    backend=shape.backend, lines=where)
    cfg.app = dict(data.get("app") or {})
    cfg.capabilities = dict(data.get("capabilities") or {})
    for k, v in (data.get("credentials") or {}).items():
        if v is not None:
            cfg.credentials[k] = _env(str(v), where, ("credentials", k))
    if shape.login == "auto":               # find the sign-in form and fill it
        if not cfg.credentials.get("password"):
            raise where.error(("login",), "auto needs credentials: with a password")
        cfg.login_auto = True
    elif shape.login is not None:
        cfg.login = _flow(shape.login, where, ("login",), base)
    elif shape.start != "logged_in":
        raise where.error(("start",), "must be logged_in, or give login: with a flow")
    if shape.flow is not None:
        cfg.flow = _flow(shape.flow, where, ("flow",), base)
    if shape.budget is not None:
        cfg.budget_steps = shape.budget.steps or cfg.budget_steps
        if shape.budget.minutes is not None:
            cfg.budget_seconds = float(shape.budget.minutes) * 60
    cfg.commit = shape.commit
    cfg.signup_steps = shape.signup_steps
    if shape.signup_flow is not None:
        if cfg.signup_steps is not None:
            raise where.error(("signup_flow",), "give signup_steps or signup_flow, not both")
        cfg.signup_flow = _flow(shape.signup_flow, where, ("signup_flow",), base)
        cfg.signup_steps = flow_steps(cfg.signup_flow)
        if cfg.signup_steps < 1:
            raise where.error(("signup_flow",), "the sign-up flow has no user steps to count")
    cfg.regulated = bool(shape.regulated)
    cfg.subscription = shape.subscription
    if shape.deletion_url is not None:
        cfg.deletion_url = shape.deletion_url.strip() if isinstance(shape.deletion_url, str) \
            else False
    if shape.signup_collected is not None:
        cfg.signup_collected = list(shape.signup_collected)
    if "signup_phone" in data:
        cfg.signup_phone = bool(data["signup_phone"])
    cfg.allow_hosts = list(shape.allow_hosts or [])
    e = shape.expect
    if e is not None:
        cfg.expect = Expectations(outcome=e.outcome, max_path_steps=e.max_path_steps,
                                  max_entry_depth=e.max_entry_depth,
                                  absent_findings=list(e.absent_findings or []),
                                  findings=list(e.findings or []), difficulty=e.difficulty)
    return cfg


def flow_steps(flow: Flow) -> int:
    """User steps a scripted flow takes: each command says how many (flows/commands/); an
    `explore` cannot be counted and says so."""
    return sum(c.steps() for c in flow.commands)
