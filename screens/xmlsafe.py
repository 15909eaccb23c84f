"""Parse untrusted XML (dumps and page sources come from apps) without expanding entities.

A DOCTYPE with entity declarations is refused outright ("billion laughs" and external
entities never get a chance to expand), and every failure becomes a one-line
ScreenParseError that names the source, line and column.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from .errors import ScreenParseError

MAX_BYTES = 64 * 1024 * 1024


def parse_xml(data: str | bytes, where: str = "<xml>") -> ET.Element:
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > MAX_BYTES:
        raise ScreenParseError(where, f"too large to be a screen dump ({len(data)} bytes)")
    if not data.strip():
        raise ScreenParseError(where, "empty document, expected XML")
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ScreenParseError(where, f"refused: {type(exc).__name__} (DTDs and entities "
                                      "are not allowed in a screen dump)") from None
    except ET.ParseError as exc:
        line, col = exc.position
        msg = str(exc).split(":")[0]
        raise ScreenParseError(where, f"malformed XML: {msg}", line, col + 1) from None
