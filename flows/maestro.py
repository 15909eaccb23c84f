"""Maestro flow files, read as they are and translated into our flow commands (flows/flowfile.py),
so they run on every backend the runner drives.

    appId: com.example.app        # or  url: https://…   (the header; name:, tags:, env: too)
    ---
    - launchApp: {clearState: true}
    - tapOn: "Settings"           # text is a regular expression matched against the whole label
    - inputText: "hello"          # into the focused field
    - eraseText: 10
    - assertVisible: {id: "save"}
    - scrollUntilVisible: {element: "Delete account", direction: DOWN}
    - runFlow: {file: login.yaml, when: {visible: "Sign in"}}
    - repeat: {times: 3, commands: [...]}

Supported: launchApp, tapOn, inputText, eraseText, assertVisible, assertNotVisible, scroll,
scrollUntilVisible, swipe (as a scroll the other way), back, hideKeyboard, waitForAnimationToEnd,
extendedWaitUntil, runFlow (file or commands; when: visible / notVisible), repeat (times:),
takeScreenshot (every screen is captured anyway). A command or key we do not support is one
line: FILE:LINE: Maestro command 'evalScript' is not supported.
"""
from __future__ import annotations

import re
from pathlib import Path

from cancelcheck.records.yamlsrc import SourceError, Where, loads, read_text

from .commands import COMMANDS, Command
from .flowfile import Flow

HEADER_KEYS = ("appId", "url")
SELECTOR_KEYS = {"text", "id", "index", "optional", "enabled", "below", "childOf",
                 "waitToSettleTimeoutMs", "retryTapIfNoChange", "label"}
NO_OPS = {"hideKeyboard", "waitForAnimationToEnd", "takeScreenshot"}
MAX_REPEAT = 100
_REGEX_CHARS = re.compile(r"[.*+?^$()\[\]{}|\\]")
_DIRECTIONS = {"UP": "up", "DOWN": "down", "LEFT": "left", "RIGHT": "right"}
_SWIPE_TO_SCROLL = {"UP": "down", "DOWN": "up", "LEFT": "right", "RIGHT": "left"}


def is_maestro(text: str) -> bool:
    """A Maestro file: a header document naming appId: or url:, then `---` and the commands."""
    head, sep, _ = _split(text)
    return bool(sep) and any(re.match(rf"^{k}\s*:", line) for line in head.splitlines()
                             for k in HEADER_KEYS)


def _split(text: str) -> tuple[str, str, str]:
    m = re.search(r"^---[ \t]*$", text, re.M)
    if m is None:
        return text, "", ""
    return text[:m.start()], text[m.start():m.end()], text[m.end():]


class MaestroFlow(Flow):
    """A translated Maestro flow; `header` is its first document (appId / url / name…)."""

    def __init__(self, path: str, commands: list[Command], header: dict):
        super().__init__(path, commands)
        self.header = header

    @property
    def url(self) -> str | None:
        u = self.header.get("url")
        return str(u) if u else None


def parse_text(text: str, path: str = "<maestro>") -> MaestroFlow:
    head, sep, body = _split(text)
    header, _ = loads(head, path)
    if not sep or not isinstance(header, dict) or not any(k in header for k in HEADER_KEYS):
        raise SourceError(path, 1, "not a Maestro flow: a header with appId: or url:, then ---")
    offset = head.count("\n")                         # keep the body's line numbers the file's
    data, where = loads("\n" * offset + body, path)
    if data is None:
        data = []
    if not isinstance(data, list):
        raise where.error((), "the commands after --- must be a list")
    t = _Translator(path, where, Path(path).parent)
    return MaestroFlow(path, t.commands(data, ()), header)


def parse_file(path: str | Path) -> MaestroFlow:
    return parse_text(read_text(path), str(path))


