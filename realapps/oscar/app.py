"""django-oscar 4.2.1 (PyPI): the e-commerce framework's own customer pages, in a plain shop
project set up as Oscar's documentation says (shop_settings.py, shop_urls.py beside this file).
A signed-in customer deletes their profile under Account › Profile › "Delete profile"
(password, then "Delete").

Data: SQLite in .realapps/oscar/data/; Django's server (DEBUG, so it serves the static files)
on 127.0.0.1:PORT. The language is the shop's own language menu (Django's set_language),
or the browser's Accept-Language.
"""
from __future__ import annotations

from pathlib import Path

from realapps import django_site as site
from realapps import lifecycle as lc

NAME = "oscar"
PORT = 18603
PACKAGES = ["django-oscar==4.2.1", "sorl-thumbnail==12.11.0"]
HERE = Path(__file__).resolve().parent
# e-mail (the sign-in name), password, the customer's first name
USERS = [("alex@example.com", "tulip-7-harbor", "Alex"),
         ("lena@example.de", "funkwerk-2025", "Lena")]

SEED = """
import sys
from django.contrib.auth import get_user_model
User = get_user_model()
for arg in sys.argv[1:]:
    email, password, first = arg.split(':')
    User.objects.filter(email=email).delete()
    User.objects.create_user(username=email[:30], email=email, password=password,
                             first_name=first, last_name='Example')
"""


def url() -> str:
    return f"http://127.0.0.1:{PORT}/"


def _env() -> dict:
    return site.settings_env(NAME, HERE, "shop_settings")


def install() -> None:
    lc.venv(NAME, PACKAGES)


def reset() -> None:
    """A fresh database (migrated once, then copied), then seed()."""
    env = _env()
    site.fresh_database(NAME, lc.venv(NAME, PACKAGES),
                        Path(env["REALAPPS_OSCAR_DATA"]) / "shop.sqlite3", env)
    seed()


def seed() -> None:
    site.shell(NAME, lc.venv(NAME, PACKAGES), SEED, [":".join(u) for u in USERS], _env())


def start():
    return site.runserver(NAME, lc.venv(NAME, PACKAGES), PORT, _env(), "--insecure")
