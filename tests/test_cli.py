"""The `cancelcheck` command as a user runs it: a real process, real Chromium."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PIL import Image

from cancelcheck.specimens import catalog

EXE = Path(sys.executable).parent / "cancelcheck"


def run(*args, timeout=120):
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=timeout)


def one_line_error(proc, *words):
    assert proc.returncode == 2, proc
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    for w in words:
        assert w in lines[0], (w, lines[0])


def test_specimens_lists_every_one():
    proc = run("specimens")
    assert proc.returncode == 0, proc.stderr
    for name in catalog.names():
        assert name in proc.stdout


def test_capture_a_specimen(tmp_path):
    proc = run("capture", "fair-en", "--out", str(tmp_path), "--route", "#/settings")
    assert proc.returncode == 0, proc.stderr
    image = Image.open(tmp_path / "screen.png")
    assert image.size == (1082, 2402)
    tree = json.loads((tmp_path / "screen.json").read_text())
    assert tree["source"] == "web" and tree["app"].endswith("/fair-en/#/settings")
    texts = [e["text"] for e in tree["elements"]]
    assert "Delete account" in " ".join(texts)
    for e in tree["elements"]:
        x1, y1, x2, y2 = e["bounds"]
        assert x1 <= x2 and y1 <= y2


def test_wrong_flag_is_one_line_naming_it():
    one_line_error(run("capture", "fair-en", "--bogus", "x", "--out", "o"), "--bogus")


def test_unknown_specimen_is_one_line():
    one_line_error(run("serve", "no-such-app"), "no-such-app", "fair-en")
    one_line_error(run("capture", "no-such-app", "--out", "o"), "no-such-app")


def test_unreachable_target_is_one_line(tmp_path):
    one_line_error(run("capture", "http://127.0.0.1:9/", "--out", str(tmp_path)),
                   "http://127.0.0.1:9/", "does not answer")
    assert not list(tmp_path.iterdir())


def test_demo_audits_every_specimen(tmp_path):
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run([str(EXE), "demo", "--out", str(tmp_path)], capture_output=True,
                          text=True, timeout=900, cwd=root)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    page = (tmp_path / "index.html").read_text()
    for name in catalog.names():
        assert Image.open(tmp_path / name / "screens" / "0000.png").size == (1082, 2402)
        assert f'src="{name}/screens/0000.png"' in page
        assert f'href="{name}/report.html"' in page
        assert (tmp_path / name / "report.html").is_file() and (tmp_path / name / "video.mp4").is_file()
        journal = json.loads((tmp_path / name / "journal.json").read_text())
        assert journal["outcome"] == catalog.truth(name).outcome
        assert name in proc.stdout
    # The table names every outcome, and app text in the page stays text.
    assert "obstructed" in proc.stdout and "reachable" in proc.stdout
    assert "<script>window.__pwned" not in page
