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

from dataclasses import dataclass
from pathlib import Path

from cancelcheck.records.yamlsrc import SourceError, Where, loads, read_text

from .commands import COMMANDS, Command, short
from .commands.base import suggest


@dataclass
class Flow:
    path: str
    commands: list[Command]


def parse_command(item, where: Where, keys: tuple, base: Path) -> Command:
    """One item of a flow's list: `- verb` or `- verb: argument`, looked up in COMMANDS."""
    path = str(where.path)
    if isinstance(item, str):
        verb, arg = item, None
    elif isinstance(item, dict) and len(item) == 1:
        (verb, arg), = item.items()
    else:
        raise where.error(keys, "each line must be one command, like `- tapOn: \"Settings\"`")
    line = where.line(keys + ((verb,) if isinstance(item, dict) else ()))
    if verb not in COMMANDS:
        raise SourceError(path, line, f"unknown command {short(verb)}{suggest(str(verb)[:40])}")
    k = keys + ((verb,) if isinstance(item, dict) else ())
    return COMMANDS[verb].parse(arg, where, k, line, base)


def _parse(data, where: Where, keys: tuple = ()) -> Flow:
    if isinstance(data, dict):
        if "commands" not in data:
            raise where.error((), "a flow is a list of commands, or a mapping with commands:")
        data, keys = data["commands"], keys + ("commands",)
    if not isinstance(data, list) or not data:
        raise where.error(keys, "a flow is a non-empty list of commands")
    base = where.path.parent
    return Flow(str(where.path), [parse_command(item, where, keys + (i,), base)
                                  for i, item in enumerate(data)])


_DEPTH = {"n": 0}


def parse_file(path: str | Path) -> Flow:
    _DEPTH["n"] += 1
    try:
        if _DEPTH["n"] > 10:
            raise SourceError(path, None, "runFlow nests more than 10 files deep (a cycle?)")
        text = read_text(path)
        from . import maestro            # a Maestro file (appId:/url: header, ---) is read as such
        if maestro.is_maestro(text):
            return maestro.parse_text(text, str(path))
        data, where = loads(text, path)
        return _parse(data, where)
    finally:
        _DEPTH["n"] -= 1


def parse_text(text: str, name: str = "<flow>") -> Flow:
    data, where = loads(text, name)
    return _parse(data, where)


def parse_embedded(data, where: Where, keys: tuple) -> Flow:
    """A flow embedded in another YAML document (an app config's flow: key)."""
    return _parse(data, where, keys)
