"""The JSON Schema of a flow file, built from the registered commands' argument models: a list
of items, each a bare verb (`- back`) or a one-key mapping (`- tapOn: ...`)."""
from __future__ import annotations

from typing import Literal, Optional, Union

from pydantic import ConfigDict, TypeAdapter, create_model

from .base import COMMANDS
from .selector import Selector


def _argument(cls):
    """The type of a command's argument, from its form."""
    return {"none": Optional[None],
            "selector": Selector,
            "map": cls.Args,
            "optional-map": Optional[cls.Args],
            "map-or-text": Union[str, cls.Args],
            "map-or-selector": Union[Selector, cls.Args]}[cls.form]


def item_type():
    """One flow item, as a pydantic type (a union over every registered command)."""
    bare = tuple(v for v, c in COMMANDS.items() if c.form in ("none", "optional-map"))
    items = [create_model(f"{v}_command", __config__=ConfigDict(extra="forbid"),
                          **{v: (_argument(c), ...)}) for v, c in COMMANDS.items()]
    return Union[Literal[bare], Union[tuple(items)]]


def flow_schema() -> dict:
    """A flow file: a list of commands, or a mapping with commands:."""
    item = item_type()
    flow = create_model("FlowFile", __config__=ConfigDict(extra="forbid"), commands=(list[item], ...))
    schema = TypeAdapter(Union[list[item], flow]).json_schema()
    defs = schema["$defs"]
    # a runFlow's inline commands are flow items too (its model only says "a list": the
    # parser reads each item as a command, with its own FILE:LINE)
    defs["FlowItem"] = defs["FlowFile"]["properties"]["commands"]["items"]
    defs["FlowFile"]["properties"]["commands"]["items"] = {"$ref": "#/$defs/FlowItem"}
    defs["RunFlowArgs"]["properties"]["commands"] = {
        "anyOf": [{"type": "array", "items": {"$ref": "#/$defs/FlowItem"}}, {"type": "null"}]}
    return schema
