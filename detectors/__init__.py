"""Detectors: one module per pattern family. They read Screens and Journeys and return Findings.

Importing this package imports every module in it, so each @detector registers itself.
"""
import importlib
import pkgutil

from cancelcheck.records import TYPES, Finding
from .registry import Context, detector, registered, scan, scan_journey

for _mod in pkgutil.iter_modules(__path__):
    if _mod.name not in ("finding", "registry") and not _mod.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_mod.name}")

__all__ = ["Context", "Finding", "TYPES", "detector", "registered", "scan", "scan_journey"]
