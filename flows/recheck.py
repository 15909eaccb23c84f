"""The re-check: after the day a committed deletion was promised for, open the app again and
sign in with the same credentials, the same way the run did (the app config's login flow, else
the sign-in finder). Gone: `deleted`; signing in still works: `failed`. The run is a journey of
its own, linked to the first (`recheck_of`); policies/ judge whether the promise was kept
(check promise_kept).
"""
from __future__ import annotations

from cancelcheck.devices import AppCrashed, Device, DeviceError
from cancelcheck.records import Journey

from .audit import end_run, one_line, verify_gone
from .flowfile import Flow
from .session import Session


def recheck(device: Device, target: str, credentials: dict, promise: dict, recheck_of: str,
            observers=(), login: Flow | None = None) -> Journey:
    """`login`: the app config's login flow, replayed to sign in again (else the sign-in
    finder), as the committed run verified (audit.verify_gone)."""
    journey = Journey(target=target, backend=device.kind, commit=True, promise=dict(promise),
                      recheck_of=recheck_of)
    session = Session(device, journey, observers=observers)
    try:
        session.look()
        gone, how = verify_gone(session, credentials, login)
        journey.outcome = "deleted" if gone else "failed"
        journey.reason = (f"{how} (the app promised deletion within {promise.get('text')}, "
                          f"due {promise.get('due')})")
        journey.difficulty = "" if gone else "impossible"
    except AppCrashed as exc:
        journey.outcome, journey.reason = "failed", f"the app crashed: {one_line(exc)}"
    except (DeviceError, OSError) as exc:
        journey.outcome, journey.reason = "error", one_line(exc)
    end_run(session)
    return journey
