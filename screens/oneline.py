"""One line of text, safe to print: the one place that knows which characters break a line.

Messages name files, keys and app text that come from outside; shown raw, a newline, a NUL or a
bidi override (U+202E) could break a one-line error or reorder it on a terminal. `one_line`
shows them as escapes; `UNPRINTABLE` is the set, for checks that refuse rather than escape.
It sits at the bottom (screens) so every layer, parsers included, shares it.
"""
from __future__ import annotations

import re

UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
SURROGATE = re.compile(r"[\ud800-\udfff]")


def one_line(text) -> str:
    """Text made safe for a one-line message: control, line-break and bidi characters shown
    as escapes (\\n, \\x00, \\u202e), lone surrogates as U+FFFD, so a hostile key or file name
    cannot break the line or reorder it on a terminal."""
    return UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"),
                           SURROGATE.sub("\ufffd", str(text)))