class _Translator:
    def __init__(self, path: str, where, base: Path, depth: int = 0):
        self.path, self.where, self.base, self.depth = path, where, base, depth

    def line(self, keys: tuple) -> int:
        return self.where.line(keys) or 1

    def fail(self, keys: tuple, message: str) -> SourceError:
        return SourceError(self.path, self.line(keys), message)

    def commands(self, items: list, keys: tuple) -> list[Command]:
        out: list[Command] = []
        for i, item in enumerate(items):
            out += self.command(item, keys + (i,))
        return out

    def command(self, item, keys: tuple) -> list[Command]:
        if isinstance(item, str):
            verb, arg = item, None
        elif isinstance(item, dict) and len(item) == 1:
            (verb, arg), = item.items()
            keys = keys + (verb,)
        else:
            raise self.fail(keys, "each line must be one Maestro command")
        line = self.line(keys)

        def cmd(v: str, a=None, children=None) -> list[Command]:
            # our own command class parses and checks the translated argument
            c = COMMANDS[v].parse(a, Where(Path(self.path), {(): line}), (), line, self.base)
            if children is not None:
                c.children = children
            return [c]

        if verb in NO_OPS:
            return []
        if verb == "launchApp":
            fresh = bool(arg.get("clearState")) if isinstance(arg, dict) else False
            return cmd("launch", {"fresh": fresh})
        if verb == "tapOn":
            return cmd("tapOn", self.selector(arg, keys))
        if verb == "inputText":
            text = arg.get("text") if isinstance(arg, dict) else arg
            if not isinstance(text, (str, int, float)) or isinstance(text, bool):
                raise self.fail(keys, "inputText needs the text to type")
            if re.search(r"\$\{(?![A-Za-z_][A-Za-z0-9_]*\})", str(text)):
                raise self.fail(keys, "a JavaScript expression ${…} in inputText is not supported")
            return cmd("inputText", {"text": _vars(str(text))})
        if verb == "eraseText":
            return cmd("inputText", {"text": ""})
        if verb in ("assertVisible", "assertNotVisible"):
            return cmd(verb, self.selector(arg, keys))
        if verb == "scroll":
            return cmd("scroll", {"direction": "down"})
        if verb == "scrollUntilVisible":
            if not isinstance(arg, dict) or "element" not in arg:
                raise self.fail(keys, "scrollUntilVisible needs element:")
            d = str(arg.get("direction", "DOWN")).upper()
            if d not in _DIRECTIONS:
                raise self.fail(keys + ("direction",), f"direction {d!r}: UP, DOWN, LEFT or RIGHT")
            return cmd("scrollUntilVisible", {"element": self.selector(arg["element"], keys),
                                              "direction": _DIRECTIONS[d]})
        if verb == "swipe":
            return cmd("scroll", {"direction": self.swipe(arg, keys)})
        if verb == "back":
            return cmd("back")
        if verb == "extendedWaitUntil":
            return self.wait_until(arg, keys, cmd)
        if verb == "runFlow":
            return self.run_flow(arg, keys, cmd)
        if verb == "repeat":
            if not isinstance(arg, dict) or "commands" not in arg:
                raise self.fail(keys, "repeat needs commands:")
            if "while" in arg:
                raise self.fail(keys + ("while",), "Maestro command 'repeat' with while: is not supported")
            times = arg.get("times", 1)
            if not isinstance(times, int) or isinstance(times, bool) or not 0 < times <= MAX_REPEAT:
                raise self.fail(keys + ("times",), f"times must be a whole number from 1 to {MAX_REPEAT}")
            body = self.commands(list(arg["commands"] or []), keys + ("commands",))
            return [c for _ in range(times) for c in cmd("runFlow", {"commands": []}, body)]
        raise self.fail(keys, f"Maestro command {str(verb)[:40]!r} is not supported")

    def selector(self, arg, keys: tuple):
        if isinstance(arg, (str, int, float)) and not isinstance(arg, bool):
            return _text(str(arg))
        if not isinstance(arg, dict):
            raise self.fail(keys, "needs the text of an element or a mapping such as {id: …}")
        bad = sorted(set(arg) - SELECTOR_KEYS)
        if bad:
            verb = next((k for k in keys if isinstance(k, str)), "selector")
            raise self.fail(keys + (bad[0],),
                            f"{verb}: Maestro selector key {str(bad[0])[:40]!r} is not supported")
        out: dict = {}
        if "text" in arg:
            t = _text(str(arg["text"]))
            out.update(t if isinstance(t, dict) else {"text": t})
        if "id" in arg:
            ident = str(arg["id"]).split(":id/", 1)[-1]      # a package's own ids: the name
            ident = ident[2:] if ident.startswith(".*") else ident   # ".*name": ours ends in /name
            if _REGEX_CHARS.search(ident):
                raise self.fail(keys + ("id",), "a regular expression in id: is not supported")
            out["id"] = ident
        for k in ("index", "optional", "enabled"):
            if k in arg:
                out[k] = arg[k]
        for k in ("below", "childOf"):
            if k in arg:
                out[k] = self.selector(arg[k], keys + (k,))
        if not any(k in out for k in ("text", "regex", "id")):
            raise self.fail(keys, "says nothing to find: give text or id")
        return out

    def swipe(self, arg, keys: tuple) -> str:
        if isinstance(arg, dict) and "direction" in arg:
            d = str(arg["direction"]).upper()
            if d in _SWIPE_TO_SCROLL:
                return _SWIPE_TO_SCROLL[d]
        if isinstance(arg, dict) and "start" in arg and "end" in arg:
            try:
                (x1, y1), (x2, y2) = (_percent(arg["start"]), _percent(arg["end"]))
            except ValueError:
                raise self.fail(keys, "swipe start:/end: must be percentages such as 50%, 80%") from None
            if abs(y2 - y1) >= abs(x2 - x1):
                return "down" if y2 < y1 else "up"
            return "right" if x2 < x1 else "left"
        raise self.fail(keys, "swipe needs direction: or start: and end:")

    def wait_until(self, arg, keys: tuple, cmd) -> list[Command]:
        if not isinstance(arg, dict) or not ({"visible", "notVisible"} & set(arg)):
            raise self.fail(keys, "extendedWaitUntil needs visible: or notVisible:")
        timeout = arg.get("timeout", 10000)
        if not isinstance(timeout, (int, float)) or isinstance(timeout, bool) or timeout < 0:
            raise self.fail(keys + ("timeout",), "timeout must be milliseconds")
        seconds = min(float(timeout) / 1000, 3600)
        if "visible" in arg:
            return cmd("waitFor", {"element": self.selector(arg["visible"], keys + ("visible",)),
                                   "timeout": seconds})
        return cmd("assertNotVisible", self.selector(arg["notVisible"], keys + ("notVisible",)))

    def run_flow(self, arg, keys: tuple, cmd) -> list[Command]:
        if isinstance(arg, str):
            arg = {"file": arg}
        if not isinstance(arg, dict) or ("file" in arg) == ("commands" in arg):
            raise self.fail(keys, "runFlow needs a file, or commands:")
        bad = sorted(set(arg) - {"file", "commands", "when", "label"})
        if bad:
            raise self.fail(keys + (bad[0],), f"runFlow key {bad[0]!r} is not supported")
        ours: dict = {"commands": []}
        if "when" in arg:
            when = arg["when"]
            if not isinstance(when, dict) or len(when) != 1 or not set(when) <= {"visible", "notVisible"}:
                raise self.fail(keys + ("when",), "runFlow when: supports visible: or notVisible:")
            (kind, sel), = when.items()
            ours["when"] = {kind: self.selector(sel, keys + ("when", kind))}
        if "file" in arg:
            if self.depth >= 10:
                raise self.fail(keys, "runFlow nests more than 10 files deep (a cycle?)")
            sub = self.base / str(arg["file"])
            text = _read(sub, self.path, self.line(keys))
            flow = parse_text(text, str(sub)) if is_maestro(text) else _commands_only(
                text, str(sub), self.depth + 1)
            children = flow.commands
        else:
            children = self.commands(list(arg["commands"] or []), keys + ("commands",))
        return cmd("runFlow", ours, children)


