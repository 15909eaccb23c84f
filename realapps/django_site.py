"""The parts every real Django app under realapps/ shares (oscar, wger, weblate, misago): its
django-admin in the app's own venv, a database migrated once and copied back on every reset (a
SQLite file, or a database in the app's own PostgreSQL cluster), a seed run through
`django-admin shell`, and Django's own server on 127.0.0.1."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from realapps import lifecycle as lc
from realapps import postgres_cluster as pg


def settings_env(name: str, here: Path, module: str, **extra: str) -> dict:
    """The environment of the app's django-admin: its data folder .realapps/NAME/data (made
    here) in REALAPPS_<NAME>_DATA, our settings module MODULE importable from HERE, and EXTRA
    (more variables the settings module reads)."""
    data = lc.home(name) / "data"
    data.mkdir(exist_ok=True)
    return dict(os.environ, **{f"REALAPPS_{name.upper()}_DATA": str(data)}, PYTHONPATH=str(here),
                DJANGO_SETTINGS_MODULE=module, **extra)


def fresh_database(name: str, bin_dir: Path, db: Path, env: dict, *setup: list[str]) -> None:
    """DB as it was right after `migrate` (and the SETUP commands, each django-admin's
    arguments): built once into .realapps/NAME/migrated<suffix>, then copied back."""
    clean = lc.home(name) / f"migrated{db.suffix}"
    if not clean.is_file():
        db.unlink(missing_ok=True)
        for args in (["migrate", "-v0"], *setup):
            lc.run([bin_dir / "django-admin", *args], name, env=env)
        shutil.copy(db, clean)
    shutil.copy(clean, db)


def shell(name: str, bin_dir: Path, code: str, args: list[str], env: dict) -> None:
    """CODE in `django-admin shell`, with ARGS where it reads sys.argv[1:]."""
    lc.run([bin_dir / "django-admin", "shell", "-c", code.replace("sys.argv[1:]", repr(args))],
           name, env=env)


def runserver(name: str, bin_dir: Path, port: int, env: dict, *extra: str):
    """Django's own server on 127.0.0.1:PORT (no reloader), once it answers."""
    proc = lc.spawn([bin_dir / "django-admin", "runserver", "--noreload", *extra,
                     f"127.0.0.1:{port}"], name, env=env)
    lc.wait_http(f"http://127.0.0.1:{port}/", proc, timeout=120)
    return proc


def fresh_postgres(name: str, bin_dir: Path, port: int, superuser: str, packages: list[str],
                   env_of, seed) -> None:
    """Fresh data on the app's own PostgreSQL cluster (realapps/postgres_cluster.py): its data
    folder emptied, the database NAME copied from the template migrated once per PACKAGES,
    then SEED(). ENV_OF() gives django-admin's environment (settings_env)."""
    shutil.rmtree(env_of()[f"REALAPPS_{name.upper()}_DATA"])
    pg.fresh_database(name, port, superuser, name, packages,
                      lambda: lc.run([bin_dir / "django-admin", "migrate", "-v0"], name,
                                     env=env_of()),
                      seed)


def runserver_on_postgres(name: str, bin_dir: Path, port: int, env: dict):
    """The app's PostgreSQL cluster and Django's own server on 127.0.0.1:PORT in one process
    group (stopping the server stops the cluster too), once the server answers."""
    return pg.serve_with(name, port, [bin_dir / "django-admin", "runserver", "--noreload",
                                      f"127.0.0.1:{port}"], env)
