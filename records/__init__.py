"""The record of a run: what every layer above reads and nothing here decides.

    journey.py   Journey, Step, ScreenRecord; OUTCOMES and DIFFICULTY (DESIGN.md's words)
    finding.py   Finding: one dark pattern or obstacle, with what proves it, and how it reads
                 (cells() in FINDING_COLUMNS, line()); TYPES, SEVERITIES
    path.py      the shortest path read from a journey: its steps, screens, findings, lines
    yamlsrc.py   YAML that remembers the FILE:LINE of every value; SourceError, the one-line
                 error every config, flow and rule-file mistake becomes

records sits just above screens (whose value types — Bounds, Screen — a record holds) and below
everything else: it imports nothing of devices, detectors, flows, policies or evidence
(tests/test_layers.py checks it).
"""
from .finding import FINDING_COLUMNS, SEVERITIES, TYPES, Finding, shorten
from .journey import DIFFICULTY, OUTCOMES, Journey, ScreenRecord, Step
from .path import (counts_line, findings_on_path, path_lines, path_screens, path_steps,
                   steps_by_index)
from .yamlsrc import SourceError

__all__ = ["DIFFICULTY", "FINDING_COLUMNS", "OUTCOMES", "SEVERITIES", "TYPES", "Finding", "Journey",
           "ScreenRecord", "SourceError", "Step", "counts_line", "findings_on_path", "path_lines", "path_screens",
           "path_steps", "shorten", "steps_by_index"]
