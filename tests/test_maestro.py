"""Maestro flows run as they are: real flow files from Maestro's own repository
(tests/data/maestro/SOURCES.md) parse, an unsupported command is one line naming file, line and
command, and the web flows run in real Chromium against a local page with the same labels
(tests/data/pages/saucedemo.html; the file's url: is replaced by the page's, nothing else).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cancelcheck.flows.flowfile import parse_file
from cancelcheck.flows.maestro import MaestroFlow, is_maestro, parse_text
from cancelcheck.records.yamlsrc import SourceError
from cancelcheck.specimens.server import SpecimenServer

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data" / "maestro"
PAGES = Path(__file__).parent / "data" / "pages"
EXE = Path(sys.executable).parent / "cancelcheck"

PARSE = ["saucedemo_simple.yaml", "saucedemo_erase_text.yaml", "saucedemo_back_press.yaml",
         "saucedemo_scroll.yaml", "demo_extendedWaitUntil.yaml", "demo_fill_form.yaml",
         "demo_hideKeyboard.yaml", "wikipedia_onboarding_android.yaml",
         "nowinandroid_bookmarks.yaml"]
# file, line, what: read off each file by hand
UNSUPPORTED = [("demo_repeat.yaml", 14, "Maestro command 'evalScript' is not supported"),
               ("demo_swipe.yaml", 22, "tapOn: Maestro selector key 'point' is not supported")]


def test_every_kept_file_is_listed_in_sources():
    sources = (DATA / "SOURCES.md").read_text()
    for p in DATA.glob("*.yaml"):
        assert f"| {p.name} |" in sources


@pytest.mark.parametrize("name", PARSE)
def test_real_maestro_files_parse(name):
    flow = parse_file(DATA / name)           # the same entry point as --flow
    assert isinstance(flow, MaestroFlow) and flow.commands
    text = (DATA / name).read_text()
    for c in flow.commands:                  # each command keeps its own line of the file
        line = text.splitlines()[c.line - 1]
        assert line.lstrip().startswith("- ") or c.verb == "runFlow", (c.verb, c.line, line)


def test_the_translation_of_one_file(tmp_path):
    """demo_fill_form.yaml, line by line (read off the file by hand)."""
    flow = parse_file(DATA / "demo_fill_form.yaml")
    got = [(c.line, c.verb, c.arg) for c in flow.commands]
    assert got == [(6, "launch", {"fresh": True}),
                   (8, "tapOn", "Form Test"),
                   (9, "tapOn", "Email"),
                   (10, "inputText", {"text": "correct@mobile.dev"}),
                   (11, "tapOn", "Password"),
                   (12, "inputText", {"text": "maestro"}),
                   (13, "tapOn", {"text": "Login", "index": 1}),
                   (16, "assertVisible", {"text": "Credentials are correct"})]
    assert flow.header["appId"] == "com.example.example"


@pytest.mark.parametrize("name,line,what", UNSUPPORTED)
def test_an_unsupported_command_is_one_line(name, line, what):
    with pytest.raises(SourceError) as info:
        parse_file(DATA / name)
    assert str(info.value) == f"{DATA / name}:{line}: {what}"


def test_regex_text_repeat_when_and_swipe_translate():
    flow = parse_text("url: http://x/\n---\n- assertVisible: '.*sleek.*'\n"
                      "- repeat:\n    times: 2\n    commands:\n      - tapOn: Next\n"
                      "- runFlow:\n    when:\n      visible: Cookies\n    commands:\n"
                      "      - tapOn: Accept\n- swipe:\n    direction: UP\n"
                      "- inputText: ${USER_NAME}\n- hideKeyboard\n- takeScreenshot: a\n", "f.yaml")
    verbs = [(c.verb, c.arg) for c in flow.commands]
    assert verbs[0] == ("assertVisible", {"regex": "^(?:.*sleek.*)$"})
    assert [v for v, _ in verbs] == ["assertVisible", "runFlow", "runFlow", "runFlow", "scroll",
                                     "inputText"]
    assert [c.arg for c in flow.commands[1].children] == ["Next"]
    assert flow.commands[3].arg == {"commands": [], "when": {"visible": "Cookies"}}
    assert verbs[4] == ("scroll", {"direction": "down"})      # a swipe up scrolls down
    assert verbs[5] == ("inputText", {"text": "${env:USER_NAME}"})
    assert not is_maestro("- tapOn: x\n")


def _adapted(name: str, url: str, folder: Path) -> Path:
    """The real file with its url: pointed at the local page (the only change)."""
    text = (DATA / name).read_text()
    assert text.startswith("url: https://www.saucedemo.com/\n")
    out = folder / name
    out.write_text(text.replace("url: https://www.saucedemo.com/", f"url: {url}", 1))
    return out


@pytest.mark.parametrize("name", ["saucedemo_simple.yaml", "saucedemo_erase_text.yaml",
                                  "saucedemo_back_press.yaml", "saucedemo_scroll.yaml"])
def test_web_flows_run_in_chromium(name, tmp_path):
    with SpecimenServer(root=PAGES) as pages:
        url = f"{pages.base_url}/saucedemo.html"
        flow = _adapted(name, url, tmp_path)
        proc = subprocess.run([str(EXE), "run", url, "--flow", str(flow), "--json",
                               "--out", str(tmp_path / "out")],
                              capture_output=True, text=True, timeout=300, cwd=ROOT)
    d = json.loads(proc.stdout)
    # a Maestro test flow has no final confirmation: it runs to its end and every assert holds
    assert d["outcome"] == "not_found", (d["reason"], proc.stderr)
    assert d["reason"] == "the flow ended without reaching a final confirmation"
    journal = json.loads((tmp_path / "out" / "journal.json").read_text())
    sources = {s["source"].rsplit(":", 1)[0] for s in journal["steps"] if s["counted"]}
    assert sources == {str(flow)}


def test_a_failing_assert_names_the_maestro_line(tmp_path):
    with SpecimenServer(root=PAGES) as pages:
        url = f"{pages.base_url}/saucedemo.html"
        flow = _adapted("saucedemo_simple.yaml", url, tmp_path)
        flow.write_text(flow.read_text().replace("Sauce Labs Bike Light\n\n", "Sauce Labs Kite\n\n"))
        proc = subprocess.run([str(EXE), "run", url, "--flow", str(flow), "--json",
                               "--out", str(tmp_path / "out")],
                              capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert proc.returncode == 7
    assert f"{flow}:15: assertVisible 'Sauce Labs Kite': not visible" in proc.stderr
