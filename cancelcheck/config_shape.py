"""The shape of an app config (apps/*.yaml) as pydantic models: which keys, which types, which
ranges, and the one-line message each mistake gets. load_config (config.py) validates with it
and then does what a shape cannot: ${env:…} values, reading the flows, keys that exclude each
other. `cancelcheck schema` turns the same models into a JSON Schema for editors.
"""
from __future__ import annotations

import re
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BeforeValidator, Field

from cancelcheck.flows.commands import Shape, short
from cancelcheck.flows.commands.shapes import Flag, fail, says, whole
from cancelcheck.records import DIFFICULTY, OUTCOMES, TYPES
from cancelcheck.screens.oneline import UNPRINTABLE

MAX_NAME = 100
CRED_KEYS = ("email", "password", "phone", "sms_code", "username")
# what sign-up may have collected (signup_collected:), the words policies/ compare identity
# checks with (GB/T 35273-2020 §8.5)
SIGNUP_ITEMS = ("phone", "email", "name", "id_number", "id_photo", "face", "bank_card")
_URL = re.compile(r"https?://[^\s/]+")


def _name(v):
    """An app's name is shown in reports and terminals and (through evidence.files.safe_name)
    names its evidence folder: one line of text, no control or bidi-override characters."""
    if isinstance(v, bool) or not isinstance(v, (str, int, float)) or len(str(v)) > MAX_NAME \
            or UNPRINTABLE.search(str(v)):
        raise fail(f"must be one line of text of at most {MAX_NAME} characters, "
                   "with no control or bidi-override characters")
    return v


def _target(v):
    if not isinstance(v, str) or not v.strip():
        raise fail("must be a specimen name, a URL or a device spec")
    return v


def _flow(v):
    if isinstance(v, str):
        if not v.strip() or "\x00" in v:
            raise fail("must be the name of a flow file")
        return v
    if isinstance(v, list):
        return v
    raise fail("must be a flow file name or a list of flow commands")


def _deletion_url(v):
    if v is False or (isinstance(v, str) and _URL.match(v.strip())):
        return v
    raise fail("must be an http(s):// address, or false when the app offers no web page for "
               "deletion requests")


def _signup_items(v):
    if not isinstance(v, list):
        raise fail(f"must be a list of {', '.join(SIGNUP_ITEMS)}")
    return v


def _signup_item(v):
    if v not in SIGNUP_ITEMS:
        raise fail(f"unknown item {short(v)}; allowed: {', '.join(SIGNUP_ITEMS)}")
    return v


def _finding_types(v):
    if not isinstance(v, list):
        raise fail("must be a list of finding types")
    return v


def _finding_type(v):
    if not isinstance(v, str) or v not in TYPES:
        raise fail(f"unknown finding type {short(v)}")
    return v


def mapping(message: str) -> BeforeValidator:
    """A key whose value must be a mapping (or nothing), with our message when it is not."""
    def check(v):
        if v is not None and not isinstance(v, dict):
            raise fail(message)
        return v
    return BeforeValidator(check)


def _one_of(values):
    return says(f"must be one of {', '.join(values)}")


FlowRef = Annotated[str | list, BeforeValidator(_flow), Field(json_schema_extra={"x-flow": True})]
# login: also takes `auto` (the sign-in form found and filled; needs credentials.password)
FindingTypes = Annotated[list[Annotated[Literal[tuple(TYPES)], BeforeValidator(_finding_type)]],
                         BeforeValidator(_finding_types)]


class Credentials(Shape):
    """What a login flow may type: ${username}, ${password}, … (${env:NAME} values allowed)."""
    username: Annotated[str | int, says("must be text")] | None = None
    password: Annotated[str | int, says("must be text")] | None = None
    email: Annotated[str | int, says("must be text")] | None = None
    sms_code: Annotated[str | int, says("must be text")] | None = None
    phone: Annotated[str | int, says("must be text")] | None = None


class Budget(Shape):
    unknown_key: ClassVar[str] = "must be {{steps: N, minutes: M}}"
    unknown_key_at_parent: ClassVar[bool] = True
    steps: whole(1, 10000) | None = None
    minutes: Annotated[float, Field(gt=0, le=600, allow_inf_nan=False),
                       says("must be a number of minutes up to 600")] | None = None


class AppIds(Shape):
    model_config = {**Shape.model_config, "extra": "allow"}
    package: Annotated[str, says("must be text")] | None = None
    activity: Annotated[str, says("must be text")] | None = None


class Expect(Shape):
    """What the audit must find (a failed expectation fails the run)."""
    outcome: Annotated[Literal[OUTCOMES], _one_of(OUTCOMES)] | None = None
    max_path_steps: whole(0, 10000) | None = None
    max_entry_depth: whole(0, 10000) | None = None
    absent_findings: FindingTypes | None = None
    findings: FindingTypes | None = None
    difficulty: Annotated[Literal[DIFFICULTY], _one_of(DIFFICULTY)] | None = None


class AppConfigShape(Shape):
    """An app config: what to audit, how to reach the logged-in start, credentials, an optional
    scripted flow, budgets, safety, expectations and what the rule sets need to know."""
    target: Annotated[str, BeforeValidator(_target)]
    name: Annotated[str | int | float, BeforeValidator(_name)] | None = None
    backend: Annotated[str, says("must be web, u2 or appium")] = ""
    app: Annotated[AppIds, mapping("must be a mapping")] | None = None
    capabilities: Annotated[dict[str, Any], mapping("must be a mapping")] | None = None
    credentials: Annotated[Credentials | None,
                           mapping("must be a mapping of username, password, …")] = None
    start: Annotated[Any, Field(json_schema_extra={"const": "logged_in"})] = "logged_in"
    login: FlowRef | None = None
    flow: FlowRef | None = None
    budget: Annotated[Budget | None, mapping("must be {steps: N, minutes: M}")] = None
    commit: Flag = False
    signup_steps: whole(1, 1000) | None = None
    signup_flow: FlowRef | None = None
    regulated: Flag | None = None
    subscription: Flag | None = None
    deletion_url: Annotated[str | Literal[False], BeforeValidator(_deletion_url)] | None = None
    signup_collected: Annotated[list[Annotated[Literal[SIGNUP_ITEMS], BeforeValidator(_signup_item)]],
                                BeforeValidator(_signup_items)] | None = None
    signup_phone: Any = None
    allow_hosts: Annotated[list[str], says("must be a list of host:port")] | None = None
    expect: Annotated[Expect | None, mapping("must be a mapping")] = None
    description: Any = None


TOP_KEYS = set(AppConfigShape.keys())
