"""Entry depth read again from saved runs: each journal's path and final confirmation, on the
element trees saved beside it, through today's flows/pathing.py, next to the entry depth the run
itself recorded.

    .venv/bin/python benchmarks/entry_depth.py out/realapps*/*/journal.json [...]

For a change to the entry-depth rule without serving the apps again: a row per journal that
reached the final confirmation — its target, path steps, the recorded entry depth, today's, and
how many of its screens have their tree saved (without trees today's rule falls back to the
entry tap) — and a count of the rows that differ. Journals that did not reach a final
confirmation have no such rule to apply and are counted apart.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cancelcheck.evidence.journal import JournalError  # noqa: E402
from cancelcheck.evidence.report import load_run  # noqa: E402
from cancelcheck.flows.pathing import shortest_path  # noqa: E402


def recount(path: str) -> dict | None:
    """The journal's numbers and today's entry depth; None when it reached no final."""
    run = load_run(path)
    j = run.journey
    if j.final_screen is None or j.path_steps is None:
        return None
    for rec in j.screens:
        _, tree = run.screen(rec.index)
        if tree is not None:          # what pathing reads from a run's live screens
            j._live[rec.index] = tree
    cut = next((s.index for s in j.steps if s.source == "commit"), None)
    if cut is not None:       # a committed run: the path ends before the final tap
        j.steps = [s for s in j.steps if s.index < cut]
    now = shortest_path(j, True)
    return {"journal": path, "target": j.target, "path_steps": j.path_steps,
            "recorded": j.entry_depth, "today": now.entry_depth,
            "trees": f"{len(j._live)}/{len(j.screens)}"}


def main(argv: list[str]) -> int:
    if not argv:
        print("usage:", next(x.strip() for x in __doc__.splitlines() if "entry_depth.py" in x),
              file=sys.stderr)
        return 2
    rows, no_final, unreadable = [], 0, 0
    for path in argv:
        try:
            r = recount(path)
        except (JournalError, OSError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            unreadable += 1
            continue
        if r is None:
            no_final += 1
            continue
        rows.append(r)
        mark = "" if r["today"] == r["recorded"] else "  <- differs"
        print(f"{r['journal']}: {r['target']} path {r['path_steps']} entry recorded "
              f"{r['recorded']} today {r['today']} (trees {r['trees']}){mark}")
    differ = sum(r["today"] != r["recorded"] for r in rows)
    print(f"\n{len(rows)} journals with a final confirmation, {differ} differ; "
          f"{no_final} without one, {unreadable} unreadable")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
