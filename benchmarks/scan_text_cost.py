"""CPU time of `cancelcheck scan-text --lines` per line, over every word of the built word
lists (words/lexicon/, 29 languages) as lines, plus each with a sentence around it.

    .venv/bin/python benchmarks/scan_text_cost.py [--limit N]

Prints the median, 95th percentile and mean per line (target: ≤ 2 ms per line). The first
pass warms the compiled lexicons (as the first lines of a real run do); the second is timed.
"""
from __future__ import annotations

import argparse
import statistics
import time

from cancelcheck import words
from cancelcheck.cli.scan_text import scan_lines


def corpus(limit: int | None) -> list[str]:
    lines = []
    for c in words.concepts():
        for t in words.terms(c):
            lines.append(t.text)
            lines.append(f"{t.text} — {t.text.lower()}?")
    lines = sorted(set(lines))
    return lines[:limit] if limit else lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    lines = corpus(args.limit)
    for line in lines[:200]:
        scan_lines([line])                       # warm-up: compile every language once
    times = []
    for line in lines:
        t0 = time.process_time()
        scan_lines([line])
        times.append((time.process_time() - t0) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95)]
    print(f"{len(lines)} lines in {len(words.LANGUAGES)} languages: median "
          f"{statistics.median(times):.2f} ms, p95 {p95:.2f} ms, mean {statistics.mean(times):.2f} ms "
          f"CPU per line (target ≤ 2 ms)")


if __name__ == "__main__":
    main()
