"""A plain HTML page listing captured screens: what `make demo` leaves for a person to open.

Everything that came from an app is escaped (Jinja autoescape); images are linked relative
to the page, so the folder can be zipped and moved.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape


@dataclass
class GalleryEntry:
    name: str
    title: str
    image: str          # path relative to the page
    tree: str           # path relative to the page
    url: str = ""
    texts: tuple[str, ...] = ()
    error: str = ""
    summary: str = ""


def _env() -> Environment:
    return Environment(loader=PackageLoader("evidence", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True))


def write_gallery(entries: list[GalleryEntry], out_dir: Path, title: str) -> Path:
    page = Path(out_dir) / "index.html"
    html = _env().get_template("gallery.html.j2").render(title=title, entries=entries)
    page.write_text(html, encoding="utf-8")
    return page
