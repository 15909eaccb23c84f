"""Hidden entry: the way into deletion is deep (more than 4 taps, the yardstick practitioners
use for the MIIT rules), below the fold, or behind a collapsed menu."""
from __future__ import annotations

from cancelcheck.records import Finding, path_steps

from .journey_steps import about_deletion
from .registry import detector

MAX_DEPTH = 4
MENU_WORDS = ("more", "menu", "☰", "⋮", "⋯", "更多", "菜单", "mehr", "menü", "plus", "más", "mais",
              "ещё", "その他", "더보기")


@detector("hidden_entry", scope="journey")
def hidden_entry(journey, ctx):
    steps = path_steps(journey)
    entry = next((s for s in steps if (s.kind == "tap" and about_deletion(s.target))
                  or (s.kind == "choose" and about_deletion(s.label))), None)
    if entry is None:
        return []
    before = steps[:steps.index(entry)]
    reasons = []
    depth = journey.entry_depth
    if depth is not None and depth > MAX_DEPTH:
        reasons.append(f"{depth} steps deep (more than {MAX_DEPTH})")
    if before and before[-1].kind == "scroll" and before[-1].revealed:
        reasons.append("below the fold: the screen had to be scrolled to show it")
    if any(s.kind == "tap" and s.target.strip().casefold() in MENU_WORDS for s in before):
        reasons.append("behind a collapsed menu")
    if not reasons:
        return []
    return [Finding("hidden_entry", f"The way into deletion, \u201c{entry.target}\u201d, is "
                    + "; ".join(reasons) + ".", evidence=entry.target, screen=entry.before,
                    box=entry.box, score=0.9,
                    data={"entry_depth": depth, "reasons": reasons})]
