"""The same audit through the web backend and through a real Appium server (Chromium session):
the explorer reaches the same outcome with the same path steps and entry depth."""
from __future__ import annotations

import pytest

from cancelcheck.config import load_config
from cancelcheck.devices.web import WebDevice
from cancelcheck.flows.audit import AuditOptions, run_audit
from cancelcheck.specimens import catalog

from .test_audit import ROOT

NAMES = ["fair-en", "roach-motel-en", "social-zh", "maze-en"]


def options(name: str) -> AuditOptions:
    cfg = load_config(ROOT / "apps" / f"{name}.yaml")
    return AuditOptions(credentials=cfg.credentials, budget_steps=cfg.budget_steps,
                        budget_seconds=cfg.budget_seconds)


@pytest.mark.parametrize("name", NAMES)
def test_explorer_through_appium_matches_the_web_backend(name, appium_chromium, specimen_server):
    t = catalog.truth(name)
    via_appium = run_audit(appium_chromium(name), name, options(name))
    with WebDevice(specimen_server.url(name)) as web:
        web.start(fresh=True)
        via_web = run_audit(web, name, options(name))
    assert via_appium.backend == "appium" and via_web.backend == "web"
    got = (via_appium.outcome, via_appium.path_steps, via_appium.entry_depth)
    assert got == (via_web.outcome, via_web.path_steps, via_web.entry_depth), via_appium.reason
    assert got == (t.outcome, t.path_steps, t.entry_depth)


def test_run_a_web_app_on_an_appium_server_from_the_command_line(appium_server, tmp_path, capsys):
    """`cancelcheck run CONFIG --device appium:URL`: the config's page in Chromium through a real
    Appium server, with the config's credentials; the same numbers as the truth."""
    import json

    from cancelcheck.cli import main as cli_main
    t = catalog.truth("fair-en")
    code = cli_main(["run", str(ROOT / "apps" / "fair-en.yaml"), "--device",
                     f"appium:{appium_server.url}", "--out", str(tmp_path / "run"), "--json"])
    got = json.loads(capsys.readouterr().out)
    assert code == 0, got
    assert (got["outcome"], got["path_steps"]) == (t.outcome, t.path_steps)
    journal = json.loads((tmp_path / "run" / "journal.json").read_text(encoding="utf-8"))
    assert journal["backend"] == "appium"


def test_an_appium_device_with_neither_capabilities_nor_a_page_says_so():
    from cancelcheck.devices import DeviceError, open_device
    with pytest.raises(DeviceError, match="needs capabilities .* or a web page"):
        open_device("appium:http://127.0.0.1:9")
