"""Each flow command, run for real in Chromium: the selectors (regex, id, below, childOf,
index), assertions, runFlow with when:, scrollUntilVisible, check/uncheck, waitFor, launch, and
explore taking over from a script."""
from __future__ import annotations

from pathlib import Path

import pytest

from cancelcheck.api import audit
from cancelcheck.flows.audit import AuditOptions
from cancelcheck.flows.flowfile import parse_text
from cancelcheck.records.path import path_lines
from cancelcheck.specimens.server import SpecimenServer

from .pages_kit import audit_page
from .test_audit import ROOT

PAGES = Path(__file__).parent / "data" / "pages"


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch):
    monkeypatch.chdir(ROOT)


def test_script_then_explore_on_roach_motel(tmp_path):
    flow = parse_text("""
- launch: {fresh: true}
- assertVisible: "Settings"
- assertNotVisible: "Delete account"
- runFlow: {when: {visible: "Nothing like this"}, commands: [{tapOn: "Memories"}]}
- runFlow: {when: {notVisible: "Nothing like this"}, commands: [{tapOn: "Settings"}]}
- tapOn: {regex: "^Priv"}
- tapOn: "Manage account"
- scrollUntilVisible: {element: "Delete account", direction: down}
- tapOn: "Delete account"
- explore
""", "script.yaml")
    j = audit("apps/roach-motel-en.yaml", flow=flow, out_dir=tmp_path, save_images=False).journey
    assert j.outcome == "reachable", j.reason
    assert (j.path_steps, j.entry_depth) == (13, 5)
    sources = [s.source for s in j.steps if s.counted]
    # The script did the first five steps (the skipped runFlow did nothing), then the explorer.
    assert sources[:5] == ["script.yaml:6", "script.yaml:7", "script.yaml:8", "script.yaml:9",
                           "script.yaml:10"]
    assert set(sources[5:]) == {"explorer"}
    assert not any(s.target == "Memories" for s in j.steps)


def test_selectors_checks_and_waits_on_the_probe_page(tmp_path):
    flow = parse_text("""
- waitFor: {element: {id: "go"}, timeout: 3}
- uncheck: "Keep my data"
- uncheck: "Keep my data"
- check: {text: "Keep my data", below: {id: "go"}}
- inputText: {into: {description: "Name"}, text: "Zoë 张"}
- pickOption: {field: {id: "reason"}, option: "Not using it"}
- tapOn: {text: "row 2", childOf: {id: "box"}}
- tapOn: {id: "go"}
- assertVisible: {regex: "^tapped by touch$"}
""", "probe.yaml")
    with SpecimenServer(root=PAGES) as pages:
        j = audit(f"{pages.base_url}/probe.html", flow=flow, out_dir=tmp_path,
                  save_images=False).journey
    assert j.outcome == "not_found", j.reason      # the script ends without a final step
    labels = [s.label for s in j.steps if s.counted]
    # The second uncheck found the box already clear: no step for it.
    assert labels == ["tap 'Keep my data'", "tap 'Keep my data'", "type 'Zoë 张' into 'Name'",
                      "choose 'Not using it' in 'Choose…'", "tap 'row 2'", "tap 'Go'"], labels
    assert j.effort == 6


def test_a_selector_that_matches_nothing_says_what_is_there(tmp_path):
    flow = parse_text('- tapOn: {text: "Go", childOf: {id: "box"}, timeout: 1}\n', "bad.yaml")
    with SpecimenServer(root=PAGES) as pages:
        j = audit(f"{pages.base_url}/probe.html", flow=flow, out_dir=tmp_path,
                  save_images=False).journey
    assert j.outcome == "error"
    assert j.reason.startswith("bad.yaml:1: tapOn 'Go': not on screen after 1 s (visible: ")


def test_a_final_chosen_by_id_is_named_by_its_own_words(pages):
    """A saved flow selects the final confirmation by id (`--save-flow` prefers ids); the
    journey names it by the control's words, as when a flow selects it by text, so a replay's
    path reads the same as the run it was saved from. dialogs/settings.html: Settings, OK (its
    alert), then `<button id="del">Delete account</button>`, marked final."""
    flow = parse_text('- tapOn: "OK"\n- tapOn: {id: "del", final: true}\n', "final-by-id.yaml")
    j = audit_page(pages, "dialogs/settings.html", AuditOptions(flow=flow))
    assert (j.outcome, j.final_action) == ("reachable", "Delete account"), (j.reason, j.path)
    assert path_lines(j)[-1].startswith("tap 'Delete account' (the final"), path_lines(j)
