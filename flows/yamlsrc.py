"""YAML that remembers where each value came from, so every mistake names file, line and key.

    data, where = load(path)
    where.line(("credentials", "password"))   # → the line of that key
"""
from __future__ import annotations

from pathlib import Path

import yaml

MAX_BYTES = 2 * 1024 * 1024


class SourceError(ValueError):
    """A mistake in a YAML file; str() is one line: FILE:LINE: message."""

    def __init__(self, path: str | Path, line: int | None, message: str):
        self.path, self.line, self.message = str(path), line, message
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")


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


def _convert(node, path: tuple, lines: dict, depth: int = 0):
    if depth > 50:
        raise yaml.YAMLError("nested more than 50 levels deep")
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out = {}
        for k, v in node.value:
            if not isinstance(k, yaml.ScalarNode):
                raise yaml.YAMLError(f"line {k.start_mark.line + 1}: a key must be a plain word")
            key = k.value
            lines[path + (key,)] = k.start_mark.line + 1
            out[key] = _convert(v, path + (key,), lines, depth + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(v, path + (i,), lines, depth + 1) for i, v in enumerate(node.value)]
    return yaml.constructor.SafeConstructor().construct_object(node, deep=True)


def loads(text: str, path: str | Path = "<string>"):
    """Parse YAML text; returns (data, Where). Aliases and anchors are refused (no bombs)."""
    path = Path(str(path))
    if len(text) > MAX_BYTES:
        raise SourceError(path, None, f"too large ({len(text)} bytes)")
    try:
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
        if node is None:
            return None, Where(path, {})
        _refuse_aliases(node, path)
        lines: dict[tuple, int] = {}
        return _convert(node, (), lines), Where(path, lines)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or exc.context or "not valid YAML"
        raise SourceError(path, mark.line + 1 if mark else None, f"not valid YAML: {what}") from None
    except yaml.YAMLError as exc:
        raise SourceError(path, None, f"not valid YAML: {exc}") from None


def _refuse_aliases(node, path: Path, seen=None) -> None:
    seen = seen if seen is not None else set()
    if id(node) in seen:
        raise SourceError(path, node.start_mark.line + 1, "YAML aliases (*name) are not allowed")
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            _refuse_aliases(k, path, seen)
            _refuse_aliases(v, path, seen)
    elif isinstance(node, yaml.SequenceNode):
        for v in node.value:
            _refuse_aliases(v, path, seen)


def load(path: str | Path):
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourceError(path, None, "no such file") from None
    except UnicodeDecodeError:
        raise SourceError(path, None, "not UTF-8 text") from None
    except OSError as exc:
        raise SourceError(path, None, exc.strerror or str(exc)) from None
    return loads(text, path)
