"""`cancelcheck init TARGET`: from a URL (or a specimen) to a regression test, asking nothing it
can find out.

It opens the target and looks for a sign-in form with the finder `login: auto` itself uses
(flows/signin.find_form: then the config says `login: auto`, with the credentials as ${env:…}
placeholders), explores once, saves the shortest path as a flow, replays
that flow to check it, and writes

    apps/NAME.yaml                 the app config, expectations from what it measured
    apps/flows/NAME.yaml           the saved flow (the config follows it)
    apps/NAME.baseline.json        the replay's journal, for `expect_no_regression()`
    tests/test_NAME_deletion.py    the common assertions through the pytest plugin's `audit`

then prints the two commands to run next. Credentials come from the environment at init time
(CC_NAME_USERNAME, CC_NAME_PASSWORD, CC_NAME_SMS_CODE); only the names reach the files.
"""
from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

from .output import EXIT_ERROR, EXIT_OK, fail

CRED_NAMES = ("username", "password", "sms_code")


def app_name(target: str) -> str:
    """A name for the app from its target: the specimen's, else the URL's last path part or host."""
    from cancelcheck.evidence.files import safe_name
    from cancelcheck.specimens import catalog
    if target in catalog.names():
        return target
    host, _, path = target.split("://", 1)[-1].partition("/")
    host = host.split("@")[-1].split(":")[0]
    path = re.split(r"[?#]", path)[0]
    parts = [p for p in path.split("/") if p and not p.endswith((".html", ".htm"))]
    if parts:
        base = parts[-1]
    elif re.fullmatch(r"[\d.]+", host) or host == "localhost":
        base = "app"
    else:
        base = host.removeprefix("www.").split(".")[0]
    return safe_name(base.lower(), "app")


def env_prefix(name: str) -> str:
    return "CC_" + re.sub(r"[^A-Z0-9]+", "_", name.upper()).strip("_") + "_"


def _q(value: str) -> str:
    import json
    return json.dumps(value, ensure_ascii=False)


def config_text(name: str, target: str, *, sign_in: bool, creds: dict[str, str],
                defaults: dict[str, str], flow: str | None, expect: dict, budget: int,
                measured: str) -> str:
    prefix = env_prefix(name)
    lines = [f"# Written by cancelcheck init on {time.strftime('%Y-%m-%d')} from one exploration:",
             f"# {measured}",
             "# Tighten or loosen expect: as the app changes; the test file beside it asserts the same.",
             f"name: {_q(name)}", f"target: {_q(target)}"]
    lines.append("login: auto                     # a sign-in form was found on the start screen"
                 if sign_in else "start: logged_in")
    if creds:
        lines.append("credentials:")
        for key in creds:
            default = defaults.get(key)
            ref = f"${{env:{prefix}{key.upper()}" + (f":-{default}" if default else "") + "}"
            lines.append(f"  {key}: {_q(ref)}")
    if flow:
        lines.append(f"flow: {_q(flow)}        # the path found; delete this line to let the "
                     "explorer find the way")
    lines.append(f"budget: {{steps: {budget}, minutes: 4}}")
    lines.append("commit: false")
    if expect:
        lines.append("expect:")
    for key, value in expect.items():
        if isinstance(value, list):
            lines.append(f"  {key}: [{', '.join(value)}]")
        else:
            lines.append(f"  {key}: {value}")
    return "\n".join(lines) + "\n"


def test_text(name: str, measured: str, journey, absent: list[str]) -> str:
    j = journey
    ok = j.outcome in ("reachable", "deleted")
    body = [f'"""Account deletion in {name}: a regression test written by `cancelcheck init` on '
            f"{time.strftime('%Y-%m-%d')}.",
            "",
            f"Measured then: {measured}",
            "Edit the numbers as the app changes; run with `pytest " +
            f"tests/test_{_py(name)}_deletion.py`.",
            '"""',
            "from pathlib import Path",
            "",
            "import pytest",
            "",
            f'APP = Path(__file__).resolve().parent.parent / "apps" / "{name}.yaml"',
            "pytestmark = pytest.mark.cc_target(str(APP))",
            "", ""]
    if ok:
        body += ["def test_deletion_is_reachable(audit):",
                 '    assert audit.outcome in ("reachable", "deleted")', "", ""]
    else:
        body += ["def test_outcome_as_measured(audit):",
                 f"    # deletion was {j.outcome} when this was written: change this once it is fixed",
                 f"    assert audit.outcome == {j.outcome!r}", "", ""]
    if j.path_steps is not None:
        body += ["def test_path_steps(audit):",
                 f"    assert audit.path_steps <= {j.path_steps}", "", ""]
    if j.entry_depth is not None:
        body += ["def test_entry_depth(audit):",
                 f"    assert audit.entry_depth <= {j.entry_depth}", "", ""]
    if absent:
        body += ["# the dark patterns not found when this was written",
                 "ABSENT = ["] + [f"    {a!r}," for a in absent] + ["]", "", "",
                 "def test_no_dark_pattern_that_was_absent(audit):",
                 "    assert not audit.findings.of(*ABSENT)", "", ""]
    body += ["def test_no_regression_against_the_baseline(audit):",
             "    audit.expect_no_regression()"]
    return "\n".join(body) + "\n"


def _py(name: str) -> str:
    return re.sub(r"\W+", "_", name).strip("_") or "app"


def measured_line(j) -> str:
    from cancelcheck.records import counts_line
    kinds = sorted({f.type for f in j.findings})
    return f"{j.outcome} ({j.difficulty or '-'}), {counts_line(j)}; findings: {', '.join(kinds) or 'none'}"


