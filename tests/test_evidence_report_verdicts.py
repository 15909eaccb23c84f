"""report.html judges the verdicts with the app config, as `cancelcheck judge` and the pytest
plugin do: a rule that reads the config (DSA art. 25(3)(c): deletion no harder than sign-up,
which needs the config's signup_steps) comes out the same on the page and in the terminal."""
from __future__ import annotations

import html
import json
import re

from cancelcheck.cli import main
from cancelcheck.evidence.journal import SCHEMA
from cancelcheck.policies import STATUS_WORD, VERDICT_COLUMNS

CLAUSE = "eu-dsa-25-3c"


def _journal(tmp_path, config: str | None):
    run = tmp_path / "run"
    run.mkdir(exist_ok=True)
    data = {"schema": SCHEMA, "target": "fair-en", "outcome": "reachable", "reason": "reached",
            "path_steps": 5, "entry_depth": 3, "findings": [], "steps": [], "screens": [],
            "path": [], "name": "fair-en", "config": config}
    path = run / "journal.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _row(page: str, clause: str) -> tuple[str, str]:
    """The status and reason the report's verdict table gives a clause (its status word
    mapped back to the status)."""
    table = re.search(r'<table class="verdicts">(.*?)</table>', page, re.S).group(1)
    head = [html.unescape(c) for c in re.findall(r"<th>(.*?)</th>", table)]
    assert head == list(VERDICT_COLUMNS)
    rows = [dict(zip(head, (html.unescape(c) for c in re.findall(r"<td[^>]*><bdi>(.*?)</bdi></td>",
                                                                 row, re.S))))
            for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]]
    hits = [r for r in rows if r["clause"] == clause]
    assert len(hits) == 1, rows[:3]
    status = {w: s for s, w in STATUS_WORD.items()}[hits[0]["verdict"]]
    return status, hits[0]["reason"]


def _judge(journal, config, capsys) -> dict:
    argv = ["judge", str(journal), "--json"] + (["--config", str(config)] if config else [])
    main(argv)
    out = json.loads(capsys.readouterr().out)
    return {v["clause"]: v for v in out["verdicts"]}[CLAUSE]


def test_a_rule_that_reads_the_config_agrees_in_report_and_judge(tmp_path, capsys):
    app = tmp_path / "app.yaml"
    app.write_text("name: fair-en\ntarget: fair-en\nsignup_steps: 2\n", encoding="utf-8")
    journal = _journal(tmp_path, str(app))
    verdict = _judge(journal, app, capsys)
    # by hand: 5 path steps against 2 sign-up steps is 2.5× as many → fail
    assert verdict["status"] == "fail"
    assert verdict["reason"] == "Terminating takes 5 steps, subscribing 2: 2.5× as many."
    assert main(["report", str(journal)]) == 0           # the config the journal names
    page = (journal.parent / "report.html").read_text(encoding="utf-8")
    assert _row(page, CLAUSE) == (verdict["status"], verdict["reason"])


def test_report_takes_the_config_from_the_flag(tmp_path, capsys):
    app = tmp_path / "app.yaml"
    app.write_text("target: fair-en\nsignup_steps: 10\n", encoding="utf-8")
    journal = _journal(tmp_path, None)
    without = _judge(journal, None, capsys)
    assert without["status"] == "review"                 # sign-up's steps unknown
    verdict = _judge(journal, app, capsys)
    assert (verdict["status"], verdict["reason"]) == (
        "pass", "Terminating takes 5 steps, subscribing 10 (ratio 0.5).")
    out = tmp_path / "page.html"
    assert main(["report", str(journal), "--out", str(out), "--config", str(app)]) == 0
    assert _row(out.read_text(encoding="utf-8"), CLAUSE) == ("pass", verdict["reason"])
    assert main(["report", str(journal), "--out", str(out)]) == 0
    assert _row(out.read_text(encoding="utf-8"), CLAUSE)[0] == "review"


def test_a_recorded_config_that_is_gone_is_said_not_hidden(tmp_path, capsys):
    journal = _journal(tmp_path, str(tmp_path / "moved.yaml"))
    assert main(["report", str(journal)]) == 0
    err = capsys.readouterr().err
    assert "moved.yaml" in err and "without the app config" in err and err.count("\n") == 1
    assert main(["report", str(journal), "--config", str(tmp_path / "nope.yaml")]) == 2
    err = capsys.readouterr().err
    assert "nope.yaml" in err and err.count("\n") == 1
