"""The explorer's effort against two baselines, on the same specimens in the same run.

    .venv/bin/python benchmarks/explorer_effort.py [--seeds 2] [--cap 120] [SPECIMEN ...]

Arrival = user steps performed until the specimen's final screen is first reached (its truth
final_route, or end_route/entry_route where deletion cannot finish online) — the yardstick for
all three; the explorer's whole effort (which also fills the final form) is shown beside it
against the path steps. The ground truth is
used only to judge arrival, never to guide. Baselines:
  monkey — uniform random taps on visible tappable elements (one seed per run);
  bfs    — breadth-first search over tappable elements: restart, replay a known path, tap the
           next untried element; every replayed tap counts.
A baseline that does not arrive within --cap steps is reported as ">cap".
Targets (issue 3): explorer effort ≤ 2 × path steps; monkey effort ≥ 5 × explorer effort.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.chdir(ROOT)

from cancelcheck.api import audit  # noqa: E402
from cancelcheck.devices.web import WebDevice  # noqa: E402
from cancelcheck.screens.fingerprint import fingerprint  # noqa: E402
from cancelcheck.specimens import catalog  # noqa: E402
from cancelcheck.specimens.server import SpecimenServer  # noqa: E402


def goal_routes(t) -> set[str]:
    routes = {r for r in (t.final_route, getattr(t, "end_route", None)) if r}
    if not routes:
        routes = {t.entry_route}
    return routes


def arrived(device, goals) -> bool:
    return device.run_js("return location.hash") in goals


def tappables(screen):
    seen, out = set(), []
    for e in screen.visible():
        t = screen.tappable(e)
        if t.clickable and t.enabled and t.attrs.get("obscured") != "1" and t.index not in seen:
            seen.add(t.index)
            out.append(t)
    return out


def arrival_effort(journey, goals) -> int:
    """The explorer's steps until it first stands on a goal screen: the same yardstick as the
    baselines (its total effort also fills the final form; see journey.effort)."""
    n = 0
    for step in journey.steps:
        n += step.counted
        app = journey.screens[step.after].app if 0 <= step.after < len(journey.screens) else ""
        if "#" in app and "#" + app.split("#", 1)[1] in goals:
            return n
    return journey.effort


def monkey(url, goals, seed, cap) -> int | None:
    rng = random.Random(seed)
    with WebDevice(url) as d:
        d.start()
        for n in range(1, cap + 1):
            d.wait_idle()
            options = tappables(d.capture())
            if not options:
                d.back()
            else:
                d.tap(rng.choice(options))
            if arrived(d, goals):
                return n
    return None


def bfs(url, goals, cap) -> int | None:
    effort = 0
    with WebDevice(url) as d:
        d.start()
        d.wait_idle()
        root = d.capture()
        seen = {fingerprint(root)}
        queue = deque([()])            # paths of element labels from the start
        while queue:
            path = queue.popleft()
            d.start()
            d.wait_idle()
            ok = True
            for label in path:
                hits = [e for e in tappables(d.capture()) if e.label == label]
                if not hits:
                    ok = False
                    break
                d.tap(hits[0])
                effort += 1
                d.wait_idle()
            if not ok:
                continue
            options = [e.label for e in tappables(d.capture()) if e.label]
            for i, label in enumerate(options):
                if i:
                    d.start()
                    d.wait_idle()
                    for step in path:
                        hits = [e for e in tappables(d.capture()) if e.label == step]
                        if not hits:
                            break
                        d.tap(hits[0])
                        effort += 1
                        d.wait_idle()
                hits = [e for e in tappables(d.capture()) if e.label == label]
                if not hits:
                    continue
                d.tap(hits[0])
                effort += 1
                d.wait_idle()
                if arrived(d, goals):
                    return effort
                fp = fingerprint(d.capture())
                if fp not in seen:
                    seen.add(fp)
                    queue.append(path + (label,))
                if effort >= cap:
                    return None
    return None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("names", nargs="*")
    ap.add_argument("--seeds", type=int, default=2)
    ap.add_argument("--cap", type=int, default=120)
    args = ap.parse_args()
    names = args.names or catalog.names()
    rows = []
    with SpecimenServer() as server:
        for name in names:
            t = catalog.truth(name)
            goals = goal_routes(t)
            r = audit(f"apps/{name}.yaml", out_dir=f"out/bench/{name}", save_images=False)
            explorer = arrival_effort(r.journey, goals)
            monkeys = [monkey(server.url(name), goals, seed, args.cap) for seed in range(args.seeds)]
            b = bfs(server.url(name), goals, args.cap)
            rows.append((name, t.reached_steps, r.journey.reached_steps, explorer, monkeys, b,
                         r.journey.effort))
            print(rows[-1], flush=True)
    fmt = lambda v: f">{args.cap}" if v is None else str(v)   # noqa: E731
    print(f"\n{'specimen':16} {'truth':>5} {'found':>5} {'effort':>6} {'÷path':>6} {'arrive':>6} "
          f"{'monkey (median)':>16} {'÷explorer':>9} {'bfs':>6} {'÷explorer':>9}")
    for name, truth, found, ex, monkeys, b, effort in rows:
        m = sorted(args.cap * 10 if v is None else v for v in monkeys)[len(monkeys) // 2]
        m_txt = fmt(None if m >= args.cap * 10 else m)
        m_ratio = f"{'≥' if m >= args.cap * 10 else ''}{(min(m, args.cap) / ex):.1f}"
        b_ratio = f"{'≥' if b is None else ''}{((b or args.cap) / ex):.1f}"
        print(f"{name:16} {truth:5} {found:5} {effort:6} {effort / truth:6.2f} {ex:6} "
              f"{m_txt:>16} {m_ratio:>9} {fmt(b):>6} {b_ratio:>9}")


if __name__ == "__main__":
    main()
