"""Writing a Screen to disk: the screenshot as PNG and the element tree as JSON.

Names that come from apps or configs go through safe_name(), so nothing lands outside the
output folder; the screenshot is written with every typed secret the device redacted in the
tree blurred (evidence.privacy), so a secret an app echoes on screen never reaches a file.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

from cancelcheck.screens import Screen

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME = 80
# names Windows gives to devices: a folder called CON or aux.txt cannot be made there
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.I)


def safe_name(name: str, fallback: str = "item") -> str:
    """A file name made of ASCII letters, digits, '.', '_' and '-' only: never empty, '.' or
    '..', never a path (no '/', '\\\\' or NUL), never a Windows device name (CON, NUL, COM1…),
    at most 80 characters. When letters of another script were dropped (银行 → "") or the name
    was cut, a short hash of the original keeps different names in different folders."""
    name = "" if name is None else str(name)
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    cleaned = _UNSAFE.sub("-", folded).strip(".-")
    lost = any(ord(c) > 127 and unicodedata.category(c)[0] in "LN" for c in name)
    if lost or len(cleaned) > MAX_NAME:
        digest = hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        cleaned = f"{cleaned[:MAX_NAME - 9].rstrip('.-') or fallback}-{digest}"
    cleaned = cleaned or fallback
    if _RESERVED.match(cleaned):
        cleaned = "_" + cleaned
    return cleaned


def save_screen(screen: Screen, out_dir: Path, stem: str = "screen",
                saved: dict | None = None) -> dict[str, Path]:
    """screens/STEM.json (the tree) and STEM.png (the screenshot). With `saved` (a dict the
    caller keeps between calls), a screenshot already written — the same pixels, after
    redaction — is not written again: paths["image"] names the earlier file, so a run that
    keeps coming back to the same screens does not grow by a full PNG each time."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = safe_name(stem, "screen")
    paths = {"tree": out_dir / f"{stem}.json"}
    if screen.image is not None:
        from .privacy import Redactor
        image = Redactor().apply(screen.image, screen)     # typed secrets only
        key = None
        if saved is not None:
            key = (image.size, image.mode, hashlib.blake2b(image.tobytes(), digest_size=16).digest())
            if key in saved and saved[key].is_file():
                paths["image"] = saved[key]
        if "image" not in paths:
            paths["image"] = out_dir / f"{stem}.png"
            image.save(paths["image"], optimize=False, compress_level=3)
            if key is not None:
                saved[key] = paths["image"]
    paths["tree"].write_text(json.dumps(screen.tree_dict(), ensure_ascii=False, indent=1),
                             encoding="utf-8")
    return paths
