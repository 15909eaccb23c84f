"""Real apps: install, start and audit every app under realapps/ (and each language variant)
with the explorer, and compare with the hand counts.

    .venv/bin/python benchmarks/realapps.py [--out out/realapps] [--timeout 360] [NAME ...]
    make realapps                                  (the same, every app)

For each app: install it (idempotent: its own venv under .realapps/NAME/), reset its data and
seed the test users, start it on 127.0.0.1, run `cancelcheck run realapps/NAME/app[-LANG].yaml
--json --out OUT/CONFIG-NAME` for each variant, and stop it. Prints one row per variant —
outcome right?, |path steps − hand count|, effort ÷ path steps, seconds — and writes
OUT/realapps.json and OUT/index.html (each run's report linked). Targets (issue 15): outcome
right, path steps within ±1, effort ≤ 3 × path steps, one audit ≤ 3 minutes.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.chdir(ROOT)

from realapps import catalog, lifecycle  # noqa: E402

CANCELCHECK = ROOT / ".venv" / "bin" / "cancelcheck"


def audit(variant: catalog.Variant, out: Path, timeout: float) -> dict:
    """One explorer audit through the CLI; what it said, or why it gave nothing."""
    run_dir = out / variant.name
    cmd = [str(CANCELCHECK), "run", str(variant.config.relative_to(ROOT)), "--json",
           "--out", str(run_dir)]
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            stdout, stderr = proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            stdout, stderr = proc.communicate()
        got = {"outcome": "timeout", "reason": f"no answer within {timeout:.0f} s"}
    else:
        try:
            got = json.loads(stdout)
        except ValueError:
            got = {"outcome": "raised", "reason": (stderr.strip().splitlines() or ["?"])[-1]}
    got["seconds"] = round(time.monotonic() - t0, 1)
    journal = run_dir / "journal.json"          # the final control's words (not in --json)
    if journal.is_file():
        got["final_action"] = json.loads(journal.read_text()).get("final_action") or None
    got["exit"] = proc.returncode
    got["dir"] = str(run_dir.relative_to(out)) if run_dir.is_absolute() else variant.name
    return got


def row(variant: catalog.Variant, got: dict) -> dict:
    truth = variant.truth
    steps, want = got.get("path_steps"), truth["path_steps"]
    effort = got.get("effort")
    return {
        "app": variant.app, "config": variant.name, "lang": variant.lang,
        "outcome": got.get("outcome"), "want_outcome": truth["outcome"],
        "outcome_right": got.get("outcome") == truth["outcome"],
        "path_steps": steps, "want_path_steps": want,
        "steps_off": abs(steps - want) if isinstance(steps, int) and want is not None else None,
        "entry_depth": got.get("entry_depth"), "want_entry_depth": truth.get("entry_depth"),
        "final_action": got.get("final_action") or None,
        "want_final_action": truth.get("final_action"),
        "effort": effort,
        "effort_per_step": round(effort / steps, 2) if effort and steps else None,
        "seconds": got.get("seconds"),
        "findings": sorted({f.get("type") for f in got.get("findings") or []}),
        "want_findings": sorted(truth.get("findings") or []),
        "reason": got.get("reason", ""),
        "report": f"{got['dir']}/report.html",
    }


def right(r: dict) -> bool:
    """Outcome right, and path steps within ±1 of the hand count; where the hand count has no
    path (deletion absent: path_steps null), the run must have none either; where it names the
    final control's words (final_action), the run's final must be that control — the right
    number of steps ending on another control (a menu that names the deletion) is not right."""
    if not r["outcome_right"]:
        return False
    if r.get("want_final_action") and r.get("final_action") != r["want_final_action"]:
        return False
    if r["want_path_steps"] is None:
        return r["path_steps"] is None
    return r["steps_off"] is not None and r["steps_off"] <= 1


def _dash(value) -> str:
    return "-" if value is None else str(value)


def table(rows: list[dict]) -> str:
    head = (f"{'config':<16} {'outcome':<12} {'hand':<11} {'right':<6} {'|Δsteps|':>8} "
            f"{'steps':>5} {'hand':>4} {'entry':>5} {'hand':>4} {'effort/steps':>12} {'seconds':>8}")
    lines = [head]
    for r in rows:
        off = _dash(r["steps_off"])
        eps = "-" if r["effort_per_step"] is None else f"{r['effort_per_step']:.2f}"
        lines.append(f"{r['config']:<16} {str(r['outcome']):<12} {r['want_outcome']:<11} "
                     f"{'yes' if r['outcome_right'] else 'NO':<6} {off:>8} "
                     f"{_dash(r['path_steps']):>5} "
                     f"{_dash(r['want_path_steps']):>4} {_dash(r['entry_depth']):>5} "
                     f"{_dash(r['want_entry_depth']):>4} {eps:>12} {r['seconds']:>8}")
    lines += [f"{r['config']}: final {r['final_action']!r}, hand {r['want_final_action']!r}"
              for r in rows if r.get("want_final_action")
              and r.get("final_action") != r["want_final_action"]]
    lines.append(f"\n{sum(map(right, rows))}/{len(rows)} right "
                 "(outcome, path steps within ±1 of the hand count, and the final control where "
                 "the hand count names it; the entry depth is shown "
                 "beside the hand count's, which counts the hand path: the explorer's may differ)")
    return "\n".join(lines)


def index_html(rows: list[dict]) -> str:
    esc = html.escape
    body = "".join(
        f"<tr><td><a href='{esc(r['report'])}'>{esc(r['config'])}</a></td><td>{esc(r['lang'])}</td>"
        f"<td>{esc(str(r['outcome']))}</td><td>{esc(r['want_outcome'])}</td>"
        f"<td>{'yes' if r['outcome_right'] else 'no'}</td>"
        f"<td>{esc(str(r['path_steps']))}</td><td>{_dash(r['want_path_steps'])}</td>"
        f"<td>{esc(str(r['effort']))}</td><td>{r['seconds']}</td>"
        f"<td>{esc(', '.join(r['findings']))}</td><td><bdi>{esc(r['reason'])}</bdi></td></tr>"
        for r in rows)
    return ("<!doctype html><meta charset='utf-8'><title>cancelcheck: real apps</title>"
            "<style>body{font:14px sans-serif;margin:2em}td,th{border-bottom:1px solid #ddd;"
            "padding:4px 8px;text-align:left}</style><h1>Real apps against their hand counts</h1>"
            "<table><tr><th>config</th><th>lang</th><th>outcome</th><th>hand</th><th>right</th>"
            "<th>path steps</th><th>hand</th><th>effort</th><th>seconds</th><th>findings</th>"
            f"<th>reason</th></tr>{body}</table>")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="real apps (default: all)")
    ap.add_argument("--out", default="out/realapps")
    ap.add_argument("--timeout", type=float, default=360.0, help="seconds per audit")
    args = ap.parse_args(argv)
    out = (ROOT / args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    names = args.names or catalog.names()
    rows: list[dict] = []
    for name in names:
        mod = catalog.module(name)
        variants = catalog.variants(name)
        print(f"{name}: installing (once), resetting, starting on 127.0.0.1:{mod.PORT}",
              file=sys.stderr, flush=True)
        done = 0
        try:
            with lifecycle.serving(mod):
                for v in variants:
                    got = audit(v, out, args.timeout)
                    rows.append(row(v, got))
                    done += 1
                    print(f"  {v.name}: {got.get('outcome')} in {got['seconds']} s",
                          file=sys.stderr, flush=True)
        except Exception as exc:        # noqa: BLE001 — an app that will not start is a row too
            for v in variants[done:]:
                rows.append(row(v, {"outcome": "not_started", "reason": str(exc).splitlines()[0],
                                    "seconds": 0, "dir": v.name}))
    (out / "realapps.json").write_text(json.dumps(rows, indent=1, ensure_ascii=False))
    (out / "index.html").write_text(index_html(rows))
    print(table(rows))
    print(f"details: {out / 'realapps.json'}; reports: {out / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
