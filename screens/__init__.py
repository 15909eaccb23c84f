"""Screens: screenshot + element tree, parsed from any source, with a fingerprint."""
from .errors import ScreenParseError
from .model import Bounds, Element, Screen, Style, clean_text

__all__ = ["Bounds", "Element", "Screen", "Style", "ScreenParseError", "clean_text"]
