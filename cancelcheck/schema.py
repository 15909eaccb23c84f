"""JSON Schemas of app configs and flow files, generated from the same pydantic models that
check them (cancelcheck/config_shape.py, flows/commands/), for editors: with the YAML language
server, `# yaml-language-server: $schema=app.schema.json` at the top of a file (or a
yaml.schemas setting) validates and completes it while it is typed.

    cancelcheck schema app  > app.schema.json
    cancelcheck schema flow > flow.schema.json
"""
from __future__ import annotations

import copy

from cancelcheck.flows.commands.schema import flow_schema

from .config_shape import AppConfigShape

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def flow_file_schema() -> dict:
    return {"$schema": DIALECT, "title": "cancelcheck flow", **flow_schema()}


def app_config_schema() -> dict:
    """An app config; its login:, flow: and signup_flow: take a flow file name or the flow's
    commands inline (checked with the flow schema)."""
    app = AppConfigShape.model_json_schema()
    flow = flow_schema()
    defs = {**flow.pop("$defs", {}), **app.pop("$defs", {})}
    defs["Flow"] = flow
    for prop in app["properties"].values():
        if prop.pop("x-flow", False) or any(a.pop("x-flow", False) for a in prop.get("anyOf", [])):
            prop.pop("anyOf", None)
            prop.pop("type", None)
            prop["anyOf"] = [{"type": "string", "minLength": 1}, {"$ref": "#/$defs/Flow"},
                             {"type": "null"}]
    return {"$schema": DIALECT, "title": "cancelcheck app config", **app, "$defs": copy.deepcopy(defs)}


SCHEMAS = {"app": app_config_schema, "flow": flow_file_schema}
