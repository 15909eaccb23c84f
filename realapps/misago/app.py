"""Misago 0.39.6 (PyPI: misago), a forum (Django, with a React front end shipped built in the
wheel). A signed-in user deletes their own account under the user menu › Change options ›
Delete account (the password, then "Delete my account"), once the forum's administrator has
turned on "Allow users to delete their own accounts" (Admin › Settings › Users; off in a new
forum). This forum has it on: seed() sets it, as an administrator would.

Misago runs on PostgreSQL only, so this runs Debian's `postgresql` as a cluster of the project's
own in .realapps/misago/pg over a Unix socket (realapps/postgres_cluster.py, as weblate does).
Settings (misago_settings.py beside this file) follow the pattern of Misago's development
settings: Celery's tasks eager in the web process (no broker, no Redis), local-memory cache,
e-mail to the console. Data: the database, migrated once and kept as the template `migrated`,
is copied back on every reset. Django's server (DEBUG, so it serves the static files) on
127.0.0.1:PORT, started together with the cluster in one process group.
"""
from __future__ import annotations

from pathlib import Path

from realapps import django_site as site
from realapps import lifecycle as lc
from realapps import postgres_cluster as pg

NAME = "misago"
PORT = 18609
PACKAGES = ["misago==0.39.6"]
APT = ["postgresql"]
HERE = Path(__file__).resolve().parent
DB_USER = "misago"
# user name, password, e-mail (one user per app config, so each run removes its own)
USERS = [("alex", "tulip-7-harbor", "alex@example.com")]

# Each user as Misago's sign-up leaves them once activated; the forum's own setting that lets
# users delete their own accounts turned on (Admin › Settings › Users).
SEED = """
import sys
from misago.conf.models import Setting
from misago.users.models import User
from misago.users.setupnewuser import setup_new_user
from misago.conf.shortcuts import get_dynamic_settings
Setting.objects.change_setting('allow_delete_own_account', True)
for arg in sys.argv[1:]:
    name, password, email = arg.split(':')
    User.objects.filter(username=name).delete()
    u = User.objects.create_user(name, email, password)
    setup_new_user(get_dynamic_settings(), u)
"""


def url() -> str:
    return f"http://127.0.0.1:{PORT}/"


def _env() -> dict:
    return site.settings_env(NAME, HERE, "misago_settings",
                             REALAPPS_MISAGO_PGSOCKET=str(pg.socket_dir(NAME)),
                             REALAPPS_MISAGO_PGPORT=str(PORT))


def install() -> None:
    lc.apt(APT)
    lc.venv(NAME, PACKAGES)
    pg.create(NAME, DB_USER)


def reset() -> None:
    """Fresh data: the database copied from the migrated template, the data folder emptied,
    then seed()."""
    site.fresh_postgres(NAME, lc.venv(NAME, PACKAGES), PORT, DB_USER, PACKAGES, _env, seed)


def seed() -> None:
    site.shell(NAME, lc.venv(NAME, PACKAGES), SEED, [":".join(u) for u in USERS], _env())


def start():
    return site.runserver_on_postgres(NAME, lc.venv(NAME, PACKAGES), PORT, _env())
