"""`cancelcheck schema` prints JSON Schemas generated from the models that check app configs and
flows; they must accept every shipped app config and flow, and refuse what load_config refuses
for its shape (a misspelt command, an unknown key, a value out of range)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from cancelcheck.config import load_config
from cancelcheck.flows.commands import COMMANDS
from cancelcheck.flows.flowfile import parse_text
from cancelcheck.records import SourceError

ROOT = Path(__file__).resolve().parents[1]
APPS = sorted((ROOT / "apps").glob("*.yaml"))
FLOWS = sorted((ROOT / "apps" / "flows").glob("*.yaml"))


def schema(kind: str) -> dict:
    proc = subprocess.run([sys.executable, "-m", "cancelcheck.cli", "schema", kind],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    jsonschema.Draft202012Validator.check_schema(out)
    return out


@pytest.fixture(scope="module")
def app_validator():
    return jsonschema.Draft202012Validator(schema("app"))


@pytest.fixture(scope="module")
def flow_validator():
    return jsonschema.Draft202012Validator(schema("flow"))


def test_there_is_something_to_check():
    assert len(APPS) >= 10 and len(FLOWS) >= 10


@pytest.mark.parametrize("path", APPS, ids=lambda p: p.name)
def test_every_shipped_app_config_is_valid(app_validator, path):
    load_config(path)                                  # what the tool itself accepts …
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [e.message for e in app_validator.iter_errors(data)] == []   # … the schema accepts


@pytest.mark.parametrize("path", FLOWS, ids=lambda p: p.name)
def test_every_shipped_flow_is_valid(flow_validator, path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [e.message for e in flow_validator.iter_errors(data)] == []


BAD_FLOWS = [
    "- tapOnn: Settings\n",                            # a misspelt command
    "- tapOn: {text: Settings, colour: red}\n",        # a key no selector has
    "- scroll: {direction: sideways}\n",
    "- scroll: {times: 0}\n",
    "- waitFor: {seconds: 99999}\n",
    "- pickOption: {field: Reason}\n",                 # option: missing
    "- back: now\n",
    "- launch: {fresh: yes please}\n",
    "- runFlow: {commands: [{tapOff: x}]}\n",          # misspelt inside a runFlow
]


@pytest.mark.parametrize("text", BAD_FLOWS)
def test_the_flow_schema_refuses_what_the_parser_refuses(flow_validator, text):
    with pytest.raises(SourceError):
        parse_text(text, "bad.yaml")
    assert not flow_validator.is_valid(yaml.safe_load(text)), text


BAD_APPS = [
    "target: x\nflow: [{tapOnn: Settings}]\n",
    "target: x\nbudjet: {steps: 5}\n",
    "target: x\nbudget: {steps: 0}\n",
    "target: x\nexpect: {outcome: great}\n",
    "target: x\nexpect: {findings: [shaming]}\n",
    "target: x\ncommit: yes please\n",
    "name: no target\n",
]


@pytest.mark.parametrize("text", BAD_APPS)
def test_the_app_schema_refuses_what_load_config_refuses(app_validator, tmp_path, text):
    path = tmp_path / "app.yaml"
    path.write_text(text)
    with pytest.raises(SourceError):
        load_config(path)
    assert not app_validator.is_valid(yaml.safe_load(text)), text


def test_every_command_is_in_the_flow_schema():
    text = json.dumps(schema("flow"))
    for verb in COMMANDS:
        assert f'"{verb}"' in text, verb
