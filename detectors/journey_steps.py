"""Shared reading of a journey for the journey-level detectors: which steps are on the path,
what each screen was, and whether a label or screen is about deletion."""
from __future__ import annotations

from . import lexicon
from .choices import classify
from .registry import Context
from .screen_text import read

PROCEED = "proceed"


def fp(journey, index: int) -> str:
    return journey.screens[index].fingerprint if 0 <= index < len(journey.screens) else ""


def about_deletion(label: str) -> bool:
    """Does this label name deleting or closing the account (an entry to the flow)?"""
    ctxlex = lexicon.load("context")
    return bool(label) and ctxlex.match(label, None, kinds=["deletion"])


def screen_is_deletion(journey, index: int) -> bool | None:
    screen = journey.screen(index)
    if screen is None:
        return None
    return read(screen, Context(screen_index=index)).deletion


def proceeds(label: str) -> bool:
    return bool(label) and classify(label) == PROCEED
