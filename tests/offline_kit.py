"""What the offline-requirement form tables share (tests/test_offline_forms15.py, …16, …17,
tests/test_offline_clauses.py): a screen's findings read as channels, and the tables as
pytest params. Each table row is (language, the screen's texts top to bottom, the channels of
the one finding or None for no finding)."""
from __future__ import annotations

import pytest

from tests.test_detectors_text import run, screen


def ways(lang, items):
    """The channels of each offline-requirement finding on a screen of these texts, read in
    language `lang`."""
    return [f.data["channels"] for f in run(screen(*items), language=lang)
            if f.type == "offline_requirement"]


def cases(*tables):
    """pytest params of (name, table) pairs, each case named `name-lang-row`."""
    return [pytest.param(lang, items, exp, id=f"{name}-{lang}-{i}")
            for name, table in tables for i, (lang, items, exp) in enumerate(table)]


def expected(channels):
    """What `ways` gives for a row's expectation: one finding with these channels, or none."""
    return [channels] if channels else []
