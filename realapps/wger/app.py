"""wger 2.1 (PyPI: wger), the self-hosted workout, nutrition and weight manager (Django). A
signed-in user deletes their own account under the user menu › My preferences › "Delete
account" (a form with the password, then "Delete").

wger's own `wger` command (invoke 1.7.3, pinned by wger 2.1) does not start on Python 3.11
(inspect.getargspec is gone), so this does by hand what its create-settings and bootstrap
tasks do: settings from its settings.tpl (wger_settings.py beside this file), migrate, load its
fixtures, and its front-end libraries: bootstrap runs `yarn install` on a package.json the PyPI
wheel does not ship, so package.json (with package-lock.json) beside this file lists the same
libraries from the npm registry and sass builds bootstrap-compiled.css from wger's main.scss,
as its `yarn build:css:sass` does. (The wheel's exercise fixtures do not load against its own
models — ExerciseBase has no field 'status' — so the exercise list starts empty; accounts,
preferences and the rest of the fixtures load.)

Data: SQLite in .realapps/wger/data/; Django's server (DEBUG, so it serves the static files)
on 127.0.0.1:PORT. The language is the site footer's language menu (URLs under /en/, /de/…).
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from realapps import django_site as site
from realapps import lifecycle as lc

NAME = "wger"
PORT = 18605
PACKAGES = ["wger==2.1"]
HERE = Path(__file__).resolve().parent
# user name, password, e-mail (one user per app config, so each run deletes its own)
USERS = [("alex", "tulip-7-harbor", "alex@example.com"),
         ("lucia", "girasol-5-playa", "lucia@example.es")]
# wger's load_fixtures task, less the two exercise fixtures that do not load (see above)
FIXTURES = ["gym.json", "languages.json", "groups.json", "users.json", "licenses.json",
            "days_of_week.json", "setting_repetition_units.json", "setting_weight_units.json",
            "language_config.json", "gym_config.json", "equipment.json", "muscles.json",
            "categories.json", "gym-config.json", "gym-adminconfig.json"]

SEED = """
import sys
from django.contrib.auth.models import User
for arg in sys.argv[1:]:
    user, password, email = arg.split(':')
    User.objects.filter(username=user).delete()
    User.objects.create_user(username=user, email=email, password=password)
"""


def url() -> str:
    return f"http://127.0.0.1:{PORT}/"


def _env() -> dict:
    return site.settings_env(NAME, HERE, "wger_settings", REALAPPS_WGER_PORT=str(PORT),
                             REALAPPS_WGER_ASSETS=str(lc.home(NAME) / "assets"))


def install() -> None:
    assets(lc.venv(NAME, PACKAGES))


def assets(bin_dir: Path) -> Path:
    """The front-end libraries in .realapps/wger/assets/node_modules (served as static/yarn/),
    with bootstrap-compiled.css built from wger's own scss; again only when package-lock.json
    changes."""
    root = lc.home(NAME) / "assets"
    modules, stamp = root / "node_modules", root / "assets.installed"
    lock = (HERE / "package-lock.json").read_text()
    want = json.dumps([lock, PACKAGES])
    with lc.locked(NAME):
        built = modules / "bootstrap-compiled.css"
        if stamp.is_file() and stamp.read_text() == want and built.is_file():
            return root
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        for name in ("package.json", "package-lock.json"):
            shutil.copy(HERE / name, root / name)
        lc.run(["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"], NAME, cwd=root)
        # main.scss imports "../yarn/bootstrap/…": with node_modules as the load path, that is
        # assets/yarn/, yarn's modules folder in wger's own layout
        (root / "yarn").symlink_to("node_modules")
        scss = next(bin_dir.parent.glob("lib/python3*/site-packages/wger/core/static/scss"))
        lc.run([modules / ".bin" / "sass", "--no-source-map", "--load-path", modules,
                scss / "main.scss", built], NAME, cwd=root)
        stamp.write_text(want)
    return root


def reset() -> None:
    """A fresh database (migrated and loaded once, then copied), then seed()."""
    env = _env()
    site.fresh_database(NAME, lc.venv(NAME, PACKAGES),
                        Path(env["REALAPPS_WGER_DATA"]) / "database.sqlite", env,
                        ["loaddata", "-v0", *FIXTURES])
    seed()


def seed() -> None:
    """The test users (re-created if they exist), each with wger's own empty profile."""
    site.shell(NAME, lc.venv(NAME, PACKAGES), SEED, [":".join(u) for u in USERS], _env())


def start():
    return site.runserver(NAME, lc.venv(NAME, PACKAGES), PORT, _env())
