"""Scripted flows: a YAML list of commands a tester can read, close to Maestro's.

    - launch
    - tapOn: "Profile"
    - tapOn: {text: "Settings", below: "Account"}
    - scrollUntilVisible: {element: "Delete account", direction: down}
    - inputText: {into: "Password", text: "${password}"}
    - waitFor: {element: "我已阅读并同意", enabled: true, timeout: 15}
    - pickOption: {field: "Reason", option: "Other"}
    - check: "I understand"
    - runFlow: {file: login.yaml, when: {visible: "Sign in"}}
    - explore
    - tapOn: {text: "Delete account", final: true}

One command per line; every mistake is reported as FILE:LINE: what is wrong.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from .yamlsrc import SourceError, Where, load, loads

SELECTOR_KEYS = {"text", "regex", "id", "description", "index", "point", "below", "childOf",
                 "optional", "timeout", "final", "enabled"}
DIRECTIONS = ("up", "down", "left", "right")

# command → (argument form, allowed keys of a mapping argument)
COMMANDS: dict[str, tuple[str, set[str]]] = {
    "launch": ("optional-map", {"fresh"}),
    "tapOn": ("selector", SELECTOR_KEYS),
    "inputText": ("map-or-text", {"into", "text", "secret"}),
    "scrollUntilVisible": ("map", {"element", "direction", "within", "max"}),
    "scroll": ("optional-map", {"direction", "within", "times"}),
    "back": ("none", set()),
    "assertVisible": ("selector", SELECTOR_KEYS),
    "assertNotVisible": ("selector", SELECTOR_KEYS),
    "waitFor": ("map-or-selector", {"seconds", "element", "enabled", "timeout"}),
    "pickOption": ("map", {"field", "option"}),
    "check": ("selector", SELECTOR_KEYS),
    "uncheck": ("selector", SELECTOR_KEYS),
    "runFlow": ("map", {"file", "commands", "when"}),
    "explore": ("optional-map", {"budget_steps", "budget_seconds"}),
}
REQUIRED = {"inputText": {"text"}, "scrollUntilVisible": {"element"},
            "pickOption": {"field", "option"}}
_VAR = re.compile(r"\$\{([^}]+)\}")
KNOWN_VARS = {"password", "username", "email", "sms_code"}


@dataclass
class Command:
    verb: str
    arg: object
    file: str
    line: int
    children: list["Command"] = field(default_factory=list)   # runFlow's commands

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass
class Flow:
    path: str
    commands: list[Command]


def _suggest(verb: str) -> str:
    close = difflib.get_close_matches(verb, COMMANDS, n=1)
    return f" (did you mean {close[0]}?)" if close else ""


def _check_vars(value, where: Where, keys: tuple) -> None:
    if isinstance(value, str):
        for name in _VAR.findall(value):
            if not (name in KNOWN_VARS or name.startswith("env:")):
                raise where.error(keys, f"unknown variable ${{{name}}}; use "
                                  + ", ".join(f"${{{v}}}" for v in sorted(KNOWN_VARS))
                                  + " or ${env:NAME}")
    elif isinstance(value, dict):
        for k, v in value.items():
            _check_vars(v, where, keys + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _check_vars(v, where, keys + (i,))


def _check_selector(arg, where: Where, keys: tuple, allowed: set[str]) -> None:
    if isinstance(arg, (str, int, float)) and str(arg).strip():
        return
    if not isinstance(arg, dict) or not arg:
        raise where.error(keys, "needs the text of an element, or a mapping such as "
                                "{text: ..., index: ...}")
    bad = set(arg) - allowed
    if bad:
        raise where.error(keys + (sorted(bad)[0],), f"unknown key; allowed: {', '.join(sorted(allowed))}")
    if not any(k in arg for k in ("text", "regex", "id", "description", "point", "element", "field")):
        raise where.error(keys, "says nothing to find: give text, regex, id, description or point")
    if "regex" in arg:
        try:
            re.compile(str(arg["regex"]))
        except re.error as exc:
            raise where.error(keys + ("regex",), f"not a valid regular expression: {exc}")
    if "point" in arg:
        p = arg["point"]
        if not (isinstance(p, list) and len(p) == 2 and all(isinstance(v, (int, float)) for v in p)):
            raise where.error(keys + ("point",), "must be [x, y] in dp / CSS pixels")
    for k in ("below", "childOf"):
        if k in arg:
            _check_selector(arg[k], where, keys + (k,), SELECTOR_KEYS)


def _parse_command(item, where: Where, keys: tuple, base: Path) -> Command:
    path = str(where.path)
    if isinstance(item, str):
        verb, arg = item, None
    elif isinstance(item, dict) and len(item) == 1:
        (verb, arg), = item.items()
    else:
        raise where.error(keys, "each line must be one command, like `- tapOn: \"Settings\"`")
    line = where.line(keys + ((verb,) if isinstance(item, dict) else ()))
    if verb not in COMMANDS:
        raise SourceError(path, line, f"unknown command {verb!r}{_suggest(str(verb))}")
    form, allowed = COMMANDS[verb]
    k = keys + ((verb,) if isinstance(item, dict) else ())
    if form == "none" and arg is not None:
        raise SourceError(path, line, f"{verb} takes no argument")
    if form in ("map", "optional-map", "map-or-text", "map-or-selector") and isinstance(arg, dict):
        bad = set(arg) - allowed
        if bad:
            raise where.error(k + (sorted(bad)[0],),
                              f"{verb} has no key {sorted(bad)[0]!r}; allowed: {', '.join(sorted(allowed))}")
        missing = REQUIRED.get(verb, set()) - set(arg)
        if missing:
            raise SourceError(path, line, f"{verb} needs {', '.join(sorted(missing))}")
    if form == "map" and not isinstance(arg, dict):
        raise SourceError(path, line, f"{verb} needs a mapping: {', '.join(sorted(allowed))}")
    if form == "optional-map" and arg is not None and not isinstance(arg, dict):
        raise SourceError(path, line, f"{verb} takes a mapping or nothing")
    if form == "selector" or (form == "map-or-selector" and not (isinstance(arg, dict) and (
            "seconds" in arg or "element" in arg))):
        _check_selector(arg, where, k, allowed)
    if form == "map-or-text" and not isinstance(arg, (str, dict)):
        raise SourceError(path, line, f"{verb} needs text, or {{into: ..., text: ...}}")
    if verb == "waitFor" and isinstance(arg, dict):
        if "seconds" in arg and not isinstance(arg["seconds"], (int, float)):
            raise where.error(k + ("seconds",), "must be a number of seconds")
        if "element" in arg:
            _check_selector(arg["element"], where, k + ("element",), SELECTOR_KEYS)
    for dkey in ("direction",):
        if isinstance(arg, dict) and dkey in arg and arg[dkey] not in DIRECTIONS:
            raise where.error(k + (dkey,), f"must be one of {', '.join(DIRECTIONS)}")
    if verb == "scroll" and isinstance(arg, dict) and "times" in arg and not (
            isinstance(arg["times"], int) and 0 < arg["times"] <= 50):
        raise where.error(k + ("times",), "must be a whole number from 1 to 50")
    _check_vars(arg, where, k)
    cmd = Command(verb, arg, path, line)
    if verb == "runFlow":
        if ("file" in arg) == ("commands" in arg):
            raise SourceError(path, line, "runFlow needs either file: or commands:")
        if "when" in arg:
            when = arg["when"]
            if not (isinstance(when, dict) and len(when) == 1 and set(when) <= {"visible", "notVisible"}):
                raise where.error(k + ("when",), "must be {visible: ...} or {notVisible: ...}")
            (_, sel), = when.items()
            _check_selector(sel, where, k + ("when",), SELECTOR_KEYS)
        if "file" in arg:
            sub = base / str(arg["file"])
            cmd.children = parse_file(sub).commands
        else:
            if not isinstance(arg["commands"], list):
                raise where.error(k + ("commands",), "must be a list of commands")
            cmd.children = [_parse_command(c, where, k + ("commands", i), base)
                            for i, c in enumerate(arg["commands"])]
    return cmd


def _parse(data, where: Where, keys: tuple = ()) -> Flow:
    if isinstance(data, dict):
        if "commands" not in data:
            raise where.error((), "a flow is a list of commands, or a mapping with commands:")
        data, keys = data["commands"], keys + ("commands",)
    if not isinstance(data, list) or not data:
        raise where.error(keys, "a flow is a non-empty list of commands")
    base = where.path.parent
    return Flow(str(where.path), [_parse_command(item, where, keys + (i,), base)
                                  for i, item in enumerate(data)])


_DEPTH = {"n": 0}


def parse_file(path: str | Path) -> Flow:
    _DEPTH["n"] += 1
    try:
        if _DEPTH["n"] > 10:
            raise SourceError(path, None, "runFlow nests more than 10 files deep (a cycle?)")
        data, where = load(path)
        return _parse(data, where)
    finally:
        _DEPTH["n"] -= 1


def parse_text(text: str, name: str = "<flow>") -> Flow:
    data, where = loads(text, name)
    return _parse(data, where)


def parse_embedded(data, where: Where, keys: tuple) -> Flow:
    """A flow embedded in another YAML document (an app config's flow: key)."""
    return _parse(data, where, keys)
