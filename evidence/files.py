"""Writing a Screen to disk: the screenshot as PNG and the element tree as JSON.

Names that come from apps or configs go through safe_name(), so nothing lands outside the
output folder.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from screens import Screen

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(name: str, fallback: str = "item") -> str:
    """A file name made of letters, digits, '.', '_' and '-' only, never '.' or '..'."""
    cleaned = _UNSAFE.sub("-", name).strip(".-")[:80]
    return cleaned or fallback


def save_screen(screen: Screen, out_dir: Path, stem: str = "screen") -> dict[str, Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = safe_name(stem, "screen")
    paths = {"tree": out_dir / f"{stem}.json"}
    if screen.image is not None:
        paths["image"] = out_dir / f"{stem}.png"
        screen.image.save(paths["image"], optimize=False, compress_level=3)
    paths["tree"].write_text(json.dumps(screen.tree_dict(), ensure_ascii=False, indent=1),
                             encoding="utf-8")
    return paths
