"""Real third-party apps (realapps/): installed from PyPI at pinned versions (`make test`
installs them first: `make realapps-ci`), reset, seeded with a test user and started on
127.0.0.1, then audited by cancelcheck in real Chromium, against the hand counts in
realapps/NAME/truth*.yaml (counted from screenshots, how written beside each).

Every variant's hand-counted path, followed as a flow (realapps/NAME/path*.yaml), must sign in
and reach the final confirmation in exactly the steps the hand count says, and enter the
deletion flow at the hand count's entry depth; kept with `--save-flow`, that path replays as a
flow of its own to the same outcome and path, and so does the path an explorer run found. The
explorer's own audits of every real app are `make realapps` (benchmarks/realapps.py), a table against the
same hand counts; an app joins EXPLORER_RIGHT here once the explorer gets it right.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml

from cancelcheck.api import audit
from cancelcheck.config import load_config
from cancelcheck.flows.flowfile import parse_file
from realapps import catalog, lifecycle

CI_APPS = ["trac", "ihatemoney"]          # the quickest to install (Makefile REALAPPS_CI)
# apps whose saved flows are replayed: a shop and a conference tool besides the CI apps (the
# Makefile's REALAPPS_CI installs them too)
REPLAY_APPS = CI_APPS + ["oscar", "pretalx"]
# configs the explorer gets right (make realapps: outcome, path steps within ±1 of the hand
# count, effort ≤ 3 × path steps), audited here too
# (ihatemoney en and fr were out from c78e702 until the navbar toggle was tried again: its
# collapsed nav holds a thirty-language menu, and the whole nav was read as a language switch)
EXPLORER_RIGHT: list[str] = ["trac", "trac-de", "trac-ja", "ihatemoney", "ihatemoney-fr"]
EXPLORER_APPS = sorted({a for a in CI_APPS for v in catalog.variants(a) if v.name in EXPLORER_RIGHT})


@pytest.fixture(scope="module", params=CI_APPS)
def app(request):
    mod = catalog.module(request.param)
    with lifecycle.serving(mod):
        yield request.param


def _hand_path_runs(app, tmp_path):
    for v in catalog.variants(app):
        assert v.path_flow is not None, f"{v.config}: no path flow beside it"
        journey = audit(str(v.config), flow=str(v.path_flow), out_dir=tmp_path / v.name,
                        video=False, report=False, native_video=False).journey
        yield v, journey


def test_hand_path_matches_hand_count(app, tmp_path):
    """The path a person counted, followed as a flow on the real app: signed in (the sign-in
    flow ran and the app went on), reachable, in the hand count's steps, entering the deletion
    flow at the hand count's entry depth (trac's deletion form shares a page with the password
    change: the flow begins on the first screen that holds it, though no tap there says
    "delete"; I Hate Money's, below the project's settings, where its button asks "Are you
    sure?" on the first press: the flow begins on the settings page). A flow
    cannot tap a browser's own confirm, so where the hand count ends on one, the flow stops one
    step before it (truth: flow_path_steps)."""
    for v, journey in _hand_path_runs(app, tmp_path):
        want = v.truth.get("flow_path_steps", v.truth["path_steps"])
        got = (journey.outcome, journey.path_steps, journey.entry_depth)
        assert got == (v.truth["outcome"], want, v.truth["entry_depth"]), (
            f"{v.name}: {journey.outcome} in {journey.path_steps} steps, entry depth "
            f"{journey.entry_depth} ({journey.reason}); hand count: {v.truth['outcome']} in "
            f"{want}, entry depth {v.truth['entry_depth']}")


def _run_json(*args: str) -> tuple[int, dict]:
    proc = subprocess.run([sys.executable, "-m", "cancelcheck.cli", "run", *args, "--json"],
                          capture_output=True, text=True, timeout=600)
    assert proc.stdout.strip(), proc.stderr
    return proc.returncode, json.loads(proc.stdout)


@pytest.mark.parametrize("app", REPLAY_APPS, indirect=True)
def test_a_saved_flow_replays_the_hand_path(app, tmp_path):
    """`cancelcheck run CONFIG --flow path.yaml --save-flow F` on the real app keeps the path as
    a flow of its own (selectors read from the app, `${password}` in place of the password
    where the path types one, the last line final); `cancelcheck run CONFIG --flow F` replays it to the same outcome, path
    steps, entry depth and path lines. The apps run with commit: false, so the first run
    deletes nothing and the replay meets the same account (lifecycle.serving resets once).
    The hand path's own run enters the deletion flow at the hand count's entry depth."""
    v = next(v for v in catalog.variants(app) if v.lang == "en")
    assert yaml.safe_load(v.config.read_text())["commit"] is False
    saved = tmp_path / f"{app}.saved.yaml"
    code, first = _run_json(str(v.config), "--flow", str(v.path_flow), "--save-flow", str(saved),
                            "--out", str(tmp_path / "hand"))
    want = v.truth.get("flow_path_steps", v.truth["path_steps"])
    assert (code, first["outcome"], first["path_steps"]) == (0, v.truth["outcome"], want), first
    assert first["entry_depth"] == v.truth["entry_depth"], first
    text = saved.read_text(encoding="utf-8")
    commands = parse_file(saved).commands
    assert commands[-1].verb == "tapOn" and commands[-1].arg.get("final") is True, text
    password = str(load_config(v.config).credentials["password"])
    assert password not in text, text
    if "${password}" in v.path_flow.read_text(encoding="utf-8"):   # pretalx asks for none
        assert "${password}" in text, text
    code, again = _run_json(str(v.config), "--flow", str(saved), "--out", str(tmp_path / "replay"))
    assert code == 0, again
    keys = ("outcome", "path_steps", "entry_depth", "path")
    assert {k: again[k] for k in keys} == {k: first[k] for k in keys}, (again["reason"], text)


@pytest.mark.parametrize("app", EXPLORER_APPS, indirect=True)
def test_explorer_audit_matches_hand_count(app, tmp_path):
    """The explorer's own audit (no flow) of each variant in EXPLORER_RIGHT, within the
    config's budget: the hand count's outcome, path steps within ±1 of it, and effort (every
    step it took, detours included) at most three times the path steps."""
    variants = [v for v in catalog.variants(app) if v.name in EXPLORER_RIGHT]
    assert variants, f"{app}: no variant in EXPLORER_RIGHT"
    for v in variants:
        j = audit(str(v.config), out_dir=tmp_path / f"explore-{v.name}", video=False,
                  report=False, native_video=False).journey
        want = v.truth["path_steps"]
        got = f"{v.name}: {j.outcome} in {j.path_steps} steps, effort {j.effort} ({j.reason})"
        assert j.outcome == v.truth["outcome"], f"{got}; hand count: {v.truth['outcome']}"
        assert j.path_steps is not None and abs(j.path_steps - want) <= 1, \
            f"{got}; hand count: {want} steps"
        assert j.effort <= 3 * j.path_steps, f"{got}; more than 3 × the path steps"


@pytest.mark.parametrize("app", ["oscar", "pretalx"], indirect=True)
def test_a_flow_saved_from_the_explorer_replays_its_path(app, tmp_path):
    """`cancelcheck run CONFIG --save-flow F` with no flow: the explorer's own path, kept and
    replayed with `--flow F`, reaches the same outcome in the same path steps, entry depth and
    path lines. The explorer's path is the hand count's outcome in the hand count's steps: a
    button the bottom edge cuts (oscar's "Delete profile", pretalx's last "Delete my account")
    is scrolled into view first, as the person counting did (flows/into_view.py; before, the
    explorer tapped the sliver that showed and came out one step short). Where it differs from
    the hand path (pretalx: it ticks the box once it shows, then scrolls to the button, where
    the person scrolled to see both) it costs the same."""
    v = next(v for v in catalog.variants(app) if v.lang == "en")
    saved = tmp_path / f"{app}.explored.yaml"
    code, first = _run_json(str(v.config), "--save-flow", str(saved),
                            "--out", str(tmp_path / "explore"))
    assert (code, first["outcome"]) == (0, v.truth["outcome"]), first
    assert first["path_steps"] == v.truth["path_steps"], \
        (first["path_steps"], v.truth["path_steps"], first["path"])
    text = saved.read_text(encoding="utf-8")
    assert str(load_config(v.config).credentials["password"]) not in text, text
    code, again = _run_json(str(v.config), "--flow", str(saved), "--out", str(tmp_path / "replay"))
    assert code == 0, again
    keys = ("outcome", "path_steps", "entry_depth", "path")
    assert {k: again[k] for k in keys} == {k: first[k] for k in keys}, (again["reason"], text)
