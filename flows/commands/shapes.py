"""The small value shapes flow arguments are made of, each with the one-line message a mistake
in it gets: seconds, whole numbers in a range, true/false, text, a direction.

`says(message)` wraps a pydantic type so that any mistake in the value is reported with our
message (pydantic's own wording is for programmers); the JSON Schema keeps the type and range.
"""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, ValidationError, WrapValidator
from pydantic_core import PydanticCustomError

MAX_SECONDS = 3600
DIRECTIONS = ("up", "down", "left", "right")


def fail(message: str) -> PydanticCustomError:
    return PydanticCustomError("cc", "{message}", {"message": message})


def says(message: str) -> WrapValidator:
    def wrap(value, handler):
        try:
            return handler(value)
        except ValidationError:
            raise fail(message) from None
    return WrapValidator(wrap)


def whole(lo: int, hi: int):
    return Annotated[int, Field(ge=lo, le=hi), says(f"must be a whole number from {lo} to {hi}")]


Seconds = Annotated[float, Field(ge=0, le=MAX_SECONDS, allow_inf_nan=False),
                    says(f"must be a number of seconds from 0 to {MAX_SECONDS}")]
Flag = Annotated[bool, says("must be true or false")]
Text = Annotated[str | int | float, says("must be text")]
Direction = Annotated[Literal[DIRECTIONS], says(f"must be one of {', '.join(DIRECTIONS)}")]
