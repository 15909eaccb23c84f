"""Hidden entry: the way into deletion is deep (more than 4 taps, the yardstick practitioners
use for the MIIT rules), below the fold, or behind a collapsed menu that hides little more than
it. A standard navigation menu — a hamburger, drawer or "more" that opens STANDARD_MENU or more
ways on — is ordinary navigation on a phone, not a dark pattern (DESIGN.md)."""
from __future__ import annotations

from cancelcheck.records import Finding, path_steps

from .journey_steps import about_deletion
from .registry import detector

MAX_DEPTH = 4
STANDARD_MENU = 3         # ways on a menu opens, at least, to be ordinary navigation
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
    if any(_opens_menu(s) and not _standard_menu(journey, s) for s in before):
        reasons.append("behind a collapsed menu")
    if not reasons:
        return []
    return [Finding("hidden_entry", f"The way into deletion, \u201c{entry.target}\u201d, is "
                    + "; ".join(reasons) + ".", evidence=entry.target, screen=entry.before,
                    box=entry.box, score=0.9,
                    data={"entry_depth": depth, "reasons": reasons})]


def _opens_menu(s) -> bool:
    """A tap on a menu control: its words (More, ☰) or an icon-only control read as a menu."""
    return s.kind == "tap" and (s.target.strip().casefold() in MENU_WORDS
                                or (not s.target.strip() and "looks like menu" in s.note)
                                or (not s.target.strip() and "looks like more" in s.note))


def _standard_menu(journey, s) -> bool:
    """The menu the tap opened shows STANDARD_MENU or more tappable items that were not on the
    screen before it: a navigation menu, not a place to hide one item. Unknown (the screens
    are no longer in memory) counts as not standard."""
    before, after = journey.screen(s.before), journey.screen(s.after)
    if after is None:
        return False

    def items(screen) -> set[str]:
        if screen is None:
            return set()
        return {e.label.strip().casefold() for e in screen.visible()
                if e.label and screen.tappable(e).clickable}
    return len(items(after) - items(before)) >= STANDARD_MENU
