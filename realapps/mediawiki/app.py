"""MediaWiki 1.39 from Debian 12 (package mediawiki 1:1.39.17-1+deb12u2, with php-sqlite3 and
php-cli), the wiki engine. Core MediaWiki has no self-service account deletion: Preferences
changes name, password, e-mail and looks; no special page removes one's own account (an
administrator can only block a user or, with the bundled Renameuser, rename one). Debian's
package enables no extension: the installer's LocalSettings.php loads none, and none of the
bundled ones offers deletion. An absent deletion path.

Data: the project's own LocalSettings.php and SQLite database under .realapps/mediawiki/
(MediaWiki reads the settings file named by MW_CONFIG_FILE), made once by MediaWiki's
non-interactive installer (maintenance/install.php) into pristine/ and copied afresh by reset().
The code is Debian's, read in place from /usr/share/mediawiki; PHP's built-in web server serves
it on 127.0.0.1:PORT.

Seed: ordinary users (no group) with known passwords, made by createAndPromote.php; Lena's
interface language preference is fr (MediaWiki's own fr messages).
"""
from __future__ import annotations

import json
import os
import re
import shutil

from realapps import lifecycle as lc

NAME = "mediawiki"
PORT = 18608
DEBIAN = ["mediawiki=1:1.39.17-1+deb12u2", "php-sqlite3", "php-cli"]
CODE = "/usr/share/mediawiki"
ADMIN = ("Admin", "realapps-not-a-secret")
# the users the app configs sign in as: (user, password, MediaWiki's interface language)
USERS = [("Alex", "tulip-7-harbor", "en"), ("Lena", "funkwerk-2025", "fr")]

EXTRA_SETTINGS = """
# realapps: uploads and caches in the project's own folder, not Debian's /var/lib/mediawiki
$wgUploadDirectory = {data!r} . '/images';
$wgCacheDirectory = {data!r} . '/cache';
$wgShowExceptionDetails = true;
"""

# eval.php runs each line on its own: one line
SET_LANGUAGE = ("$s = MediaWiki\\MediaWikiServices::getInstance(); "
                "foreach ( {users} as $name => $lang ) {{ "
                "$u = $s->getUserFactory()->newFromName( $name ); "
                "$s->getUserOptionsManager()->setOption( $u, 'language', $lang ); "
                "$s->getUserOptionsManager()->saveOptions( $u ); }}\n")


def url() -> str:
    return f"http://127.0.0.1:{PORT}/index.php"


def _data():
    """The running copy: settings, database, uploads, caches."""
    return lc.home(NAME) / "data"


def _env(data) -> dict:
    return dict(os.environ, MW_CONFIG_FILE=str(data / "LocalSettings.php"))


def _php(script: str, *args, data, **kw) -> None:
    lc.run(["php", f"{CODE}/maintenance/{script}", *args], NAME, env=_env(data), cwd=CODE, **kw)


def install() -> None:
    """The Debian packages (once), then a freshly installed wiki in pristine/ (once)."""
    lc.apt(DEBIAN)
    pristine = lc.home(NAME) / "pristine"
    stamp = lc.home(NAME) / "pristine.installed"
    with lc.locked(NAME):
        if stamp.is_file() and stamp.read_text() == " ".join(DEBIAN):
            return
        shutil.rmtree(pristine, ignore_errors=True)
        pristine.mkdir(parents=True)
        lc.run(["php", f"{CODE}/maintenance/install.php", "--dbtype", "sqlite",
                "--dbpath", pristine / "db", "--dbname", "realwiki",
                "--server", f"http://127.0.0.1:{PORT}", "--scriptpath", "",
                "--confpath", pristine, "--lang", "en", "--pass", ADMIN[1],
                "Real app: MediaWiki", ADMIN[0]], NAME, cwd=CODE)
        with open(pristine / "LocalSettings.php", "a") as fh:
            fh.write(EXTRA_SETTINGS.format(data=str(_data())))
        stamp.write_text(" ".join(DEBIAN))


def reset() -> None:
    """A fresh copy of the installed wiki (its users, pages and sessions gone), then seed()."""
    install()
    data = _data()
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(lc.home(NAME) / "pristine", data)
    for sub in ("images", "cache"):
        (data / sub).mkdir(exist_ok=True)
    # LocalSettings.php names the database folder it was installed with (pristine/db, under
    # whatever path the project had then): point it at the copy, whatever that path was
    settings = data / "LocalSettings.php"
    line = f"$wgSQLiteDataDir = {json.dumps(str(data / 'db'))};"
    text, n = re.subn(r"^\$wgSQLiteDataDir = .*;$", lambda _: line, settings.read_text(),
                      flags=re.M)
    if n != 1:
        raise RuntimeError(f"{settings}: no $wgSQLiteDataDir line to point at {data / 'db'}")
    settings.write_text(text)
    seed()


def seed() -> None:
    """The test users (ordinary, no group) and their interface languages."""
    data = _data()
    for user, password, _ in USERS:
        _php("createAndPromote.php", user, password, data=data)
    users = "[" + ", ".join(f"'{u}' => '{lang}'" for u, _, lang in USERS) + "]"
    _php("eval.php", data=data, input=SET_LANGUAGE.format(users=users).encode())


def start():
    proc = lc.spawn(["php", "-S", f"127.0.0.1:{PORT}", "-t", CODE], NAME, env=_env(_data()),
                    cwd=CODE)
    lc.wait_http(url(), proc)
    return proc
