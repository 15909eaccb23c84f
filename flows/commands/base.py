"""What every flow command is: its name, the shape of its argument (a pydantic model, which is
also its JSON Schema), its parse with FILE:LINE errors, its run, its user steps, its words.

A command class declares:

    name      the verb in the YAML (`tapOn`)
    form      how the argument may be written: "none", "selector" (text or a selector mapping),
              "map", "optional-map", "map-or-text", "map-or-selector"
    Args      the pydantic model of its mapping form (None when it takes no argument)
    run()     what it does through the Runner (flows/script.py); returns a Result to end the
              script, or None to go on
    steps()   how many user steps it is (DESIGN.md's words), for counting a sign-up flow
    describe() one line a person reads

and is registered with `@command`. Shape mistakes come from pydantic; `source_error` turns the
first of them into our one-line FILE:LINE: key: message, the line taken from the YAML node
(records/yamlsrc.py's Where) at the error's location.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel, ConfigDict, ValidationError

from cancelcheck.records.yamlsrc import SourceError, Where

if TYPE_CHECKING:
    from ..explorer import Result
    from ..script import Runner

COMMANDS: dict[str, type["Command"]] = {}      # verb → command class, in registration order
KNOWN_VARS = {"password", "username", "email", "sms_code"}
VAR = re.compile(r"\$\{([^}]+)\}")             # ${password}, ${env:NAME}
DEFAULT_TIMEOUT = 5.0                          # seconds a command waits for its element
TAGS = {"selector-text", "selector-map"}       # the branch names of a selector (selector.py)


def command(cls: type["Command"]) -> type["Command"]:
    """Register a command class under its name (a class decorator)."""
    if cls.name in COMMANDS:
        raise ValueError(f"flow command {cls.name!r} is registered twice")
    COMMANDS[cls.name] = cls
    return cls


class Shape(BaseModel):
    """Base of every argument model: strict types (no "yes" for true, no 1.0 for 1), no keys
    beyond the declared ones."""

    model_config = ConfigDict(strict=True, extra="forbid", populate_by_name=True)
    # how an unknown key is worded: a command's own mapping names the command
    unknown_key: ClassVar[str] = "unknown key; allowed: {allowed}"
    unknown_key_at_parent: ClassVar[bool] = False    # report it on the mapping, not the key

    @classmethod
    def keys(cls) -> list[str]:
        return sorted(f.alias or n for n, f in cls.model_fields.items())


def short(value, n: int = 60) -> str:
    """repr() of a value from the file, cut to n characters: an error stays one short line."""
    r = repr(value)
    return r if len(r) <= n else r[:n] + "…"


@dataclass
class Command:
    """One line of a flow: the verb, its argument as written, where it stands."""

    verb: str
    arg: Any
    file: str
    line: int
    children: list["Command"] = field(default_factory=list)   # runFlow's commands
    args: BaseModel | None = None                             # the validated argument

    name: ClassVar[str] = ""
    form: ClassVar[str] = "none"
    Args: ClassVar[type[Shape] | None] = None

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    # -- parse -----------------------------------------------------------------------------------
    @classmethod
    def parse(cls, arg, where: Where, keys: tuple, line: int, base: Path) -> "Command":
        path = str(where.path)
        verb = cls.name
        if cls.form == "none" and arg is not None:
            raise SourceError(path, line, f"{verb} takes no argument")
        if cls.form == "map" and not isinstance(arg, dict):
            raise SourceError(path, line, f"{verb} needs a mapping: {', '.join(cls.Args.keys())}")
        if cls.form == "optional-map" and arg is not None and not isinstance(arg, dict):
            raise SourceError(path, line, f"{verb} takes a mapping or nothing")
        if cls.form == "map-or-text" and not isinstance(arg, (str, dict)):
            raise SourceError(path, line, f"{verb} needs text, or {{into: ..., text: ...}}")
        args = cls.validate(arg, where, keys, line)
        check_vars(arg, where, keys)
        cmd = cls(verb, arg, path, line, args=args)
        cmd.parsed(where, keys, base)
        return cmd

    @classmethod
    def validate(cls, arg, where: Where, keys: tuple, line: int) -> BaseModel | None:
        """The argument checked against the command's shape (Args, or a selector)."""
        from .selector import check_selector
        if cls.form in ("selector", "map-or-selector") and not (
                isinstance(arg, dict) and cls.form == "map-or-selector"
                and ("seconds" in arg or "element" in arg)):
            if cls.form == "map-or-selector" and isinstance(arg, dict):
                bad = set(arg) - set(cls.Args.keys())
                if bad:
                    raise where.error(keys + (sorted(bad)[0],), cls._no_key(sorted(bad)[0]))
            return check_selector(arg, where, keys, allowed=cls.Args.keys()
                                  if cls.form == "map-or-selector" else None)
        if cls.Args is None or not isinstance(arg, dict):
            return None
        try:
            return cls.Args.model_validate(arg)
        except ValidationError as exc:
            raise source_error(exc, where, keys, line, verb=cls.name, model=cls.Args) from None

    @classmethod
    def _no_key(cls, key: str) -> str:
        return f"{cls.name} has no key {key!r}; allowed: {', '.join(cls.Args.keys())}"

    def parsed(self, where: Where, keys: tuple, base: Path) -> None:
        """Called once the argument is valid: a command with children reads them here."""

    # -- what it is ------------------------------------------------------------------------------
    def run(self, runner: "Runner") -> "Result | None":
        raise NotImplementedError

    def steps(self) -> int:
        """User steps this command takes when it runs (DESIGN.md: a tap, a field filled, an
        option picked, a scroll gesture, a back); 0 for waits, assertions and launches."""
        return 0

    def describe(self) -> str:
        from ..selectors import describe
        if self.arg is None:
            return self.verb
        if self.form in ("selector", "map-or-selector"):
            return f"{self.verb} {describe(self.arg)}"
        return f"{self.verb} {short(self.arg)}"


