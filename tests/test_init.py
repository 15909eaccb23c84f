"""`cancelcheck init URL` in an empty project folder, then the generated test under pytest: it
passes; the app changes (its "Delete account" entry removed) and the same test fails.

Real Chromium, a real copy of the fair-en specimen served from a temp folder (so it can be
changed), the real CLI and a real pytest run with the installed plugin.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from cancelcheck.config import load_config
from cancelcheck.specimens.server import ROOT as SPECIMENS, SpecimenServer
from tests.pages_kit import pages_server

EXE = Path(sys.executable).parent / "cancelcheck"
PASSWORD = "tulip-7-harbor"          # fair-en's password (specimens/fair-en/truth.yaml)
QUAY = {"username": "robin", "password": "quay-7-lantern"}   # tests/data/pages/signin/index.html


def test_init_writes_a_regression_test_that_passes_then_catches_a_change(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(SPECIMENS / "_kit", site / "_kit")
    shutil.copytree(SPECIMENS / "fair-en", site / "fair-en")
    project = tmp_path / "project"
    project.mkdir()
    env = {**os.environ, "CC_SHOP_PASSWORD": PASSWORD}
    with SpecimenServer(root=site) as server:
        url = server.url("fair-en")
        init = subprocess.run([str(EXE), "init", url, "--name", "shop"], cwd=project, env=env,
                              capture_output=True, text=True, timeout=900)
        assert init.returncode == 0, init.stdout + init.stderr
        files = ["apps/shop.yaml", "apps/flows/shop.yaml", "apps/shop.baseline.json",
                 "tests/test_shop_deletion.py"]
        for f in files:
            assert (project / f).is_file(), f
        out = init.stdout.splitlines()
        assert out[-3:] == ["next:", "  cancelcheck run apps/shop.yaml",
                            "  pytest tests/test_shop_deletion.py"]
        # what it measured, counted by hand on fair-en: Profile, Settings, Delete account,
        # the password, the final "Delete account" — 5 path steps, the flow entered after 3
        cfg = yaml.safe_load((project / "apps/shop.yaml").read_text())
        assert cfg["target"] == url and cfg["start"] == "logged_in" and "login" not in cfg
        assert cfg["credentials"] == {"password": "${env:CC_SHOP_PASSWORD}"}
        assert cfg["flow"] == "flows/shop.yaml"
        assert cfg["expect"]["outcome"] == "reachable"
        assert (cfg["expect"]["max_path_steps"], cfg["expect"]["max_entry_depth"]) == (5, 3)
        assert "confirmshaming" in cfg["expect"]["absent_findings"]
        flow = (project / "apps/flows/shop.yaml").read_text()
        assert "${password}" in flow and flow.rstrip().endswith("final: true}")
        for f in files:
            assert PASSWORD not in (project / f).read_text(), f
        test = (project / "tests/test_shop_deletion.py").read_text()
        assert "assert audit.path_steps <= 5" in test and "assert audit.entry_depth <= 3" in test

        pytest_cmd = [sys.executable, "-m", "pytest", "tests/test_shop_deletion.py", "-q",
                      "-p", "no:cacheprovider", "--cc-video", "off"]
        passed = subprocess.run(pytest_cmd, cwd=project, env=env, capture_output=True,
                                text=True, timeout=900)
        assert passed.returncode == 0, passed.stdout[-3000:]
        assert " passed" in passed.stdout and "failed" not in passed.stdout

        app = site / "fair-en" / "app.js"
        src = app.read_text()
        row = "CC.row({ icon: 'trash', label: 'Delete account', danger: true, href: '#/delete' })"
        assert src.count(row) == 1
        app.write_text(src.replace(row, "CC.row({ icon: 'lock', label: 'Privacy centre', "
                                        "href: '#/settings/privacy' })"))
        failed = subprocess.run(pytest_cmd, cwd=project, env=env, capture_output=True,
                                text=True, timeout=900)
    assert failed.returncode == 1, failed.stdout[-3000:]
    assert "tapOn 'Delete account'" in failed.stdout        # the saved flow's line names it
    assert "apps/flows/shop.yaml:" in failed.stdout


def test_init_on_a_sign_in_page_writes_login_auto_with_placeholders(tmp_path):
    """tests/data/pages/signin/ with ?two=1: the start screen asks the user name first (a user
    field, a "Next" button, the form's legend "Log In") and the password on the next screen,
    so no password field is on screen when init looks. init finds the form with the finder
    `login: auto` uses (flows/signin.find_form), writes `login: auto` with ${env:…}
    placeholders, and the config it writes signs in, validates and loads.
    Hand count after sign-in: Settings, Delete account (the deletion flow: entry depth 2), the
    final "Delete my account permanently" = 3 path steps."""
    import json

    import jsonschema
    project = tmp_path / "project"
    project.mkdir()
    env = {**os.environ, "CC_QUAY_USERNAME": QUAY["username"],
           "CC_QUAY_PASSWORD": QUAY["password"]}
    with pages_server() as server:
        url = f"{server.base_url}/signin/index.html?two=1"
        init = subprocess.run([sys.executable, "-m", "cancelcheck.cli", "init", url, "--name",
                               "quay"], cwd=project, env=env, capture_output=True, text=True,
                              timeout=900)
    assert init.returncode == 0, init.stdout + init.stderr
    cfg_file = project / "apps" / "quay.yaml"
    text = cfg_file.read_text()
    cfg = yaml.safe_load(text)
    assert cfg["login"] == "auto" and "start" not in cfg
    assert cfg["credentials"] == {"username": "${env:CC_QUAY_USERNAME}",
                                  "password": "${env:CC_QUAY_PASSWORD}"}
    assert cfg["expect"]["outcome"] == "reachable"
    assert (cfg["expect"]["max_path_steps"], cfg["expect"]["max_entry_depth"]) == (3, 2)
    for f in ("apps/quay.yaml", "apps/flows/quay.yaml", "apps/quay.baseline.json",
              "tests/test_quay_deletion.py"):
        assert QUAY["password"] not in (project / f).read_text(), f
    # the config validates: against `cancelcheck schema app`, and through the config loader
    schema = subprocess.run([sys.executable, "-m", "cancelcheck.cli", "schema", "app"],
                            capture_output=True, text=True, timeout=120)
    assert schema.returncode == 0, schema.stderr
    jsonschema.Draft202012Validator(json.loads(schema.stdout)).validate(cfg)
    os.environ.update(CC_QUAY_USERNAME=QUAY["username"], CC_QUAY_PASSWORD=QUAY["password"])
    try:
        loaded = load_config(cfg_file)
    finally:
        del os.environ["CC_QUAY_USERNAME"], os.environ["CC_QUAY_PASSWORD"]
    assert loaded.login_auto and loaded.credentials == QUAY
