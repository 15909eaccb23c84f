"""`cancelcheck run … --save-flow FILE`: keep the path a run found as a flow file to replay."""
from __future__ import annotations

import sys
import time

from cancelcheck.flows.saved_flow import SaveFlowError, save_flow
from cancelcheck.screens.model import printable

from .output import EXIT_ERROR, fail


def header(result, target: str, file: str) -> list[str]:
    j = result.journey
    name = result.config.name if result.config is not None else j.target
    steps = "no path steps" if j.path_steps is None else f"{j.path_steps} path steps"
    return [f"The shortest path cancelcheck found in {printable(name)} on "
            f"{time.strftime('%Y-%m-%d')}: {j.outcome}, {steps}.",
            f"Replay: cancelcheck run {printable(target)} --flow {printable(file)}"]


def save_run_flow(result, file: str, target: str) -> int | None:
    """Write the run's flow; None when written (the run's exit code stands), else an exit code
    after one line on stderr saying why nothing was written."""
    j = result.journey
    creds = result.config.credentials if result.config is not None else {}
    if j.outcome == "error":
        return fail(f"no flow saved: the run ended in error ({printable(j.reason)})", "run",
                    code=EXIT_ERROR)
    try:
        text = save_flow(file, j, creds, header(result, target, file))
    except (SaveFlowError, OSError) as exc:
        return fail(f"no flow saved to {file}: {exc}", "run", code=EXIT_ERROR)
    n = sum(1 for line in text.splitlines() if line.startswith("- "))
    print(f"flow saved: {file} ({n} lines)", file=sys.stderr)
    return None
