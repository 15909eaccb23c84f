"""One import name: the built wheel holds only `cancelcheck/…`, and a project with its own
`flows/` and `devices/` packages can use the pytest plugin's `audit` fixture with both still
importing as the project's own.

The wheel is built the way a user's pip builds it (`pip wheel . --no-deps`, build isolation on)
from a copy of the files git tracks, so nothing is written into the checkout. The fresh venv
sees the project venv's already-installed dependencies through a .pth line naming its
site-packages — a plain path, so the project's editable finder (started by an `import` line in
its own .pth file) is not active there; the test proves `cancelcheck` comes from the fresh venv.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUILD_TIMEOUT = 900                 # pip fetches setuptools into an isolated build env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src")
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                           check=True).stdout.decode().split("\0")
    for name in filter(None, files):
        if (ROOT / name).is_file():
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "-q",
                           "-w", str(out)], cwd=src, capture_output=True, text=True,
                          timeout=BUILD_TIMEOUT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    wheels = list(out.glob("cancelcheck-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_the_wheel_holds_one_top_level_name(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/", 1)[0] for n in names}
    dist_info = {t for t in top if t.endswith(".dist-info")}
    assert top - dist_info == {"cancelcheck"}, sorted(top)
    # every layer is inside it, with its data files
    for sub in ("records/journey.py", "flows/session.py", "devices/web.py", "screens/model.py",
                "detectors/registry.py", "evidence/templates/report.html.j2",
                "policies/__init__.py", "specimens/catalog.py", "flows/commands/taps.py",
                "cli/run.py"):
        assert f"cancelcheck/{sub}" in names, sub
    assert any(n.startswith("cancelcheck/specimens/fair-en/") for n in names)
    top_level = next((n for n in names if n.endswith(".dist-info/top_level.txt")), None)
    if top_level:
        assert zipfile.ZipFile(wheel).read(top_level).decode().split() == ["cancelcheck"]


USER_PACKAGE = 'OWNER = "the user\'s own {name}"\n'

USER_CONFTEST = """\
# imports the project's own packages first, as a project's conftest would
import devices
import flows
"""

USER_TEST = """\
import sys
from pathlib import Path

import pytest

import cancelcheck
import devices
import flows

pytestmark = pytest.mark.cc_target("apps/fair-en.yaml")


def test_cancelcheck_is_the_installed_wheel():
    assert Path(cancelcheck.__file__).resolve().is_relative_to(Path(sys.prefix).resolve())
    assert "__editable__" not in " ".join(sys.modules)


def test_the_audit_fixture_works(audit):
    # specimens/fair-en/truth.yaml: Profile, Settings, Delete account, the password, the final
    # confirmation — five steps, counted by hand from the specimen
    assert audit.outcome == "reachable", audit.journey.reason
    assert audit.path_steps == 5


def test_the_users_packages_are_still_theirs(audit):
    assert flows.OWNER == "the user's own flows"
    assert devices.OWNER == "the user's own devices"
    assert sys.modules["flows"] is flows and sys.modules["devices"] is devices
    import cancelcheck.flows
    assert cancelcheck.flows is not flows
"""


def test_a_project_with_its_own_flows_and_devices_uses_the_audit_fixture(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120)
    py = venv / "bin" / "python"
    site = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # the project venv's dependencies, as a plain path: its .pth files (the editable finder) stay off
    (site / "project_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    proc = subprocess.run([str(py), "-m", "pip", "install", "--no-deps", "--no-index", "-q",
                           "--target", str(site), str(wheel)], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert (site / "cancelcheck" / "flows" / "session.py").is_file()
    assert not (site / "flows").exists() and not (site / "devices").exists()

    project = tmp_path / "project"
    for name in ("flows", "devices"):
        (project / name).mkdir(parents=True)
        (project / name / "__init__.py").write_text(USER_PACKAGE.format(name=name))
    (project / "apps").mkdir()
    shutil.copy(ROOT / "apps" / "fair-en.yaml", project / "apps" / "fair-en.yaml")
    (project / "conftest.py").write_text(USER_CONFTEST)
    (project / "test_leaving.py").write_text(USER_TEST)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "PYTHON"))}
    proc = subprocess.run([str(py), "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "--cc-out", str(tmp_path / "evidence"), "test_leaving.py"],
                          cwd=project, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "3 passed" in proc.stdout, proc.stdout[-2000:]
