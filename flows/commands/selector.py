"""Selectors: how a flow names an element — its text, or a mapping of text, regex, id,
description, point, index, below/childOf another selector, and waiting options.

    tapOn: "Settings"
    tapOn: {text: "Settings", below: "Account", index: 0, timeout: 10}
"""
from __future__ import annotations

import re
from typing import Annotated, Union

from pydantic import (BeforeValidator, Discriminator, Field, Tag, ValidationError, field_validator,
                      model_validator)

from cancelcheck.records.yamlsrc import Where

from .base import Shape, source_error
from .shapes import Flag, Seconds, Text, fail, says

MAX_REGEX = 500
MAX_POINT = 100_000
FINDERS = ("text", "regex", "id", "description", "point", "element", "field")
NEEDS = ("needs the text of an element, or a mapping such as {text: ..., index: ...}")


def _branch(value) -> str:
    return "selector-map" if isinstance(value, dict) else "selector-text"


def _text_of_element(value):
    if isinstance(value, bool) or not isinstance(value, (str, int, float)) or not str(value).strip():
        raise fail(NEEDS)
    return value


ElementText = Annotated[str | int | float, BeforeValidator(_text_of_element)]


class SelectorMap(Shape):
    """A selector written as a mapping."""

    text: Text | None = None
    regex: Text | None = None
    id: Text | None = None
    description: Text | None = None
    index: Annotated[int, Field(ge=0, le=1000),
                     says("must be a whole number from 0 to 1000")] | None = None
    point: Annotated[tuple[Annotated[float, Field(ge=0, le=MAX_POINT, allow_inf_nan=False)],
                           Annotated[float, Field(ge=0, le=MAX_POINT, allow_inf_nan=False)]],
                     says("must be [x, y] in dp / CSS pixels")] | None = None
    below: "Selector | None" = None
    childOf: "Selector | None" = None
    optional: Flag | None = None
    timeout: Seconds | None = None
    final: Flag | None = None
    enabled: Flag | None = None

    @model_validator(mode="before")
    @classmethod
    def _finds_something(cls, data):
        if not isinstance(data, dict) or not data:
            raise fail(NEEDS)
        if set(data) <= set(cls.keys()) and not any(k in data for k in FINDERS):
            raise fail("says nothing to find: give text, regex, id, description or point")
        if isinstance(data.get("point"), list):       # YAML has lists; the shape is a pair
            data = {**data, "point": tuple(data["point"])}
        return data

    @field_validator("regex")
    @classmethod
    def _compiles(cls, rx):
        rx = str(rx)
        if len(rx) > MAX_REGEX:
            raise fail(f"longer than {MAX_REGEX} characters")
        try:
            re.compile(rx)
        except RecursionError:
            raise fail("not a valid regular expression: nested too deep") from None
        except (re.error, OverflowError, ValueError) as exc:
            raise fail(f"not a valid regular expression: {exc}") from None
        return rx


Selector = Annotated[Union[Annotated[ElementText, Tag("selector-text")],
                           Annotated[SelectorMap, Tag("selector-map")]],
                     Discriminator(_branch)]
SelectorMap.model_rebuild()


def check_selector(arg, where: Where, keys: tuple, allowed: list[str] | None = None):
    """A selector as written in a flow, checked; returns the SelectorMap (None for plain text).
    `allowed`: the keys a command that also takes a selector mapping allows (waitFor)."""
    if not isinstance(arg, dict):
        if isinstance(arg, bool) or not isinstance(arg, (str, int, float)) or not str(arg).strip():
            raise where.error(keys, NEEDS)
        return None
    if not arg:
        raise where.error(keys, NEEDS)
    if allowed is not None:
        bad = set(arg) - set(allowed)
        if bad:
            raise where.error(keys + (sorted(bad)[0],), f"unknown key; allowed: {', '.join(allowed)}")
        if not any(k in arg for k in FINDERS):
            raise where.error(keys, "says nothing to find: give text, regex, id, description or point")
        return None
    try:
        return SelectorMap.model_validate(arg)
    except ValidationError as exc:
        raise source_error(exc, where, keys, where.line(keys), model=SelectorMap) from None

SELECTOR_KEYS = set(SelectorMap.keys())
