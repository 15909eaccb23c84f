"""Guess a screen's language from its text. The guess lives with the word lists, in
cancelcheck.words.language (scripts first, then stop words); re-exported here for detectors."""
from cancelcheck.words.language import LANGUAGES, detect

__all__ = ["LANGUAGES", "detect"]
