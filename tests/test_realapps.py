"""Real third-party apps (realapps/): installed from PyPI at pinned versions (`make test`
installs them first: `make realapps-ci`), reset, seeded with a test user and started on
127.0.0.1, then audited by cancelcheck in real Chromium, against the hand counts in
realapps/NAME/truth*.yaml (counted from screenshots, how written beside each).

Every variant's hand-counted path, followed as a flow (realapps/NAME/path*.yaml), must sign in
and reach the final confirmation in exactly the steps the hand count says. The explorer's own
audits of every real app are `make realapps` (benchmarks/realapps.py), a table against the
same hand counts; an app joins EXPLORER_RIGHT here once the explorer gets it right.
"""
from __future__ import annotations

import pytest

from cancelcheck.api import audit
from realapps import catalog, lifecycle

CI_APPS = ["trac", "ihatemoney"]          # the quickest to install (Makefile REALAPPS_CI)
EXPLORER_RIGHT: list[str] = []            # configs the explorer gets right (make realapps)


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
    flow ran and the app went on), reachable, in the hand count's steps. A flow cannot tap a
    browser's own confirm, so where the hand count ends on one, the flow stops one step
    before it (truth: flow_path_steps)."""
    for v, journey in _hand_path_runs(app, tmp_path):
        want = v.truth.get("flow_path_steps", v.truth["path_steps"])
        assert (journey.outcome, journey.path_steps) == (v.truth["outcome"], want), (
            f"{v.name}: {journey.outcome} in {journey.path_steps} steps ({journey.reason}); "
            f"hand count: {v.truth['outcome']} in {want}")

