"""pretalx 2025.2.2 (PyPI; the newest release that runs on Python 3.11 — 2026.x needs 3.12+):
the conference-management app's speaker pages. A signed-in speaker deletes their account on the
event's profile page (/EVENT/me/: "Account deletion", "Delete my account"); the confirming
checkbox is hidden until the first press of that button has failed.

Set up as pretalx's administrator docs say: a pretalx.cfg (here .realapps/pretalx/pretalx.cfg,
named by PRETALX_CONFIG_FILE), `migrate`, `rebuild`'s translation step (compilemessages, which
needs GNU gettext's msgfmt: Debian package gettext), `init --noinput` for the administrator and
the organiser. No Celery broker is configured, so pretalx runs its tasks eagerly; no Redis.
Django's development server (DEBUG: static files from the app's folders, mail to the console;
`rebuild`'s npm build of the organisers' schedule editor is not needed for the speaker pages)
on 127.0.0.1:PORT.

Seed: an organiser's event "RealCon" (slug realcon) in English and German with an open CfP, and
speakers with a known password and a proposal each; a speaker's own language preference
(Profile › language) picks pretalx's de catalog.
"""
from __future__ import annotations

import os
import shutil

from realapps import lifecycle as lc

NAME = "pretalx"
PORT = 18604
PACKAGES = ["pretalx==2025.2.2"]
EVENT = "realcon"
# e-mail (the sign-in name), password, name, pretalx's language preference
USERS = [("alex@example.com", "tulip-7-harbor", "Alex Example", "en"),
         ("lena@example.de", "funkwerk-2025", "Lena Beispiel", "de")]
ADMIN = ("orga@example.com", "orga-not-a-secret")

CONFIG = """[filesystem]
data = {data}
static = {data}/static
[site]
debug = True
url = http://127.0.0.1:{port}
secret = realapps-not-a-secret
[database]
backend = sqlite3
[locale]
language_code = en
time_zone = UTC
"""

SEED = """
import datetime as dt, sys
from django.utils.timezone import now
from django_scopes import scope, scopes_disabled
from pretalx.event.models import Event, Organiser
from pretalx.event.utils import create_organiser_with_team
from pretalx.person.models import SpeakerProfile, User
from pretalx.submission.models import Submission
with scopes_disabled():
    start = (now() + dt.timedelta(days=60)).date()
    organiser = Organiser.objects.get(slug='realorg')
    event = Event.objects.filter(slug=%(event)r).first()
    if event is None:
        event = Event.objects.create(
            name='RealCon', slug=%(event)r, organiser=organiser, is_public=True,
            date_from=start, date_to=start + dt.timedelta(days=2), timezone='UTC',
            email='orga@example.com', locale_array='en,de', content_locale_array='en,de',
            locale='en')
        organiser.teams.first().limit_events.add(event)
    with scope(event=event):
        event.build_initial_data()
        event.cfp.deadline = now() + dt.timedelta(days=30)
        event.cfp.save()
        for arg in sys.argv[1:]:
            email, password, name, locale = arg.split(':')
            User.objects.filter(email__iexact=email).delete()
            user = User.objects.create_user(email=email, password=password, name=name,
                                            locale=locale, timezone='UTC')
            SpeakerProfile.objects.create(user=user, event=event,
                                          biography='Speaks about real apps.')
            sub = Submission.objects.create(
                event=event, title='Deleting accounts, step by step',
                submission_type=event.cfp.default_type, abstract='How many steps?',
                content_locale=locale, state='submitted')
            sub.speakers.add(user)
"""


def url() -> str:
    return f"http://127.0.0.1:{PORT}/"


def _env() -> dict:
    root = lc.home(NAME)
    data = root / "data"
    data.mkdir(exist_ok=True)
    cfg = root / "pretalx.cfg"
    text = CONFIG.format(data=data, port=PORT)
    if not cfg.is_file() or cfg.read_text() != text:
        cfg.write_text(text)
    return dict(os.environ, PRETALX_CONFIG_FILE=str(cfg), DJANGO_SETTINGS_MODULE="pretalx.settings",
                DJANGO_SUPERUSER_EMAIL=ADMIN[0], DJANGO_SUPERUSER_PASSWORD=ADMIN[1],
                PRETALX_INIT_ORGANISER_NAME="Real Org", PRETALX_INIT_ORGANISER_SLUG="realorg")


def _manage(args: list, bin_dir=None, **kw) -> None:
    """python -m pretalx ARGS (pretalx's manage.py) in the app's venv, with its config."""
    bin_dir = bin_dir or lc.venv(NAME, PACKAGES)
    lc.run([bin_dir / "python", "-m", "pretalx", *args], NAME, env=_env(), **kw)


def install() -> None:
    """The venv, then pretalx's translation catalogs compiled in place (once per install)."""
    lc.apt(["gettext"])
    bin_dir = lc.venv(NAME, PACKAGES)
    catalogs = list(bin_dir.parent.glob("lib/python*/site-packages/pretalx/locale"))
    with lc.locked(NAME):
        if catalogs and (catalogs[0] / "de_DE" / "LC_MESSAGES" / "django.mo").is_file():
            return
        if not catalogs:
            raise RuntimeError(f"{NAME}: its venv holds no pretalx/locale to compile")
        # Django's compilemessages compiles every locale/ folder under its working directory
        # besides settings.LOCALE_PATHS (pretalx's own): run from the repository, it walked the
        # other apps' venvs too, while they were being installed (a half-written catalog there
        # failed it in a clean-clone CI). From inside pretalx/locale there are no others.
        _manage(["compilemessages"], bin_dir, cwd=catalogs[0])


def reset() -> None:
    """A fresh database (migrated and initialised once, then copied), then seed()."""
    install()
    data = lc.home(NAME) / "data"
    _env()
    db, clean = data / "db.sqlite3", lc.home(NAME) / "migrated.sqlite3"
    if not clean.is_file():
        db.unlink(missing_ok=True)
        _manage(["migrate", "-v0"])
        _manage(["init", "--noinput"])
        shutil.copy(db, clean)
    shutil.copy(clean, db)
    seed()


def seed() -> None:
    """The event with its open CfP, and the speakers with their passwords and languages."""
    users = repr([":".join(u) for u in USERS])
    _manage(["shell", "--unsafe-disable-scopes", "-c", SEED.replace("sys.argv[1:]", users) % {"event": EVENT}])


def start():
    bin_dir = lc.venv(NAME, PACKAGES)
    proc = lc.spawn([bin_dir / "python", "-m", "pretalx", "runserver", "--noreload",
                     f"127.0.0.1:{PORT}"], NAME, env=_env())
    lc.wait_http(url(), proc, timeout=120)
    return proc
