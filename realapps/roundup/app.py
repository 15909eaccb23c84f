"""Roundup 2.6.0 (PyPI: roundup), the issue tracker, with its "classic" tracker template and
the sqlite backend. A user cannot delete (or retire) their own account: "Your Details" edits
name, password and addresses; only an admin retires users (roundup-admin retire, or the
admin's user list). An absent deletion path.

Data: two trackers made by `roundup-admin install classic sqlite` + `initialise` under
.realapps/roundup/: "tracker" in English and "tracker-de", a tracker its admin set up in German
(config: tracker language de, the browser's language not followed; Roundup's own de catalog).
roundup-server serves both on 127.0.0.1:PORT (/tracker/, /tracker-de/). It refuses to run as
root: as root it runs as nobody (-u/-g), and the trackers belong to nobody.
"""
from __future__ import annotations

import os
import shutil
import subprocess

from realapps import lifecycle as lc

NAME = "roundup"
PORT = 18606
PACKAGES = ["roundup==2.6.0"]
# tracker, its extra config (roundup-admin install's key=val), its user: name, password, e-mail
TRACKERS = [("tracker", "", ("alex", "tulip-7-harbor", "alex@example.com")),
            ("tracker-de", "tracker_language=de,web_use_browser_language=no",
             ("lena", "funkwerk-2025", "lena@example.de"))]
ADMIN_PASSWORD = "realapps-not-a-secret"
RUN_AS = ("nobody", "nogroup")   # roundup-server's -u/-g when started as root


def url(tracker: str = "tracker") -> str:
    return f"http://127.0.0.1:{PORT}/{tracker}/"


def install() -> None:
    lc.venv(NAME, PACKAGES)


def reset() -> None:
    """Fresh trackers (their databases and users gone), then seed()."""
    bin_dir = lc.venv(NAME, PACKAGES)
    for tracker, config, _ in TRACKERS:
        home = lc.home(NAME) / tracker
        shutil.rmtree(home, ignore_errors=True)
        options = ",".join(filter(None, [f"tracker_web={url(tracker)}", "mail_domain=example.com",
                                         "mail_host=localhost", config]))
        lc.run([bin_dir / "roundup-admin", "-i", home, "install", "classic", "sqlite", options],
               NAME, stdin=subprocess.DEVNULL)
        lc.run([bin_dir / "roundup-admin", "-i", home, "initialise", ADMIN_PASSWORD], NAME)
    seed()


def seed() -> None:
    """Each tracker's test user, an ordinary "User" (roundup-admin create)."""
    bin_dir = lc.venv(NAME, PACKAGES)
    for tracker, _, (user, password, email) in TRACKERS:
        home = lc.home(NAME) / tracker
        lc.run([bin_dir / "roundup-admin", "-i", home, "create", "user", f"username={user}",
                f"password={password}", f"address={email}", f"realname={user.title()}",
                "roles=User"], NAME)
        if os.geteuid() == 0:
            lc.run(["chown", "-R", ":".join(RUN_AS), home], NAME)


def start():
    bin_dir = lc.venv(NAME, PACKAGES)
    run_as = ["-u", RUN_AS[0], "-g", RUN_AS[1]] if os.geteuid() == 0 else []
    proc = lc.spawn([bin_dir / "roundup-server", *run_as, "-n", "127.0.0.1", "-p", str(PORT),
                     *(f"{t}={lc.home(NAME) / t}" for t, _, _ in TRACKERS)], NAME)
    lc.wait_http(url(), proc)
    return proc
