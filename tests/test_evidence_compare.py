"""compare(): a longer path and a new finding are regressions; the fix's gains are improvements;
`cancelcheck compare` exits 1 on a regression, 0 otherwise, 2 on bad input."""
from __future__ import annotations

import argparse
import json

import pytest

from cancelcheck.cli.evidence import register
from cancelcheck.records import Finding
from cancelcheck.evidence.compare import compare
from cancelcheck.evidence.journal import JournalWriter
from cancelcheck.records import Journey, ScreenRecord, Step


def journey(path_steps: int, *, outcome="reachable", entry_depth=3, findings=(), wait=0.0,
            difficulty="easy") -> Journey:
    j = Journey(target="app", backend="web", outcome=outcome, reason="r",
                path_steps=path_steps, entry_depth=entry_depth, difficulty=difficulty,
                wait_seconds=wait)
    j.screens = [ScreenRecord(index=i, fingerprint=str(i), app="", t=float(i))
                 for i in range(path_steps + 1)]
    j.steps = [Step(index=i, kind="tap", label=f"tap {i}", before=i, after=i + 1, t=i + 0.5)
               for i in range(path_steps)]
    j.path = list(range(path_steps))
    j.findings = [Finding(t, "why", evidence=e, screen=1) for t, e in findings]
    return j


def texts(changes) -> list[str]:
    return [c.text for c in changes]


def test_a_longer_path_and_a_new_finding_are_regressions():
    old = journey(5, findings=[("retention_offer", "50% off if you stay")])
    new = journey(8, entry_depth=5, findings=[("retention_offer", "50%  OFF if you stay"),
                                              ("confirmshaming", "No, I don't care")])
    cmp = compare(old, new)
    assert cmp.regressed
    whats = [c.what for c in cmp.regressions]
    assert whats == ["path_steps", "entry_depth", "finding"]
    assert cmp.regressions[0].old == 5 and cmp.regressions[0].new == 8
    assert "+3" in cmp.regressions[0].text
    assert cmp.regressions[2].new == {"type": "confirmshaming", "evidence": "No, I don't care"}
    assert cmp.improvements == []          # the same offer, spaced and cased differently


def test_the_fix_shows_as_improvements():
    old = journey(13, outcome="obstructed", difficulty="hard", wait=10,
                  findings=[("forced_wait", "Confirm in 10"), ("nagging", "Are you sure?")])
    new = journey(5, outcome="reachable", difficulty="easy", findings=[("nagging", "Are you sure?")])
    cmp = compare(old, new)
    assert not cmp.regressed
    assert [c.what for c in cmp.improvements] == ["outcome", "difficulty", "path_steps",
                                                  "wait_seconds", "finding"]
    assert cmp.improvements[0].text == "outcome: obstructed → reachable"
    assert "1 findings" not in cmp.same


def test_outcome_order_and_lost_paths():
    assert compare(journey(5), journey(5, outcome="not_found")).regressed
    assert not compare(journey(5, outcome="error"), journey(5, outcome="failed")).regressed
    assert compare(journey(5, outcome="deleted"), journey(5, outcome="reachable")).regressed
    gone = journey(5)
    gone.path_steps = None
    cmp = compare(journey(5), gone)
    assert "path steps: 5 before, now none found" in texts(cmp.regressions)
    interrupted = journey(5, outcome="")
    assert compare(journey(5), interrupted).regressions[0].new == "interrupted"


@pytest.fixture
def cli():
    p = argparse.ArgumentParser(prog="cancelcheck")
    register(p.add_subparsers(dest="command", required=True), argparse.ArgumentParser)

    def run(*argv):
        args = p.parse_args(list(argv))
        return args.func(args)
    return run


def write(j: Journey, folder) -> str:
    JournalWriter(folder, save_images=False).write(j)
    return str(folder / "journal.json")


def test_cli_exit_codes(tmp_path, cli, capsys):
    old = write(journey(5), tmp_path / "old")
    new = write(journey(7, findings=[("confirmshaming", "Stay, I like spam")]), tmp_path / "new")
    assert cli("compare", old, new) == 1
    printed = capsys.readouterr().out
    assert "path steps: 5 → 7 (+2)" in printed
    assert ("new finding: medium Confirmshaming (confirmshaming) on screen 1: "
            "“Stay, I like spam”") in printed
    assert cli("compare", new, old) == 0
    assert cli("compare", old, new, "--json") == 1
    data = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert data["regressed"] and len(data["regressions"]) == 2
    # bad input: one line naming the file
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert cli("compare", str(bad), new) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(bad) in err[0]
    assert cli("compare", old, str(tmp_path / "missing.json")) == 2
    assert "missing.json: no such file" in capsys.readouterr().err
    other = tmp_path / "other.json"
    other.write_text('{"schema": "something/1"}')
    assert cli("compare", str(other), old) == 2
    assert "not a cancelcheck journal" in capsys.readouterr().err


@pytest.mark.parametrize("field,value", [("path_steps", "5"), ("wait_seconds", "long"),
                                         ("outcome", 3), ("steps", {}), ("entry_depth", True)])
def test_a_journal_with_a_wrong_type_is_refused_in_one_line(tmp_path, field, value):
    from cancelcheck.evidence.journal import SCHEMA, JournalError, read_journal
    path = tmp_path / "journal.json"
    data = {"schema": SCHEMA, "target": "x", "outcome": "reachable", "path_steps": 5,
            "steps": [], "screens": [], "findings": []}
    data[field] = value
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(JournalError, match=f"journal is damaged \\({field} is ") as e:
        read_journal(path)
    assert "\n" not in str(e.value)
