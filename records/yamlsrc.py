"""YAML that remembers where each value came from, so every mistake names file, line and key.

    data, where = load(path)
    where.line(("credentials", "password"))   # → the line of that key

Untrusted text is safe here: only YAML's plain types are built (no Python objects), aliases and
anchors are refused (no "billion laughs"), nesting deeper than MAX_DEPTH is refused before it
can exhaust the stack, files over MAX_BYTES are refused unread, and a value YAML accepts but
Python cannot build (a 13th month, an integer of 5000 digits, a lone surrogate) is a
SourceError like any other: one line, FILE:LINE: what is wrong.
"""
from __future__ import annotations

import math
from pathlib import Path

import yaml

from cancelcheck.screens.oneline import SURROGATE, one_line

MAX_BYTES = 256 * 1024           # app configs, flows and rule sets are a few KB
MAX_DEPTH = 50                   # nesting levels of mappings and lists
MAX_INT_DIGITS = 100


class SourceError(ValueError):
    """A mistake in a YAML file; str() is one line: FILE:LINE: message."""

    def __init__(self, path: str | Path, line: int | None, message: str):
        self.path, self.line, self.message = str(path), line, message
        shown = one_line(self.path)
        text = f"{shown}:{line}: {message}" if line else f"{shown}: {message}"
        super().__init__(one_line(text))


class Where:
    """Line numbers of the values in a loaded document, by key path."""

    def __init__(self, path: Path, lines: dict[tuple, int]):
        self.path, self._lines = path, lines

    def line(self, keys: tuple = ()) -> int | None:
        keys = tuple(keys)
        while keys and keys not in self._lines:
            keys = keys[:-1]
        return self._lines.get(keys, 1)

    def error(self, keys: tuple, message: str) -> SourceError:
        name = ".".join(str(k) for k in keys if not isinstance(k, int))
        return SourceError(self.path, self.line(keys), f"{name}: {message}" if name else message)


class _Loader(yaml.SafeLoader):
    """SafeLoader whose composer refuses to nest deeper than MAX_DEPTH: PyYAML composes
    recursively, and a document of 5000 '[' would otherwise end in a RecursionError."""

    _depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.events.AliasEvent):      # refused where it is used
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, f"YAML aliases (*{event.anchor}) are not allowed", event.start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                event = self.peek_event()
                raise yaml.composer.ComposerError(
                    None, None, f"nested more than {MAX_DEPTH} levels deep", event.start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _BadValue(Exception):
    def __init__(self, node, message: str):
        self.node, self.message = node, message


def _scalar(node):
    if node.tag == "tag:yaml.org,2002:int":
        digits = sum(c.isdigit() for c in node.value)
        if digits > MAX_INT_DIGITS:
            raise _BadValue(node, f"a number of {digits} digits is too long")
    try:
        value = yaml.constructor.SafeConstructor().construct_object(node, deep=True)
    except yaml.YAMLError:
        raise
    except (ValueError, TypeError, OverflowError, ArithmeticError) as exc:
        raise _BadValue(node, f"{node.value[:40]!r} is not a valid {node.tag.rsplit(':', 1)[-1]} "
                              f"({exc})") from None
    if isinstance(value, str) and SURROGATE.search(value):
        raise _BadValue(node, "text holds a lone surrogate (\\ud800-\\udfff): not valid Unicode")
    if isinstance(value, float) and math.isnan(value):
        raise _BadValue(node, ".nan is not a number a config can use")
    return value


def _convert(node, path: tuple, lines: dict, depth: int = 0):
    if depth > MAX_DEPTH:
        raise _BadValue(node, f"nested more than {MAX_DEPTH} levels deep")
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out = {}
        for k, v in node.value:
            if not isinstance(k, yaml.ScalarNode):
                raise _BadValue(k, "a key must be a plain word")
            key = k.value
            if SURROGATE.search(key):
                raise _BadValue(k, "a key holds a lone surrogate: not valid Unicode")
            lines[path + (key,)] = k.start_mark.line + 1
            out[key] = _convert(v, path + (key,), lines, depth + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(v, path + (i,), lines, depth + 1) for i, v in enumerate(node.value)]
    return _scalar(node)


def loads(text: str, path: str | Path = "<string>"):
    """Parse YAML text; returns (data, Where). Aliases and anchors are refused (no bombs)."""
    path = Path(str(path))
    if len(text) > MAX_BYTES:
        raise SourceError(path, None, f"too large ({len(text)} characters; at most {MAX_BYTES})")
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
        if node is None:
            return None, Where(path, {})
        _refuse_aliases(node, path)
        lines: dict[tuple, int] = {}
        return _convert(node, (), lines), Where(path, lines)
    except _BadValue as exc:
        raise SourceError(path, exc.node.start_mark.line + 1, exc.message) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1 if isinstance(exc.position, int) else None
        what = (f"character U+{exc.character:04X} is not allowed in YAML"
                if isinstance(exc.character, int) else f"cannot be decoded ({exc.reason})")
        raise SourceError(path, line, f"not valid YAML: {what}") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or exc.context or "not valid YAML"
        raise SourceError(path, mark.line + 1 if mark else None, f"not valid YAML: {what}") from None
    except yaml.YAMLError as exc:
        raise SourceError(path, None, f"not valid YAML: {exc}") from None


def _refuse_aliases(node, path: Path) -> None:
    """Every node once: an alias makes one node appear twice (iterative: no recursion)."""
    seen: set[int] = set()
    stack = [node]
    while stack:
        n = stack.pop()
        if id(n) in seen:
            raise SourceError(path, n.start_mark.line + 1, "YAML aliases (*name) are not allowed")
        seen.add(id(n))
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                stack += (k, v)
        elif isinstance(n, yaml.SequenceNode):
            stack += n.value


def load(path: str | Path):
    path = Path(path)
    return loads(read_text(path), path)


def read_text(path: str | Path) -> str:
    """A YAML file's text, size-bounded and UTF-8; every failure a one-line SourceError."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_BYTES * 4 + 1)    # UTF-8: at most 4 bytes a character
    except FileNotFoundError:
        raise SourceError(path, None, "no such file") from None
    except IsADirectoryError:
        raise SourceError(path, None, "is a folder, not a YAML file") from None
    except OSError as exc:
        raise SourceError(path, None, exc.strerror or str(exc)) from None
    except ValueError:               # a NUL in the name: no file can have it
        raise SourceError(path, None, "not a file name (it holds a NUL character)") from None
    if len(raw) > MAX_BYTES * 4:
        raise SourceError(path, None, f"too large (over {MAX_BYTES * 4} bytes)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise SourceError(path, line, f"not UTF-8 text (byte {exc.start})") from None
