"""Weblate 5.14.3 (PyPI: weblate), the web-based translation platform (Django). A signed-in user
removes their own account under the user menu › Settings › Account › "Remove my account" (a
form with the password, then "Delete this account"; Weblate then mails a link that confirms it).

Weblate's "Installing from sources" (pip) docs: its settings_example.py copied as settings
(weblate_settings.py beside this file), `migrate`, and a server. Weblate supports PostgreSQL (or
MySQL), not SQLite, so this installs Debian's `postgresql` (as the Makefile's `system` target
installs apt packages) and runs a cluster of the project's own in .realapps/weblate/pg
(realapps/postgres_cluster.py), reached only over a Unix socket in .realapps/weblate/pgsock
(listen_addresses is empty: no TCP port). As root (initdb refuses root) the cluster belongs to
Debian's `postgres` user and its commands run through setpriv. pip builds pycairo, PyGObject and
borgbackup from source, hence the -dev packages; PyGObject is pinned to 3.50.0, the last that
builds against Debian 12's gobject-introspection 1.74, and django-otp to 1.6.3 (1.7 renamed the
_verify_user that Weblate 5.14.3's middleware calls: every page answers 500 with 1.7). Celery runs
its tasks eagerly in the web process (no broker) and the cache is Django's local memory (no Redis),
as Weblate's own settings_test.py does; avatars are off (no requests off this machine).

Data: the database, migrated once and kept as the template database `migrated`, is copied back
on every reset; Weblate's data folder .realapps/weblate/data/ is emptied. Django's server
(DEBUG, so it serves the static files) on 127.0.0.1:PORT, started together with the cluster in
one process group, so stopping the server stops the cluster too. The language is the profile's
Preferences › Interface language, or the browser's Accept-Language.
"""
from __future__ import annotations

from pathlib import Path

from realapps import django_site as site
from realapps import lifecycle as lc
from realapps import postgres_cluster as pg

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


def _env() -> dict:
    return site.settings_env(NAME, HERE, "weblate_settings", REALAPPS_WEBLATE_PORT=str(PORT),
                             REALAPPS_WEBLATE_PGSOCKET=str(pg.socket_dir(NAME)),
                             REALAPPS_WEBLATE_PGPORT=str(PORT))


def install() -> None:
    lc.apt(APT)
    lc.venv(NAME, PACKAGES)
    pg.create(NAME, "weblate")


def reset() -> None:
    """With the cluster up for a moment: the database copied from the template `migrated`
    (built once per PACKAGES), Weblate's data folder emptied, then seed()."""
    site.fresh_postgres(NAME, lc.venv(NAME, PACKAGES), PORT, "weblate", PACKAGES, _env, seed)


def seed() -> None:
    site.shell(NAME, lc.venv(NAME, PACKAGES), SEED, [":".join(u) for u in USERS], _env())


def start():
    """The cluster and Django's server in one process group: postgres in the background, the
    server once the cluster answers."""
    return site.runserver_on_postgres(NAME, lc.venv(NAME, PACKAGES), PORT, _env())
