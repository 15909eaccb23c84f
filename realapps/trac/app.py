"""Trac 1.6 with TracAccountManager 0.6.0 (both from PyPI): a wiki and issue tracker whose
account plug-in lets a signed-in user delete their own account (Preferences › Account ›
Delete Account: password, then the browser's "Are you sure…?" confirm).

Data: a Trac environment with SQLite in .realapps/trac/env; users in AccountManager's
SessionStore (the database). tracd serves it on 127.0.0.1:PORT.
"""
from __future__ import annotations

import shutil

from realapps import lifecycle as lc

NAME = "trac"
PORT = 18601
PACKAGES = ["Trac==1.6", "TracAccountManager==0.6.0", "Babel==2.16.0"]
# the users the app configs sign in as: (user, password, Trac's language preference)
USERS = [("alex", "tulip-7-harbor", ""), ("lena", "funkwerk-2025", "de"),
         ("kenji", "sakura-4-river", "ja")]

TRAC_INI = """
[components]
acct_mgr.* = enabled
acct_mgr.register.* = disabled
acct_mgr.htfile.* = disabled
acct_mgr.http.* = disabled
acct_mgr.svnserve.* = disabled
acct_mgr.notification.* = disabled
trac.web.auth.loginmodule = disabled

[account-manager]
password_store = SessionStore
hash_method = HtDigestHashMethod
htdigest_realm = TracRealm
allow_delete_account = true
login_attempt_max_count = 0
auth_init = false
"""

SEED = """
import sys
from trac.env import Environment
from acct_mgr.api import AccountManager
env = Environment(sys.argv[1])
am = AccountManager(env)
users = [u.split(':') for u in sys.argv[2:]]
for user, password, lang in users:
    am.set_password(user, password, overwrite=True)
    with env.db_transaction as db:
        db("INSERT OR IGNORE INTO session (sid, authenticated, last_visit) VALUES (%s, 1, 0)", (user,))
        db("DELETE FROM session_attribute WHERE sid=%s AND name IN ('name','email','language')", (user,))
        db("INSERT INTO session_attribute (sid, authenticated, name, value) VALUES (%s, 1, 'name', %s)",
           (user, user.title()))
        if lang:
            db("INSERT INTO session_attribute (sid, authenticated, name, value) VALUES (%s, 1, 'language', %s)",
               (user, lang))
"""


def url() -> str:
    return f"http://127.0.0.1:{PORT}/"


def install() -> None:
    lc.venv(NAME, PACKAGES)


def reset() -> None:
    """A fresh Trac environment (the old one, its users and tickets gone), then seed()."""
    bin_dir = lc.venv(NAME, PACKAGES)
    env = lc.home(NAME) / "env"
    shutil.rmtree(env, ignore_errors=True)
    lc.run([bin_dir / "trac-admin", env, "initenv", "Real app: Trac", "sqlite:db/trac.db"], NAME)
    with open(env / "conf" / "trac.ini", "a") as fh:
        fh.write(TRAC_INI)
    lc.run([bin_dir / "trac-admin", env, "upgrade"], NAME)
    seed()


def seed() -> None:
    """The test users, with their passwords and language preferences."""
    bin_dir = lc.venv(NAME, PACKAGES)
    lc.run([bin_dir / "python", "-c", SEED, lc.home(NAME) / "env",
            *(f"{u}:{p}:{lang}" for u, p, lang in USERS)], NAME)


def start():
    bin_dir = lc.venv(NAME, PACKAGES)
    proc = lc.spawn([bin_dir / "tracd", "--hostname", "127.0.0.1", "--port", str(PORT), "-s",
                     lc.home(NAME) / "env"], NAME)
    lc.wait_http(url(), proc)
    return proc
