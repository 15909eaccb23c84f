"""One audit: log in if needed, run the scripted flow or the explorer, commit when asked and
verify, then settle the outcome, the path and the difficulty.

The journey is always returned, whatever happened: a device that dies, a flow line that fails
or an output folder that cannot be written ends in outcome `error`, and an app that crashes in
outcome `failed` (the app broke), each with a one-line reason; every step before it is kept.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from cancelcheck import detectors
from cancelcheck.devices import Action, AppCrashed, AppLeftForeground, Device, DeviceError
from cancelcheck.screens import Bounds, Screen
from cancelcheck.records import Journey
from cancelcheck.records.yamlsrc import SourceError

from .candidates import FlowState, refusal
from .cues import on_screen
from .explorer import Result, explore
from .flowfile import Flow
from .outcome import conclude
from .pathing import shortest_path
from .promise import promised_wait
from .script import FlowError, Runner
from .session import Session
from .signin import SignInFailed, find_form, sign_in
from .signin import check as check_signed_in


@dataclass
class AuditOptions:
    credentials: dict = field(default_factory=dict)
    flow: Flow | None = None
    login: Flow | None = None
    login_auto: bool = False         # `login: auto`: find the sign-in form and fill it
    commit: bool = False
    budget_steps: int = 80
    budget_seconds: float = 300.0
    detector_settings: dict = field(default_factory=dict)


def run_audit(device: Device, target: str, options: AuditOptions, observers=()) -> Journey:
    journey = Journey(target=target, backend=device.kind, commit=options.commit)
    session = Session(device, journey, observers=observers,
                      detector_context=options.detector_settings)
    result: Result | None = None
    try:
        session.look()
        budget = dict(budget_steps=options.budget_steps, budget_seconds=options.budget_seconds)
        signs_in = options.login_auto or options.login is not None
        if options.login_auto:
            sign_in(session, options.credentials)
        elif options.login is not None:
            Runner(session, options.credentials, **budget).run(options.login)
            check_signed_in(session.current)       # a login that left the form: no audit
        if signs_in:
            journey.start_step = len(journey.steps)
        if options.flow is not None:
            result = Runner(session, options.credentials, **budget).run(options.flow)
            if result is None:
                result = _end_of_script(session)
        else:
            result = explore(session, options.credentials,
                             sign_in_again=sign_in_the_same_way(options, budget), **budget)
        committed = None
        if result.status == "final" and options.commit:
            committed = _commit(session, result, options)
        _finish(session, result, committed)
    except AppCrashed as exc:          # the app broke: the crash is the app's, not the tool's
        _keep_evidence(session, exc.screen)
        journey.outcome, journey.reason = "failed", f"the app crashed: {one_line(exc)}"
        journey.difficulty = ""
        _finish_partial(session)
    except AppLeftForeground as exc:
        _keep_evidence(session, exc.screen)
        journey.outcome, journey.reason = "error", f"the app left the foreground: {one_line(exc)}"
        _finish_partial(session)
    except (DeviceError, FlowError, SourceError, SignInFailed, OSError) as exc:   # OSError: the evidence
        journey.outcome, journey.reason = "error", one_line(exc)         # could not be written
        _finish_partial(session)
    except KeyboardInterrupt as exc:     # Ctrl-C, or SIGTERM/SIGHUP (cancelcheck/signals.py)
        journey.outcome, journey.reason = "error", getattr(exc, "reason", "interrupted")
        _finish_partial(session)
        end_run(session)
        raise
    end_run(session)
    return journey


def one_line(exc: BaseException) -> str:
    """An error as one line: its message, or its type when it has none."""
    if isinstance(exc, OSError) and not isinstance(exc, DeviceError) and exc.strerror:
        where = f": {exc.filename}" if exc.filename else ""
        text = f"cannot write the evidence{where}: {exc.strerror}" if exc.filename else str(exc)
    else:
        text = str(exc)
    return (text.strip().splitlines() or [type(exc).__name__])[0]


def _keep_evidence(session: Session, screen: Screen | None) -> None:
    """Record the screen a crash or a departure was seen on (the crash dialog, the other app),
    so the journal and the video show it; a failure here leaves the journey as it was."""
    if screen is None:
        return
    try:
        session.record(screen)
    except Exception:      # the device or the folder is gone: the error itself is the record
        pass


def end_run(session: Session) -> None:
    """Tell every observer the run ended, each on its own: one that cannot write (a full disk)
    does not keep the video from being finalised or the others from finishing. The first
    such failure becomes the run's error unless it already has one."""
    failure: OSError | None = None
    for o in session.observers:
        handler = getattr(o, "on_end", None)
        if handler is None:
            continue
        try:
            handler(session.journey)
        except OSError as exc:
            failure = failure or exc
    j = session.journey
    if failure is not None and j.outcome != "error":
        j.outcome, j.reason, j.difficulty = "error", one_line(failure), ""


