"""Soak: audit every specimen many times and report how often the runs agree.

    .venv/bin/python benchmarks/soak.py [--runs 20] [--jobs 1] [--out out/soak] [SPECIMEN ...]
    make soak                                    (the same, 20 runs of every specimen)

Each run is a whole explorer audit (apps/NAME.yaml, a fresh Chromium and specimen server, commit
off, no video or report: the soak is about the verdict, not the evidence). For each specimen it
reports the agreement rate of the outcome, the path steps and the set of finding types — the share
of runs that give the most common value — and how many runs match the specimen's truth.yaml.
Target (issue 9): 100 % agreement. Every run's numbers land in OUT/soak.json; a run that raised
counts as a disagreement and its one-line error is kept.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.chdir(ROOT)

from cancelcheck.specimens import catalog  # noqa: E402


def one_run(name: str, i: int, out: str) -> dict:
    """One audit of a specimen; what it found, or the error it raised."""
    from cancelcheck.api import audit
    cfg = Path("apps") / f"{name}.yaml"
    t0 = time.monotonic()
    try:
        j = audit(str(cfg) if cfg.is_file() else name, out_dir=Path(out) / name / f"{i:02d}",
                  video=False, report=False, native_video=False).journey
        got = {"outcome": j.outcome, "path_steps": j.path_steps,
               "findings": sorted({f.type for f in j.findings}), "reason": j.reason}
    except Exception as exc:          # noqa: BLE001 — a run that raised is a data point too
        got = {"outcome": "raised", "path_steps": None, "findings": [],
               "reason": f"{type(exc).__name__}: {exc}".splitlines()[0]}
    got.update(name=name, run=i, seconds=round(time.monotonic() - t0, 1))
    return got


def agreement(values: list) -> tuple[float, object]:
    """The share of values equal to the most common one, and that value."""
    counted = Counter(json.dumps(v, sort_keys=True) for v in values)
    top, n = counted.most_common(1)[0]
    return n / len(values), json.loads(top)


def truth_of(name: str) -> dict:
    t = catalog.truth(name)
    return {"outcome": t.outcome, "path_steps": t.path_steps,
            "findings": sorted({f["type"] for f in t.findings})}


def summarise(runs: list[dict]) -> list[dict]:
    rows = []
    for name in sorted({r["name"] for r in runs}):
        mine = [r for r in runs if r["name"] == name]
        truth = truth_of(name)
        row = {"name": name, "runs": len(mine)}
        for key in ("outcome", "path_steps", "findings"):
            rate, value = agreement([r[key] for r in mine])
            row[key] = {"agreement": rate, "most_common": value}
        row["matches_truth"] = sum(all(r[k] == truth[k] for k in ("outcome", "path_steps"))
                                   and set(truth["findings"]) <= set(r["findings"]) for r in mine)
        row["seconds_median"] = sorted(r["seconds"] for r in mine)[len(mine) // 2]
        row["odd_runs"] = [{k: r[k] for k in ("run", "outcome", "path_steps", "findings", "reason")}
                           for r in mine if any(r[k] != row[k]["most_common"]
                                                for k in ("outcome", "path_steps", "findings"))]
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="specimens (default: all)")
    ap.add_argument("--runs", type=int, default=20, help="audits per specimen (default 20)")
    ap.add_argument("--jobs", type=int, default=1, help="audits at once (default 1)")
    ap.add_argument("--out", default="out/soak", help="folder for the runs and soak.json")
    args = ap.parse_args(argv)
    names = args.names or catalog.names()
    for n in names:
        catalog.folder(n)                           # an unknown name stops here, in one line
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    jobs = [(n, i) for i in range(args.runs) for n in names]      # interleaved: drift shows
    t0 = time.monotonic()
    runs: list[dict] = []
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(one_run, n, i, str(out)) for n, i in jobs]
        for k, f in enumerate(futures, 1):
            r = f.result()
            runs.append(r)
            print(f"[{k}/{len(jobs)}] {r['name']} #{r['run']}: {r['outcome']} "
                  f"{r['path_steps']} steps {','.join(r['findings']) or '-'} ({r['seconds']} s)",
                  file=sys.stderr, flush=True)
    rows = summarise(runs)
    wall = time.monotonic() - t0
    (out / "soak.json").write_text(json.dumps({"runs": runs, "summary": rows,
                                               "wall_seconds": round(wall)}, indent=1),
                                   encoding="utf-8")
    print(f"\n{'specimen':16} {'runs':>4}  {'outcome':>8} {'steps':>8} {'findings':>9}  "
          f"{'= truth':>8}  {'median s':>8}")
    for r in rows:
        print(f"{r['name']:16} {r['runs']:>4}  {r['outcome']['agreement']:>8.0%} "
              f"{r['path_steps']['agreement']:>8.0%} {r['findings']['agreement']:>9.0%}  "
              f"{r['matches_truth']:>4}/{r['runs']:<3}  {r['seconds_median']:>8}")
    total = len(runs)
    agree = sum(len(r["odd_runs"]) == 0 for r in rows)
    print(f"\n{total} audits in {wall / 60:.1f} min; {agree}/{len(rows)} specimens agree in "
          f"every run; details in {out / 'soak.json'}")
    return 0 if agree == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
