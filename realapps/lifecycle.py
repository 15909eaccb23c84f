"""Install, start and stop a real app: the helpers every realapps/NAME/app.py uses.

A real app lives in its own folder under .realapps/NAME/ (CC_REALAPPS_HOME overrides): a virtual
environment with the app's pinned packages from PyPI, or an npm prefix, plus its data (database,
config). Installing is idempotent: a stamp file records what was installed, and a file lock keeps
two processes (pytest-xdist workers, `make realapps` beside `make test`) from installing at once.
Every server binds 127.0.0.1 and runs in a process group of its own, so stopping it ends its
children too.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOME = Path(os.environ.get("CC_REALAPPS_HOME", ROOT / ".realapps"))
PYTHON = os.environ.get("CC_REALAPPS_PYTHON", "python3")


def home(name: str) -> Path:
    """The app's own folder under .realapps/, created on first use."""
    path = HOME / name
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextlib.contextmanager
def locked(name: str):
    """One installer at a time per app, across processes."""
    with open(home(name) / ".lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


@contextlib.contextmanager
def serving(mod):
    """Install the app (module realapps/NAME/app.py), reset its data, seed it, start it; yield
    while it runs; stop it. One user of an app at a time across processes (its port is fixed),
    so two pytest-xdist workers, or `make realapps` beside `make test`, take turns."""
    with open(home(mod.NAME) / ".serving", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        proc = None
        try:
            if not port_free(mod.PORT):
                raise RuntimeError(f"{mod.NAME}: port 127.0.0.1:{mod.PORT} is taken by another "
                                   "process (an earlier run of the app left behind?)")
            mod.install()
            mod.reset()
            proc = mod.start()
            yield proc
        finally:
            stop(proc)
            fcntl.flock(fh, fcntl.LOCK_UN)


def _run(cmd: list[str], log: Path, **kw) -> None:
    with open(log, "a") as out:
        out.write(f"$ {' '.join(cmd)}\n")
        out.flush()
        done = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, **kw)
    if done.returncode:
        tail = log.read_text(errors="replace").splitlines()[-5:]
        raise RuntimeError(f"{cmd[0]} failed ({done.returncode}); see {log}: " + " | ".join(tail))


def venv(name: str, packages: list[str]) -> Path:
    """A virtual environment under .realapps/NAME/venv with exactly these pinned packages;
    reinstalled only when the list changes. Returns its bin/ folder."""
    root = home(name)
    env, stamp = root / "venv", root / "venv.installed"
    want = json.dumps(sorted(packages))
    with locked(name):
        if stamp.is_file() and stamp.read_text() == want and (env / "bin" / "python").exists():
            return env / "bin"
        if env.exists():
            shutil.rmtree(env)
        log = root / "install.log"
        log.write_text("")
        _run([PYTHON, "-m", "venv", str(env)], log)
        _run([str(env / "bin" / "pip"), "install", "-q", "--disable-pip-version-check",
              *packages], log)
        stamp.write_text(want)
    return env / "bin"


def _series(version: str) -> str:
    """A Debian version's epoch and upstream major.minor: "1:1.39.17-1+deb12u2" -> "1:1.39."."""
    epoch, _, rest = version.rpartition(":")
    parts = rest.split(".")
    return (f"{epoch}:" if epoch else "") + ".".join(parts[:2]) + "."


def _archive_versions(name: str) -> list[str]:
    """The versions of a package the archive offers (apt-cache madison), newest first."""
    out = subprocess.run(["apt-cache", "madison", name], capture_output=True, text=True).stdout
    seen: list[str] = []
    for line in out.splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) >= 2 and cells[0] == name and cells[1] not in seen:
            seen.append(cells[1])
    return seen


def _available(spec: str) -> str:
    """A pinned NAME=VERSION as apt can install it: that version while the archive has it;
    once a security update has replaced it (Debian keeps only the newest of a release), the
    newest of the same major.minor series, said on stderr (the hand count was made on the
    pinned one); a clear error when the series is gone too."""
    name, _, version = spec.partition("=")
    if not version:
        return spec
    offered = _archive_versions(name)
    if version in offered:
        return spec
    same = [v for v in offered if v.startswith(_series(version))]
    if not same:
        raise RuntimeError(f"{name}: the archive offers neither {version} nor any "
                           f"{_series(version)}* version (it offers: {', '.join(offered) or 'none'})")
    print(f"realapps: {name} {version} is no longer in the archive; installing {same[0]} "
          "(the same series) instead: the hand count was made on the pinned version",
          file=sys.stderr)
    return f"{name}={same[0]}"


def apt(packages: list[str]) -> None:
    """Debian packages, installed only when one is missing (as the Makefile's `system`); a
    package pinned as NAME=VERSION is missing unless that very version is installed, or a
    version of its series when the archive no longer has it (_available)."""
    def have(name: str) -> str | None:
        status, _, version = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}\t${Version}", name], capture_output=True, text=True
        ).stdout.partition("\t")
        return version if "ok installed" in status else None

    def installed(spec: str) -> bool:
        name, _, version = spec.partition("=")
        got = have(name)
        return got is not None and (not version or got == version)

    missing = [p for p in packages if not installed(p)]
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    log = HOME / "apt.log"
    HOME.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    _run(sudo + ["apt-get", "update", "-qq"], log, env=env)
    wanted = [_available(p) for p in missing]
    missing = [p for p in wanted if not installed(p)]
    if missing:
        _run(sudo + ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
             log, env=env)


def run(cmd: list[str], name: str, **kw) -> None:
    """A set-up command (migrate, seed…), its output appended to .realapps/NAME/setup.log."""
    _run([str(c) for c in cmd], home(name) / "setup.log", **kw)


def spawn(cmd: list[str], name: str, **kw) -> subprocess.Popen:
    """Start a server in a process group of its own; its output goes to .realapps/NAME/server.log."""
    log = open(home(name) / "server.log", "ab")
    log.write(f"\n$ {' '.join(map(str, cmd))}\n".encode())
    log.flush()
    return subprocess.Popen([str(c) for c in cmd], stdout=log, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, start_new_session=True, **kw)


def wait_http(url: str, proc: subprocess.Popen | None = None, timeout: float = 90.0) -> None:
    """Wait until URL answers with any HTTP status (a 302 to the sign-in page is an answer)."""
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"the server stopped (exit {proc.returncode}) before {url} answered")
        try:
            urllib.request.urlopen(url, timeout=5).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError as exc:
            last = str(exc)
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s ({last})")


def stop(proc: subprocess.Popen | None, grace: float = 5.0) -> None:
    """End a server and its process group: SIGTERM, then SIGKILL after GRACE seconds."""
    if proc is None or proc.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(wait)
            return
        except subprocess.TimeoutExpired:
            continue


def port_free(port: int) -> bool:
    import socket
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def python_of(bin_dir: Path) -> str:
    return str(bin_dir / "python")

