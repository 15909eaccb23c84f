"""Parse untrusted XML (dumps and page sources come from apps) without expanding entities.

A DOCTYPE with entity declarations is refused outright ("billion laughs", quadratic blowup and
external entities never get a chance to expand), a document too large or with too many
elements to be one screen is refused before it is parsed (no memory blow-up), and every
failure becomes a one-line ScreenParseError that names the source, line and column. Deep
nesting is fine: expat and the parsers here walk the tree without recursion.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from .errors import ScreenParseError
from .oneline import SURROGATE, one_line

MAX_BYTES = 32 * 1024 * 1024
MAX_ELEMENTS = 100_000          # real dumps hold hundreds to a few thousand


def parse_xml(data: str | bytes, where: str = "<xml>") -> ET.Element:
    where = one_line(where)
    if isinstance(data, str):
        bad = SURROGATE.search(data)
        if bad:
            raise ScreenParseError(where, f"not valid Unicode text: a lone surrogate "
                                          f"at character {bad.start()}")
        data = data.encode("utf-8")
    elif not isinstance(data, (bytes, bytearray, memoryview)):
        raise ScreenParseError(where, f"expected XML text, got {type(data).__name__}")
    data = bytes(data)
    if len(data) > MAX_BYTES:
        raise ScreenParseError(where, f"too large to be a screen dump ({len(data)} bytes; "
                                      f"at most {MAX_BYTES})")
    if not data.strip():
        raise ScreenParseError(where, "empty document, expected XML")
    tags = data.count(b"<")
    if tags > 2 * MAX_ELEMENTS + 64:
        raise ScreenParseError(where, f"too many elements to be one screen ({tags} tags; "
                                      f"at most {MAX_ELEMENTS} elements)")
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ScreenParseError(where, f"refused: {type(exc).__name__} (DTDs and entities "
                                      "are not allowed in a screen dump)") from None
    except ET.ParseError as exc:
        line, col = exc.position
        msg = str(exc).split(":")[0]
        raise ScreenParseError(where, f"malformed XML: {msg}", line, col + 1) from None
    except LookupError as exc:          # <?xml encoding="no-such-codec"?>
        raise ScreenParseError(where, f"malformed XML: {exc}", 1) from None
    except (ValueError, UnicodeError) as exc:
        raise ScreenParseError(where, f"malformed XML: {exc}") from None
