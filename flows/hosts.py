"""Where a web app ends. The app is the host (and port) it was opened on: a link to another host
is never followed, and a screen on another host — or Chromium's own error page
(chrome-error://, what the isolating proxy's refusal looks like), about:, data: — is "left the
app": the explorer goes back and never taps what is there. Native apps (an Android package as
their `app`) have no host; their departures are the device's AppLeftForeground."""
from __future__ import annotations

import urllib.parse

from cancelcheck.devices.web_page import host_port
from cancelcheck.screens import Element, Screen

WEB = ("http://", "https://")
NOT_AN_APP = ("chrome-error://", "about:", "data:", "chrome://", "edge-error://")


def host_of(url: str) -> str | None:
    """host:port of a web address (None for anything else), as the device isolates it."""
    if not url.startswith(WEB):
        return None
    try:
        return host_port(url)
    except ValueError:                     # a port that is not a number
        return None


def left_app(screen: Screen, home: str | None) -> bool:
    """The screen is not the web app opened on host `home`: a browser error page, a blank
    page, or a page on another host."""
    if home is None:
        return False
    app = screen.app or ""
    if app.startswith(NOT_AN_APP):
        return True
    host = host_of(app)
    return host is not None and host != home


def leaves_host(screen: Screen, e: Element, home: str | None) -> bool:
    """A tap on e follows a link (its own href or an enclosing one) to another host."""
    if home is None:
        return False
    for x in (e, *screen.ancestors(e)):
        href = (x.attrs.get("href") or "").strip()
        if not href:
            continue
        if href.startswith("//"):
            href = "http:" + href
        target = urllib.parse.urljoin(screen.app or "", href)
        host = host_of(target)
        return host is not None and host != home
    return False