def _end_of_script(session: Session) -> Result:
    j = session.journey
    here = {r.index for r in j.screens if r.fingerprint == j.screens[session.current_index].fingerprint}
    if any(f.type == "offline_requirement" and f.screen in here for f in j.findings):
        return Result("obstructed", "the flow ends on an offline step",
                      end_screen=session.current_index)
    c = on_screen(session.current)
    if any(c.not_offered(t) for t in session.current.texts()):
        return Result("not_offered", "the app says the account cannot be deleted",
                      end_screen=session.current_index)
    return Result("not_found", "the flow ended without reaching a final confirmation",
                  end_screen=session.current_index)


def _commit(session: Session, result: Result, options: AuditOptions) -> tuple[bool, str]:
    """Tap the final confirmation, then check that the account is really gone."""
    final = result.final
    screen = session.current
    target, point = final.element, final.extra.get("point")
    if target is None and point is None:
        hits = [e for e in screen.visible() if e.label == final.label]
        target = screen.tappable(hits[0]) if hits else None
        if target is None:
            return False, f"the final confirmation {final.label!r} could not be found to tap"
    # a second line of defence: even when committing, never buy, pay, subscribe, call or sign out
    why = refusal(replace(final, element=target), screen, FlowState(in_flow=True), commit=True)
    if why:
        raise FlowError(f"the final confirmation was not tapped: {why}")
    session.act(Action("tap", element=target, point=None if target is not None else point,
                       extra={"label": final.label}),
                source="commit", note="commit: the final irreversible confirmation")
    c = on_screen(session.current)
    said_done = any(c.done(t) or c.gone(t) for t in session.current.texts())
    session.restart(source="verify", note="reopen the app to check the account is gone")
    gone, how = verify_gone(session, options.credentials, options.login)
    if gone:
        return True, how
    if said_done:
        return False, f"the app said the account was deleted, but {how}"
    return False, how


def sign_in_the_same_way(options: AuditOptions, budget: dict):
    """How a restart that lands on the sign-in form signs in: the same way the run first
    did — the app config's login flow again (its steps are sign-in steps, not user steps: a
    language chosen after sign-in is chosen again), or the sign-in finder for `login: auto`;
    None when the run did not sign in."""
    if options.login_auto:
        return True
    if options.login is None:
        return None

    def replay(session: Session, note: str) -> None:
        replay_login(session, options.credentials, options.login, note, **budget)
    return replay


def replay_login(session: Session, creds: dict, login: Flow, note: str, **budget) -> None:
    """The app config's login flow, its steps sign-in steps (not counted), then the check that
    the sign-in form is gone (SignInFailed if not)."""
    with session.signing_in(note):
        Runner(session, creds, **budget).run(login)
    check_signed_in(session.current)


