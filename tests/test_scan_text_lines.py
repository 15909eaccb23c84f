"""`cancelcheck scan-text --lines`: one JSON object per input line, in order, in one process."""
import json
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