def check_vars(value, where: Where, keys: tuple) -> None:
    """Every ${…} names a credential or ${env:NAME}."""
    if isinstance(value, str):
        for name in VAR.findall(value):
            if not (name in KNOWN_VARS or name.startswith("env:")):
                raise where.error(keys, f"unknown variable ${{{name}}}; use "
                                  + ", ".join(f"${{{v}}}" for v in sorted(KNOWN_VARS))
                                  + " or ${env:NAME}")
    elif isinstance(value, dict):
        for k, v in value.items():
            check_vars(v, where, keys + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            check_vars(v, where, keys + (i,))


def suggest(verb: str) -> str:
    close = difflib.get_close_matches(verb, COMMANDS, n=1)
    return f" (did you mean {close[0]}?)" if close else ""


# -- pydantic's errors as our one-line messages ---------------------------------------------------
_ORDER = {"extra_forbidden": 0, "missing": 1}


def _model_at(model: type[BaseModel], loc: tuple) -> type[BaseModel]:
    """The model that holds the last key of loc (for wording an unknown key)."""
    from .selector import SelectorMap
    current = model
    for part in loc[:-1]:
        if part in TAGS:
            continue
        f = current.model_fields.get(part) if isinstance(part, str) else None
        if f is None:
            by_alias = [v for v in current.model_fields.values() if v.alias == part]
            f = by_alias[0] if by_alias else None
        ann = getattr(f, "annotation", None)
        nested = _nested_model(ann)
        current = nested or SelectorMap
    return current


def _nested_model(ann) -> type[BaseModel] | None:
    import typing
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return ann
    for a in typing.get_args(ann):
        m = _nested_model(a)
        if m is not None:
            return m
    return None


def source_error(exc: ValidationError, where: Where, keys: tuple, line: int, *, verb: str = "",
                 model: type[BaseModel] | None = None) -> SourceError:
    """The first of pydantic's errors (unknown keys first, then missing ones, then the rest) as
    FILE:LINE: key: message, the line found from the error's location in the YAML."""
    errors = sorted(exc.errors(include_url=False), key=lambda e: _ORDER.get(e["type"], 2))
    first = errors[0]
    loc = tuple(p for p in first["loc"] if p not in TAGS)
    kind = first["type"]
    path = str(where.path)
    if kind == "missing" and len(loc) == 1 and verb:
        missing = sorted(e["loc"][0] for e in errors if e["type"] == "missing" and len(e["loc"]) == 1)
        return SourceError(path, line, f"{verb} needs {', '.join(missing)}")
    if kind == "extra_forbidden" and model is not None:
        holder = _model_at(model, loc)
        text = holder.unknown_key.format(verb=verb, key=loc[-1], allowed=", ".join(holder.keys()))
        return where.error(keys + (loc[:-1] if holder.unknown_key_at_parent else loc), text)
    if kind == "missing":
        return where.error(keys + loc[:-1], f"needs {loc[-1]}")
    message = first.get("ctx", {}).get("message") if kind == "cc" else None
    return where.error(keys + loc, message or first["msg"])