def verify_gone(session: Session, creds: dict, login: Flow | None = None) -> tuple[bool, str]:
    """After the final tap and a restart: the app says the account is gone, or signing in
    again fails — the same way the run first signed in: the app config's login flow when it
    has one (an app whose sign-in form is behind a "Log in" link, a language chosen first),
    else the sign-in finder. A login flow whose first steps cannot be done (no "Log in" link:
    the app still opens signed in) is "not gone"."""
    c = on_screen(session.current)
    if any(c.gone(t) for t in session.current.texts()):
        return True, "the app says the account no longer exists"
    if login is None and find_form(session.current) is None:
        return False, "the app still opens logged in"
    try:
        if login is not None:
            # sign-in steps are not user steps: the user's step budget does not bound them
            replay_login(session, creds, login, "sign in again the way the run did",
                         budget_steps=session.journey.effort + len(login.commands) + 1)
        else:
            sign_in(session, creds, note="sign in again with the same credentials")
    except FlowError as exc:
        return False, f"the app does not ask to sign in again as the login flow expects: {exc}"
    except SignInFailed as exc:
        if not exc.still_there:
            return False, f"the deletion could not be checked: {exc}"
        return True, "signing in again with the same credentials fails"
    if any(c.gone(t) for t in session.current.texts()):
        return True, "the app says the account no longer exists"
    return False, "signing in again with the same credentials still works"


def _finish(session: Session, result: Result, committed) -> None:
    j = session.journey
    j.final_screen = result.final_screen
    if result.final is not None:     # before the path: the entry depth looks for the final control
        j.final_action = result.final.label
        el, point = result.final.element, result.final.extra.get("point")
        j.final_box = el.bounds if el is not None else (
            Bounds(point[0], point[1], point[0] + 1, point[1] + 1) if point else None)
    final_pending = result.status == "final" and committed is None
    summary = shortest_path(j, final_pending)
    if result.status == "final" and committed is not None:
        # the final tap and the checks after it are not part of the user's path
        summary = shortest_path(_until_commit(j), True)
    if j.entry_screen is None:
        j.entry_screen = result.entry_screen
    _set_counts(j, summary, reached_final=result.status == "final",
                entered=result.status in ("obstructed", "not_offered"))
    j.wait_seconds = summary.wait_seconds
    if committed is not None:
        j.promise = promised_wait(j, date.today(), session.detector_settings)
        if not committed[0] and j.promise:      # not gone yet, as the app said: not a failure yet
            p = j.promise
            result = replace(result, reason=f"deletion requested; the app promises it within "
                             f"{p['text']} (due {p['due']}), {committed[1]}: "
                             "`cancelcheck recheck` on or after that day")
            committed = None
    for f in detectors.scan_journey(j, detectors.Context(settings=session.detector_settings)):
        session.add_finding(f)
    conclude(j, result, committed)


def _set_counts(j: Journey, summary, *, reached_final: bool, entered: bool = False) -> None:
    """DESIGN.md's numbers: path steps only when the final confirmation was reached, entry depth
    only when the deletion flow was entered (the explorer saw its first screen, or the run
    ended inside it: an offline step, a refusal); how far the run got is reached_steps."""
    j.path, j.reached_steps = summary.steps, summary.path_steps
    j.path_steps = summary.path_steps if reached_final else None
    inside = reached_final or entered or j.entry_screen is not None
    j.entry_depth = summary.entry_depth if inside else None


def _until_commit(j: Journey) -> Journey:
    cut = next((s.index for s in j.steps if s.source == "commit"), len(j.steps))
    view = Journey(target=j.target, screens=j.screens, steps=j.steps[:cut],
                   entry_screen=j.entry_screen, start_step=j.start_step,
                   final_screen=j.final_screen, final_action=j.final_action,
                   final_box=j.final_box, _live=j._live)
    return view


def _finish_partial(session: Session) -> None:
    j = session.journey
    try:
        _set_counts(j, shortest_path(j, False), reached_final=False)
    except Exception:      # the journey is kept as it is; the error is already recorded
        pass
