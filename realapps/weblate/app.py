"""Weblate 5.14.3 (PyPI: weblate), the web-based translation platform (Django). A signed-in user
removes their own account under the user menu › Settings › Account › "Remove my account" (a
form with the password, then "Delete this account"; Weblate then mails a link that confirms it).

Weblate's "Installing from sources" (pip) docs: its settings_example.py copied as settings
(weblate_settings.py beside this file), `migrate`, and a server. Weblate supports PostgreSQL
(or MySQL), not SQLite, so this installs Debian's `postgresql` (as the Makefile's `system`
target installs apt packages) and runs a cluster of the project's own in .realapps/weblate/pg,
reached only over a Unix socket in .realapps/weblate/pgsock (listen_addresses is empty: no TCP
port). As root (initdb refuses root) the cluster belongs to Debian's `postgres` user and its
commands run through setpriv. pip builds pycairo, PyGObject and borgbackup from source, hence
the -dev packages; PyGObject is pinned to 3.50.0, the last that builds against Debian 12's
gobject-introspection 1.74, and django-otp to 1.6.3 (1.7 renamed the _verify_user that
Weblate 5.14.3's middleware calls: every page answers 500 with 1.7). Celery runs its tasks
eagerly in the web process (no broker) and the cache is Django's local memory (no Redis), as
Weblate's own settings_test.py does; avatars are off (no requests off this machine).

Data: the database, migrated once and kept as the template database `migrated`, is copied back
on every reset; Weblate's data folder .realapps/weblate/data/ is emptied. Django's server
(DEBUG, so it serves the static files) on 127.0.0.1:PORT, started together with the cluster in
one process group, so stopping the server stops the cluster too. The language is the profile's
Preferences › Interface language, or the browser's Accept-Language.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from realapps import django_site as site
from realapps import lifecycle as lc

NAME = "weblate"
PORT = 18607
PACKAGES = ["weblate[postgres]==5.14.3", "PyGObject==3.50.0", "django-otp==1.6.3"]
APT = ["postgresql", "git", "gcc", "pkg-config", "libcairo2-dev", "libgirepository1.0-dev",
       "gir1.2-pango-1.0", "gir1.2-rsvg-2.0", "libacl1-dev", "liblz4-dev", "libzstd-dev",
       "libxxhash-dev", "libssl-dev"]
HERE = Path(__file__).resolve().parent
# user name, password, e-mail, full name (one user per app config, so each run removes its own)
USERS = [("alex", "tulip-7-harbor", "alex@example.com", "Alex Example"),
         ("lena", "funkwerk-2025", "lena@example.de", "Lena Beispiel")]

# Each user as Weblate's e-mail sign-up leaves them: an "email" identity with a verified address.
SEED = """
import sys
from social_django.models import UserSocialAuth
from weblate.accounts.models import VerifiedEmail
from weblate.auth.models import User
for arg in sys.argv[1:]:
    user, password, email, full_name = arg.split(':')
    User.objects.filter(username=user).delete()
    u = User.objects.create_user(user, email, password, full_name=full_name)
    social = UserSocialAuth.objects.create(user=u, provider='email', uid=email)
    VerifiedEmail.objects.create(social=social, email=email)
"""


def url() -> str:
    return f"http://127.0.0.1:{PORT}/"


def _home() -> Path:
    return lc.home(NAME)


def _env() -> dict:
    return site.settings_env(NAME, HERE, "weblate_settings", REALAPPS_WEBLATE_PORT=str(PORT),
                             REALAPPS_WEBLATE_PGSOCKET=str(_home() / "pgsock"),
                             REALAPPS_WEBLATE_PGPORT=str(PORT))


def install() -> None:
    lc.apt(APT)
    lc.venv(NAME, PACKAGES)
    _cluster()


def _pg(cmd: str) -> list[str]:
    """Debian's PostgreSQL command CMD, as the cluster's owner (`postgres` when we are root)."""
    newest = sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                    key=lambda p: int(p.parent.name))[-1]
    as_owner = (["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups"]
                if os.geteuid() == 0 else [])
    return [*as_owner, str(newest / cmd)]


def _cluster() -> Path:
    """The project's own cluster in .realapps/weblate/pg (superuser `weblate`, trusted over the
    Unix socket only), created once."""
    pgdata, sock = _home() / "pg", _home() / "pgsock"
    with lc.locked(NAME):
        if not (pgdata / "PG_VERSION").is_file():
            shutil.rmtree(pgdata, ignore_errors=True)
            for folder in (pgdata, sock):
                folder.mkdir(mode=0o700, exist_ok=True)
                if os.geteuid() == 0:
                    shutil.chown(folder, "postgres", "postgres")
            lc.run(_pg("initdb") + ["-D", pgdata, "-U", "weblate", "--auth=trust",
                                    "-E", "UTF8", "--locale=C.UTF-8"], NAME)
    return pgdata


def _postgres_args() -> list[str]:
    return ["-D", str(_home() / "pg"), "-k", str(_home() / "pgsock"), "-p", str(PORT),
            "-c", "listen_addresses="]


def _psql(sql: str) -> None:
    lc.run(_pg("psql") + ["-h", _home() / "pgsock", "-p", PORT, "-U", "weblate", "-q",
                          "-v", "ON_ERROR_STOP=1", "-d", "postgres", "-c", sql], NAME)


def reset() -> None:
    """With the cluster up for a moment: the database copied from the template `migrated`
    (built once per PACKAGES), Weblate's data folder emptied, then seed()."""
    bin_dir = lc.venv(NAME, PACKAGES)
    pgdata, env = _cluster(), _env()
    stamp = pgdata / "realapps-migrated"
    shutil.rmtree(env["REALAPPS_WEBLATE_DATA"])
    lc.run(_pg("pg_ctl") + ["start", "-w", "-l", pgdata / "server.log",
                            "-o", " ".join(_postgres_args()[2:])] + _postgres_args()[:2], NAME)
    try:
        if not stamp.is_file() or stamp.read_text() != json.dumps(PACKAGES):
            _psql("DROP DATABASE IF EXISTS weblate")
            _psql("DROP DATABASE IF EXISTS migrated")
            _psql("CREATE DATABASE weblate")
            lc.run([bin_dir / "django-admin", "migrate", "-v0"], NAME, env=_env())
            _psql("CREATE DATABASE migrated TEMPLATE weblate")
            stamp.write_text(json.dumps(PACKAGES))
        _psql("DROP DATABASE IF EXISTS weblate")
        _psql("CREATE DATABASE weblate TEMPLATE migrated")
        seed()
    finally:
        lc.run(_pg("pg_ctl") + ["stop", "-w", "-m", "fast", "-D", pgdata], NAME)


def seed() -> None:
    site.shell(NAME, lc.venv(NAME, PACKAGES), SEED, [":".join(u) for u in USERS], _env())


def start():
    """The cluster and Django's server in one process group: postgres in the background, the
    server once the cluster answers."""
    bin_dir = lc.venv(NAME, PACKAGES)
    script = ('"$@" & until {ready} -q -h {sock} -p {port}; do sleep 0.2; done; '
              'exec {admin} runserver --noreload 127.0.0.1:{port}').format(
        ready=_pg("pg_isready")[-1], sock=_home() / "pgsock", port=PORT,
        admin=bin_dir / "django-admin")
    proc = lc.spawn(["sh", "-c", script, "postgres", *_pg("postgres"), *_postgres_args()],
                    NAME, env=_env())
    lc.wait_http(url(), proc, timeout=180)
    return proc
