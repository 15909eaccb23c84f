"""A real app's own PostgreSQL cluster (weblate, misago: apps that run on nothing else).

Debian's `postgresql` serves a cluster in .realapps/NAME/pg, reached only over a Unix socket in
.realapps/NAME/pgsock (listen_addresses is empty: no TCP port; the socket's "port" is the app's
own port number, which only names the socket file). Its superuser is the app's database user,
trusted over that socket. As root (initdb refuses root) the cluster belongs to Debian's
`postgres` user and its commands run through setpriv. A database migrated once is kept as the
template database `migrated` and copied back on every reset.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from realapps import lifecycle as lc


def command(cmd: str) -> list[str]:
    """Debian's PostgreSQL command CMD, as the cluster's owner (`postgres` when we are root)."""
    newest = sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                    key=lambda p: int(p.parent.name))[-1]
    as_owner = (["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups"]
                if os.geteuid() == 0 else [])
    return [*as_owner, str(newest / cmd)]


def socket_dir(name: str) -> Path:
    return lc.home(name) / "pgsock"


def create(name: str, superuser: str) -> Path:
    """The app's cluster in .realapps/NAME/pg (superuser SUPERUSER), created once."""
    pgdata, sock = lc.home(name) / "pg", socket_dir(name)
    with lc.locked(name):
        if not (pgdata / "PG_VERSION").is_file():
            shutil.rmtree(pgdata, ignore_errors=True)
            for folder in (pgdata, sock):
                folder.mkdir(mode=0o700, exist_ok=True)
                if os.geteuid() == 0:
                    shutil.chown(folder, "postgres", "postgres")
            lc.run(command("initdb") + ["-D", pgdata, "-U", superuser, "--auth=trust",
                                        "-E", "UTF8", "--locale=C.UTF-8"], name)
    return pgdata


def server_args(name: str, port: int) -> list[str]:
    """The `postgres` arguments: data folder, socket folder and name, no TCP."""
    return ["-D", str(lc.home(name) / "pg"), "-k", str(socket_dir(name)), "-p", str(port),
            "-c", "listen_addresses="]


def psql(name: str, port: int, superuser: str, sql: str) -> None:
    lc.run(command("psql") + ["-h", socket_dir(name), "-p", port, "-U", superuser, "-q",
                              "-v", "ON_ERROR_STOP=1", "-d", "postgres", "-c", sql], name)


def fresh_database(name: str, port: int, superuser: str, database: str, packages: list[str],
                   migrate, seed) -> None:
    """With the cluster up for a moment: DATABASE copied from the template `migrated` (built by
    MIGRATE() once per PACKAGES), then SEED()."""
    pgdata = create(name, superuser)
    stamp = pgdata / "realapps-migrated"
    args = server_args(name, port)
    lc.run(command("pg_ctl") + ["start", "-w", "-l", pgdata / "server.log",
                                "-o", " ".join(args[2:])] + args[:2], name)
    try:
        if not stamp.is_file() or stamp.read_text() != json.dumps(packages):
            psql(name, port, superuser, f"DROP DATABASE IF EXISTS {database}")
            psql(name, port, superuser, "DROP DATABASE IF EXISTS migrated")
            psql(name, port, superuser, f"CREATE DATABASE {database}")
            migrate()
            psql(name, port, superuser, f"CREATE DATABASE migrated TEMPLATE {database}")
            stamp.write_text(json.dumps(packages))
        psql(name, port, superuser, f"DROP DATABASE IF EXISTS {database}")
        psql(name, port, superuser, f"CREATE DATABASE {database} TEMPLATE migrated")
        seed()
    finally:
        lc.run(command("pg_ctl") + ["stop", "-w", "-m", "fast", "-D", pgdata], name)


def serve_with(name: str, port: int, server: list, env: dict, timeout: float = 180):
    """The cluster and SERVER (an app server's command) in one process group: postgres in the
    background, the server once the cluster answers; stopping the group stops both."""
    script = ('"$@" & until {ready} -q -h {sock} -p {port}; do sleep 0.2; done; '
              'exec {server}').format(ready=command("pg_isready")[-1], sock=socket_dir(name),
                                      port=port, server=" ".join(map(str, server)))
    proc = lc.spawn(["sh", "-c", script, "postgres", *command("postgres"),
                     *server_args(name, port)], name, env=env)
    lc.wait_http(f"http://127.0.0.1:{port}/", proc, timeout=timeout)
    return proc
