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
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from cancelcheck.records.yamlsrc import SourceError, Where, load, loads

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
MAX_REGEX = 500
MAX_SECONDS = 3600
MAX_POINT = 100_000
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


def _number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _whole(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _seconds(v, where: Where, keys: tuple) -> None:
    if not (_number(v) and 0 <= v <= MAX_SECONDS):
        raise where.error(keys, f"must be a number of seconds from 0 to {MAX_SECONDS}")


def _short(value, n: int = 60) -> str:
    """repr() of a value from the file, cut to n characters: an error stays one short line."""
    r = repr(value)
    return r if len(r) <= n else r[:n] + "…"


def _check_selector(arg, where: Where, keys: tuple, allowed: set[str]) -> None:
    if isinstance(arg, (str, int, float)) and not isinstance(arg, bool) and str(arg).strip():
        return
    if not isinstance(arg, dict) or not arg:
        raise where.error(keys, "needs the text of an element, or a mapping such as "
                                "{text: ..., index: ...}")
    bad = set(arg) - allowed
    if bad:
        raise where.error(keys + (sorted(bad)[0],), f"unknown key; allowed: {', '.join(sorted(allowed))}")
    if not any(k in arg for k in ("text", "regex", "id", "description", "point", "element", "field")):
        raise where.error(keys, "says nothing to find: give text, regex, id, description or point")
    for key in ("text", "regex", "id", "description"):
        if key in arg and (not isinstance(arg[key], (str, int, float)) or isinstance(arg[key], bool)):
            raise where.error(keys + (key,), "must be text")
    if "regex" in arg:
        rx = str(arg["regex"])
        if len(rx) > MAX_REGEX:
            raise where.error(keys + ("regex",), f"longer than {MAX_REGEX} characters")
        try:
            re.compile(rx)
        except (re.error, RecursionError, OverflowError, ValueError) as exc:
            raise where.error(keys + ("regex",), f"not a valid regular expression: "
                              f"{exc if not isinstance(exc, RecursionError) else 'nested too deep'}")
    if "point" in arg:
        p = arg["point"]
        if not (isinstance(p, list) and len(p) == 2 and all(
                _number(v) and 0 <= v <= MAX_POINT for v in p)):
            raise where.error(keys + ("point",), "must be [x, y] in dp / CSS pixels")
    if "index" in arg and not (_whole(arg["index"]) and 0 <= arg["index"] <= 1000):
        raise where.error(keys + ("index",), "must be a whole number from 0 to 1000")
    if "timeout" in arg:
        _seconds(arg["timeout"], where, keys + ("timeout",))
    for flag in ("optional", "final", "enabled"):
        if flag in arg and not isinstance(arg[flag], bool):
            raise where.error(keys + (flag,), "must be true or false")
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
        raise SourceError(path, line, f"unknown command {_short(verb)}{_suggest(str(verb)[:40])}")
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
        if "seconds" in arg:
            _seconds(arg["seconds"], where, k + ("seconds",))
        if "timeout" in arg:
            _seconds(arg["timeout"], where, k + ("timeout",))
        if "enabled" in arg and not isinstance(arg["enabled"], bool):
            raise where.error(k + ("enabled",), "must be true or false")
        if "element" in arg:
            _check_selector(arg["element"], where, k + ("element",), SELECTOR_KEYS)
    for dkey in ("direction",):
        if isinstance(arg, dict) and dkey in arg and arg[dkey] not in DIRECTIONS:
            raise where.error(k + (dkey,), f"must be one of {', '.join(DIRECTIONS)}")
    if verb == "scroll" and isinstance(arg, dict) and "times" in arg and not (
            isinstance(arg["times"], int) and 0 < arg["times"] <= 50):
        raise where.error(k + ("times",), "must be a whole number from 1 to 50")
    if verb == "scrollUntilVisible" and isinstance(arg, dict):
        _check_selector(arg["element"], where, k + ("element",), SELECTOR_KEYS)
    if verb in ("scroll", "scrollUntilVisible") and isinstance(arg, dict) and "within" in arg:
        _check_selector(arg["within"], where, k + ("within",), SELECTOR_KEYS)
    if verb == "scrollUntilVisible" and isinstance(arg, dict) and "max" in arg and not (
            _whole(arg["max"]) and 0 < arg["max"] <= 100):
        raise where.error(k + ("max",), "must be a whole number from 1 to 100")
    if verb == "explore" and isinstance(arg, dict):
        if "budget_steps" in arg and not (_whole(arg["budget_steps"]) and 0 < arg["budget_steps"] <= 10000):
            raise where.error(k + ("budget_steps",), "must be a whole number from 1 to 10000")
        if "budget_seconds" in arg:
            _seconds(arg["budget_seconds"], where, k + ("budget_seconds",))
    for flag in ("fresh", "secret"):
        if isinstance(arg, dict) and flag in arg and not isinstance(arg[flag], bool):
            raise where.error(k + (flag,), "must be true or false")
    if verb == "inputText" and isinstance(arg, dict) and not isinstance(arg["text"], (str, int, float)):
        raise where.error(k + ("text",), "must be text")
    if verb == "pickOption":
        _check_selector(arg["field"], where, k + ("field",), SELECTOR_KEYS)
        if not isinstance(arg["option"], (str, int, float)) or not str(arg["option"]).strip():
            raise where.error(k + ("option",), "must be the text of an option")
    if verb == "inputText" and isinstance(arg, dict) and arg.get("into") is not None:
        _check_selector(arg["into"], where, k + ("into",), SELECTOR_KEYS)
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
            if not isinstance(arg["file"], str) or not arg["file"].strip() or "\x00" in arg["file"]:
                raise where.error(k + ("file",), "must be the name of a flow file")
            sub = base / arg["file"]
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
