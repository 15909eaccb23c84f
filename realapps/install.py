"""Install real apps (each into its own .realapps/NAME/, once; again only when its pinned
packages change), several at once:

    .venv/bin/python -m realapps.install [NAME ...]      (default: every app)
"""
from __future__ import annotations

import sys
import time
from concurrent.futures import ThreadPoolExecutor

from realapps import catalog


def install(name: str) -> float:
    t0 = time.monotonic()
    catalog.module(name).install()
    return time.monotonic() - t0


def main(argv: list[str]) -> int:
    names = argv or catalog.names()
    with ThreadPoolExecutor(max_workers=len(names)) as pool:
        for name, seconds in zip(names, pool.map(install, names)):
            print(f"realapps: {name} installed ({seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
