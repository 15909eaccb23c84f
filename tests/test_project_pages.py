"""An app whose account is a project, on real Chromium and tests/data/pages/project/ (made up,
none a copy of a real app): one signs in with "Project identifier" + "Private code", and the
deletion is "Delete project" in its own form below an "Edit project" form (with a currency
drop-down and a "Current private code" field of its own). The button asks "Are you sure?" on
the first tap and turns back to "Delete project" when its form loses focus, so filling the code
resets it. Hand count, from the HTML: Settings, type the code into the deletion's "Private
code", Delete project, Are you sure? (final, not taken) = 4."""
from __future__ import annotations

from cancelcheck.devices.web import WebDevice
from cancelcheck.flows.audit import AuditOptions, run_audit
from tests.pages_kit import show

CREDS = {"username": "harbour", "password": "quay-7-lantern"}



def test_delete_project_is_the_entry_where_one_signs_in_to_a_project(pages):
    device = WebDevice(f"{pages.base_url}/project/index.html")
    try:
        device.start(fresh=True)
        j = run_audit(device, "project", AuditOptions(login_auto=True, credentials=CREDS,
                                                      budget_steps=20, budget_seconds=120))
        deleted = device.run_js("return localStorage.getItem('deleted')")
    finally:
        device.close()
    assert j.outcome == "reachable" and abs(j.path_steps - 4) <= 1, show(j)
    assert j.final_action in ("Delete project", "Are you sure?"), show(j)
    explorer = [s for s in j.steps if s.source == "explorer"]
    typed = [s for s in explorer if s.kind == "type"]
    assert len(typed) == 1 and typed[0].target != "Current private code", show(j)
    assert not [s for s in explorer if s.kind == "choose"], show(j)    # the currency is a field
    assert j.effort <= 3 * j.path_steps, show(j)
    assert deleted is None                                             # commit off