def cmd_init(args) -> int:
    from cancelcheck.devices import DeviceError
    from cancelcheck.flows.saved_flow import SaveFlowError, save_flow
    from cancelcheck.flows.signin import find_form
    from cancelcheck.records import TYPES
    from cancelcheck.records.yamlsrc import SourceError
    from cancelcheck.specimens import catalog

    from ..api import audit
    from .baseline import keep
    from ..targets import opened

    target = args.target
    name = args.name or app_name(target)
    root = Path(args.out_dir)
    cfg_path = root / "apps" / f"{name}.yaml"
    flow_path = root / "apps" / "flows" / f"{name}.yaml"
    test_path = root / "tests" / f"test_{_py(name)}_deletion.py"
    for p in (cfg_path, flow_path, test_path):
        if p.exists():
            return fail(f"{p} exists already: not overwritten (choose another --name or remove it)")
    for p in (cfg_path, flow_path, test_path):
        p.parent.mkdir(parents=True, exist_ok=True)

    # 1. what the start screen says: the sign-in form `login: auto` will fill (flows/signin's
    # finder: a password field, or a user field with its sign-in or next button)
    try:
        with opened(target) as device:
            sign_in = find_form(device.capture()) is not None
    except DeviceError as exc:
        return fail(f"{target}: cannot open: {exc}", code=EXIT_ERROR)
    prefix = env_prefix(name)
    defaults = dict(catalog.truth(target).credentials) if target in catalog.names() else {}
    if target in catalog.names() and catalog.truth(target).sms_code:
        defaults["sms_code"] = str(catalog.truth(target).sms_code)
    have = {k: os.environ.get(prefix + k.upper()) or defaults.get(k) for k in CRED_NAMES}
    have = {k: v for k, v in have.items() if v}
    needed = {"username", "password"} if sign_in else set()
    missing = sorted(needed - set(have))
    if missing:
        return fail(f"{target} shows a sign-in form: set " +
                    " and ".join(prefix + k.upper() for k in missing) + " and run init again")

    # 2. one exploration, with the credentials the environment gives
    def write_config(flow: str | None, expect: dict, budget: int, measured: str, creds) -> None:
        cfg_path.write_text(config_text(name, target, sign_in=sign_in, creds=creds,
                                        defaults=defaults, flow=flow, expect=expect,
                                        budget=budget, measured=measured), encoding="utf-8")

    write_config(None, {}, 60, "(exploring)", {k: "" for k in have})
    runs = root / "out" / "init" / name
    try:
        explored = audit(str(cfg_path), out_dir=runs / "explored", video=False, native_video=False)
    except SourceError as exc:          # e.g. login: auto where this version cannot sign in yet
        cfg_path.unlink()
        return fail(f"{exc} (the config init wrote for {target}; nothing was kept)")
    j = explored.journey
    if j.outcome == "error":
        cfg_path.unlink()
        return fail(f"{target}: the exploration could not run: {j.reason}", code=EXIT_ERROR)

    # 3. the path as a flow, replayed once to check it
    try:
        text = save_flow(flow_path, j, explored.config.credentials,
                         [f"The shortest path cancelcheck init found in {name} on "
                          f"{time.strftime('%Y-%m-%d')}.",
                          f"Replay: cancelcheck run {cfg_path.relative_to(root)}"])
    except (SaveFlowError, OSError) as exc:
        cfg_path.unlink()
        return fail(f"no flow saved: {exc}", code=EXIT_ERROR)
    used = {k for k in CRED_NAMES if f"${{{k}}}" in text} | needed
    creds = {k: "" for k in CRED_NAMES if k in used and k in have}
    write_config("flows/" + flow_path.name, {}, 60, "(replaying)", creds)
    replay = audit(str(cfg_path), out_dir=runs / "replayed", video=False, native_video=False)
    r = replay.journey
    same = (r.outcome, r.path_steps, r.entry_depth) == (j.outcome, j.path_steps, j.entry_depth)
    flow = "flows/" + flow_path.name if same else None
    if not same:
        print(f"note: the saved flow replays to {r.outcome} ({r.reason}), not {j.outcome}: "
              "the config lets the explorer find the way instead", file=sys.stderr)
        r, replay = j, explored
    # 4. expectations from what was measured, the test, the baseline
    found = {f.type for f in r.findings}
    absent = [t for t in TYPES if t not in found]
    expect: dict = {"outcome": r.outcome}
    if r.path_steps is not None:
        expect["max_path_steps"] = r.path_steps
    if r.entry_depth is not None:
        expect["max_entry_depth"] = r.entry_depth
    expect["absent_findings"] = absent
    measured = measured_line(r)
    write_config(flow, expect, max(30, 3 * j.effort), measured, creds)
    test_path.write_text(test_text(name, measured, r, absent), encoding="utf-8")
    try:
        baseline, _ = keep(replay.out_dir / "journal.json", cfg_path)
    except (ValueError, OSError) as exc:
        return fail(f"baseline not kept: {exc}", code=EXIT_ERROR)

    print(f"{name}: {measured}")
    for p in (cfg_path, flow_path, baseline, test_path):
        print(f"  wrote {p}")
    if creds:
        print("  credentials are read from " + ", ".join(prefix + k.upper() for k in creds))
    print("next:")
    print(f"  cancelcheck run {cfg_path}")
    print(f"  pytest {test_path}")
    return EXIT_OK


def register(subparsers, parser_class=None) -> None:
    s = subparsers.add_parser("init", help="explore a target once and write its app config, "
                                           "flow, baseline and a pytest regression test")
    s.add_argument("target", help="a URL, or a specimen name")
    s.add_argument("--out-dir", default=".", help="the project folder to write into "
                                                  "(default: the current folder)")
    s.add_argument("--name", help="the app's name (default: from the target)")
    s.set_defaults(func=cmd_init)
