"""A plain HTML page listing captured screens: what `make demo` leaves for a person to open.

Everything that came from an app is escaped (Jinja autoescape, each text in its own <bdi> so a
bidi override cannot reorder the page); images and runs are linked relative to the page (a run's
folder is safe_name(name), never the raw name), so the folder can be zipped and moved.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .files import safe_name


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
    folder: str = ""    # the run's folder beside the page (default: safe_name(name))

    def __post_init__(self) -> None:
        self.folder = safe_name(self.folder or self.name)


def write_gallery(entries: list[GalleryEntry], out_dir: Path, title: str) -> Path:
    page = Path(out_dir) / "index.html"
    from .report import html_env
    html = html_env().get_template("gallery.html.j2").render(title=title, entries=entries)
    page.write_text(html, encoding="utf-8")
    return page
