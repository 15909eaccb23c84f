"""I Hate Money 7.2.1 (PyPI: ihatemoney), a shared-budget web app. Its "account" is a project:
one signs in with the project's identifier and private code, and Settings › "Delete project"
(private code, then the button turns into "Are you sure?") deletes it with every bill and
participant.

Data: SQLite in .realapps/ihatemoney/ihatemoney.db; Flask's server on 127.0.0.1:PORT.
The language is the app's own setting (its /lang/CODE link in the footer, kept in the session).
Its sign-in limit (Flask-Limiter, 3 POSTs a minute per address to /authenticate, counting good
sign-ins too) is off: the test suite signs in from one address several times a minute, on two
workers at once, which no single tester does; with it on, a replay met "Too many failed login
attempts." in CI. Waiting out a sign-in throttle is not something cancelcheck does yet.
"""
from __future__ import annotations

from realapps import lifecycle as lc

NAME = "ihatemoney"
PORT = 18602
PACKAGES = ["ihatemoney==7.2.1"]
# project id, private code, e-mail (one project per app config, so each run deletes its own)
PROJECTS = [("household", "tulip-7-harbor", "alex@example.com"),
            ("colocation", "lavande-3-pont", "camille@example.fr"),
            ("wohnung", "funkwerk-2025", "lena@example.de")]

SETTINGS = """
SQLALCHEMY_DATABASE_URI = "sqlite:///{db}"
SQLALCHEMY_TRACK_MODIFICATIONS = False
SECRET_KEY = "realapps-not-a-secret"
SESSION_COOKIE_SECURE = False
ACTIVATE_DEMO_PROJECT = False
ACTIVATE_ADMIN_DASHBOARD = False
ALLOW_PUBLIC_PROJECT_CREATION = True
ENABLE_CAPTCHA = False
MAIL_DEFAULT_SENDER = "budget@localhost"
RATELIMIT_ENABLED = False
"""

SEED = """
import sys
from datetime import date
from werkzeug.security import generate_password_hash
from ihatemoney.run import create_app
from ihatemoney.models import db, Project, Person, Bill
app = create_app()
with app.app_context():
    db.create_all()
    for arg in sys.argv[1:]:
        pid, code, email = arg.split(':')
        old = Project.query.get(pid)
        if old is not None:
            db.session.delete(old)
            db.session.commit()
        project = Project(id=pid, name=pid.title(), password=generate_password_hash(code),
                          contact_email=email, default_currency='XXX')
        db.session.add(project)
        db.session.commit()
        people = [Person(name=n, project=project) for n in ('Alex', 'Sam', 'Robin')]
        db.session.add_all(people)
        db.session.commit()
        bill = Bill(amount=42.5, date=date(2026, 11, 1), owers=people, payer_id=people[0].id,
                    what='Groceries', original_currency='XXX')
        db.session.add(bill)
        db.session.commit()
"""


def url() -> str:
    return f"http://127.0.0.1:{PORT}/"


def _env() -> dict:
    import os
    home = lc.home(NAME)
    settings = home / "ihatemoney.cfg"
    settings.write_text(SETTINGS.format(db=home / "ihatemoney.db"))
    return dict(os.environ, IHATEMONEY_SETTINGS_FILE_PATH=str(settings),
                FLASK_APP="ihatemoney.wsgi")


def install() -> None:
    lc.venv(NAME, PACKAGES)


def reset() -> None:
    """An empty database, then seed()."""
    (lc.home(NAME) / "ihatemoney.db").unlink(missing_ok=True)
    seed()


def seed() -> None:
    """The test projects (re-created if they exist), each with three people and one bill."""
    bin_dir = lc.venv(NAME, PACKAGES)
    lc.run([bin_dir / "python", "-c", SEED, *(":".join(p) for p in PROJECTS)], NAME, env=_env())


def start():
    bin_dir = lc.venv(NAME, PACKAGES)
    proc = lc.spawn([bin_dir / "flask", "run", "--host", "127.0.0.1", "--port", str(PORT)],
                    NAME, env=_env())
    lc.wait_http(url(), proc)
    return proc
