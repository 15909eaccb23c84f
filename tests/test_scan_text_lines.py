"""`cancelcheck scan-text --lines`: one JSON object per input line, in order, in one process."""
import json
import os
import subprocess
import sys
from pathlib import Path

EXE = Path(sys.executable).parent / "cancelcheck"


def test_lines_from_stdin_keep_order_and_blank_lines():
    text = "No thanks, I prefer to lose everything\n\n残忍离开\nDelete account\n"
    proc = subprocess.run([str(EXE), "scan-text", "--lines", "-"], input=text,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["line"] for r in rows] == [1, 2, 3, 4]
    assert [r["text"] for r in rows] == text.splitlines()
    assert [f["type"] for f in rows[0]["findings"]] == ["confirmshaming"]
    assert rows[1]["findings"] == []
    assert [f["type"] for f in rows[2]["findings"]] == ["confirmshaming"]
    assert rows[3]["findings"] == []      # a plain "Delete account" is no dark pattern


def test_missing_lines_file_is_one_line(tmp_path):
    proc = subprocess.run([str(EXE), "scan-text", "--lines", str(tmp_path / "nope.txt")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"cancelcheck scan-text: error: {tmp_path / 'nope.txt'}: no such file"


def test_the_objects_are_frozen_at_exit_not_before(tmp_path):
    """scan-text freezes the collector's objects at exit (gc.freeze: the interpreter's last
    collections then skip the lexicons and modules), not while it runs, and still writes
    every line and its disk cache. An atexit handler registered before the command runs
    after its own (last in, first out), so it sees the frozen count; a check right after the
    command, before the exit, sees none."""
    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('at exit', gc.get_freeze_count() > 0, file=sys.stderr))\n"
        "from cancelcheck.cli import main\n"
        "rc = main(['scan-text', '--lines', sys.argv[1]])\n"
        "print('after command', gc.get_freeze_count() > 0, file=sys.stderr)\n"
        "sys.exit(rc)\n")
    lines = tmp_path / "lines.txt"
    lines.write_text("Delete account\nNo thanks, I prefer to lose everything\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", code, str(lines)], capture_output=True,
                          text=True, timeout=60,
                          env={**os.environ, "CANCELCHECK_CACHE": str(tmp_path / "c")})
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines() == ["after command False", "at exit True"]
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [[f["type"] for f in r["findings"]] for r in rows] == [[], ["confirmshaming"]]
    assert any(p.name.startswith("regex-grams-") for p in (tmp_path / "c").iterdir())
