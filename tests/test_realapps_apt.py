"""realapps.lifecycle.apt's pins on Debian's real archive (apt-cache madison on this machine):
a pinned version that a security update has replaced (Debian keeps only the newest of a
release) falls back to the newest of the same major.minor series, saying so; a series that is
gone is a clear error. `chromium` stands in: `make test` installs it from the same archive."""
from __future__ import annotations

import pytest

from realapps import lifecycle as lc


def test_series_is_epoch_and_major_minor():
    assert lc._series("1:1.39.17-1+deb12u2") == "1:1.39."      # mediawiki's pin
    assert lc._series("131.0.6778.85-1~deb12u1") == "131.0."


def test_a_replaced_pin_falls_back_within_its_series(capsys):
    offered = lc._archive_versions("chromium")
    assert offered, "apt-cache madison chromium: no versions (no apt lists?)"
    newest = offered[0]
    assert lc._available(f"chromium={newest}") == f"chromium={newest}"   # still there: kept
    gone = lc._series(newest) + "0-0~gone1"        # same series, a version no archive has
    assert lc._available(f"chromium={gone}") == f"chromium={newest}"
    assert f"chromium {gone} is no longer in the archive; installing {newest}" \
        in capsys.readouterr().err


def test_a_gone_series_is_a_clear_error():
    with pytest.raises(RuntimeError, match=r"chromium: the archive offers neither 1:0\.1\.2-1 "
                                           r"nor any 1:0\.1\.\* version"):
        lc._available("chromium=1:0.1.2-1")