def _read(sub: Path, path: str, line: int) -> str:
    try:
        return read_text(sub)
    except SourceError as exc:
        raise SourceError(path, line, f"runFlow {sub.name}: {exc}") from None


def _commands_only(text: str, path: str, depth: int) -> Flow:
    """A sub-flow file without a header: the command list alone."""
    data, where = loads(text, path)
    if not isinstance(data, list):
        raise SourceError(path, 1, "a Maestro sub-flow is a list of commands")
    t = _Translator(path, where, Path(path).parent, depth)
    return Flow(path, t.commands(data, ()))


def _text(t: str):
    """Maestro text matches the whole label as a regular expression; plain words stay text."""
    if not _REGEX_CHARS.search(t):
        return t
    try:
        re.compile(t)
    except re.error:
        return t
    return {"regex": rf"^(?:{t})$"}


def _vars(t: str) -> str:
    """Maestro's ${NAME} are environment variables: ours are ${env:NAME}."""
    return re.sub(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", r"${env:\1}", t)


def _percent(v) -> tuple[float, float]:
    parts = [p.strip().rstrip("%") for p in str(v).split(",")]
    if len(parts) != 2 or not all("%" in q for q in str(v).split(",")):
        raise ValueError(v)
    return float(parts[0]), float(parts[1])
