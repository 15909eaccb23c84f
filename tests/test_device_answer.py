"""devices/answer.unanswered on real connections: a server that accepts and never answers is
"no answer in time"; a port nobody listens on refuses at once, which is a server gone, not a
slow one (urllib3's NewConnectionError descends from its ConnectTimeoutError: a killed Appium
server was reported as "no answer within 30 s" 3 s after the kill)."""
from __future__ import annotations

import socket

import pytest
import urllib3

from cancelcheck.devices.answer import unanswered


def _error_of(url: str) -> BaseException:
    http = urllib3.PoolManager(retries=urllib3.Retry(total=1, backoff_factor=0),
                               timeout=urllib3.Timeout(connect=2, read=0.5))
    with pytest.raises(urllib3.exceptions.HTTPError) as info:
        http.request("GET", url)
    return info.value


def test_a_refused_connection_is_not_a_missing_answer():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()                                   # nobody listens there now
    exc = _error_of(f"http://127.0.0.1:{port}/status")
    assert isinstance(exc, urllib3.exceptions.MaxRetryError)
    assert isinstance(exc.reason, urllib3.exceptions.NewConnectionError), exc.reason
    assert not unanswered(exc)


def test_a_server_that_never_answers_is_a_missing_answer():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(8)                                 # accepts (the kernel does), never answers
    try:
        exc = _error_of(f"http://127.0.0.1:{s.getsockname()[1]}/status")
        assert unanswered(exc), repr(exc)
    finally:
        s.close()
