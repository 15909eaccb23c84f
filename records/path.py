"""The shortest path, read from a journey: its steps, the screens it passes, the findings made
on those screens, and the lines a person follows. Written once here; the engine, detectors,
policies, evidence and the CLI all read the path through these.

`journey.path` holds step indices (Step.index), which need not be list positions once a run
has been trimmed or merged, so the steps are always looked up by index.
"""
from __future__ import annotations

from .journey import Journey, Step


def steps_by_index(j: Journey) -> dict[int, Step]:
    """Every step of the run, by its Step.index."""
    return {s.index: s for s in j.steps}


def path_steps(j: Journey) -> list[Step]:
    """The steps of the shortest path, in order (indices the run does not hold are skipped)."""
    by_index = steps_by_index(j)
    return [by_index[i] for i in j.path if i in by_index]


def path_screens(j: Journey) -> set[int]:
    """Indices of the screens the path passes through, the final confirmation screen included."""
    out: set[int] = set()
    for s in path_steps(j):
        out.update((s.before, s.after))
    if j.final_screen is not None:
        out.add(j.final_screen)
    return out


def findings_on_path(j: Journey) -> list[int]:
    """Indices (into j.findings) of the findings a user on the path meets: those made on a
    screen that looks like one the path passes (same fingerprint), and the journey-wide ones."""
    prints = {j.screens[i].fingerprint for i in path_screens(j) if 0 <= i < len(j.screens)}
    return [i for i, f in enumerate(j.findings)
            if f.screen is None or (0 <= f.screen < len(j.screens)
                                    and j.screens[f.screen].fingerprint in prints)]


def path_lines(j: Journey) -> list[str]:
    """The shortest path as lines a person can follow (user steps only), the final
    confirmation last."""
    lines = [s.label for s in path_steps(j) if s.counted]
    if j.final_action:
        done = ("tapped" if j.commit and any(s.source == "commit" for s in j.steps)
                else "not tapped: commit is off")
        lines.append(f"tap {j.final_action!r} (the final confirmation, {done})")
    return lines


def counts_line(j: Journey) -> str:
    """Path steps, entry depth and effort in words; a path not found says how far the run got."""
    def n(v):
        return "none" if v is None else str(v)
    reached = (f" (reached {j.reached_steps} steps)"
               if j.path_steps is None and j.reached_steps is not None else "")
    return (f"path steps {n(j.path_steps)}{reached}, entry depth {n(j.entry_depth)}, "
            f"effort {j.effort}")
