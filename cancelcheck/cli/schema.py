"""`cancelcheck schema app|flow`: the JSON Schema of app configs or flow files, for an editor's
YAML language server (cancelcheck/schema.py builds them from the models that check them)."""
from __future__ import annotations

import json

from .output import EXIT_OK


def cmd_schema(args) -> int:
    from ..schema import SCHEMAS
    print(json.dumps(SCHEMAS[args.kind](), indent=2, ensure_ascii=False))
    return EXIT_OK


def register(sub, parser_class=None) -> None:
    s = sub.add_parser("schema", help="print the JSON Schema of app configs or flow files "
                                      "(for an editor's YAML language server)")
    s.add_argument("kind", choices=("app", "flow"), help="app: apps/*.yaml; flow: flow files")
    s.set_defaults(func=cmd_schema)
