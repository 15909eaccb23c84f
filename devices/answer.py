"""How long a WebDriver command may go without an answer, and what follows when none comes.

Selenium waits 120 s for the answer to each command to a local chromedriver, and urllib3 asks
again, three more times, after a GET or a DELETE that timed out: one hung browser held a run
(and a batch of runs) for two to eight minutes per command. Here a session's commands get the
device's own timeout plus MARGIN seconds — chromedriver itself answers a page that does not
load or a script that does not return within that timeout, so past it nothing is coming — and
a command that timed out is not sent again. The server is still busy with the command that got
no answer, so the session is done: the device fails every later command at once
(`NoAnswer.check`), and closing ends its processes without asking them to quit.
"""
from __future__ import annotations

MARGIN = 10.0             # seconds past the device's timeout before a command counts as unanswered


def bound_commands(driver, seconds: float) -> None:
    """Give each of the session's commands `seconds` to be answered, and never resend one that
    timed out. (Selenium has no public setting for the retries of its own connection: the
    pool's keywords are set and its pools dropped, so the next command opens one with them.)"""
    from urllib3.util.retry import Retry
    executor = driver.command_executor
    executor.client_config.timeout = seconds
    pool = getattr(executor, "_conn", None)
    kw = getattr(pool, "connection_pool_kw", None)
    if isinstance(kw, dict):
        kw["retries"] = Retry(total=False)       # an error is raised as it is, never retried
        pool.clear()


def unanswered(exc: BaseException) -> bool:
    """Whether `exc` says a command got no answer in time (a read or connect timeout of the
    transport, also when wrapped by a retry that gave up). A refused connection is not one:
    urllib3's NewConnectionError is a ConnectTimeoutError by descent, but the server is gone,
    not slow (a killed Appium server or chromedriver refuses at once)."""
    from urllib3.exceptions import MaxRetryError, NewConnectionError
    from urllib3.exceptions import TimeoutError as TransportTimeout
    if isinstance(exc, MaxRetryError):
        exc = exc.reason
    if isinstance(exc, NewConnectionError):
        return False
    return isinstance(exc, (TransportTimeout, TimeoutError))


class NoAnswer:
    """Remembers that a session stopped answering; `check()` then fails at once with the same
    one-line message, instead of waiting for an answer again."""

    def __init__(self):
        self.message = ""

    def __bool__(self) -> bool:
        return bool(self.message)

    def seen(self, message: str) -> str:
        """Note that a command got no answer (`message` says whose); the first message kept."""
        self.message = self.message or message
        return self.message

    def check(self, error) -> None:
        if self.message:
            raise error(self.message)
